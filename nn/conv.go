package nn

// conv2d is a 2-D convolution with stride 1 (a cross-correlation, as every
// framework computes it): for each output position and filter f,
//
//	y[oy,ox,f] = b[f] + Σ_{ky,kx,c} w[f,ky,kx,c] · x[oy+ky−pad, ox+kx−pad, c]
//
// where positions outside the input count as zero: pad is 0 for a valid
// convolution, (k−1)/2 for a same one (the output keeps the input's size;
// an even kernel pads one more on the bottom and right, as TensorFlow and
// PyTorch do). Values are HWC (see shape). The weights are stored filter
// by filter, each filter ky, kx, c, so that the window of one filter row
// over an input row is contiguous in both.
//
// Both passes skip zeros, as the dense layer does: the forward pass skips
// zero inputs (most MNIST pixels and ReLU outputs), the backward pass zero
// output gradients (after max pooling, three in four). The forward pass
// reads the weights transposed (ky, kx, c, then filter), so that one input
// value meets all filters in one contiguous run; wt holds that copy, made
// at each forward pass from the current weights.
//
// Natively the inner loops run in assembly on amd64 (conv_amd64.go): AVX2
// where the CPU has it, four output positions side by side forward and a
// row of positions at a time for the first layer's weight gradient, else
// SSE. In the browser's training worker whole passes run in the SIMD
// kernels (kernels_simd.go), one call per layer and batch; with four
// lanes instead of eight, their forward pass lists each image's non-zero
// inputs first (in nz) and sums only those, where a dense loop would
// mask the zeros out. All give the Go loops' results bit for bit.
type conv2d[T Float] struct {
	in, out shape
	k, pad  int
	w, b    *param[T]
	wt      []T
	// gwt is the weight gradient transposed like wt, where the first
	// layer's backward pass adds to it (backwardFilters).
	gwt []T
	// nz is the SIMD kernels' list of an image's non-zero inputs (forward)
	// or of an output row's non-zero gradients (backward without dx), see
	// kernels_simd.go; nzLen(in, out) words.
	nz []int32
}

// nzLen returns the words of conv2d.nz for inputs of shape in and outputs
// of shape out: forward, an entry (value and three byte offsets) per
// input and a column start per column and row, plus one per row; backward, five words
// per output of a row.
func nzLen(in, out shape) int { return max(4*in.size()+in.h*(in.w+1), 5*out.w*out.c) }

func newConv2d[T Float](in shape, st convStage) *conv2d[T] {
	k, f := st.kernel, st.filters
	c := &conv2d[T]{in: in, out: shape{in.h, in.w, f}, k: k}
	if st.same {
		c.pad = (k - 1) / 2
	} else {
		c.out.h, c.out.w = in.h-k+1, in.w-k+1
	}
	n := f * k * k * in.c
	fanIn, fanOut := in.c*k*k, f*k*k
	c.w = &param[T]{data: make([]T, n), grad: make([]T, n), weight: true, fanIn: fanIn, fanOut: fanOut}
	c.b = &param[T]{data: make([]T, f), grad: make([]T, f), fanIn: fanIn, fanOut: fanOut}
	c.wt = make([]T, n)
	c.gwt = make([]T, n)
	c.nz = make([]int32, nzLen(in, c.out))
	return c
}

func (c *conv2d[T]) In() int             { return c.in.size() }
func (c *conv2d[T]) Out() int            { return c.out.size() }
func (c *conv2d[T]) params() []*param[T] { return []*param[T]{c.w, c.b} }

// window returns, for output column ox, the kernel columns [kx0, kx1) that
// fall inside the input, and the input column of kx0.
func (c *conv2d[T]) window(ox int) (kx0, kx1, ix0 int) {
	kx0 = max(0, c.pad-ox)
	kx1 = min(c.k, c.in.w+c.pad-ox)
	return kx0, kx1, ox - c.pad + kx0
}

func (c *conv2d[T]) forward(x, y []T, rows int, _ bool) {
	F, C, K := c.out.c, c.in.c, c.k
	// wt[(ky·K+kx)·C+ch][f] = w[f][ky][kx][ch]
	taps := K * K * C
	for f := 0; f < F; f++ {
		wf := c.w.data[f*taps : (f+1)*taps]
		for t, v := range wf {
			c.wt[t*F+f] = v
		}
	}
	if fastConvForward(c, x, y, rows) {
		return
	}
	inSize, outSize := c.in.size(), c.out.size()
	// Positions [wholeFrom, wholeTo) of a row have whole windows; there,
	// cols positions at a time go to convAccumulate4.
	cols := convColumns[T](F)
	wholeFrom, wholeTo := c.pad, c.in.w+c.pad-K+1
	for r := 0; r < rows; r++ {
		xr := x[r*inSize : (r+1)*inSize]
		yr := y[r*outSize : (r+1)*outSize]
		for oy := 0; oy < c.out.h; oy++ {
			ky0, ky1 := max(0, c.pad-oy), min(K, c.in.h+c.pad-oy)
			for ox := 0; ox < c.out.w; {
				at := (oy*c.out.w + ox) * F
				if cols > 0 && ox >= wholeFrom && ox+cols <= wholeTo {
					yg := yr[at : at+cols*F]
					for j := 0; j < cols; j++ {
						copy(yg[j*F:(j+1)*F], c.b.data)
					}
					start := ((oy-c.pad+ky0)*c.in.w + ox - c.pad) * C
					convAccumulate4(xr[start:], c.in.w*C, C, ky1-ky0, K*C, c.wt[ky0*K*C*F:], K*C*F, F, yg)
					ox += cols
					continue
				}
				yp := yr[at : at+F]
				copy(yp, c.b.data)
				kx0, kx1, ix0 := c.window(ox)
				start := ((oy-c.pad+ky0)*c.in.w + ix0) * C
				convAccumulate(xr[start:], c.in.w*C, ky1-ky0, (kx1-kx0)*C, c.wt[(ky0*K+kx0)*C*F:], K*C*F, yp)
				ox++
			}
		}
	}
}

// convAccumulate4Go is convAccumulateGo for four output positions of a row
// whose windows are whole and start c inputs apart (x[j·c] for position
// j), their f running sums y[j·f : (j+1)·f]: what convAccumulate4 computes
// with AVX2 (conv_amd64.go), where the four positions' sums are
// independent chains.
func convAccumulate4Go[T Float](x []T, xStride, c, rows, n int, w []T, wStride, f int, y []T) {
	for j := 0; j < 4; j++ {
		convAccumulateGo(x[j*c:], xStride, rows, n, w, wStride, y[j*f:(j+1)*f])
	}
}

// backward adds the bias and weight gradients and writes the input
// gradient, visiting each non-zero output gradient once: it adds its
// multiple of the input window to the filter's weight gradient and its
// multiple of the filter to the window of dx.
func (c *conv2d[T]) backward(x, _, dy, dx []T, rows int) {
	if fastConvBackward(c, x, dy, dx, rows) {
		return
	}
	F, C, K := c.out.c, c.in.c, c.k
	if dx == nil && c.pad == 0 && convColumns[T](F) > 0 {
		c.backwardFilters(x, dy, rows)
		return
	}
	taps := K * K * C
	inSize, outSize := c.in.size(), c.out.size()
	gb := c.b.grad[:F]
	for r := 0; r < rows; r++ {
		xr := x[r*inSize : (r+1)*inSize]
		dyr := dy[r*outSize : (r+1)*outSize]
		var dxr []T
		if dx != nil {
			dxr = dx[r*inSize : (r+1)*inSize]
			clear(dxr)
		}
		for oy := 0; oy < c.out.h; oy++ {
			for ox := 0; ox < c.out.w; ox++ {
				dp := dyr[(oy*c.out.w+ox)*F : (oy*c.out.w+ox+1)*F]
				kx0, kx1, ix0 := c.window(ox)
				ky0, ky1 := max(0, c.pad-oy), min(K, c.in.h+c.pad-oy)
				n := (kx1 - kx0) * C
				in := ((oy-c.pad+ky0)*c.in.w + ix0) * C
				wk := (ky0*K + kx0) * C
				convBackFilters(dp, gb, xr[in:], c.in.w*C, c.w.data[wk:], c.w.grad[wk:], taps, K*C, dxr, in, ky1-ky0, n)
			}
		}
	}
}

// backwardFilters is backward without an input gradient (the first
// layer) for a valid convolution, where a kernel row of cnn's first layer
// is only five weights: it adds the bias and weight gradients row of
// outputs by row of outputs, eight filters side by side (convGradRow), to
// the weight gradient transposed into gwt and back. Each gradient gets
// the same terms in the same order as in backward: the positions in
// order, zero output gradients skipped.
func (c *conv2d[T]) backwardFilters(x, dy []T, rows int) {
	F, C, K := c.out.c, c.in.c, c.k
	taps, n := K*K*C, K*C
	g, grad := c.gwt, c.w.grad
	for f := 0; f < F; f++ {
		for t := 0; t < taps; t++ {
			g[t*F+f] = grad[f*taps+t]
		}
	}
	inSize, outSize, xRow, dRow := c.in.size(), c.out.size(), c.in.w*C, c.out.w*F
	for r := 0; r < rows; r++ {
		xr := x[r*inSize : (r+1)*inSize]
		dyr := dy[r*outSize : (r+1)*outSize]
		for oy := 0; oy < c.out.h; oy++ {
			d := dyr[oy*dRow : (oy+1)*dRow]
			for ky := 0; ky < K; ky++ {
				for i := 0; i < n; i += 8 {
					var gb []T
					if ky == 0 && i == 0 {
						gb = c.b.grad[:F]
					}
					convGradRow(d, F, xr[(oy+ky)*xRow+i:], C, c.out.w, min(8, n-i), g[(ky*n+i)*F:], gb)
				}
			}
		}
	}
	for f := 0; f < F; f++ {
		for t := 0; t < taps; t++ {
			grad[f*taps+t] = g[t*F+f]
		}
	}
}

// convGradRowGo adds one row of output positions' share of the bias and
// weight gradients: for each of cols positions p in order, d[p·f:] holds
// its f output gradients and x[p·c:] its n inputs; each gradient e =
// d[p·f+j] that is not zero is added to gb[j] (when gb is not nil) and
// e·x[p·c+i] to g[i·f+j], the weight gradient transposed. On amd64 with
// AVX2, convGradRow runs it eight filters at a time with the same results.
func convGradRowGo[T Float](d []T, f int, x []T, c, cols, n int, g, gb []T) {
	for p := 0; p < cols; p++ {
		for j, e := range d[p*f : (p+1)*f] {
			if e == 0 {
				continue
			}
			if gb != nil {
				gb[j] += e
			}
			for i, v := range x[p*c : p*c+n] {
				g[i*f+j] += e * v
			}
		}
	}
}

// convBackFiltersGo does one output position's share of the bias, weight
// and input gradients: for each filter j in order whose output gradient
// d = dp[j] is not zero, it adds d to gb[j] and does convBackGo's updates
// with filter j's weights and weight gradient (w and gw from filter 0's
// window, one filter every taps). On amd64, convBackFilters runs it in SSE
// assembly with the same results, one call per position.
func convBackFiltersGo[T Float](dp, gb, x []T, xStride int, w, gw []T, taps, wStride int, dx []T, off, rows, n int) {
	for j, d := range dp {
		if d == 0 {
			continue
		}
		gb[j] += d
		convBackGo(d, x, xStride, w[j*taps:], gw[j*taps:], wStride, dx, off, rows, n)
	}
}

// convBackGo adds d times rows runs of n inputs (x, one every xStride) to
// the same runs of the weight gradient (gw, one every wStride), and, when
// dx is not nil, d times the runs of weights w to the runs of dx starting
// at dx[off] (one every xStride): one output gradient's share of the
// weight and input gradients. On amd64, convBackFilters runs it in SSE
// assembly with the same results.
func convBackGo[T Float](d T, x []T, xStride int, w, gw []T, wStride int, dx []T, off, rows, n int) {
	for r := 0; r < rows; r++ {
		xs, gs := x[r*xStride:r*xStride+n], gw[r*wStride:r*wStride+n]
		for i, v := range xs {
			gs[i] += d * v
		}
		if dx != nil {
			ws, ds := w[r*wStride:r*wStride+n], dx[off+r*xStride:off+r*xStride+n]
			for i, v := range ws {
				ds[i] += d * v
			}
		}
	}
}

// convAccumulateGo adds x[i]·w[i·F:(i+1)·F] to y (F = len(y)) for every
// non-zero x[i] of rows runs of n inputs (one every xStride), the runs of
// w one every wStride: one output position's sum over its window, the
// kernel's rows in order, each in order of i. The common filter counts
// keep y in locals. On amd64, convAccumulate runs SSE assembly for 8, 16
// and 32 filters instead (conv_amd64.go); elsewhere it is this function.
func convAccumulateGo[T Float](x []T, xStride, rows, n int, w []T, wStride int, y []T) {
	for r := 0; r < rows && n > 0; r++ {
		convAccumulateRow(x[r*xStride:r*xStride+n], w[r*wStride:], y)
	}
}

// convAccumulateRow is one run of convAccumulateGo.
func convAccumulateRow[T Float](x, w, y []T) {
	switch len(y) {
	case 8:
		convAccumulate8(x, w, (*[8]T)(y), 8)
	case 16:
		// The halves are independent sums: doing one after the other gives
		// the same values as doing them together.
		convAccumulate8(x, w, (*[8]T)(y[:8]), 16)
		convAccumulate8(x, w[8:], (*[8]T)(y[8:]), 16)
	default:
		F := len(y)
		for i, v := range x {
			if v != 0 {
				ws := w[i*F : (i+1)*F]
				for j := range y {
					y[j] += v * ws[j]
				}
			}
		}
	}
}

// convAccumulate8 adds x[i]·w[i·stride : i·stride+8] to y for every
// non-zero x[i].
func convAccumulate8[T Float](x, w []T, y *[8]T, stride int) {
	y0, y1, y2, y3, y4, y5, y6, y7 := y[0], y[1], y[2], y[3], y[4], y[5], y[6], y[7]
	for i, v := range x {
		if v == 0 {
			continue
		}
		ws := (*[8]T)(w[i*stride:])
		y0 += v * ws[0]
		y1 += v * ws[1]
		y2 += v * ws[2]
		y3 += v * ws[3]
		y4 += v * ws[4]
		y5 += v * ws[5]
		y6 += v * ws[6]
		y7 += v * ws[7]
	}
	y[0], y[1], y[2], y[3], y[4], y[5], y[6], y[7] = y0, y1, y2, y3, y4, y5, y6, y7
}
