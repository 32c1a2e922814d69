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

func dot[T Float](x, y []T) T { return dotGo(x, y) }
