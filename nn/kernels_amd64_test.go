package nn

import (
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
