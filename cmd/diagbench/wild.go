package main

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The wild sweep (-wild) judges the diagnosis by outcomes instead of by
// causes. The catalogues say what each case's fault is and check that the
// diagnosis names it; every catalogue was written by someone with an idea
// of how configs break. The sweep has none: it takes the app's default
// config (or, with -sweep conv, the cnn preset's, and draws convolutions
// too: wildSweeps) and sets one to three of its keys anywhere in their
// whole range (hidden layers and units, activation, initialization,
// batch norm, dropout, optimizer, learning rate, momentum, Nesterov, L2,
// clipping, batch size, training images, augmentation), trains it as the
// app does for wildSamples images, and sorts it by what happened against
// that base trained alike:
//
//   - healthy: validation accuracy no lower than the base's less
//     wildHealthy; a severe finding on it is a false alarm;
//   - broken: lower than the base's less wildBroken, or diverged;
//     silence on it is a miss, and the first finding's change is tried:
//     it helps when it wins back at least half of the gap, and heals when
//     it ends within fixMargin of the base;
//   - in between: reported, not scored.
//
// No cause is assumed, so the sweep cannot say a finding names the right
// one; whether its fix helps is the test of that. Even cases are the
// tuning part, odd ones held out, as in the main catalogue.

// wildSamples is each run's budget: two and a half epochs of the default
// 20,000 images, about when the app's panel has its first settled say.
const wildSamples = 50000

// wildHealthy and wildBroken are the accuracy drops below the default's
// that make a run healthy or broken.
const (
	wildHealthy = 0.01
	wildBroken  = 0.05
)

// wildKeys are the keys the sweep sets. Keys that only add data a person
// brings (mine) or stop a run (patience) are left out.
var wildKeys = []string{"hidden", "act", "init", "bn", "dropout", "opt", "lr", "momentum", "nesterov", "l2", "clip", "batch", "train", "augment"}

// wildSweep is a variant of the sweep: the config its cases start from and
// the keys they set.
type wildSweep struct {
	Name string
	Base func() nn.Config
	Keys []string
}

// wildSweeps are the sweep's variants: "dense", from the app's default
// config (784-128-10), and "conv", from the cnn preset (8c5-p2-16c5-p2,
// no hidden layer), which also sets the convolutions; there "hidden" is
// the dense layers after them.
var wildSweeps = []wildSweep{
	{Name: "dense", Base: nn.DefaultConfig, Keys: wildKeys},
	{Name: "conv", Base: cnnConfig, Keys: append(slices.Clone(wildKeys), "conv")},
}

// lookupSweep returns the variant of the sweep called name.
func lookupSweep(name string) (wildSweep, error) {
	for _, w := range wildSweeps {
		if w.Name == name {
			return w, nil
		}
	}
	names := make([]string, len(wildSweeps))
	for i, w := range wildSweeps {
		names[i] = w.Name
	}
	return wildSweep{}, fmt.Errorf("no wild sweep %q: %s", name, strings.Join(names, " or "))
}

// cnnConfig is the cnn preset's config.
func cnnConfig() nn.Config {
	p, err := nn.LookupPreset("cnn")
	if err != nil {
		panic(err) // a preset the app ships
	}
	return p.Config.Clone()
}

// wildCase is the sweep's base config with keys set to values drawn
// anywhere in their range.
type wildCase struct {
	Index  int
	Keys   []string
	Config nn.Config
}

// drawWild draws case i of seed: one key in five cases of twelve, two in
// four, three in three. A convolutional case costs at most
// maxConvCostFactor times the cnn preset's work an image.
func (w wildSweep) drawWild(seed uint64, i int) wildCase {
	r := rand.New(rand.NewPCG(seed, uint64(i)+1<<40))
	k := pick(r, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3)
	for {
		c := wildCase{Index: i, Config: w.Base()}
		perm := r.Perm(len(w.Keys))[:k]
		slices.Sort(perm)
		for _, p := range perm {
			key := w.Keys[p]
			c.Keys = append(c.Keys, key)
			for before := c.Config.String(); c.Config.String() == before; {
				setWild(r, &c.Config, key) // a value other than the base's
			}
		}
		if c.Config.Validate() == nil && convCost(c.Config) <= maxConvCostFactor*convCost(cnnConfig()) {
			return c
		}
	}
}

// maxConvCostFactor bounds the work of a drawn convolutional part: the
// widest unpooled stacks the conv key allows cost 30 times the cnn
// preset's, minutes a run on two cores.
const maxConvCostFactor = 4

// convCost is the multiply-adds of c's convolutions for one image.
func convCost(c nn.Config) int {
	n := 0
	for _, l := range c.ConvLayers() {
		n += l.Filters * l.FanIn * l.OutH * l.OutW
	}
	return n
}

// drawConv draws a convolutional part: one to three convolutions of 1 to
// 32 filters (log scale) of 3×3 or 5×5, each followed by 2×2 pooling in
// seven cases of ten.
func drawConv(r *rand.Rand) string {
	var stages []string
	for range 1 + r.IntN(3) {
		f := int(math.Round(logUniform(r, 1, 32)))
		stages = append(stages, fmt.Sprintf("%dc%d", f, pick(r, 3, 5)))
		if r.Float64() < 0.7 {
			stages = append(stages, "p2")
		}
	}
	return strings.Join(stages, "-")
}

// setWild sets key of c to a value drawn from its whole range: numbers
// evenly on a log scale where the range spans decades.
func setWild(r *rand.Rand, c *nn.Config, key string) {
	logInt := func(lo, hi int) int { return int(math.Round(logUniform(r, float64(lo), float64(hi)))) }
	switch key {
	case "hidden":
		c.Hidden = make([]int, r.IntN(nn.MaxHiddenLayers+1))
		for j := range c.Hidden {
			c.Hidden[j] = logInt(nn.MinUnits, nn.MaxUnits)
		}
	case "act":
		c.Activation = pick(r, nn.Activations...)
	case "init":
		c.Init = pick(r, nn.Inits...)
	case "bn":
		c.BatchNorm = !c.BatchNorm
	case "dropout":
		c.Dropout = math.Round(r.Float64()*nn.MaxDropout*100) / 100
	case "opt":
		c.Optimizer = pick(r, nn.Optimizers...)
	case "lr":
		c.LearningRate = roundSig(logUniform(r, nn.MinLearningRate, nn.MaxLearningRate))
	case "momentum":
		c.Momentum = math.Round(r.Float64()*nn.MaxMomentum*1000) / 1000
	case "nesterov":
		c.Nesterov = !c.Nesterov
	case "l2":
		c.L2 = roundSig(logUniform(r, 1e-6, nn.MaxL2))
	case "clip":
		c.Clip = roundSig(logUniform(r, 1e-4, nn.MaxClip))
	case "batch":
		c.BatchSize = logInt(nn.MinBatchSize, nn.MaxBatchSize)
	case "train":
		c.TrainSize = logInt(nn.MinTrainSize, 20000) // the bundled subset
	case "augment":
		c.Augment = augment.Level(1 + r.IntN(int(augment.MaxLevel)))
	case "conv":
		c.Conv = drawConv(r)
	default:
		panic("setWild: unknown key " + key)
	}
}

// roundSig rounds v to two significant digits, as a person would type it.
func roundSig(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 2, 64), 64)
	return r
}

// wildResult is one trained case of the sweep.
type wildResult struct {
	Case   wildCase
	Kind   string // "healthy", "broken" or "between"
	Faulty Outcome
	Change string
	Fixed  *Outcome
}

// first returns the code of the first finding, "none" without findings.
func (w wildResult) first() string {
	if len(w.Faulty.Findings) == 0 {
		return "none"
	}
	return w.Faulty.Findings[0].Code
}

func (w wildResult) severe() bool {
	return slices.ContainsFunc(w.Faulty.Findings, func(f diagnose.Finding) bool { return f.Severity == diagnose.Severe })
}

// helped reports whether the fix won back at least half of the gap to the
// default's accuracy; healed whether it ended within fixMargin of it.
func (w wildResult) helped(base Outcome) bool {
	return w.Fixed != nil && w.Fixed.ValAcc-w.Faulty.ValAcc >= (base.ValAcc-w.Faulty.ValAcc)/2
}

func (w wildResult) healed(base Outcome) bool {
	return w.Fixed != nil && w.Fixed.ValAcc >= base.ValAcc-fixMargin
}

// wildBench trains the sweep's base once and the first n cases of seed,
// with the first finding's fix of each broken one unless noFix.
func (w wildSweep) wildBench(seed uint64, n, workers int, noFix bool, ds benchData) (Outcome, []wildResult, error) {
	base, err := run(w.Base(), dataReal, wildSamples, ds)
	if err != nil {
		return base, nil, err
	}
	base.History = nil
	rs := make([]wildResult, n)
	err = parallel(n, workers, func(i int) error {
		c := w.drawWild(seed, i)
		o, err := run(c.Config, dataReal, wildSamples, ds)
		if err != nil {
			return fmt.Errorf("wild case %d %s: %w", i, c.Config, err)
		}
		o.History = nil
		w := wildResult{Case: c, Faulty: o, Kind: "between"}
		switch {
		case o.Diverged || o.ValAcc < base.ValAcc-wildBroken:
			w.Kind = "broken"
		case o.ValAcc >= base.ValAcc-wildHealthy:
			w.Kind = "healthy"
		}
		if w.Kind == "broken" && !noFix && len(o.Findings) > 0 && o.Findings[0].Change != "" {
			w.Change = o.Findings[0].Change
			fixed, err := diagnose.Apply(c.Config, w.Change)
			if err != nil {
				return fmt.Errorf("wild case %d: change %q: %w", i, w.Change, err)
			}
			f, err := run(fixed, dataReal, wildSamples, ds)
			if err != nil {
				return fmt.Errorf("wild case %d fixed %s: %w", i, fixed, err)
			}
			f.History = nil
			w.Fixed = &f
		}
		rs[i] = w
		return nil
	}, func(int) error { return nil })
	return base, rs, err
}

// wildScore counts a part of the sweep's cases by kind and by what the
// diagnosis made of them.
type wildScore struct {
	healthy, alarms, noisy                int // healthy cases; with a severe finding; with any
	broken, silent, tried, helped, healed int // broken cases; with no finding; fix tried, helped, healed
	between, betweenSaid                  int // cases in between; with any finding
}

// tallyWild scores the cases of rs that keep accepts.
func tallyWild(base Outcome, rs []wildResult, keep func(wildResult) bool) wildScore {
	var s wildScore
	for _, r := range rs {
		if !keep(r) {
			continue
		}
		switch r.Kind {
		case "healthy":
			s.healthy++
			s.alarms += b2i(r.severe())
			s.noisy += b2i(len(r.Faulty.Findings) > 0)
		case "broken":
			s.broken++
			s.silent += b2i(len(r.Faulty.Findings) == 0)
			s.tried += b2i(r.Fixed != nil)
			s.helped += b2i(r.helped(base))
			s.healed += b2i(r.healed(base))
		default:
			s.between++
			s.betweenSaid += b2i(len(r.Faulty.Findings) > 0)
		}
	}
	return s
}

// printWild prints the sweep's figures for its tuning and held-out parts,
// and with verbose one line per case.
func (ws wildSweep) printWild(w io.Writer, seed uint64, base Outcome, rs []wildResult, verbose bool) {
	fmt.Fprintf(w, "wild sweep %s, seed %d: %d cases, its base config %s reads %.1f%% after %d images\n", ws.Name, seed, len(rs), ws.Base(), 100*base.ValAcc, wildSamples)
	for _, part := range []struct {
		name string
		odd  int
	}{{"tuning (even cases)", 0}, {"held-out (odd cases)", 1}} {
		s := tallyWild(base, rs, func(r wildResult) bool { return r.Case.Index%2 == part.odd })
		fmt.Fprintf(w, "%s\n", part.name)
		fmt.Fprintf(w, "  healthy %3d: severe finding (false alarm) %s, any finding %s\n", s.healthy, pctOf(s.alarms, s.healthy), pctOf(s.noisy, s.healthy))
		fmt.Fprintf(w, "  broken  %3d: some finding %s; fix tried %d, helped (half the gap back) %s, healed (within %.0f points) %s\n",
			s.broken, pctOf(s.broken-s.silent, s.broken), s.tried, pctOf(s.helped, s.broken), 100*fixMargin, pctOf(s.healed, s.broken))
		fmt.Fprintf(w, "  between %3d: some finding %s\n", s.between, pctOf(s.betweenSaid, s.between))
	}
	if !verbose {
		return
	}
	for _, r := range rs {
		fix := ""
		if r.Fixed != nil {
			fix = fmt.Sprintf(" fix %s -> %.1f%%", r.Change, 100*r.Fixed.ValAcc)
		}
		fmt.Fprintf(w, "%3d %-7s %5.1f%% [%s] %s: %s%s\n", r.Case.Index, r.Kind, 100*r.Faulty.ValAcc, strings.Join(r.Case.Keys, ","), r.Case.Config, strings.Join(codesOf(r.Faulty), ","), fix)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
