package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHandsFlags checks that -hands, -hands-held and -vhands ask for the
// hands set's halves and that the set they load draws n digits and n
// non-digits of the half asked for, different for each half. It counts
// drawings only: the hands set is blind, so no test reads or judges it
// (run's -export would: it prepares each drawing with pad.Checker).
func TestHandsFlags(t *testing.T) {
	const n = 20
	for _, tc := range []struct {
		args       []string
		tune, held bool
		verdict    string
	}{
		{nil, false, false, ""},
		{[]string{"-hands"}, true, false, ""},
		{[]string{"-hands-held"}, false, true, ""},
		{[]string{"-hands", "-hands-held"}, true, true, ""},
		{[]string{"-verdict", "-vhands", "held-out"}, false, false, "held-out"},
	} {
		o, err := parseFlags(tc.args, &bytes.Buffer{})
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		h := o.hands
		if h.tune != tc.tune || h.held != tc.held || h.verdict != tc.verdict || h.asked() != (tc.tune || tc.held || tc.verdict != "") {
			t.Errorf("%v: tune %v held %v verdict %q, want %v %v %q", tc.args, h.tune, h.held, h.verdict, tc.tune, tc.held, tc.verdict)
		}
		if !h.asked() {
			if h.set.digits != nil {
				t.Errorf("%v: the hands fonts were loaded though no flag asks for them", tc.args)
			}
			continue
		}
		if h.set.name != "hands" {
			t.Errorf("%v: set %q, want hands", tc.args, h.set.name)
		}
		var prints [2]string
		for half := range 2 {
			ds, vs, os := h.set.digits(1, n, half), h.set.vdigits(1, n, half), h.set.vothers(1, n, half)
			if len(ds) != n || len(vs) != n || len(os) != n {
				t.Fatalf("%v half %d: %d digits, %d verdict digits, %d non-digits, want %d each", tc.args, half, len(ds), len(vs), len(os), n)
			}
			for i := range ds {
				if ds[i].Label != i%10 || vs[i].Label != i%10 || os[i].Label != -1 {
					t.Fatalf("%v half %d: drawing %d labelled %d, %d, %d", tc.args, half, i, ds[i].Label, vs[i].Label, os[i].Label)
				}
			}
			prints[half] = ds[0].Family + " " + os[0].Family
		}
		if prints[0] == prints[1] || strings.Contains(prints[1], prints[0]) {
			t.Errorf("%v: both halves start with %s", tc.args, prints[0])
		}
	}
}
