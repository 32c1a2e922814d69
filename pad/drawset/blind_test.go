package drawset

import (
	"reflect"
	"slices"
	"testing"
)

// TestWholeVerdictSets checks both halves of the blind set and of the
// verdict's unseen set, digits and non-digits (checkSetHalves), and that
// their families and pens, but "pen plain", are in no set written before
// them.
func TestWholeVerdictSets(t *testing.T) {
	older := slices.Concat(familyNames(digitShapes, otherShapes, pens), FinalFamilies(), FreshFamilies())
	for _, tc := range []struct {
		name                 string
		families, older      []string
		digits, others       func(uint64, int, Half) []Sample
		n                    int // drawings of each half to check
		nDigits, nOthers     int // digit and non-digit families to draw
		digitPens, otherPens int // pens to draw them with
	}{
		{"blind", BlindFamilies(), older, BlindDigits, BlindOthers, 600,
			len(blindShapes), len(blindOtherShapes), len(blindPens), len(blindPens) - 1},
		{"unseen verdict", UnseenVFamilies(), slices.Concat(older, BlindFamilies(), BlindReadingFamilies()), UnseenVDigits, UnseenVOthers, 900,
			len(uvDigitShapes), len(uvOtherShapes), len(uvPens), len(uvPens)},
	} {
		for _, f := range tc.families {
			if f != "pen plain" && slices.Contains(tc.older, f) {
				t.Errorf("%s family %q is in an older set", tc.name, f)
			}
		}
		halves := [2]Half{Tune, Held}
		checkSetHalves(t, tc.name+" digits", tc.digits, halves, tc.n, true, tc.families, tc.nDigits, tc.digitPens)
		checkSetHalves(t, tc.name+" others", tc.others, halves, tc.n, false, tc.families, tc.nOthers, tc.otherPens)
	}
}

// checkSetHalves checks both halves of a generator of a set that is held
// out as a whole: n drawings of each, the labels in turn (or -1 for
// non-digits), every one held out and of the set's families and pens
// (names as familyNames gives them), with strokes the pad accepts; nFam
// families and nPens pens drawn; a smaller set the start of a larger one;
// and the two halves different drawings.
func checkSetHalves[H any](t *testing.T, name string, gen func(uint64, int, H) []Sample, halves [2]H, n int, digits bool, names []string, nFam, nPens int) {
	t.Helper()
	for _, h := range halves {
		ss := gen(5, n, h)
		fams, pns := map[string]bool{}, map[string]bool{}
		for i, s := range ss {
			fams[s.Family], pns[s.Pen] = true, true
			want := -1
			if digits {
				want = i % 10
			}
			if s.Label != want || !s.HeldOut || !slices.Contains(names, s.Family) || !slices.Contains(names, "pen "+s.Pen) {
				t.Fatalf("%s half %v, %d: label %d, %s, held out %v; want label %d and a style of the set", name, h, i, s.Label, s.Style(), s.HeldOut, want)
			}
			checkPadStrokes(t, s, nil, 0)
		}
		if len(fams) != nFam || len(pns) != nPens {
			t.Errorf("%s half %v: %d families and %d pens, want %d and %d", name, h, len(fams), len(pns), nFam, nPens)
		}
		if !reflect.DeepEqual(gen(5, 30, h), ss[:30]) {
			t.Errorf("%s half %v: a smaller set is not a prefix of a larger one", name, h)
		}
	}
	if reflect.DeepEqual(gen(5, 10, halves[0]), gen(5, 10, halves[1])) {
		t.Errorf("%s: the two halves are the same drawings", name)
	}
}
