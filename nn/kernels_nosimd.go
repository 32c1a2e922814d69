//go:build !(js && wasm && wasmsimd)

package nn

// Without the browser's SIMD kernels (see kernels_simd.go) the Go loops do
// the work, but for Adam's update, the ReLU both ways and 2×2 max pooling
// in assembly on amd64 (kernels_amd64.go).

const haveSIMD = false

func fastDenseForward[T Float](x, w, b, y []T, rows, in, out int) bool { return false }

func fastDenseWeightGrad[T Float](x, dy, gw []T, rows, in, out int) bool { return false }

func fastDenseInputGrad[T Float](w, dy, dx []T, rows, in, out int) bool { return false }

func fastAdamStep[T Float](w, g, m, v []T, alpha, lambda T) (T, bool) {
	return adamStepAsm(w, g, m, v, alpha, lambda)
}

func fastConvForward[T Float](c *conv2d[T], x, y []T, rows int) bool { return false }

func fastConvBackward[T Float](c *conv2d[T], x, dy, dx []T, rows int) bool { return false }

func fastSGDStep[T Float](w, g []T, rate, lambda T) (T, bool) { return 0, false }

func fastMomentumStep[T Float](w, g, v []T, rate, lambda, mu T, nesterov bool) (T, bool) {
	return 0, false
}

func fastRMSPropStep[T Float](w, g, ms []T, rate, lambda T) (T, bool) { return 0, false }

func fastReLU[T Float](x, y []T) bool { return reluAsm(x, y) }

func fastReLUGrad[T Float](x, dy, dx []T) bool { return reluGradAsm(x, dy, dx) }

func fastMaxPool2[T Float](p *maxPool[T], x, y []T, rows int) bool {
	return maxPool2Asm(p, x, y, rows)
}
