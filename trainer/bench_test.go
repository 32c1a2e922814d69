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

// progressAfter returns the snapshot of the default config after samples
// training images, as the worker would publish it.
func progressAfter(b *testing.B, samples int64) Snapshot {
	e := NewEngine(realData(b), Options{})
	if err := e.Handle(Command{Op: OpStart, Config: nn.DefaultConfig().String(), On: true}); err != nil {
		b.Fatal(err)
	}
	for e.tr.Samples() < samples {
		e.Work(WorkSlice)
	}
	return e.Snapshot(true, nil)
}

// BenchmarkProgressJSON measures what the page pays per progress message
// four times a second: decoding the worker's JSON after one epoch.
func BenchmarkProgressJSON(b *testing.B) {
	s := progressAfter(b, 20000)
	text, err := json.Marshal(s.Progress)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var p Progress
		if err := json.Unmarshal(text, &p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(text)), "bytes")
}
