package main

import (
	"math"
	"math/rand/v2"
	"slices"

	"digitlab/diagnose"
	"digitlab/internal/datasets"
	"digitlab/nn"
	"digitlab/pad/ones"
)

// appOptions are the measurement options of the app's training engine
// (trainer.Options' defaults: 2,000 validation images every 10,000 samples
// and at each epoch's end; the trainer's default probes), so that the rules
// see the history the Diagnosis panel would see.
var appOptions = nn.TrainerOptions{EvalEvery: 10000, ValLimit: 2000}

// Outcome is what one training run ended with: the findings, as the panel
// orders them, and the measurements that confirm a case's label without
// the rules.
type Outcome struct {
	Findings []diagnose.Finding `json:"findings"`
	Diverged bool               `json:"diverged"`
	// TrainAcc and ValAcc are evaluations of the final network on the first
	// 5,000 training images and the 10,000 validation images.
	TrainAcc float64 `json:"trainAcc"`
	ValAcc   float64 `json:"valAcc"`
	// InitialLoss is the loss of the first probe, before any step.
	InitialLoss float64 `json:"initialLoss"`
	// LastLoss is the mean training loss of the last three curve points.
	LastLoss float64 `json:"lastLoss"`
	// Dead, Saturated and Identical are the largest shares over the hidden
	// layers of the last probe.
	Dead, Saturated, Identical float64
	// FirstUpdate is ‖ΔW‖/‖W‖ of the first layer over the first step;
	// LastUpdate the same over the step after the last probe.
	FirstUpdate float64 `json:"firstUpdate"`
	LastUpdate  float64 `json:"lastUpdate"`
	// GradRatio is the first layer's RMS weight gradient over the last
	// layer's (0 with fewer than two hidden layers).
	GradRatio float64 `json:"gradRatio"`
	// ConvGradRatio is the first convolution's RMS weight gradient over
	// the output layer's on the last probe (0 with fewer than two
	// convolutions): below 1/100 the gradient vanished on its way back
	// through the convolutions.
	ConvGradRatio float64 `json:"convGradRatio,omitempty"`
	// MaxGrad is the largest RMS weight gradient of any layer on any probe,
	// the initial one included: a faulty run's against its healthy base's
	// shows whether the gradients exploded.
	MaxGrad float64 `json:"maxGrad"`
	// OutputSpread is the largest range, over the classes, of the final
	// network's probabilities across spreadImages validation images: 0 when
	// the network answers the same whatever the image, as one whose
	// convolutions pass only zeros does. The probe does not see the
	// convolutions, so this is what confirms that their filters died.
	OutputSpread float64 `json:"outputSpread"`
	// History, Reason and Samples are what the rules read besides the
	// config: the run's history, the trainer's divergence reason and the
	// images trained on. The history is kept only when asked for
	// (-histories), since it is most of a case's size.
	History *nn.History `json:"history,omitempty"`
	Reason  string      `json:"reason,omitempty"`
	Samples int64       `json:"samplesTrained"`
}

// spreadImages is how many validation images OutputSpread compares.
const spreadImages = 64

// benchData holds the training and validation sets of each data fault, and
// the drawn digits a config with nn.Config.Drawn mixes in.
type benchData struct {
	train map[string]nn.Dataset
	val   nn.Dataset
	drawn nn.Dataset
}

// newDatasets derives the faulty training sets from the real one (seeded):
// labels drawn at random, with the images as they are or with each image's
// pixels shuffled (the amount of ink alone tells some digits apart, so the
// shuffled images keep the random labels).
func newDatasets(d datasets.Data) benchData {
	train, val := d.Train, d.Test
	r := rand.New(rand.NewPCG(7, 7))
	labels := make([]uint8, train.Len())
	for i := range labels {
		labels[i] = uint8(r.IntN(nn.Classes))
	}
	noise := slices.Clone(train.Pixels)
	for i := range train.Len() {
		img := noise[i*nn.Inputs : (i+1)*nn.Inputs]
		r.Shuffle(len(img), func(a, b int) { img[a], img[b] = img[b], img[a] })
	}
	return benchData{val: val, drawn: d.Drawn, train: map[string]nn.Dataset{
		dataReal:         train,
		dataRandomLabels: {Pixels: train.Pixels, Labels: labels},
		dataNoise:        {Pixels: noise, Labels: labels},
	}}
}

// run trains cfg on the data kind for samples training images (or until
// it diverges) and diagnoses it as the app does.
func run(cfg nn.Config, data string, samples int64, ds benchData) (Outcome, error) {
	train := ds.train[data].Head(cfg.TrainSize)
	opts := appOptions
	opts.DrawOne = new(ones.Drawer).Draw // as the app's engine: each run its own drawer
	opts.Drawn = ds.drawn
	tr, err := nn.NewTrainer(cfg, train, ds.val, opts)
	if err != nil {
		return Outcome{}, err
	}
	for tr.State() == nn.Training && tr.Samples() < samples {
		tr.Step(1)
	}
	hist := tr.History().Clone()
	o := Outcome{
		Findings:    diagnose.Diagnose(diagnose.Input{Config: tr.Config(), History: hist, Diverged: tr.DivergedReason(), Samples: tr.Samples(), Epochs: tr.Epochs()}),
		Diverged:    tr.State() == nn.Diverged,
		InitialLoss: hist.Initial.Loss,
		History:     &hist,
		Reason:      tr.DivergedReason(),
		Samples:     tr.Samples(),
	}
	if n := len(hist.Train); n > 0 {
		for _, p := range hist.Train[max(0, n-3):] {
			o.LastLoss += p.Loss / float64(min(n, 3))
		}
	}
	if o.Diverged {
		o.TrainAcc, o.ValAcc = 0.1, 0.1
	} else {
		o.TrainAcc = tr.Evaluate(train, 5000).Accuracy
		o.ValAcc = tr.Evaluate(ds.val, 0).Accuracy
	}
	if !o.Diverged {
		o.OutputSpread = outputSpread(tr.Network(), ds.val.Head(spreadImages))
	}
	if len(hist.Initial.Layers) > 0 {
		o.FirstUpdate = hist.Initial.Layers[0].UpdateRatio
	}
	sizes := cfg.Layers()
	for _, h := range append([]nn.Health{hist.Initial}, hist.Health...) {
		if len(h.Layers) != len(sizes)-1 {
			continue // a probe of other layers than the dense ones
		}
		for k, l := range h.Layers {
			if g := l.GradNorm / math.Sqrt(float64(sizes[k]*sizes[k+1])); g < math.MaxFloat64 {
				o.MaxGrad = math.Max(o.MaxGrad, g)
			}
		}
	}
	if h := hist.Health; len(h) > 0 {
		last := h[len(h)-1]
		o.LastUpdate = last.Layers[0].UpdateRatio
		for _, l := range last.Layers[:len(last.Layers)-1] {
			o.Dead = math.Max(o.Dead, l.Dead)
			o.Saturated = math.Max(o.Saturated, l.Saturated)
			o.Identical = math.Max(o.Identical, l.Identical)
		}
		if len(last.Conv) >= 2 && len(last.Layers) > 0 {
			if out := last.Layers[len(last.Layers)-1].GradRMS(); out > 0 {
				o.ConvGradRatio = last.Conv[0].GradRMS() / out
			}
		}
		if k := len(last.Layers); k >= 3 && k == len(sizes)-1 {
			rms := func(i int) float64 { return last.Layers[i].GradNorm / math.Sqrt(float64(sizes[i]*sizes[i+1])) }
			if d := rms(k - 1); d > 0 {
				o.GradRatio = rms(0) / d
			}
		}
	}
	return o, nil
}

// outputSpread returns the largest range, over the ten classes, of net's
// probabilities on the images of d.
func outputSpread(net *nn.Network, d nn.Dataset) float64 {
	lo, hi := make([]float32, nn.Classes), make([]float32, nn.Classes)
	for k := range lo {
		lo[k], hi[k] = math.MaxFloat32, -math.MaxFloat32
	}
	image, probs := make([]float32, nn.Inputs), make([]float32, nn.Classes)
	for i := range d.Len() {
		for j, p := range d.Image(i) {
			image[j] = float32(p) / 255
		}
		net.Predict(image, probs)
		for k, p := range probs {
			lo[k], hi[k] = min(lo[k], p), max(hi[k], p)
		}
	}
	var spread float64
	for k := range lo {
		spread = max(spread, float64(hi[k]-lo[k]))
	}
	return spread
}
