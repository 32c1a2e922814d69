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
// even kernels, windows cut by the border, inputs with under 4 channels
// (the forward pass scatters each input) and with 4 or more (it gathers
// each position's), inputs with -0 (skipped like 0) and NaN (not
// skipped), and a first image whose inputs and output gradients are all
// zero (empty lists of non-zero values).
func TestSIMDConvMatchesGo(t *testing.T) {
	requireSIMD(t)
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	tests := []struct {
		in        shape
		st        convStage
		rows      int
		simdOK    bool
		zeroFirst bool
	}{
		{shape{6, 6, 4}, convStage{filters: 8, kernel: 3}, 2, true, false},
		{shape{6, 7, 3}, convStage{filters: 12, kernel: 3}, 2, true, false},
		{shape{8, 8, 1}, convStage{filters: 8, kernel: 5}, 2, true, true},
		{shape{6, 6, 4}, convStage{filters: 16, kernel: 3, same: true}, 3, true, true},
		{shape{28, 28, 1}, convStage{filters: 8, kernel: 5}, 3, true, false},
		{shape{12, 12, 8}, convStage{filters: 16, kernel: 5}, 2, true, false},
		{shape{28, 28, 1}, convStage{filters: 16, kernel: 5}, 1, true, false},
		{shape{12, 12, 16}, convStage{filters: 32, kernel: 5}, 2, true, false},
		{shape{9, 7, 3}, convStage{filters: 4, kernel: 3, same: true}, 2, true, false},
		{shape{7, 9, 5}, convStage{filters: 12, kernel: 4, same: true}, 3, true, false},
		{shape{6, 5, 2}, convStage{filters: 20, kernel: 5, same: true}, 2, true, false},
		{shape{4, 4, 2}, convStage{filters: 8, kernel: 7, same: true}, 2, true, false},
		{shape{5, 5, 1}, convStage{filters: 28, kernel: 1}, 2, true, false},
		{shape{8, 8, 3}, convStage{filters: 6, kernel: 3}, 2, false, false},
	}
	for _, tt := range tests {
		for _, withDX := range []bool{false, true} {
			name := fmt.Sprintf("%dx%dx%d/%s/rows=%d/dx=%v", tt.in.h, tt.in.w, tt.in.c, formatConv([]convStage{tt.st}), tt.rows, withDX)
			t.Run(name, func(t *testing.T) {
				mk := func() *conv2d[float32] {
					c := newConv2d[float32](tt.in, tt.st)
					copy(c.w.data, sparse(1, len(c.w.data), 0))
					c.w.data[1] = float32(math.Inf(1)) // a skipped zero input must not make 0·∞ = NaN
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
				if tt.zeroFirst {
					clear(x[:fast.In()])
					clear(dy[:fast.Out()])
				}
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

// ReLU's and 2×2 max pooling's SIMD kernels promise the Go loops' results
// bit for bit (see kernels_simd_test.go for how these tests run): ReLU
// over lengths that end in a partial vector, with −0 and NaN (both give
// +0); pooling over channel counts the kernel takes in fours, odd sizes
// whose last row and column are dropped, ties (the first value wins) and
// NaN (never the largest), with the indices its backward pass uses.
func TestSIMDReLUAndPoolMatchGo(t *testing.T) {
	requireSIMD(t)
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, n := range []int{1, 4, 7, 4608, 32*4608 + 3} {
		t.Run(fmt.Sprintf("relu/n=%d", n), func(t *testing.T) {
			a := &activation[float32]{kind: ActReLU, size: n}
			x := sparse(1, n, 0.3)
			x[0], x[n/2] = negZero, nan
			dy := sparse(2, n, 0.2)
			run := func() (y, dx []float32) {
				y, dx = sparse(3, n, 0), sparse(4, n, 0) // overwritten
				a.forward(x, y, 1, true)
				a.backward(x, y, dy, dx, 1)
				return y, dx
			}
			gotY, gotDX := run()
			var wantY, wantDX []float32
			withoutSIMD(func() { wantY, wantDX = run() })
			sameBits(t, "y", gotY, wantY)
			sameBits(t, "dx", gotDX, wantDX)
			if math.Float32bits(gotY[0]) != 0 || math.Float32bits(gotY[n/2]) != 0 {
				t.Errorf("relu(−0), relu(NaN) = %v, %v, want +0", gotY[0], gotY[n/2])
			}
		})
	}
	for _, tt := range []struct {
		in     shape
		rows   int
		simdOK bool
	}{
		{shape{24, 24, 8}, 3, true},
		{shape{8, 8, 16}, 2, true},
		{shape{7, 9, 4}, 2, true},
		{shape{2, 2, 32}, 1, true},
		{shape{6, 6, 6}, 2, false},
	} {
		t.Run(fmt.Sprintf("maxpool/%dx%dx%d/rows=%d", tt.in.h, tt.in.w, tt.in.c, tt.rows), func(t *testing.T) {
			fast, slow := newMaxPool[float32](tt.in, 2, tt.rows), newMaxPool[float32](tt.in, 2, tt.rows)
			x := sparse(5, tt.rows*tt.in.size(), 0.5) // zeros tie often
			x[len(x)/3], x[len(x)/2], x[1] = nan, nan, negZero
			for i := 0; i+tt.in.w*tt.in.c+tt.in.c < len(x); i += 37 { // equal non-zero neighbours
				x[i+tt.in.c], x[i+tt.in.w*tt.in.c] = x[i], x[i]
			}
			dy := sparse(6, tt.rows*fast.Out(), 0)
			run := func(p *maxPool[float32]) (y, dx []float32) {
				y, dx = make([]float32, tt.rows*p.Out()), sparse(7, tt.rows*p.In(), 0)
				p.forward(x, y, tt.rows, true)
				p.backward(x, y, dy, dx, tt.rows)
				return y, dx
			}
			gotY, gotDX := run(fast)
			var wantY, wantDX []float32
			withoutSIMD(func() { wantY, wantDX = run(slow) })
			sameBits(t, "y", gotY, wantY)
			sameBits(t, "dx", gotDX, wantDX)
			for i := range slow.arg {
				if fast.arg[i] != slow.arg[i] {
					t.Fatalf("arg[%d] = %d, the Go loop gives %d", i, fast.arg[i], slow.arg[i])
				}
			}
			if ran := fastMaxPool2(fast, x, gotY, tt.rows); ran != tt.simdOK {
				t.Errorf("SIMD kernel ran: %v, want %v", ran, tt.simdOK)
			}
		})
	}
}
