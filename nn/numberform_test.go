package nn

import (
	"regexp"
	"testing"
)

// TestNumberForms checks isDecimal and isWholeNumber against the regular
// expressions they spell out, on hand-picked strings and on every string
// of up to four characters from the alphabet that matters.
func TestNumberForms(t *testing.T) {
	forms := []struct {
		name  string
		match func(string) bool
		re    *regexp.Regexp
	}{
		{"isDecimal", isDecimal, regexp.MustCompile(`^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$`)},
		{"isWholeNumber", isWholeNumber, regexp.MustCompile(`^[+-]?[0-9]+$`)},
	}
	cases := []string{"", "0", "-0", "+7", "1.", ".5", ".", "-.5e-3", "1e", "1e+", "1E10", "0x1p-3", "1_0", "Inf", "NaN",
		"++1", "1.2.3", "1e5.0", " 1", "1 ", "003", "1.5e+07", "-", "e5", ".e5"}
	const alphabet = "01.+-eEx"
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		cases = append(cases, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			grow(prefix+string(c), n-1)
		}
	}
	grow("", 4)
	for _, f := range forms {
		for _, s := range cases {
			if got, want := f.match(s), f.re.MatchString(s); got != want {
				t.Errorf("%s(%q) = %v, the regular expression says %v", f.name, s, got, want)
			}
		}
	}
}
