//go:build js && wasm && wasmsimd

package nn

import (
	"fmt"
	"math"
	"testing"
)

// The convolution's SIMD kernels promise the Go loops' results bit for
// bit (see kernels_simd_test.go for how these tests run): for the filter
// counts the kernels group in 16, 8 and 4, valid and same padding, odd and
// even kernels, windows cut by the border, and inputs with -0 (skipped
// like 0) and NaN (not skipped).
func TestSIMDConvMatchesGo(t *testing.T) {
	requireSIMD(t)
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	tests := []struct {
		in     shape
		st     convStage
		rows   int
		simdOK bool
	}{
		{shape{28, 28, 1}, convStage{filters: 8, kernel: 5}, 3, true},
		{shape{12, 12, 8}, convStage{filters: 16, kernel: 5}, 2, true},
		{shape{28, 28, 1}, convStage{filters: 16, kernel: 5}, 1, true},
		{shape{12, 12, 16}, convStage{filters: 32, kernel: 5}, 2, true},
		{shape{9, 7, 3}, convStage{filters: 4, kernel: 3, same: true}, 2, true},
		{shape{7, 9, 5}, convStage{filters: 12, kernel: 4, same: true}, 3, true},
		{shape{6, 5, 2}, convStage{filters: 20, kernel: 5, same: true}, 2, true},
		{shape{4, 4, 2}, convStage{filters: 8, kernel: 7, same: true}, 2, true},
		{shape{5, 5, 1}, convStage{filters: 28, kernel: 1}, 2, true},
		{shape{8, 8, 3}, convStage{filters: 6, kernel: 3}, 2, false},
	}
	for _, tt := range tests {
		for _, withDX := range []bool{false, true} {
			name := fmt.Sprintf("%dx%dx%d/%s/rows=%d/dx=%v", tt.in.h, tt.in.w, tt.in.c, formatConv([]convStage{tt.st}), tt.rows, withDX)
			t.Run(name, func(t *testing.T) {
				mk := func() *conv2d[float32] {
					c := newConv2d[float32](tt.in, tt.st)
					copy(c.w.data, sparse(1, len(c.w.data), 0))
					copy(c.b.data, sparse(2, len(c.b.data), 0))
					copy(c.w.grad, sparse(5, len(c.w.grad), 0)) // gradients accumulate onto what is there
					copy(c.b.grad, sparse(6, len(c.b.grad), 0))
					return c
				}
				fast, slow := mk(), mk()
				x := sparse(3, tt.rows*fast.In(), 0.6)
				x[len(x)/3], x[len(x)/2] = negZero, nan
				dy := sparse(4, tt.rows*fast.Out(), 0.7)
				dy[len(dy)/3] = negZero
				run := func(c *conv2d[float32]) (y, dx []float32) {
					y = make([]float32, tt.rows*c.Out())
					c.forward(x, y, tt.rows, true)
					if withDX {
						dx = sparse(7, tt.rows*c.In(), 0) // overwritten, not added to
					}
					c.backward(x, y, dy, dx, tt.rows)
					return y, dx
				}
				gotY, gotDX := run(fast)
				var wantY, wantDX []float32
				withoutSIMD(func() { wantY, wantDX = run(slow) })
				sameLayerResults(t, gotY, wantY, gotDX, wantDX, fast.params(), slow.params())
				if ran := convSIMD(fast, tt.rows); ran != tt.simdOK {
					t.Errorf("SIMD kernels ran: %v, want %v", ran, tt.simdOK)
				}
			})
		}
	}
}
