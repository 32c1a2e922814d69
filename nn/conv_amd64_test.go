package nn

import (
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

// convBack's assembly promises convBackGo's results bit for bit, with and
// without an input gradient.
func TestConvBackSSEMatchesGo(t *testing.T) {
	for _, tt := range []struct{ rows, n, xStride, wStride int }{
		{1, 1, 1, 1}, {5, 5, 28, 25}, {5, 3, 28, 5}, {5, 40, 96, 40}, {3, 7, 10, 9}, {2, 16, 20, 16},
	} {
		for _, withDx := range []bool{false, true} {
			const off = 3
			size := off + (tt.rows-1)*max(tt.xStride, tt.wStride) + tt.n
			x, w := sparse(1, size, 0), sparse(2, size, 0)
			gw1, gw2 := sparse(3, size, 0), sparse(3, size, 0)
			var dx1, dx2 []float32
			if withDx {
				dx1, dx2 = sparse(4, size, 0), sparse(4, size, 0)
			}
			convBack(float32(0.37), x, tt.xStride, w, gw1, tt.wStride, dx1, off, tt.rows, tt.n)
			convBackGo(float32(0.37), x, tt.xStride, w, gw2, tt.wStride, dx2, off, tt.rows, tt.n)
			sameBits(t, "gw", gw1, gw2)
			sameBits(t, "dx", dx1, dx2)
			if slicesEqualBits(gw1, sparse(3, size, 0)) {
				t.Fatalf("%+v: nothing was added", tt)
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
