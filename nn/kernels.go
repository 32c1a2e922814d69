package nn

// Float is the element type of a network: float32 for training and
// inference, float64 for the gradient check.
type Float interface{ ~float32 | ~float64 }

// The kernels below are the package's hot loops in Go. They are written
// for the Go compiler's bounds-check elimination and unrolled, because
// WebAssembly gets no SIMD from Go; on amd64 the float32 axpy goes to
// gonum's assembly instead and dot and Adam to ours (kernels_amd64.go), and
// the browser's training worker has SIMD kernels for the widest loops
// (kernels_simd.go).

// axpyGo computes y += a·x over len(x) elements; y must be at least as long.
// Unrolling by 16 measured 3.7x faster than the plain loop in WebAssembly
// under node (and 1.6x faster than by 4) for 128 elements: fewer loop and
// bounds checks per element.
func axpyGo[T Float](a T, x, y []T) {
	y = y[:len(x)]
	i := 0
	for ; i+16 <= len(x); i += 16 {
		xs, ys := x[i:i+16:i+16], y[i:i+16:i+16]
		ys[0] += a * xs[0]
		ys[1] += a * xs[1]
		ys[2] += a * xs[2]
		ys[3] += a * xs[3]
		ys[4] += a * xs[4]
		ys[5] += a * xs[5]
		ys[6] += a * xs[6]
		ys[7] += a * xs[7]
		ys[8] += a * xs[8]
		ys[9] += a * xs[9]
		ys[10] += a * xs[10]
		ys[11] += a * xs[11]
		ys[12] += a * xs[12]
		ys[13] += a * xs[13]
		ys[14] += a * xs[14]
		ys[15] += a * xs[15]
	}
	for ; i+4 <= len(x); i += 4 {
		xs, ys := x[i:i+4:i+4], y[i:i+4:i+4]
		ys[0] += a * xs[0]
		ys[1] += a * xs[1]
		ys[2] += a * xs[2]
		ys[3] += a * xs[3]
	}
	for ; i < len(x); i++ {
		y[i] += a * x[i]
	}
}

// dotGo returns Σ x[i]·y[i] over len(x) elements, accumulated in four
// independent partial sums so that the additions pipeline.
func dotGo[T Float](x, y []T) T {
	y = y[:len(x)]
	var s0, s1, s2, s3 T
	i := 0
	for ; i+4 <= len(x); i += 4 {
		xs, ys := x[i:i+4:i+4], y[i:i+4:i+4]
		s0 += xs[0] * ys[0]
		s1 += xs[1] * ys[1]
		s2 += xs[2] * ys[2]
		s3 += xs[3] * ys[3]
	}
	for ; i < len(x); i++ {
		s0 += x[i] * y[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// The last layer of every network is ten wide (the classes). For a layer so
// narrow, the calls into axpy and dot cost more than their ten
// multiply-adds: in WebAssembly the 128→10 layer took 16% of a training
// step, for 1% of its arithmetic. The kernels below keep the ten values of
// a row in locals instead. They compute exactly what the dense layer's
// general loops compute, in the same order, so results do not change.

// forwardRow10 writes y = b + Σ x[i]·w[i,:] for a 10-wide w, skipping zero
// inputs like the general loop.
func forwardRow10[T Float](x, w, b, y []T) {
	bs, ys := (*[10]T)(b), (*[10]T)(y)
	y0, y1, y2, y3, y4, y5, y6, y7, y8, y9 := bs[0], bs[1], bs[2], bs[3], bs[4], bs[5], bs[6], bs[7], bs[8], bs[9]
	w = w[:len(x)*10]
	for i, a := range x {
		if a == 0 {
			continue
		}
		wr := (*[10]T)(w[i*10:])
		y0 += a * wr[0]
		y1 += a * wr[1]
		y2 += a * wr[2]
		y3 += a * wr[3]
		y4 += a * wr[4]
		y5 += a * wr[5]
		y6 += a * wr[6]
		y7 += a * wr[7]
		y8 += a * wr[8]
		y9 += a * wr[9]
	}
	ys[0], ys[1], ys[2], ys[3], ys[4], ys[5], ys[6], ys[7], ys[8], ys[9] = y0, y1, y2, y3, y4, y5, y6, y7, y8, y9
}

// backwardRow10 adds x[i]·dy to row i of the 10-wide weight gradient gw
// for every non-zero x[i] and, when dx is not nil, writes dx[i] = w[i,:]·dy
// summed in dotGo's order.
func backwardRow10[T Float](x, dy, w, gw, dx []T) {
	ds := (*[10]T)(dy)
	d0, d1, d2, d3, d4, d5, d6, d7, d8, d9 := ds[0], ds[1], ds[2], ds[3], ds[4], ds[5], ds[6], ds[7], ds[8], ds[9]
	gw = gw[:len(x)*10]
	for i, a := range x {
		if a == 0 {
			continue
		}
		g := (*[10]T)(gw[i*10:])
		g[0] += a * d0
		g[1] += a * d1
		g[2] += a * d2
		g[3] += a * d3
		g[4] += a * d4
		g[5] += a * d5
		g[6] += a * d6
		g[7] += a * d7
		g[8] += a * d8
		g[9] += a * d9
	}
	if dx == nil {
		return
	}
	w = w[:len(dx)*10]
	for i := range dx {
		wr := (*[10]T)(w[i*10:])
		var s0, s1, s2, s3 T
		s0 += wr[0] * d0
		s1 += wr[1] * d1
		s2 += wr[2] * d2
		s3 += wr[3] * d3
		s0 += wr[4] * d4
		s1 += wr[5] * d5
		s2 += wr[6] * d6
		s3 += wr[7] * d7
		s0 += wr[8] * d8
		s0 += wr[9] * d9
		dx[i] = (s0 + s1) + (s2 + s3)
	}
}

// SIMD reports whether the dense layers and Adam run on the browser
// worker's SIMD kernels (kernels_simd.go): only in a WebAssembly build with
// -tags wasmsimd whose host linked them. Results are the same either way;
// speed is not.
func SIMD() bool { return haveSIMD }
