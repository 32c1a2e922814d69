package trainer

import (
	"encoding/json"
	"testing"
	"time"

	"digitlab/assets"
	"digitlab/internal/datasets"
	"digitlab/nn"
)

// realData returns the bundled MNIST as the worker trains on it.
func realData(b *testing.B) Data {
	bundle, err := assets.MNIST()
	if err != nil {
		b.Fatal(err)
	}
	d := datasets.FromBundle(bundle)
	return Data{Train: d.Train, Val: d.Test}
}

// benchEngine trains the default config as the browser worker does, in
// slices of WorkSlice (one per iteration), and with publish a snapshot with
// weights encoded as JSON every WeightsEvery. It reports wall-clock
// training samples/s, evaluations and probes included: TrainOnly against
// Default is what the measurements cost.
func benchEngine(b *testing.B, opts Options, publish bool) {
	e := NewEngine(realData(b), opts)
	if err := e.Handle(Command{Op: OpStart, Config: nn.DefaultConfig().String(), On: true}); err != nil {
		b.Fatal(err)
	}
	var weights []float32
	b.ReportAllocs()
	b.ResetTimer()
	start := e.tr.Samples()
	last := time.Now()
	for i := 0; i < b.N; i++ {
		e.Work(WorkSlice)
		if publish && time.Since(last) >= WeightsEvery {
			s := e.Snapshot(true, weights)
			weights = s.Weights
			if _, err := json.Marshal(s.Progress); err != nil {
				b.Fatal(err)
			}
			last = time.Now()
		}
	}
	b.ReportMetric(float64(e.tr.Samples()-start)/b.Elapsed().Seconds(), "samples/s")
}

func BenchmarkEngineTrainOnly(b *testing.B) {
	benchEngine(b, Options{Trainer: nn.TrainerOptions{EvalEvery: -1, HealthEvery: 1 << 30}}, false)
}
func BenchmarkEngineDefault(b *testing.B)        { benchEngine(b, Options{}, false) }
func BenchmarkEngineDefaultPublish(b *testing.B) { benchEngine(b, Options{}, true) }

// engineAfter returns an engine whose default-config run has seen samples
// training images.
func engineAfter(b *testing.B, samples int64) *Engine {
	e := NewEngine(realData(b), Options{})
	if err := e.Handle(Command{Op: OpStart, Config: nn.DefaultConfig().String(), On: true}); err != nil {
		b.Fatal(err)
	}
	for e.tr.Samples() < samples {
		e.Work(WorkSlice)
	}
	return e
}

// BenchmarkProgress measures what each progress message costs (the
// worker sends ten a second): the worker's snapshot (history copy,
// mistakes, diagnosis) and its JSON encoding, and the page's decoding, early
// in a run (the race to 95% validation accuracy) and near the end of the
// default 30-epoch run, whose history is then longest. bytes is the
// JSON's size (the mistakes' pixels travel beside it).
func BenchmarkProgress(b *testing.B) {
	for _, tc := range []struct {
		name    string
		samples int64
	}{
		{"early", 10000},
		{"late", 29 * 20000},
	} {
		e := engineAfter(b, tc.samples)
		b.Run(tc.name+"/snapshot", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				e.Snapshot(false, nil)
			}
		})
		s := e.Snapshot(false, nil)
		// encode is what the worker sends: the JSON, and the mistakes'
		// pixels beside it.
		var pixels []byte
		encode := func() []byte {
			p := s.Progress
			p.Mistakes = append([]Mistake(nil), s.Mistakes...)
			pixels = p.DetachMistakePixels(pixels[:0])
			text, err := json.Marshal(p)
			if err != nil {
				b.Fatal(err)
			}
			return text
		}
		text := encode()
		b.Run(tc.name+"/marshal", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				encode()
			}
			b.ReportMetric(float64(len(text)), "bytes")
		})
		b.Run(tc.name+"/unmarshal", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var p Progress
				if err := json.Unmarshal(text, &p); err != nil {
					b.Fatal(err)
				}
				if err := p.AttachMistakePixels(pixels); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(text)), "bytes")
		})
	}
}

// BenchmarkOnesSpeed trains draw-robust's config with ones=0 and ones=1
// side by side, a work slice of each in turn per iteration, and reports
// each one's samples/s and their ratio: what drawing the 1s (package
// pad/ones, one batch row in 40) costs the run, measured in one run so
// that the machine's load weighs on both alike.
func BenchmarkOnesSpeed(b *testing.B) {
	preset, err := nn.LookupPreset("draw-robust")
	if err != nil {
		b.Fatal(err)
	}
	var engines [2]*Engine
	for i, on := range []bool{false, true} {
		cfg := preset.Config.Clone()
		cfg.Ones = on
		engines[i] = NewEngine(realData(b), Options{Trainer: nn.TrainerOptions{EvalEvery: -1, HealthEvery: 1 << 30}})
		if err := engines[i].Handle(Command{Op: OpStart, Config: cfg.String(), On: true}); err != nil {
			b.Fatal(err)
		}
	}
	var samples [2]int64
	var spent [2]time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i, e := range engines {
			before, start := e.tr.Samples(), time.Now()
			e.Work(WorkSlice)
			spent[i] += time.Since(start)
			samples[i] += e.tr.Samples() - before
		}
	}
	off := float64(samples[0]) / spent[0].Seconds()
	on := float64(samples[1]) / spent[1].Seconds()
	b.ReportMetric(off, "off-samples/s")
	b.ReportMetric(on, "on-samples/s")
	b.ReportMetric(on/off, "on/off")
}
