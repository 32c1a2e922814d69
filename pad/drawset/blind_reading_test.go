package drawset

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestReadingHalves checks what the halves of the drawn-digit sets held
// out as a whole (the blind parts, the unseen set) hold: digits only,
// labels in turn, every family and pen of the set and no other, drawings
// the pad accepts (the gaps of a hurried pointer allowed in any drawing
// of the unseen set).
func TestReadingHalves(t *testing.T) {
	blind, unseen := BlindReadingFamilies(), UnseenFamilies()
	for _, tc := range []struct {
		name        string
		ss          []Sample
		names       []string
		nFam, nPens int
		fast        bool
	}{
		{"blind tuning", Digits(3, 800, BlindTune), blind, len(readingShapes), len(readingPens), false},
		{"blind held-out", Digits(3, 800, BlindHeld), blind, len(readingShapes), len(readingPens), false},
		{"unseen tuning", UnseenDigits(3, 1000, UnseenTune), unseen, len(unseenShapes), len(unseenPens), true},
		{"unseen held-out", UnseenDigits(3, 1000, UnseenHeld), unseen, len(unseenShapes), len(unseenPens), true},
	} {
		checkReadingHalf(t, tc.name, tc.ss, tc.names, tc.nFam, tc.nPens, tc.fast)
	}
}

// checkReadingHalf checks a half of a drawn-digit set that is held out as
// a whole: digits only, the labels in turn, every one held out and of the
// set's families and pens (names as familyNames gives them), nFam
// families and nPens pens drawn, and strokes the pad accepts, with the
// gaps of the fast pen allowed in every drawing if fast.
func checkReadingHalf(t *testing.T, name string, ss []Sample, names []string, nFam, nPens int, fast bool) {
	t.Helper()
	fams, pens := map[string]bool{}, map[string]bool{}
	for i, s := range ss {
		if s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/") {
			t.Fatalf("%s drawing %d: label %d, family %s", name, i, s.Label, s.Family)
		}
		if !slices.Contains(names, s.Family) || !slices.Contains(names, "pen "+s.Pen) || !s.HeldOut {
			t.Fatalf("%s drawing %d: style %s (held out %v) is not one of the set's", name, i, s.Style(), s.HeldOut)
		}
		fams[s.Family], pens[s.Pen] = true, true
		gaps := map[string]float64{"fast": hurriedGap}
		if fast {
			gaps[s.Pen] = hurriedGap
		}
		checkPadStrokes(t, s, gaps, 0)
	}
	if len(fams) != nFam || len(pens) != nPens {
		t.Errorf("%s: %d families and %d pens, want %d and %d", name, len(fams), len(pens), nFam, nPens)
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
