package drawset

import (
	"reflect"
	"slices"
	"testing"
)

func TestBlind(t *testing.T) {
	blind := BlindFamilies()
	var elsewhere []string
	for _, d := range digitShapes {
		elsewhere = append(elsewhere, digitFamily(d))
	}
	for _, o := range otherShapes {
		elsewhere = append(elsewhere, o.name)
	}
	elsewhere = append(append(elsewhere, FinalFamilies()...), FreshFamilies()...)
	for _, p := range pens {
		elsewhere = append(elsewhere, "pen "+p.name)
	}
	for _, f := range blind {
		if f != "pen plain" && slices.Contains(elsewhere, f) {
			t.Errorf("blind family %q is in another part", f)
		}
	}
	for _, tc := range []struct {
		name     string
		gen      func(uint64, int, Half) []Sample
		digits   bool
		families int // distinct families expected in 600 drawings
	}{
		{"digits", BlindDigits, true, len(blindShapes)},
		{"others", BlindOthers, false, len(blindOtherShapes)},
	} {
		for _, h := range []Half{BlindTuning, BlindHeldOut} {
			ss := tc.gen(5, 600, h)
			fams := map[string]bool{}
			for i, s := range ss {
				fams[s.Family] = true
				want := -1
				if tc.digits {
					want = i % 10
				}
				if s.Label != want || !s.HeldOut || !slices.Contains(blind, s.Family) || !slices.Contains(blind, "pen "+s.Pen) {
					t.Fatalf("%s half %d, %d: label %d, %s, held out %v; want label %d and a blind style", tc.name, h, i, s.Label, s.Style(), s.HeldOut, want)
				}
				checkStrokes(t, tc.name, s)
			}
			if len(fams) != tc.families {
				t.Errorf("%s half %d: %d families, want %d", tc.name, h, len(fams), tc.families)
			}
			if !reflect.DeepEqual(tc.gen(5, 30, h), ss[:30]) {
				t.Errorf("%s half %d: a smaller set is not a prefix of a larger one", tc.name, h)
			}
		}
		if reflect.DeepEqual(tc.gen(5, 10, BlindTuning), tc.gen(5, 10, BlindHeldOut)) {
			t.Errorf("%s: the two halves are the same drawings", tc.name)
		}
	}
}
