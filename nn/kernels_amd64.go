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
