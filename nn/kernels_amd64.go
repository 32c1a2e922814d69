package nn

import (
	"unsafe"

	"gonum.org/v1/gonum/blas/gonum"
)

// On amd64 gonum's SSE assembly does the float32 axpy about twice as fast as
// the unrolled Go loop. Element by element it computes the same y += a·x
// (no fused multiply-add), so results match the portable kernel exactly.
var blas32 gonum.Implementation

func axpy[T Float](a T, x, y []T) {
	var zero T
	if unsafe.Sizeof(zero) == 4 && len(x) > 0 {
		xs := unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
		ys := unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(y))), len(y))
		blas32.Saxpy(len(xs), float32(a), xs, 1, ys, 1)
		return
	}
	axpyGo(a, x, y)
}

// dotSSE and adamSSE (kernels_amd64.s) compute dotGo and adamLoop on
// float32 four lanes at a time, in the same order, so results match the Go
// loops exactly (TestDotSSEMatchesGo, TestAdamSSEMatchesGo). In Go's loops
// the dense input gradient and Adam's update are a third of a native
// training step; these kernels make the whole step about 1.35 times as fast.
//
//go:noescape
func dotSSE(x, y *float32, n int) float32

//go:noescape
func adamSSE(w, grad, m, v *float32, n int, alpha, lambda float32) float32

// p32 returns the address of s's first element as a *float32; T must be
// float32.
func p32[T Float](s []T) *float32 { return (*float32)(unsafe.Pointer(unsafe.SliceData(s))) }

func dot[T Float](x, y []T) T {
	var zero T
	if unsafe.Sizeof(zero) == 4 && len(x) > 0 {
		y = y[:len(x)]
		return T(dotSSE(p32(x), p32(y), len(x)))
	}
	return dotGo(x, y)
}

// adamStepAsm runs adamSSE on a float32 tensor whose length is a multiple
// of 4 and reports whether it did.
func adamStepAsm[T Float](w, g, m, v []T, alpha, lambda T) (T, bool) {
	var zero T
	n := len(w)
	if unsafe.Sizeof(zero) != 4 || n == 0 || n%4 != 0 {
		return 0, false
	}
	g, m, v = g[:n], m[:n], v[:n]
	return T(adamSSE(p32(w), p32(g), p32(m), p32(v), n, float32(alpha), float32(lambda))), true
}

// reluSSE, reluGradSSE and maxPool2RowSSE (kernels_amd64.s) compute the
// ReLU's loops both ways and a row of maxPool.forward2 four values at a
// time, with the same results (TestReLUSSEMatchesGo,
// TestMaxPool2SSEMatchesGo): in Go their branches on the data were a
// quarter of a native training step of cnn. SSE2, which every amd64 CPU
// has.
//
//go:noescape
func reluSSE(x, y *float32, n int)

//go:noescape
func reluGradSSE(x, dy, dx *float32, n int)

//go:noescape
func maxPool2RowSSE(top, y *float32, arg *int32, cols, c, rowLen, base int)

// reluAsm writes y = max(x, 0) as the ReLU's Go loop does (len(y) ≥
// len(x)) for float32 and reports whether it did.
func reluAsm[T Float](x, y []T) bool {
	var zero T
	if unsafe.Sizeof(zero) != 4 || len(x) == 0 {
		return false
	}
	_ = y[len(x)-1] // bounds, before handing out addresses
	reluSSE(p32(x), p32(y), len(x))
	return true
}

// reluGradAsm writes the ReLU's input gradient for float32 and reports
// whether it did.
func reluGradAsm[T Float](x, dy, dx []T) bool {
	var zero T
	if unsafe.Sizeof(zero) != 4 || len(x) == 0 {
		return false
	}
	_, _ = dy[len(x)-1], dx[len(x)-1]
	reluGradSSE(p32(x), p32(dy), p32(dx), len(x))
	return true
}

// maxPool2Asm runs p's 2×2 forward pass for float32 and channels a
// multiple of 4, row of outputs by row, and reports whether it did.
func maxPool2Asm[T Float](p *maxPool[T], x, y []T, rows int) bool {
	var zero T
	C := p.in.c
	if unsafe.Sizeof(zero) != 4 || C%4 != 0 || rows <= 0 || p.out.h == 0 || p.out.w == 0 {
		return false
	}
	inSize, outSize, rowLen, outRow := p.in.size(), p.out.size(), p.in.w*C, p.out.w*C
	for r := 0; r < rows; r++ {
		xr := x[r*inSize : (r+1)*inSize]
		yr := y[r*outSize : (r+1)*outSize]
		arg := p.arg[r*outSize : (r+1)*outSize]
		for oy := 0; oy < p.out.h; oy++ {
			top := 2 * oy * rowLen
			// bounds, before handing out addresses: the last output's
			// bottom-right value, its output and index
			_, _, _ = xr[top+rowLen+(2*p.out.w-1)*C+C-1], yr[(oy+1)*outRow-1], arg[(oy+1)*outRow-1]
			maxPool2RowSSE(p32(xr[top:]), p32(yr[oy*outRow:]), &arg[oy*outRow], p.out.w, C, rowLen, top)
		}
	}
	return true
}
