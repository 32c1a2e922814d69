package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"digitlab/augment"
	"digitlab/internal/datasets"
	"digitlab/nn"
	"digitlab/pad/ones"
)

// trainStats describes a training run: its speed and how soon it reached
// 95% validation accuracy, the figure the page's target is stated in.
type trainStats struct {
	Cached       bool    `json:"cached"`
	Epochs       int     `json:"epochs"`
	TrainSize    int     `json:"train_size"`
	TrainSeconds float64 `json:"train_seconds"`
	SamplesPerS  float64 `json:"samples_per_second"`
	// To95Samples is the number of training samples after which the
	// validation accuracy, measured as the page measures it (2,000 images
	// every 10,000 samples and at each epoch's end), first reached 95%; 0
	// if it never did.
	To95Samples int64   `json:"to95_samples"`
	To95Seconds float64 `json:"to95_seconds"`
	ValAcc      float64 `json:"val_acc"`
}

// trainedModel returns the network of cfg trained for epochs, from the
// cache folder if it holds one, else trained now and saved there. The
// cache key holds what augmentation does at cfg's level (augmentPrint), so
// a change to the augmentation code trains again instead of measuring a
// network trained on other images.
func trainedModel(cfg nn.Config, epochs int, data datasets.Data, cacheDir string, log io.Writer) (*nn.Network, trainStats, error) {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%d|%016x", cfg.String(), epochs, augmentPrint(cfg.Augment, data.Train))
	if cfg.Ones {
		fmt.Fprintf(h, "|%016x", onesPrint())
	}
	if cfg.Drawn { // a new drawn.bin is a new run
		d := fnv.New64a()
		d.Write(data.Drawn.Pixels)
		d.Write(data.Drawn.Labels)
		fmt.Fprintf(h, "|%016x|%d", d.Sum64(), nn.DrawnEvery)
	}
	path := filepath.Join(cacheDir, fmt.Sprintf("padbench-%016x.model", h.Sum64()))
	statsPath := path + ".json"
	if b, err := os.ReadFile(path); err == nil {
		net, err := nn.LoadModel(b)
		if err == nil {
			var st trainStats
			if sb, err := os.ReadFile(statsPath); err == nil {
				json.Unmarshal(sb, &st)
			}
			st.Cached = true
			return net, st, nil
		}
		fmt.Fprintf(log, "padbench: ignoring %s: %v\n", path, err)
	}
	fmt.Fprintf(log, "padbench: training %s for %d epochs (cached in %s)\n", cfg.String(), epochs, path)
	net, st, err := train(cfg, epochs, data)
	if err != nil {
		return nil, st, err
	}
	var buf bytes.Buffer
	if err := nn.SaveModel(&buf, net); err != nil {
		return nil, st, err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, st, err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return nil, st, err
	}
	sb, _ := json.Marshal(st)
	return net, st, os.WriteFile(statsPath, sb, 0o644)
}

// augmentPrint fingerprints augmentation at level l: the first training
// images distorted from a fixed seed. Off leaves images as they are, so its
// print depends only on the images.
func augmentPrint(l augment.Level, train nn.Dataset) uint64 {
	h := fnv.New64a()
	r := rand.New(rand.NewPCG(1, 2))
	dst := make([]uint8, nn.Inputs)
	for i := range min(64, train.Len()) {
		augment.Apply(dst, train.Image(i), l, r)
		h.Write(dst)
	}
	return h.Sum64()
}

// onesPrint fingerprints the drawn 1s of Config.Ones: the first drawings
// of a fixed seed, so a change to package ones trains again.
func onesPrint() uint64 {
	h := fnv.New64a()
	r := rand.New(rand.NewPCG(1, 2))
	dst := make([]uint8, nn.Inputs)
	var d ones.Drawer
	for range 64 {
		d.Draw(r, dst)
		h.Write(dst)
	}
	return h.Sum64()
}

// train runs the trainer for the given epochs as the page's worker does
// (the trainer augments each batch as cfg.Augment says), timing it.
func train(cfg nn.Config, epochs int, data datasets.Data) (*nn.Network, trainStats, error) {
	st := trainStats{Epochs: epochs, TrainSize: cfg.TrainSize}
	tr, err := nn.NewTrainer(cfg, data.Train, data.Test, nn.TrainerOptions{Epochs: epochs, EvalEvery: 10000, ValLimit: 2000, DrawOne: new(ones.Drawer).Draw, Drawn: data.Drawn})
	if err != nil {
		return nil, st, err
	}
	start := time.Now()
	for tr.State() == nn.Training {
		tr.Step(100)
		if st.To95Samples == 0 {
			// The history says when each evaluation was taken; the time
			// is prorated, as Step(100) runs past it.
			for _, p := range tr.History().Val {
				if p.Acc >= 0.95 {
					st.To95Samples = p.Samples
					st.To95Seconds = time.Since(start).Seconds() * float64(p.Samples) / float64(tr.Samples())
					break
				}
			}
		}
	}
	if tr.State() != nn.Finished {
		return nil, st, fmt.Errorf("training ended %v: %s", tr.State(), tr.DivergedReason())
	}
	st.TrainSeconds = time.Since(start).Seconds()
	st.SamplesPerS = float64(tr.Samples()) / st.TrainSeconds
	st.ValAcc = tr.Evaluate(data.Test, 0).Accuracy
	return tr.Network(), st, nil
}
