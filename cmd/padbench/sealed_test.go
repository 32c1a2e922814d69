package main

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestSealedParts checks that -sealed and -sealed-held add the halves asked
// for, in order, with n digits each (TestExportUnseen checks that -export
// writes them as parts of their own). It reads none of them.
func TestSealedParts(t *testing.T) {
	const n = 20
	for _, tc := range []struct {
		args  []string
		names []string
	}{
		{nil, nil},
		{[]string{"-sealed"}, []string{"sealed tuning half"}},
		{[]string{"-sealed-held"}, []string{"sealed held-out half (report only)"}},
		{[]string{"-sealed", "-sealed-held", "-unseen"}, []string{"sealed tuning half", "sealed held-out half (report only)"}},
	} {
		o, err := parseFlags(append(tc.args, "-n", "20"), &bytes.Buffer{})
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		var names []string
		for _, s := range o.sealed.sets(o.seed, o.n) {
			if len(s.ds) != n {
				t.Errorf("%v: %s has %d digits, want %d", tc.args, s.name, len(s.ds), n)
			}
			names = append(names, s.name)
		}
		if !slices.Equal(names, tc.names) {
			t.Errorf("%v: halves %q, want %q", tc.args, names, tc.names)
		}
	}
}

// TestSealedFlagErrors checks that -vsealed, -voutside, -vfonts, -vhands,
// -vscribes and -vwriters take only a half, and only with -verdict and
// without -json.
func TestSealedFlagErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		ok   bool
	}{
		{[]string{"-verdict", "-vsealed", "tuning"}, true},
		{[]string{"-verdict", "-vsealed", "held-out"}, true},
		{[]string{"-verdict", "-vsealed", "both"}, false},
		{[]string{"-vsealed", "tuning"}, false},
		{[]string{"-verdict", "-json", "-vsealed", "tuning"}, false},
		{[]string{"-verdict", "-voutside", "tuning"}, true},
		{[]string{"-verdict", "-voutside", "held-out"}, true},
		{[]string{"-verdict", "-voutside", "both"}, false},
		{[]string{"-voutside", "tuning"}, false},
		{[]string{"-verdict", "-json", "-voutside", "tuning"}, false},
		{[]string{"-verdict", "-vfonts", "tuning"}, true},
		{[]string{"-verdict", "-vfonts", "held-out"}, true},
		{[]string{"-verdict", "-vfonts", "both"}, false},
		{[]string{"-vfonts", "tuning"}, false},
		{[]string{"-verdict", "-json", "-vfonts", "tuning"}, false},
		{[]string{"-verdict", "-vhands", "tuning"}, true},
		{[]string{"-verdict", "-vhands", "held-out"}, true},
		{[]string{"-verdict", "-vhands", "both"}, false},
		{[]string{"-vhands", "tuning"}, false},
		{[]string{"-verdict", "-json", "-vhands", "tuning"}, false},
		{[]string{"-verdict", "-vscribes", "tuning"}, true},
		{[]string{"-verdict", "-vscribes", "held-out"}, true},
		{[]string{"-verdict", "-vscribes", "both"}, false},
		{[]string{"-vscribes", "tuning"}, false},
		{[]string{"-verdict", "-json", "-vscribes", "tuning"}, false},
		{[]string{"-verdict", "-vwriters", "tuning"}, true},
		{[]string{"-verdict", "-vwriters", "held-out"}, true},
		{[]string{"-verdict", "-vwriters", "both"}, false},
		{[]string{"-vwriters", "tuning"}, false},
		{[]string{"-verdict", "-json", "-vwriters", "tuning"}, false},
	} {
		_, err := parseFlags(tc.args, &bytes.Buffer{})
		if (err == nil) != tc.ok {
			t.Errorf("%v: error %v, want ok %v", tc.args, err, tc.ok)
		}
	}
}

// TestVSealedReport checks that -vsealed and -voutside print the half
// asked for, with n digits and n/2 non-digits, under the set's name, and
// nothing without it. It checks the counts only. The outside set's
// held-out half is left out: it is measured once, when the verdict is
// frozen.
func TestVSealedReport(t *testing.T) {
	const n = 20
	for _, tc := range []struct {
		flag, half, want string
		print            func(w io.Writer, seed uint64, n int)
	}{
		{"-vsealed", "", "", halvedFlags{set: sealedSet}.printVerdict},
		{"-vsealed", "tuning", "sealed verdict set, tuning half", halvedFlags{set: sealedSet, verdict: "tuning"}.printVerdict},
		{"-vsealed", "held-out", "sealed verdict set, held-out half", halvedFlags{set: sealedSet, verdict: "held-out"}.printVerdict},
		{"-voutside", "", "", halvedFlags{set: outsideSet}.printVerdict},
		{"-voutside", "tuning", "outside verdict set, tuning half", halvedFlags{set: outsideSet, verdict: "tuning"}.printVerdict},
	} {
		var b bytes.Buffer
		tc.print(&b, 1, n)
		out := b.String()
		switch {
		case tc.want == "" && out != "":
			t.Errorf("no %s: printed %d bytes", tc.flag, len(out))
		case tc.want != "" && (!strings.HasPrefix(out, tc.want) || !strings.Contains(out, "(n=20)") || !strings.Contains(out, "(n=10)")):
			t.Errorf("%s %s: the report does not start with %q or count 20 digits and 10 non-digits", tc.flag, tc.half, tc.want)
		}
	}
}
