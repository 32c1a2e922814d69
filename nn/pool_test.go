package nn

import (
	"slices"
	"testing"
)

// Max pooling sends each window's gradient to its first largest value in
// row-major order, and nothing to the rest of the window, ties included.
func TestMaxPoolGradientGoesToTheFirstMaximum(t *testing.T) {
	for _, tt := range []struct {
		name  string
		in    shape
		size  int
		x     []float64
		wantY []float64
		// wantDx is the input gradient for an output gradient of 1, 2, 3, ….
		wantDx []float64
	}{
		{"distinct", shape{2, 2, 1}, 2, []float64{1, 4, 3, 2}, []float64{4}, []float64{0, 1, 0, 0}},
		{"tie in a row", shape{2, 2, 1}, 2, []float64{5, 5, 1, 2}, []float64{5}, []float64{1, 0, 0, 0}},
		{"tie across rows", shape{2, 2, 1}, 2, []float64{0, 1, 1, 0}, []float64{1}, []float64{0, 1, 0, 0}},
		{"all equal", shape{2, 2, 1}, 2, []float64{0, 0, 0, 0}, []float64{0}, []float64{1, 0, 0, 0}},
		{"negative", shape{2, 2, 1}, 2, []float64{-3, -1, -2, -1}, []float64{-1}, []float64{0, 1, 0, 0}},
		{"channels apart", shape{2, 2, 2}, 2,
			[]float64{1, 9, 2, 9, 3, 0, 3, 9}, []float64{3, 9},
			[]float64{0, 2, 0, 0, 1, 0, 0, 0}},
		{"two windows and a dropped column", shape{2, 5, 1}, 2,
			[]float64{1, 2, 7, 7, 9, 0, 2, 7, 0, 9}, []float64{2, 7},
			[]float64{0, 1, 2, 0, 0, 0, 0, 0, 0, 0}},
		{"3×3", shape{3, 3, 1}, 3, []float64{1, 2, 3, 4, 6, 6, 6, 0, 0}, []float64{6}, []float64{0, 0, 0, 0, 1, 0, 0, 0, 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newMaxPool[float64](tt.in, tt.size, 1)
			y := make([]float64, p.Out())
			p.forward(tt.x, y, 1, true)
			if !slices.Equal(y, tt.wantY) {
				t.Errorf("forward %v, want %v", y, tt.wantY)
			}
			dy := make([]float64, p.Out())
			for i := range dy {
				dy[i] = float64(i + 1)
			}
			dx := slices.Repeat([]float64{-1}, p.In()) // backward must overwrite it all
			p.backward(tt.x, y, dy, dx, 1)
			if !slices.Equal(dx, tt.wantDx) {
				t.Errorf("backward %v, want %v", dx, tt.wantDx)
			}
		})
	}
}
