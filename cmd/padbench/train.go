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
)

// trainStats describes a training run: how long the steps and the
// augmentation took, so that their ratio says what augmentation costs.
type trainStats struct {
	Cached         bool    `json:"cached"`
	Epochs         int     `json:"epochs"`
	Level          int     `json:"augment"`
	TrainSeconds   float64 `json:"train_seconds"`
	AugmentSeconds float64 `json:"augment_seconds"`
	// SpeedRatio is the training speed with augmentation over the speed
	// without: train/(train+augment).
	SpeedRatio float64 `json:"speed_ratio"`
	ValAcc     float64 `json:"val_acc"`
}

// augmentStream is the random stream of the augmentation, apart from the
// trainer's own streams of the same seed.
const augmentStream = 0xa06

// trainedModel returns the network of cfg trained for epochs at the
// augmentation level, from the cache folder if it holds one, else trained
// now and saved there.
func trainedModel(cfg nn.Config, epochs int, level augment.Level, data datasets.Data, cacheDir string, log io.Writer) (*nn.Network, trainStats, error) {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%d|%d", cfg.String(), epochs, level)
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
	fmt.Fprintf(log, "padbench: training %s for %d epochs at augmentation level %d (cached in %s)\n", cfg.String(), epochs, level, path)
	net, st, err := train(cfg, epochs, level, data)
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

// train runs the trainer for the given epochs. With augmentation, every
// epoch trains on freshly distorted copies of the training images: the
// trainer reads its images from the slice it was given, and the loop
// rewrites that slice between epochs. (The worker will augment per batch
// instead; per epoch gives the same distribution of images.)
func train(cfg nn.Config, epochs int, level augment.Level, data datasets.Data) (*nn.Network, trainStats, error) {
	st := trainStats{Epochs: epochs, Level: int(level)}
	src := data.Train.Head(cfg.TrainSize)
	work := nn.Dataset{Pixels: append([]uint8(nil), src.Pixels...), Labels: src.Labels}
	tr, err := nn.NewTrainer(cfg, work, data.Test, nn.TrainerOptions{Epochs: epochs})
	if err != nil {
		return nil, st, err
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, augmentStream))
	var trainTime, augTime time.Duration
	for epoch := 1; tr.State() == nn.Training; epoch++ {
		if level != augment.Off {
			start := time.Now()
			for i := 0; i < work.Len(); i++ {
				augment.Apply(work.Image(i), src.Image(i), level, rng)
			}
			augTime += time.Since(start)
		}
		start := time.Now()
		for tr.State() == nn.Training && tr.Epoch() < epoch {
			tr.Step(1)
		}
		trainTime += time.Since(start)
	}
	if tr.State() != nn.Finished {
		return nil, st, fmt.Errorf("training ended %v: %s", tr.State(), tr.DivergedReason())
	}
	st.TrainSeconds, st.AugmentSeconds = trainTime.Seconds(), augTime.Seconds()
	st.SpeedRatio = trainTime.Seconds() / (trainTime + augTime).Seconds()
	st.ValAcc = tr.Evaluate(data.Test, 0).Accuracy
	return tr.Network(), st, nil
}
