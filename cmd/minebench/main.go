// Command minebench measures what teaching the app your handwriting does
// (package mydigits, config key mine): it trains a config (the default
// run by default), reads generated drawn digits (pad/drawset, held-out
// part) with it, takes the first -n it misreads as the user's taught
// digits, trains the same config again from the same seed with mine=1 and
// those digits, and reports accuracy before and after on the taught
// digits, on the next -n misread drawings (not taught: does it
// generalize?), on all the drawings, and on MNIST's 10,000 test images.
//
//	go run ./cmd/minebench [-n 20] [-drawings 2000] [-epochs 30] [-config 'hidden=128'] [-seed 1]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"digitlab/internal/datasets"
	"digitlab/mydigits"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/pad/drawset"
)

func main() {
	n := flag.Int("n", 20, "how many misread drawings to teach")
	drawings := flag.Int("drawings", 2000, "how many drawn digits to read")
	epochs := flag.Int("epochs", 30, "epochs of each run")
	config := flag.String("config", "", "the `config` to train, as in the URL (default: the default run)")
	seed := flag.Uint64("seed", 1, "seed of the drawings")
	flag.Parse()
	cfg, err := nn.ParseConfig(*config)
	if err == nil {
		err = run(os.Stdout, cfg, *n, *drawings, *epochs, *seed)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "minebench:", err)
		os.Exit(1)
	}
}

// drawn is a generated drawing as the network sees it.
type drawn struct {
	label int
	img   [nn.Inputs]float32
}

// readable returns the drawings the pad can read, as network inputs.
func readable(samples []drawset.Sample) []drawn {
	var out []drawn
	for _, s := range samples {
		var d pad.Drawing
		var x drawn
		if d.AddStrokes(s.Strokes) != nil || !pad.Preprocess(&d, &x.img) {
			continue
		}
		x.label = s.Label
		out = append(out, x)
	}
	return out
}

// accuracy is the share of ds net reads right.
func accuracy(net *nn.Network, ds []drawn) float64 {
	if len(ds) == 0 {
		return 0
	}
	right := 0
	var probs [nn.Classes]float32
	for i := range ds {
		if predict(net, &ds[i].img, &probs) == ds[i].label {
			right++
		}
	}
	return float64(right) / float64(len(ds))
}

func predict(net *nn.Network, img *[nn.Inputs]float32, probs *[nn.Classes]float32) int {
	net.Predict(img[:], probs[:])
	best := 0
	for k, p := range probs {
		if p > probs[best] {
			best = k
		}
	}
	return best
}

// train runs cfg for epochs with mine as the user's digits and returns its
// network.
func train(cfg nn.Config, epochs int, data datasets.Data, mine nn.Dataset) (*nn.Network, error) {
	tr, err := nn.NewTrainer(cfg, data.Train, data.Test, nn.TrainerOptions{Epochs: epochs, EvalEvery: 10000, ValLimit: 2000})
	if err != nil {
		return nil, err
	}
	if err := tr.SetMine(mine); err != nil {
		return nil, err
	}
	for tr.State() == nn.Training {
		tr.Step(1000)
	}
	if tr.State() != nn.Finished {
		return nil, fmt.Errorf("training ended %v: %s", tr.State(), tr.DivergedReason())
	}
	return tr.Network(), nil
}

func run(w io.Writer, cfg nn.Config, n, drawings, epochs int, seed uint64) error {
	data, err := datasets.Load(datasets.Subset, "")
	if err != nil {
		return err
	}
	cfg.Mine = false
	before, err := train(cfg, epochs, data, nn.Dataset{})
	if err != nil {
		return err
	}
	all := readable(drawset.Digits(seed, drawings, drawset.HeldOut))
	var misread []drawn
	var probs [nn.Classes]float32
	for i := range all {
		if predict(before, &all[i].img, &probs) != all[i].label {
			misread = append(misread, all[i])
		}
	}
	if len(misread) < 2*n {
		return fmt.Errorf("only %d of %d drawings misread; want %d (-n %d, taught and held back)", len(misread), len(all), 2*n, n)
	}
	taught, heldBack := misread[:n], misread[n:2*n]
	var set mydigits.Set
	for _, d := range taught {
		g, err := mydigits.FromInput(d.label, &d.img)
		if err == nil {
			err = set.Add(g)
		}
		if err != nil {
			return err
		}
	}
	after := cfg.Clone()
	after.Mine = true
	retrained, err := train(after, epochs, data, set.Dataset())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "config %s, %d epochs; %d of %d drawn digits misread (held-out part, seed %d); %d taught\n",
		cfg.String(), epochs, len(misread), len(all), seed, n)
	fmt.Fprintf(w, "%-34s %8s %8s\n", "", "before", "after")
	row := func(name string, b, a float64) { fmt.Fprintf(w, "%-34s %7.2f%% %7.2f%%\n", name, 100*b, 100*a) }
	row(fmt.Sprintf("the %d taught drawings", n), accuracy(before, taught), accuracy(retrained, taught))
	row(fmt.Sprintf("%d other misread, not taught", n), accuracy(before, heldBack), accuracy(retrained, heldBack))
	row(fmt.Sprintf("all %d drawn digits", len(all)), accuracy(before, all), accuracy(retrained, all))
	row("MNIST test (10,000)", before.Evaluate(data.Test, 0).Accuracy, retrained.Evaluate(data.Test, 0).Accuracy)
	return nil
}
