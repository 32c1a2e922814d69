package drawset

import (
	"slices"
	"testing"

	"digitlab/pad"
)

// sealedSets are the sealed sets' generators, for the checks below.
func sealedSets() []halfSet[SealedHalf] {
	return []halfSet[SealedHalf]{
		{"SealedDigits", SealedDigits, true, SealedFamilies(), len(sealedShapes), len(sealedPens), checkSealedStrokes},
		{"SealedVDigits", SealedVDigits, true, SealedVFamilies(), len(sealedShapes), len(sealedPens), checkSealedStrokes},
		{"SealedVOthers", SealedVOthers, false, SealedVFamilies(), len(sealedOtherShapes), len(sealedPens), checkSealedStrokes},
	}
}

// TestSealedHalves checks what every half of every sealed generator holds:
// labels in turn and so balanced (or -1 for non-digits), only the set's
// families and pens, every one of them, and strokes the pad accepts,
// inside the pad, with no pointer gap wider than the pen allows.
func TestSealedHalves(t *testing.T) {
	for _, set := range sealedSets() {
		for _, h := range []SealedHalf{SealedTune, SealedHeld} {
			set.checkHalf(t, 2, 1500, h)
		}
	}
}

// checkSealedStrokes checks that a drawing is on the pad, then what
// checkBlindStrokes checks, the dash-off pen's gaps being the fast pen's.
func checkSealedStrokes(t *testing.T, s Sample) {
	t.Helper()
	for _, st := range s.Strokes {
		for _, p := range st {
			if p[0] < 0 || p[0] > pad.Size || p[1] < 0 || p[1] > pad.Size {
				t.Fatalf("%s: point (%g, %g) is off the pad", s.Style(), p[0], p[1])
			}
		}
	}
	if s.Pen == "dash-off" {
		s.Pen = "fast"
	}
	checkBlindStrokes(t, s)
}

// TestSealedSeeds checks that every sealed generator is reproducible and
// extensible, that its two halves differ, and that no two sets, sealed or
// not, draw the same drawing.
func TestSealedSeeds(t *testing.T) {
	for _, set := range sealedSets() {
		set.checkSeeds(t, SealedTune, SealedHeld)
	}
	// Every digit set's first drawing is a 0, drawn from the set's own seed.
	checkFirstsDiffer(t, []firstDrawing{
		{"sealed tuning", SealedDigits(9, 1, SealedTune)}, {"sealed held-out", SealedDigits(9, 1, SealedHeld)},
		{"sealed verdict tuning", SealedVDigits(9, 1, SealedTune)}, {"sealed verdict held-out", SealedVDigits(9, 1, SealedHeld)},
		{"unseen tuning", UnseenDigits(9, 1, UnseenTune)}, {"unseen held-out", UnseenDigits(9, 1, UnseenHeld)},
		{"unseen verdict held-out", UnseenVDigits(9, 1, UnseenVHeld)}, {"blind held-out", Digits(9, 1, BlindHeld)},
	})
}

// TestSealedFamiliesAreNew checks that the sealed sets' families and pens
// are many, weigh every digit alike and are in no other set.
func TestSealedFamiliesAreNew(t *testing.T) {
	others := familyNames(slices.Concat(digitShapes, freshShapes, readingShapes, blindShapes, unseenShapes, uvDigitShapes),
		slices.Concat(otherShapes, finalShapes, blindOtherShapes, uvOtherShapes), slices.Concat(pens, freshPens, readingPens, blindPens, unseenPens, uvPens))
	for _, tc := range []struct {
		name      string
		names     []string
		min, step int // at least min names; step: families per digit, 0 if not digits
	}{
		{"digit families", familyNames(sealedShapes, nil, nil), 40, 5},
		{"non-digit families", familyNames(nil, sealedOtherShapes, nil), 30, 0},
		{"pens", familyNames(nil, nil, sealedPens), 6, 0},
	} {
		if len(tc.names) < tc.min {
			t.Errorf("%s: %d, want at least %d", tc.name, len(tc.names), tc.min)
		}
		var perDigit [10]int
		for i, f := range tc.names {
			if slices.Contains(others, f) || slices.Contains(tc.names[:i], f) {
				t.Errorf("%s: %s is also a family of another set, or twice in this one", tc.name, f)
			}
			if tc.step > 0 {
				perDigit[f[0]-'0']++
			}
		}
		for d, c := range perDigit {
			if tc.step > 0 && c != tc.step {
				t.Errorf("%s: digit %d has %d families, want %d", tc.name, d, c, tc.step)
			}
		}
	}
}

// TestSealedRefusesOtherHalvesAndSeeds checks that a half that is not one
// of the two, or a seed at HeldOutSeedBase, panics instead of drawing from
// another set's seeds.
func TestSealedRefusesOtherHalvesAndSeeds(t *testing.T) {
	for _, set := range sealedSets() {
		set.checkRefuses(t, SealedTune)
	}
}
