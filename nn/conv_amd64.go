package nn

import "unsafe"

// cpuAVX2 (conv_amd64.s) reports whether this CPU and operating system
// run AVX2 instructions. amd64 guarantees SSE2 but not AVX2, so the AVX2
// kernels are chosen when the package starts (haveAVX2) and the SSE ones
// are the fallback; both give the Go loops' results bit for bit
// (TestConvAccumulate4MatchesGo, TestConvBackFiltersMatchesGo,
// TestConvGradRowMatchesGo).
func cpuAVX2() bool

// haveAVX2 is set once, when the package starts, and never changes.
var haveAVX2 = cpuAVX2()

// convAcc4x16AVX2 and convAcc4x8AVX2 (conv_amd64.s) compute
// convAccumulateGo for four output positions side by side, for 16 or 8 of
// their filters: four independent chains of sums where one position alone
// is one dependent chain, eight filters a register.
//
//go:noescape
func convAcc4x16AVX2(x *float32, xStride, c, rows, n int, w *float32, wStride, f int, y *float32)

//go:noescape
func convAcc4x8AVX2(x *float32, xStride, c, rows, n int, w *float32, wStride, f int, y *float32)

// convColumns returns how many output positions of a row convAccumulate4
// takes at once for f filters: 4 on a CPU with AVX2 for float32 and a
// multiple of 8 filters, else 0 (one position at a time).
func convColumns[T Float](f int) int {
	var zero T
	if haveAVX2 && unsafe.Sizeof(zero) == 4 && f > 0 && f%8 == 0 {
		return 4
	}
	return 0
}

// convGradRowAVX2 (conv_avx2_amd64.s) computes convGradRowGo for eight
// filters, their sums in registers over the row.
//
//go:noescape
func convGradRowAVX2(d *float32, f int, x *float32, c, cols, n int, gt, gb *float32)

// convGradRow does convGradRowGo; only when convColumns(f) is not 0 (AVX2,
// float32, f a multiple of 8), eight filters a call.
func convGradRow[T Float](d []T, f int, x []T, c, cols, n int, g, gb []T) {
	// bounds, before handing out addresses
	_, _, _ = d[(cols-1)*f+f-1], x[(cols-1)*c+n-1], g[(n-1)*f+f-1]
	var gbp *float32
	if gb != nil {
		_ = gb[f-1]
	}
	for j := 0; j < f; j += 8 {
		if gb != nil {
			gbp = p32(gb[j:])
		}
		convGradRowAVX2(p32(d[j:]), f, p32(x), c, cols, n, p32(g[j:]), gbp)
	}
}

// convAccumulate4 does convAccumulateGo for four output positions of a
// row whose windows are whole: position j's window starts at x[j·c], its f
// running sums are y[j·f : (j+1)·f]. Only when convColumns(f) is 4.
func convAccumulate4[T Float](x []T, xStride, c, rows, n int, w []T, wStride, f int, y []T) {
	if rows <= 0 || n <= 0 {
		return
	}
	// bounds, before handing out addresses
	_, _, _ = x[(rows-1)*xStride+3*c+n-1], w[(rows-1)*wStride+n*f-1], y[4*f-1]
	j := 0
	for ; j+16 <= f; j += 16 {
		convAcc4x16AVX2(p32(x), xStride, c, rows, n, p32(w[j:]), wStride, f, p32(y[j:]))
	}
	if j < f {
		convAcc4x8AVX2(p32(x), xStride, c, rows, n, p32(w[j:]), wStride, f, p32(y[j:]))
	}
}

// convAcc8SSE, convAcc16SSE and convAcc32SSE (conv_amd64.s) compute
// convAccumulateGo for 8, 16 and 32 filters, in two, four and eight
// registers of running sums, with the same results
// (TestConvAccumulateSSEMatchesGo). With them and
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

// convBackFiltersSSE (conv_amd64.s) computes convBackFiltersGo with the
// same results (TestConvBackFiltersSSEMatchesGo), the loop over a
// position's filters in the assembly too: one call and one set of bounds
// checks per position instead of per non-zero output gradient, whose
// updates are only 5 rows of 5 values in cnn's first layer.
//
//go:noescape
func convBackFiltersSSE(dp *float32, f int, gb, x *float32, xStride int, w, gw *float32, taps, wStride int, dx *float32, rows, n int)

//go:noescape
func convBackFiltersAVX2(dp *float32, f int, gb, x *float32, xStride int, w, gw *float32, taps, wStride int, dx *float32, rows, n int)

// convBackFilters runs convBackFiltersAVX2 (eight lanes at a time along
// a kernel row, where the second layer of cnn has rows of 40 values) on a
// CPU with AVX2, else convBackFiltersSSE.
func convBackFilters[T Float](dp, gb, x []T, xStride int, w, gw []T, taps, wStride int, dx []T, off, rows, n int) {
	convBackFiltersAsm(haveAVX2, dp, gb, x, xStride, w, gw, taps, wStride, dx, off, rows, n)
}

// convBackFiltersAsm is convBackFilters with the AVX2 kernel (avx2) or the
// SSE one.
func convBackFiltersAsm[T Float](avx2 bool, dp, gb, x []T, xStride int, w, gw []T, taps, wStride int, dx []T, off, rows, n int) {
	var zero T
	f := len(dp)
	if unsafe.Sizeof(zero) != 4 || f == 0 || rows <= 0 || n <= 0 {
		convBackFiltersGo(dp, gb, x, xStride, w, gw, taps, wStride, dx, off, rows, n)
		return
	}
	// bounds, before handing out addresses
	last := (rows-1)*xStride + n - 1
	lastW := (f-1)*taps + (rows-1)*wStride + n - 1
	_, _, _, _ = x[last], w[lastW], gw[lastW], gb[f-1]
	var dxp *float32
	if dx != nil {
		_ = dx[off+last]
		dxp = p32(dx[off:])
	}
	if avx2 {
		convBackFiltersAVX2(p32(dp), f, p32(gb), p32(x), xStride, p32(w), p32(gw), taps, wStride, dxp, rows, n)
		return
	}
	convBackFiltersSSE(p32(dp), f, p32(gb), p32(x), xStride, p32(w), p32(gw), taps, wStride, dxp, rows, n)
}
