package main

import (
	"encoding/json"
	"io"

	"digitlab/diagnose"
	"digitlab/internal/datasets"
	"digitlab/nn"
	"digitlab/pad/ones"
)

// fixRun is one side of a -fix summary.
type fixRun struct {
	Config   string             `json:"config"`
	Samples  int64              `json:"samples"`
	State    string             `json:"state"`
	ValAcc   float64            `json:"val_acc"`
	Findings []diagnose.Finding `json:"findings"`
}

// fixSummary is the one JSON line -fix prints: the run as configured, the
// first finding's change, and the run with the change (nil when there was
// no finding or its evidence implicates no setting). Healed is true when
// the finding's code is gone after the change.
type fixSummary struct {
	Fix     bool    `json:"fix"`
	Finding string  `json:"finding,omitempty"`
	Change  string  `json:"change,omitempty"`
	Before  fixRun  `json:"before"`
	After   *fixRun `json:"after,omitempty"`
	Healed  bool    `json:"healed"`
	ValGain float64 `json:"val_gain"`
}

// trainFix trains the config for o.epochs epochs' worth of images,
// diagnoses it, applies the first finding's change and trains the changed
// config with the same seed for the same number of images. The only
// difference between the two runs is the change, since training is
// deterministic.
func trainFix(o options, data datasets.Data, out io.Writer) error {
	budget := int64(o.epochs) * int64(o.cfg.TrainSize)
	before, err := trainFor(o.cfg, data, budget, o.digits)
	if err != nil {
		return err
	}
	sum := fixSummary{Fix: true, Before: before}
	if len(before.Findings) > 0 && before.Findings[0].Change != "" {
		first := before.Findings[0]
		cfg, err := diagnose.Apply(o.cfg, first.Change)
		if err != nil {
			return err
		}
		if cfg.TrainSize > data.Train.Len() {
			cfg.TrainSize = data.Train.Len()
		}
		after, err := trainFor(cfg, data, budget, o.digits)
		if err != nil {
			return err
		}
		sum.Finding, sum.Change, sum.After = first.Code, first.Change, &after
		sum.Healed = true
		for _, f := range after.Findings {
			sum.Healed = sum.Healed && f.Code != first.Code
		}
		sum.ValGain = after.ValAcc - before.ValAcc
	}
	return json.NewEncoder(out).Encode(sum)
}

// trainFor trains cfg until it has seen samples images or stops, and
// diagnoses it as the app does; digits are the user's (see -digits).
func trainFor(cfg nn.Config, data datasets.Data, samples int64, digits nn.Dataset) (fixRun, error) {
	tr, err := nn.NewTrainer(cfg, data.Train, data.Test, nn.TrainerOptions{DrawOne: new(ones.Drawer).Draw, Drawn: data.Drawn})
	if err != nil {
		return fixRun{}, err
	}
	if err := tr.SetMine(digits); err != nil {
		return fixRun{}, err
	}
	for tr.State() == nn.Training && tr.Samples() < samples {
		tr.Step(1)
	}
	fs := diagnose.Diagnose(diagnose.Input{Config: tr.Config(), History: *tr.History(), Diverged: tr.DivergedReason(), Samples: tr.Samples(), Epochs: tr.Epochs()})
	if fs == nil {
		fs = []diagnose.Finding{}
	}
	return fixRun{Config: cfg.String(), Samples: tr.Samples(), State: tr.State().String(), ValAcc: tr.Evaluate(data.Test, 0).Accuracy, Findings: fs}, nil
}
