package nn

import "unsafe"

// convAcc8SSE, convAcc16SSE and convAcc32SSE (conv_amd64.s) compute
// convAccumulateGo for 8, 16 and 32 filters, in two, four and eight
// registers of running sums, and
// convBackSSE computes convBackGo, with the same results
// (TestConvAccumulateSSEMatchesGo, TestConvBackSSEMatchesGo). With them and
// one call per output position instead of one per kernel row, the cnn
// preset's training step ran about twice as fast natively.
//
//go:noescape
func convAcc8SSE(x *float32, xStride, rows, n int, w *float32, wStride int, y *float32)

//go:noescape
func convAcc16SSE(x *float32, xStride, rows, n int, w *float32, wStride int, y *float32)

//go:noescape
func convAcc32SSE(x *float32, xStride, rows, n int, w *float32, wStride int, y *float32)

func convAccumulate[T Float](x []T, xStride, rows, n int, w []T, wStride int, y []T) {
	var zero T
	f := len(y)
	if unsafe.Sizeof(zero) != 4 || rows <= 0 || n <= 0 || (f != 8 && f != 16 && f != 32) {
		convAccumulateGo(x, xStride, rows, n, w, wStride, y)
		return
	}
	// bounds, before handing out addresses
	_, _ = x[(rows-1)*xStride+n-1], w[(rows-1)*wStride+n*f-1]
	switch f {
	case 8:
		convAcc8SSE(p32(x), xStride, rows, n, p32(w), wStride, p32(y))
	case 16:
		convAcc16SSE(p32(x), xStride, rows, n, p32(w), wStride, p32(y))
	default:
		convAcc32SSE(p32(x), xStride, rows, n, p32(w), wStride, p32(y))
	}
}

//go:noescape
func convBackSSE(d float32, x *float32, xStride int, w, gw *float32, wStride int, dx *float32, rows, n int)

func convBack[T Float](d T, x []T, xStride int, w, gw []T, wStride int, dx []T, off, rows, n int) {
	var zero T
	if unsafe.Sizeof(zero) != 4 || rows <= 0 || n <= 0 {
		convBackGo(d, x, xStride, w, gw, wStride, dx, off, rows, n)
		return
	}
	// bounds, before handing out addresses
	last := (rows-1)*xStride + n - 1
	_, _, _ = x[last], w[(rows-1)*wStride+n-1], gw[(rows-1)*wStride+n-1]
	var dxp *float32
	if dx != nil {
		_ = dx[off+last]
		dxp = p32(dx[off:])
	}
	convBackSSE(float32(d), p32(x), xStride, p32(w), p32(gw), wStride, dxp, rows, n)
}
