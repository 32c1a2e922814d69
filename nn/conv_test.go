package nn

import (
	"fmt"
	"math"
	"testing"
)

// The convolution's forward pass computes the formula of its doc comment,
// checked against a direct evaluation of it: valid and same padding, odd
// and even kernels, the filter counts of the SSE kernels and others, in
// float32 (the kernels) and float64 (the Go loops).
func TestConvForwardIsTheFormula(t *testing.T) {
	for _, tt := range []struct {
		in shape
		st convStage
	}{
		{shape{6, 7, 1}, convStage{filters: 8, kernel: 3}},
		{shape{6, 7, 1}, convStage{filters: 8, kernel: 3, same: true}},
		{shape{8, 8, 3}, convStage{filters: 16, kernel: 5}},
		{shape{5, 6, 2}, convStage{filters: 16, kernel: 4, same: true}},
		{shape{5, 5, 4}, convStage{filters: 5, kernel: 2, same: true}},
		{shape{4, 4, 2}, convStage{filters: 3, kernel: 7, same: true}},
	} {
		t.Run(fmt.Sprintf("%v/%s", tt.in, formatConv([]convStage{tt.st})), func(t *testing.T) {
			testConvForward[float32](t, tt.in, tt.st)
			testConvForward[float64](t, tt.in, tt.st)
		})
	}
}

func testConvForward[T Float](t *testing.T, in shape, st convStage) {
	const rows = 2
	c := newConv2d[T](in, st)
	rng := newRand(5, 5)
	for _, p := range c.params() {
		for i := range p.data {
			p.data[i] = T(rng.NormFloat64())
		}
	}
	x := make([]T, rows*in.size())
	for i := range x {
		if rng.Float64() < 0.6 {
			x[i] = T(rng.NormFloat64())
		}
	}
	y := make([]T, rows*c.Out())
	c.forward(x, y, rows, true)
	out, k, pad := c.out, st.kernel, 0
	if st.same {
		pad = (k - 1) / 2
	}
	at := func(r, iy, ix, ch int) float64 {
		if iy < 0 || iy >= in.h || ix < 0 || ix >= in.w {
			return 0
		}
		return float64(x[r*in.size()+(iy*in.w+ix)*in.c+ch])
	}
	for r := 0; r < rows; r++ {
		for oy := 0; oy < out.h; oy++ {
			for ox := 0; ox < out.w; ox++ {
				for f := 0; f < out.c; f++ {
					want := float64(c.b.data[f])
					for ky := 0; ky < k; ky++ {
						for kx := 0; kx < k; kx++ {
							for ch := 0; ch < in.c; ch++ {
								want += float64(c.w.data[((f*k+ky)*k+kx)*in.c+ch]) * at(r, oy+ky-pad, ox+kx-pad, ch)
							}
						}
					}
					got := float64(y[r*out.size()+(oy*out.w+ox)*out.c+f])
					if math.Abs(got-want) > 1e-4*(1+math.Abs(want)) {
						t.Fatalf("row %d y[%d,%d,%d] = %v, the formula gives %v", r, oy, ox, f, got, want)
					}
				}
			}
		}
	}
}

// A convolution's weights are initialized for its fan-in (channels·k·k)
// and fan-out (filters·k·k), as Keras and PyTorch count them; biases start
// at zero.
func TestConvInitUsesItsFans(t *testing.T) {
	for _, kind := range []string{InitGlorotUniform, InitHeNormal, InitLecunNormal} {
		cfg := DefaultConfig()
		cfg.Conv, cfg.Init = "8c5-p2-16c5-p2", kind
		n, err := NewNet[float32](cfg, 1)
		if err != nil {
			t.Fatal(err)
		}
		c := n.layers[4].(*conv2d[float32]) // conv, act, dropout, pool, conv
		want := InitStd(kind, 8*5*5, 16*5*5)
		if got := stdDev(c.w.data); math.Abs(got/want-1) > 0.1 {
			t.Errorf("%s: the second convolution's weights spread %.4f, want %.4f", kind, got, want)
		}
		if stdDev(c.b.data) != 0 || c.b.data[0] != 0 {
			t.Errorf("%s: biases do not start at zero", kind)
		}
	}
}

// FirstFilters reads the first convolution's kernels where AppendWeights
// puts them, for any conv part, and nothing for a network without one.
func TestFirstFilters(t *testing.T) {
	for _, tc := range []struct {
		conv       string
		k, filters int
	}{
		{"8c5-p2-16c5-p2", 5, 8},
		{"p2-4c3s", 3, 4},
		{"16c7", 7, 16},
		{"", 0, 0},
	} {
		cfg := DefaultConfig()
		cfg.Conv, cfg.Hidden = tc.conv, []int{16}
		n, err := NewNetwork(cfg)
		if err != nil {
			t.Fatal(err)
		}
		w := n.AppendWeights(nil)
		k, fs := FirstFilters(cfg, w)
		if k != tc.k || len(fs) != tc.filters {
			t.Errorf("%q: %d filters of %d×%d, want %d of %d×%d", tc.conv, len(fs), k, k, tc.filters, tc.k, tc.k)
			continue
		}
		if tc.filters == 0 {
			continue
		}
		var c *conv2d[float32]
		for _, l := range n.layers {
			if cl, ok := l.(*conv2d[float32]); ok {
				c = cl
				break
			}
		}
		for f, kern := range fs {
			if len(kern) != k*k || kern[0] != c.w.data[f*k*k] || kern[k*k-1] != c.w.data[(f+1)*k*k-1] {
				t.Errorf("%q: filter %d is not the convolution's", tc.conv, f)
			}
		}
		if _, short := FirstFilters(cfg, w[:tc.filters*k*k-1]); short != nil {
			t.Errorf("%q: filters read from too few weights", tc.conv)
		}
	}
}

// Whichever kernels run them, the forward pass gives, bit for bit, the
// plain definition's sums (bias, then the window's non-zero inputs times
// their weights in ky, kx, c order: four positions at a time where windows
// are whole on amd64 with AVX2, one at a time at the borders and
// elsewhere), and the backward pass without an input gradient (a first
// layer) adds the same bias and weight gradients as convBackFiltersGo at
// each output position in order (rows of positions with the gradient
// transposed on amd64 with AVX2).
func TestConvMatchesPositionByPosition(t *testing.T) {
	for _, tt := range []struct {
		in shape
		st convStage
	}{
		{shape{28, 28, 1}, convStage{filters: 8, kernel: 5}},
		{shape{12, 12, 8}, convStage{filters: 16, kernel: 5}},
		{shape{28, 28, 1}, convStage{filters: 16, kernel: 5}},
		{shape{12, 12, 16}, convStage{filters: 32, kernel: 5}},
		{shape{10, 9, 3}, convStage{filters: 24, kernel: 4}},
		{shape{11, 13, 3}, convStage{filters: 24, kernel: 3, same: true}},
		{shape{9, 10, 2}, convStage{filters: 8, kernel: 4, same: true}},
		{shape{7, 6, 5}, convStage{filters: 6, kernel: 3}},
	} {
		const rows = 2
		c := newConv2d[float32](tt.in, tt.st)
		copy(c.w.data, sparse(1, len(c.w.data), 0))
		c.w.data[1] = float32(math.Inf(1)) // a skipped zero input must not make 0·∞ = NaN
		copy(c.b.data, sparse(2, len(c.b.data), 0.3))
		copy(c.w.grad, sparse(5, len(c.w.grad), 0))
		copy(c.b.grad, sparse(6, len(c.b.grad), 0))
		x := sparse(3, rows*c.In(), 0.6)
		dy := sparse(4, rows*c.Out(), 0.7)
		dy[len(dy)/3] = float32(math.Copysign(0, -1))
		y, wantY := make([]float32, rows*c.Out()), make([]float32, rows*c.Out())
		wantGW, wantGB := append([]float32(nil), c.w.grad...), append([]float32(nil), c.b.grad...)
		c.forward(x, y, rows, true)
		c.backward(x, y, dy, nil, rows)
		F, C, K := c.out.c, c.in.c, c.k
		for r := 0; r < rows; r++ {
			for oy := 0; oy < c.out.h; oy++ {
				for ox := 0; ox < c.out.w; ox++ {
					at := r*c.Out() + (oy*c.out.w+ox)*F
					for f := 0; f < F; f++ {
						s := c.b.data[f]
						for ky := 0; ky < K; ky++ {
							for kx := 0; kx < K; kx++ {
								iy, ix := oy+ky-c.pad, ox+kx-c.pad
								if iy < 0 || iy >= c.in.h || ix < 0 || ix >= c.in.w {
									continue
								}
								for ch := 0; ch < C; ch++ {
									if v := x[r*c.In()+(iy*c.in.w+ix)*C+ch]; v != 0 {
										s += v * c.w.data[((f*K+ky)*K+kx)*C+ch]
									}
								}
							}
						}
						wantY[at+f] = s
					}
					kx0, kx1, ix0 := c.window(ox)
					ky0, ky1 := max(0, c.pad-oy), min(K, c.in.h+c.pad-oy)
					in := r*c.In() + ((oy-c.pad+ky0)*c.in.w+ix0)*C
					wk := (ky0*K + kx0) * C
					convBackFiltersGo(dy[at:at+F], wantGB, x[in:], c.in.w*C, c.w.data[wk:], wantGW[wk:], K*K*C, K*C, nil, 0, ky1-ky0, (kx1-kx0)*C)
				}
			}
		}
		what := fmt.Sprintf("%v %s: ", tt.in, formatConv([]convStage{tt.st}))
		sameBits(t, what+"y", y, wantY)
		sameBits(t, what+"gw", c.w.grad, wantGW)
		sameBits(t, what+"gb", c.b.grad, wantGB)
	}
}
