package nn

import (
	"runtime"
	"slices"
	"testing"
)

// TestTrainingFloatsIsWhatTrainingHolds builds trainers and measures the
// heap they hold after a few steps: the estimate that bounds configs and
// decides when the browser starts a fresh worker must be what the layers
// really allocate, for dense and convolutional networks, with and without
// batch normalization and pooling.
func TestTrainingFloatsIsWhatTrainingHolds(t *testing.T) {
	tests := []string{
		"hidden=1024x1024&batch=512",
		"hidden=300x300x300&bn=1&batch=700",
		"conv=25c4&hidden=none&batch=400",
		"conv=8c5s-p2-32c3&hidden=64&bn=1&batch=300",
		"conv=8c5-p2-16c5-p2&hidden=none&batch=32",
	}
	train, val := synthData(1100, 1), synthData(100, 2)
	for _, s := range tests {
		cfg, err := ParseConfig(s + "&train=1000")
		if err != nil {
			t.Fatal(err)
		}
		before := liveHeap()
		tr, err := NewTrainer(cfg, train, val, TrainerOptions{})
		if err != nil {
			t.Fatal(err)
		}
		tr.Step(2)
		held := float64(liveHeap()-before) / 4
		runtime.KeepAlive(tr)
		if est := float64(cfg.TrainingFloats()); est < 0.95*held || est > 1.05*held {
			t.Errorf("%s: estimate %.1fM floats, training holds %.1fM", s, est/1e6, held/1e6)
		}
	}
}

func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// TestMaxTrainingFloats: the bound is what the largest perceptron holds,
// so every perceptron the hidden and batch keys allow can be trained, and
// a convolutional network is held to the same memory.
func TestMaxTrainingFloats(t *testing.T) {
	largest := DefaultConfig()
	largest.Hidden = slices.Repeat([]int{MaxUnits}, MaxHiddenLayers)
	largest.BatchSize = MaxBatchSize
	largest.BatchNorm = true
	if got := largest.TrainingFloats(); got != MaxTrainingFloats {
		t.Errorf("the largest perceptron holds %d floats, MaxTrainingFloats is %d", got, MaxTrainingFloats)
	}
	for _, tt := range []struct {
		config string
		ok     bool
	}{
		{"hidden=1024x1024x1024x1024&batch=1024&bn=1", true},
		{"conv=25c4&hidden=none&batch=400", true},
		{"conv=25c4&hidden=none&batch=691", false}, // measured 349 MB in Chromium's worker
		{"conv=32c3s-p2&hidden=none&batch=1024", false},
	} {
		_, err := ParseConfig(tt.config)
		if (err == nil) != tt.ok {
			t.Errorf("%s: error %v, want ok=%v", tt.config, err, tt.ok)
		}
	}
}
