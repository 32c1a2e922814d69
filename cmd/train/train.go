package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"digitlab/diagnose"
	"digitlab/internal/datasets"
	"digitlab/nn"
	"digitlab/pad/ones"
)

// epochLine is the JSON line printed after each epoch.
type epochLine struct {
	Epoch     int     `json:"epoch"`
	TrainLoss float64 `json:"train_loss"`
	TrainAcc  float64 `json:"train_acc"`
	ValLoss   float64 `json:"val_loss"`
	ValAcc    float64 `json:"val_acc"`
	TestAcc   float64 `json:"test_acc"`
	// FitAcc is the whole network's accuracy on the first training images
	// (nn.History.Fit): train_acc is measured on the batches as trained,
	// through dropout and augmentation.
	FitAcc        float64          `json:"fit_acc"`
	Seconds       float64          `json:"seconds"`
	SamplesPerSec float64          `json:"samples_per_sec"`
	Diverged      bool             `json:"diverged"`
	DivergedWhy   string           `json:"diverged_reason,omitempty"`
	Health        []nn.LayerHealth `json:"health"`
	Findings      []finding        `json:"findings"`
}

// finding is a diagnosis in the JSON lines.
type finding struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Fix      string `json:"fix"`
}

func findings(tr *nn.Trainer) []finding {
	out := []finding{}
	for _, f := range diagnose.Diagnose(diagnose.Input{Config: tr.Config(), History: *tr.History(), Diverged: tr.DivergedReason(), Samples: tr.Samples(), Epochs: tr.Epochs()}) {
		out = append(out, finding{f.Code, string(f.Severity), f.Message, f.Fix})
	}
	return out
}

// perSecond returns n/secs, or 0 when no time was measured: the JSON
// encoder refuses the +Inf a zero duration would give. The trainer's own
// figures (losses, probes, evaluations) are finite by nn's contract.
func perSecond(n int64, secs float64) float64 {
	if secs <= 0 {
		return 0
	}
	return float64(n) / secs
}

// summaryLine is the last line.
type summaryLine struct {
	Summary     bool    `json:"summary"`
	Config      string  `json:"config"`
	Data        string  `json:"data"`
	TrainImages int     `json:"train_images"`
	Epochs      int     `json:"epochs"`
	State       string  `json:"state"`
	BestValAcc  float64 `json:"best_val_acc"`
	FinalTest   float64 `json:"final_test_acc"`
	Seconds     float64 `json:"seconds"`
	DivergedWhy string  `json:"diverged_reason,omitempty"`
	StoppedWhy  string  `json:"stopped_reason,omitempty"`
}

// train runs the epochs. The validation set is the MNIST test set (see
// datasets.Data), so val_acc and test_acc are the same measurement; both are
// printed because a reader of the JSON expects both names.
func train(o options, data datasets.Data, out io.Writer) error {
	tr, err := nn.NewTrainer(o.cfg, data.Train, data.Test, nn.TrainerOptions{Epochs: o.epochs, DrawOne: new(ones.Drawer).Draw, Drawn: data.Drawn})
	if err != nil {
		return err
	}
	if err := tr.SetMine(o.digits); err != nil {
		return err
	}
	enc := json.NewEncoder(out)
	const row = "%5v  %10v  %9v  %9v  %8v  %7v  %9v\n"
	if o.text {
		fmt.Fprintf(out, "%s on %d %s images\n", o.cfg.String(), tr.Config().TrainSize, o.data)
		fmt.Fprintf(out, row, "epoch", "train loss", "train acc", "val loss", "val acc", "seconds", "samples/s")
	}
	start := time.Now()
	best := 0.0
	for epoch := 1; epoch <= o.epochs && tr.State() == nn.Training; epoch++ {
		epochStart := time.Now()
		before := tr.Samples()
		for tr.State() == nn.Training && tr.Epoch() < epoch {
			tr.Step(1) // stop exactly at the epoch's end, where the line reports
		}
		secs := time.Since(epochStart).Seconds()
		ev := tr.LastEval()
		best = max(best, ev.Accuracy)
		line := epochLine{
			Epoch: epoch, TrainLoss: tr.LastEpoch().Loss, TrainAcc: tr.LastEpoch().Acc,
			ValLoss: ev.Loss, ValAcc: ev.Accuracy, TestAcc: ev.Accuracy,
			Seconds: secs, SamplesPerSec: perSecond(tr.Samples()-before, secs),
			Diverged: tr.State() == nn.Diverged, DivergedWhy: tr.DivergedReason(),
		}
		if h := tr.History().Health; len(h) > 0 {
			line.Health = h[len(h)-1].Layers
		}
		if f := tr.History().Fit; len(f) > 0 {
			line.FitAcc = f[len(f)-1].Acc
		}
		line.Findings = findings(tr)
		if o.text {
			pct := func(f float64) string { return fmt.Sprintf("%.2f%%", 100*f) }
			fmt.Fprintf(out, row, epoch, fmt.Sprintf("%.4f", line.TrainLoss), pct(line.TrainAcc), fmt.Sprintf("%.4f", line.ValLoss), pct(line.ValAcc), fmt.Sprintf("%.1f", secs), fmt.Sprintf("%.0f", line.SamplesPerSec))
			for _, f := range line.Findings {
				fmt.Fprintf(out, "       %s %s: %s %s\n", f.Severity, f.Code, f.Message, f.Fix)
			}
		} else if err := enc.Encode(line); err != nil {
			return err
		}
	}
	final := tr.Evaluate(data.Test, 0)
	sum := summaryLine{
		Summary: true, Config: o.cfg.String(), Data: o.data, TrainImages: o.cfg.TrainSize,
		Epochs: tr.Epoch(), State: tr.State().String(), BestValAcc: best, FinalTest: final.Accuracy,
		Seconds: time.Since(start).Seconds(), DivergedWhy: tr.DivergedReason(), StoppedWhy: tr.StoppedReason(),
	}
	if o.save != "" {
		f, err := os.Create(o.save)
		if err != nil {
			return err
		}
		if err := nn.SaveModel(f, tr.Network()); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	if o.text {
		fmt.Fprintf(out, "%s after %d epochs: test accuracy %.2f%% (best %.2f%%), %.1f s\n", sum.State, sum.Epochs, 100*sum.FinalTest, 100*best, sum.Seconds)
		if sum.StoppedWhy != "" {
			fmt.Fprintf(out, "stopped early: %s\n", sum.StoppedWhy)
		}
		return nil
	}
	return enc.Encode(sum)
}
