package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestVUnseenCounts checks that every drawing of the half is counted once,
// in its digit, family and pen, and that the two halves differ.
func TestVUnseenCounts(t *testing.T) {
	const n = 60
	reports := map[string]vunseenReport{}
	for half := range vunseenHalves {
		v := measureVUnseen(3, n, half)
		reports[half] = v
		if v.Digits.N != n || v.Others.N != n/2 {
			t.Fatalf("%s: %d digits and %d non-digits, want %d and %d", half, v.Digits.N, v.Others.N, n, n/2)
		}
		sums := map[string]int{}
		for k, tl := range v.DigitsByDigit {
			if tl.N != n/10 {
				t.Errorf("%s: digit %d counted %d times, want %d", half, k, tl.N, n/10)
			}
		}
		for name, m := range map[string]map[string]*tally{"digit families": v.DigitsByFamily, "digit pens": v.DigitsByPen,
			"non-digit families": v.OthersByFamily, "non-digit pens": v.OthersByPen} {
			for _, tl := range m {
				sums[name] += tl.N
				sums[name+" rejected"] += tl.Correct
			}
		}
		for name, want := range map[string]tally{"digit families": v.Digits, "digit pens": v.Digits, "non-digit families": v.Others, "non-digit pens": v.Others} {
			if sums[name] != want.N || sums[name+" rejected"] != want.Correct {
				t.Errorf("%s: %s add up to %d (%d rejected), want %d (%d)", half, name, sums[name], sums[name+" rejected"], want.N, want.Correct)
			}
		}
		if len(v.OthersByFamily) != n/2 { // fewer drawings than families: each of its own
			t.Errorf("%s: %d non-digit families, want %d", half, len(v.OthersByFamily), n/2)
		}
	}
	var a, b bytes.Buffer
	printVUnseen(&a, reports["tuning"])
	printVUnseen(&b, reports["held-out"])
	if a.String() == b.String() || !strings.Contains(a.String(), "tuning half") {
		t.Errorf("the two halves print the same, or the half is not named:\n%s", a.String())
	}
}
