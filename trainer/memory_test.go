package trainer

import (
	"testing"

	"digitlab/nn"
)

func TestWantsFreshWorker(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		memory int64
		config string
		want   bool
	}{
		{300 * mb, "hidden=128", true},                             // after the biggest network, back to the default
		{300 * mb, "hidden=1024x1024x1024x1024&batch=1024", false}, // the same big network again
		{70 * mb, "hidden=256x128", false},                         // small changes keep the worker
		{0, "hidden=none", false},                                  // memory not reported yet
		{160 * mb, "hidden=1024x1024x1024x1024&batch=32", false},   // needs most of what it has
		{200 * mb, "hidden=none&batch=1", true},
	}
	for _, tt := range tests {
		cfg, err := nn.ParseConfig(tt.config)
		if err != nil {
			t.Fatal(err)
		}
		if got := WantsFreshWorker(tt.memory, cfg); got != tt.want {
			t.Errorf("%d MB, %s (needs about %d MB): %v, want %v", tt.memory/mb, tt.config, WorkerBytes(cfg)/mb, got, tt.want)
		}
	}
}
