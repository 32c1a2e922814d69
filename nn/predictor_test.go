package nn

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
)

// TestPredictor checks that a predictor loaded with a trained network's
// weights predicts what that network predicts, and that its dense layers
// hold no gradients (the memory it exists to save).
func TestPredictor(t *testing.T) {
	var block []float32 // each predictor takes over the block of the one before
	mlp, _ := ParseConfig("hidden=16x8&act=tanh&dropout=0.3")
	bn, _ := ParseConfig("conv=4c3-p2&hidden=8&bn=1")
	for name, cfg := range map[string]Config{"dense": mlp, "conv": convModel(), "batch norm": bn} {
		t.Run(name, func(t *testing.T) {
			_, trained := savedModelOf(t, cfg)
			cfg := trained.Config()
			if cap(block) < cfg.DenseParams() {
				block = make([]float32, cfg.DenseParams())
			}
			p, err := NewPredictor(cfg, block)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.SetWeights(trained.AppendWeights(nil)); err != nil {
				t.Fatal(err)
			}
			images := synthData(20, 3)
			for i := range 20 {
				img := make([]float32, Inputs)
				for j, px := range images.Pixels[i*Inputs : (i+1)*Inputs] {
					img[j] = float32(px) / 255
				}
				var got, want [Classes]float32
				p.Predict(img, got[:])
				trained.Predict(img, want[:])
				if got != want {
					t.Fatalf("image %d: predictor %v, trained network %v", i, got, want)
				}
			}
			for k, d := range p.dense {
				if d.w.grad != nil || d.b.grad != nil {
					t.Errorf("dense layer %d has gradients of %d and %d numbers", k, len(d.w.grad), len(d.b.grad))
				}
			}
			if !slices.Equal(p.AppendWeights(nil), trained.AppendWeights(nil)) {
				t.Error("the predictor's weights differ from those it was given")
			}
			// An explanation asks a predictor for the gradient at an image:
			// it is the trained network's.
			img := make([]float32, Inputs)
			for j, px := range images.Pixels[:Inputs] {
				img[j] = float32(px) / 255
			}
			coef := make([]float32, Classes)
			coef[1], coef[7] = 1, -1
			var gotDx, wantDx [Inputs]float32
			var probs [Classes]float32
			p.InputGradient(img, coef, gotDx[:], probs[:])
			trained.InputGradient(img, coef, wantDx[:], probs[:])
			if gotDx != wantDx {
				t.Error("the predictor's input gradient differs from the trained network's")
			}
		})
	}
}

// TestPredictorRefusesBadConfig checks that a predictor is built from a
// valid config only, like any network.
func TestPredictorRefusesBadConfig(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Hidden = []int{-3}
	if _, err := NewPredictor(cfg, nil); err == nil {
		t.Error("a predictor was built from hidden=-3")
	}
}

// TestPredictorBlock checks that a predictor's dense weights lie in the
// block it is given when that is big enough, and in a new one when it is
// not; they start at zero either way.
func TestPredictorBlock(t *testing.T) {
	tests := []struct {
		block  int
		config string
		inside bool
	}{
		{1000, "hidden=none", false}, // 7,850 numbers
		{7850, "hidden=none", true},
		{100000, "hidden=16&bn=1", true},            // bn's γ, β and statistics lie elsewhere
		{100000, "conv=4c3-p2&hidden=8&bn=1", true}, // so do the convolution's
		{203530, "hidden=256&act=tanh", true},       // exactly its size
		{203529, "hidden=256&act=tanh", false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.block, " ", tt.config), func(t *testing.T) {
			cfg, err := ParseConfig(tt.config)
			if err != nil {
				t.Fatal(err)
			}
			block := make([]float32, tt.block)
			for i := range block {
				block[i] = 1 // what a network built on it before left there
			}
			p, err := NewPredictor(cfg, block)
			if err != nil {
				t.Fatal(err)
			}
			for k, d := range p.dense {
				if slices.ContainsFunc(d.w.data, nonzero) || slices.ContainsFunc(d.b.data, nonzero) {
					t.Errorf("dense layer %d has weights other than 0 before SetWeights", k)
				}
			}
			twos := p.AppendWeights(nil)
			for i := range twos {
				twos[i] = 2
			}
			if err := p.SetWeights(twos); err != nil {
				t.Fatal(err)
			}
			n := cfg.DenseParams()
			inside := n <= len(block) && !slices.ContainsFunc(block[:n], func(v float32) bool { return v != 2 })
			if inside != tt.inside {
				t.Errorf("dense weights inside the block: %v, want %v", inside, tt.inside)
			}
		})
	}
}

func nonzero(v float32) bool { return v != 0 }

// TestAppendWeightsGrowsOnce checks that AppendWeights allocates its
// destination once, whatever it is given: growing it number by number
// leaves about five times the weights in garbage.
func TestAppendWeightsGrowsOnce(t *testing.T) {
	cfg, _ := ParseConfig("hidden=256x128&bn=1")
	net, err := NewNetwork(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, dst := range [][]float32{nil, make([]float32, 0, 10), make([]float32, 5, 100)} {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		out := net.AppendWeights(dst)
		runtime.ReadMemStats(&m1)
		if want := len(dst) + net.NumParams(); len(out) != want {
			t.Fatalf("%d numbers, want %d", len(out), want)
		}
		// One allocation of the weights, and a few bytes for the list of tensors.
		if got, limit := m1.TotalAlloc-m0.TotalAlloc, uint64(4*cap(out)+4096); got > limit {
			t.Errorf("appending %d numbers to a slice of %d allocated %d bytes, more than %d", net.NumParams(), cap(dst), got, limit)
		}
	}
}
