package diagnose

import (
	"strings"
	"testing"

	"digitlab/nn"
)

// A run without findings is called healthy only once it is old enough
// to judge and reads as a healthy run does; one that reads less is told
// no cause was found, with its numbers, and a small training set is
// named as what can hold it back.
func TestQuietOf(t *testing.T) {
	tests := []struct {
		name    string
		samples int64
		val     []float64 // the validation curve's accuracies, nil for none
		train   int
		status  string
		says    string // in the text
	}{
		{"too young", 12000, []float64{0.5, 0.8}, 20000, QuietWatching, "Findings appear here"},
		{"no curve yet", 30000, nil, 20000, QuietWatching, "Findings appear here"},
		{"old enough and reading well", 30000, []float64{0.9, 0.953}, 20000, QuietHealthy, "Validation accuracy is 95.3% after 30,000 training images"},
		{"old enough and reading poorly", 30000, []float64{0.2, 0.37}, 20000, QuietNoCause, "only 37.0% after 30,000 training images"},
		{"at the line", 20000, []float64{0.5, HealthyAcc}, 20000, QuietHealthy, "look healthy"},
		{"short of health on few images", 30000, []float64{0.7, 0.86}, 1000, QuietNoCause, "With only 1,000 training images"},
		{"no validation point yet: the training curve", 22400, nil, 60000, QuietNoCause, "Training accuracy is only 30.0% after 22,400"},
	}
	for _, tt := range tests {
		var h nn.History
		for i, a := range tt.val {
			h.Val = append(h.Val, nn.Point{Samples: int64(i+1) * 1000, Acc: a})
		}
		if tt.train == 60000 { // the one-filter convolution: a training curve only
			h.Train = []nn.Point{{Samples: 20000, Acc: 0.1}, {Samples: 21000, Acc: 0.25}, {Samples: 22000, Acc: 0.3}, {Samples: 22400, Acc: 0.35}}
		}
		q := QuietOf(h, tt.samples, tt.train)
		if q.Status != tt.status || !strings.Contains(q.Text, tt.says) || q.Title == "" {
			t.Errorf("%s: %+v, want %s saying %q", tt.name, q, tt.status, tt.says)
		}
	}
}
