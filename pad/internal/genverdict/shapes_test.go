package main

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"digitlab/pad"
)

// TestGenerated checks, for each generated family and for the 0 variants,
// that the hand's drawings are valid drawings on the pad, big enough to
// read, that the same stream draws the same drawing, and that a lone
// straight stroke, which would teach the network that a 1 is not a digit,
// is rare: partial leaves out the straight strokes it cuts from, but a cut
// from a wavy or bent one can still come out straight (1 in 200 here).
func TestGenerated(t *testing.T) {
	fs := families(nil, true)
	draws := []family{{"zero-variant", zeroVariant}, {"segment-digit", func(r *rand.Rand) []poly {
		_, shape := segmentDigit(r)
		return shape
	}}}
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.name] {
			seen[f.name] = true
			draws = append(draws, f)
		}
	}
	for _, f := range draws {
		lines := 0
		for seed := uint64(0); seed < 200; seed++ {
			strokes := hand(f.draw(rand.New(rand.NewPCG(seed, 2))), rand.New(rand.NewPCG(seed, 3)))
			again := hand(f.draw(rand.New(rand.NewPCG(seed, 2))), rand.New(rand.NewPCG(seed, 3)))
			if !reflect.DeepEqual(strokes, again) {
				t.Fatalf("%s, seed %d: two drawings from the same stream differ", f.name, seed)
			}
			var d pad.Drawing
			if err := d.AddStrokes(strokes); err != nil {
				t.Fatalf("%s, seed %d: %v", f.name, seed, err)
			}
			var img [pad.NetPixels]float32
			if d.Ink().TooSmall() || !pad.Preprocess(&d, &img) {
				t.Errorf("%s, seed %d: too small to read", f.name, seed)
			}
			if len(strokes) == 1 && straight(strokes[0]) {
				lines++
			}
		}
		if lines > 1 && f.name != "segment-digit" { // a seven-segment 1 is one straight stroke, and a digit
			t.Errorf("%s: %d of 200 drawings are a lone straight stroke", f.name, lines)
		}
	}
}

// straight reports whether every point of s lies within 3 pad units of the
// line through its ends.
func straight(s [][2]float32) bool {
	a, b := s[0], s[len(s)-1]
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	for _, p := range s {
		c := (p[0]-a[0])*dy - (p[1]-a[1])*dx
		if c*c > 9*l2 {
			return false
		}
	}
	return true
}

// TestFamiliesHold checks that a held family is left out of the families
// the networks learn from, that pair and partial stay unless held
// themselves, and that every family but a held one is drawn.
func TestFamiliesHold(t *testing.T) {
	for _, tc := range []struct {
		name string
		hold []string
	}{
		{"none", nil},
		{"one", []string{"pictogram"}},
		{"several and pair", []string{"letter", "any-word", "pair"}},
		{"partial", []string{"partial"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hold := map[string]bool{}
			for _, h := range tc.hold {
				hold[h] = true
			}
			got := map[string]bool{}
			for _, f := range families(hold, true) {
				got[f.name] = true
			}
			for _, name := range familyNames() {
				if got[name] == hold[name] {
					t.Errorf("family %q: drawn %v, held %v", name, got[name], hold[name])
				}
			}
		})
	}
}

// TestSegmentDigits checks that every digit has seven-segment variants
// whose strokes are the segments listed, the pen running on through
// segments that meet: an 8 drawn in one go is one stroke of 8 segments.
func TestSegmentDigits(t *testing.T) {
	seen := [10]bool{}
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 1))
		label, shape := segmentDigit(r)
		if label < 0 || label > 9 {
			t.Fatalf("seed %d: label %d", seed, label)
		}
		seen[label] = true
		points := 0
		for _, p := range shape {
			points += len(p) - 1
		}
		ok := false
		for _, v := range segmentDigits[label] {
			ok = ok || points == len(v)
		}
		if !ok {
			t.Errorf("seed %d: digit %d drawn with %d segments, want one of %v", seed, label, points, segmentDigits[label])
		}
	}
	for d, ok := range seen {
		if !ok {
			t.Errorf("digit %d never drawn", d)
		}
	}
}

// TestTrialFamilies checks that punct.go's families are drawn only with
// trial, so that the bundled files are made without them, and that
// partial never cuts one of them.
func TestTrialFamilies(t *testing.T) {
	for _, trial := range []bool{false, true} {
		got := map[string]bool{}
		for _, f := range families(nil, trial) {
			got[f.name] = true
		}
		for _, f := range trialFamilies {
			if got[f.name] != trial {
				t.Errorf("trial %v: family %q drawn %v", trial, f.name, got[f.name])
			}
			if !keptWhole(f.name) {
				t.Errorf("family %q is not kept whole: partial would cut its dots and bars", f.name)
			}
		}
	}
}

// TestPunctuationDots checks that the drawings of the punctuation family,
// as the networks see them (28x28, as drawn), keep their dot apart and in
// the frame: a question mark whose dot the centring pushed out, or the
// pen closed onto the stroke, would teach that a 2 or a 7 is no digit.
func TestPunctuationDots(t *testing.T) {
	f := family{"punctuation", punctuation}
	prep := pad.Preprocessor{AsDrawn: true}
	bad := 0
	for seed := uint64(0); seed < 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 5))
		var d pad.Drawing
		if err := d.AddStrokes(drawn(f, r)); err != nil {
			t.Fatal(err)
		}
		var img [pad.NetPixels]float32
		if !prep.Preprocess(&d, &img) || clipped(&img) || marks(&img) < 2 {
			bad++
		}
	}
	if bad > 3 {
		t.Errorf("%d of 300 punctuation drawings lose a mark at 28x28, want at most 3", bad)
	}
}
