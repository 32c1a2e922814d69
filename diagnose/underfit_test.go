package diagnose

import (
	"strings"
	"testing"
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
