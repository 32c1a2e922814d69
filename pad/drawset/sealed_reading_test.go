package drawset

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"digitlab/pad"
)

// sealedSet is one generator of the sealed sets, for the table-driven
// tests below.
type sealedSet struct {
	name   string
	gen    func(seed uint64, n int, h SealedHalf) []Sample
	digits bool // labels in turn 0..9; otherwise every label is -1
	fams   []string
	nFam   int // families it must draw
}

func sealedSets() []sealedSet {
	return []sealedSet{
		{"SealedDigits", SealedDigits, true, SealedFamilies(), len(sealedShapes)},
		{"SealedVDigits", SealedVDigits, true, SealedVFamilies(), len(sealedShapes)},
		{"SealedVOthers", SealedVOthers, false, SealedVFamilies(), len(sealedOtherShapes)},
	}
}

// TestSealedHalves checks what every half of every sealed generator holds:
// labels in turn and so balanced (or -1 for non-digits), only the set's
// families and pens, every one of them, and strokes the pad accepts,
// inside the pad, with no pointer gap wider than the pen allows.
func TestSealedHalves(t *testing.T) {
	const n = 1500
	for _, set := range sealedSets() {
		for _, h := range []SealedHalf{SealedTune, SealedHeld} {
			ss := set.gen(2, n, h)
			if len(ss) != n {
				t.Fatalf("%s half %d: %d drawings, want %d", set.name, h, len(ss), n)
			}
			fams, pens := map[string]bool{}, map[string]bool{}
			var perLabel [10]int
			for i, s := range ss {
				switch {
				case set.digits && (s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/")):
					t.Fatalf("%s half %d drawing %d: label %d, family %s", set.name, h, i, s.Label, s.Family)
				case !set.digits && (s.Label != -1 || strings.Contains(s.Family, "/")):
					t.Fatalf("%s half %d drawing %d: label %d, family %s for a non-digit", set.name, h, i, s.Label, s.Family)
				}
				if set.digits {
					perLabel[s.Label]++
				}
				if !slices.Contains(set.fams, s.Family) || !slices.Contains(set.fams, "pen "+s.Pen) || !s.HeldOut {
					t.Fatalf("%s half %d drawing %d: style %s (held out %v) is not one of the set's", set.name, h, i, s.Style(), s.HeldOut)
				}
				fams[s.Family], pens[s.Pen] = true, true
				checkSealedStrokes(t, s)
			}
			if len(fams) != set.nFam || len(pens) != len(sealedPens) {
				t.Errorf("%s half %d: %d families and %d pens, want %d and %d", set.name, h, len(fams), len(pens), set.nFam, len(sealedPens))
			}
			for d, c := range perLabel {
				if set.digits && c != n/10 {
					t.Errorf("%s half %d: %d drawings of %d, want %d", set.name, h, c, d, n/10)
				}
			}
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
		a, b := set.gen(9, 50, SealedTune), set.gen(9, 80, SealedTune)
		if !reflect.DeepEqual(a, b[:50]) {
			t.Errorf("%s: the first 50 of 80 drawings differ from a set of 50", set.name)
		}
		if c := set.gen(10, 50, SealedTune); reflect.DeepEqual(a[0].Strokes, c[0].Strokes) {
			t.Errorf("%s: seeds 9 and 10 draw the same first drawing", set.name)
		}
		held := set.gen(9, 50, SealedHeld)
		for i := range a {
			if reflect.DeepEqual(a[i].Strokes, held[i].Strokes) {
				t.Errorf("%s: drawing %d is in both halves", set.name, i)
			}
		}
	}
	// Every digit set's first drawing is a 0, drawn from the set's own seed.
	firsts := []struct {
		name string
		ss   []Sample
	}{
		{"sealed tuning", SealedDigits(9, 1, SealedTune)}, {"sealed held-out", SealedDigits(9, 1, SealedHeld)},
		{"sealed verdict tuning", SealedVDigits(9, 1, SealedTune)}, {"sealed verdict held-out", SealedVDigits(9, 1, SealedHeld)},
		{"unseen tuning", UnseenDigits(9, 1, UnseenTune)}, {"unseen held-out", UnseenDigits(9, 1, UnseenHeld)},
		{"unseen verdict held-out", UnseenVDigits(9, 1, UnseenVHeld)}, {"blind held-out", Digits(9, 1, BlindHeld)},
	}
	for i, a := range firsts {
		for _, b := range firsts[:i] {
			if reflect.DeepEqual(a.ss[0].Strokes, b.ss[0].Strokes) {
				t.Errorf("sets %s and %s draw the same first drawing", a.name, b.name)
			}
		}
	}
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
		for _, tc := range []struct {
			name string
			seed uint64
			h    SealedHalf
		}{{"half 2", 1, 2}, {"half -1", 1, -1}, {"seed at HeldOutSeedBase", HeldOutSeedBase, SealedTune}} {
			func() {
				defer func() {
					if recover() == nil {
						t.Errorf("%s(%s) did not panic", set.name, tc.name)
					}
				}()
				set.gen(tc.seed, 10, tc.h)
			}()
		}
	}
}
