package nn

import (
	"fmt"
	"math"
	"testing"
)

// The SSE convolution kernels promise convAccumulateGo's results bit for
// bit, zero skipping included: -0 is skipped like 0, NaN is not.
func TestConvAccumulateSSEMatchesGo(t *testing.T) {
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, f := range []int{8, 16, 32} {
		for _, tt := range []struct{ rows, n, xStride, wStride int }{
			{1, 1, 1, 1}, {5, 5, 28, 5 * 5 * 8}, {3, 40, 96, 200}, {1, 200, 200, 200}, {2, 0, 4, 4}, {0, 4, 4, 4},
		} {
			for _, special := range []float32{1, negZero, nan} {
				size := max(1, (tt.rows-1)*tt.xStride+tt.n)
				x, w := sparse(uint64(tt.n), size, 0.5), sparse(uint64(tt.n)+7, size*tt.wStride*f, 0)
				x[size/2] = special
				got, want := sparse(3, f, 0), sparse(3, f, 0)
				got[0], want[0] = negZero, negZero // -0 + 0·w is +0 unless skipped
				convAccumulate(x, tt.xStride, tt.rows, tt.n, w, tt.wStride*f, got)
				convAccumulateGo(x, tt.xStride, tt.rows, tt.n, w, tt.wStride*f, want)
				for i := range want {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Errorf("f=%d %+v x[%d]=%v: y[%d] = %v, the Go loop gives %v", f, tt, size/2, special, i, got[i], want[i])
					}
				}
			}
		}
	}
}

// convBackFilters' assembly, SSE and (on a CPU that has it) AVX2,
// promises convBackFiltersGo's results bit for bit, with and without an
// input gradient, zero output gradients skipped (-0 too, NaN not: the bias
// gradient shows which were added); rows of n values take every mix of
// eight, four and one lanes.
func TestConvBackFiltersMatchesGo(t *testing.T) {
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, tt := range []struct{ f, rows, n, xStride, wStride int }{
		{1, 1, 1, 1, 1}, {8, 5, 5, 28, 5}, {8, 5, 3, 28, 5}, {16, 5, 40, 96, 40}, {3, 3, 7, 10, 9}, {32, 2, 16, 20, 16},
		{4, 2, 8, 9, 8}, {4, 2, 12, 13, 12}, {5, 3, 15, 20, 15}, {2, 1, 36, 40, 36},
	} {
		for _, c := range [][2]bool{{false, false}, {false, true}, {true, false}, {true, true}} {
			avx2, withDx := c[0], c[1]
			if avx2 && !haveAVX2 {
				continue
			}
			const off = 3
			taps := tt.rows*tt.wStride + 2
			size := off + (tt.rows-1)*tt.xStride + tt.n
			x, w := sparse(1, size, 0), sparse(2, tt.f*taps, 0)
			dp := sparse(5, tt.f, 0.5)
			dp[0] = 1
			if tt.f > 2 {
				dp[1], dp[2] = negZero, nan
			}
			gw1, gw2 := sparse(3, tt.f*taps, 0), sparse(3, tt.f*taps, 0)
			gb1, gb2 := sparse(6, tt.f, 0), sparse(6, tt.f, 0)
			var dx1, dx2 []float32
			if withDx {
				dx1, dx2 = sparse(4, size, 0), sparse(4, size, 0)
			}
			convBackFiltersAsm(avx2, dp, gb1, x, tt.xStride, w, gw1, taps, tt.wStride, dx1, off, tt.rows, tt.n)
			convBackFiltersGo(dp, gb2, x, tt.xStride, w, gw2, taps, tt.wStride, dx2, off, tt.rows, tt.n)
			what := fmt.Sprintf("%+v avx2=%v dx=%v: ", tt, avx2, withDx)
			sameBits(t, what+"gw", gw1, gw2)
			sameBits(t, what+"gb", gb1, gb2)
			sameBits(t, what+"dx", dx1, dx2)
			if slicesEqualBits(gw1, sparse(3, tt.f*taps, 0)) {
				t.Fatalf("%s: nothing was added", what)
			}
		}
	}
}

func slicesEqualBits(a, b []float32) bool {
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// The AVX2 kernels for four output positions promise convAccumulate4Go's
// results bit for bit: each position's sums in the Go loop's order, zero
// inputs skipped per position (-0 too, NaN not), and a step whose four
// inputs are all zero skipped. f covers the 16-filter kernel, the
// 8-filter one and both together; c > 1 puts the positions' inputs apart.
func TestConvAccumulate4MatchesGo(t *testing.T) {
	if !haveAVX2 {
		t.Skip("this CPU has no AVX2: the SSE kernels run (TestConvAccumulateSSEMatchesGo)")
	}
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, f := range []int{8, 16, 24, 32} {
		for _, tt := range []struct{ c, rows, n, xStride int }{
			{1, 5, 5, 28}, {8, 5, 40, 96}, {1, 1, 1, 4}, {3, 3, 9, 30}, {16, 2, 80, 192},
		} {
			for _, zeros := range []float64{0, 0.8} {
				for _, special := range []float32{1, negZero, nan} {
					wStride := tt.n * f * 2
					size := (tt.rows-1)*tt.xStride + 3*tt.c + tt.n
					x, w := sparse(uint64(tt.n), size, zeros), sparse(uint64(tt.n)+7, tt.rows*wStride, 0)
					x[size/2] = special
					got, want := sparse(3, 4*f, 0), sparse(3, 4*f, 0)
					got[0], want[0] = negZero, negZero // -0 + 0·w is +0 unless skipped
					got[f+1], want[f+1] = negZero, negZero
					convAccumulate4(x, tt.xStride, tt.c, tt.rows, tt.n, w, wStride, f, got)
					convAccumulate4Go(x, tt.xStride, tt.c, tt.rows, tt.n, w, wStride, f, want)
					sameBits(t, fmt.Sprintf("f=%d %+v zeros=%v x[%d]=%v: y", f, tt, zeros, size/2, special), got, want)
				}
			}
		}
	}
}

// The AVX2 row kernel of the first layer's weight gradient promises
// convGradRowGo's results bit for bit: zero output gradients skipped (-0
// too, NaN not), with and without the bias gradient, for every count of
// inputs it keeps in registers and filter counts of one and two groups;
// a NaN input times a zero gradient stays out of the sums.
func TestConvGradRowMatchesGo(t *testing.T) {
	if !haveAVX2 {
		t.Skip("this CPU has no AVX2: the first layer's gradient runs in backward's loop")
	}
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, f := range []int{8, 16} {
		for _, tt := range []struct{ c, cols, n int }{{1, 24, 5}, {1, 3, 1}, {8, 8, 8}, {3, 5, 7}, {2, 1, 4}} {
			for _, withGB := range []bool{false, true} {
				d := sparse(1, tt.cols*f, 0.7)
				d[0], d[len(d)-1] = negZero, nan
				for p := 0; p < tt.cols; p++ {
					d[p*f+3] = 0 // filter 3's sums keep their -0 and NaN·0 stays out
				}
				x := sparse(2, (tt.cols-1)*tt.c+tt.n, 0.3)
				x[len(x)/2] = nan
				g1, g2 := sparse(3, tt.n*f, 0), sparse(3, tt.n*f, 0)
				g1[3], g2[3] = negZero, negZero
				var gb1, gb2 []float32
				if withGB {
					gb1, gb2 = sparse(4, f, 0), sparse(4, f, 0)
					gb1[0], gb2[0] = negZero, negZero
				}
				convGradRow(d, f, x, tt.c, tt.cols, tt.n, g1, gb1)
				convGradRowGo(d, f, x, tt.c, tt.cols, tt.n, g2, gb2)
				what := fmt.Sprintf("f=%d %+v gb=%v: ", f, tt, withGB)
				sameBits(t, what+"g", g1, g2)
				sameBits(t, what+"gb", gb1, gb2)
			}
		}
	}
}
