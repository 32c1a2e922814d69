package nn

import (
	"math"
	"testing"
)

// TestKernels checks the hand-unrolled kernels against plain loops at every
// length around the unrolling boundaries.
func TestKernels(t *testing.T) {
	for n := 0; n <= 70; n++ {
		x, y, want := make([]float32, n), make([]float32, n+3), make([]float32, n+3)
		var wantDot float32
		for i := range x {
			x[i] = float32(i%7) - 2.5
			y[i], want[i] = float32(i), float32(i)
		}
		for i := range x {
			want[i] += 0.5 * x[i]
		}
		axpy(0.5, x, y)
		for i := range want {
			if y[i] != want[i] {
				t.Fatalf("axpy n=%d: y[%d] = %v, want %v", n, i, y[i], want[i])
			}
		}
		axpyGo(0.5, x, y[:n])
		for i := range x {
			wantDot += x[i] * y[i]
		}
		if got := dot(x, y); got != wantDot && (got-wantDot)/wantDot > 1e-5 {
			t.Fatalf("dot n=%d: %v, want %v", n, got, wantDot)
		}
	}
}

// TestNarrowDenseMatchesGeneralLoops checks that a 10-wide dense layer,
// which has kernels of its own, computes bit for bit what the general
// axpy/dot loops compute, with zero inputs skipped, with and without dx.
func TestNarrowDenseMatchesGeneralLoops(t *testing.T) {
	const in, out, rows = 37, 10, 3
	r := newRand(7, 1)
	d := newDense[float32](in, out)
	for i := range d.w.data {
		d.w.data[i] = float32(r.NormFloat64())
	}
	for i := range d.b.data {
		d.b.data[i] = float32(r.NormFloat64())
	}
	x, dy := make([]float32, rows*in), make([]float32, rows*out)
	for i := range x {
		if r.IntN(3) > 0 { // a third of the inputs are zero, as after a ReLU
			x[i] = float32(r.NormFloat64())
		}
	}
	for i := range dy {
		dy[i] = float32(r.NormFloat64())
	}

	// The general loops, written out.
	wantY := make([]float32, rows*out)
	wantGW, wantGB, wantDX := make([]float32, in*out), make([]float32, out), make([]float32, rows*in)
	for row := 0; row < rows; row++ {
		xr, yr, dyr := x[row*in:(row+1)*in], wantY[row*out:(row+1)*out], dy[row*out:(row+1)*out]
		copy(yr, d.b.data)
		for i, v := range xr {
			if v != 0 {
				axpyGo(v, d.w.data[i*out:(i+1)*out], yr)
				axpyGo(v, dyr, wantGW[i*out:(i+1)*out])
			}
		}
		axpyGo(1, dyr, wantGB)
		for i := range in {
			wantDX[row*in+i] = dotGo(d.w.data[i*out:(i+1)*out], dyr)
		}
	}

	y := make([]float32, rows*out)
	d.forward(x, y, rows, true)
	same(t, "y", y, wantY)
	for _, withDX := range []bool{true, false} {
		clear(d.w.grad)
		clear(d.b.grad)
		var dx []float32
		if withDX {
			dx = make([]float32, rows*in)
		}
		d.backward(x, y, dy, dx, rows)
		same(t, "weight gradient", d.w.grad, wantGW)
		same(t, "bias gradient", d.b.grad, wantGB)
		if withDX {
			same(t, "dx", dx, wantDX)
		}
	}
}

func same(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%s[%d] = %v, want %v", what, i, got[i], want[i])
		}
	}
}

// sparse returns n normal numbers of which about zeroShare are zero.
func sparse(seed uint64, n int, zeroShare float64) []float32 {
	r := newRand(seed, 9)
	s := make([]float32, n)
	for i := range s {
		if r.Float64() >= zeroShare {
			s[i] = float32(r.NormFloat64())
		}
	}
	return s
}

func sameBits(t *testing.T, what string, got, want []float32) {
	t.Helper()
	for i := range want {
		if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
			t.Fatalf("%s[%d] = %v, the Go loops give %v", what, i, got[i], want[i])
		}
	}
}

// optimizerTensors are the sizes the optimizer kernel tests update: lengths
// that are a multiple of 4 go to the kernels, others to the Go loops.
var optimizerTensors = []struct {
	name   string
	n      int
	lambda float32
	kernel bool
}{
	{"first layer", Inputs * 128, 0, true},
	{"with L2", 128 * 10, 1e-3, true},
	{"four", 4, 0, true},
	{"ten: Go loop", 10, 0, false},
}

// optimizerState returns weights, a gradient with zeros and two state
// tensors of n values for the optimizer kernel tests. The second is a
// second moment: not negative, and a third of it small enough for the
// optimizers' ε to count.
func optimizerState(n int) (w, g, s1, s2 []float32) {
	w, g = sparse(1, n, 0), sparse(2, n, 0.3)
	s1, s2 = sparse(3, n, 0.1), sparse(4, n, 0.1)
	for i := range s2 {
		s2[i] *= s2[i]
		if i%3 == 0 {
			s2[i] *= 1e-14
		}
	}
	return w, g, s1, s2
}
