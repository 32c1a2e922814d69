package main

import (
	"cmp"
	"math/rand/v2"
	"slices"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The outsiders are a second catalogue of faults, written by someone who
// had read neither the rules nor the main catalogue, from the view of a
// student or an engineer who moves the app's toggles (nn.Config) and
// breaks a network the ways people do: a round number typed into the
// learning rate, a recipe of one optimizer used with another, an
// initialization whose name sounds right, a network made small to train
// fast, a slider pushed to its end. Each family is a fault with the
// settings a user would have around it (the base it starts from and the
// setup's changes to it); half of the families, chosen before any was
// trained, are held out (held), so that the catalogue tests the rules on
// faults their authors did not tune them to.

// step is a setup's or a fault's change to a case.
type step = func(r *rand.Rand, c *Case)

// steps returns a step that takes the steps ss in turn.
func steps(ss ...step) step {
	return func(r *rand.Rand, c *Case) {
		for _, s := range ss {
			s(r, c)
		}
	}
}

// onBase returns a step that changes the base by set.
func onBase(set func(b *nn.Config)) step {
	return func(_ *rand.Rand, c *Case) { set(&c.Base) }
}

// onBaseWith returns a step that changes the base by set, with the case's
// generator for set's choices.
func onBaseWith(set func(r *rand.Rand, b *nn.Config)) step {
	return func(r *rand.Rand, c *Case) { set(r, &c.Base) }
}

// onFaultyWith returns a step that changes the faulty config by set, with
// the case's generator and the base it starts from.
func onFaultyWith(set func(r *rand.Rand, f *nn.Config, b nn.Config)) step {
	return func(r *rand.Rand, c *Case) { set(r, &c.Config, c.Base) }
}

// activations sets the base's activation to one of names.
func activations(names ...string) step {
	return func(r *rand.Rand, c *Case) { c.Base.Activation = pick(r, names...) }
}

// inits sets the base's initialization to one of names.
func inits(names ...string) step {
	return func(r *rand.Rand, c *Case) { c.Base.Init = pick(r, names...) }
}

// optimizers sets the base's optimizer to one of names at a sane rate,
// with Nesterov's look-ahead in half of the momentum draws.
func optimizers(names ...string) step {
	return func(r *rand.Rand, c *Case) {
		useOptimizer(r, &c.Base, pick(r, names...))
		c.Base.Nesterov = c.Base.Optimizer == nn.OptMomentum && r.IntN(2) == 0
	}
}

// upperRate sets the base's learning rate to one from the upper half of
// its optimizer's sane range: still sane, and what a user picks who wants
// a run to go fast.
func upperRate(r *rand.Rand, c *Case) {
	lr := saneLR[c.Base.Optimizer]
	c.Base.LearningRate = round3(logUniform(r, (lr[0]+lr[1])/2, lr[1]))
}

// layers gives the base lo to hi hidden layers, each as wide as one of
// widths, the widest first, as people stack them.
func layers(lo, hi int, widths ...int) step {
	return func(r *rand.Rand, c *Case) {
		h := make([]int, lo+r.IntN(hi-lo+1))
		for i := range h {
			h[i] = pick(r, widths...)
		}
		slices.SortFunc(h, func(a, b int) int { return cmp.Compare(b, a) })
		c.Base.Hidden = h
	}
}

// budget sets the case's training budget.
func budget(samples int64) step {
	return func(_ *rand.Rand, c *Case) { c.Samples = samples }
}

// noDropout turns dropout off in the base: dropout gives each unit its
// own noise, which would break the symmetry a fault is meant to show.
var noDropout = onBase(func(b *nn.Config) { b.Dropout = 0 })

// lrIn sets the faulty config's learning rate to one drawn from [lo, hi].
func lrIn(lo, hi float64) step {
	return func(r *rand.Rand, c *Case) { c.Config.LearningRate = round3(logUniform(r, lo, hi)) }
}

// initAs sets the faulty config's initialization to name.
func initAs(name string) step {
	return func(_ *rand.Rand, c *Case) { c.Config.Init = name }
}

// outsiderBase draws the healthy config a user starts from: the app's
// default network (784-128-10, ReLU, Adam at 1e-3, batch 32) with the
// first changes people make that keep it healthy: another width or a
// second layer, another sane activation and initialization, another
// optimizer at a rate that suits it, another batch size, a little
// dropout, L2 or light augmentation.
func outsiderBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Hidden = pick(r, []int{128}, []int{128}, []int{256}, []int{512}, []int{256, 128}, []int{128, 64}, []int{300, 100})
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
	c.Init = pick(r, nn.InitGlorotUniform, nn.InitGlorotUniform, nn.InitHeNormal, nn.InitHeUniform, nn.InitGlorotNormal, nn.InitLecunNormal)
	// Half of the Adam users keep the default rate.
	if opt := pick(r, nn.OptAdam, nn.OptAdam, nn.OptRMSProp, nn.OptMomentum, nn.OptSGD); opt != nn.OptAdam || r.IntN(2) == 0 {
		useOptimizer(r, &c, opt)
	}
	c.Nesterov = c.Optimizer == nn.OptMomentum && r.IntN(2) == 0
	c.BatchSize = pick(r, 16, 32, 32, 64)
	c.TrainSize = pick(r, 10000, 15000, 20000)
	c.Dropout = pick(r, 0, 0, 0, 0.1, 0.2, 0.3)
	c.L2 = pick(r, 0, 0, 0, 1e-4)
	c.Augment = pick(r, augment.Off, augment.Off, augment.Off, augment.Light)
	c.Seed = seed
	return c
}

// remediesOn makes the base the healthy network of a user who turned on
// what the app offers against trouble: a deeper or a wider network on
// fan-in initializations, batch normalization, Nesterov's momentum or an
// adaptive optimizer at a sane rate, gradient clipping, L2, light or
// strong augmentation, and batches up to 128, trained for 30,000 images.
func remediesOn(r *rand.Rand, c *Case) {
	b := &c.Base
	switch r.IntN(3) {
	case 0:
		layers(3, 4, 128, 256)(r, c)
		b.Init = pick(r, nn.InitHeNormal, nn.InitHeUniform)
	case 1:
		b.Hidden = []int{1024}
	}
	b.BatchNorm = r.IntN(2) == 0
	useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp, nn.OptMomentum))
	b.Nesterov = b.Optimizer == nn.OptMomentum
	b.Clip = pick(r, 0.0, 0, 1, 5, 10)
	b.L2 = pick(r, 0, 1e-4, 5e-4)
	b.Augment = pick(r, augment.Off, augment.Light, augment.Strong)
	b.BatchSize = pick(r, 32, 64, 128)
	c.Samples = 30000
}

// textbook makes the base the network of a course that predates ReLU:
// one or two layers of 100 to 300 sigmoid or tanh units on a Glorot
// initialization, trained by Adam or RMSProp at a sane rate, in some
// draws with drawn 1s mixed in, for 40,000 images (squashing units under
// the base's dropout reach 88% later than rectifiers); healthy, and a
// test of whether squashing units alone raise an alarm.
func textbook(r *rand.Rand, c *Case) {
	steps(activations(nn.ActSigmoid, nn.ActTanh), inits(nn.InitGlorotUniform, nn.InitGlorotNormal),
		layers(1, 2, 100, 200, 300), optimizers(nn.OptAdam, nn.OptRMSProp))(r, c)
	c.Base.Ones = r.IntN(3) == 0
	c.Samples = 40000
}

// convNet makes the base the small convolutional network a user builds
// after reading about LeNet: one or two pooled convolutions of 5×5
// filters, ReLU units, no or one small hidden layer, Adam at a sane rate,
// trained for convSamples images.
var convNet = steps(
	func(r *rand.Rand, c *Case) {
		c.Base.Conv = pick(r, "8c5-p2", "16c5-p2", "6c5-p2-16c5-p2")
		c.Base.Hidden = pick(r, []int{}, []int{32}, []int{64})
		c.Base.BatchSize = pick(r, 16, 32, 64)
	},
	activations(nn.ActReLU), inits(nn.InitHeNormal, nn.InitHeUniform, nn.InitGlorotUniform),
	optimizers(nn.OptAdam), budget(convSamples))

// outsiders lists the outsider families: two controls and at least two
// faults for every finding code, half of them held out.
var outsiders = []fault{
	// Controls.
	{
		// A network with the remedies on is what a careful user runs:
		// nothing in it is broken.
		name: "out-ctrl-remedies", setup: remediesOn,
	},
	{
		// Sigmoid and tanh units trained by an adaptive optimizer in a
		// shallow network learn MNIST well.
		name: "out-ctrl-textbook", setup: textbook, held: true,
	},

	// Symmetry.
	{
		// Zeros look like the neutral start, but every hidden unit then
		// computes the same function and gets the same gradient, so each
		// layer stays one unit copied; with sigmoid or tanh units (no
		// dropout to tell them apart) no step ever separates them.
		name: "out-zeros-squash", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: steps(activations(nn.ActSigmoid, nn.ActSigmoid, nn.ActTanh), noDropout, optimizers(nn.OptSGD, nn.OptMomentum, nn.OptAdam)),
		apply: initAs(nn.InitZeros),
	},
	{
		// Batch normalization is said to make the initialization matter
		// less, but it normalizes a layer of identical zeros into
		// identical zeros: the units stay copies of each other.
		name: "out-zeros-bn", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true,
		setup: steps(onBase(func(b *nn.Config) { b.BatchNorm, b.Dropout = true, 0 }), activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh),
			layers(1, 3, 64, 128, 256), optimizers(nn.OptAdam, nn.OptMomentum)),
		apply: initAs(nn.InitZeros),
	},

	// Diverged.
	{
		// A rate of 2 to 10 for plain SGD, a round number or a "unit
		// step": each step overshoots the minimum by more than it had to
		// go, so the loss grows until it overflows.
		name: "out-sgd-lr-big", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: optimizers(nn.OptSGD),
		apply: lrIn(2, 10),
	},
	{
		// Adam and RMSProp scale each step to about the rate whatever the
		// gradient, so an SGD-sized rate of 0.3 to 3 moves every weight
		// by more than its whole initial size at every step.
		name: "out-adaptive-lr-one", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: optimizers(nn.OptAdam, nn.OptRMSProp),
		apply: lrIn(0.3, 3),
	},

	// Learning rate too high.
	{
		// Adam twenty to sixty times its default rate, tried to train
		// faster: the steps are too large to settle into a minimum. The
		// units are rectifiers (on tanh or sigmoid units the same rate
		// saturates them: out-squash-lr-hot).
		name: "out-adam-lr-hot", label: diagnose.CodeLRTooHigh, breaks: []string{"lr"},
		setup: steps(optimizers(nn.OptAdam), layers(2, 3, 128, 256, 512), activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU)),
		apply: lrIn(0.02, 0.06),
	},
	{
		// Momentum 0.99 or more "for smoother training" at a rate that
		// suits 0.9: the effective step is the rate over 1-momentum, ten
		// to a hundred times larger.
		name: "out-momentum-099", label: diagnose.CodeLRTooHigh, breaks: []string{"momentum"}, held: true,
		setup: steps(optimizers(nn.OptMomentum), upperRate),
		apply: func(r *rand.Rand, c *Case) { c.Config.Momentum = pick(r, 0.99, 0.995, 0.999) },
	},
	{
		// Batch 1, "pure stochastic gradient descent", on rectifier
		// units at the upper end of a rate that suits batches of 16 to
		// 64: a single image's gradient is many times noisier than a
		// batch's, and at that rate the noise throws the weights about.
		name: "out-batch1", label: diagnose.CodeLRTooHigh, breaks: []string{"batch"},
		setup: steps(activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU), optimizers(nn.OptSGD, nn.OptMomentum), upperRate, budget(15000)),
		apply: func(_ *rand.Rand, c *Case) { c.Config.BatchSize = 1 },
	},

	// Dead units.
	{
		// RMSProp at 0.05 to 0.5 on ReLU units: the first steps push
		// every unit's weights so far that its input is negative for
		// every image, and a unit at zero gets no gradient back.
		name: "out-relu-rmsprop-spike", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: steps(activations(nn.ActReLU), layers(2, 3, 128, 256), inits(nn.InitHeNormal, nn.InitHeUniform, nn.InitGlorotUniform), optimizers(nn.OptRMSProp)),
		apply: lrIn(0.05, 0.5),
	},
	{
		// The same in a convolutional network: Adam at 0.05 to 0.5 drives
		// every ReLU filter negative, and the network answers the same
		// whatever the image.
		name: "out-conv-relu-lr-high", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true, conv: true,
		setup: convNet,
		apply: lrIn(0.05, 0.5),
	},

	// Bad initialization scale.
	{
		// normal-1 reads like the standard normal of a statistics
		// course, but a weight of size 1 over 784 inputs makes each unit
		// sum to tens, and the output layer's logits to hundreds: the
		// first thousand steps go to shrinking them back.
		name: "out-normal1-relu", label: diagnose.CodeBadInitScale, breaks: []string{"init"},
		setup: steps(activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU), layers(1, 1, 128, 256, 512), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: initAs(nn.InitNormal1),
	},
	{
		// The same under sigmoid units and a textbook's plain SGD: each
		// unit's sum is tens, out on the flat ends for many images, where
		// the slope and so SGD's step are near zero.
		name: "out-normal1-squash", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeSaturatedUnits}, breaks: []string{"init"},
		setup: steps(activations(nn.ActSigmoid), layers(1, 2, 128, 256, 512), optimizers(nn.OptSGD)),
		apply: initAs(nn.InitNormal1),
	},
	{
		// tiny reads like a careful start, but with weights of 1e-3 in
		// two layers every signal, forward and back, is a product of two
		// near-zero numbers: plain SGD crawls off that flat start.
		name: "out-tiny-sgd", label: diagnose.CodeBadInitScale, breaks: []string{"init"}, held: true,
		setup: steps(layers(2, 2, 64, 128, 256), activations(nn.ActReLU, nn.ActTanh, nn.ActELU), optimizers(nn.OptSGD)),
		apply: initAs(nn.InitTiny),
	},

	// Learning rate too low.
	{
		// Adam's default of 1e-3 (or less) copied into plain SGD: SGD's
		// step is the gradient times the rate, a hundred times too small
		// there.
		name: "out-sgd-adam-rate", label: diagnose.CodeLRTooLow, breaks: []string{"lr"},
		setup: optimizers(nn.OptSGD),
		apply: lrIn(1e-4, 1e-3),
	},
	{
		// Batches of 512 or 1024 "to use the hardware" at a rate set for
		// small batches: the budget becomes a dozen or two steps, far too
		// few at that rate.
		name: "out-batch-huge", label: diagnose.CodeLRTooLow, breaks: []string{"batch"}, held: true,
		setup: steps(optimizers(nn.OptSGD, nn.OptMomentum, nn.OptRMSProp), budget(12000)),
		apply: func(r *rand.Rand, c *Case) { c.Config.BatchSize = pick(r, 512, 1024) },
	},
	{
		// Adam at 1e-6 to 1e-5 in a deep network, "to be safe": each
		// weight moves by at most the rate a step, so in the budget no
		// weight moves by more than a hundredth.
		name: "out-adam-deep-crawl", label: diagnose.CodeLRTooLow, breaks: []string{"lr"}, held: true,
		setup: steps(optimizers(nn.OptAdam), layers(3, 4, 128, 256), activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)),
		apply: lrIn(1e-6, 1e-5),
	},

	// Vanishing gradients.
	{
		// Sigmoid units in four layers, as in the older papers: the
		// sigmoid's slope is at most 1/4, so the gradient shrinks by four
		// or more at every layer on its way back, and plain or momentum
		// SGD barely moves the first layers.
		name: "out-deep-sigmoid", label: diagnose.CodeVanishing, breaks: []string{"act"},
		setup: steps(layers(4, 4, 64, 128, 256), inits(nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitLecunNormal), optimizers(nn.OptSGD, nn.OptMomentum)),
		apply: func(_ *rand.Rand, c *Case) { c.Config.Activation = nn.ActSigmoid },
	},
	{
		// The same in four narrow layers of 16 to 48 units, a compact
		// network for a small problem: the slope of 1/4 compounds the
		// same way whatever the width.
		name: "out-deep-sigmoid-narrow", label: diagnose.CodeVanishing, breaks: []string{"act"}, held: true,
		setup: steps(layers(4, 4, 16, 24, 32, 48), inits(nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitLecunNormal, nn.InitHeNormal),
			optimizers(nn.OptSGD, nn.OptMomentum), onBase(func(b *nn.Config) { b.BatchSize = 64 })),
		apply: func(_ *rand.Rand, c *Case) { c.Config.Activation = nn.ActSigmoid },
	},

	// Saturated units.
	{
		// Tanh or sigmoid units under Adam or RMSProp at 0.04 to 0.15, a
		// rate tried to train faster: the large steps drive each unit's
		// sum far out, where the unit is flat for nearly every image and
		// passes no gradient back.
		name: "out-squash-lr-hot", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: steps(activations(nn.ActSigmoid, nn.ActTanh), layers(1, 2, 128, 256), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: lrIn(0.04, 0.15),
	},
	{
		// normal-1 under two or three tanh layers trained by momentum
		// with dropout: the first layer sums 784 inputs with weights of
		// size 1 into tens, and every later layer sums its neighbours'
		// ±1 into tens again, out on the flat ends, where the slope, and
		// so every step back, is near zero.
		name: "out-normal1-tanh-momentum", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true,
		setup: steps(activations(nn.ActTanh), layers(2, 3, 128, 256), optimizers(nn.OptMomentum),
			func(r *rand.Rand, c *Case) { c.Base.Dropout = pick(r, 0.2, 0.5) }),
		apply: initAs(nn.InitNormal1),
	},

	// Exploding gradients.
	{
		// normal-1 under rectifiers in three or four layers: nothing
		// bounds the units, so each layer multiplies the signal, and the
		// gradient back, by about the square root of its width.
		name: "out-normal1-deep", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: steps(activations(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU), layers(3, 4, 128, 256), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: initAs(nn.InitNormal1),
	},
	{
		// The same with gradient clipping already on: clipping caps the
		// step, not the gradient, which still grows layer by layer.
		name: "out-normal1-clipped", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true,
		setup: steps(activations(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU), layers(3, 3, 128, 256, 512), optimizers(nn.OptSGD, nn.OptMomentum),
			func(r *rand.Rand, c *Case) { c.Base.Clip = pick(r, 1.0, 5, 10) }),
		apply: initAs(nn.InitNormal1),
	},

	// Underfitting.
	{
		// A network cut down to train fast, one or two layers of 8 to 12
		// units, cannot draw the boundaries MNIST needs, on the training
		// images as on the others, however long it trains (40,000
		// images, so that the base shows what a network of the usual
		// size fits). No hidden layer at all underfits too, but within
		// such a budget softmax regression comes within 3% of a small
		// network trained by plain SGD.
		name: "out-shrink", label: diagnose.CodeUnderfitting, breaks: []string{"hidden"},
		setup: budget(40000),
		apply: func(r *rand.Rand, c *Case) {
			c.Config.Hidden = pick(r, []int{8}, []int{10}, []int{8, 8}, []int{12, 12})
		},
	},
	{
		// L2 of 0.03 to 0.2, where 1e-4 is usual: the decay outweighs
		// the loss's pull on every weight, and the network stays too
		// simple to fit even its training images.
		name: "out-l2-heavy", label: diagnose.CodeUnderfitting, breaks: []string{"l2"}, held: true,
		setup: optimizers(nn.OptAdam, nn.OptRMSProp),
		apply: func(r *rand.Rand, c *Case) { c.Config.L2 = round3(logUniform(r, 0.03, 0.2)) },
	},
	{
		// Dropout of 0.8 to 0.9 "against overfitting" on a layer or two
		// of 32 to 128 units: each step trains a network of a few units,
		// which cannot fit the training images.
		name: "out-dropout-extreme", label: diagnose.CodeUnderfitting, breaks: []string{"dropout"}, held: true,
		setup: layers(1, 2, 32, 64, 128),
		apply: func(r *rand.Rand, c *Case) { c.Config.Dropout = pick(r, 0.8, 0.85, 0.9) },
	},

	// Overfitting.
	{
		// A wide network on 100 to 500 images, to train quickly: it
		// learns those images by heart, many times over in the budget,
		// and generalizes from too few.
		name: "out-few-images", label: diagnose.CodeOverfitting, breaks: []string{"train"},
		setup: steps(func(r *rand.Rand, c *Case) { c.Base.Hidden = pick(r, []int{512}, []int{1024}, []int{512, 256}) },
			optimizers(nn.OptAdam, nn.OptRMSProp), budget(15000)),
		apply: func(r *rand.Rand, c *Case) { c.Config.TrainSize = pick(r, 100, 200, 300, 500) },
	},
	{
		// 150 to 400 images with batch normalization on: its noise
		// regularizes a little, far too little for fifty epochs or more
		// over so few images.
		name: "out-few-images-bn", label: diagnose.CodeOverfitting, breaks: []string{"train"}, held: true,
		setup: steps(onBase(func(b *nn.Config) { b.BatchNorm = true }), layers(1, 2, 128, 256)),
		apply: func(r *rand.Rand, c *Case) { c.Config.TrainSize = pick(r, 150, 250, 400) },
	},
	{
		// A convolutional network on 100 to 300 images: its filters fit
		// the few images it sees.
		name: "out-conv-few-images", label: diagnose.CodeOverfitting, breaks: []string{"train"}, conv: true,
		setup: convNet,
		apply: func(r *rand.Rand, c *Case) { c.Config.TrainSize = pick(r, 100, 200, 300) },
	},

	// Not learning.
	{
		// L2 pushed to the top of its slider, 0.6 to 1: the decay pulls
		// every weight to zero harder than any image pulls it away, and
		// the network ends where it started, at chance.
		name: "out-l2-max", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeUnderfitting}, breaks: []string{"l2"},
		apply: func(r *rand.Rand, c *Case) { c.Config.L2 = round3(logUniform(r, 0.6, 1)) },
	},
	{
		// Gradient clipping at 1e-5 to 1e-4, "tight clipping for
		// stability", under plain SGD: every step is at most the rate
		// times the clip long, and the weights never leave their start.
		name: "out-clip-tiny", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow}, breaks: []string{"clip"}, held: true,
		setup: optimizers(nn.OptSGD),
		apply: func(r *rand.Rand, c *Case) { c.Config.Clip = round3(logUniform(r, 1e-5, 1e-4)) },
	},
}

// drawOutsider builds case i of a benchmark of the outsiders, from its own
// generator like drawCase: one case in controlShare is a control, one of
// the others in convShare a convolutional fault, the rest dense faults,
// each family of its kind alike likely.
func drawOutsider(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	base := outsiderBase(r, seed*1000+uint64(i))
	want := func(f fault) bool { return f.label != "" && !f.conv }
	switch {
	case r.IntN(controlShare) == 0:
		want = func(f fault) bool { return f.label == "" }
	case r.IntN(convShare) == 0:
		want = func(f fault) bool { return f.conv }
	}
	var kind []fault
	for _, f := range outsiders {
		if want(f) {
			kind = append(kind, f)
		}
	}
	return assemble(r, i, pick(r, kind...), base)
}
