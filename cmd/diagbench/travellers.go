package main

import (
	"math/rand/v2"

	"digitlab/augment"
	"digitlab/diagnose"
	"digitlab/nn"
)

// The travellers are a sixth catalogue of faults, from people the earlier
// catalogues did not think of, each arriving with the habits of another
// place: a researcher reproducing a paper's table from memory (a rate off
// by an exponent, a rate meant for a summed loss), people coming from
// JAX/Flax, fastai, PyTorch, Caffe or NumPy and their defaults, a teacher
// who makes one thing extreme to show it in class, a random search that
// lands in a corner, reinforcement-learning and regression people (tiny
// rates, huge batches, heavy clipping), someone on a phone who shrinks
// everything to train quickly, someone who stacks every remedy at once,
// and pairs of moderate mistakes that only break a run together. Its
// controls are their unusual but healthy recipes.
//
// It was written blind, like the catalogues before it: by a helper that
// read no diagnosis rule and no other catalogue's faults, only the finding
// codes, the measurement that confirms a label (confirm.go) and the
// network's settings (package nn). About half of the families, chosen
// before any case was trained, are held out (held).

// travellerBase draws the healthy config a traveller starts from: one or
// two hidden layers of the widths people type (100, 128, 200, 256, 300),
// a non-saturating or tanh activation, a fan-in initialization, an
// optimizer at a sane rate, batches of 16 to 64, 12,000 to 20,000 training
// images, and in some of them a little dropout, L2 or light augmentation.
func travellerBase(r *rand.Rand, seed uint64) nn.Config {
	c := nn.DefaultConfig()
	c.Hidden = pick(r, []int{128}, []int{128}, []int{256}, []int{200}, []int{100}, []int{256, 128}, []int{300, 100}, []int{128, 64})
	c.Activation = pick(r, nn.ActReLU, nn.ActReLU, nn.ActELU, nn.ActLeakyReLU, nn.ActTanh)
	c.Init = pick(r, nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitHeNormal, nn.InitHeUniform, nn.InitLecunNormal)
	useOptimizer(r, &c, pick(r, nn.Optimizers...))
	c.Nesterov = c.Optimizer == nn.OptMomentum && r.IntN(2) == 0
	c.BatchSize = pick(r, 16, 32, 32, 64)
	c.TrainSize = pick(r, 12000, 15000, 20000, 20000)
	c.Dropout = pick(r, 0, 0, 0, 0.1, 0.25)
	c.L2 = pick(r, 0, 0, 0, 1e-4)
	c.Augment = pick(r, augment.Off, augment.Off, augment.Off, augment.Light)
	c.Seed = seed*1000 + r.Uint64N(1000)
	return c
}

// travellerMaxSamples and travellerMaxConvSamples bound the budgets of a
// dense and a convolutional traveller case.
const (
	travellerMaxSamples     = 30000
	travellerMaxConvSamples = 12000
)

// trConv makes the base a small convolutional network (convBase) without
// the dense base's regularizers, which would slow a convolution's short
// budget.
func trConv(r *rand.Rand, c *Case) {
	convBase(r, c)
	b := &c.Base
	b.Dropout, b.L2, b.Clip, b.Augment, b.Nesterov = 0, 0, 0, augment.Off, false
}

// trDeepConv makes the base the deep stack of 3×3 tanh convolutions
// (deepConvBase) without the dense base's regularizers.
func trDeepConv(r *rand.Rand, c *Case) {
	deepConvBase(r, c)
	b := &c.Base
	b.Dropout, b.L2, b.Clip, b.Augment = 0, 0, 0, augment.Off
	b.Nesterov = b.Optimizer == nn.OptMomentum && r.IntN(2) == 0
}

// travellerFaults are the travellers' families. Every finding code of
// catalogueCodes is the label of a family in each half, and so are the
// controls.
var travellerFaults = []fault{
	// --- Healthy controls: unusual-looking recipes that train well. ---

	// A JAX/Flax user keeps Flax's defaults: lecun-normal weights, a smooth
	// activation, Adam at its usual rate. Healthy.
	{name: "tr-flax-defaults", setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = pick(r, []int{256}, []int{256, 128})
		b.Activation, b.Init = nn.ActELU, nn.InitLecunNormal
		useOptimizer(r, b, nn.OptAdam)
		b.Nesterov, b.BatchSize, b.Dropout, b.L2, b.Augment = false, 32, 0, 0, augment.Off
	})},
	// Someone rebuilding LeCun's 1998 table: a 300-100 tanh network trained
	// by plain SGD in small batches. Old-fashioned but healthy.
	{name: "tr-lenet300-tanh", setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = []int{300, 100}
		b.Activation, b.Init = nn.ActTanh, pick(r, nn.InitLecunNormal, nn.InitGlorotUniform)
		useOptimizer(r, b, nn.OptSGD)
		b.Nesterov, b.BatchSize, b.Dropout, b.L2, b.Augment = false, 16, 0, 0, augment.Off
	})},
	// A careful engineer switches on every remedy, each lightly: batch
	// normalization, a little L2, loose clipping, light augmentation,
	// early stopping with patience. Healthy.
	{name: "tr-remedies-lightly", setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = pick(r, []int{256}, []int{256, 128})
		b.Activation, b.Init = nn.ActReLU, pick(r, nn.InitHeNormal, nn.InitGlorotUniform)
		useOptimizer(r, b, nn.OptAdam)
		b.Nesterov, b.BatchSize = false, pick(r, 32, 64)
		b.BatchNorm, b.Dropout, b.L2, b.Clip, b.Augment, b.Patience = true, 0, 1e-4, 5, augment.Light, 5
	})},
	// Keras's MNIST example, made small: two 3×3 convolutions, each pooled,
	// a dense layer of 64, glorot-uniform weights and Adam. Healthy.
	{name: "tr-conv-keras-example", conv: true, setup: steps(trConv, budget(12000), onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Conv, b.Hidden, b.Init = "8c3-p2-16c3-p2", []int{64}, nn.InitGlorotUniform
		useOptimizer(r, b, nn.OptAdam)
		b.BatchSize = 32
	}))},
	// A PyTorch user keeps its defaults: kaiming-uniform weights (he-uniform
	// here), SGD with momentum 0.9 at 0.01, batches of 64. Healthy.
	{name: "tr-pytorch-defaults", held: true, setup: steps(budget(30000), onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = pick(r, []int{256, 128}, []int{512})
		b.Activation, b.Init = nn.ActReLU, nn.InitHeUniform
		b.Optimizer, b.LearningRate, b.Momentum, b.Nesterov = nn.OptMomentum, 0.01, 0.9, r.IntN(2) == 0
		b.BatchSize, b.Dropout, b.L2, b.Augment = 64, 0, 0, augment.Off
	}))},
	// A reinforcement-learning person brings a policy network: 64-64 tanh,
	// Adam at 3e-4, the gradient clipped at 0.5. Unusual for images but
	// healthy.
	{name: "tr-rl-policy-net", held: true, setup: steps(budget(30000), onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Hidden = []int{64, 64}
		b.Activation, b.Init = nn.ActTanh, pick(r, nn.InitGlorotUniform, nn.InitLecunNormal)
		b.Optimizer, b.LearningRate, b.Nesterov = nn.OptAdam, 3e-4, false
		b.Clip, b.BatchSize, b.Dropout, b.L2, b.Augment = 0.5, 32, 0, 0, augment.Off
	}))},
	// A Flax user writes convolutions with SAME padding and lecun-normal
	// weights, as Flax's examples do. Healthy.
	{name: "tr-conv-flax-same", held: true, conv: true, setup: steps(trConv, budget(12000), onBaseWith(func(r *rand.Rand, b *nn.Config) {
		b.Conv = pick(r, "8c3s-p2-16c3s-p2", "8c3s-p2")
		b.Hidden, b.Init = pick(r, []int{}, []int{32}), nn.InitLecunNormal
	}))},

	// --- diverged ---

	// A fastai reader keeps one-cycle's peak rate (1 to 3 for SGD with
	// momentum, in the super-convergence paper) as a constant rate: with
	// momentum 0.9 every step is ten times that, and the loss blows up.
	{name: "tr-one-cycle-peak-kept", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: steps(activations(nn.ActELU, nn.ActLeakyReLU), optimizers(nn.OptMomentum)),
		apply: lrIn(1, 3)},
	// A researcher copies Adam's rate from a table with the wrong exponent
	// (1e-1 for 1e-3): a hundred times too large, the weights jump and the
	// loss explodes.
	{name: "tr-exponent-slip-up", label: diagnose.CodeDiverged, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: steps(activations(nn.ActELU, nn.ActLeakyReLU), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: onFaultyWith(func(_ *rand.Rand, f *nn.Config, b nn.Config) { f.LearningRate = round3(b.LearningRate * 100) })},

	// --- not-learning ---

	// A regression person used to unscaled targets (house prices) keeps
	// the 1e-6 rate that worked there: plain SGD then moves the weights
	// by nothing, and the network stays at chance.
	{name: "tr-house-price-rate", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow}, breaks: []string{"lr"},
		setup: optimizers(nn.OptSGD),
		apply: lrIn(1e-6, 4e-6)},
	// Someone who fine-tunes language models brings their recipe: Adam at
	// 1e-6 to 3e-6 in big batches. From scratch no weight moves by more
	// than a few ten-thousandths in the budget, and nothing is learned.
	{name: "tr-llm-finetune-rate", label: diagnose.CodeNotLearning, accept: []string{diagnose.CodeLRTooLow}, breaks: []string{"lr", "batch"}, held: true,
		setup: optimizers(nn.OptAdam),
		apply: steps(lrIn(1e-6, 3e-6), onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.BatchSize = pick(r, 128, 256, 512) }))},

	// --- symmetry ---

	// A statistician starts every weight at zero, as is fine for logistic
	// regression: every hidden unit computes the same thing and stays so.
	{name: "tr-logistic-zero-start", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: steps(noDropout, activations(nn.ActReLU, nn.ActTanh, nn.ActELU)),
		apply: initAs(nn.InitZeros)},
	// A researcher who read that zero-initializing the last layer helps
	// (Fixup, zero-init residuals) zeros every layer of a convolutional
	// network: the dense units stay identical.
	{name: "tr-conv-zero-everywhere", label: diagnose.CodeSymmetry, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true, conv: true,
		setup: steps(trConv, onBaseWith(func(r *rand.Rand, b *nn.Config) { b.Hidden = pick(r, []int{32}, []int{64}) })),
		apply: initAs(nn.InitZeros)},

	// --- dead-units ---

	// A fastai user reads the learning-rate finder at the wrong end of the
	// curve and trains a ReLU network with Adam at 0.05 to 0.3: the first
	// steps push most units below zero for good.
	{name: "tr-lr-finder-wrong-end", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"},
		setup: steps(activations(nn.ActReLU), optimizers(nn.OptAdam)),
		apply: lrIn(0.05, 0.3)},
	// Someone moving from SGD keeps its rate of 0.1 on a convolutional
	// network trained by Adam or RMSprop: the filters are thrown below zero
	// and the ReLUs after them die.
	{name: "tr-conv-sgd-rate-kept", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, conv: true,
		setup: trConv,
		apply: lrIn(0.05, 0.15)},
	// A teacher shows the class what a huge rate does to a ReLU network:
	// plain SGD at 3 to 8 kills the units in a few steps.
	{name: "tr-teacher-dying-relu", label: diagnose.CodeDeadUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: steps(activations(nn.ActReLU), optimizers(nn.OptSGD)),
		apply: lrIn(3, 8)},

	// --- saturated-units ---

	// A from-scratch NumPy tutorial draws weights with randn (normal-1) for
	// a wide tanh network: the second layer's inputs are ±1 sums of
	// hundreds of unit weights, and its units sit at ±1.
	{name: "tr-numpy-randn-tanh", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: steps(optimizers(nn.OptSGD, nn.OptMomentum), onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = []int{pick(r, 768, 1024), pick(r, 32, 64)}
			b.Activation = nn.ActTanh
		})),
		apply: initAs(nn.InitNormal1)},
	// A teacher shows saturation: a tanh network trained by plain SGD at a
	// rate of 2 to 6 grows its weights until the units are pinned at ±1.
	{name: "tr-teacher-tanh-hot", label: diagnose.CodeSaturatedUnits, accept: []string{diagnose.CodeLRTooHigh}, breaks: []string{"lr"}, held: true,
		setup: steps(activations(nn.ActTanh), optimizers(nn.OptSGD)),
		apply: lrIn(2, 6)},

	// --- vanishing-gradients ---

	// Someone reproducing a 2006 deep-belief-net table from memory, without
	// its pretraining: four sigmoid layers trained by SGD. Each layer
	// scales the gradient down by a quarter or more, and the first layers
	// hardly learn.
	{name: "tr-dbn-without-pretraining", label: diagnose.CodeVanishing, breaks: []string{"act"},
		setup: steps(noDropout, layers(4, 4, 256, 200, 128), activations(nn.ActReLU, nn.ActTanh, nn.ActELU),
			inits(nn.InitGlorotUniform, nn.InitGlorotNormal, nn.InitLecunNormal), optimizers(nn.OptSGD, nn.OptMomentum)),
		apply: onFaultyWith(func(_ *rand.Rand, f *nn.Config, _ nn.Config) { f.Activation = nn.ActSigmoid })},
	// A Caffe-era researcher fills every layer with a gaussian of std 0.01
	// (tiny here) in a deep stack of convolutions: the gradient shrinks at
	// each one and is gone before the first.
	{name: "tr-caffe-gaussian-filler", label: diagnose.CodeVanishing, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true, conv: true,
		setup: trDeepConv,
		apply: initAs(nn.InitTiny)},

	// --- exploding-gradients ---

	// A PyTorch user writes torch.randn for the weights of a deep ReLU
	// network: each layer multiplies the signal by about ten, and the
	// gradients are hundreds of times a healthy network's.
	{name: "tr-torch-randn-deep", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"},
		setup: steps(layers(2, 3, 256, 128), activations(nn.ActReLU, nn.ActLeakyReLU, nn.ActELU), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: initAs(nn.InitNormal1)},
	// A JAX user draws every kernel with jax.random.normal and no scale, in
	// a convolutional network with a dense layer: the signal grows at every
	// layer and so do the gradients.
	{name: "tr-jax-normal-conv", label: diagnose.CodeExploding, accept: []string{diagnose.CodeBadInitScale}, breaks: []string{"init"}, held: true, conv: true,
		setup: steps(trConv, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Conv, b.Hidden = pick(r, "8c5-p2-16c5-p2", "4c5-p2-8c5-p2"), pick(r, []int{32}, []int{64})
		})),
		apply: initAs(nn.InitNormal1)},

	// --- bad-init-scale ---

	// Someone who read that weights should start "small and random" picks
	// the smallest scale (tiny) for a network of two or three layers
	// trained by SGD: the signal is a millionth of itself at the output,
	// and the run sits at the saddle near zero.
	{name: "tr-small-random-weights", label: diagnose.CodeBadInitScale, accept: []string{diagnose.CodeVanishing}, breaks: []string{"init"},
		setup: steps(layers(2, 3, 256, 128, 64), activations(nn.ActReLU, nn.ActTanh, nn.ActELU), optimizers(nn.OptSGD, nn.OptMomentum)),
		apply: initAs(nn.InitTiny)},
	// An extreme-learning-machine person draws the one wide hidden layer
	// from a standard normal, as in their papers: the outputs are tens of
	// times too large and the logits hundreds, so training starts far off.
	{name: "tr-extreme-learning-machine", label: diagnose.CodeBadInitScale, breaks: []string{"init"}, held: true,
		setup: steps(activations(nn.ActReLU, nn.ActTanh), optimizers(nn.OptAdam, nn.OptRMSProp),
			onBaseWith(func(r *rand.Rand, b *nn.Config) { b.Hidden = pick(r, []int{256}, []int{512}) })),
		apply: initAs(nn.InitNormal1)},

	// --- learning-rate-too-high ---

	// A researcher whose paper summed the loss over the batch "converts"
	// its per-example rate by multiplying it by the batch size, the wrong
	// way round for a mean loss: 64 to 128 times too large.
	{name: "tr-summed-loss-scaling", label: diagnose.CodeLRTooHigh, breaks: []string{"lr"},
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) { b.BatchSize = pick(r, 64, 128) }),
		apply: onFaultyWith(func(_ *rand.Rand, f *nn.Config, b nn.Config) {
			f.LearningRate = round3(min(b.LearningRate*float64(b.BatchSize), nn.MaxLearningRate))
		})},
	// Two moderate mistakes together: tiny batches of 4 or 8 and Adam a
	// little hot (0.006 to 0.012). Each alone trains; together every step
	// is a large step on a noisy gradient.
	{name: "tr-pair-tiny-batch-hot-adam", label: diagnose.CodeLRTooHigh, breaks: []string{"lr", "batch"},
		setup: optimizers(nn.OptAdam),
		apply: steps(lrIn(6e-3, 1.2e-2), onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.BatchSize = pick(r, 4, 8) }))},
	// A JAX user types Adam's b2 = 0.999 into the momentum field: SGD with
	// momentum 0.999 takes steps of up to a thousand times its rate and
	// overshoots for hundreds of steps.
	{name: "tr-momentum-as-beta2", label: diagnose.CodeLRTooHigh, breaks: []string{"momentum"}, held: true,
		setup: optimizers(nn.OptMomentum),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.Momentum = pick(r, 0.995, 0.998, 0.999) })},
	// A random search over the rate on a log scale lands in its top
	// corner: RMSprop at 0.01 to 0.03 or Adam at 0.02 to 0.05, ten or more
	// times the usual.
	{name: "tr-random-search-corner", label: diagnose.CodeLRTooHigh, breaks: []string{"lr"}, held: true,
		setup: optimizers(nn.OptAdam, nn.OptRMSProp),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, b nn.Config) {
			if b.Optimizer == nn.OptAdam {
				f.LearningRate = round3(logUniform(r, 0.02, 0.05))
			} else {
				f.LearningRate = round3(logUniform(r, 0.01, 0.03))
			}
		})},

	// --- learning-rate-too-low ---

	// A GAN person brings WGAN's clip value of 0.01 to the gradient-norm
	// clip: every SGD step is cut to a hundredth of its length or less.
	{name: "tr-wgan-clip-value", label: diagnose.CodeLRTooLow, breaks: []string{"clip"},
		setup: optimizers(nn.OptSGD, nn.OptMomentum),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.Clip = pick(r, 0.005, 0.01, 0.02) })},
	// Someone who fine-tunes pretrained convolutional networks trains one
	// from scratch at their usual 1e-5: ten thousand images move it a
	// little way.
	{name: "tr-conv-finetune-rate", label: diagnose.CodeLRTooLow, breaks: []string{"lr"}, conv: true,
		setup: trConv,
		apply: lrIn(5e-6, 2e-5)},
	// Two moderate mistakes together: batches of 128 or 256 and plain SGD
	// a little slow (0.02 to 0.04). Together there are few steps and each
	// is short.
	{name: "tr-pair-big-batch-slow-sgd", label: diagnose.CodeLRTooLow, breaks: []string{"lr", "batch"},
		setup: optimizers(nn.OptSGD),
		apply: steps(lrIn(0.02, 0.04), onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.BatchSize = pick(r, 128, 256) }))},
	// A researcher whose paper's rate was for a loss summed over the batch
	// uses it with the app's mean loss without scaling it: the steps are
	// 64 to 128 times too short.
	{name: "tr-summed-rate-on-mean-loss", label: diagnose.CodeLRTooLow, breaks: []string{"lr"}, held: true,
		setup: steps(optimizers(nn.OptSGD, nn.OptMomentum), onBaseWith(func(r *rand.Rand, b *nn.Config) { b.BatchSize = pick(r, 64, 128) })),
		apply: onFaultyWith(func(_ *rand.Rand, f *nn.Config, b nn.Config) {
			f.LearningRate = round3(b.LearningRate / float64(b.BatchSize))
		})},
	// A regression person uses the whole-dataset batches of their field
	// (512 or 1024) at the usual rate: twenty to forty steps in the budget.
	{name: "tr-regression-huge-batch", label: diagnose.CodeLRTooLow, breaks: []string{"batch"}, held: true,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.BatchSize = pick(r, 512, 1024) })},

	// --- underfitting ---

	// Someone on a phone shrinks the network to 8 to 12 units to train
	// quickly: too few to tell ten digits apart well.
	{name: "tr-phone-narrow", label: diagnose.CodeUnderfitting, breaks: []string{"hidden"},
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.Hidden = []int{pick(r, 8, 10, 12)} })},
	// Someone stacks every remedy at once, each at full strength: heavy
	// dropout, strong L2, strong augmentation and clipping. The network
	// cannot fit even its training images.
	{name: "tr-every-remedy-stacked", label: diagnose.CodeUnderfitting, breaks: []string{"dropout", "l2", "clip", "augment"},
		setup: optimizers(nn.OptAdam, nn.OptRMSProp, nn.OptMomentum),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) {
			f.Dropout, f.L2, f.Clip, f.Augment = pick(r, 0.5, 0.6), pick(r, 0.005, 0.01), pick(r, 1.0, 2.0), augment.Strong
		})},
	// A vision-transformer person brings AdamW's weight decay (0.03 to 0.1)
	// to the app's L2, which is added to the gradient Adam normalizes: the
	// weights are held near zero.
	{name: "tr-adamw-decay-as-l2", label: diagnose.CodeUnderfitting, breaks: []string{"l2"}, held: true,
		setup: optimizers(nn.OptAdam),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.L2 = pick(r, 0.03, 0.05, 0.1) })},
	// A regression person leaves the hidden layers linear, like their
	// output layer: the network is a linear classifier however deep.
	{name: "tr-regression-linear-hidden", label: diagnose.CodeUnderfitting, breaks: []string{"act"}, held: true,
		setup: steps(budget(30000), activations(nn.ActReLU, nn.ActELU, nn.ActLeakyReLU), optimizers(nn.OptAdam, nn.OptRMSProp)),
		apply: onFaultyWith(func(_ *rand.Rand, f *nn.Config, _ nn.Config) { f.Activation = nn.ActLinear })},
	// Someone on a phone keeps one or two filters, pooled by 3 or 4, to
	// train quickly: 36 to 72 features for the classifier.
	{name: "tr-conv-phone-one-filter", label: diagnose.CodeUnderfitting, breaks: []string{"conv"}, held: true, conv: true,
		setup: steps(trConv, onBaseWith(func(_ *rand.Rand, b *nn.Config) { b.Hidden = []int{} })),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.Conv = pick(r, "1c5-p4", "2c5-p4", "1c5-p3") })},

	// --- overfitting ---

	// A teacher's classroom demo trains a wide network on 200 to 500
	// images for the usual budget: forty epochs and more, memorized.
	{name: "tr-classroom-small-set", label: diagnose.CodeOverfitting, breaks: []string{"train"},
		setup: steps(noDropout, onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256}, []int{512}, []int{256, 128})
			b.L2, b.Augment = 0, augment.Off
		})),
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.TrainSize = pick(r, 200, 300, 500) })},
	// Someone on a phone trains a convolutional network on a few hundred
	// images to save time: twenty epochs and more of the same images.
	{name: "tr-conv-phone-subset", label: diagnose.CodeOverfitting, breaks: []string{"train"}, conv: true,
		setup: trConv,
		apply: onFaultyWith(func(r *rand.Rand, f *nn.Config, _ nn.Config) { f.TrainSize = pick(r, 200, 300, 500) })},
	// Someone with a small training set (2,000 or 3,000 images) switches off
	// dropout and augmentation "to see the real accuracy": nothing then
	// stops the network memorizing it.
	{name: "tr-regularizers-off-small-set", label: diagnose.CodeOverfitting, breaks: []string{"dropout", "augment"}, held: true,
		setup: onBaseWith(func(r *rand.Rand, b *nn.Config) {
			b.Hidden = pick(r, []int{256}, []int{512})
			b.TrainSize, b.Dropout, b.Augment = pick(r, 2000, 3000), pick(r, 0.3, 0.5), augment.Light
		}),
		apply: onFaultyWith(func(_ *rand.Rand, f *nn.Config, _ nn.Config) { f.Dropout, f.Augment = 0, augment.Off })},
}

// drawTraveller draws case i of the travellers from its own generator
// (seed, i): a healthy base (travellerBase), then a family (drawFamily).
func drawTraveller(seed uint64, i int) Case {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	return drawFamily(r, i, travellerFaults, travellerBase(r, seed))
}
