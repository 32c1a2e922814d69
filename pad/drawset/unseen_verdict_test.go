package drawset

import (
	"slices"
	"testing"
)

func TestUnseenVerdict(t *testing.T) {
	unseen := UnseenVFamilies()
	elsewhere := slices.Concat(BlindFamilies(), FinalFamilies(), FreshFamilies(), BlindReadingFamilies(), familyNames(digitShapes, otherShapes, pens))
	for _, f := range unseen {
		if f != "pen plain" && slices.Contains(elsewhere, f) {
			t.Errorf("unseen family %q is in another set", f)
		}
	}
	for _, tc := range []struct {
		name     string
		gen      func(uint64, int, Half) []Sample
		digits   bool
		families int // distinct families expected in 900 drawings
	}{
		{"digits", UnseenVDigits, true, len(uvDigitShapes)},
		{"others", UnseenVOthers, false, len(uvOtherShapes)},
	} {
		checkSetHalves(t, tc.name, tc.gen, [2]Half{UnseenVTune, UnseenVHeld}, 900, tc.digits, unseen, tc.families, len(uvPens))
	}
}

func TestUnseenVerdictPanics(t *testing.T) {
	for _, tc := range []struct {
		name string
		seed uint64
		h    Half
	}{{"seed at HeldOutSeedBase", HeldOutSeedBase, UnseenVTune}, {"unknown half", 1, 2}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", tc.name)
				}
			}()
			UnseenVDigits(tc.seed, 1, tc.h)
		}()
	}
}
