// Command minebench measures what teaching the app your handwriting does
// (package mydigits, config key mine). For each of -seeds seeds it trains
// a config (the default run by default) with that seed, reads generated
// drawn digits (pad/drawset, held-out part) with it, takes the first -n
// it misreads as the user's taught digits, trains the same config again
// from the same seed with mine=1 and those digits, and reports accuracy
// before and after on the taught digits, on the next -n misread drawings
// (not taught: does it generalize?), on all the drawings, and on MNIST's
// 10,000 test images.
//
// The two runs of a seed differ only by the user's digits, so the change
// of MNIST accuracy is a paired figure; its mean, spread and range over
// the seeds are printed beside the seed-to-seed spread of the runs
// without mine, which is how much one run's figure moves by chance.
//
//	go run ./cmd/minebench [-seeds 6] [-n 20] [-drawings 2000] [-epochs 30] [-config 'hidden=128'] [-drawseed 1]
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"

	"digitlab/internal/datasets"
	"digitlab/mydigits"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/pad/drawset"
	"digitlab/pad/ones"
)

func main() {
	seeds := flag.Int("seeds", 6, "how many seeds (1 to this) to train each run with")
	n := flag.Int("n", 20, "how many misread drawings to teach")
	drawings := flag.Int("drawings", 2000, "how many drawn digits to read")
	epochs := flag.Int("epochs", 30, "epochs of each run")
	config := flag.String("config", "", "the `config` to train, as in the URL (default: the default run); its seed is replaced")
	drawSeed := flag.Uint64("drawseed", 1, "seed of the drawings")
	flag.Parse()
	cfg, err := nn.ParseConfig(*config)
	if err == nil && (*seeds < 2 || *n < 1 || *epochs < 1) {
		err = fmt.Errorf("want -seeds ≥ 2, -n ≥ 1 and -epochs ≥ 1")
	}
	if err == nil {
		err = run(os.Stdout, cfg, *seeds, *n, *drawings, *epochs, *drawSeed)
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
	for i := range ds {
		if predict(net, &ds[i].img) == ds[i].label {
			right++
		}
	}
	return float64(right) / float64(len(ds))
}

func predict(net *nn.Network, img *[nn.Inputs]float32) int {
	var probs [nn.Classes]float32
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
	tr, err := nn.NewTrainer(cfg, data.Train, data.Test, nn.TrainerOptions{Epochs: epochs, EvalEvery: 10000, ValLimit: 2000, DrawOne: new(ones.Drawer).Draw, Drawn: data.Drawn})
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

// result is one seed's pair of runs: accuracies before (without mine) and
// after (with the taught digits) on each set.
type result struct {
	seed               uint64
	misread            int
	taught, other, all [2]float64
	mnist              [2]float64
}

// pair trains cfg with seed without mine, teaches it the first n drawings
// of all it misreads, and trains it again with them.
func pair(cfg nn.Config, seed uint64, n, epochs int, data datasets.Data, all []drawn) (result, error) {
	r := result{seed: seed}
	cfg = cfg.Clone()
	cfg.Seed, cfg.Mine = seed, false
	before, err := train(cfg, epochs, data, nn.Dataset{})
	if err != nil {
		return r, err
	}
	var misread []drawn
	for i := range all {
		if predict(before, &all[i].img) != all[i].label {
			misread = append(misread, all[i])
		}
	}
	r.misread = len(misread)
	if len(misread) < 2*n {
		return r, fmt.Errorf("seed %d: only %d of %d drawings misread; want %d (-n %d, taught and held back)", seed, len(misread), len(all), 2*n, n)
	}
	taught, other := misread[:n], misread[n:2*n]
	var set mydigits.Set
	for _, d := range taught {
		g, err := mydigits.FromInput(d.label, &d.img)
		if err == nil {
			err = set.Add(g)
		}
		if err != nil {
			return r, err
		}
	}
	cfg.Mine = true
	after, err := train(cfg, epochs, data, set.Dataset())
	if err != nil {
		return r, err
	}
	for k, net := range []*nn.Network{before, after} {
		r.taught[k], r.other[k], r.all[k] = accuracy(net, taught), accuracy(net, other), accuracy(net, all)
		r.mnist[k] = net.Evaluate(data.Test, 0).Accuracy
	}
	return r, nil
}

// spread returns the mean, the sample standard deviation, the least and
// the greatest of xs (at least two).
func spread(xs []float64) (mean, sd, lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, x := range xs {
		mean += x
		lo, hi = min(lo, x), max(hi, x)
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)-1)), lo, hi
}

func run(w io.Writer, cfg nn.Config, seeds, n, drawings, epochs int, drawSeed uint64) error {
	data, err := datasets.Load(datasets.Subset, "")
	if err != nil {
		return err
	}
	all := readable(drawset.Digits(drawSeed, drawings, drawset.HeldOut))
	cfg.Mine = false
	fmt.Fprintf(w, "config %s (seeds 1-%d), %d epochs; %d drawn digits (held-out part, seed %d); %d taught\n",
		cfg.String(), seeds, epochs, len(all), drawSeed, n)
	fmt.Fprintf(w, "%4s %8s  %-17s %-17s %-17s %-17s %s\n", "seed", "misread", "taught", "other misread", "all drawn", "MNIST test", "change")
	pct := func(v [2]float64) string { return fmt.Sprintf("%5.1f → %5.1f%%", 100*v[0], 100*v[1]) }
	var base, change, taught, other []float64
	for s := 1; s <= seeds; s++ {
		r, err := pair(cfg, uint64(s), n, epochs, data, all)
		if err != nil {
			return err
		}
		d := 100 * (r.mnist[1] - r.mnist[0])
		fmt.Fprintf(w, "%4d %8d  %-17s %-17s %-17s %s %+6.2f\n", s, r.misread, pct(r.taught), pct(r.other), pct(r.all),
			fmt.Sprintf("%5.2f → %5.2f%%", 100*r.mnist[0], 100*r.mnist[1]), d)
		base, change = append(base, 100*r.mnist[0]), append(change, d)
		taught, other = append(taught, 100*r.taught[1]), append(other, 100*r.other[1])
	}
	m, sd, lo, hi := spread(change)
	fmt.Fprintf(w, "MNIST test change with mine, paired by seed: mean %+.2f points, sd %.2f, standard error %.2f, range %+.2f to %+.2f\n",
		m, sd, sd/math.Sqrt(float64(len(change))), lo, hi)
	bm, bsd, blo, bhi := spread(base)
	fmt.Fprintf(w, "MNIST test without mine, seed to seed: mean %.2f%%, sd %.2f points, range %.2f to %.2f%%\n", bm, bsd, blo, bhi)
	tm, _, tlo, _ := spread(taught)
	om, _, olo, _ := spread(other)
	fmt.Fprintf(w, "read right after: the taught %.1f%% (least %.0f%%), the other misread %.1f%% (least %.0f%%)\n", tm, tlo, om, olo)
	return nil
}
