package game

import (
	"math"
	"testing"
)

// paintCoverage paints each coverage value as mix blends the pad's colours,
// its shortcuts for blank and full ink included, and every pixel opaque.
func TestPaintCoverage(t *testing.T) {
	cases := []struct {
		name string
		a    float32
	}{
		{"blank", 0},
		{"negative zero", float32(math.Copysign(0, -1))},
		{"below blank", -0.5},
		{"minus infinity", float32(math.Inf(-1))},
		{"the least ink", math.SmallestNonzeroFloat32},
		{"a little ink", 0.003},
		{"half", 0.5},
		{"almost full", 0.99},
		{"nearly full", 0.9999},
		{"full", 1},
		{"above full", 1.5},
		{"infinity", float32(math.Inf(1))},
		{"not a number", float32(math.NaN())},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pix := []byte{1, 2, 3, 4}
			paintCoverage(pix, []float32{c.a}, colPadBg, colInk)
			want := []byte{mix(colPadBg.R, colInk.R, c.a), mix(colPadBg.G, colInk.G, c.a), mix(colPadBg.B, colInk.B, c.a), 0xff}
			if string(pix) != string(want) {
				t.Errorf("coverage %v: pixel %v, want %v", c.a, pix, want)
			}
		})
	}
}
