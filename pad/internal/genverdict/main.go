// Command genverdict makes the two files pad.Checker bundles, so the
// verdict does not depend on the network the user is training:
//
//   - pad/digitspace.bin, the digits' subspaces: for each digit, the mean
//     and the top principal components of its images pooled to 14x14,
//     from the bundled 20,000 MNIST training images and drawn digits of
//     pad/drawset's tuning part, its part Fresh and the tuning half of its
//     blind set (seed TrainSeed). It is fitted on digits only, so it owes
//     nothing to any family of non-digits.
//   - pad/notdigit.model, a network (784-128-10) asked whether a 28x28
//     image looks like a digit at all.
//
// The network learns two answers (output 0: a digit, output 1: not a digit) from
//   - the bundled 20,000 MNIST training images, as digits;
//   - drawn digits of pad/drawset's tuning part, part Fresh and the blind
//     set's tuning half (seed TrainSeed), as digits, so that the pad's
//     rendering and odd ways of writing (outlined, gothic, joined-up,
//     shaky, sketched, bold, tilted) are not signs of a non-digit;
//   - non-digits of pad/drawset's tuning part and of the blind set's
//     tuning half (seed TrainSeed).
//
// Neither the held-out nor the final families of pad/drawset enter, nor
// the blind set's held-out half, nor the seeds cmd/padbench reports on, so
// padbench's held-out figures measure drawings neither file has seen (the
// Fresh and blind-tuning figures measure other seeds of families both
// have seen). Run from the module root:
//
//	go run ./pad/internal/genverdict                  # both files
//	go run ./pad/internal/genverdict -model ""        # only the subspaces
//
// Fitting and training are seeded and deterministic on one platform, so
// the files are the same on every run on the same machine. A new file
// needs new limits in pad (MaxScore, DoubtScore and perhaps the weights),
// from the percentiles of digits that cmd/padbench -calibrate prints.
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
	drawnDigits = 8000
	freshDigits = 5000
	blindDigits = 5000
	blindOthers = 6000
	nonDigits   = 16000
	epochs      = 20
	config      = "hidden=128&act=relu&opt=adam&lr=0.001&batch=32&seed=1"
)

func main() {
	modelOut := flag.String("model", "pad/notdigit.model", "where to write the network (empty: do not train it)")
	netConfig := flag.String("config", config, "the network's config (an experiment; the bundled file uses the default)")
	nEpochs := flag.Int("epochs", epochs, "epochs to train (an experiment; the bundled file uses the default)")
	spaceOut := flag.String("space", "pad/digitspace.bin", "where to write the digits' subspaces (empty: do not fit them)")
	flag.Parse()
	b, err := assets.MNIST()
	if err != nil {
		log.Fatal(err)
	}
	var ds nn.Dataset
	var digits [][pad.NetPixels]float32
	var digitLabels []uint8
	for i, l := range b.Train.Labels {
		px := b.Train.Images[i*pad.NetPixels : (i+1)*pad.NetPixels]
		ds.Pixels = append(ds.Pixels, px...)
		ds.Labels = append(ds.Labels, 0)
		var img [pad.NetPixels]float32
		for j, p := range px {
			img[j] = float32(p) / 255
		}
		digits = append(digits, img)
		digitLabels = append(digitLabels, l)
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
			if s.Label >= 0 {
				digits = append(digits, img)
				digitLabels = append(digitLabels, uint8(s.Label))
			}
		}
	}
	add(drawset.Digits(TrainSeed, drawnDigits, drawset.Tuning), 0)
	add(drawset.Digits(TrainSeed, freshDigits, drawset.Fresh), 0)
	add(drawset.BlindDigits(TrainSeed, blindDigits, drawset.BlindTuning), 0)
	if *spaceOut != "" {
		space, err := fitSpace(digits, digitLabels)
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(*spaceOut, space, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("fitted the subspaces on %d digits: wrote %s\n", len(digits), *spaceOut)
	}
	if *modelOut == "" {
		return
	}
	add(drawset.Others(TrainSeed, nonDigits, drawset.Tuning), 1)
	add(drawset.BlindOthers(TrainSeed, blindOthers, drawset.BlindTuning), 1)
	cfg, err := nn.ParseConfig(fmt.Sprintf("%s&train=%d", *netConfig, ds.Len()))
	if err != nil {
		log.Fatal(err)
	}
	tr, err := nn.NewTrainer(cfg, ds, ds.Head(2000), nn.TrainerOptions{Epochs: *nEpochs})
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
	if err := os.WriteFile(*modelOut, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", *modelOut)
}
