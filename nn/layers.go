package nn

import (
	"math"
	"math/rand/v2"
)

// A layer maps a batch of rows of In() values to rows of Out() values. Every
// part of the network speaks this one protocol, activations and dropout
// included, so the network is a loop over a slice and "swap ReLU for ELU"
// changes one element. Buffers are row-major: row r of x is x[r*In():].
type layer[T Float] interface {
	In() int
	Out() int
	// forward writes y from x for rows rows. train enables dropout.
	forward(x, y []T, rows int, train bool)
	// backward takes dy (the loss gradient at y), adds the parameter
	// gradients and, when dx is not nil, writes the gradient at x.
	backward(x, y, dy, dx []T, rows int)
	// params lists the trainable tensors, or nil.
	params() []*param[T]
}

// param is one trainable tensor and its gradient, of the same length.
type param[T Float] struct {
	data, grad []T
	// weight is true for weight matrices (decayed by L2) and false for biases.
	weight bool
	// fanIn, fanOut are the dense layer's sizes, for initialization.
	fanIn, fanOut int
}

// dense is a fully connected layer: y = x·W + b, with W stored in×out row by
// row, so that the row of one input is contiguous.
type dense[T Float] struct {
	in, out int
	w, b    *param[T]
}

func newDense[T Float](in, out int) *dense[T] {
	d := denseOn(in, out, make([]T, in*out+out))
	d.w.grad, d.b.grad = make([]T, in*out), make([]T, out)
	return d
}

// denseOn returns a dense layer whose weights and then biases are data
// (in*out+out numbers), without gradients: it can only run forward until
// it is given some (see NewPredictor).
func denseOn[T Float](in, out int, data []T) *dense[T] {
	return &dense[T]{
		in: in, out: out,
		w: &param[T]{data: data[: in*out : in*out], weight: true, fanIn: in, fanOut: out},
		b: &param[T]{data: data[in*out : in*out+out : in*out+out], fanIn: in, fanOut: out},
	}
}

func (d *dense[T]) In() int             { return d.in }
func (d *dense[T]) Out() int            { return d.out }
func (d *dense[T]) params() []*param[T] { return []*param[T]{d.w, d.b} }

// forward skips zero inputs: about 81% of MNIST pixels are zero, and so are
// many ReLU outputs. In the browser's training worker the SIMD kernels
// (kernels_simd.go) take the layers whose width is a multiple of four, with
// the same results; the ten-wide output layer has a kernel of its own.
func (d *dense[T]) forward(x, y []T, rows int, _ bool) {
	w, b := d.w.data, d.b.data
	if d.out != 10 && fastDenseForward(x, w, b, y, rows, d.in, d.out) {
		return
	}
	for r := 0; r < rows; r++ {
		xr := x[r*d.in : (r+1)*d.in]
		yr := y[r*d.out : (r+1)*d.out]
		if d.out == 10 {
			forwardRow10(xr, w, b, yr)
			continue
		}
		copy(yr, b)
		for i, v := range xr {
			if v != 0 {
				axpy(v, w[i*d.out:(i+1)*d.out], yr)
			}
		}
	}
}

func (d *dense[T]) backward(x, _, dy, dx []T, rows int) {
	w, gw, gb := d.w.data, d.w.grad, d.b.grad
	for r := 0; r < rows; r++ {
		axpy(1, dy[r*d.out:(r+1)*d.out], gb)
	}
	if d.out == 10 {
		for r := 0; r < rows; r++ {
			var dxr []T
			if dx != nil {
				dxr = dx[r*d.in : (r+1)*d.in]
			}
			backwardRow10(x[r*d.in:(r+1)*d.in], dy[r*d.out:(r+1)*d.out], w, gw, dxr)
		}
		return
	}
	if !fastDenseWeightGrad(x, dy, gw, rows, d.in, d.out) {
		for r := 0; r < rows; r++ {
			dyr := dy[r*d.out : (r+1)*d.out]
			for i, v := range x[r*d.in : (r+1)*d.in] {
				if v != 0 {
					axpy(v, dyr, gw[i*d.out:(i+1)*d.out])
				}
			}
		}
	}
	if dx == nil || fastDenseInputGrad(w, dy, dx, rows, d.in, d.out) {
		return
	}
	for r := 0; r < rows; r++ {
		dyr, dxr := dy[r*d.out:(r+1)*d.out], dx[r*d.in:(r+1)*d.in]
		for i := range dxr {
			dxr[i] = dot(w[i*d.out:(i+1)*d.out], dyr)
		}
	}
}

// activation applies a nonlinearity element by element.
type activation[T Float] struct {
	kind string
	size int
}

// Slopes of the leaky ReLU's negative side and scale of the ELU's, the
// common defaults (Keras LeakyReLU uses 0.3 in older versions; 0.01 is the
// usual choice in papers and PyTorch).
const (
	leakySlope = 0.01
	eluAlpha   = 1.0
)

func (a *activation[T]) In() int             { return a.size }
func (a *activation[T]) Out() int            { return a.size }
func (a *activation[T]) params() []*param[T] { return nil }

func (a *activation[T]) forward(x, y []T, rows int, _ bool) {
	n := rows * a.size
	x, y = x[:n], y[:n]
	switch a.kind {
	case ActReLU:
		if fastReLU(x, y) { // the SIMD kernels, in the browser's worker
			return
		}
		for i, v := range x {
			if v > 0 {
				y[i] = v
			} else {
				y[i] = 0
			}
		}
	case ActLeakyReLU:
		for i, v := range x {
			if v > 0 {
				y[i] = v
			} else {
				y[i] = leakySlope * v
			}
		}
	case ActELU:
		for i, v := range x {
			if v > 0 {
				y[i] = v
			} else {
				y[i] = eluAlpha * expm1T(v)
			}
		}
	case ActSigmoid:
		for i, v := range x {
			y[i] = sigmoidT(v)
		}
	case ActTanh:
		for i, v := range x {
			y[i] = tanhT(v)
		}
	case ActLinear:
		copy(y, x)
	default:
		panic("nn: unknown activation " + a.kind)
	}
}

// sigmoid is written so that neither branch overflows.
func sigmoid(v float64) float64 {
	if v >= 0 {
		return 1 / (1 + math.Exp(-v))
	}
	e := math.Exp(v)
	return e / (1 + e)
}

func (a *activation[T]) backward(x, y, dy, dx []T, rows int) {
	if dx == nil {
		return
	}
	n := rows * a.size
	x, y, dy, dx = x[:n], y[:n], dy[:n], dx[:n]
	switch a.kind {
	case ActReLU:
		if fastReLUGrad(x, dy, dx) {
			return
		}
		for i, v := range x {
			if v > 0 {
				dx[i] = dy[i]
			} else {
				dx[i] = 0
			}
		}
	case ActLeakyReLU:
		for i, v := range x {
			if v > 0 {
				dx[i] = dy[i]
			} else {
				dx[i] = leakySlope * dy[i]
			}
		}
	case ActELU:
		for i, v := range x {
			if v > 0 {
				dx[i] = dy[i]
			} else {
				dx[i] = dy[i] * (y[i] + eluAlpha)
			}
		}
	case ActSigmoid:
		for i, s := range y {
			dx[i] = dy[i] * s * (1 - s)
		}
	case ActTanh:
		for i, t := range y {
			dx[i] = dy[i] * (1 - t*t)
		}
	case ActLinear:
		copy(dx, dy)
	}
}

// dropout zeroes each unit with probability rate during training and scales
// the survivors by 1/(1-rate) (inverted dropout), so that evaluation, which
// drops nothing, sees activations of the same expected size.
type dropout[T Float] struct {
	size int
	rate float64
	mask []T
	rng  *rand.Rand
	// masked records whether the last forward applied the mask, so that
	// backward after an evaluation pass (the health probe) passes gradients
	// through unchanged.
	masked bool
}

func (d *dropout[T]) In() int             { return d.size }
func (d *dropout[T]) Out() int            { return d.size }
func (d *dropout[T]) params() []*param[T] { return nil }

func (d *dropout[T]) forward(x, y []T, rows int, train bool) {
	n := rows * d.size
	d.masked = train && d.rate > 0
	if !d.masked {
		copy(y[:n], x[:n])
		return
	}
	keep := T(1 / (1 - d.rate))
	// One 64-bit draw gives four 16-bit uniform numbers: a quarter of the
	// generator calls, and a resolution of 1/65536 is plenty for a rate.
	threshold := uint64(d.rate * 65536)
	mask, x, y := d.mask[:n], x[:n], y[:n]
	var bits uint64
	for i := range mask {
		if i&3 == 0 {
			bits = d.rng.Uint64()
		}
		if bits&0xffff < threshold {
			mask[i] = 0
		} else {
			mask[i] = keep
		}
		bits >>= 16
		y[i] = x[i] * mask[i]
	}
}

func (d *dropout[T]) backward(_, _, dy, dx []T, rows int) {
	if dx == nil {
		return
	}
	n := rows * d.size
	if !d.masked {
		copy(dx[:n], dy[:n])
		return
	}
	mask, dy, dx := d.mask[:n], dy[:n], dx[:n]
	for i, m := range mask {
		dx[i] = dy[i] * m
	}
}
