package trainer

import (
	"testing"

	"digitlab/nn"
)

func TestWantsFreshWorker(t *testing.T) {
	const mb = 1 << 20
	const big = "hidden=1024x1024x1024x1024&batch=1024"
	tests := []struct {
		memory    int64
		old, next string
		want      bool
	}{
		{300 * mb, big, "hidden=128", true},                                                  // after the biggest network, back to the default
		{220 * mb, big, big, true},                                                           // a reset of it: two would not fit together
		{220 * mb, big, "hidden=1024x1024&batch=512", true},                                  // nor with a mid-sized one
		{220 * mb, big, "hidden=512x512&batch=128", true},                                    // a small one gives memory back
		{180 * mb, "hidden=1024x1024&batch=512", "hidden=1024x1024&batch=512&seed=2", false}, // two mid-sized ones fit
		{70 * mb, "hidden=128", big, true},                                                   // even a small run beside it leaves too little room
		{70 * mb, "hidden=128", "hidden=1024x1024&batch=512", false},                         // a small worker can grow into a mid-sized one
		{70 * mb, "hidden=128", "hidden=256x128", false},                                     // small changes keep the worker
		{0, "hidden=128", "hidden=none", false},                                              // memory not reported yet
		{120 * mb, "hidden=512x512&batch=512", "conv=11c6&hidden=none&batch=1024", true},     // the switch took a worker to 313 MB
		{200 * mb, "hidden=512x512", "hidden=none&batch=1", true},                            // gives most of it back
		{120 * mb, "hidden=664x924x935&batch=321", "hidden=664x924x935&batch=321", false},
		{120 * mb, "conv=16c3&hidden=256&batch=256", "conv=16c3&hidden=256&batch=256", true}, // 10,816 values an image unpooled: two runs do not fit
	}
	for _, tt := range tests {
		old, err := nn.ParseConfig(tt.old)
		if err != nil {
			t.Fatal(err)
		}
		next, err := nn.ParseConfig(tt.next)
		if err != nil {
			t.Fatal(err)
		}
		if got := WantsFreshWorker(tt.memory, old, next); got != tt.want {
			t.Errorf("%d MB, %s then %s (needs about %d MB): %v, want %v", tt.memory/mb, tt.old, tt.next, WorkerBytes(next)/mb, got, tt.want)
		}
	}
}

// TestWorkerBytes checks the estimate against what the worker's
// WebAssembly memory was measured at in headless Chromium, within 25%
// (the peak over 30 s of training, all of MNIST loaded).
func TestWorkerBytes(t *testing.T) {
	tests := []struct {
		config   string
		measured float64 // MB
	}{
		{"hidden=1024x1024x1024x1024&batch=1024", 246},
		{"hidden=1024x1024x1024x1024&batch=1024&bn=1", 263},
		{"hidden=128", 88},
		{"hidden=664x924x935&batch=321", 132},
		{"conv=8c5-p2-16c5-p2&hidden=none", 122},
		{"conv=25c4&hidden=none&batch=400", 239},
	}
	for _, tt := range tests {
		cfg, err := nn.ParseConfig(tt.config)
		if err != nil {
			t.Fatal(err)
		}
		if got := float64(WorkerBytes(cfg)) / 1e6; got < 0.75*tt.measured || got > 1.25*tt.measured {
			t.Errorf("%s: %.0f MB, measured %.0f MB", tt.config, got, tt.measured)
		}
	}
}

func TestWeightsCap(t *testing.T) {
	const largest = 3_979_274 // 4×1024 units: 784·1024+1024 + 3·(1024·1024+1024) + 1024·10+10, and 4·4096 of batch norm
	tests := []struct{ n, want int }{
		{0, 0},
		{101_770, 101_770}, // hidden=128
		{largest / 4, largest / 4},
		{largest/4 + 1, largest},
		{1_863_690, largest}, // hidden=1024x1024
		{3_962_890, largest}, // hidden=1024x1024x1024x1024 without batch norm
		{largest, largest},
		{11_087_018, 11_087_018}, // conv=16c3&hidden=1024: more than any perceptron
	}
	for _, tt := range tests {
		if got := WeightsCap(tt.n); got != tt.want {
			t.Errorf("WeightsCap(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

// TestWeightsCapHoldsTheLargest: the weights the worker sends for the
// largest perceptron, with or without batch normalization, fit the one big
// buffer.
func TestWeightsCapHoldsTheLargest(t *testing.T) {
	for _, bn := range []string{"0", "1"} {
		cfg, err := nn.ParseConfig("hidden=1024x1024x1024x1024&bn=" + bn)
		if err != nil {
			t.Fatal(err)
		}
		net, err := nn.NewPredictor(cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n := net.NumParams(); WeightsCap(n) != WeightsCap(1_000_000) || n > WeightsCap(n) {
			t.Errorf("bn=%s: %d weights get a buffer of %d, the big one is %d", bn, n, WeightsCap(n), WeightsCap(1_000_000))
		}
	}
}
