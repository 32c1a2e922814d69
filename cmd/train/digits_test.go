package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"digitlab/mydigits"
)

// writeDigits writes a file of n of the user's digits, all 7s inked in a
// corner no training image inks, and returns its path.
func writeDigits(t *testing.T, n int) string {
	t.Helper()
	var set mydigits.Set
	for i := range n {
		d := mydigits.Digit{Label: 7}
		for k := range 40 {
			d.Image[(1+k/5)*28+22+(k+i)%5] = 255
		}
		if err := set.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "mine"+mydigits.Ext)
	if err := os.WriteFile(path, set.Encode(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Bad -digits files and -mine without digits exit with 2 and say why.
func TestDigitsFlagErrors(t *testing.T) {
	dir := t.TempDir()
	notDigits := filepath.Join(dir, "model.dlm")
	os.WriteFile(notDigits, []byte("DLMODEL and more"), 0o600)
	var none mydigits.Set
	empty := filepath.Join(dir, "empty"+mydigits.Ext)
	os.WriteFile(empty, none.Encode(), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-mine", "1"}, "-mine 1 needs your digits: give -digits file.dlmine"},
		{[]string{"-digits", filepath.Join(dir, "missing.dlmine")}, "-digits: open"},
		{[]string{"-digits", notDigits}, "this is not a Digit Lab digits file"},
		{[]string{"-digits", empty}, "the file holds no digits"},
	} {
		var out, errOut bytes.Buffer
		if code := run(tc.args, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut.String(), tc.want)
		}
	}
}

// -digits trains on the file's digits while mine is on, and only then.
func TestDigitsFlagTrains(t *testing.T) {
	path := writeDigits(t, 6)
	firstLoss := func(args ...string) float64 {
		var out, errOut bytes.Buffer
		args = append([]string{"-hidden", "16", "-train", "500", "-epochs", "1", "-digits", path}, args...)
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
		}
		var line epochLine
		if err := json.Unmarshal(bytes.SplitN(out.Bytes(), []byte("\n"), 2)[0], &line); err != nil {
			t.Fatal(err)
		}
		return line.TrainLoss
	}
	plain, on := firstLoss(), firstLoss("-mine", "1")
	if plain == on {
		t.Errorf("the same training loss %v with and without mine: the digits were not mixed in", plain)
	}
	if again := firstLoss(); again != plain {
		t.Errorf("mine off: loss %v, then %v", plain, again)
	}
}
