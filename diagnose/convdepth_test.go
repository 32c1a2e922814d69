package diagnose

import (
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
)

// convProbe returns a probe of a network of convolutions whose RMS weight
// gradients are convRMS (input side first) and whose output layer's is
// outRMS: each has 100 weights, so a gradient norm of 10·rms.
func convProbe(convRMS []float64, outRMS float64) nn.Health {
	h := nn.Health{Step: 300, Samples: 9600, Loss: 2.3}
	// One probe: its convolutions, then its output layer.
	for _, r := range convRMS {
		h.Conv = append(h.Conv, nn.LayerHealth{Units: 8, Weights: 100, GradNorm: 10 * r, WeightStd: 0.1, UpdateRatio: 1e-3})
	}
	h.Layers = []nn.LayerHealth{{Units: 10, Weights: 100, GradNorm: 10 * outRMS, WeightStd: 0.05, UpdateRatio: 1e-3}}
	return h
}

// TestConvVanishing: the gradient is judged on its way back through two
// or more convolutions, the first against the output layer, and the
// finding names the convolutions with their gradients; a healthy stack
// (whose filters' gradients sum over positions and so exceed the output
// layer's), a shrink of less than ConvGradientRatio, a single convolution
// and a dead first convolution say nothing of it.
func TestConvVanishing(t *testing.T) {
	tests := []struct {
		name, conv string
		convRMS    []float64
		outRMS     float64
		want       bool
		says       []string
	}{
		{"tiny gradients through four convolutions", "p2-8c3-8c3-8c3-8c3", []float64{1e-11, 5e-12, 4e-12, 2e-11}, 6e-7, true,
			[]string{"through 4 convolutions", "6e-07 at the output layer", "1e-11, 5e-12, 4e-12, 2e-11 at convolutions 1 to 4"}},
		{"a shrink past ConvGradientRatio through two", "8c5-p2-16c5-p2", []float64{1e-5, 1e-3}, 2e-3, true, []string{"shrinks 2e+02-fold", "through 2 convolutions"}},
		// Four stacked sigmoid convolutions at chance (the visitors
		// catalogue): 26 times below the output layer.
		{"sigmoid convolutions 26 times below the output layer", "p2-8c3-8c3-8c3-8c3-p2", []float64{5.7e-5, 5.4e-5, 2e-4, 1e-3}, 1.5e-3, true, []string{"shrinks 26-fold"}},
		{"a healthy stack", "p2-8c3-8c3-8c3-8c3", []float64{0.03, 0.02, 0.01, 0.01}, 0.008, false, nil},
		{"a shrink short of ConvGradientRatio", "8c5-p2-16c5-p2", []float64{1e-4, 2e-4}, 5e-4, false, nil},
		{"one convolution", "8c5-p2", []float64{1e-9}, 1e-3, false, nil},
		{"a dead first convolution", "8c5-p2-16c5-p2", []float64{0, 1e-3}, 1e-3, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := healthy()
			in.Config.Conv, in.Config.Hidden, in.Config.Activation, in.Config.Init = tt.conv, []int{}, nn.ActTanh, nn.InitGlorotUniform
			in.History.Health = []nn.Health{convProbe(tt.convRMS, tt.outRMS)}
			in.History.Initial.Layers = in.History.Initial.Layers[1:]
			fs := Diagnose(in)
			i := slices.Index(Codes(fs), CodeVanishing)
			if (i >= 0) != tt.want {
				t.Fatalf("findings %v, want vanishing-gradients %v", Codes(fs), tt.want)
			}
			if i < 0 {
				return
			}
			if fs[i].Severity != Severe || fs[i].Change == "" {
				t.Errorf("vanishing finding %+v: want severe with a change", fs[i])
			}
			for _, s := range tt.says {
				if !strings.Contains(fs[i].Message, s) {
					t.Errorf("message %q does not say %q", fs[i].Message, s)
				}
			}
		})
	}
}

// TestConvVanishingGrades: the Layers tab marks a convolution's gradient
// bad exactly when it is below the output layer's by ConvGradientRatio in a
// stack of two or more, as the rule judges the first.
func TestConvVanishingGrades(t *testing.T) {
	cfg, err := nn.ParseConfig("conv=p2-8c3-8c3-8c3&hidden=none&act=tanh")
	if err != nil {
		t.Fatal(err)
	}
	h := convProbe([]float64{1e-7, 5e-5, 2e-4, 0.02}, 1e-3)
	want := []Grade{GradeBad, GradeBad, GradeGood, GradeGood}
	for k, l := range h.Conv {
		if g := GradeConv(cfg, h, l, 72); g.Gradient != want[k] {
			t.Errorf("convolution %d (rms %.2g against %.2g): gradient grade %d, want %d", k+1, l.GradRMS(), 1e-3, g.Gradient, want[k])
		}
	}
	one := convProbe([]float64{1e-7}, 1e-3)
	if g := GradeConv(cfg, one, one.Conv[0], 72); g.Gradient != GradeGood {
		t.Errorf("a single convolution: gradient grade %d, want good (no depth to vanish through)", g.Gradient)
	}
}

// TestConvInitScale: a convolution's initial spread is judged against its
// filters' fan-in, and the finding names the convolution.
func TestConvInitScale(t *testing.T) {
	tests := []struct {
		std  float64
		want string // in the bad-init-scale message, "" for no finding
	}{
		{5.8e-4, "convolution 2 have spread 0.00058 where the fan-in rule √(1/200) gives 0.071"},
		{0.06, ""},
		{2, "convolution 2 have spread 2 where the fan-in rule √(1/200) gives 0.071: 28 times too large"},
		// A convolution a little off (a warning) gives way to a dense
		// layer further off (severe).
		{0.45, "dense layer 1 have spread 1"},
	}
	for _, tt := range tests {
		in := healthy()
		in.Config.Conv, in.Config.Hidden = "8c5-p2-16c5-p2", []int{}
		in.History.Initial.Conv = []nn.LayerHealth{{Units: 8, WeightStd: 0.2}, {Units: 16, WeightStd: tt.std}}
		in.History.Initial.Layers = []nn.LayerHealth{{Units: 10, WeightStd: nn.FanInStd(256)}}
		if tt.std == 0.45 {
			in.History.Initial.Layers[0].WeightStd = 1
		}
		in.History.Health[0].Layers = in.History.Initial.Layers
		f, ok := badInitScale(in)
		switch {
		case tt.want == "" && ok:
			t.Errorf("spread %g: %s", tt.std, f.Message)
		case tt.want != "" && (!ok || !strings.Contains(f.Message, tt.want)):
			t.Errorf("spread %g: finding %v %q, want one saying %q", tt.std, ok, f.Message, tt.want)
		}
	}
}
