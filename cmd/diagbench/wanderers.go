package main

import (
	"math/rand/v2"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The wanderers are a seventh catalogue of faults, from people who came to
// the lab by some other road: a student working through a course's lab
// sheet that asks for a figure of a classic paper (Glorot and Bengio's deep
// sigmoid and tanh networks, He et al.'s deep rectifiers, Srivastava's
// dropout, Ioffe and Szegedy's batch normalization, Rumelhart's backprop
// rates, Saxe's deep linear networks) with the settings they remember; an
// engineer who ports a CIFAR or ImageNet recipe (momentum SGD at 0.1,
// weight decay typed as L2, batches of hundreds); typists and unit mix-ups
// (an exponent off, a momentum of 0.09, dropout given as a keep
// probability, weight decay 1 meaning "on", a clip meant as a tolerance);
// a grid search's corners; someone on a Raspberry Pi or a microcontroller
// budget; someone who drags one of the app's sliders to its end; an exam's
// deliberately broken network; and pairs of moderate mistakes that stall a
// run only together. Its controls are unusual but healthy recipes of the
// same people, which a diagnosis must leave alone.
//
// It was written blind: by a helper that read no diagnosis rule and no
// other catalogue's families, only the finding codes, the measurement that
// confirms a label (confirm.go), the shared helpers of the benchmark and
// package nn. About half of its families, chosen before any case was
// trained, are held out (held) to measure the rules on faults nobody tuned
// them for.

// wandererBase draws the healthy config a wanderer starts from: one or two
// hidden layers of 128 to 512 units, a non-saturating or tanh activation, a
// fan-in initialization, any optimizer at a sane rate, batches of 16 to 64
// and 12,000 to 20,000 training images, without dropout or augmentation.
func wandererBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Hidden = pick(r, []int{128}, []int{256}, []int{300, 100}, []int{512})
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
	c.Init = pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitHeNormal, nn.InitHeUniform, nn.InitLecunNormal)
	useOptimizer(r, &c, pick(r, nn.Optimizers...))
	c.BatchSize = pick(r, 16, 32, 32, 64)
	c.TrainSize = pick(r, 12000, 15000, 20000, 20000)
	c.Seed = seed*1000 + r.Uint64N(1000)
	return c
}

// wandererMaxSamples and wandererMaxConvSamples bound a wanderer's budget:
// the images the app trains on in its first minute, fewer for a
// convolutional network, which trains several times slower.
const (
	wandererMaxSamples     = 30000
	wandererMaxConvSamples = 12000
)

// waBudget returns a step that gives a case one of the budgets samples.
func waBudget(samples ...int64) step {
	return func(r *rand.Rand, c *Case) { c.Samples = pick(r, samples...) }
}

// wandererFaults lists the wanderers' families: controls first within
// their kind, then the faults by the code that names their cause.
var wandererFaults = []fault{
	// --- Controls: unusual but healthy. ---

	// A student reproducing LeCun's LeNet-5 keeps its shape (6 and 16
	// filters of 5×5, then 120 and 84 units), tanh or ReLU, under Adam:
	// an old design, but a sound one.
	{name: "wa-lenet5-control", conv: true, setup: steps(convBase, onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Conv = "6c5-p2-16c5-p2"
		b.Hidden = pick(r, []int{120, 84}, []int{84})
		b.Activation = pick(r, nn.ActReLU, nn.ActTanh)
		b.Init = pick(r, nn.InitGlorotUniform, nn.InitLecunNormal)
	}), waBudget(12000))},
	// Someone who trains on a phone keeps one small convolution and no
	// hidden layer: few weights, but enough for MNIST.
	{name: "wa-conv-phone-control", conv: true, held: true, setup: steps(convBase, onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Conv = pick(r, "8c3-p2", "4c5-p2", "8c5-p4")
		b.Hidden = []int{}
	}), waBudget(10000, 12000))},
	// A Raspberry Pi owner keeps the network to 32 units, the batches to
	// four or eight images and the data to a few thousand: small, noisy
	// steps that still reach 90%.
	{name: "wa-pi-zero-control", setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = []int{32}
		b.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU)
		useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		b.BatchSize = pick(r, 4, 8)
		b.TrainSize = pick(r, 5000, 8000)
	}), waBudget(20000))},
	// A student reproducing He et al. stacks four layers of 256 ReLU units
	// with the initialization the paper introduced for them: deep, and
	// healthy for that reason.
	{name: "wa-he-deep-relu-control", setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = []int{256, 256, 256, 256}
		b.Activation, b.Init = nn.ActReLU, pick(r, nn.InitHeNormal, nn.InitHeUniform)
		useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptMomentum))
	}), waBudget(25000))},
	// Someone whose own digits look messy turns augmentation to strong:
	// harder training images, but the clean validation images are read
	// well.
	{name: "wa-strong-augment-control", setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = pick(r, []int{256}, []int{512})
		b.Activation = pick(r, nn.ActReLU, nn.ActELU)
		useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		b.Augment = augment.Strong
	}), waBudget(25000, 30000))},
	// A student reproducing Srivastava et al.'s dropout network: two wide
	// ReLU layers (or one of 1024) with dropout 0.5 under momentum SGD.
	// Dropout slows it, but it learns.
	{name: "wa-srivastava-dropout-control", held: true, setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = pick(r, []int{512, 512}, []int{1024})
		b.Activation, b.Init = nn.ActReLU, pick(r, nn.InitHeNormal, nn.InitGlorotUniform)
		useOptimizer(r, b, nn.OptMomentum)
		b.Dropout = 0.5
	}), waBudget(30000))},
	// A student reproducing Glorot and Bengio's fix: a deep tanh network
	// with their normalized initialization under plain SGD, which trains
	// where the standard one did not.
	{name: "wa-glorot-normalized-tanh-control", held: true, setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = pick(r, []int{256, 256, 256}, []int{128, 128, 128, 128})
		b.Activation, b.Init = nn.ActTanh, nn.InitGlorotUniform
		useOptimizer(r, b, nn.OptSGD)
		b.BatchSize = pick(r, 16, 32)
	}), waBudget(25000, 30000))},
	// A student reproducing Ioffe and Szegedy's MNIST experiment: three
	// layers of 100 sigmoid units, each batch-normalized, batches of 60:
	// sigmoid units that normalization keeps in their working range.
	{name: "wa-batchnorm-paper-control", held: true, setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = []int{100, 100, 100}
		b.Activation, b.Init, b.BatchNorm = nn.ActSigmoid, pick(r, nn.InitGlorotUniform, nn.InitLecunNormal), true
		useOptimizer(r, b, pick(r, nn.OptSGD, nn.OptMomentum))
		b.BatchSize = pick(r, 32, 60)
	}), waBudget(30000))},

	// --- diverged ---

	// Someone who drags the learning-rate slider to its end to "see what
	// happens": a rate of 10 blows any optimizer up.
	{name: "wa-slider-lr-ceiling", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = 10 })},
	// Someone who copies Adam's β2 of 0.999 into the momentum field: the
	// velocity sums a thousand steps, a step a hundred times too long.
	{name: "wa-momentum-as-beta2", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"momentum"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptMomentum) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Momentum = 0.999 })},
	// Someone who types Adam's rate without its exponent (3e-1 for 3e-4,
	// 1 for 1e-3): steps of a third to a whole unit per weight.
	{name: "wa-adam-exponent-typo", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptAdam) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = pick(r, 0.3, 0.5, 1) })},
	// Someone who types RMSprop's rate as 1e-1 for 1e-4: its first steps,
	// divided by a running square still near zero, throw the weights far.
	{name: "wa-rmsprop-exponent-typo", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptRMSProp) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = pick(r, 0.1, 0.3, 0.5) })},

	// --- exploding-gradients ---

	// A student reproducing Saxe et al.'s deep linear networks draws the
	// weights from N(0,1): without a nonlinearity to bound them, the
	// signals and gradients grow by the square root of the width at every
	// layer.
	{name: "wa-saxe-linear-randn", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256, 256, 256}, []int{128, 128, 128, 128})
			b.Activation, b.Init = nn.ActLinear, pick(r, nn.InitGlorotUniform, nn.InitLecunNormal)
			useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		}), waBudget(20000, 25000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},
	// An exam's broken network: three or four ReLU layers initialized from
	// N(0,1), so every layer multiplies the signal and the gradient by
	// about ten.
	{name: "wa-exam-randn-deep-relu", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true,
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256, 256, 256}, []int{256, 256, 256, 256}, []int{128, 128, 128, 128})
			b.Activation, b.Init = pick(r, nn.ActReLU, nn.ActLeakyReLU), pick(r, nn.InitHeNormal, nn.InitHeUniform)
			useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		}), waBudget(20000, 25000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},
	// Someone who builds a stack of four 3×3 ReLU convolutions and draws
	// their filters from N(0,1) as in a NumPy tutorial: each convolution
	// multiplies the signal about sixfold.
	{name: "wa-conv-randn-stack", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, conv: true, held: true,
		setup: steps(convBase, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Conv = pick(r, "p2-8c3-8c3-8c3-8c3", "8c3-p2-8c3-8c3-8c3")
			b.Hidden = pick(r, []int{}, []int{32})
			b.Init = pick(r, nn.InitHeNormal, nn.InitHeUniform)
		})),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},

	// --- vanishing-gradients ---

	// A student reproducing Glorot and Bengio's figure of deep sigmoid
	// networks under plain SGD: each sigmoid passes back at most a quarter
	// of the gradient, so the first layers barely learn.
	{name: "wa-glorot-bengio-sigmoid", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeSaturatedUnits}, breaks: []string{"act"},
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256, 256, 256}, []int{256, 256, 256, 256}, []int{128, 128, 128, 128})
			b.Activation, b.Init = nn.ActTanh, pick(r, nn.InitLecunNormal, nn.InitGlorotUniform)
			useOptimizer(r, b, nn.OptSGD)
		}), waBudget(20000, 25000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Activation = nn.ActSigmoid })},
	// An exam asks what happens when the ReLUs of a deep, narrow network
	// become sigmoids: the gradient fades through four layers.
	{name: "wa-exam-narrow-sigmoid", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeSaturatedUnits}, breaks: []string{"act"}, held: true,
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{64, 64, 64, 64}, []int{100, 100, 100, 100})
			b.Activation, b.Init = nn.ActReLU, nn.InitHeNormal
			useOptimizer(r, b, nn.OptSGD)
		}), waBudget(20000, 25000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Activation = nn.ActSigmoid })},
	// Someone who initializes a deep convolution stack "small to be safe":
	// filters of ±0.001 shrink the gradient at every convolution on its
	// way back.
	{name: "wa-conv-small-to-be-safe", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, conv: true,
		setup: deepConvBase,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitTiny })},

	// --- saturated-units ---

	// A student reproducing Glorot and Bengio's tanh network remembers the
	// "standard initialization" as the standard normal: preactivations
	// several units wide push the tanh units against their bounds.
	{name: "wa-glorot-bengio-randn-tanh", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256, 256}, []int{256, 128}, []int{512})
			b.Activation, b.Init = nn.ActTanh, pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal)
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},
	// Someone porting a "network from scratch" NumPy tutorial: sigmoid
	// units and np.random.randn weights, which push the units' outputs
	// against 0 or 1, where they pass back almost no gradient.
	{name: "wa-scratch-sigmoid-randn", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"act", "init"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128}, []int{256}, []int{256, 128})
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Activation, f.Init = nn.ActSigmoid, nn.InitNormal1 })},
	// A student reproducing Rumelhart, Hinton and Williams uses their rate
	// of 0.5 (or 1) with momentum 0.9 on a sigmoid network: steps that
	// drive the units into their flat ends.
	{name: "wa-backprop-1986-rate", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128}, []int{256})
			b.Activation, b.Init = nn.ActSigmoid, pick(r, nn.InitGlorotUniform, nn.InitLecunNormal)
			useOptimizer(r, b, nn.OptMomentum)
		}), waBudget(20000, 25000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = pick(r, 0.5, 1) })},

	// --- dead-units ---

	// Someone who types Adam's rate as 1e-1 for 1e-4 on a ReLU network:
	// the first steps push every unit's input below zero for good.
	{name: "wa-adam-1e-1-relu", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Activation = nn.ActReLU
			useOptimizer(r, b, nn.OptAdam)
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = round3(logUniform(r, 0.08, 0.3)) })},
	// A student reproducing He et al. believes rectifiers tolerate any
	// step and gives plain SGD a rate of 1 to 3 on four ReLU layers: the
	// first updates switch the units off.
	{name: "wa-he-relu-hot-sgd", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256, 256, 256, 256}, []int{128, 128, 128, 128})
			b.Activation, b.Init = nn.ActReLU, nn.InitHeNormal
			useOptimizer(r, b, nn.OptSGD)
		}), waBudget(20000, 25000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = pick(r, 1.0, 2, 3) })},
	// Someone on a phone types 0.1 as the rate of a small ReLU convolution
	// under Adam or RMSprop: every filter dies and the answer no longer
	// depends on the image.
	{name: "wa-conv-phone-rate-typo", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, conv: true, held: true,
		setup: convBase,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) {
			if b.Optimizer == nn.OptAdam {
				f.LearningRate = pick(r, 0.1, 0.2, 0.3)
			} else {
				f.LearningRate = pick(r, 0.05, 0.1, 0.2)
			}
		})},

	// --- learning-rate-too-high ---

	// Someone porting a CIFAR recipe: momentum SGD at 0.1 with weight
	// decay 5e-4 typed as L2, on the lab's small batches: five to twenty
	// times the rate a momentum of 0.9 tolerates here.
	{name: "wa-cifar-recipe", label: diagnose.CodeLRTooHigh, breaks: []string{"lr", "l2"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptMomentum) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate, f.L2 = 0.1, 5e-4 })},
	// Someone who types a momentum of 0.99 for 0.9 (one nine too many):
	// the velocity sums ten times as many steps, a step ten times too long.
	{name: "wa-momentum-extra-nine", label: diagnose.CodeLRTooHigh, breaks: []string{"momentum"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptMomentum) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Momentum = 0.99 })},
	// A Keras user of 2016 gives Adam the rate 0.01 to 0.04 that SGD
	// tutorials use: the run jumps about its minimum.
	{name: "wa-keras-adam-sgd-rate", label: diagnose.CodeLRTooHigh, breaks: []string{"lr"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptAdam) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = round3(logUniform(r, 0.01, 0.04)) })},
	// Someone who sets RMSprop to 0.005 to 0.02, the rate of a
	// reinforcement-learning paper's table: ten times too large here.
	{name: "wa-rmsprop-table-rate", label: diagnose.CodeLRTooHigh, breaks: []string{"lr"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptRMSProp) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = round3(logUniform(r, 0.005, 0.02)) })},

	// --- learning-rate-too-low ---

	// Someone who toggles the optimizer from Adam to plain SGD and leaves
	// Adam's rate of about 1e-3: a hundredth of what SGD needs.
	{name: "wa-toggle-adam-to-sgd", label: diagnose.CodeLRTooLow, breaks: []string{"opt"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, nn.OptAdam) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Optimizer = nn.OptSGD })},
	// Someone who sets gradient clipping to 0.001, a tolerance meant for
	// something else, under SGD: every step is cut to a thousandth of a
	// unit and the weights hardly move.
	{name: "wa-clip-as-tolerance", label: diagnose.CodeLRTooLow, accept: []string{diagnose.CodeUnderfitting}, breaks: []string{"clip"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, pick(r, nn.OptSGD, nn.OptMomentum)) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Clip = pick(r, 1e-3, 1e-4) })},
	// Someone who copies the final rate of a cosine schedule (1e-5 and
	// below) as the rate to train with: the run crawls.
	{name: "wa-schedule-final-rate", label: diagnose.CodeLRTooLow, breaks: []string{"lr"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp)) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = pick(r, 1e-5, 5e-6, 2e-6) })},
	// Someone who types a momentum of 0.09 for 0.9: the velocity no longer
	// lengthens the step, which is ten times too short for plain SGD.
	{name: "wa-momentum-dropped-nine", label: diagnose.CodeLRTooLow, breaks: []string{"momentum"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Optimizer, b.LearningRate = nn.OptMomentum, round3(logUniform(r, 0.005, 0.01))
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Momentum = 0.09 })},
	// Someone porting an ImageNet recipe keeps its batches of 512 or 1024
	// at the rate of small ones: a minute's images are a few dozen steps.
	{name: "wa-imagenet-batch", label: diagnose.CodeLRTooLow, accept: []string{diagnose.CodeUnderfitting}, breaks: []string{"batch"}, held: true,
		setup: waBudget(20000, 25000, 30000),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.BatchSize = pick(r, 512, 1024) })},
	// Someone who switches a small convolutional network to plain SGD and
	// keeps Adam's rate: the filters barely move in a minute.
	{name: "wa-conv-sgd-adam-rate", label: diagnose.CodeLRTooLow, breaks: []string{"opt"}, conv: true, held: true,
		setup: convBase,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Optimizer = nn.OptSGD })},

	// --- underfitting ---

	// Someone who types weight decay 1e-1 for 1e-4 (or 5e-2 for 5e-4): the
	// penalty holds the weights too small to fit the digits.
	{name: "wa-l2-exponent-typo", label: diagnose.CodeUnderfitting, breaks: []string{"l2"},
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.L2 = pick(r, 0.05, 0.1, 0.2) })},
	// Someone fitting the network on a microcontroller keeps 8 or 10
	// hidden units: too few to fit ten classes well.
	{name: "wa-microcontroller-net", label: diagnose.CodeUnderfitting, breaks: []string{"hidden"},
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) {
			f.Hidden = pick(r, []int{8}, []int{10}, []int{8, 8})
		})},
	// The same person's convolutional network: one or two filters pooled
	// fourfold straight into the output, a few dozen numbers per image.
	{name: "wa-microcontroller-conv", label: diagnose.CodeUnderfitting, breaks: []string{"conv", "hidden"}, conv: true,
		setup: steps(convBase, onBaseWith(func(r *rand.Rand, b *nn.Config) { b.Hidden = pick(r, []int{32}, []int{64}) }), waBudget(10000, 12000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) {
			f.Conv, f.Hidden = pick(r, "1c5-p4", "2c7-p4"), []int{}
		})},
	// A TensorFlow 1 user enters keep_prob 0.8 or 0.9 as the dropout rate:
	// four units in five are dropped and the rest cannot fit the data.
	{name: "wa-keep-prob-as-dropout", label: diagnose.CodeUnderfitting, breaks: []string{"dropout"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { b.Hidden = pick(r, []int{128}, []int{64, 64}, []int{256}) }),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Dropout = pick(r, 0.8, 0.9) })},
	// Someone who picks the linear activation, reading it as "the plain
	// one": the hidden layers collapse into a linear classifier.
	{name: "wa-linear-as-plain", label: diagnose.CodeUnderfitting, breaks: []string{"act"}, held: true,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Activation = nn.ActLinear })},
	// Someone who sets weight decay to 1, reading the field as a switch:
	// the penalty flattens the network.
	{name: "wa-l2-as-switch", label: diagnose.CodeUnderfitting, accept: []string{diagnose.CodeNotLearning}, breaks: []string{"l2"}, held: true,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.L2 = 1 })},

	// --- overfitting ---

	// Someone who wants results before the bus comes trains a wide network
	// on 200 to 500 images for fifty passes or more: it memorizes them.
	{name: "wa-bus-stop-subset", label: diagnose.CodeOverfitting, breaks: []string{"train"},
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256}, []int{512}, []int{512, 256})
		}), waBudget(25000, 30000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.TrainSize = pick(r, 200, 300, 500) })},
	// Someone trying a convolutional network on a couple of hundred images
	// for thirty passes or more: it learns them by heart.
	{name: "wa-conv-few-images", label: diagnose.CodeOverfitting, breaks: []string{"train"}, conv: true,
		setup: steps(convBase, waBudget(12000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.TrainSize = pick(r, 200, 300, 400) })},
	// A Raspberry Pi owner saves memory on data, not on the network: 1024
	// units trained on a thousand images.
	{name: "wa-pi-wide-thousand", label: diagnose.CodeOverfitting, breaks: []string{"hidden", "train"}, held: true,
		setup: waBudget(30000),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Hidden, f.TrainSize = []int{1024}, 1000 })},
	// Someone who removes the dropout of a wide network trained on a
	// thousand or so images to make it faster: nothing holds it back from
	// memorizing them.
	{name: "wa-dropout-removed-small-data", label: diagnose.CodeOverfitting, breaks: []string{"dropout"}, held: true,
		setup: steps(onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{512}, []int{256, 256})
			b.TrainSize, b.Dropout = pick(r, 1000, 1500), 0.5
		}), waBudget(30000)),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Dropout = 0 })},

	// --- not-learning ---

	// An exam's broken network with two moderate mistakes, sigmoid units
	// in three layers and plain SGD at 0.001 to 0.005: either alone slows
	// the run, together they leave it at chance.
	{name: "wa-exam-sigmoid-crawl", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeVanishing, diagnose.CodeLRTooLow}, breaks: []string{"act", "lr"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128, 128, 128}, []int{256, 256, 256})
			b.Activation = pick(r, nn.ActReLU, nn.ActTanh, nn.ActELU)
			useOptimizer(r, b, nn.OptSGD)
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) {
			f.Activation, f.LearningRate = nn.ActSigmoid, pick(r, 0.001, 0.002, 0.005)
		})},
	// A grid search's corner: the smallest rate (1e-6) with the largest
	// batch (1024): a few dozen steps that move nothing.
	{name: "wa-grid-floor-corner", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow}, breaks: []string{"lr", "batch"}, held: true,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate, f.BatchSize = 1e-6, 1024 })},
	// An exam's network with sigmoid units and weights of ±0.001 under
	// plain SGD: every unit starts at one half, alike, and the gradient
	// that would tell them apart is a thousandth of its size.
	{name: "wa-exam-tiny-sigmoid", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeBadInitScale, diagnose.CodeVanishing}, breaks: []string{"act", "init"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128, 128}, []int{256, 128}, []int{128, 128, 128})
			b.Activation = pick(r, nn.ActReLU, nn.ActTanh)
			useOptimizer(r, b, nn.OptSGD)
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Activation, f.Init = nn.ActSigmoid, nn.InitTiny })},

	// --- symmetry ---

	// Someone who initialized logistic regression with zeros, where it is
	// fine, carries the habit to a hidden layer: every unit computes the
	// same thing and stays so.
	{name: "wa-logreg-zeros-habit", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitZeros })},
	// An exam's network of three sigmoid layers with every weight zero:
	// each unit outputs one half for every image and all get the same
	// update.
	{name: "wa-exam-zeros-sigmoid", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"act", "init"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128, 128, 128}, []int{256, 128, 64})
			b.Activation = nn.ActTanh
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Activation, f.Init = nn.ActSigmoid, nn.InitZeros })},

	// --- bad-init-scale ---

	// Someone porting a NumPy tutorial's np.random.randn weights to a ReLU
	// network under Adam or RMSprop: outputs in the hundreds, a start so
	// far off that the minute goes on undoing it.
	{name: "wa-scratch-randn-relu", label: diagnose.CodeBadInitScale, breaks: []string{"init"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128}, []int{256})
			b.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU)
			useOptimizer(r, b, pick(r, nn.OptAdam, nn.OptRMSProp))
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},
	// The same port on a single convolution: filters and output weights of
	// N(0,1) start the network with enormous outputs.
	{name: "wa-conv-scratch-randn", label: diagnose.CodeBadInitScale, breaks: []string{"init"}, conv: true,
		setup: steps(convBase, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Conv = pick(r, "8c5-p2", "4c5-p2")
			b.Hidden = []int{}
		})),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},
	// The NumPy port under plain or momentum SGD: the enormous first
	// gradients throw the weights further still.
	{name: "wa-scratch-randn-sgd", label: diagnose.CodeBadInitScale, breaks: []string{"init"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{128}, []int{256}, []int{300, 100})
			b.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU, nn.ActELU)
			useOptimizer(r, b, pick(r, nn.OptSGD, nn.OptMomentum))
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitNormal1 })},
	// Someone who initializes "small to be safe" with weights of ±0.001 in
	// a two-layer ReLU network under SGD: the signal and its gradient start
	// a thousand times too small, and the run waits for them.
	{name: "wa-small-to-be-safe", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeVanishing}, breaks: []string{"init"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256, 128}, []int{300, 100})
			b.Activation = pick(r, nn.ActReLU, nn.ActLeakyReLU)
			useOptimizer(r, b, pick(r, nn.OptSGD, nn.OptMomentum))
		}),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) { f.Init = nn.InitTiny })},
}

// drawWanderer draws case i of the wanderers from its own generator
// (seed, i): a healthy base (wandererBase), then a family (drawFamily).
func drawWanderer(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	return drawFamily(r, i, wandererFaults, wandererBase(r, seed))
}
