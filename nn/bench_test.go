package nn

import (
	"slices"
	"testing"
	"time"

	"digitlab/augment"
)

// benchTrain measures training throughput of the seed model (784-128-10,
// relu, Adam) on real MNIST, one step per iteration, with the trainer's
// periodic measurements switched off so that only the step is timed.
func benchTrain(b *testing.B, batch int, aug augment.Level) {
	train, test := realMNIST(b)
	cfg := DefaultConfig()
	cfg.BatchSize = batch
	cfg.Augment = aug
	tr, err := NewTrainer(cfg, train, test.Head(100), TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20, DrawOne: new(drawBar).draw})
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

func BenchmarkTrainBatch32(b *testing.B)  { benchTrain(b, 32, augment.Off) }
func BenchmarkTrainBatch128(b *testing.B) { benchTrain(b, 128, augment.Off) }

// The same step with each image distorted as it is gathered: the page's
// target is at least 70% of the unaugmented speed.
func BenchmarkTrainBatch32AugmentLight(b *testing.B)  { benchTrain(b, 32, augment.Light) }
func BenchmarkTrainBatch32AugmentStrong(b *testing.B) { benchTrain(b, 32, augment.Strong) }

// BenchmarkAugmentSpeed trains a network without augmentation and at each
// level in turn, one step each per iteration, and reports each level's
// speed as a share of the unaugmented speed: for the seed model and for
// draw-robust's network (its preset config at each level), where the same
// distortion costs a smaller share of a larger step. On a shared machine
// (and in the browser) separate runs of BenchmarkTrainBatch32 vary by
// 1.5x, and even interleaved steps do when the scheduler takes the core
// away for a few milliseconds in the middle of one, so the figures come
// from the interquartile mean of each level's step times: steps that lost
// the core fall in the top quarter.
func BenchmarkAugmentSpeed(b *testing.B) {
	train, test := realMNIST(b)
	robust, err := LookupPreset("draw-robust")
	if err != nil {
		b.Fatal(err)
	}
	for _, net := range []struct {
		name string
		cfg  Config
	}{{"seed", DefaultConfig()}, {"draw-robust", robust.Config}} {
		b.Run(net.name, func(b *testing.B) {
			var trs []*Trainer
			for l := augment.Off; l <= augment.MaxLevel; l++ {
				cfg := net.cfg.Clone()
				cfg.Augment = l
				tr, err := NewTrainer(cfg, train, test.Head(100), TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20, DrawOne: new(drawBar).draw})
				if err != nil {
					b.Fatal(err)
				}
				tr.Step(10)
				trs = append(trs, tr)
			}
			spent := make([][]time.Duration, len(trs))
			for l := range spent {
				spent[l] = make([]time.Duration, b.N)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for l, tr := range trs {
					start := time.Now()
					tr.step()
					spent[l][i] = time.Since(start)
				}
			}
			b.StopTimer()
			step := make([]float64, len(trs))
			for l, d := range spent {
				step[l] = interquartileMean(d)
			}
			b.ReportMetric(float64(net.cfg.BatchSize)/step[0], "off-samples/s")
			for l := augment.Light; l <= augment.MaxLevel; l++ {
				b.ReportMetric(step[0]/step[l], l.String()+"/off")
			}
		})
	}
}

// interquartileMean returns the mean of the middle half of d, in seconds
// (d is sorted in place).
func interquartileMean(d []time.Duration) float64 {
	slices.Sort(d)
	mid := d[len(d)/4 : len(d)-len(d)/4]
	var sum time.Duration
	for _, v := range mid {
		sum += v
	}
	return sum.Seconds() / float64(len(mid))
}

// BenchmarkPredict measures the classification of one drawn digit, as the
// app does on every change of the pad.
func BenchmarkPredict(b *testing.B) {
	train, test := realMNIST(b)
	tr, err := NewTrainer(DefaultConfig(), train, test.Head(100), TrainerOptions{})
	if err != nil {
		b.Fatal(err)
	}
	tr.Step(100)
	n := tr.Network()
	img, probs := make([]float32, Inputs), make([]float32, Classes)
	for i, p := range test.Image(0) {
		img[i] = float32(p) / 255
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n.Predict(img, probs)
	}
}

// BenchmarkPresets measures a training step of every preset, as the app
// trains them (measurements off; draw-robust's drawn 1s are test bars, not
// package pad/ones's drawings, which nn cannot import): the failure gallery has deep and wide
// networks and other optimizers, which the seed model does not exercise. A
// run that stops (fail-diverge) is started again, off the clock.
func BenchmarkPresets(b *testing.B) {
	train, test := realMNIST(b)
	for _, p := range Presets() {
		b.Run(p.Name, func(b *testing.B) {
			start := func() *Trainer {
				tr, err := NewTrainer(p.Config, train, test.Head(100), TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20, DrawOne: new(drawBar).draw})
				if err != nil {
					b.Fatal(err)
				}
				tr.Step(1)
				return tr
			}
			tr := start()
			b.ReportAllocs()
			b.ResetTimer()
			var samples int64
			from := tr.Samples()
			for i := 0; i < b.N; i++ {
				if tr.State() != Training {
					b.StopTimer()
					samples += tr.Samples() - from
					tr = start()
					from = tr.Samples()
					b.StartTimer()
				}
				tr.step()
			}
			samples += tr.Samples() - from
			b.ReportMetric(float64(samples)/b.Elapsed().Seconds(), "samples/s")
		})
	}
}
