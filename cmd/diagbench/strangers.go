package main

import (
	"math/rand/v2"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The strangers are a fourth catalogue of faults, written by someone who
// had read neither the rules nor the other catalogues' faults, so that
// the diagnosis is measured on faults nobody tuned it to. Its view is
// that of a person who brings habits from elsewhere: a config ported from
// Keras or PyTorch with their defaults, a recipe from a paper or a book
// (LeNet, the 800-800 perceptron, network.py), a learning rate copied
// from a tutorial for another optimizer or batch size. It also pushes
// each slider of the app to its end (nn/keys.go: the learning rate at
// 1e-6 and 10, a batch of 1 or 1024, 8 units, dropout 0.9, L2 1, 100
// training images, momentum 0.999), injects some faults into a base that
// has an unusual but harmless setting as well (batch normalization, a
// wide layer, clipping, strong augmentation), so that the diagnosis must
// blame the right one, and gives a few slow faults the longest budget,
// since they show only late.
//
// The healthy bases differ from the app's default (strangerBase): one to
// four layers of 64 to 1024 units, several activations with the
// initializations that suit them, every optimizer at a sane rate, batches
// of 8 to 128, 5,000 to 20,000 training images, some with batch
// normalization, dropout up to 0.3 and augmentation. About half of the
// families, chosen before any was trained, are held out (held), every
// label in both halves.

// strangerBase draws the healthy config a stranger starts from.
// Sigmoid units are drawn only with Adam, which steps out of their flat
// gradients; the batch sizes each optimizer draws are those its sane
// rates suit (plain SGD at batch 128 makes too few steps in a budget).
func strangerBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActLeakyReLU, nn.ActELU, nn.ActTanh, nn.ActSigmoid)
	c.Init = stInitFor(r, c.Activation)
	opt := pick(r, nn.Optimizers...)
	if c.Activation == nn.ActSigmoid {
		opt = nn.OptAdam
	}
	useOptimizer(r, &c, opt)
	c.Momentum = 0.9
	c.Nesterov = opt == nn.OptMomentum && r.IntN(2) == 0
	c.BatchSize = pick(r, stBatches[opt]...)
	c.TrainSize = pick(r, 5000, 8000, 10000, 15000, 20000)
	widths := []int{64, 128, 256, 512, 1024}
	depth := pick(r, 1, 1, 2, 2, 3, 4)
	switch {
	case c.TrainSize < 8000:
		widths = widths[:3] // a wide net on 5,000 images overfits within the budget
	case depth >= 3:
		widths = widths[:4]
	}
	stSetLayers(r, &c, depth, widths...)
	c.BatchNorm = r.IntN(5) == 0
	c.Dropout = pick(r, 0, 0, 0, 0.1, 0.2, 0.3)
	c.Augment = pick(r, augment.Off, augment.Off, augment.Off, augment.Light, augment.Light, augment.Strong)
	c.Seed = seed
	return c
}

// stBatches are the batch sizes each optimizer's sane rates suit.
var stBatches = map[string][]int{
	nn.OptSGD:      {16, 32, 64},
	nn.OptMomentum: {8, 16, 32, 64, 128},
	nn.OptAdam:     {8, 16, 32, 64, 128},
	nn.OptRMSProp:  {16, 32, 64, 128},
}

// stInitFor draws an initialization that suits the activation act:
// He's for the ReLU family, LeCun's or He's for ELU, Glorot's or LeCun's
// for the squashing units.
func stInitFor(r *rand.Rand, act string) string {
	switch act {
	case nn.ActReLU, nn.ActLeakyReLU:
		return pick(r, nn.InitHeNormal, nn.InitHeUniform)
	case nn.ActELU:
		return pick(r, nn.InitHeNormal, nn.InitLecunNormal)
	}
	return pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitLecunNormal)
}

// stSetLayers gives c depth hidden layers, each as wide as one of widths,
// the widest first.
func stSetLayers(r *rand.Rand, c *nn.Config, depth int, widths ...int) {
	h := make([]int, depth)
	for i := range h {
		h[i] = pick(r, widths...)
	}
	for i := 1; i < len(h); i++ { // insertion sort, widest first
		for j := i; j > 0 && h[j] > h[j-1]; j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
	c.Hidden = h
}

// stAct sets the base's activation to one of names, with an
// initialization that suits it.
func stAct(names ...string) step {
	return func(r *rand.Rand, c *Case) {
		c.Base.Activation = pick(r, names...)
		c.Base.Init = stInitFor(r, c.Base.Activation)
	}
}

// stNotSigmoid swaps a sigmoid base for another activation: setups that
// move the base to SGD or momentum call it, since sigmoid units are only
// healthy here with Adam.
func stNotSigmoid(r *rand.Rand, c *Case) {
	if c.Base.Activation == nn.ActSigmoid {
		stAct(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU, nn.ActTanh)(r, c)
	}
}

// stDepth gives the base lo to hi hidden layers of widths.
func stDepth(lo, hi int, widths ...int) step {
	return func(r *rand.Rand, c *Case) { stSetLayers(r, &c.Base, lo+r.IntN(hi-lo+1), widths...) }
}

// stNoBN turns batch normalization off in the base: it rescales every
// layer's input, which would hide a fault of scale.
var stNoBN = onBase(func(b *nn.Config) { b.BatchNorm = false })

// stPlain turns off what regularizes the base (dropout, augmentation,
// batch normalization), for the faults of memorizing.
var stPlain = onBase(func(b *nn.Config) { b.Dropout, b.Augment, b.BatchNorm = 0, augment.Off, false })

// stTrain sets the base's training set to one of sizes.
func stTrain(sizes ...int) step {
	return func(r *rand.Rand, c *Case) { c.Base.TrainSize = pick(r, sizes...) }
}

// stBatch sets the base's batch size to one of sizes.
func stBatch(sizes ...int) step {
	return func(r *rand.Rand, c *Case) { c.Base.BatchSize = pick(r, sizes...) }
}

// stConvNet makes the base a small convolutional network of the kind
// tutorials show: LeNet's 6c5s-p2-16c5-p2 with 120 and 84 units, the
// two-block networks of the Keras and PyTorch examples, or one coarse
// convolution at the sliders' ends (32 filters of 7×7 on the pooled
// image), on units of acts with a suiting initialization, trained by Adam
// or RMSProp for convSamples images.
func stConvNet(acts ...string) step {
	return func(r *rand.Rand, c *Case) {
		b := &c.Base
		switch pick(r, 0, 1, 2, 3) {
		case 0:
			b.Conv, b.Hidden = "6c5s-p2-16c5-p2", []int{120, 84}
		case 1:
			b.Conv, b.Hidden = "8c3-p2-16c3-p2", pick(r, []int{}, []int{64}, []int{128})
		case 2:
			b.Conv, b.Hidden = "8c5s-p2-16c5s-p2", pick(r, []int{}, []int{64})
		default:
			b.Conv, b.Hidden = "p2-32c7-p2", pick(r, []int{}, []int{64})
		}
		b.Activation = pick(r, acts...)
		b.Init = stInitFor(r, b.Activation)
		useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		b.Nesterov = false
		b.BatchSize = pick(r, 16, 32, 64)
		b.BatchNorm = false
		b.Dropout = pick(r, 0, 0, 0.1)
		c.Samples = convSamples
	}
}

// stBreak sets the faulty config by set, a draw of the fault's values.
func stBreak(set func(r *rand.Rand, c *nn.Config)) step {
	return func(r *rand.Rand, c *Case) { set(r, &c.Config) }
}

// stMLP800 makes the base the perceptron of two layers of 800 ReLU units
// that Simard, Steinkraus and Platt (2003) trained on MNIST, and many
// tutorials since.
var stMLP800 = onBase(func(b *nn.Config) {
	b.Hidden, b.Activation, b.Init = []int{800, 800}, nn.ActReLU, nn.InitHeNormal
})

// strangerFaults lists the families. Every finding code is the label of
// at least two, and every label, the controls' "" included, has families
// in both halves (held).
var strangerFaults = []fault{
	// Healthy controls: recipes from elsewhere that work as they are.

	// Simard et al.'s 800-800 perceptron with Nesterov momentum at 0.01:
	// wide, so that a rule that reads width as a fault shows here.
	{name: "st-ctl-mlp-800", setup: steps(stMLP800, stNoBN, optimizers(nn.OptMomentum),
		onBase(func(b *nn.Config) { b.LearningRate, b.Nesterov = 0.01, true }),
		stBatch(32, 64), stTrain(15000, 20000), budget(30000))},
	// The Keras mnist_mlp example: 512-512 ReLU with dropout 0.2, Keras's
	// glorot-uniform, RMSProp at its default 0.001, batch 128.
	{name: "st-ctl-keras-mlp", held: true, setup: steps(
		onBase(func(b *nn.Config) {
			b.Hidden, b.Activation, b.Init, b.Dropout = []int{512, 512}, nn.ActReLU, nn.InitGlorotUniform, 0.2
			b.Optimizer, b.LearningRate, b.BatchSize, b.TrainSize, b.BatchNorm = nn.OptRMSProp, 0.001, 128, 20000, false
		}), budget(40000))},
	// Three or four layers of sigmoid units, made trainable by batch
	// normalization and Adam, on lightly augmented images: an old
	// activation that is healthy here, unlike the same stack on SGD.
	{name: "st-ctl-deep-sigmoid-bn", setup: steps(stDepth(3, 4, 128, 256), stAct(nn.ActSigmoid), optimizers(nn.OptAdam),
		onBase(func(b *nn.Config) { b.BatchNorm, b.Augment, b.Dropout = true, augment.Light, 0 }),
		stBatch(32, 64), stTrain(10000, 15000, 20000), budget(30000))},
	// LeNet-5 as the textbooks draw it: tanh units, 6 and 16 filters of
	// 5×5, 120 and 84 units.
	{name: "st-ctl-lenet", conv: true, held: true, setup: steps(stConvNet(nn.ActTanh),
		onBase(func(b *nn.Config) { b.Conv, b.Hidden = "6c5s-p2-16c5-p2", []int{120, 84} }))},
	// Eight images per update with momentum and strong augmentation on a
	// small set: noisy steps, distorted digits, and still healthy.
	{name: "st-ctl-batch8-strong", held: true, setup: steps(stDepth(1, 2, 128, 256, 512), stAct(nn.ActELU, nn.ActLeakyReLU), stNoBN,
		optimizers(nn.OptMomentum), onBase(func(b *nn.Config) { b.LearningRate, b.BatchSize, b.Augment = 0.005, 8, augment.Strong }),
		stTrain(8000, 10000), budget(30000))},

	// diverged

	// The learning-rate slider pushed to its top, 3 to 10: "the loss goes
	// down too slowly, so turn it all the way up". Batch normalization
	// stays when the base drew it: it does not save a step that large.
	{name: "st-lr-slider-max", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, apply: lrIn(3, 10)},
	// The linear scaling rule of large-batch training (Goyal et al.:
	// 0.1 per 256 images, so 0.4 to 1.6 for batches of 1,024 to 4,096)
	// copied into a momentum run of small batches.
	{name: "st-sgd-linear-scaling", held: true, label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, setup: steps(stNotSigmoid, optimizers(nn.OptMomentum), stBatch(16, 32, 64)), apply: lrIn(0.4, 1.6)},

	// not-learning

	// Weights set to zeros, as a port does that applies the bias
	// initializer (zeros in Keras and PyTorch) to the kernels too: tanh,
	// ELU and leaky units output 0 for every image, so neither layer
	// gets a gradient and only the output biases move.
	{name: "st-zeros-port", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeBadInitScale, diagnose.CodeSymmetry},
		breaks: []string{"init"}, setup: steps(stAct(nn.ActTanh, nn.ActELU, nn.ActLeakyReLU), stNoBN, noDropout),
		apply: initAs(nn.InitZeros)},
	// The L2 slider at its top, 0.6 to 1: the decay outweighs what the
	// data pull, and the weights settle at zero.
	{name: "st-l2-slider-max", held: true, label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeUnderfitting},
		breaks: []string{"l2"}, setup: stDepth(1, 2, 128, 256, 512),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.L2 = round3(logUniform(r, 0.6, 1)) })},
	// Plain SGD at the learning-rate slider's floor, 1e-6 to 3e-6: the
	// weights do not move within the budget.
	{name: "st-lr-floor-sgd", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow},
		breaks: []string{"lr"}, setup: steps(stNotSigmoid, optimizers(nn.OptSGD), stBatch(16, 32, 64)), apply: lrIn(1e-6, 3e-6)},

	// symmetry

	// Zeros on a sigmoid network (the bias habit applied to the kernels
	// again): every unit outputs 0.5, gets the same gradient and stays
	// the twin of the others.
	{name: "st-zeros-sigmoid", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stDepth(1, 2, 64, 128, 256), stAct(nn.ActSigmoid), optimizers(nn.OptAdam), stNoBN, noDropout),
		apply: initAs(nn.InitZeros)},
	// The same with batch normalization and a wide layer in the base:
	// normalizing identical units leaves them identical, so the
	// diagnosis must not blame the normalization or the width.
	{name: "st-zeros-sigmoid-bn", held: true, label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stDepth(1, 2, 512, 1024), stAct(nn.ActSigmoid), optimizers(nn.OptAdam), noDropout,
			onBase(func(b *nn.Config) { b.BatchNorm = true })),
		apply: initAs(nn.InitZeros)},

	// dead-units

	// η = 0.8 to 3 from a book's sigmoid network (Nielsen's network.py
	// uses 3.0, the D2L LeNet 0.9) used on ReLU units with SGD: the first
	// large steps push most units below zero for every image.
	{name: "st-book-lr-relu", held: true, label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, setup: steps(stAct(nn.ActReLU), optimizers(nn.OptSGD), stNoBN), apply: lrIn(0.8, 3)},
	// A convolutional ReLU network on Adam or RMSProp at 0.02 to 0.08, a
	// rate from an SGD example: the filters die and the answer no longer
	// depends on the image.
	{name: "st-conv-hot-relu", conv: true, label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, setup: stConvNet(nn.ActReLU), apply: lrIn(0.02, 0.08)},

	// saturated-units

	// W = torch.randn(784, H), as from-scratch tutorials write before
	// scaling by the fan-in: N(0,1) weights on tanh units put nearly every
	// unit at ±1.
	{name: "st-randn-tanh", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stDepth(1, 2, 128, 256, 512), stAct(nn.ActTanh), stNoBN),
		apply: initAs(nn.InitNormal1)},
	// Nielsen's network.py initializes with np.random.randn: N(0,1) on a
	// sigmoid network, each unit stuck at 0 or 1.
	{name: "st-randn-sigmoid", held: true, label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stDepth(1, 1, 64, 128, 256), stAct(nn.ActSigmoid), optimizers(nn.OptAdam), stNoBN),
		apply: initAs(nn.InitNormal1)},

	// vanishing-gradients

	// A 1990s activation in a network as deep as today's: three or four
	// layers of sigmoid units on SGD, each layer scaling the gradient by
	// a quarter at most.
	{name: "st-deep-sigmoid-sgd", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeSaturatedUnits},
		breaks: []string{"act"}, setup: steps(stDepth(3, 4, 128, 256), stAct(nn.ActReLU, nn.ActLeakyReLU), optimizers(nn.OptSGD, nn.OptMomentum), stNoBN),
		apply: stBreak(func(_ *rand.Rand, c *nn.Config) { c.Activation = nn.ActSigmoid })},
	// "Small random numbers" (0.001·rand) from lecture notes, in a stack
	// of three or four tanh layers on SGD or momentum: each layer shrinks
	// the signal and the gradient a hundredfold.
	{name: "st-deep-tanh-tiny", held: true, label: diagnose.CodeVanishing, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stDepth(3, 4, 128, 256), stAct(nn.ActTanh), optimizers(nn.OptSGD, nn.OptMomentum), stNoBN),
		apply: initAs(nn.InitTiny)},
	// A VGG-like stack of 3×3 convolutions started from tiny weights
	// on momentum SGD: the gradient is gone before it reaches the first
	// filters.
	{name: "st-conv-vgg-tiny", conv: true, held: true, label: diagnose.CodeVanishing, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stConvNet(nn.ActReLU), optimizers(nn.OptMomentum),
			onBase(func(b *nn.Config) { b.Conv, b.Hidden, b.Dropout = "8c3s-p2-8c3s-8c3s-8c3s-p2", []int{}, 0 })),
		apply: initAs(nn.InitTiny)},

	// exploding-gradients

	// torch.randn weights in a deep ReLU stack that has gradient clipping
	// in its base, a habit from recurrent networks: every layer multiplies
	// the signal by about ten, and the clipping hides the loss's blow-up
	// but is not the fault.
	{name: "st-randn-deep-clipped", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stDepth(3, 4, 128, 256, 512), stAct(nn.ActReLU, nn.ActLeakyReLU), optimizers(nn.OptAdam, nn.OptRMSProp), stNoBN,
			func(r *rand.Rand, c *Case) { c.Base.Clip = pick(r, 1.0, 2.0, 5.0) }),
		apply: initAs(nn.InitNormal1)},
	// The 800-800 perceptron written from scratch with torch.randn and no
	// scaling: two wide layers of N(0,1) weights grow the signal a
	// thousandfold.
	{name: "st-randn-800-800", held: true, label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(stMLP800, stAct(nn.ActReLU, nn.ActELU), optimizers(nn.OptAdam, nn.OptRMSProp), stNoBN),
		apply: initAs(nn.InitNormal1)},

	// bad-init-scale

	// 0.001·rand on a one-layer network on SGD: both layers start so
	// small that each one's gradient, scaled by the other, is tiny, and
	// the run spends its budget leaving zero.
	{name: "st-tiny-shallow-sgd", held: true, label: diagnose.CodeBadInitScale,
		breaks: []string{"init"}, setup: steps(stDepth(1, 1, 64, 128, 256), stAct(nn.ActReLU, nn.ActTanh), optimizers(nn.OptSGD), stNoBN),
		apply: initAs(nn.InitTiny)},
	// N(0,1) filters in a convolutional network (a kernel drawn with
	// randn and never scaled): 25 to 400 inputs per filter give outputs
	// in the tens and logits in the thousands.
	{name: "st-conv-randn", conv: true, label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeExploding},
		breaks: []string{"init"}, setup: stConvNet(nn.ActReLU, nn.ActLeakyReLU), apply: initAs(nn.InitNormal1)},

	// learning-rate-too-high

	// Adam at 0.02 to 0.08, a rate from an SGD example (PyTorch's shows
	// SGD at 0.01 to 0.1) kept when the optimizer changed.
	{name: "st-adam-sgd-rate", label: diagnose.CodeLRTooHigh,
		breaks: []string{"lr"}, setup: optimizers(nn.OptAdam), apply: lrIn(0.02, 0.08)},
	// RMSProp at 0.02 to 0.1 in a wide network with batch normalization,
	// taking the batch-norm paper's "higher learning rates" too far: the
	// width and the normalization are unusual but not the fault.
	{name: "st-rmsprop-hot-bn-wide", held: true, label: diagnose.CodeLRTooHigh,
		breaks: []string{"lr"}, setup: steps(stDepth(1, 2, 512, 1024), stNotSigmoid, optimizers(nn.OptRMSProp), onBase(func(b *nn.Config) { b.BatchNorm = true })),
		apply: lrIn(0.02, 0.1)},
	// The momentum slider at its top, 0.99 to 0.999, with the rate that
	// suited 0.9: the step becomes 10 to 100 times longer.
	{name: "st-momentum-slider-max", label: diagnose.CodeLRTooHigh, accept: []string{diagnose.CodeDiverged},
		breaks: []string{"momentum"}, setup: steps(stNotSigmoid, optimizers(nn.OptMomentum), upperRate),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.Momentum = pick(r, 0.99, 0.995, 0.999) })},
	// The batch slider at its bottom, one image per update, with a fast
	// rate chosen for batches of 32: the noise of single images makes
	// every step too long.
	{name: "st-batch-slider-min", held: true, label: diagnose.CodeLRTooHigh,
		breaks: []string{"batch"}, setup: steps(stNotSigmoid, optimizers(nn.OptMomentum, nn.OptRMSProp, nn.OptAdam), upperRate, stNoBN),
		apply: stBreak(func(_ *rand.Rand, c *nn.Config) { c.BatchSize = 1 })},
	// Keras's RMSprop(lr=0.01) from a recurrent-network tutorial on a ReLU
	// perceptron, trained for the longest budget: units die a few at a
	// time and the run falls behind late.
	{name: "st-rmsprop-late-death", label: diagnose.CodeLRTooHigh, accept: []string{diagnose.CodeDeadUnits},
		breaks: []string{"lr"}, setup: steps(stAct(nn.ActReLU), optimizers(nn.OptRMSProp), stNoBN, budget(40000)), apply: lrIn(4e-3, 1.2e-2)},

	// learning-rate-too-low

	// torch.optim.SGD(lr=1e-3): Adam's default rate kept when a tutorial's
	// Adam was swapped for plain SGD.
	{name: "st-sgd-adam-rate", label: diagnose.CodeLRTooLow,
		breaks: []string{"lr"}, setup: steps(stNotSigmoid, optimizers(nn.OptSGD), stBatch(16, 32, 64)), apply: lrIn(5e-4, 2e-3)},
	// A fine-tuning rate (2e-5 in transformer recipes) used to train a
	// network from scratch with Adam.
	{name: "st-adam-finetune-rate", held: true, label: diagnose.CodeLRTooLow,
		breaks: []string{"lr"}, setup: optimizers(nn.OptAdam), apply: lrIn(1e-5, 4e-5)},
	// The batch slider at its top, 512 to 1,024 images, from a recipe
	// that fills a GPU: within the budget SGD makes 20 to 40 steps.
	{name: "st-batch-slider-max", label: diagnose.CodeLRTooLow,
		breaks: []string{"batch"}, setup: steps(stNotSigmoid, optimizers(nn.OptSGD, nn.OptMomentum), stTrain(10000, 15000, 20000)),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.BatchSize = pick(r, 512, 768, 1024) })},
	// Gradient clipping at 0.01 to 0.05, a norm from reinforcement-learning
	// code, on SGD or momentum: every step is cut to a sliver of its
	// length (Adam would undo the cut; SGD does not).
	{name: "st-clip-tiny", held: true, label: diagnose.CodeLRTooLow,
		breaks: []string{"clip"}, setup: steps(stNotSigmoid, optimizers(nn.OptSGD, nn.OptMomentum)),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.Clip = round3(logUniform(r, 0.01, 0.05)) })},
	// Momentum SGD at 1e-4 to 4e-4, an Adam rate, on strongly augmented
	// images: the augmentation slows learning a little, the rate a lot,
	// and the diagnosis must blame the rate. The budget is long, since
	// the gap opens slowly.
	{name: "st-lowrate-strong-augment", label: diagnose.CodeLRTooLow,
		breaks: []string{"lr"}, setup: steps(stNotSigmoid, optimizers(nn.OptMomentum),
			onBase(func(b *nn.Config) { b.Augment = augment.Strong }), budget(30000)),
		apply: lrIn(1e-4, 4e-4)},

	// underfitting

	// The width slider at its bottom: one or two layers of 8 to 12 units,
	// "small is fast".
	{name: "st-width-slider-min", label: diagnose.CodeUnderfitting,
		breaks: []string{"hidden"}, setup: steps(stDepth(1, 2, 128, 256, 512), noDropout),
		apply: func(r *rand.Rand, c *Case) {
			for i := range c.Config.Hidden {
				c.Config.Hidden[i] = pick(r, 8, 10, 12)
			}
		}},
	// Keras's Dense defaults to no activation: a port that wrote
	// Dense(256) without activation= stacks linear layers, which are one
	// linear map.
	{name: "st-keras-linear-dense", held: true, label: diagnose.CodeUnderfitting,
		breaks: []string{"act"}, apply: stBreak(func(_ *rand.Rand, c *nn.Config) { c.Activation = nn.ActLinear })},
	// TensorFlow 1's dropout took the keep probability: keep_prob=0.8 to
	// 0.9 moved into a rate of 0.8 to 0.9, the slider's top.
	{name: "st-keep-prob-dropout", label: diagnose.CodeUnderfitting,
		breaks: []string{"dropout"}, setup: stDepth(1, 2, 128, 256, 512),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.Dropout = pick(r, 0.8, 0.85, 0.9) })},
	// Keras's l2(0.01) adds λ·Σw², twice this app's λ/2·Σw², and tutorials
	// put 0.01 to 0.05 on small layers: 0.03 to 0.1 here, over a long
	// budget in which the decay keeps pulling.
	{name: "st-keras-l2", held: true, label: diagnose.CodeUnderfitting,
		breaks: []string{"l2"}, setup: steps(stDepth(1, 2, 128, 256, 512), budget(40000)),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.L2 = round3(logUniform(r, 0.03, 0.1)) })},
	// The TensorFlow beginners' first model, softmax regression (no hidden
	// layer), kept as the final network.
	{name: "st-no-hidden", held: true, label: diagnose.CodeUnderfitting,
		breaks: []string{"hidden"}, apply: stBreak(func(_ *rand.Rand, c *nn.Config) { c.Hidden = []int{} })},

	// overfitting

	// The training-set slider at its bottom, 100 to 300 images, under a
	// wide unregularized network that sees each a hundred times.
	{name: "st-train-slider-min", label: diagnose.CodeOverfitting,
		breaks: []string{"train"}, setup: steps(stDepth(1, 2, 256, 512, 1024), stPlain, optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.TrainSize = pick(r, 100, 150, 200, 300) })},
	// The 800-800 perceptron, tuned on all 60,000 images, trained on 500
	// to 1,500 of them for the longest budget: it memorizes them late.
	{name: "st-mlp-800-small-data", held: true, label: diagnose.CodeOverfitting,
		breaks: []string{"train"}, setup: steps(stMLP800, stPlain, optimizers(nn.OptAdam, nn.OptMomentum), budget(40000)),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.TrainSize = pick(r, 500, 800, 1000, 1500) })},
	// A convolutional network from a tutorial trained on a few hundred
	// images for 20 to 50 epochs.
	{name: "st-conv-small-data", conv: true, held: true, label: diagnose.CodeOverfitting,
		breaks: []string{"train"}, setup: steps(stConvNet(nn.ActReLU, nn.ActTanh), stPlain),
		apply: stBreak(func(r *rand.Rand, c *nn.Config) { c.TrainSize = pick(r, 200, 300, 500) })},
}

// drawStranger draws case i of the strangers from its own generator
// (seed, i): a healthy base (strangerBase), then a family (drawFamily).
func drawStranger(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	return drawFamily(r, i, strangerFaults, strangerBase(r, seed))
}

// drawFamily draws a family of faults for case i on base and assembles
// the case: a convolutional family in one case in convShare, and within a
// kind a control in one case in controlShare.
func drawFamily(r *rand.Rand, i int, faults []fault, base nn.Config) Case {
	conv := r.IntN(convShare) == 0
	var controls, broken []fault
	for _, f := range faults {
		switch {
		case f.conv != conv:
		case f.label == "":
			controls = append(controls, f)
		default:
			broken = append(broken, f)
		}
	}
	f := pick(r, broken...)
	if r.IntN(controlShare) == 0 {
		f = pick(r, controls...)
	}
	return assemble(r, i, f, base)
}
