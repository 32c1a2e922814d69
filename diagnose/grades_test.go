package diagnose

import (
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
