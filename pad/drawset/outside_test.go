package drawset

import (
	"slices"
	"testing"
)

// outsideMaxGap is the widest gap between two pointer samples of a
// stroke that each pen may leave, in pad units: the touchpad's longest
// step and jerks, the thumb's longest step and scatter, a mouse's
// otherwise (see mouse: at most 1.4 times 12 units, and jitter).
var outsideMaxGap = map[string]float64{"touchpad": 1.8*maxTouchpadStep + 16, "thumb": 1.3*maxThumbStep + 10}

// TestOutsideUnchanged pins the outside sets' drawings as they were
// when the set was checked by eye (a fingerprint of each half): a change
// to the generator that moves them would make old and new figures
// incomparable.
func TestOutsideUnchanged(t *testing.T) {
	for _, tc := range []struct {
		name string
		ss   []Sample
		want uint64
	}{
		{"OutsideDigits tuning", OutsideDigits(1, 300, OutsideTune), 0xfbe8e8a39dc12ccf},
		{"OutsideDigits held-out", OutsideDigits(1, 300, OutsideHeld), 0xd5697be8abaf5b0f},
		{"OutsideVDigits tuning", OutsideVDigits(1, 300, OutsideTune), 0x8903df98e34c2653},
		{"OutsideVDigits held-out", OutsideVDigits(1, 300, OutsideHeld), 0x0b2c6c868d1e5cad},
		{"OutsideVOthers tuning", OutsideVOthers(1, 100, OutsideTune), 0x438ce65617cf8968},
		{"OutsideVOthers held-out", OutsideVOthers(1, 100, OutsideHeld), 0x1a3e2a533973641c},
	} {
		if got := hashSamples(tc.ss); got != tc.want {
			t.Errorf("%s of seed 1: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
}

// TestOutsideFamiliesAreNew checks that the outside sets' families and
// pens are many (five per digit, at least 25 non-digit families, six pens
// beside the neat hand), each named once, and that no other set has a
// family or pen of the same name.
func TestOutsideFamiliesAreNew(t *testing.T) {
	others := familyNames(slices.Concat(digitShapes, freshShapes, readingShapes, blindShapes, unseenShapes, uvDigitShapes, sealedShapes),
		slices.Concat(otherShapes, finalShapes, blindOtherShapes, uvOtherShapes, sealedOtherShapes),
		slices.Concat(pens, freshPens, readingPens, blindPens, unseenPens, uvPens, sealedPens))
	names := outside.Families(OutsideTune)
	for i, f := range names {
		if slices.Contains(others, f) || slices.Contains(names[:i], f) {
			t.Errorf("%s is also a family or pen of another set, or twice in this one", f)
		}
	}
	var perDigit [10]int
	for _, d := range outsideShapes {
		perDigit[d.label]++
	}
	for d, c := range perDigit {
		if c != 5 {
			t.Errorf("digit %d has %d families, want 5", d, c)
		}
	}
	if len(outsideOtherShapes) < 25 || len(outsidePens) < 7 {
		t.Errorf("%d non-digit families and %d pens, want at least 25 and 7", len(outsideOtherShapes), len(outsidePens))
	}
}
