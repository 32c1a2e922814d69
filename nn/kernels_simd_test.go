//go:build js && wasm && wasmsimd

package nn

import (
	"math"
	"testing"
)

// These tests run the nn package in WebAssembly with the SIMD kernels
// linked (make test-wasm: -tags wasmsimd and wasm/kernels/exec_node.js).
// The kernels promise the Go loops' results bit for bit, so every
// comparison here is exact.

// withoutSIMD runs f with the Go loops.
func withoutSIMD(f func()) {
	haveSIMD = false
	defer func() { haveSIMD = true }()
	f()
}

func requireSIMD(t *testing.T) {
	t.Helper()
	if !haveSIMD {
		t.Fatal("built with -tags wasmsimd but the host did not link the kernels (run through wasm/kernels/exec_node.js)")
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

func TestSIMDDenseMatchesGo(t *testing.T) {
	requireSIMD(t)
	tests := []struct {
		name           string
		in, out, rows  int
		zeroShare      float64
		withDX, simdOK bool
	}{
		{"first layer, batch 32", Inputs, 128, 32, 0.8, false, true},
		{"first layer, one row", Inputs, 128, 1, 0.8, false, true},
		{"hidden layer with dx", 128, 64, 7, 0.5, true, true},
		{"width 4, dense input", 9, 4, 3, 0, false, true},
		{"width 20: tail after the unrolled loop", 30, 20, 5, 0.3, true, true},
		{"odd inputs with dx", 33, 12, 3, 0.2, true, true},
		{"wide hidden layer with dx", 1024, 1024, 2, 0.5, true, true},
		{"width 6: Go loops only", 30, 6, 5, 0.3, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func() *dense[float32] {
				d := newDense[float32](tt.in, tt.out)
				copy(d.w.data, sparse(1, tt.in*tt.out, 0))
				copy(d.b.data, sparse(2, tt.out, 0))
				copy(d.w.grad, sparse(5, tt.in*tt.out, 0)) // gradients accumulate onto what is there
				return d
			}
			x, dy := sparse(3, tt.rows*tt.in, tt.zeroShare), sparse(4, tt.rows*tt.out, 0)
			run := func(d *dense[float32]) (y, dx []float32) {
				y = make([]float32, tt.rows*tt.out)
				d.forward(x, y, tt.rows, true)
				if tt.withDX {
					dx = make([]float32, tt.rows*tt.in)
				}
				d.backward(x, y, dy, dx, tt.rows)
				return y, dx
			}
			fast, slow := mk(), mk()
			gotY, gotDX := run(fast)
			var wantY, wantDX []float32
			withoutSIMD(func() { wantY, wantDX = run(slow) })
			sameBits(t, "y", gotY, wantY)
			sameBits(t, "dx", gotDX, wantDX)
			sameBits(t, "gw", fast.w.grad, slow.w.grad)
			sameBits(t, "gb", fast.b.grad, slow.b.grad)
			if ran := fastDenseForward(x, fast.w.data, fast.b.data, gotY, tt.rows, tt.in, tt.out); ran != tt.simdOK {
				t.Errorf("SIMD kernel ran: %v, want %v", ran, tt.simdOK)
			}
		})
	}
}

func TestSIMDAdamMatchesGo(t *testing.T) {
	requireSIMD(t)
	tests := []struct {
		name   string
		n      int
		lambda float32
		simdOK bool
	}{
		{"first layer", Inputs * 128, 0, true},
		{"with L2", 128 * 10, 1e-3, true},
		{"four", 4, 0, true},
		{"ten: Go loop", 10, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			state := func() (w, g, m, v []float32) {
				w, g, m = sparse(1, tt.n, 0), sparse(2, tt.n, 0.3), sparse(3, tt.n, 0.1)
				v = sparse(4, tt.n, 0.1)
				for i := range v {
					v[i] *= v[i] // a second moment is not negative
					if i%3 == 0 {
						v[i] *= 1e-14 // and may be small enough for ε to count
					}
				}
				return w, g, m, v
			}
			w1, g1, m1, v1 := state()
			w2, g2, m2, v2 := state()
			const alpha = 1e-3
			var gotSum, wantSum float32
			for step := 0; step < 3; step++ {
				gotSum = adamStep(w1, g1, m1, v1, alpha, tt.lambda)
				withoutSIMD(func() { wantSum = adamStep(w2, g2, m2, v2, alpha, tt.lambda) })
			}
			sameBits(t, "w", w1, w2)
			sameBits(t, "m", m1, m2)
			sameBits(t, "v", v1, v2)
			// The sum is only a divergence test: lanes add in another order.
			if d := math.Abs(float64(gotSum - wantSum)); d > 1e-3*math.Max(1, math.Abs(float64(wantSum))) {
				t.Errorf("sum %v, the Go loop gives %v", gotSum, wantSum)
			}
			if _, ran := fastAdamStep(w1, g1, m1, v1, alpha, tt.lambda); ran != tt.simdOK {
				t.Errorf("SIMD kernel ran: %v, want %v", ran, tt.simdOK)
			}
		})
	}
	w, g, m, v := make([]float32, 8), make([]float32, 8), make([]float32, 8), make([]float32, 8)
	g[5] = float32(math.Inf(1))
	if s := adamStep(w, g, m, v, 1e-3, 0); !math.IsNaN(float64(s)) && !math.IsInf(float64(s), 0) {
		t.Errorf("an infinite gradient gave the finite sum %v", s)
	}
}

// TestSIMDTrainingMatchesGo trains the seed model on real MNIST with and
// without the kernels: same seed, same weights after every step.
func TestSIMDTrainingMatchesGo(t *testing.T) {
	requireSIMD(t)
	train, test := realMNIST(t)
	for _, c := range []string{"", "hidden=128x64&act=elu&dropout=0.2&l2=0.0001"} {
		cfg := DefaultConfig()
		if c != "" {
			var err error
			if cfg, err = ParseConfig(c); err != nil {
				t.Fatal(err)
			}
		}
		opts := TrainerOptions{EvalEvery: 1000, ValLimit: 200}
		fast, err := NewTrainer(cfg, train, test, opts)
		if err != nil {
			t.Fatal(err)
		}
		slow, _ := NewTrainer(cfg, train, test, opts)
		fast.Step(150)
		withoutSIMD(func() { slow.Step(150) })
		sameBits(t, cfg.String()+" weights", fast.Network().AppendWeights(nil), slow.Network().AppendWeights(nil))
		if a, b := fast.LastEval().Loss, slow.LastEval().Loss; a != b {
			t.Errorf("%s: validation loss %v, the Go loops give %v", cfg, a, b)
		}
	}
}
