package pad

import (
	"strings"
	"testing"
)

// TestLoadChecker checks that the files a lazily loading page fetches make
// the same checker as the bundled ones, and that damaged files get an error
// naming which, not a panic (models_test.go checks the model file's
// errors one by one).
func TestLoadChecker(t *testing.T) {
	cut := func(b []byte) []byte { return b[:len(b)/2] }
	cases := []struct {
		name         string
		model, space []byte
		err          string
	}{
		{"the bundled files", notDigitModel, digitSpaceFile, ""},
		{"a cut model", cut(notDigitModel), digitSpaceFile, "not-a-digit model"},
		{"no model", nil, digitSpaceFile, "not-a-digit model"},
		{"a cut subspace file", notDigitModel, cut(digitSpaceFile), "subspaces"},
		{"the files swapped", digitSpaceFile, notDigitModel, "not-a-digit model"},
		{"no networks", EncodeModels(nil), digitSpaceFile, "not-a-digit model: 0 networks"},
	}
	var img [NetPixels]float32
	for y := 6; y < 22; y++ { // a vertical bar: a 1
		img[y*28+13], img[y*28+14] = 1, 1
	}
	want := NewChecker().Check(&img, nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := LoadChecker(c.model, c.space)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("err = %v, want one about %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if j := got.Check(&img, nil); j != want {
				t.Fatalf("judgement %+v, want the bundled checker's %+v", j, want)
			}
		})
	}
}
