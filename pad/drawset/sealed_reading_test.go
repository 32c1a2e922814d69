package drawset

import (
	"slices"
	"testing"
)

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
