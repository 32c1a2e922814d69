package game

import (
	"math"
	"testing"
)

// TestDiscCoverage checks the sheet's disc coverage against supersample
// testing all 64 samples of every pixel, for every disc on the sheet and a
// pixel's border around it.
func TestDiscCoverage(t *testing.T) {
	for d := 1; d <= maxDisc; d++ {
		r := float64(d) / 2
		inside := func(fx, fy float64) bool { return (fx-r)*(fx-r)+(fy-r)*(fy-r) <= r*r }
		for y := -1; y <= d; y++ {
			for x := -1; x <= d; x++ {
				want := supersample(x, y, inside)
				if got := discCoverage(x, y, r); got != want {
					t.Fatalf("disc %d, pixel (%d, %d): coverage %v, want %v", d, x, y, got, want)
				}
			}
		}
	}
}

// BenchmarkBuildShapeSheet measures rendering the shape sheet's coverage,
// which every start of the app does before its first frame.
func BenchmarkBuildShapeSheet(b *testing.B) {
	for b.Loop() {
		buildShapeSheet()
	}
}

// Every disc on the sheet holds discCoverage's figure in each pixel.
func TestSheetDiscs(t *testing.T) {
	s, b := buildShapeSheet()
	for d := 1; d <= maxDisc; d++ {
		sp, r := s.discs[d], float64(d)/2
		if int(sp.w) != d || int(sp.h) != d {
			t.Fatalf("disc %d is %vx%v", d, sp.w, sp.h)
		}
		for y := range d {
			for x := range d {
				want := uint8(math.Round(255 * discCoverage(x, y, r)))
				if got := b.pix[(int(sp.y)+y)*b.w+int(sp.x)+x]; got != want {
					t.Fatalf("disc %d, pixel (%d, %d): %d, want %d", d, x, y, got, want)
				}
			}
		}
	}
}
