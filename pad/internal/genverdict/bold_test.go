package main

import (
	"math/rand/v2"
	"testing"

	"digitlab/pad"
)

// TestEmbolden checks that a one-pixel line comes out thicker by about the
// radius on each side, keeps its ink where it was, and stays in [0, 1].
func TestEmbolden(t *testing.T) {
	var src, dst [pad.NetPixels]float32
	for y := 4; y < 24; y++ {
		src[y*28+14] = 1 // a vertical line, one pixel wide
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		embolden(&dst, &src, r)
		width := 0
		for x := range 28 {
			if dst[14*28+x] >= 0.5 {
				width++
			}
		}
		// radius 1 to 2.2 on each side: 3 to 5 pixels at half coverage or more
		if width < 3 || width > 5 {
			t.Errorf("the line is %d pixels wide, want 3 to 5", width)
		}
		for i, v := range dst {
			if v < src[i] || v > 1 {
				t.Fatalf("pixel %d: %v from %v", i, v, src[i])
			}
		}
		if dst[0*28+14] != 0 || dst[14*28+10] != 0 {
			t.Errorf("ink spread too far")
		}
	}
}
