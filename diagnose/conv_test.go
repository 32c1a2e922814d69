package diagnose

import (
	"slices"
	"testing"

	"digitlab/assets"
	"digitlab/nn"
	"digitlab/pad/ones"
)

// The rules hold for convolutional configs, whose convolutions the probe
// does not see: a learning rate that kills every filter, a huge
// initialization, dropout before a batch norm, and sane configs, each
// trained briefly on the bundled data.
func TestConvConfigs(t *testing.T) {
	if testing.Short() {
		t.Skip("trains convolutions")
	}
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	train := nn.Dataset{Pixels: b.Train.Images, Labels: b.Train.Labels}
	val := nn.Dataset{Pixels: b.Test.Images, Labels: b.Test.Labels}
	tests := []struct {
		config  string
		samples int64
		first   string   // the first finding's code, "" for none severe
		also    []string // codes that must be among the findings
		change  string   // the first finding's change
	}{
		{"conv=4c5-p2&hidden=none&opt=sgd&lr=4", 10000, CodeLRTooHigh, []string{CodeDeadUnits}, "lr=0.1"},
		{"conv=4c5-p2&hidden=32&opt=sgd&lr=4", 10000, CodeLRTooHigh, []string{CodeDeadUnits}, "lr=0.1"},
		{"conv=4c5-p2&hidden=none&init=normal-1", 3000, CodeBadInitScale, nil, "init=he-normal"},
		{"conv=4c5-p2&hidden=32", 10000, "", nil, ""},
		// Dropout before the second convolution's batch norm: whole, the
		// network reads its training images far worse than thinned.
		{"conv=8c5-p2-16c5-p2&bn=1&dropout=0.5", 40000, CodeDropoutShift, nil, "dropout=0"},
		{"conv=8c5-p2-16c5-p2&bn=1&dropout=0.2", 40000, "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.config, func(t *testing.T) {
			t.Parallel()
			cfg, err := nn.ParseConfig(tt.config)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := nn.NewTrainer(cfg, train, val, nn.TrainerOptions{EvalEvery: 10000, ValLimit: 2000, DrawOne: new(ones.Drawer).Draw})
			if err != nil {
				t.Fatal(err)
			}
			for tr.State() == nn.Training && tr.Samples() < tt.samples {
				tr.Step(50)
			}
			fs := Diagnose(Input{Config: tr.Config(), History: *tr.History(), Diverged: tr.DivergedReason(), Samples: tr.Samples()})
			if tt.first == "" {
				for _, f := range fs {
					if f.Severity == Severe {
						t.Errorf("a sane config has a severe finding: %s: %s", f.Code, f.Message)
					}
				}
				return
			}
			if len(fs) == 0 || fs[0].Code != tt.first || fs[0].Change != tt.change {
				t.Fatalf("findings %+v, want %s first with change %s", fs, tt.first, tt.change)
			}
			for _, code := range tt.also {
				if !slices.Contains(Codes(fs), code) {
					t.Errorf("findings %v, want %s among them", Codes(fs), code)
				}
			}
			t.Logf("%s: %s", fs[0].Code, fs[0].Message)
		})
	}
}
