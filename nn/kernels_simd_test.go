//go:build js && wasm && wasmsimd

package nn

import (
	"fmt"
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

// sameLayerResults compares a layer's output, input gradient and parameter
// gradients computed with the kernels (got) and with the Go loops (want).
func sameLayerResults(t *testing.T, gotY, wantY, gotDX, wantDX []float32, got, want []*param[float32]) {
	t.Helper()
	sameBits(t, "y", gotY, wantY)
	sameBits(t, "dx", gotDX, wantDX)
	for i := range want {
		sameBits(t, fmt.Sprintf("gradient of parameter %d", i), got[i].grad, want[i].grad)
	}
}

func requireSIMD(t *testing.T) {
	t.Helper()
	if !haveSIMD {
		t.Fatal("built with -tags wasmsimd but the host did not link the kernels (run through wasm/kernels/exec_node.js)")
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
			sameLayerResults(t, gotY, wantY, gotDX, wantDX, fast.params(), slow.params())
			if ran := fastDenseForward(x, fast.w.data, fast.b.data, gotY, tt.rows, tt.in, tt.out); ran != tt.simdOK {
				t.Errorf("SIMD kernel ran: %v, want %v", ran, tt.simdOK)
			}
		})
	}
}

func TestSIMDOptimizersMatchGo(t *testing.T) {
	requireSIMD(t)
	// step applies one optimizer step to w with gradient g and state s1, s2
	// (the optimizer's running values, as many as it has).
	type stepFunc func(w, g, s1, s2 []float32, lambda float32) float32
	optimizers := []struct {
		name string
		step stepFunc
	}{
		{"sgd", func(w, g, _, _ []float32, lambda float32) float32 { return sgdStep(w, g, 0.01, lambda) }},
		{"adam", func(w, g, m, v []float32, lambda float32) float32 { return adamStep(w, g, m, v, 1e-3, lambda) }},
		{"momentum", func(w, g, v, _ []float32, lambda float32) float32 {
			return momentumStep(w, g, v, 0.01, lambda, 0.9, false)
		}},
		{"nesterov", func(w, g, v, _ []float32, lambda float32) float32 {
			return momentumStep(w, g, v, 0.01, lambda, 0.9, true)
		}},
		{"rmsprop", func(w, g, ms, _ []float32, lambda float32) float32 { return rmspropStep(w, g, ms, 1e-3, lambda) }},
	}
	for _, o := range optimizers {
		for _, sz := range optimizerTensors {
			t.Run(o.name+"/"+sz.name, func(t *testing.T) {
				state := func() (w, g, s1, s2 []float32) {
					w, g, s1, s2 = optimizerState(sz.n)
					if o.name == "rmsprop" {
						s1, s2 = s2, s1 // RMSProp's one state is a second moment
					}
					return w, g, s1, s2
				}
				w1, g1, a1, b1 := state()
				w2, g2, a2, b2 := state()
				var gotSum, wantSum float32
				for range 3 {
					gotSum = o.step(w1, g1, a1, b1, sz.lambda)
					withoutSIMD(func() { wantSum = o.step(w2, g2, a2, b2, sz.lambda) })
				}
				sameBits(t, "w", w1, w2)
				sameBits(t, "state 1", a1, a2)
				sameBits(t, "state 2", b1, b2)
				// The sum is only a divergence test: lanes add in another order.
				if d := math.Abs(float64(gotSum - wantSum)); d > 1e-3*math.Max(1, math.Abs(float64(wantSum))) {
					t.Errorf("sum %v, the Go loop gives %v", gotSum, wantSum)
				}
				if _, ran := updatable(w1); ran != sz.kernel {
					t.Errorf("SIMD kernel ran: %v, want %v", ran, sz.kernel)
				}
			})
		}
	}
	w, g, m, v := make([]float32, 8), make([]float32, 8), make([]float32, 8), make([]float32, 8)
	g[5] = float32(math.Inf(1))
	for _, o := range optimizers {
		if s := o.step(w, g, m, v, 0); !math.IsNaN(float64(s)) && !math.IsInf(float64(s), 0) {
			t.Errorf("%s: an infinite gradient gave the finite sum %v", o.name, s)
		}
		clear(w)
		clear(m)
		clear(v)
	}
}

// TestSIMDTrainingMatchesGo trains models on real MNIST with and without
// the kernels: same seed, same weights after every step. The convolutional
// presets take fewer steps: the Go loops train them slowly here.
func TestSIMDTrainingMatchesGo(t *testing.T) {
	requireSIMD(t)
	train, test := realMNIST(t)
	for _, tt := range []struct {
		config string
		steps  int
	}{
		{"", 150},
		{"hidden=128x64&act=elu&dropout=0.2&l2=0.0001", 150},
		{"opt=momentum&nesterov=1&lr=0.01&l2=0.0001", 150},
		{"opt=rmsprop&hidden=64", 150},
		{"opt=sgd&lr=0.05&l2=0.001", 150},
		{"preset=cnn", 10},
		{"preset=cnn-deep", 4},
		{"preset=cnn&conv=12c3s-p2-32c5&opt=sgd&lr=0.05", 4},
	} {
		cfg, err := ParseConfig(tt.config)
		if err != nil {
			t.Fatal(err)
		}
		opts := TrainerOptions{EvalEvery: 1000, ValLimit: 200}
		fast, err := NewTrainer(cfg, train, test, opts)
		if err != nil {
			t.Fatal(err)
		}
		slow, _ := NewTrainer(cfg, train, test, opts)
		fast.Step(tt.steps)
		withoutSIMD(func() { slow.Step(tt.steps) })
		sameBits(t, cfg.String()+" weights", fast.Network().AppendWeights(nil), slow.Network().AppendWeights(nil))
		if a, b := fast.LastEval().Loss, slow.LastEval().Loss; a != b {
			t.Errorf("%s: validation loss %v, the Go loops give %v", cfg, a, b)
		}
	}
}
