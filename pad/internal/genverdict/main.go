// Command genverdict trains pad/notdigit.model, the small network that
// pad.Judge asks whether a 28x28 image looks like a digit at all. It is a
// network of its own, trained once here and bundled, so the verdict does
// not depend on the network the user is training.
//
// It learns two answers (output 0: a digit, output 1: not a digit) from
//   - the bundled 20,000 MNIST training images, as digits;
//   - drawn digits of pad/drawset's tuning part (seed TrainSeed), as
//     digits, so that the pad's rendering itself is not a sign of a
//     non-digit;
//   - non-digits of pad/drawset's tuning part (seed TrainSeed).
//
// The held-out families of pad/drawset never enter, nor do the seeds
// cmd/padbench reports on, so padbench's held-out figures measure drawings
// the model has not seen. Run from the module root:
//
//	go run ./pad/internal/genverdict
//
// Training is seeded and deterministic on one platform, so the file is the
// same on every run on the same machine.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math"
	"os"

	"digitlab/assets"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/pad/drawset"
)

// Sizes of the training data and the run. TrainSeed is not a seed
// cmd/padbench uses by default (1).
const (
	TrainSeed   = 7
	drawnDigits = 12000
	nonDigits   = 24000
	epochs      = 8
	config      = "hidden=64&act=relu&opt=adam&lr=0.001&batch=32&seed=1"
)

func main() {
	out := flag.String("out", "pad/notdigit.model", "where to write the model")
	flag.Parse()
	b, err := assets.MNIST()
	if err != nil {
		log.Fatal(err)
	}
	var ds nn.Dataset
	for i := range b.Train.Labels {
		ds.Pixels = append(ds.Pixels, b.Train.Images[i*pad.NetPixels:(i+1)*pad.NetPixels]...)
		ds.Labels = append(ds.Labels, 0)
	}
	add := func(ss []drawset.Sample, label uint8) {
		var img [pad.NetPixels]float32
		for _, s := range ss {
			var d pad.Drawing
			if err := d.AddStrokes(s.Strokes); err != nil {
				log.Fatal(err)
			}
			if !pad.Preprocess(&d, &img) {
				continue
			}
			for _, v := range img {
				ds.Pixels = append(ds.Pixels, uint8(math.Round(float64(v)*255)))
			}
			ds.Labels = append(ds.Labels, label)
		}
	}
	add(drawset.Digits(TrainSeed, drawnDigits, drawset.Tuning), 0)
	add(drawset.Others(TrainSeed, nonDigits, drawset.Tuning), 1)
	cfg, err := nn.ParseConfig(fmt.Sprintf("%s&train=%d", config, ds.Len()))
	if err != nil {
		log.Fatal(err)
	}
	tr, err := nn.NewTrainer(cfg, ds, ds.Head(2000), nn.TrainerOptions{Epochs: epochs})
	if err != nil {
		log.Fatal(err)
	}
	for tr.State() == nn.Training {
		tr.Step(100)
	}
	fmt.Printf("trained on %d images: training accuracy %.4f\n", ds.Len(), tr.LastEpoch().Acc)
	var buf bytes.Buffer
	if err := nn.SaveModel(&buf, tr.Network()); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", *out)
}
