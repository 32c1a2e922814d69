package main

import (
	"math"
	"math/rand/v2"
	"testing"

	"digitlab/pad"
)

// TestSecondPass checks that the second pass follows the drawing unchanged,
// stays on the pad, and lies near the first: each point moved by more
// than nothing and by less than a fifth of the drawing's size.
func TestSecondPass(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
	}{
		{"seven", [][][2]float32{{{80, 60}, {200, 60}, {120, 240}}}},
		{"four at the edge", [][][2]float32{{{200, 0}, {100, 200}, {280, 200}}, {{240, 100}, {240, 280}}}},
	} {
		for range 20 {
			got := secondPass(tc.strokes, r)
			if len(got) != 2*len(tc.strokes) {
				t.Fatalf("%s: %d strokes, want %d", tc.name, len(got), 2*len(tc.strokes))
			}
			for i, s := range tc.strokes {
				for j, p := range s {
					if got[i][j] != p {
						t.Fatalf("%s: the first pass changed", tc.name)
					}
					q := got[len(tc.strokes)+i][j]
					d := math.Hypot(float64(q[0]-p[0]), float64(q[1]-p[1]))
					if q[0] < 0 || q[1] < 0 || q[0] > pad.Size || q[1] > pad.Size || d == 0 || d > 0.2*280 {
						t.Errorf("%s: point %v of the second pass is %v, %.1f away", tc.name, p, q, d)
					}
				}
			}
		}
	}
}
