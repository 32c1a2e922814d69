package diagnose

import (
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
)

// TestNarrowAtChance: a run still at chance whose network is narrowed to a
// handful of values per image gets underfitting first, as severe as the
// not-learning it explains and hedged ("may"); a run at chance of a wide
// network gets no underfitting.
func TestNarrowAtChance(t *testing.T) {
	tests := []struct {
		name, conv  string
		hidden      []int
		first, says string
	}{
		{"two one-filter convolutions", "1c5-p2-1c5-p2", []int{}, CodeUnderfitting, "the first convolution has only 1 filter"},
		{"a first convolution of two filters", "2c5-p2", []int{}, CodeUnderfitting, "only 2 filters"},
		{"a hidden layer of 4 units", "", []int{4}, CodeUnderfitting, "hidden layer 1 has only 4 units"},
		{"a wide network", "", []int{128}, CodeNotLearning, ""},
		{"a convolution of 8 filters", "8c5-p2", []int{}, CodeNotLearning, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := healthy()
			in.Config.Conv, in.Config.Hidden, in.Config.TrainSize = tt.conv, tt.hidden, 10000
			in.History.Train = curve(20, constant(2.3), constant(0.11))
			in.History.Val = curve(20, constant(2.3), constant(0.11))
			fs := Diagnose(in)
			if len(fs) == 0 || fs[0].Code != tt.first {
				t.Fatalf("findings %v, want %s first", Codes(fs), tt.first)
			}
			if tt.first != CodeUnderfitting {
				for _, f := range fs {
					if f.Code == CodeUnderfitting {
						t.Errorf("a network that is not narrow: %s", f.Message)
					}
				}
				return
			}
			f := fs[0]
			if f.Severity != Severe || !strings.Contains(f.Message, tt.says) || !strings.Contains(f.Message, "may") || f.Change == "" {
				t.Errorf("finding %+v: want severe, hedged, saying %q, with a change", f, tt.says)
			}
			if fixed, err := Apply(in.Config, f.Change); err != nil || narrow(fixed) != "" {
				t.Errorf("change %q gives %v (%v): want a config that is not narrow", f.Change, fixed, err)
			}
		})
	}
}

// TestUnderfitClimbInFirstEpochs: in the first two epochs, the climb that
// defers underfitting is measured over the second half of the run, so a
// run after exactly one epoch is judged by how much it still climbs.
func TestUnderfitClimbInFirstEpochs(t *testing.T) {
	tests := []struct {
		name     string
		from, to float64 // training accuracy over the epoch
		want     bool
	}{
		{"climbing 26 points over the epoch", 0.60, 0.86, false},
		{"climbing 4 points over the epoch", 0.82, 0.86, true},
		{"level", 0.86, 0.86, true},
	}
	for _, tt := range tests {
		in := healthy()
		in.History.Train = curve(20, falling(0.8, 0.45, 20), falling(tt.from, tt.to, 20))
		in.History.Val = curve(20, falling(0.8, 0.45, 20), falling(tt.from, tt.to-0.005, 20))
		_, got := underfitting(in)
		if got != tt.want {
			t.Errorf("%s: underfitting %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestLimitedFitWithGap: a setting that limits the fit (8 units, a heavy
// L2) with training accuracy below UnderfitLevelAcc is underfitting even
// when validation sits more than OverfitGap below the training curve, as
// it does on 5,000 images; the same curves without such a setting get no
// underfitting, and a limited network that fits its training images past
// OverfitMinAcc with the gap overfits.
func TestLimitedFitWithGap(t *testing.T) {
	tests := []struct {
		name          string
		hidden        []int
		l2            float64
		train, val    float64 // last accuracies
		first         string
		underfitSpeak bool
	}{
		{"8 units, 7 points of gap", []int{8}, 0, 0.90, 0.83, CodeUnderfitting, true},
		{"an L2 of 0.05, 10 points of gap", []int{128}, 0.05, 0.85, 0.75, CodeUnderfitting, true},
		{"128 units without L2, 7 points of gap", []int{128}, 0, 0.90, 0.83, "", false},
		{"8 units fitting 97%, 9 points of gap", []int{8}, 0, 0.97, 0.88, CodeOverfitting, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := healthy()
			in.Config.Hidden, in.Config.L2, in.Config.TrainSize = tt.hidden, tt.l2, 5000
			// Both curves rise over the first two epochs and then hold.
			rise := func(a, b float64) func(int) float64 {
				return func(i int) float64 { return falling(a, b, 10)(min(i, 9)) }
			}
			in.History.Train = curve(20, falling(1.0, 0.3, 20), rise(0.6, tt.train))
			in.History.Val = curve(20, falling(0.9, 0.5, 20), rise(0.6, tt.val))
			fs := Diagnose(in)
			first := ""
			if len(fs) > 0 {
				first = fs[0].Code
			}
			if first != tt.first {
				t.Fatalf("findings %v, want %q first", Codes(fs), tt.first)
			}
			f, got := underfitting(in)
			if got != tt.underfitSpeak {
				t.Fatalf("underfitting %v (%s), want %v", got, f.Message, tt.underfitSpeak)
			}
			if got && !strings.Contains(f.Message, "Validation is lower still") {
				t.Errorf("message %q does not say that validation is lower still", f.Message)
			}
		})
	}
}

// TestSlowFitCause: the underfitting finding of a network that no setting
// limits names what most likely holds it back, and offers more capacity
// only when nothing in its settings does.
func TestSlowFitCause(t *testing.T) {
	tests := []struct {
		name string
		set  func(c *nn.Config)
		says string
		fix  string
	}{
		{"an L2 of 0.005", func(c *nn.Config) { c.L2 = 0.005 }, "An L2 of 0.005", "Lower L2 (now 0.005)"},
		{"an L2 of 0.001 is no cause", func(c *nn.Config) { c.L2 = 0.001 }, "more capacity", "Give it more capacity"},
		{"sigmoid units under SGD", func(c *nn.Config) { c.Activation, c.Optimizer = nn.ActSigmoid, nn.OptSGD }, "Sigmoid units", "Use relu units"},
		{"sigmoid units under momentum", func(c *nn.Config) { c.Activation, c.Optimizer = nn.ActSigmoid, nn.OptMomentum }, "Sigmoid units", "Use relu units"},
		{"sigmoid units under adam are no cause", func(c *nn.Config) { c.Activation = nn.ActSigmoid }, "more capacity", "Give it more capacity"},
		{"relu units under adam", func(c *nn.Config) {}, "more capacity", "Give it more capacity"},
		{"an L2 of 0.05, a limit by itself", func(c *nn.Config) { c.L2 = 0.05 }, "An L2 of 0.05", "Lower L2 (now 0.05)"},
		{"no hidden layer", func(c *nn.Config) { c.Hidden = nil }, "more capacity", "Add a hidden layer"},
	}
	for _, tt := range tests {
		c := nn.DefaultConfig()
		tt.set(&c)
		if got := slowFitCause(c); !strings.Contains(got, tt.says) {
			t.Errorf("%s: %q, want it to say %q", tt.name, got, tt.says)
		}
		if got := underfitFix(c); !strings.HasPrefix(got, tt.fix) {
			t.Errorf("%s: fix %q, want it to begin %q", tt.name, got, tt.fix)
		}
	}
}

// TestOvershootIsNoUnderfitting: a curve that levels off because its steps
// overshoot (its loss climbed back) is named learning-rate-too-high, and
// not also underfitting with more capacity offered: SGD at 0.1 with
// batches of 2 fell back 1.2 points over two epochs and was told both.
func TestOvershootIsNoUnderfitting(t *testing.T) {
	in := healthy()
	in.Config.Optimizer, in.Config.LearningRate, in.Config.BatchSize = nn.OptSGD, 0.1, 2
	stretch(&in, 6, falling(0.5, 0.07, 20), falling(0.85, 0.95, 20), falling(0.4, 0.2, 20), falling(0.88, 0.945, 20))
	for i := 6; i < 20; i++ { // levelled, then falling back as the loss climbs
		in.History.Train[i].Acc = 0.95 - 0.001*float64(i-6)
		in.History.Train[i].Loss = 0.07 + 0.02*float64(i-6)
	}
	codes := Codes(Diagnose(in))
	if !slices.Contains(codes, CodeLRTooHigh) || slices.Contains(codes, CodeUnderfitting) {
		t.Errorf("findings %v, want learning-rate-too-high and no underfitting", codes)
	}
}

// TestBadScaleIsNoSlowRate: a run slowed by weights of the wrong scale is
// named bad-init-scale, and neither learning-rate-too-low (raising the
// rate on weights far too large is no sure fix) nor underfitting that
// offers more capacity: elu units from normal-1 weights under SGD at 0.01
// read 85% after four epochs and were told both.
func TestBadScaleIsNoSlowRate(t *testing.T) {
	in := healthy()
	in.Config.Activation, in.Config.Init, in.Config.Optimizer, in.Config.LearningRate = nn.ActELU, nn.InitNormal1, nn.OptSGD, 0.01
	in.History.Initial.Loss = 110
	in.History.Initial.Layers[0].WeightStd = 1
	stretch(&in, 4, falling(20, 0.5, 20), falling(0.3, 0.845, 20), falling(15, 0.5, 20), falling(0.4, 0.85, 20))
	for i := 6; i < 20; i++ {
		in.History.Train[i].Acc = 0.84 + 0.0003*float64(i-6)
	}
	codes := Codes(Diagnose(in))
	if len(codes) == 0 || codes[0] != CodeBadInitScale || slices.Contains(codes, CodeLRTooLow) || slices.Contains(codes, CodeUnderfitting) {
		t.Errorf("findings %v, want bad-init-scale and neither learning-rate-too-low nor underfitting", codes)
	}
}

// TestOvershootIsNoMemorizing: a validation loss that rises while the
// training loss climbs back from its best is overshooting steps, not
// memorizing: rmsprop at 0.01 (96.8% training, 95.8% validation accuracy)
// was told both, the second "while the training loss kept falling".
func TestOvershootIsNoMemorizing(t *testing.T) {
	in := healthy()
	in.Config.Optimizer, in.Config.LearningRate = nn.OptRMSProp, 0.01
	stretch(&in, 4, falling(0.6, 0.12, 20), falling(0.8, 0.968, 20), falling(0.4, 0.2, 20), falling(0.85, 0.958, 20))
	// The training loss falls to 0.12 and climbs back to 0.26; the
	// validation loss is lowest at 0.2 a third of the way, when the
	// training loss stood at 0.36, and rises to 0.34.
	for i := range 20 {
		in.History.Train[i].Loss = max(0.6-0.04*float64(i), 0.12+0.02*float64(i-12))
		in.History.Val[i].Loss = max(0.5-0.06*float64(i), 0.2+0.01*float64(i-5))
	}
	codes := Codes(Diagnose(in))
	if !slices.Contains(codes, CodeLRTooHigh) || slices.Contains(codes, CodeOverfitting) {
		t.Errorf("findings %v, want learning-rate-too-high and no overfitting", codes)
	}
}

// TestBadScaleOfARunThatLearned: weights far off the fan-in rule are
// severe while the run is held back, and a warning once it reads 95% of
// the validation images, which a severe finding would deny.
func TestBadScaleOfARunThatLearned(t *testing.T) {
	for _, tt := range []struct {
		name string
		val  float64
		want Severity
	}{
		{"held back at 90%", 0.90, Severe},
		{"learned past it to 95.5%", 0.955, Warning},
	} {
		in := healthy()
		in.Config.Init = nn.InitTiny
		in.History.Initial.Layers[0].WeightStd = 0.00058
		in.History.Val = curve(20, falling(0.9, 0.2, 20), falling(0.7, tt.val, 20))
		fs := Diagnose(in)
		if len(fs) == 0 || fs[0].Code != CodeBadInitScale || fs[0].Severity != tt.want {
			t.Errorf("%s: findings %+v, want bad-init-scale first, %s", tt.name, fs, tt.want)
		}
	}
}
