package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

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
	Accept  []string  `json:"accept,omitempty"`
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
	// apply changes c (a copy of the base) and may change the budget; it
	// returns false when the base cannot take this fault.
	apply func(r *rand.Rand, c *Case) bool
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

// drawBase draws a healthy config: 1-2 hidden layers of 32-256 units, a
// non-saturating or tanh activation, a fan-in initialization, an optimizer
// at a sane learning rate.
func drawBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Hidden = []int{pick(r, 64, 128, 256)}
	if r.IntN(3) == 0 {
		c.Hidden = append(c.Hidden, pick(r, 32, 64, 128))
	}
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
	c.Init = pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitHeNormal, nn.InitHeUniform, nn.InitLecunNormal)
	c.Optimizer = pick(r, nn.Optimizers...)
	lr := saneLR[c.Optimizer]
	c.LearningRate = round3(logUniform(r, lr[0], lr[1]))
	c.Momentum = 0.9
	c.BatchSize = pick(r, 16, 32, 64)
	c.TrainSize = pick(r, 10000, 15000, 20000)
	c.Seed = seed
	return c
}

// round3 keeps three significant digits, so configs print short.
func round3(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 3, 64), 64)
	return r
}

// catalogue lists the faults. Every finding code is the label of at least
// two of them.
var catalogue = []fault{
	{"control", "", nil, func(r *rand.Rand, c *Case) bool { return true }},
	{"init-zeros", diagnose.CodeSymmetry, []string{diagnose.CodeBadInitScale}, func(r *rand.Rand, c *Case) bool {
		c.Config.Init = nn.InitZeros
		c.Config.Activation = pick(r, nn.ActTanh, nn.ActSigmoid, nn.ActELU, nn.ActLeakyReLU, nn.ActReLU)
		return true
	}},
	{"init-normal-1", diagnose.CodeBadInitScale, []string{diagnose.CodeSaturatedUnits, diagnose.CodeExploding}, func(r *rand.Rand, c *Case) bool {
		c.Config.Init = nn.InitNormal1
		return true
	}},
	{"init-tiny-deep", diagnose.CodeBadInitScale, []string{diagnose.CodeVanishing}, func(r *rand.Rand, c *Case) bool {
		c.Config.Init = nn.InitTiny
		c.Config.Hidden = []int{pick(r, 64, 128), pick(r, 64, 128), 64}
		c.Config.Optimizer, c.Config.LearningRate = nn.OptSGD, 0.1
		return true
	}},
	{"lr-blowup-relu", diagnose.CodeDeadUnits, []string{diagnose.CodeLRTooHigh}, func(r *rand.Rand, c *Case) bool {
		c.Config.Activation = nn.ActReLU
		c.Config.LearningRate = round3(map[string]float64{
			nn.OptSGD: logUniform(r, 2, 8), nn.OptAdam: logUniform(r, 0.1, 0.5),
			nn.OptMomentum: logUniform(r, 0.3, 1), nn.OptRMSProp: logUniform(r, 0.05, 0.3),
		}[c.Config.Optimizer])
		return true
	}},
	{"lr-high", diagnose.CodeLRTooHigh, nil, func(r *rand.Rand, c *Case) bool {
		c.Config.Activation = pick(r, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
		c.Config.LearningRate = round3(map[string]float64{
			nn.OptSGD: logUniform(r, 1, 3), nn.OptAdam: logUniform(r, 0.02, 0.1),
			nn.OptMomentum: logUniform(r, 0.3, 1), nn.OptRMSProp: logUniform(r, 0.01, 0.05),
		}[c.Config.Optimizer])
		return true
	}},
	{"diverge-linear", diagnose.CodeDiverged, []string{diagnose.CodeLRTooHigh}, func(r *rand.Rand, c *Case) bool {
		// The base is linear too: the fault is the learning rate alone.
		c.Base.Activation, c.Config.Activation = nn.ActLinear, nn.ActLinear
		c.Config.Optimizer, c.Config.LearningRate = nn.OptSGD, round3(logUniform(r, 2, 8))
		return true
	}},
	{"diverge-normal-1", diagnose.CodeDiverged, []string{diagnose.CodeLRTooHigh, diagnose.CodeBadInitScale}, func(r *rand.Rand, c *Case) bool {
		c.Config.Init = nn.InitNormal1
		c.Config.Activation = pick(r, nn.ActLinear, nn.ActLeakyReLU)
		c.Config.Optimizer, c.Config.LearningRate = nn.OptSGD, round3(logUniform(r, 0.5, 2))
		return true
	}},
	{"lr-low", diagnose.CodeLRTooLow, nil, func(r *rand.Rand, c *Case) bool {
		lr := saneLR[c.Config.Optimizer]
		c.Config.LearningRate = round3(max(lr[0]*logUniform(r, 1e-3, 5e-3), 1.5*nn.MinLearningRate))
		return true
	}},
	{"deep-sigmoid", diagnose.CodeVanishing, []string{diagnose.CodeSaturatedUnits}, func(r *rand.Rand, c *Case) bool {
		c.Config.Activation = nn.ActSigmoid
		c.Config.Hidden = []int{128, 128, 128, 128}[:3+r.IntN(2)]
		c.Config.Optimizer, c.Config.LearningRate = pick(r, nn.OptSGD, nn.OptMomentum), 0.01
		if c.Config.Optimizer == nn.OptSGD {
			c.Config.LearningRate = 0.1
		}
		return true
	}},
	{"saturating-init", diagnose.CodeSaturatedUnits, []string{diagnose.CodeBadInitScale}, func(r *rand.Rand, c *Case) bool {
		c.Config.Activation = pick(r, nn.ActSigmoid, nn.ActTanh)
		c.Config.Init = nn.InitNormal1
		return true
	}},
	{"deep-normal-1", diagnose.CodeExploding, []string{diagnose.CodeBadInitScale, diagnose.CodeDiverged}, func(r *rand.Rand, c *Case) bool {
		c.Config.Init = nn.InitNormal1
		c.Config.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU, nn.ActLinear)
		c.Config.Hidden = []int{64, 64, 64, 64}[:3+r.IntN(2)]
		return true
	}},
	{"capacity", diagnose.CodeUnderfitting, nil, func(r *rand.Rand, c *Case) bool {
		c.Config.Hidden = pick(r, []int{}, []int{8}, []int{8, 8})
		c.Base.TrainSize, c.Config.TrainSize = 5000, 5000
		c.Samples = 4 * 5000
		return true
	}},
	{"heavy-l2", diagnose.CodeUnderfitting, nil, func(r *rand.Rand, c *Case) bool {
		c.Config.L2 = round3(logUniform(r, 0.02, 0.1))
		c.Base.TrainSize, c.Config.TrainSize = 5000, 5000
		c.Samples = 4 * 5000
		return true
	}},
	{"small-data", diagnose.CodeOverfitting, nil, func(r *rand.Rand, c *Case) bool {
		c.Config.TrainSize = pick(r, 300, 500, 1000)
		c.Config.Hidden = []int{pick(r, 256, 512)}
		c.Samples = 30000
		return true
	}},
	{"long-training", diagnose.CodeOverfitting, nil, func(r *rand.Rand, c *Case) bool {
		c.Config.TrainSize = 2000
		c.Config.Hidden = []int{256, 256}
		c.Config.Activation = nn.ActReLU
		c.Config.Optimizer, c.Config.LearningRate = nn.OptAdam, 1e-3
		c.Samples = 40000
		return true
	}},
	{"random-labels", diagnose.CodeNotLearning, nil, func(r *rand.Rand, c *Case) bool {
		c.Data = dataRandomLabels
		return true
	}},
	{"shuffled-pixels", diagnose.CodeNotLearning, nil, func(r *rand.Rand, c *Case) bool {
		c.Data = dataNoise
		return true
	}},
}

// drawCase builds case i of a benchmark: its own generator, seeded by the
// benchmark seed and the index, so a case does not depend on -n. About one
// case in seven is a control.
func drawCase(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	base := drawBase(r, seed*1000+uint64(i))
	f := catalogue[0]
	if r.IntN(7) != 0 {
		f = catalogue[1+r.IntN(len(catalogue)-1)]
	}
	c := Case{Index: i, Fault: f.name, Label: f.label, Accept: f.accept, Base: base, Config: base.Clone(), Samples: 20000}
	if !f.apply(r, &c) {
		panic(fmt.Sprintf("diagbench: fault %s refused base %s", f.name, base))
	}
	return c
}
