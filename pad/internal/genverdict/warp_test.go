package main

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"digitlab/pad"
	"digitlab/pad/drawset"
)

// TestWarp checks that a warped drawing keeps its strokes and points,
// stays on the pad, is a valid drawing, moves the ink, and depends only
// on the random stream.
func TestWarp(t *testing.T) {
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
	}{
		{"full-pad square", [][][2]float32{{{0, 0}, {pad.Size, 0}, {pad.Size, pad.Size}, {0, pad.Size}, {0, 0}}}},
		{"corner dot and line", [][][2]float32{{{1, 1}, {3, 2}}, {{270, 275}, {279, 279}}}},
		{"drawn digits", drawset.Digits(2, 1, drawset.Fresh)[0].Strokes},
		{"drawn non-digit", drawset.Others(2, 1, drawset.Tuning)[0].Strokes},
	} {
		for seed := uint64(0); seed < 20; seed++ {
			got := warp(tc.strokes, rand.New(rand.NewPCG(seed, 1)))
			again := warp(tc.strokes, rand.New(rand.NewPCG(seed, 1)))
			if !reflect.DeepEqual(got, again) {
				t.Fatalf("%s, seed %d: two warps of the same stream differ", tc.name, seed)
			}
			if reflect.DeepEqual(got, tc.strokes) {
				t.Errorf("%s, seed %d: the drawing did not change", tc.name, seed)
			}
			if len(got) != len(tc.strokes) {
				t.Fatalf("%s, seed %d: %d strokes, want %d", tc.name, seed, len(got), len(tc.strokes))
			}
			for i, s := range got {
				if len(s) != len(tc.strokes[i]) {
					t.Fatalf("%s, seed %d: stroke %d has %d points, want %d", tc.name, seed, i, len(s), len(tc.strokes[i]))
				}
				for _, p := range s {
					if p[0] < 0 || p[1] < 0 || p[0] > pad.Size || p[1] > pad.Size {
						t.Fatalf("%s, seed %d: point %v is off the pad", tc.name, seed, p)
					}
				}
			}
			var d pad.Drawing
			if err := d.AddStrokes(got); err != nil {
				t.Fatalf("%s, seed %d: %v", tc.name, seed, err)
			}
		}
	}
}
