package drawset

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"digitlab/pad"
)

// TestBlindParts checks what the blind halves hold: digits only, labels in
// turn, every blind family and pen and no other, drawings the pad accepts.
func TestBlindParts(t *testing.T) {
	blind := BlindReadingFamilies()
	for _, part := range []Part{BlindTune, BlindHeld} {
		ss := Digits(3, 800, part)
		fams, pens := map[string]bool{}, map[string]bool{}
		for i, s := range ss {
			if s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/") {
				t.Fatalf("part %d drawing %d: label %d, family %s", part, i, s.Label, s.Family)
			}
			if !slices.Contains(blind, s.Family) || !slices.Contains(blind, "pen "+s.Pen) || !s.HeldOut {
				t.Fatalf("part %d drawing %d: style %s (held out %v) is not a blind one", part, i, s.Style(), s.HeldOut)
			}
			fams[s.Family], pens[s.Pen] = true, true
			checkBlindStrokes(t, s)
		}
		if len(fams) != len(readingShapes) || len(pens) != len(readingPens) {
			t.Errorf("part %d: %d families and %d pens, want %d and %d", part, len(fams), len(pens), len(readingShapes), len(readingPens))
		}
	}
}

// checkBlindStrokes is checkStrokes with the hurried pen's longer gaps.
func checkBlindStrokes(t *testing.T, s Sample) {
	t.Helper()
	var d pad.Drawing
	if err := d.AddStrokes(s.Strokes); err != nil {
		t.Fatalf("%s: %v", s.Style(), err)
	}
	limit := 25.0
	if s.Pen == "fast" {
		limit = 1.3*maxHurriedStep + 2
	}
	for _, st := range s.Strokes {
		for j := 1; j < len(st); j++ {
			if gap := math.Hypot(float64(st[j][0]-st[j-1][0]), float64(st[j][1]-st[j-1][1])); gap > limit {
				t.Fatalf("%s: gap of %.1f pad units", s.Style(), gap)
			}
		}
	}
	if in := d.Ink(); in.TooSmall() {
		t.Fatalf("%s: extent %.1f is a dot, not a drawing", s.Style(), in.Extent())
	}
}

// TestBlindHalvesSplitBySeed checks that the two halves share no drawing,
// that each is reproducible and extensible, and that no blind family
// shares its name with a family of another part.
func TestBlindHalvesSplitBySeed(t *testing.T) {
	a, b := Digits(9, 50, BlindTune), Digits(9, 80, BlindTune)
	if !reflect.DeepEqual(a, b[:50]) {
		t.Error("the first 50 of 80 drawings differ from a set of 50")
	}
	held := Digits(9, 50, BlindHeld)
	for i := range a {
		if reflect.DeepEqual(a[i].Strokes, held[i].Strokes) {
			t.Errorf("drawing %d is in both halves", i)
		}
	}
	var others []string
	for _, d := range slices.Concat(digitShapes, freshShapes) {
		others = append(others, digitFamily(d))
	}
	for _, f := range BlindReadingFamilies() {
		if !strings.HasPrefix(f, "pen ") && slices.Contains(others, f) {
			t.Errorf("blind family %s is also a family of another part", f)
		}
	}
}

// TestBlindHasNoNonDigits checks that asking either blind half for
// non-digits panics: they hold digits only.
func TestBlindHasNoNonDigits(t *testing.T) {
	for _, part := range []Part{BlindTune, BlindHeld} {
		func() {
			defer func() { recover() }()
			Others(1, 10, part)
			t.Errorf("Others(%d) returned", part)
		}()
	}
}
