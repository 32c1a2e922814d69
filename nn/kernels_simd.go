//go:build js && wasm && wasmsimd

package nn

import "unsafe"

// In the browser's training worker (built with -tags wasmsimd) the loops
// that take most of a step (the dense layers' forward pass, weight gradient
// and input gradient, the convolutions' forward and backward passes, ReLU
// both ways, 2×2 max pooling, and the optimizers' updates) run in a small
// hand-written WebAssembly module with 128-bit SIMD,
// wasm/kernels/kernels.wat, which works on Go's memory in place. The host (public/worker.js) instantiates it next to the Go module
// and answers kernels.ready with 1 once it has; a browser without
// WebAssembly SIMD answers 0 and the Go loops run instead. The kernels do
// each lane's float32 operations in the Go loops' order, so results are
// bit for bit the same either way (TestSIMD* in kernels_simd_test.go).

//go:wasmimport kernels ready
func kernelsReady() int32

//go:wasmimport kernels denseForward
func simdDenseForward(x, w, b, y unsafe.Pointer, rows, in, out int32)

//go:wasmimport kernels denseWeightGrad
func simdDenseWeightGrad(x, dy, gw unsafe.Pointer, rows, in, out int32)

//go:wasmimport kernels denseInputGrad
func simdDenseInputGrad(w, dy, dx unsafe.Pointer, rows, in, out int32)

//go:wasmimport kernels adam
func simdAdam(w, g, m, v unsafe.Pointer, n int32, alpha, lambda float32) float32

//go:wasmimport kernels sgd
func simdSGD(w, g unsafe.Pointer, n int32, rate, lambda float32) float32

//go:wasmimport kernels momentum
func simdMomentum(w, g, v unsafe.Pointer, n int32, rate, lambda, mu float32, nesterov int32) float32

//go:wasmimport kernels rmsprop
func simdRMSProp(w, g, ms unsafe.Pointer, n int32, rate, lambda float32) float32

//go:wasmimport kernels convForward
func simdConvForward(x, wt, b, y, nz unsafe.Pointer, rows, inH, inW, inC, outH, outW, filters, k, pad int32)

//go:wasmimport kernels convBackward
func simdConvBackward(x, w, gw, gb, dy, dx, nz unsafe.Pointer, rows, inH, inW, inC, outH, outW, filters, k, pad int32)

//go:wasmimport kernels relu
func simdReLU(x, y unsafe.Pointer, n int32)

//go:wasmimport kernels reluGrad
func simdReLUGrad(x, dy, dx unsafe.Pointer, n int32)

//go:wasmimport kernels maxPool2
func simdMaxPool2(x, y, arg unsafe.Pointer, rows, inH, inW, c int32)

// haveSIMD is decided once, when the package starts.
var haveSIMD = kernelsReady() == 1

// f32 returns s as a []float32 when T is float32.
func f32[T Float](s []T) ([]float32, bool) {
	f, ok := any(s).([]float32)
	return f, ok
}

func ptr(s []float32) unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(s)) }

// fastDenseForward computes the dense layer's forward pass for rows rows if
// the SIMD kernels can, and reports whether they did.
func fastDenseForward[T Float](x, w, b, y []T, rows, in, out int) bool {
	xf, ok := f32(x)
	if !haveSIMD || !ok || out%4 != 0 || rows <= 0 {
		return false
	}
	wf, _ := f32(w)
	bf, _ := f32(b)
	yf, _ := f32(y)
	_, _, _, _ = xf[rows*in-1], wf[in*out-1], bf[out-1], yf[rows*out-1] // bounds, before handing out addresses
	simdDenseForward(ptr(xf), ptr(wf), ptr(bf), ptr(yf), int32(rows), int32(in), int32(out))
	return true
}

// fastDenseWeightGrad adds the dense layer's weight gradient for rows rows
// if the SIMD kernels can, and reports whether they did.
func fastDenseWeightGrad[T Float](x, dy, gw []T, rows, in, out int) bool {
	xf, ok := f32(x)
	if !haveSIMD || !ok || out%4 != 0 || rows <= 0 {
		return false
	}
	dyf, _ := f32(dy)
	gwf, _ := f32(gw)
	_, _, _ = xf[rows*in-1], dyf[rows*out-1], gwf[in*out-1]
	simdDenseWeightGrad(ptr(xf), ptr(dyf), ptr(gwf), int32(rows), int32(in), int32(out))
	return true
}

// fastDenseInputGrad writes the dense layer's input gradient for rows rows
// if the SIMD kernels can, and reports whether they did.
func fastDenseInputGrad[T Float](w, dy, dx []T, rows, in, out int) bool {
	wf, ok := f32(w)
	if !haveSIMD || !ok || out%4 != 0 || rows <= 0 {
		return false
	}
	dyf, _ := f32(dy)
	dxf, _ := f32(dx)
	_, _, _ = wf[in*out-1], dyf[rows*out-1], dxf[rows*in-1]
	simdDenseInputGrad(ptr(wf), ptr(dyf), ptr(dxf), int32(rows), int32(in), int32(out))
	return true
}

// The optimizer steps below run the SIMD kernel when they can (float32
// tensors whose length is a multiple of 4); ok reports whether it ran.

// updatable returns w as []float32 when the kernels can update it.
func updatable[T Float](w []T) ([]float32, bool) {
	wf, ok := f32(w)
	return wf, haveSIMD && ok && len(w) > 0 && len(w)%4 == 0
}

// state returns s, the same length as w, as []float32.
func state[T Float](s []T, n int) []float32 {
	f, _ := f32(s)
	_ = f[n-1] // bounds, before handing out the address
	return f
}

func fastAdamStep[T Float](w, g, m, v []T, alpha, lambda T) (sum T, ok bool) {
	wf, ok := updatable(w)
	if !ok {
		return 0, false
	}
	n := len(wf)
	return T(simdAdam(ptr(wf), ptr(state(g, n)), ptr(state(m, n)), ptr(state(v, n)), int32(n), float32(alpha), float32(lambda))), true
}

func fastSGDStep[T Float](w, g []T, rate, lambda T) (sum T, ok bool) {
	wf, ok := updatable(w)
	if !ok {
		return 0, false
	}
	n := len(wf)
	return T(simdSGD(ptr(wf), ptr(state(g, n)), int32(n), float32(rate), float32(lambda))), true
}

func fastMomentumStep[T Float](w, g, v []T, rate, lambda, mu T, nesterov bool) (sum T, ok bool) {
	wf, ok := updatable(w)
	if !ok {
		return 0, false
	}
	n := len(wf)
	var nest int32
	if nesterov {
		nest = 1
	}
	return T(simdMomentum(ptr(wf), ptr(state(g, n)), ptr(state(v, n)), int32(n), float32(rate), float32(lambda), float32(mu), nest)), true
}

func fastRMSPropStep[T Float](w, g, ms []T, rate, lambda T) (sum T, ok bool) {
	wf, ok := updatable(w)
	if !ok {
		return 0, false
	}
	n := len(wf)
	return T(simdRMSProp(ptr(wf), ptr(state(g, n)), ptr(state(ms, n)), int32(n), float32(rate), float32(lambda))), true
}

// convSIMD reports whether the SIMD kernels can run c's passes: float32
// values and a filter count that is a multiple of 4.
func convSIMD[T Float](c *conv2d[T], rows int) bool {
	_, ok := f32(c.wt)
	return haveSIMD && ok && c.out.c%4 == 0 && rows > 0
}

// fastConvForward computes c's forward pass for rows rows, from the
// transposed weights c.wt and with c.nz for the list of an image's
// non-zero inputs, if the SIMD kernels can, and reports whether they did.
func fastConvForward[T Float](c *conv2d[T], x, y []T, rows int) bool {
	if !convSIMD(c, rows) {
		return false
	}
	xf, _ := f32(x)
	yf, _ := f32(y)
	wtf, _ := f32(c.wt)
	bf, _ := f32(c.b.data)
	_, _, _, _ = xf[rows*c.in.size()-1], yf[rows*c.out.size()-1], wtf[len(c.w.data)-1], bf[c.out.c-1] // bounds, before handing out addresses
	_ = c.nz[nzLen(c.in, c.out)-1]
	simdConvForward(ptr(xf), ptr(wtf), ptr(bf), ptr(yf), unsafe.Pointer(unsafe.SliceData(c.nz)), int32(rows),
		int32(c.in.h), int32(c.in.w), int32(c.in.c), int32(c.out.h), int32(c.out.w), int32(c.out.c), int32(c.k), int32(c.pad))
	return true
}

// fastConvBackward computes c's backward pass for rows rows (dx may be
// nil; without it, for a valid convolution, the kernel lists an output
// row's non-zero gradients in c.nz first) if the SIMD kernels can, and
// reports whether they did.
func fastConvBackward[T Float](c *conv2d[T], x, dy, dx []T, rows int) bool {
	if !convSIMD(c, rows) {
		return false
	}
	xf, _ := f32(x)
	dyf, _ := f32(dy)
	wf, _ := f32(c.w.data)
	gwf, _ := f32(c.w.grad)
	gbf, _ := f32(c.b.grad)
	n := len(wf)
	_, _, _, _ = xf[rows*c.in.size()-1], dyf[rows*c.out.size()-1], gwf[n-1], gbf[c.out.c-1] // bounds, before handing out addresses
	var dxp unsafe.Pointer
	if dx != nil {
		dxf, _ := f32(dx)
		_ = dxf[rows*c.in.size()-1]
		dxp = ptr(dxf)
	}
	_ = c.nz[nzLen(c.in, c.out)-1]
	simdConvBackward(ptr(xf), ptr(wf), ptr(gwf), ptr(gbf), ptr(dyf), dxp, unsafe.Pointer(unsafe.SliceData(c.nz)), int32(rows),
		int32(c.in.h), int32(c.in.w), int32(c.in.c), int32(c.out.h), int32(c.out.w), int32(c.out.c), int32(c.k), int32(c.pad))
	return true
}

// fastReLU writes y = max(x, 0) as the ReLU's Go loop does (len(y) ≥
// len(x)) if the SIMD kernels can, and reports whether they did.
func fastReLU[T Float](x, y []T) bool {
	xf, ok := f32(x)
	if !haveSIMD || !ok || len(x) == 0 {
		return false
	}
	yf, _ := f32(y)
	_ = yf[len(xf)-1] // bounds, before handing out addresses
	simdReLU(ptr(xf), ptr(yf), int32(len(xf)))
	return true
}

// fastReLUGrad writes the ReLU's input gradient dx from its input x and
// output gradient dy (each at least len(x) long) if the SIMD kernels can,
// and reports whether they did.
func fastReLUGrad[T Float](x, dy, dx []T) bool {
	xf, ok := f32(x)
	if !haveSIMD || !ok || len(x) == 0 {
		return false
	}
	dyf, _ := f32(dy)
	dxf, _ := f32(dx)
	_, _ = dyf[len(xf)-1], dxf[len(xf)-1]
	simdReLUGrad(ptr(xf), ptr(dyf), ptr(dxf), int32(len(xf)))
	return true
}

// fastMaxPool2 runs p's 2×2 forward pass for rows rows if the SIMD kernels
// can (float32 values, channels a multiple of 4), and reports whether they
// did.
func fastMaxPool2[T Float](p *maxPool[T], x, y []T, rows int) bool {
	xf, ok := f32(x)
	if !haveSIMD || !ok || p.in.c%4 != 0 || rows <= 0 {
		return false
	}
	yf, _ := f32(y)
	_, _, _ = xf[rows*p.in.size()-1], yf[rows*p.out.size()-1], p.arg[rows*p.out.size()-1]
	simdMaxPool2(ptr(xf), ptr(yf), unsafe.Pointer(unsafe.SliceData(p.arg)), int32(rows), int32(p.in.h), int32(p.in.w), int32(p.in.c))
	return true
}
