package game

import (
	"testing"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// TestCurvesShowTheFitProbe: the curves tab shows the fit probe
// (nn.History.Fit, the whole network on training images) beside the
// training curve when that curve is of thinned networks or distorted
// images (dropout, augmentation, drawings mixed in), and not otherwise,
// where it would say what the training curve says; the accuracy axis
// takes it in.
func TestCurvesShowTheFitProbe(t *testing.T) {
	h := nn.History{
		Train: []nn.Point{{Samples: 1000, Loss: 1.2, Acc: 0.6}, {Samples: 2000, Loss: 0.9, Acc: 0.7}},
		Val:   []nn.Point{{Samples: 1000, Loss: 1.0, Acc: 0.65}, {Samples: 2000, Loss: 0.8, Acc: 0.72}},
		Fit:   []nn.Point{{Samples: 1000, Loss: 0.1, Acc: 0.97}, {Samples: 2000, Loss: 0.05, Acc: 0.995}},
	}
	tests := []struct {
		config  string
		withFit bool
	}{
		{"dropout=0.5&train=500", true},
		{"augment=strong", true},
		{"drawn=1", true},
		{"", false},
		{"hidden=256&train=500", false},
	}
	for _, tt := range tests {
		cfg, err := nn.ParseConfig(tt.config)
		if err != nil {
			t.Fatal(err)
		}
		v := newCurvesView()
		s := ui.ScreenLayout(1280, 800, 0)
		v.resize(&s)
		v.follow(&feed{cfg: cfg, run: cfg, runOK: true, snap: &trainer.Snapshot{Progress: trainer.Progress{History: h}}})
		for _, c := range []*chart{v.loss, v.acc} {
			if got := c.fit != nil; got != tt.withFit {
				t.Errorf("%q: %s chart shows the fit probe: %v, want %v", tt.config, c.title, got, tt.withFit)
			}
		}
		if top := v.acc.y.Hi; tt.withFit && top < 0.995 {
			t.Errorf("%q: the accuracy axis ends at %v, below the fit probe's 99.5%%", tt.config, top)
		}
	}
}
