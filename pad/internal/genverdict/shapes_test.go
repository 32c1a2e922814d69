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
	fs := families()
	draws := []family{{"zero-variant", zeroVariant}}
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
		if lines > 1 {
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
