package main

import (
	"math"
	"math/rand/v2"
	"slices"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The newcomers are a third catalogue of faults, written by someone who
// had read neither the rules nor the faults of the main catalogue and the
// outsiders (only the helpers they share), from two views: a teaching assistant grading a class's broken MNIST configs,
// and an engineer who inherits a config someone else tuned and changes
// one thing in it. So its faults are the ones a config picks up on its
// way between people: a rate kept when the optimizer changed, a
// remedy removed whose work nobody saw (batch normalization carrying a
// hot rate, clipping, dropout on a small set), a value typed from a
// habit of another framework (clip as a tolerance, L2 as a layer's
// Keras coefficient), a textbook choice (sigmoid units, a network made
// narrow to train fast). Its healthy configs are not the app's default
// either: wider and deeper networks, convolutions, batch normalization,
// momentum with Nesterov, big batches, small training sets kept healthy
// by regularization. A fault's value is drawn over the whole range a
// user types, from mildly broken to absurd.
//
// Half of the families, chosen before any case was trained, are held out
// (held), each label (the controls' too) in both halves, so that the
// catalogue measures the rules on faults their authors did not tune them
// to.

// newcomerSamples is the training budget of a dense case: one and a half
// to four passes over the training sets the base draws, enough for every
// healthy base to pass 88%.
const newcomerSamples = 30000

// Limits of the newcomers' budgets: a dense case's and a convolutional
// case's (like convSamples: a convolution trains several times slower).
const (
	newcomerMaxSamples     = 40000
	newcomerMaxConvSamples = convSamples
)

// newcomerControlShare and newcomerConvShare are the odds of a draw being
// a healthy control, and of a faulty draw being convolutional: one in so
// many.
const (
	newcomerControlShare = 7
	newcomerConvShare    = 9
)

// newcomerBase draws the config an engineer inherits: a network wider or
// deeper than the app's default (one to three layers of 100 to 512
// units), ReLU, leaky ReLU, ELU or tanh units with an initialization that
// suits them, an optimizer at a sane rate with a batch that suits it
// (plain and momentum SGD take small batches, Adam and RMSProp up to
// 128), and the habits of whoever tuned it: batch normalization in one
// config in four, a little dropout or L2, a loose gradient clip, light
// augmentation, a training set of 8,000 to all 20,000 images.
func newcomerBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Hidden = pick(r, []int{256, 128}, []int{512}, []int{300, 100}, []int{512, 256}, []int{200, 200, 100}, []int{384}, []int{256, 256})
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActLeakyReLU, nn.ActELU, nn.ActTanh)
	c.Init = initFor(r, c.Activation)
	c.Momentum = pick(r, 0.85, 0.9)
	useOptimizer(r, &c, pick(r, nn.OptAdam, nn.OptAdam, nn.OptRMSProp, nn.OptMomentum, nn.OptMomentum, nn.OptSGD))
	c.Nesterov = c.Optimizer == nn.OptMomentum && r.IntN(2) == 0
	c.BatchSize = batchFor(r, c.Optimizer)
	c.BatchNorm = r.IntN(4) == 0
	c.TrainSize = pick(r, 8000, 12000, 16000, 20000)
	c.Dropout = pick(r, 0.0, 0, 0.1, 0.2)
	c.L2 = pick(r, 0, 0, 1e-5, 1e-4)
	c.Clip = pick(r, 0, 0, 0, 5.0)
	c.Augment = pick(r, augment.Off, augment.Off, augment.Off, augment.Light)
	c.Seed = seed
	return c
}

// initFor draws an initialization made for the activation act: He's for
// the rectifiers, Glorot's or LeCun's for the units that saturate.
func initFor(r *rand.Rand, act string) string {
	switch act {
	case nn.ActReLU, nn.ActLeakyReLU, nn.ActELU:
		return pick(r, nn.InitHeNormal, nn.InitHeUniform, nn.InitGlorotUniform)
	}
	return pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitLecunNormal)
}

// batchFor draws a batch size that trains well with opt at a sane rate
// within a dense case's budget: plain and momentum SGD need the updates
// of small batches, Adam and RMSProp reach 90% in a few hundred.
func batchFor(r *rand.Rand, opt string) int {
	if opt == nn.OptSGD || opt == nn.OptMomentum {
		return pick(r, 16, 32, 64)
	}
	return pick(r, 32, 64, 128)
}

// actsWithInit sets the base's activation to one of names, with an
// initialization made for it.
func actsWithInit(names ...string) step {
	return func(r *rand.Rand, c *Case) {
		c.Base.Activation = pick(r, names...)
		c.Base.Init = initFor(r, c.Base.Activation)
	}
}

// optsWithBatch sets the base's optimizer to one of names at a sane rate
// (Nesterov's look-ahead in half of the momentum draws) and a batch that
// suits it.
func optsWithBatch(names ...string) step {
	return func(r *rand.Rand, c *Case) {
		optimizers(names...)(r, c)
		c.Base.BatchSize = batchFor(r, c.Base.Optimizer)
	}
}

// noBatchNorm turns batch normalization off in the base: it rescales
// every hidden layer's input, so it would hide a fault of scale (an
// initialization, a rate, weight decay) the fault is meant to show.
var noBatchNorm = onBase(func(b *nn.Config) { b.BatchNorm = false })

// noClip turns the base's gradient clipping off: a fault of a step too
// large must not be cut short by it.
var noClip = onBase(func(b *nn.Config) { b.Clip = 0 })

// newcomerConv makes the base a small convolutional network as people
// write one after a tutorial: one or two convolutions of 3×3 or 5×5
// filters, each pooled, or one on the pooled image, with no hidden layer
// or one, on rectifier units, trained by Adam or RMSProp in small batches
// for newcomerMaxConvSamples images; a third of them batch-normalized.
// hidden says the dense layer is kept (a fault that shows in the hidden
// units needs one).
func newcomerConv(hidden bool) step {
	return func(r *rand.Rand, c *Case) {
		b := &c.Base
		b.Conv = pick(r, "6c5-p2-12c5-p2", "8c3-p2-16c3-p2", "p2-16c3s-p2", "12c5-p3", "p2-8c3-16c3-p2")
		b.Hidden = pick(r, []int{}, []int{64}, []int{128})
		if hidden {
			b.Hidden = pick(r, []int{32}, []int{64}, []int{128})
		}
		b.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActLeakyReLU, nn.ActELU)
		b.Init = initFor(r, b.Activation)
		useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		b.Nesterov = false
		b.BatchSize = pick(r, 16, 32)
		b.BatchNorm = r.IntN(3) == 0
		b.Dropout = pick(r, 0, 0, 0.1)
		b.Augment = augment.Off
		b.Clip = 0
		c.Samples = newcomerMaxConvSamples
	}
}

// rateTimes sets the faulty config's learning rate to its optimizer's
// sane rate times a factor drawn from [lo, hi] (the upper end of the
// range for factors above 1, the lower end below), within the range the
// config allows.
func rateTimes(lo, hi float64) step {
	return func(r *rand.Rand, c *Case) {
		sane := saneLR[c.Config.Optimizer]
		edge := sane[1]
		if hi < 1 {
			edge = sane[0]
		}
		lr := edge * logUniform(r, lo, hi)
		c.Config.LearningRate = round3(math.Min(nn.MaxLearningRate, math.Max(nn.MinLearningRate, lr)))
	}
}

// rateByOptimizer sets the faulty config's learning rate to one drawn
// from the range given for its optimizer.
func rateByOptimizer(ranges map[string][2]float64) step {
	return func(r *rand.Rand, c *Case) {
		lr := ranges[c.Config.Optimizer]
		c.Config.LearningRate = round3(logUniform(r, lr[0], lr[1]))
	}
}

// newcomers lists the faults of the newcomers' catalogue. Every finding
// code is the label of at least two families, one held out and one not,
// and so is a healthy control ("").
var newcomers = []fault{
	// Healthy controls: the inherited config as it is.
	{name: "nc-ok-inherited"},
	// A small training set kept healthy on purpose: 3,000 to 6,000 images
	// with light augmentation, dropout and a little L2, for a few passes.
	{name: "nc-ok-small-set", held: true, setup: steps(
		onBase(func(b *nn.Config) { b.Augment = augment.Light }),
		func(r *rand.Rand, c *Case) {
			c.Base.TrainSize = pick(r, 3000, 4000, 5000, 6000)
			c.Base.Dropout = pick(r, 0.2, 0.3)
			c.Base.L2 = pick(r, 1e-4, 5e-4)
		},
		budget(20000))},
	// A small convolutional network from a tutorial.
	{name: "nc-ok-conv", conv: true, setup: newcomerConv(false)},
	// A deep tanh network, three or four layers, with LeCun's or Glorot's
	// initialization: deep and saturating, but initialized for it.
	{name: "nc-ok-deep-tanh", held: true, setup: steps(
		layers(3, 4, 256, 192, 128, 64), actsWithInit(nn.ActTanh),
		optsWithBatch(nn.OptMomentum, nn.OptAdam, nn.OptRMSProp))},

	// diverged. The optimizer changed from SGD (or momentum) to Adam or
	// RMSProp, and the rate that suited SGD stayed: 0.005 to 0.2, from
	// 2.5 to 400 times Adam's sane rate. A user sees the optimizer as a
	// separate toggle from the rate; the rate's scale belongs to it.
	{name: "nc-adam-at-sgd-rate", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"opt"},
		setup:  steps(optsWithBatch(nn.OptSGD, nn.OptMomentum), noBatchNorm, noClip),
		apply: func(r *rand.Rand, c *Case) {
			c.Config.Optimizer = pick(r, nn.OptAdam, nn.OptRMSProp)
		}},
	// diverged. The inherited config trains at a rate only batch
	// normalization can take (SGD 0.4 to 1, momentum 0.04 to 0.1, Adam
	// 0.005 to 0.02, RMSProp 0.003 to 0.01); the engineer turns batch
	// normalization off ("it only speeds things up") and keeps the rate.
	{name: "nc-bn-removed", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"bn"}, held: true,
		setup: steps(optsWithBatch(nn.Optimizers...), noClip,
			onBase(func(b *nn.Config) { b.BatchNorm = true }),
			func(r *rand.Rand, c *Case) {
				lr := map[string][2]float64{
					nn.OptSGD: {0.4, 1}, nn.OptMomentum: {0.04, 0.1},
					nn.OptAdam: {0.005, 0.02}, nn.OptRMSProp: {0.003, 0.01},
				}[c.Base.Optimizer]
				c.Base.LearningRate = round3(logUniform(r, lr[0], lr[1]))
			}),
		apply: func(_ *rand.Rand, c *Case) { c.Config.BatchNorm = false }},

	// not-learning. L2 typed as a layer's coefficient from another
	// framework's example, or as "a strong regularizer": 0.1 to 1. On two
	// or three hidden layers the decay pulls every weight to zero faster
	// than the data can move the product of the layers, and the network
	// answers with its biases. Batch normalization is off, as it would
	// rescale the decayed weights back.
	{name: "nc-l2-crush", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeUnderfitting},
		breaks: []string{"l2"},
		setup:  steps(layers(2, 3, 512, 256, 128), noBatchNorm),
		apply:  func(r *rand.Rand, c *Case) { c.Config.L2 = round3(logUniform(r, 0.1, 1)) }},
	// not-learning. The gradient clip typed as a tolerance, like an
	// epsilon: 1e-7 to 1e-5. Plain and momentum SGD then take steps of
	// lr·clip and the weights never leave their initialization (Adam and
	// RMSProp divide the clipping back out, so they are not drawn).
	{name: "nc-clip-epsilon", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow},
		breaks: []string{"clip"}, held: true,
		setup: optsWithBatch(nn.OptSGD, nn.OptMomentum),
		apply: func(r *rand.Rand, c *Case) { c.Config.Clip = round3(logUniform(r, 1e-7, 1e-5)) }},

	// symmetry. Zeros chosen because "biases start at zero, so weights
	// can too": every unit of a layer computes the same thing forever.
	// Dropout is off, as its masks would tell the units apart.
	{name: "nc-zeros", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"},
		setup:  steps(layers(1, 3, 512, 256, 128, 64), noDropout),
		apply:  initAs(nn.InitZeros)},
	// symmetry. The same in a convolutional network with a hidden layer:
	// every filter and every hidden unit stays the same.
	{name: "nc-conv-zeros", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, conv: true, held: true,
		setup: steps(newcomerConv(true), noDropout),
		apply: initAs(nn.InitZeros)},

	// dead-units. A ReLU network trained by SGD at "lr=1", the rate of a
	// tutorial that sums its loss over the batch or a typed 1e0 for 1e-1:
	// SGD 0.8 to 8, momentum 0.08 to 0.8. The first steps throw the units'
	// biases below every input, and they never fire again.
	{name: "nc-relu-lr-one", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"},
		setup:  steps(actsWithInit(nn.ActReLU), optsWithBatch(nn.OptSGD, nn.OptMomentum), noBatchNorm, noClip),
		apply:  rateByOptimizer(map[string][2]float64{nn.OptSGD: {0.8, 8}, nn.OptMomentum: {0.08, 0.8}})},
	// dead-units. A ReLU convolutional network whose rate was raised to
	// "make it converge within the short budget": Adam 0.02 to 0.3,
	// RMSProp 0.01 to 0.1. Every filter's output goes below zero.
	{name: "nc-conv-hot", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, conv: true, held: true,
		setup: steps(newcomerConv(false), onBase(func(b *nn.Config) { b.Activation, b.BatchNorm = nn.ActReLU, false })),
		apply: rateByOptimizer(map[string][2]float64{nn.OptAdam: {0.02, 0.3}, nn.OptRMSProp: {0.01, 0.1}})},

	// saturated-units. A tanh or sigmoid network given weights of N(0, 1)
	// because "normal" sounds like the standard: each unit sums 784 inputs
	// with weights far too large and sits at ±1 (or 0 and 1).
	{name: "nc-squash-normal-1", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"},
		setup:  steps(actsWithInit(nn.ActTanh, nn.ActSigmoid), noBatchNorm),
		apply:  initAs(nn.InitNormal1)},
	// saturated-units. A sigmoid or tanh network pushed to learn faster:
	// Adam 0.01 to 0.1, RMSProp 0.005 to 0.05. The weights grow until the
	// units sit at their ends.
	{name: "nc-squash-hot", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, held: true,
		setup: steps(actsWithInit(nn.ActSigmoid, nn.ActTanh), optsWithBatch(nn.OptAdam, nn.OptRMSProp), noBatchNorm, noClip),
		apply: rateByOptimizer(map[string][2]float64{nn.OptAdam: {0.01, 0.1}, nn.OptRMSProp: {0.005, 0.05}})},

	// vanishing-gradients. A deep ReLU network (three or four layers,
	// He's initialization, SGD) switched to sigmoid units "as in the
	// textbook": each layer multiplies the gradient by a sigmoid's slope,
	// a quarter at most, on its way back to the first.
	{name: "nc-deep-sigmoid", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeSaturatedUnits},
		breaks: []string{"act"},
		setup: steps(layers(3, 4, 256, 192, 128, 64), onBase(func(b *nn.Config) { b.Activation, b.Init = nn.ActReLU, nn.InitHeNormal }),
			optsWithBatch(nn.OptSGD, nn.OptMomentum), noBatchNorm),
		apply: func(_ *rand.Rand, c *Case) { c.Config.Activation = nn.ActSigmoid }},
	// vanishing-gradients. A deep network (three or four layers) given the
	// tiny initialization "to start near zero, like the biases": each
	// layer scales the gradient down by its weights of 1e-3.
	{name: "nc-deep-tiny", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, held: true,
		setup: steps(layers(3, 4, 256, 192, 128, 64), optsWithBatch(nn.OptSGD, nn.OptMomentum), noBatchNorm),
		apply: initAs(nn.InitTiny)},

	// exploding-gradients. A deep rectifier network (three or four
	// layers) given N(0, 1) weights; Adam or RMSProp keep the steps small
	// enough not to blow up, but each layer multiplies the signal, and
	// the gradient, by tens.
	{name: "nc-deep-normal-1", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"},
		setup: steps(layers(3, 4, 256, 192, 128, 64), actsWithInit(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU),
			optsWithBatch(nn.OptAdam, nn.OptRMSProp), noBatchNorm, noClip),
		apply: initAs(nn.InitNormal1)},
	// exploding-gradients. The same in a convolutional network: filters of
	// N(0, 1) over 9 or 25 pixels, then dense weights of N(0, 1) over
	// hundreds of features.
	{name: "nc-conv-normal-1", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, conv: true, held: true,
		setup: steps(newcomerConv(false), noBatchNorm),
		apply: initAs(nn.InitNormal1)},

	// bad-init-scale. One hidden layer given the tiny initialization: no
	// depth for a gradient to vanish through, but SGD starts at a saddle
	// of outputs near zero and spends the budget leaving it.
	{name: "nc-shallow-tiny", label: diagnose.CodeBadInitScale,
		breaks: []string{"init"},
		setup:  steps(layers(1, 1, 128, 256, 512), optsWithBatch(nn.OptSGD, nn.OptMomentum), noBatchNorm),
		apply:  initAs(nn.InitTiny)},
	// bad-init-scale. One or two rectifier layers given N(0, 1) weights:
	// outputs in the hundreds, a loss that starts far above a guess's.
	{name: "nc-shallow-normal-1", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeExploding},
		breaks: []string{"init"}, held: true,
		setup: steps(layers(1, 2, 512, 256, 128), actsWithInit(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU), noBatchNorm),
		apply: initAs(nn.InitNormal1)},

	// learning-rate-too-high. The rate raised "to go faster": 4 to 40
	// times the top of the optimizer's sane range.
	{name: "nc-lr-raised", label: diagnose.CodeLRTooHigh,
		breaks: []string{"lr"},
		setup:  steps(noBatchNorm, noClip),
		apply:  rateTimes(4, 40)},
	// learning-rate-too-high. Momentum raised to 0.98-0.999 "for more
	// smoothing", at the rate that suited 0.9: the step grows by 1/(1-μ),
	// 5 to 100 times.
	{name: "nc-momentum-near-one", label: diagnose.CodeLRTooHigh, accept: []string{diagnose.CodeDiverged},
		breaks: []string{"momentum"}, held: true,
		setup: steps(optsWithBatch(nn.OptMomentum), noBatchNorm, noClip),
		apply: func(r *rand.Rand, c *Case) { c.Config.Momentum = round3(1 - logUniform(r, 0.001, 0.02)) }},
	// learning-rate-too-high. Batches of one or two images "for the most
	// updates", at an SGD rate from the top of the range that suited
	// batches of 16 to 64: each step follows one image's gradient.
	{name: "nc-batch-one", label: diagnose.CodeLRTooHigh,
		breaks: []string{"batch"}, held: true,
		setup: steps(optsWithBatch(nn.OptSGD, nn.OptMomentum), upperRate, noBatchNorm, noClip, budget(20000)),
		apply: func(r *rand.Rand, c *Case) { c.Config.BatchSize = pick(r, 1, 2) }},

	// learning-rate-too-low. The rate lowered "to be safe": a fifth to a
	// three-hundredth of the bottom of the optimizer's sane range.
	{name: "nc-lr-lowered", label: diagnose.CodeLRTooLow,
		breaks: []string{"lr"},
		apply:  rateTimes(1.0/300, 1.0/5)},
	// learning-rate-too-low. Adam's or RMSProp's rate (3e-4 to 2e-3) kept
	// when the optimizer changed to SGD or momentum, 25 to 600 times (and
	// 2.5 to 60 times) too small for them.
	{name: "nc-sgd-at-adam-rate", label: diagnose.CodeLRTooLow,
		breaks: []string{"opt"}, held: true,
		setup: optsWithBatch(nn.OptAdam, nn.OptRMSProp),
		apply: func(r *rand.Rand, c *Case) {
			c.Config.Optimizer = pick(r, nn.OptSGD, nn.OptMomentum)
		}},
	// learning-rate-too-low. Batches of 256 to 1024 "to use the machine",
	// at an SGD rate that suited 16 to 64: the budget is a few dozen to a
	// hundred steps, each no longer than before.
	{name: "nc-batch-huge", label: diagnose.CodeLRTooLow, accept: []string{diagnose.CodeUnderfitting},
		breaks: []string{"batch"},
		setup:  optsWithBatch(nn.OptSGD, nn.OptMomentum),
		apply:  func(r *rand.Rand, c *Case) { c.Config.BatchSize = pick(r, 256, 384, 512, 768, 1024) }},

	// underfitting. The first hidden layer made 8 to 24 units wide "to
	// train fast", or a width mistyped: every image passes a bottleneck.
	{name: "nc-bottleneck", label: diagnose.CodeUnderfitting,
		breaks: []string{"hidden"},
		apply: func(r *rand.Rand, c *Case) {
			c.Config.Hidden = slices.Clone(c.Base.Hidden)
			c.Config.Hidden[0] = pick(r, 8, 10, 12, 16, 20, 24)
		}},
	// underfitting. Linear units chosen as "no activation, keep it
	// simple": the layers collapse into one linear map, softmax
	// regression with extra steps.
	{name: "nc-linear", label: diagnose.CodeUnderfitting,
		breaks: []string{"act"}, held: true,
		apply: func(_ *rand.Rand, c *Case) { c.Config.Activation = nn.ActLinear }},
	// underfitting. L2 of 0.005 to 0.08, "regularization is good": short
	// of crushing the weights, it holds them too small to fit the
	// training set.
	{name: "nc-l2-heavy", label: diagnose.CodeUnderfitting,
		breaks: []string{"l2"},
		setup:  noBatchNorm,
		apply:  func(r *rand.Rand, c *Case) { c.Config.L2 = round3(logUniform(r, 0.005, 0.08)) }},
	// underfitting. Dropout of 0.6 to 0.85 after every layer, read as
	// "keep 60%" or raised against an overfitting that was never there.
	{name: "nc-dropout-heavy", label: diagnose.CodeUnderfitting,
		breaks: []string{"dropout"}, held: true,
		apply: func(r *rand.Rand, c *Case) { c.Config.Dropout = round3(0.6 + 0.25*r.Float64()) }},

	// overfitting. The training set cut to 200 to 1,500 images "for a
	// quick try" while the budget stays: dozens of passes over them.
	{name: "nc-train-subset", label: diagnose.CodeOverfitting,
		breaks: []string{"train"},
		setup:  budget(newcomerMaxSamples),
		apply: func(r *rand.Rand, c *Case) {
			c.Config.TrainSize = int(math.Round(logUniform(r, 200, 1500)/50) * 50)
		}},
	// overfitting. A small training set (2,000 to 4,000 images) kept
	// healthy by dropout of 0.4 or 0.5 and light augmentation; both are
	// turned off "because the training accuracy looked low".
	{name: "nc-regularizers-off", label: diagnose.CodeOverfitting,
		breaks: []string{"dropout", "augment"}, held: true,
		setup: steps(budget(newcomerMaxSamples), func(r *rand.Rand, c *Case) {
			c.Base.TrainSize = pick(r, 2000, 3000, 4000)
			c.Base.Dropout = pick(r, 0.4, 0.5)
			c.Base.Augment = augment.Light
		}),
		apply: func(_ *rand.Rand, c *Case) { c.Config.Dropout, c.Config.Augment = 0, augment.Off }},
	// overfitting. A convolutional network on 150 to 600 images, "a
	// convolution needs less data": twenty to seventy passes over them.
	{name: "nc-conv-few-images", label: diagnose.CodeOverfitting,
		breaks: []string{"train"}, conv: true,
		setup: newcomerConv(false),
		apply: func(r *rand.Rand, c *Case) {
			c.Config.TrainSize = int(math.Round(logUniform(r, 150, 600)/10) * 10)
		}},
}

// drawNewcomer draws case i of the newcomers' catalogue: a base from
// newcomerBase, then a family: a healthy control in one draw in
// newcomerControlShare, else a convolutional fault in one in
// newcomerConvShare, else a dense one. Every case trains for
// newcomerSamples images unless its family says otherwise.
func drawNewcomer(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	base := newcomerBase(r, seed)
	var kind []fault
	switch {
	case r.IntN(newcomerControlShare) == 0:
		kind = newcomerFamilies(func(f fault) bool { return f.label == "" })
	case r.IntN(newcomerConvShare) == 0:
		kind = newcomerFamilies(func(f fault) bool { return f.label != "" && f.conv })
	default:
		kind = newcomerFamilies(func(f fault) bool { return f.label != "" && !f.conv })
	}
	f := pick(r, kind...)
	setup := []step{budget(newcomerSamples)}
	if f.setup != nil {
		setup = append(setup, f.setup)
	}
	f.setup = steps(setup...)
	return assemble(r, i, f, base)
}

// newcomerFamilies returns the newcomers that keep accepts.
func newcomerFamilies(keep func(fault) bool) []fault {
	var out []fault
	for _, f := range newcomers {
		if keep(f) {
			out = append(out, f)
		}
	}
	return out
}
