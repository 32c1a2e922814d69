package main

import (
	"math/rand/v2"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The visitors are a fifth catalogue of faults, written by someone who had
// read neither the rules nor the catalogues before it. Its users come to
// the page from elsewhere and bring their habits with them: a student who
// copies hyperparameters from a course's slide, a Kaggle competitor who
// cranks everything up, a reader of a blog post on batch normalization, a
// physicist who draws weights from N(0,1), someone porting a TensorFlow 1,
// Caffe, Torch7 or scikit-learn recipe with its defaults, a mobile
// developer who wants a tiny model, someone who overdoes regularization or
// trains on a few hundred images to be quick, a curious user who drags
// sliders to their ends, and two moderate mistakes that break a run only
// together. The healthy bases (visitorBase) are those recipes as they
// work; each family breaks one to three keys of one. Half of the
// families, chosen before any case was trained, are held out (held).

// visitorBase draws the healthy config a visitor arrives with, one of the
// recipes they know, on 10,000 to 20,000 training images:
//   - scikit-learn's MLPClassifier as it comes: 100 ReLU units, Glorot's
//     uniform initialization, Adam at 1e-3, alpha (L2) 1e-4, batches of 200
//     (or a smaller batch set by hand);
//   - the Keras MLP example: a wide first layer, dropout 0.2, RMSprop at
//     1e-3, batches of 128;
//   - a Caffe or Torch7 solver: SGD with momentum 0.9 at 0.01 or 0.02,
//     weight decay 5e-4, ReLU (Caffe) or tanh (Torch7's demos);
//   - a course's slide: plain SGD at 0.05 to 0.2 in small batches on one or
//     two layers of ReLU-like units;
//   - a mobile developer's small model: 32 units, Adam at 2e-3, sometimes
//     light augmentation;
//   - a Kaggle kernel: a wide network with batch normalization and light
//     augmentation, Adam at 1e-3, batches of 64 to 256.
func visitorBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Seed = seed
	c.TrainSize = pick(r, 10000, 15000, 20000)
	switch r.IntN(6) {
	case 0: // scikit-learn
		c.Hidden = []int{100}
		c.L2 = 1e-4
		c.BatchSize = pick(r, 200, 100, 64)
	case 1: // Keras
		c.Hidden = pick(r, []int{512}, []int{256, 128}, []int{256, 256})
		c.Dropout = 0.2
		c.Optimizer, c.LearningRate = nn.OptRMSProp, 1e-3
		c.BatchSize = 128
	case 2: // Caffe, Torch7
		c.Hidden = pick(r, []int{128}, []int{256}, []int{256, 64})
		c.Activation = pick(r, nn.ActReLU, nn.ActTanh)
		c.Init = pick(r, nn.InitGlorotUniform, nn.InitLecunNormal, nn.InitHeNormal)
		c.Optimizer, c.LearningRate = nn.OptMomentum, pick(r, 0.01, 0.02)
		c.L2 = 5e-4
		c.BatchSize = pick(r, 32, 64)
	case 3: // a course
		c.Hidden = pick(r, []int{64}, []int{128}, []int{128, 64})
		c.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU, nn.ActELU)
		c.Init = pick(r, nn.InitHeUniform, nn.InitHeNormal, nn.InitGlorotUniform)
		c.Optimizer, c.LearningRate = nn.OptSGD, pick(r, 0.05, 0.1, 0.2)
		c.BatchSize = pick(r, 16, 32)
	case 4: // a mobile developer
		c.Hidden = pick(r, []int{32}, []int{32, 32})
		c.LearningRate = 2e-3
		c.Augment = pick(r, augment.Off, augment.Off, augment.Light)
	case 5: // Kaggle
		c.Hidden = pick(r, []int{512, 256}, []int{256, 128})
		c.Init = pick(r, nn.InitHeNormal, nn.InitHeUniform)
		c.BatchNorm = true
		c.Augment = augment.Light
		c.BatchSize = pick(r, 64, 128, 256)
	}
	return c
}

// viBreak returns a step that injects a fault into the faulty config.
func viBreak(set func(r *rand.Rand, c *nn.Config)) step {
	return func(r *rand.Rand, c *Case) { set(r, &c.Config) }
}

// viPlain turns off in the base every remedy and regularizer a recipe may
// bring (batch normalization, dropout, L2, clipping, augmentation): each
// of them hides or imitates some fault (batch normalization rescales a bad
// initialization away, dropout breaks a symmetry, L2 shrinks a network
// meant to memorize).
var viPlain = onBase(func(b *nn.Config) {
	b.BatchNorm, b.Dropout, b.L2, b.Clip, b.Augment = false, 0, 0, 0, augment.Off
})

// viNoBN turns batch normalization off in the base, for faults whose
// scale or whose dropout a normalization would undo or confuse.
var viNoBN = onBase(func(b *nn.Config) { b.BatchNorm = false })

// viConv makes the base a small convolutional network (convBase) without
// the dense recipe's remedies, trained for 12,000 images.
func viConv(r *rand.Rand, c *Case) {
	convBase(r, c)
	viPlain(r, c)
	c.Samples = 12000
}

// viDeepConv makes the base a deep stack of small convolutions
// (deepConvBase) without the dense recipe's remedies.
func viDeepConv(r *rand.Rand, c *Case) {
	deepConvBase(r, c)
	viPlain(r, c)
}

// visitorFaults lists the visitors' families. Controls come first within
// each kind; every finding code the catalogues share is the label of a
// family in each half.
var visitorFaults = []fault{
	// Healthy controls: recipes as their authors ship them.

	// scikit-learn's MLPClassifier defaults, given two epochs: slow in
	// batches of 200, but it gets there.
	{name: "vi-ctl-sklearn", label: "",
		setup: steps(viPlain, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden, b.Activation, b.Init = []int{100}, nn.ActReLU, nn.InitGlorotUniform
			b.Optimizer, b.LearningRate, b.L2 = nn.OptAdam, 1e-3, 1e-4
			b.BatchSize, b.TrainSize = pick(r, 100, 200), 20000
		}), budget(40000))},
	// The Keras MLP example: a wide ReLU layer (or two), dropout 0.2,
	// RMSprop at 1e-3 in batches of 128.
	{name: "vi-ctl-keras-mlp", label: "", held: true,
		setup: steps(viPlain, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden, b.Activation, b.Init = pick(r, []int{512}, []int{256, 128}), nn.ActReLU, nn.InitGlorotUniform
			b.Optimizer, b.LearningRate, b.Dropout = nn.OptRMSProp, 1e-3, 0.2
			b.BatchSize = 128
		}), budget(40000))},
	// The blog post's advice taken where it holds: batch normalization
	// lets plain SGD run at 0.3 to 0.6.
	{name: "vi-ctl-bn-hot-sgd", label: "", held: true,
		setup: steps(viPlain, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128}, []int{256}, []int{256, 128})
			b.Activation, b.Init = pick(r, nn.ActReLU, nn.ActELU), nn.InitHeNormal
			b.BatchNorm = true
			b.Optimizer, b.LearningRate = nn.OptSGD, pick(r, 0.3, 0.4, 0.6)
			b.BatchSize = pick(r, 64, 128)
		}))},
	// A mobile developer's 32-unit network, small enough for a phone and
	// still above 90%.
	{name: "vi-ctl-mobile-32", label: "",
		setup: steps(viPlain, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden, b.Activation = []int{32}, pick(r, nn.ActReLU, nn.ActLeakyReLU)
			b.Optimizer, b.LearningRate, b.BatchSize = nn.OptAdam, 2e-3, 32
		}), budget(30000))},
	// LeNet from Caffe's tutorial, scaled down: two pooled 5×5
	// convolutions, weight decay 5e-4, Adam.
	{name: "vi-ctl-lenet", label: "", conv: true, held: true,
		setup: steps(viConv, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Conv, b.Hidden = "8c5-p2-16c5-p2", pick(r, []int{64}, []int{32})
			b.Init = pick(r, nn.InitHeNormal, nn.InitGlorotUniform)
			b.Optimizer, b.LearningRate, b.L2 = nn.OptAdam, 1e-3, 5e-4
			b.BatchSize = 32
		}))},
	// The mobile developer's convolutional net: 4 then 8 filters, a
	// 32-unit layer.
	{name: "vi-ctl-conv-tiny", label: "", conv: true,
		setup: steps(viConv, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Conv, b.Hidden = "4c5-p2-8c5-p2", []int{32}
			b.Optimizer, b.LearningRate, b.BatchSize = nn.OptAdam, pick(r, 1e-3, 1.5e-3, 2e-3), 32
		}))},

	// Diverged.

	// A Kaggle competitor cranks Adam's rate a hundredfold "to converge in
	// one epoch": the first steps throw the weights far out.
	{name: "vi-kaggle-adam-cranked", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, setup: steps(viNoBN, optimizers(nn.OptAdam), layers(1, 2, 256, 512)),
		apply: lrIn(0.1, 0.3)},
	// A student copies η = 3.0 from the course's slide, written for a
	// sigmoid network with quadratic cost, into a ReLU network with
	// cross-entropy, whose gradients are far larger.
	{name: "vi-slide-eta-3", held: true, label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, setup: steps(viNoBN, optimizers(nn.OptSGD), activations(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU)),
		apply: lrIn(2.5, 4)},

	// Not learning: the cause is a setting no finding names.

	// Someone who read "clip your gradients" drags the clip slider to its
	// lowest notch: every gradient is cut to a norm of a few
	// ten-thousandths, and plain SGD never leaves chance.
	{name: "vi-clip-floor", held: true, label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow},
		breaks: []string{"clip"}, setup: steps(onBase(func(b *nn.Config) { b.Clip = 0 }), optimizers(nn.OptSGD)),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.Clip = round3(logUniform(r, 1e-4, 4e-4)) })},
	// A Torch7 porter types the recurrent-net habit clip 1e-4 (or less)
	// into a convolutional net trained by momentum SGD: it cannot move.
	{name: "vi-conv-clip-floor", conv: true, label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow},
		breaks: []string{"clip"}, setup: steps(viConv, optimizers(nn.OptMomentum)),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.Clip = round3(logUniform(r, 2e-5, 1e-4)) })},

	// Symmetry.

	// TensorFlow 1's first tutorial starts its softmax weights at
	// tf.zeros, which is fine there; carried over to a hidden layer every
	// unit computes the same thing forever.
	{name: "vi-tf1-zeros", held: true, label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: viPlain, apply: initAs(nn.InitZeros)},
	// The same habit in a convolutional net: every filter stays the same
	// filter.
	{name: "vi-conv-zeros", conv: true, label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: viConv, apply: initAs(nn.InitZeros)},

	// Dead units.

	// A Keras user raises RMSprop from 1e-3 to 0.01-0.03 on a stack of
	// narrow ReLU layers: a few large steps push most units below zero
	// for every image.
	{name: "vi-rmsprop-hot-narrow", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"lr"}, setup: steps(viPlain, layers(3, 3, 32, 64), activations(nn.ActReLU), inits(nn.InitHeNormal, nn.InitHeUniform), optimizers(nn.OptRMSProp)),
		apply: lrIn(0.01, 0.03)},
	// Two moderate mistakes: leaky ReLU (or ELU) swapped for plain ReLU
	// "because everyone uses it", and a momentum rate at the top of its
	// range tripled or more. Either alone trains; together the units die.
	{name: "vi-relu-swap-hotter", held: true, label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh},
		breaks: []string{"act", "lr"}, setup: steps(viPlain, layers(2, 3, 64, 128), activations(nn.ActLeakyReLU, nn.ActELU), inits(nn.InitHeNormal, nn.InitHeUniform), optimizers(nn.OptMomentum), upperRate),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.Activation = nn.ActReLU
			c.LearningRate = round3(c.LearningRate * pick(r, 3.0, 4.0, 5.0))
		})},

	// Saturated units.

	// A physicist models neurons as sigmoids and draws the weights from
	// N(0,1): with 784 inputs each unit sums to tens, deep in the flat
	// ends.
	{name: "vi-physics-sigmoid-randn", held: true, label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(viPlain, layers(1, 2, 64, 128, 256), activations(nn.ActSigmoid), inits(nn.InitGlorotUniform, nn.InitGlorotNormal), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: initAs(nn.InitNormal1)},
	// A Torch7 porter's tanh convolutions with torch.randn weights: the
	// second convolution sums 200 inputs at unit scale and pins tanh at
	// ±1.
	{name: "vi-conv-torch7-tanh-randn", conv: true, label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale},
		breaks: []string{"init"}, setup: steps(viConv, onBase(func(b *nn.Config) { b.Conv = "8c5-p2-16c5-p2"; b.Activation = nn.ActTanh }), inits(nn.InitLecunNormal, nn.InitGlorotUniform)),
		apply: initAs(nn.InitNormal1)},

	// Vanishing gradients.

	// A course assignment: "add four sigmoid hidden layers" to a working
	// one-layer net, trained by the slide's plain SGD: the first layers
	// get almost no gradient.
	{name: "vi-course-deep-sigmoid", label: diagnose.CodeVanishing,
		breaks: []string{"hidden", "act"}, setup: steps(viPlain, layers(1, 1, 64, 128), activations(nn.ActReLU, nn.ActLeakyReLU), inits(nn.InitGlorotUniform, nn.InitGlorotNormal), optimizers(nn.OptSGD)),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.Hidden = pick(r, []int{128, 64, 64, 32}, []int{100, 100, 100, 100}, []int{64, 64, 64, 64})
			c.Activation = nn.ActSigmoid
		})},
	// A scikit-learn user sets activation='logistic' on
	// hidden_layer_sizes=(100, 100, 100) with the sgd solver (momentum
	// 0.9, Nesterov).
	{name: "vi-sklearn-logistic-deep", held: true, label: diagnose.CodeVanishing,
		breaks: []string{"act"}, setup: steps(viPlain, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{100, 100, 100}, []int{100, 100, 100, 100})
			b.Activation, b.Init = nn.ActReLU, nn.InitGlorotUniform
			useOptimizer(r, b, nn.OptMomentum)
			b.Nesterov = true
		})),
		apply: viBreak(func(_ *rand.Rand, c *nn.Config) { c.Activation = nn.ActSigmoid })},
	// An old Caffe model's sigmoid nonlinearities put into a deep stack of
	// small convolutions trained by SGD.
	{name: "vi-deep-conv-sigmoid", conv: true, held: true, label: diagnose.CodeVanishing,
		breaks: []string{"act"}, setup: viDeepConv,
		apply: viBreak(func(_ *rand.Rand, c *nn.Config) { c.Activation = nn.ActSigmoid })},

	// Exploding gradients.

	// The physicist's N(0,1) weights in three or four ReLU-like layers:
	// each layer multiplies the signal, and its gradient, by ten or more.
	{name: "vi-physics-deep-randn", held: true, label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale, diagnose.CodeDiverged},
		breaks: []string{"init"}, setup: steps(viPlain, layers(3, 4, 128, 256), activations(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU), inits(nn.InitHeNormal, nn.InitHeUniform), optimizers(nn.OptSGD, nn.OptMomentum)),
		apply: initAs(nn.InitNormal1)},
	// The same weights beside gradient clipping the user turned on out of
	// caution: clipping bounds the step, not the forward pass.
	{name: "vi-randn-beside-clip", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale, diagnose.CodeDiverged},
		breaks: []string{"init"}, setup: steps(viPlain, layers(3, 4, 128, 256), activations(nn.ActReLU), inits(nn.InitHeNormal), optimizers(nn.OptAdam),
			onBaseWith(func(r *rand.Rand, b *nn.Config) { b.Clip = pick(r, 1.0, 2.0, 5.0) })),
		apply: initAs(nn.InitNormal1)},
	// N(0,1) filters in a deep stack of ReLU convolutions: 72 inputs per
	// unit multiply the signal by six to eight at every convolution.
	{name: "vi-conv-deep-randn", conv: true, label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale, diagnose.CodeDiverged},
		breaks: []string{"init"}, setup: steps(viDeepConv, activations(nn.ActReLU), inits(nn.InitHeNormal, nn.InitHeUniform)),
		apply: initAs(nn.InitNormal1)},

	// Bad initialization scale.

	// N(0,1) weights in one hidden layer trained by Adam: no depth to
	// explode through, but the first logits are in the tens to hundreds.
	{name: "vi-randn-shallow", label: diagnose.CodeBadInitScale,
		breaks: []string{"init"}, setup: steps(viPlain, layers(1, 1, 64, 128, 256), activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: initAs(nn.InitNormal1)},
	// A Caffe port keeps the prototxt's small Gaussian filler (the closest
	// here is U(±1e-3)) in two or three ReLU layers trained by momentum
	// SGD: the signal fades before the output.
	{name: "vi-caffe-small-filler", held: true, label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeVanishing},
		breaks: []string{"init"}, setup: steps(viPlain, layers(2, 3, 128, 256), activations(nn.ActReLU), inits(nn.InitHeNormal, nn.InitGlorotUniform), optimizers(nn.OptMomentum),
			onBase(func(b *nn.Config) { b.L2 = 5e-4 })),
		apply: initAs(nn.InitTiny)},

	// Learning rate too high.

	// The SGD habit: 0.005-0.01 typed into Adam, five to ten times its
	// rate. Subtle: it learns, noisily, and stalls below the base.
	{name: "vi-adam-sgd-habit", label: diagnose.CodeLRTooHigh,
		breaks: []string{"lr"}, setup: steps(viNoBN, optimizers(nn.OptAdam)),
		apply: lrIn(0.005, 0.01)},
	// A plain-SGD user switches to momentum and keeps plain SGD's rate:
	// with momentum 0.9 the step is ten times what it was.
	{name: "vi-momentum-at-sgd-rate", held: true, label: diagnose.CodeLRTooHigh, accept: []string{diagnose.CodeDiverged},
		breaks: []string{"lr"}, setup: steps(viNoBN, optimizers(nn.OptMomentum)),
		apply: lrIn(0.08, 0.2)},
	// A reader of "just use a huge learning rate with batch norm" turns
	// batch normalization on and plain SGD up to 2-5: the hidden layers
	// cope, the unnormalized output layer does not.
	{name: "vi-blog-bn-huge-lr", label: diagnose.CodeLRTooHigh, accept: []string{diagnose.CodeDiverged},
		breaks: []string{"bn", "lr"}, setup: steps(viPlain, optimizers(nn.OptSGD), onBaseWith(func(r *rand.Rand, b *nn.Config) { b.BatchSize = pick(r, 32, 64, 128) })),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.BatchNorm = true
			c.LearningRate = round3(logUniform(r, 2, 5))
		})},
	// Two moderate mistakes: batches of 4 or 8 "for more updates" and
	// Adam at 3e-3 to 5e-3. Each alone is noisy but trains; together the
	// steps are too big for the noise.
	{name: "vi-small-batch-hot-adam", held: true, label: diagnose.CodeLRTooHigh,
		breaks: []string{"lr", "batch"}, setup: steps(viNoBN, optimizers(nn.OptAdam), onBaseWith(func(r *rand.Rand, b *nn.Config) { b.BatchSize = pick(r, 32, 64, 128) })),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.BatchSize = pick(r, 4, 8)
			c.LearningRate = round3(logUniform(r, 3e-3, 5e-3))
		})},
	// A curious user drags the momentum slider to its end: at 0.99 or
	// more the effective step is a hundred times the rate or more.
	{name: "vi-momentum-slider-end", held: true, label: diagnose.CodeLRTooHigh, accept: []string{diagnose.CodeDiverged},
		breaks: []string{"momentum"}, setup: steps(viNoBN, optimizers(nn.OptMomentum), onBase(func(b *nn.Config) { b.Momentum = 0.9 })),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.Momentum = pick(r, 0.99, 0.995, 0.999) })},

	// Learning rate too low.

	// A scikit-learn user switches the solver to 'sgd' and keeps its
	// defaults: momentum 0.9 with Nesterov at learning_rate_init 0.001,
	// which suited Adam and is ten times too small here.
	{name: "vi-sklearn-sgd-solver", label: diagnose.CodeLRTooLow,
		breaks: []string{"opt", "nesterov"}, setup: steps(viPlain, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden, b.Activation, b.Init = []int{100}, nn.ActReLU, nn.InitGlorotUniform
			b.Optimizer, b.LearningRate, b.L2 = nn.OptAdam, 1e-3, 1e-4
			b.Momentum, b.Nesterov = 0.9, false
			b.BatchSize = pick(r, 64, 100, 200)
		}), budget(30000)),
		apply: viBreak(func(_ *rand.Rand, c *nn.Config) { c.Optimizer, c.Nesterov = nn.OptMomentum, true })},
	// TensorFlow 1's Deep MNIST tutorial trains with AdamOptimizer(1e-4) in
	// batches of 50; a dense network given that rate crawls.
	{name: "vi-tf1-adam-1e-4", held: true, label: diagnose.CodeLRTooLow,
		breaks: []string{"lr"}, setup: steps(viNoBN, optimizers(nn.OptAdam), onBase(func(b *nn.Config) { b.BatchSize = 50 })),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.LearningRate = pick(r, 1e-4, 1e-4, 5e-5) })},
	// Plain SGD at 0.005-0.015, five to twenty times too low, given a long
	// budget: it keeps improving to the end and is still far behind.
	{name: "vi-sgd-slow-late", label: diagnose.CodeLRTooLow,
		breaks: []string{"lr"}, setup: steps(viNoBN, optimizers(nn.OptSGD), budget(40000)),
		apply: lrIn(0.005, 0.015)},
	// A curious user drags the learning rate to its floor and the batch
	// to its ceiling: a few dozen steps of a millionth each.
	{name: "vi-sliders-rate-floor-batch-ceiling", held: true, label: diagnose.CodeLRTooLow,
		breaks: []string{"lr", "batch"}, setup: viNoBN,
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.LearningRate = pick(r, 1e-6, 2e-6, 5e-6)
			c.BatchSize = pick(r, 512, 1024)
		})},

	// Underfitting.

	// A mobile developer shrinks the network to 8 units per layer to fit
	// a watch: too few to separate ten digits.
	{name: "vi-mobile-8-units", label: diagnose.CodeUnderfitting,
		breaks: []string{"hidden"}, setup: viNoBN,
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.Hidden = pick(r, []int{8}, []int{8, 8}) })},
	// Someone who just read about overfitting turns everything on at once:
	// L2 0.01-0.05, dropout 0.5 or 0.6 and strong augmentation.
	{name: "vi-overregularized", held: true, label: diagnose.CodeUnderfitting,
		breaks: []string{"dropout", "l2", "augment"}, setup: viNoBN,
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.Dropout = pick(r, 0.5, 0.6)
			c.L2 = round3(logUniform(r, 0.01, 0.05))
			c.Augment = augment.Strong
		})},
	// The mobile developer's convolutional net cut to one or two filters
	// per convolution: 16 or 32 numbers reach the dense layers.
	{name: "vi-conv-one-filter", conv: true, label: diagnose.CodeUnderfitting,
		breaks: []string{"conv"}, setup: steps(viConv, onBaseWith(func(r *rand.Rand, b *nn.Config) { b.Conv = pick(r, "8c5-p2-16c5-p2", "4c5-p2-8c5-p2") })),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.Conv = withFilters(c.Conv, pick(r, 1, 2)) })},
	// Two moderate mistakes: 16 units (a small model) with dropout 0.5 or
	// 0.6 (a large one's regularizer). Either alone is fine.
	{name: "vi-narrow-plus-dropout", held: true, label: diagnose.CodeUnderfitting,
		breaks: []string{"hidden", "dropout"}, setup: steps(viNoBN, onBase(func(b *nn.Config) { b.Dropout = 0 })),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.Hidden = pick(r, []int{16}, []int{16, 16})
			c.Dropout = pick(r, 0.5, 0.6)
		})},

	// Overfitting.

	// Training on a few hundred images "to be quick" with a wide network
	// and nothing to hold it back: it learns those images by heart.
	{name: "vi-few-hundred-quick", label: diagnose.CodeOverfitting,
		breaks: []string{"train"}, setup: steps(viPlain, layers(1, 2, 256, 512), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) { c.TrainSize = pick(r, 200, 300, 500) })},
	// A user told dropout "slows training" removes it from a wide network
	// and cuts the data to 1,000-1,500 images for a long run: the fit
	// comes late and does not carry over.
	{name: "vi-dropout-off-small-set", held: true, label: diagnose.CodeOverfitting,
		breaks: []string{"dropout", "train"}, setup: steps(viPlain, layers(1, 2, 256, 512), onBase(func(b *nn.Config) { b.Dropout = 0.5 }), budget(40000)),
		apply: viBreak(func(r *rand.Rand, c *nn.Config) {
			c.Dropout = 0
			c.TrainSize = pick(r, 1000, 1200, 1500)
		})},
}

// drawVisitor draws case i of the visitors from its own generator (seed,
// i): a healthy base (visitorBase), then a family (drawFamily).
func drawVisitor(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	return drawFamily(r, i, visitorFaults, visitorBase(r, seed*1000+uint64(i)))
}
