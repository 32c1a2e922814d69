package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"digitlab/pad/drawset"
)

// TestHandsFlags checks that -hands, -hands-held and -vhands ask for the
// hands set's halves, and -scribes, -scribes-held and -vscribes for the
// scribes set's, and that the set they load draws n digits and n
// non-digits of the half asked for, different for each half, and only
// the set asked for is loaded. It counts drawings only: the hands and
// scribes sets are blind, so no test reads or judges them (run's -export
// would: it prepares each drawing with pad.Checker).
func TestHandsFlags(t *testing.T) {
	const n = 20
	hands := func(o options) halvedFlags { return o.hands }
	scribes := func(o options) halvedFlags { return o.scribes }
	for _, tc := range []struct {
		args         []string
		name         string
		flags, other func(options) halvedFlags
		tune, held   bool
		verdict      string
	}{
		{nil, "hands", hands, scribes, false, false, ""},
		{[]string{"-hands"}, "hands", hands, scribes, true, false, ""},
		{[]string{"-hands-held"}, "hands", hands, scribes, false, true, ""},
		{[]string{"-hands", "-hands-held"}, "hands", hands, scribes, true, true, ""},
		{[]string{"-verdict", "-vhands", "held-out"}, "hands", hands, scribes, false, false, "held-out"},
		{nil, "scribes", scribes, hands, false, false, ""},
		{[]string{"-scribes"}, "scribes", scribes, hands, true, false, ""},
		{[]string{"-scribes-held"}, "scribes", scribes, hands, false, true, ""},
		{[]string{"-scribes", "-scribes-held"}, "scribes", scribes, hands, true, true, ""},
		{[]string{"-verdict", "-vscribes", "tuning"}, "scribes", scribes, hands, false, false, "tuning"},
	} {
		o, err := parseFlags(tc.args, &bytes.Buffer{})
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if tc.other(o).set.digits != nil {
			t.Errorf("%v: a set no flag asks for was loaded", tc.args)
		}
		h := tc.flags(o)
		if h.tune != tc.tune || h.held != tc.held || h.verdict != tc.verdict || h.asked() != (tc.tune || tc.held || tc.verdict != "") {
			t.Errorf("%v: tune %v held %v verdict %q, want %v %v %q", tc.args, h.tune, h.held, h.verdict, tc.tune, tc.held, tc.verdict)
		}
		if !h.asked() {
			if h.set.digits != nil {
				t.Errorf("%v: the %s fonts were loaded though no flag asks for them", tc.args, tc.name)
			}
			continue
		}
		if h.set.name != tc.name {
			t.Errorf("%v: set %q, want %s", tc.args, h.set.name, tc.name)
		}
		var prints [2]string
		for half := range drawset.Half(2) {
			ds, os := checkHalf(t, tc.args, h.set, half, n)
			prints[half] = ds[0].Family + " " + os[0].Family
		}
		if prints[0] == prints[1] || strings.Contains(prints[1], prints[0]) {
			t.Errorf("%v: both halves start with %s", tc.args, prints[0])
		}
	}
}

// TestWritersFlags checks that -NAME, -NAME-held and -vNAME ask for the
// halves of the writers, strangers, passersby, guests and tourists sets,
// and that each set draws n digits, n verdict digits and n non-digits of
// each half, labelled in turn, the halves different, and that -vNAME
// refuses what -vwriters refuses. It counts drawings only: the sets are
// blind, so no test reads or judges them (halvedFlags.sets and
// printVerdict would: they prepare each drawing with pad.Checker).
func TestWritersFlags(t *testing.T) {
	const n = 20
	for _, set := range []struct {
		name  string
		flags func(options) halvedFlags
		other string // another set's flag, which must not ask for this one
	}{
		{"writers", func(o options) halvedFlags { return o.writers }, "-scribes"},
		{"strangers", func(o options) halvedFlags { return o.strangers }, "-writers"},
		{"passersby", func(o options) halvedFlags { return o.passersby }, "-strangers"},
		{"guests", func(o options) halvedFlags { return o.guests }, "-passersby"},
		{"tourists", func(o options) halvedFlags { return o.tourists }, "-guests"},
	} {
		for _, tc := range []struct {
			args       []string
			tune, held bool
			verdict    string
		}{
			{nil, false, false, ""},
			{[]string{"-" + set.name}, true, false, ""},
			{[]string{"-" + set.name + "-held"}, false, true, ""},
			{[]string{"-" + set.name, "-" + set.name + "-held"}, true, true, ""},
			{[]string{"-verdict", "-v" + set.name, "held-out"}, false, false, "held-out"},
			{[]string{"-verdict", "-v" + set.name, "tuning", set.other}, false, false, "tuning"},
			{[]string{set.other}, false, false, ""},
		} {
			o, err := parseFlags(tc.args, &bytes.Buffer{})
			if err != nil {
				t.Fatalf("%v: %v", tc.args, err)
			}
			w := set.flags(o)
			if w.tune != tc.tune || w.held != tc.held || w.verdict != tc.verdict || w.asked() != (tc.tune || tc.held || tc.verdict != "") {
				t.Errorf("%v: %s tune %v held %v verdict %q, want %v %v %q", tc.args, set.name, w.tune, w.held, w.verdict, tc.tune, tc.held, tc.verdict)
			}
			if w.set.name != set.name {
				t.Fatalf("%v: set %q, want %s", tc.args, w.set.name, set.name)
			}
			var prints [2]string
			for half := range drawset.Half(2) {
				ds, os := checkHalf(t, tc.args, w.set, half, n)
				prints[half] = fmt.Sprint(ds[0].Strokes[0][0], os[0].Strokes[0][0])
			}
			if prints[0] == prints[1] {
				t.Errorf("%v: both halves of %s start with %s", tc.args, set.name, prints[0])
			}
		}
		for _, args := range [][]string{
			{"-verdict", "-v" + set.name, "both"},
			{"-v" + set.name, "tuning"},
			{"-verdict", "-json", "-v" + set.name, "held-out"},
		} {
			if _, err := parseFlags(args, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "-v"+set.name) {
				t.Errorf("%v: error %v, want one naming -v%s", args, err, set.name)
			}
		}
	}
}

// checkHalf checks that half of set draws n digits, n verdict digits
// and n non-digits, the digits labelled 0 to 9 in turn and the
// non-digits -1, and returns the digits and the non-digits.
func checkHalf(t *testing.T, args []string, set halvedSet, half drawset.Half, n int) (ds, os []drawset.Sample) {
	t.Helper()
	ds, vs, os := set.digits(1, n, half), set.vdigits(1, n, half), set.vothers(1, n, half)
	if len(ds) != n || len(vs) != n || len(os) != n {
		t.Fatalf("%v half %d: %d digits, %d verdict digits, %d non-digits, want %d each", args, half, len(ds), len(vs), len(os), n)
	}
	for i := range ds {
		if ds[i].Label != i%10 || vs[i].Label != i%10 || os[i].Label != -1 {
			t.Fatalf("%v half %d: drawing %d labelled %d, %d, %d", args, half, i, ds[i].Label, vs[i].Label, os[i].Label)
		}
	}
	return ds, os
}
