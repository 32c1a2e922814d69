package main

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// Data faults: the config is sane but the data carry no signal (labels
// drawn at random, on the images or on images whose pixels are shuffled).
const (
	dataReal         = ""
	dataRandomLabels = "random-labels"
	dataNoise        = "shuffled-pixels"
)

// Case is one benchmark run: a healthy base config, the config with the
// injected fault, and the training budget both get.
type Case struct {
	Index int    `json:"index"`
	Fault string `json:"fault"`
	// Label is the true cause by construction (a finding code, or "" for a
	// healthy control); the measurement may relabel or drop the case.
	Label string `json:"label"`
	// Accept lists the other codes that also name the cause correctly when
	// shown first (the zeros initialization is both symmetry and a bad
	// initialization scale).
	Accept []string `json:"accept,omitempty"`
	// Base is Config without its fault: it has every other setting the
	// fault needs around it (an activation, a depth, a training size), so
	// that the measurements and a fix are judged against the same network
	// trained without the fault.
	Base    nn.Config `json:"-"`
	Config  nn.Config `json:"-"`
	Data    string    `json:"data,omitempty"`
	Samples int64     `json:"samples"`
}

// fault is one way to break a healthy config.
type fault struct {
	name   string
	label  string
	accept []string
	// breaks lists the config keys that are the fault: the faulty config
	// differs from its base in these keys and no others.
	breaks []string
	// setup prepares the base for the fault (an activation, a depth, an
	// optimizer at a sane rate, a training size and budget); nil leaves the
	// drawn base as it is. The faulty config starts as a copy of it.
	setup func(r *rand.Rand, c *Case)
	// apply injects the fault into the faulty config (or its data).
	apply func(r *rand.Rand, c *Case)
	// conv marks the faults of convolutional networks, which train several
	// times slower and are drawn less often (convShare).
	conv bool
	// held marks the families of a catalogue split by family (outsiders)
	// whose cases form its held-out part.
	held bool
}

// pick returns one element of xs.
func pick[E any](r *rand.Rand, xs ...E) E { return xs[r.IntN(len(xs))] }

// logUniform draws from [lo, hi] evenly on a log scale.
func logUniform(r *rand.Rand, lo, hi float64) float64 {
	return math.Exp(math.Log(lo) + r.Float64()*(math.Log(hi)-math.Log(lo)))
}

// saneLR is the range of learning rates each optimizer trains well with at
// the batch sizes drawn here.
var saneLR = map[string][2]float64{
	nn.OptSGD:      {0.05, 0.2},
	nn.OptMomentum: {0.005, 0.02},
	nn.OptAdam:     {5e-4, 2e-3},
	nn.OptRMSProp:  {3e-4, 1e-3},
}

// useOptimizer sets c's optimizer to opt at a learning rate drawn from its
// sane range.
func useOptimizer(r *rand.Rand, c *nn.Config, opt string) {
	lr := saneLR[opt]
	c.Optimizer, c.LearningRate = opt, round3(logUniform(r, lr[0], lr[1]))
}

// drawBase draws a healthy config: 1-2 hidden layers of 32-256 units, a
// non-saturating or tanh activation, a fan-in initialization, an optimizer
// at a sane learning rate, and in some of them the usual regularizers a
// user turns on (dropout 0.2 or 0.5, light augmentation). Their training
// curves are measured on thinned networks and distorted images, as the
// app's are: a base without them would never show the rules such curves
// (three false findings about draw-robust slipped through that way).
func drawBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Hidden = []int{pick(r, 64, 128, 256)}
	if r.IntN(3) == 0 {
		c.Hidden = append(c.Hidden, pick(r, 32, 64, 128))
	}
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
	c.Init = pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitHeNormal, nn.InitHeUniform, nn.InitLecunNormal)
	useOptimizer(r, &c, pick(r, nn.Optimizers...))
	c.Momentum = 0.9
	c.BatchSize = pick(r, 16, 32, 64)
	c.TrainSize = pick(r, 10000, 15000, 20000)
	c.Dropout = pick(r, 0, 0, 0, 0.2, 0.5)
	c.Augment = pick(r, augment.Off, augment.Off, augment.Off, augment.Light)
	c.Seed = seed
	return c
}

// convSamples is the training budget of a convolutional case: a
// convolution trains several times slower than a dense layer, and the
// small networks drawn here reach 90% within it.
const convSamples = 10000

// convBase makes c's base a small convolutional network: one or two
// convolutions of 5×5 filters, each pooled, with no or one small hidden
// layer, on ReLU units, trained for convSamples images by adam or rmsprop
// in small batches (plain SGD leaves such a network near 86% after
// 10,000 images, short of a healthy control's 88%).
func convBase(r *rand.Rand, c *Case) {
	b := &c.Base
	b.Conv = pick(r, "8c5-p2-16c5-p2", "8c5-p2", "4c5-p2-8c5-p2")
	b.Hidden = pick(r, []int{}, []int{32}, []int{64})
	b.Activation = nn.ActReLU
	b.Init = pick(r, nn.InitHeNormal, nn.InitHeUniform, nn.InitGlorotUniform)
	useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
	b.BatchSize = pick(r, 16, 32)
	c.Samples = convSamples
}

// deepConvBase makes c's base a stack of four 3×3 convolutions on the
// pooled image, with no hidden layer, on tanh units with a fan-in
// initialization, trained by plain or momentum SGD for convSamples images:
// deep enough that a gradient scaled down at every convolution vanishes
// before it reaches the first, and cheap (the pooled image is 14×14). Adam
// and rmsprop are left out: they divide each step by the gradient's
// running size and so step out of a vanishing gradient within a few
// hundred images.
func deepConvBase(r *rand.Rand, c *Case) {
	b := &c.Base
	b.Conv = pick(r, "p2-8c3-8c3-8c3-8c3", "p2-8c3-8c3-8c3-8c3-p2", "p2-4c3-8c3-8c3-8c3")
	b.Hidden = []int{}
	b.Activation = nn.ActTanh
	b.Init = pick(r, nn.InitGlorotUniform, nn.InitLecunNormal, nn.InitHeNormal)
	useOptimizer(r, b, pick(r, nn.OptSGD, nn.OptMomentum))
	b.BatchSize = pick(r, 16, 32)
	c.Samples = convSamples
}

// withFilters returns a conv spec (see nn.Config.Conv) with n filters in
// every convolution, the poolings as they are.
func withFilters(spec string, n int) string {
	stages := strings.Split(spec, "-")
	for i, st := range stages {
		if c := strings.IndexByte(st, 'c'); c > 0 {
			stages[i] = strconv.Itoa(n) + st[c:]
		}
	}
	return strings.Join(stages, "-")
}

// blowupLR draws, for each optimizer, a learning rate whose first steps
// blow the loss up and kill every ReLU unit.
func blowupLR(r *rand.Rand, opt string) float64 {
	return round3(map[string]float64{
		nn.OptSGD: logUniform(r, 2, 8), nn.OptAdam: logUniform(r, 0.1, 0.5),
		nn.OptMomentum: logUniform(r, 0.3, 1), nn.OptRMSProp: logUniform(r, 0.05, 0.3),
	}[opt])
}

// round3 keeps three significant digits, so configs print short.
func round3(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 3, 64), 64)
	return r
}

// catalogue lists the faults. Every finding code is the label of at least
// two of them.
var catalogue = []fault{
	{name: "control"},
	{name: "init-zeros", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Activation = pick(r, nn.ActTanh, nn.ActSigmoid, nn.ActELU, nn.ActLeakyReLU, nn.ActReLU)
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitZeros }},
	{name: "init-normal-1", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeSaturatedUnits, diagnose.CodeExploding}, breaks: []string{"init"},
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitNormal1 }},
	{name: "init-tiny-deep", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeVanishing}, breaks: []string{"init"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Hidden = []int{pick(r, 64, 128), pick(r, 64, 128), 64}
			c.Base.Optimizer, c.Base.LearningRate = nn.OptSGD, 0.1
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitTiny }},
	{name: "lr-blowup-relu", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: func(r *rand.Rand, c *Case) { c.Base.Activation = nn.ActReLU },
		apply: func(r *rand.Rand, c *Case) { c.Config.LearningRate = blowupLR(r, c.Config.Optimizer) }},
	{name: "lr-high", label: diagnose.CodeLRTooHigh, breaks: []string{"lr"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Activation = pick(r, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
		},
		apply: func(r *rand.Rand, c *Case) {
			c.Config.LearningRate = round3(map[string]float64{
				nn.OptSGD: logUniform(r, 1, 3), nn.OptAdam: logUniform(r, 0.02, 0.1),
				nn.OptMomentum: logUniform(r, 0.3, 1), nn.OptRMSProp: logUniform(r, 0.01, 0.05),
			}[c.Config.Optimizer])
		}},
	{name: "diverge-linear", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Activation = nn.ActLinear
			useOptimizer(r, &c.Base, nn.OptSGD)
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.LearningRate = round3(logUniform(r, 2, 8)) }},
	{name: "diverge-normal-1", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh, diagnose.CodeBadInitScale}, breaks: []string{"init", "lr"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Activation = pick(r, nn.ActLinear, nn.ActLeakyReLU)
			useOptimizer(r, &c.Base, nn.OptSGD)
		},
		apply: func(r *rand.Rand, c *Case) {
			c.Config.Init = nn.InitNormal1
			c.Config.LearningRate = round3(logUniform(r, 0.5, 2))
		}},
	{name: "lr-low", label: diagnose.CodeLRTooLow, breaks: []string{"lr"},
		apply: func(r *rand.Rand, c *Case) {
			lr := saneLR[c.Config.Optimizer]
			c.Config.LearningRate = round3(max(lr[0]*logUniform(r, 1e-3, 5e-3), 1.5*nn.MinLearningRate))
		}},
	// lr-slow: a rate 10-50 times below the sane range, which still moves
	// the loss (lr-low's 200-1000 times stand it still) but leaves the
	// network far behind its base after four epochs.
	{name: "lr-slow", label: diagnose.CodeLRTooLow, breaks: []string{"lr"},
		setup: func(r *rand.Rand, c *Case) { c.Base.TrainSize, c.Samples = 10000, 4*10000 },
		apply: func(r *rand.Rand, c *Case) {
			lr := saneLR[c.Config.Optimizer]
			c.Config.LearningRate = round3(lr[0] / logUniform(r, 10, 50))
		}},
	// batch-huge: batches of 512-1,024 at the base's sane rate make 9-19
	// steps an epoch of 10,000 images, so four epochs leave the network
	// far behind its base: the rate is too low for the batch.
	{name: "batch-huge", label: diagnose.CodeLRTooLow, breaks: []string{"batch"},
		setup: func(r *rand.Rand, c *Case) { c.Base.TrainSize, c.Samples = 10000, 4*10000 },
		apply: func(r *rand.Rand, c *Case) { c.Config.BatchSize = pick(r, 512, 1024) }},
	{name: "deep-sigmoid", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeSaturatedUnits}, breaks: []string{"act"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Hidden = []int{128, 128, 128, 128}[:3+r.IntN(2)]
			c.Base.Optimizer, c.Base.LearningRate = pick(r, nn.OptSGD, nn.OptMomentum), 0.01
			if c.Base.Optimizer == nn.OptSGD {
				c.Base.LearningRate = 0.1
			}
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.Activation = nn.ActSigmoid }},
	{name: "saturating-init", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: func(r *rand.Rand, c *Case) { c.Base.Activation = pick(r, nn.ActSigmoid, nn.ActTanh) },
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitNormal1 }},
	{name: "deep-normal-1", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale, diagnose.CodeDiverged}, breaks: []string{"init"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU, nn.ActLinear)
			c.Base.Hidden = []int{64, 64, 64, 64}[:3+r.IntN(2)]
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitNormal1 }},
	{name: "capacity", label: diagnose.CodeUnderfitting, breaks: []string{"hidden"},
		setup: func(r *rand.Rand, c *Case) { c.Base.TrainSize, c.Samples = 5000, 4*5000 },
		apply: func(r *rand.Rand, c *Case) { c.Config.Hidden = pick(r, []int{}, []int{8}, []int{8, 8}) }},
	{name: "heavy-l2", label: diagnose.CodeUnderfitting, breaks: []string{"l2"},
		setup: func(r *rand.Rand, c *Case) { c.Base.TrainSize, c.Samples = 5000, 4*5000 },
		apply: func(r *rand.Rand, c *Case) { c.Config.L2 = round3(logUniform(r, 0.02, 0.1)) }},
	// heavy-dropout: dropout of 0.8-0.9 holds the network back, or, at a
	// sane SGD rate, scales its steps up until the run diverges: the
	// divergence is then what the user sees, named with dropout as its
	// cause.
	{name: "heavy-dropout", label: diagnose.CodeUnderfitting, accept: []string{diagnose.CodeDiverged}, breaks: []string{"dropout"},
		setup: func(r *rand.Rand, c *Case) { c.Base.TrainSize, c.Samples = 5000, 4*5000 },
		apply: func(r *rand.Rand, c *Case) { c.Config.Dropout = pick(r, 0.8, 0.85, 0.9) }},
	// act-linear: linear units make the network one linear map, which
	// levels off near 92% however wide it is; on 5,000 images the
	// non-linear base does little better, so it gets 20,000 for four
	// epochs.
	{name: "act-linear", label: diagnose.CodeUnderfitting, breaks: []string{"act"},
		setup: func(r *rand.Rand, c *Case) { c.Base.TrainSize, c.Samples = 20000, 4*20000 },
		apply: func(r *rand.Rand, c *Case) { c.Config.Activation = nn.ActLinear }},
	{name: "small-data", label: diagnose.CodeOverfitting, breaks: []string{"train"},
		setup: func(r *rand.Rand, c *Case) { c.Base.Hidden, c.Samples = []int{pick(r, 256, 512)}, 30000 },
		apply: func(r *rand.Rand, c *Case) { c.Config.TrainSize = pick(r, 300, 500, 1000) }},
	{name: "long-training", label: diagnose.CodeOverfitting, breaks: []string{"train"},
		setup: func(r *rand.Rand, c *Case) {
			c.Base.Hidden = []int{256, 256}
			c.Base.Activation = nn.ActReLU
			c.Base.Optimizer, c.Base.LearningRate = nn.OptAdam, 1e-3
			c.Samples = 40000
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.TrainSize = 2000 }},
	{name: "random-labels", label: diagnose.CodeNotLearning,
		apply: func(r *rand.Rand, c *Case) { c.Data = dataRandomLabels }},
	{name: "shuffled-pixels", label: diagnose.CodeNotLearning,
		apply: func(r *rand.Rand, c *Case) { c.Data = dataNoise }},

	{name: "conv-control", conv: true, setup: convBase},
	{name: "conv-lr-blowup", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, conv: true,
		setup: convBase,
		apply: func(r *rand.Rand, c *Case) { c.Config.LearningRate = blowupLR(r, c.Config.Optimizer) }},
	{name: "conv-init-normal-1", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeSaturatedUnits, diagnose.CodeExploding}, breaks: []string{"init"}, conv: true,
		setup: convBase,
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitNormal1 }},
	{name: "conv-capacity", label: diagnose.CodeUnderfitting, breaks: []string{"conv"}, conv: true,
		setup: func(r *rand.Rand, c *Case) {
			convBase(r, c)
			c.Base.Hidden, c.Base.TrainSize = []int{}, 5000
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.Conv = withFilters(c.Config.Conv, pick(r, 1, 2)) }},
	{name: "conv-tiny-deep", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, conv: true,
		setup: deepConvBase,
		apply: func(r *rand.Rand, c *Case) { c.Config.Init = nn.InitTiny }},
	{name: "conv-small-data", label: diagnose.CodeOverfitting, breaks: []string{"train"}, conv: true,
		setup: func(r *rand.Rand, c *Case) {
			convBase(r, c)
			c.Base.Hidden = []int{pick(r, 128, 256)}
		},
		apply: func(r *rand.Rand, c *Case) { c.Config.TrainSize = pick(r, 300, 500) }},
}

// Shares of the draws: one case in controlShare is a control (of its
// kind); one in convShare is a convolutional network, so that the slower
// convolutions stay a modest part of a run's time.
const (
	controlShare = 7
	convShare    = 12
)

// drawCase builds case i of a benchmark: its own generator, seeded by the
// benchmark seed and the index, so a case does not depend on -n; assemble
// builds it from the drawn base and fault.
func drawCase(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	base := drawBase(r, seed*1000+uint64(i))
	conv := r.IntN(convShare) == 0
	var kind []fault
	for _, f := range catalogue {
		if f.conv == conv {
			kind = append(kind, f)
		}
	}
	f := kind[0]
	if r.IntN(controlShare) != 0 {
		f = kind[1+r.IntN(len(kind)-1)]
	}
	return assemble(r, i, f, base)
}

// assemble builds case i of fault f on the drawn base: the fault's setup
// changes the base, the faulty config copies it, and only then is the
// fault applied, so the two differ in the fault alone. The budget is
// 20,000 training images unless the setup says otherwise.
func assemble(r *rand.Rand, i int, f fault, base nn.Config) Case {
	c := Case{Index: i, Fault: f.name, Label: f.label, Accept: f.accept, Base: base, Samples: 20000}
	if f.setup != nil {
		f.setup(r, &c)
	}
	c.Config = c.Base.Clone()
	if f.apply != nil {
		f.apply(r, &c)
	}
	return c
}

// faultNamed returns the catalogue's fault called name.
func faultNamed(name string) (fault, bool) { return findFault(catalogue, name) }
