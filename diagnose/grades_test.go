package diagnose

import (
	"math"
	"testing"

	"digitlab/nn"
)

// The grades change exactly where the rules' thresholds are.
func TestGradeLayers(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Hidden = []int{64, 64}
	probe := func(f func(h *nn.Health)) nn.Health {
		h := nn.Health{Layers: []nn.LayerHealth{layer(64, nil), layer(64, nil), layer(10, nil)}}
		for k, in := range []int{784, 64, 64} {
			h.Layers[k].WeightStd = nn.FanInStd(in)
			h.Layers[k].GradNorm = 0.5 * float64(in) / 784 // per weight about equal
		}
		f(&h)
		return h
	}
	tests := []struct {
		name  string
		act   string
		f     func(h *nn.Health)
		get   func(LayerGrades) Grade
		layer int
		want  Grade
	}{
		{"healthy", nn.ActReLU, func(*nn.Health) {}, func(g LayerGrades) Grade { return max(g.Stuck, g.Gradient, g.Spread, g.Update) }, 0, GradeGood},
		{"dead below warning", nn.ActReLU, func(h *nn.Health) { h.Layers[0].Dead = DeadWarning - 0.01 }, func(g LayerGrades) Grade { return g.Stuck }, 0, GradeGood},
		{"dead at warning", nn.ActReLU, func(h *nn.Health) { h.Layers[0].Dead = DeadWarning }, func(g LayerGrades) Grade { return g.Stuck }, 0, GradeWarn},
		{"dead at severe", nn.ActReLU, func(h *nn.Health) { h.Layers[1].Dead = DeadSevere }, func(g LayerGrades) Grade { return g.Stuck }, 1, GradeBad},
		{"elu units do not die", nn.ActELU, func(h *nn.Health) { h.Layers[0].Dead = 1 }, func(g LayerGrades) Grade { return g.Stuck }, 0, GradeGood},
		{"saturated tanh", nn.ActTanh, func(h *nn.Health) { h.Layers[0].Saturated = SaturatedSevere }, func(g LayerGrades) Grade { return g.Stuck }, 0, GradeBad},
		{"identical", nn.ActReLU, func(h *nn.Health) { h.Layers[0].Identical = 1 }, func(g LayerGrades) Grade { return g.Stuck }, 0, GradeBad},
		{"spread 6× the rule", nn.ActReLU, func(h *nn.Health) { h.Layers[0].WeightStd *= 6 }, func(g LayerGrades) Grade { return g.Spread }, 0, GradeWarn},
		{"spread 11× below", nn.ActReLU, func(h *nn.Health) { h.Layers[0].WeightStd /= 11 }, func(g LayerGrades) Grade { return g.Spread }, 0, GradeBad},
		{"zero spread", nn.ActReLU, func(h *nn.Health) { h.Layers[2].WeightStd = 0 }, func(g LayerGrades) Grade { return g.Spread }, 2, GradeBad},
		{"vanished gradient", nn.ActReLU, func(h *nn.Health) { h.Layers[0].GradNorm /= 1000 }, func(g LayerGrades) Grade { return g.Gradient }, 0, GradeBad},
		{"exploded gradient, alike in every layer", nn.ActReLU, func(h *nn.Health) {
			for k, n := range [][2]float64{{784, 64}, {64, 64}, {64, 10}} {
				h.Layers[k].GradNorm = 2 * ExplodingRMS * math.Sqrt(n[0]*n[1])
			}
		}, func(g LayerGrades) Grade { return g.Gradient }, 1, GradeBad},
		{"big update", nn.ActReLU, func(h *nn.Health) { h.Layers[0].UpdateRatio = 2 * LRHighUpdate }, func(g LayerGrades) Grade { return g.Update }, 0, GradeWarn},
		{"tiny update", nn.ActReLU, func(h *nn.Health) { h.Layers[0].UpdateRatio = LRLowUpdate / 2 }, func(g LayerGrades) Grade { return g.Update }, 0, GradeWarn},
	}
	for _, tt := range tests {
		c := cfg
		c.Activation = tt.act
		gs := GradeLayers(c, probe(tt.f))
		if len(gs) != 3 {
			t.Fatalf("%s: %d grades", tt.name, len(gs))
		}
		if got := tt.get(gs[tt.layer]); got != tt.want {
			t.Errorf("%s: grade %d, want %d (%+v)", tt.name, got, tt.want, gs[tt.layer])
		}
	}
}

// With batch normalization the probe before the first step is not graded,
// nor the spread of the hidden layers' weights, which it rescales; the
// output layer's spread and later probes are.
func TestGradeLayersBatchNorm(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Hidden, cfg.BatchNorm = []int{64, 64}, true
	tests := []struct {
		name  string
		step  int64
		f     func(h *nn.Health)
		get   func(LayerGrades) Grade
		layer int
		want  Grade
	}{
		{"vanished before the first step", 0, func(h *nn.Health) { h.Layers[0].GradNorm = 1e-9 }, func(g LayerGrades) Grade { return g.Gradient }, 0, GradeGood},
		{"vanished later", 200, func(h *nn.Health) { h.Layers[0].GradNorm = 1e-9 }, func(g LayerGrades) Grade { return g.Gradient }, 0, GradeBad},
		{"identical before the first step", 0, func(h *nn.Health) { h.Layers[0].Identical = 1 }, func(g LayerGrades) Grade { return g.Stuck }, 0, GradeGood},
		{"tiny hidden weights", 200, func(h *nn.Health) { h.Layers[0].WeightStd = 1e-5 }, func(g LayerGrades) Grade { return g.Spread }, 0, GradeGood},
		{"tiny output weights", 200, func(h *nn.Health) { h.Layers[2].WeightStd = 1e-5 }, func(g LayerGrades) Grade { return g.Spread }, 2, GradeBad},
	}
	for _, tt := range tests {
		h := nn.Health{Step: tt.step, Layers: []nn.LayerHealth{layer(64, nil), layer(64, nil), layer(10, nil)}}
		for k, in := range []int{784, 64, 64} {
			h.Layers[k].WeightStd = nn.FanInStd(in)
			h.Layers[k].GradNorm = 0.5 * float64(in) / 784
		}
		tt.f(&h)
		if got := tt.get(GradeLayers(cfg, h)[tt.layer]); got != tt.want {
			t.Errorf("%s: grade %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestGradeConv: a convolution's filters are graded as a hidden layer's
// units, against the fan-in of a filter.
func TestGradeConv(t *testing.T) {
	cfg, err := nn.ParseConfig("conv=8c5-p2&hidden=none")
	if err != nil {
		t.Fatal(err)
	}
	h := nn.Health{Step: 100}
	rule := nn.FanInStd(25)
	tests := []struct {
		name   string
		l      nn.LayerHealth
		stuck  Grade
		what   string
		spread Grade
	}{
		{"healthy", nn.LayerHealth{WeightStd: rule, UpdateRatio: 1e-3}, GradeGood, "dead", GradeGood}, // ReLU: the share named is the dead one
		{"dead filters", nn.LayerHealth{Dead: 0.95, WeightStd: rule, UpdateRatio: 1e-3}, GradeBad, "dead", GradeGood},
		{"weights far too large", nn.LayerHealth{WeightStd: 100 * rule, UpdateRatio: 1e-3}, GradeGood, "dead", GradeBad},
	}
	for _, tt := range tests {
		g := GradeConv(cfg, h, tt.l, 25)
		if g.Stuck != tt.stuck || g.StuckWhat != tt.what || g.Spread != tt.spread {
			t.Errorf("%s: %+v, want stuck %v (%s), spread %v", tt.name, g, tt.stuck, tt.what, tt.spread)
		}
	}
}
