package drawset

import (
	"reflect"
	"slices"
	"testing"
)

// TestUnseenHalvesSplitBySeed checks that the two halves share no drawing
// with each other or with the blind halves, that each is reproducible and
// extensible, and that no unseen family or pen shares its name with one of
// another set.
func TestUnseenHalvesSplitBySeed(t *testing.T) {
	a, b := UnseenDigits(9, 50, UnseenTune), UnseenDigits(9, 80, UnseenTune)
	if !reflect.DeepEqual(a, b[:50]) {
		t.Error("the first 50 of 80 drawings differ from a set of 50")
	}
	held, blind := UnseenDigits(9, 50, UnseenHeld), Digits(9, 50, BlindHeld)
	for i := range a {
		if reflect.DeepEqual(a[i].Strokes, held[i].Strokes) || reflect.DeepEqual(held[i].Strokes, blind[i].Strokes) {
			t.Errorf("drawing %d is in two halves", i)
		}
	}
	others := familyNames(slices.Concat(digitShapes, freshShapes, readingShapes, blindShapes), nil, slices.Concat(pens, freshPens, readingPens, blindPens))
	for _, f := range UnseenFamilies() {
		if slices.Contains(others, f) {
			t.Errorf("unseen family %s is also a family of another set", f)
		}
	}
}

// TestUnseenDigitsRefusesOtherHalves checks that asking for a half that is
// not one of the two panics instead of drawing from another set's seeds.
func TestUnseenDigitsRefusesOtherHalves(t *testing.T) {
	for _, h := range []UnseenHalf{0, UnseenHalf(BlindTune), 14} {
		func() {
			defer func() { recover() }()
			UnseenDigits(1, 10, h)
			t.Errorf("UnseenDigits(half %d) returned", h)
		}()
	}
}
