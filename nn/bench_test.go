package nn

import (
	"testing"
)

func benchTrain(b *testing.B, batch int) {
	cfg := DefaultConfig()
	cfg.BatchSize = batch
	cfg.TrainSize = 4000
	data := benchData(b)
	tr, err := NewTrainer(cfg, data, data.Head(500), TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20})
	if err != nil {
		b.Fatal(err)
	}
	tr.Step(10)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr.step()
	}
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "samples/s")
}

func BenchmarkTrainBatch32(b *testing.B)  { benchTrain(b, 32) }
func BenchmarkTrainBatch128(b *testing.B) { benchTrain(b, 128) }
