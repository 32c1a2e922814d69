package game

import "testing"

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
