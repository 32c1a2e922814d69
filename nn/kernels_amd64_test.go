package nn

import (
	"fmt"
	"math"
	"testing"
)

// The SSE kernels promise dotGo's and adamLoop's results bit for bit.

func TestDotSSEMatchesGo(t *testing.T) {
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 64, 127, 128, 1024} {
		x, y := sparse(uint64(n), n, 0.2), sparse(uint64(n)+1000, n, 0)
		if got, want := dot(x, y), dotGo(x, y); math.Float32bits(got) != math.Float32bits(want) {
			t.Errorf("n=%d: dot %v, dotGo %v", n, got, want)
		}
	}
}

func TestAdamSSEMatchesGo(t *testing.T) {
	for _, tt := range optimizerTensors {
		t.Run(tt.name, func(t *testing.T) {
			w1, g1, m1, v1 := optimizerState(tt.n)
			w2, g2, m2, v2 := optimizerState(tt.n)
			for range 3 {
				adamStep(w1, g1, m1, v1, 1e-3, tt.lambda)
				adamLoop(w2, g2, m2, v2, 1e-3, tt.lambda)
			}
			sameBits(t, "w", w1, w2)
			sameBits(t, "m", m1, m2)
			sameBits(t, "v", v1, v2)
			if _, ran := adamStepAsm(w1, g1, m1, v1, 1e-3, tt.lambda); ran != tt.kernel {
				t.Errorf("assembly ran: %v, want %v", ran, tt.kernel)
			}
		})
	}
	w, g, m, v := make([]float32, 8), make([]float32, 8), make([]float32, 8), make([]float32, 8)
	g[5] = float32(math.Inf(1))
	if s := adamStep(w, g, m, v, 1e-3, 0); !math.IsNaN(float64(s)) && !math.IsInf(float64(s), 0) {
		t.Errorf("an infinite gradient gave the finite sum %v", s)
	}
}

// The ReLU's assembly promises its Go loops' results bit for bit: NaN and
// -0 give +0 both ways, lengths that are not a multiple of 4 too.
func TestReLUSSEMatchesGo(t *testing.T) {
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, n := range []int{1, 3, 4, 9, 64, 4608} {
		x, dy := sparse(uint64(n), n, 0.2), sparse(uint64(n)+1, n, 0.5)
		x[0], x[n/2], x[n-1] = negZero, nan, -x[n-1]
		y, dx := make([]float32, n), sparse(2, n, 0)
		if !reluAsm(x, y) || !reluGradAsm(x, dy, dx) {
			t.Fatalf("n=%d: the assembly did not run", n)
		}
		wantY, wantDX := make([]float32, n), make([]float32, n)
		for i, v := range x {
			if v > 0 {
				wantY[i], wantDX[i] = v, dy[i]
			}
		}
		sameBits(t, fmt.Sprintf("n=%d: y", n), y, wantY)
		sameBits(t, fmt.Sprintf("n=%d: dx", n), dx, wantDX)
	}
}

// The 2×2 max pooling's assembly promises forward2's values and indices:
// the first largest of a window (ties keep the earlier value, NaN never
// wins, -0 and +0 tie), odd sizes dropping their last row and column.
func TestMaxPool2SSEMatchesGo(t *testing.T) {
	nan, negZero := float32(math.NaN()), float32(math.Copysign(0, -1))
	for _, in := range []shape{{24, 24, 8}, {8, 8, 16}, {5, 7, 4}, {2, 2, 12}} {
		const rows = 3
		fast, slow := newMaxPool[float32](in, 2, rows), newMaxPool[float32](in, 2, rows)
		x := sparse(uint64(in.c), rows*in.size(), 0.3)
		for i := 0; i < len(x); i += 7 {
			x[i] = x[i/2] // ties
		}
		x[1], x[in.c+1], x[len(x)/2], x[len(x)/3] = negZero, 0, nan, nan
		y1, y2 := make([]float32, rows*fast.Out()), make([]float32, rows*fast.Out())
		if !maxPool2Asm(fast, x, y1, rows) {
			t.Fatalf("%v: the assembly did not run", in)
		}
		slow.forward2(x, y2, rows)
		sameBits(t, fmt.Sprintf("%v: y", in), y1, y2)
		for i := range slow.arg {
			if fast.arg[i] != slow.arg[i] {
				t.Fatalf("%v: arg[%d] = %d, forward2 gives %d", in, i, fast.arg[i], slow.arg[i])
			}
		}
	}
}
