package diagnose

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"digitlab/augment"
	"digitlab/nn"
)

// Thresholds of the rules. Accuracies are fractions.
const (
	// ChanceAcc: accuracy at or below this is no better than guessing
	// (chance is 0.1 with ten classes; 0.2 leaves room for class priors).
	ChanceAcc = 0.2
	// NotLearningAfter is how many images a run may take to leave chance:
	// this many, or two epochs of a smaller training set.
	NotLearningAfter = 10000
	// ExplodedLoss: a training loss above this (10·ln 10, ten times a
	// uniform guess) and 3× its best so far has exploded.
	ExplodedLoss = 10 * math.Ln10
	// SymmetryShare: a hidden layer with this share of units identical to
	// the first one acts as a single unit.
	SymmetryShare = 0.99
	// DeadWarning and DeadSevere: shares of never-active ReLU units.
	DeadWarning = 0.5
	DeadSevere  = 0.9
	// SaturatedWarning and SaturatedSevere: shares of sigmoid or tanh units
	// stuck at a flat end.
	SaturatedWarning = 0.5
	SaturatedSevere  = 0.9
	// GradientRatio: the RMS weight gradient of the first layer against
	// the last; beyond this factor either way the gradients vanish or
	// explode on their way back (checked with two or more hidden layers).
	GradientRatio = 100.0
	// ConvGradientRatio: a first convolution's RMS weight gradient this
	// many times below the output layer's has vanished on its way back
	// through two or more convolutions. A convolution's gradient sums
	// over every position of its output, so a healthy first one is 1.4
	// to 3.3 times the output layer's (the visitors catalogue's bases);
	// four stacked sigmoid convolutions that stayed at chance measured
	// 11 to 27 times below it and got only the not-learning finding, with
	// no cause and no change (the visitors catalogue, seed 501).
	ConvGradientRatio = 10.0
	// VanishingSteps: a gradient that shrinks on its way back is said to
	// vanish only while the first layer's steps are also this many times
	// smaller than the last layer's, relative to their weights. Adam and
	// rmsprop divide each weight's step by its own gradient's size, and a
	// network much wider at the input than at the output has small
	// gradients per weight there anyway: a 706x54x14 network under adam
	// shrank its gradient 110-fold per weight, its first layer stepped 5
	// times more than its last, and it read 96.5% of the validation
	// images (found by the wild sweep, cmd/diagbench -wild). Every
	// vanishing case of the catalogues (plain SGD and momentum, stuck at
	// chance) stepped at most 0.04 times as much at its first layer.
	VanishingSteps = 0.1
	// ExplodingRMS: a layer's RMS weight gradient on a probe above this has
	// exploded. Healthy runs of the bundled data stay at 0.01 to 0.04 per
	// weight (a cross-entropy gradient is bounded by the activations it
	// multiplies); weights far too large or steps that inflate them push it
	// past 1.
	ExplodingRMS = 1.0
	// InitLossFactor: an initial loss above this many times ln 10 (the loss
	// of a uniform guess) means the initial weights are far too large.
	InitLossFactor = 2
	// InitStdFactor: initial weights whose spread is off the fan-in rule
	// σ = √(1/fanIn) by this factor either way; beyond InitStdSevere the
	// finding is severe.
	InitStdFactor = 5.0
	InitStdSevere = 10.0
	// LRHighRise: the recent training loss at this many times its best
	// means the steps overshoot; LRHighUpdate: an update-to-weight ratio
	// above this moves the weights too far per step (healthy is about
	// 1e-3). Both are checked after LRWarmup images.
	LRHighRise   = 1.5
	LRHighUpdate = 0.1
	LRWarmup     = 2000
	// LRHighJump: a training-curve point this many times the initial loss
	// (or ln 10 if that is lower) means the first steps overshot.
	LRHighJump = 1.5
	// LRLowImprovement: after LRLowAfter images the loss fell by less than
	// this share of its first value, while still above LRLowLoss. Steps
	// too small to matter (LRLowUpdate) leave the loss near 2 (a 17% fall
	// after 20,000 images at adam 2e-6), where a healthy run is below
	// 0.5; a run whose loss halved is learning at some speed.
	LRLowImprovement = 0.5
	LRLowAfter       = 5000
	LRLowLoss        = 1.0
	// LRLowUpdate: the median update-to-weight ratio of the first layer
	// below which steps are too small to matter (healthy is about 1e-3).
	LRLowUpdate = 1e-4
	// LRLowNoise: a recent training loss above its first value by no more
	// than this share of it has not risen but stood still: steps too small
	// to matter leave a loss at chance wandering by a few thousandths
	// (2.397 to 2.402 after 20,000 images of SGD 2,000 times too slow).
	LRLowNoise = 0.01
	// UnderfitAcc and UnderfitGap: after an epoch, training accuracy below
	// UnderfitAcc with validation within UnderfitGap of it.
	UnderfitAcc = 0.89
	UnderfitGap = 0.03
	// UnderfitLevelAcc, UnderfitLevelGain and UnderfitLevelEpochs: after
	// this many epochs, training accuracy below UnderfitLevelAcc that rose
	// by less than UnderfitLevelGain over the last two epochs, without
	// overfitting (validation within OverfitGap). Measured on the bundled
	// data: 8 hidden units level off at 92-94% training accuracy (+0.2-0.5
	// points an epoch), and so does SGD at 0.01, while the seed's examples
	// pass 95% within five epochs and gain a point or more an epoch until
	// then. Without this rule the underfitting of 8 units is reported only
	// in the first two epochs, before it passes UnderfitAcc.
	UnderfitLevelAcc    = 0.95
	UnderfitLevelGain   = 0.01
	UnderfitLevelEpochs = 3
	// UnderfitClimb: a training accuracy that rose this much over the last
	// epoch has not met its ceiling, so a low one is no underfitting yet
	// unless a setting limits the fit (limit): a small convolutional
	// network or a training set of 5,000 images is still climbing this fast
	// two epochs in.
	UnderfitClimb = 0.03
	// SmallLayer and HeavyL2: a hidden layer this narrow or an L2 this
	// strong limits the fit by itself; with one, training accuracy below
	// UnderfitLevelAcc after an epoch is underfitting (128 units without
	// L2 pass it within two epochs of the bundled data). Under an L2 of
	// 0.005 networks of 128 to 512 units, on Adam, RMSProp, SGD or
	// momentum, level off at 94-95.5% training accuracy (0.0085: 93%,
	// validation 93.5% where 97.5% without), so 0.005 is heavy; it was
	// 0.01 until a catalogue written without the rules (newcomers) drew
	// 0.0085 and got no finding.
	SmallLayer = 16
	HeavyL2    = 0.005
	// FewImages: a training set smaller than this holds validation
	// accuracy back whatever else is right. The default network after
	// 50,000 images (the diagnosis sweeps' budget) reads 87.0% on 500
	// training images, 90.2% on 1,000, 92.4% on 2,000, 93.1% on 3,000,
	// 94.0% on 5,000 and 95.5% on the bundled 20,000; a fix that mended
	// what else was wrong left runs on 345 to 2,570 images 4 to 9 points
	// short (the wild sweeps, dense seeds 13 and 14, convolutional seed
	// 8).
	FewImages = 3000
	// ModerateL2: an L2 above this is what the underfitting finding names
	// when no setting limits the fit by itself (slowFitCause), and lowering
	// it is the first change it offers.
	ModerateL2 = 1e-3
	// HeavyDropout: dropout at this rate or more holds a network back by
	// itself. It switches off that share of the units on every training
	// image and scales the kept ones up by 1/(1-rate), so the training
	// curve is of a network a third of the size or less, with steps
	// several times larger. Measured on the bundled data (784-256-128-10,
	// adam at 0.001, 4 epochs): validation 96.5% without dropout, 95.6%
	// at 0.5 (the usual rate, no fault), 94.3% at 0.7, 79% at 0.9 with 65%
	// of the first layer's units dead; 0.9 on one layer of 128 levels off
	// at 93%. At 0.9 the training loss of the thinned network jumps at
	// the start, and its accuracy stays at 15-40%, which read as a
	// learning rate too high (at 0.0001) and as a network not learning
	// (at 52% validation) until the rules knew it. It was 0.7 until a
	// catalogue written without the rules (newcomers) drew 0.6-0.69 on
	// tanh and batch-normalized networks, 2.4-4 points below their bases
	// after 30,000 images, and got no finding: after five epochs 0.6
	// reads 92.1% where 0.5 reads 93.0% and none 95.8% (784-200-200-100
	// tanh, adam), 94.3% against 95.1% and 96.1% (784-256-128 relu on
	// 12,000 images).
	HeavyDropout = 0.6
	// SlowLRFactor and SlowAfterEpochs: a learning rate this many times
	// below its optimizer's sane rate (SaneLearningRate) that leaves
	// validation below UnderfitLevelAcc after this many epochs is too low,
	// even when its steps are not so small that the loss stands still
	// (LRLowUpdate): SGD at 0.001 reads 75% after two epochs and 83%
	// after four, Adam at 3e-5 87% and 90%, SGD at 0.01 with batches of
	// 1,024 (20 steps an epoch) 47% and 66%, where the sane rates read
	// 96%. The underfitting rule called the first "cannot even fit the
	// training images", and the third got no finding at all.
	SlowLRFactor = 5
	// FittedAcc: a training curve (of the network on its own images) this
	// high has fitted them, however slowly it got there.
	FittedAcc = 0.99
	// SlowBesideLimit: beside a setting that limits the fit (heavy L2 or
	// dropout, linear units, no hidden layer, a narrow layer), a rate
	// SlowLRFactor too low is left to the underfitting finding, which
	// names the limit; a rate this many times too low is the finding
	// itself, since the run is still far below where the limit would
	// hold it. The wild sweep (cmd/diagbench -wild, seed 2) found SGD at
	// 0.001 beside an L2 of 0.011 reading 78% after 2.5 epochs and told
	// "it cannot fit the training images better" with "lower L2" as the
	// fix (78% again without it), and linear units under adam at 2.5e-5
	// reading 87% and offered relu (85%), where linear units at adam's
	// sane rate read 92%.
	SlowBesideLimit = 20
	// DominantL2: an L2 this strong holds a run back whatever the rate,
	// and more so at a higher one, so it stays the finding beside any
	// slow rate. Beside momentum's 0.001 at momentum 0.063 (94 times too
	// slow), an L2 of 0.67 read 72%, and the rate raised tenfold pulled
	// every weight to nothing (10%); SGD at 0.001 beside an L2 of 0.1
	// read 75%, and 78% at SGD's sane 0.1, where beside 0.03 the sane
	// rate lifted it from 75% to 89%.
	DominantL2      = 0.05
	SlowAfterEpochs = 2
	// SlowAfterImages: the slow-steps findings also speak after this many
	// images when that comes before SlowAfterEpochs epochs. Their evidence
	// is the setting (a rate SlowLRFactor too low, or batches of LargeBatch
	// and more) and a validation accuracy short of UnderfitLevelAcc, which
	// a run at a sane rate passes within 10,000 images (the seed's
	// example: 95% after about 9,000); batches of 512 to 1,024 read 38-76%
	// after 12,000 images of 15,000 to 20,000 and got no finding, since
	// the rules waited for two epochs.
	SlowAfterImages = 10000
	// LargeBatch and FewSteps: batches this large at a sane rate make so
	// few steps an epoch (78 or fewer of the bundled 20,000 images) that a
	// run which has taken fewer than FewSteps steps in all and reads less
	// than UnderfitLevelAcc of the validation images is slow, not short of
	// capacity. Measured on the bundled data (784-128-10): SGD at 0.1
	// reads 95% after about 2,200 steps at batches of 32 (3.5 epochs);
	// at batches of 1,024 it reads 91% after 10 epochs (195 steps), adam
	// 94%, momentum 0.01 91%, and at 256 SGD reads 93% after 780. The
	// underfitting rule told those runs that 128 units "cannot fit the
	// training images better" and offered more units. Raising the rate
	// instead is no sure fix: SGD at 1 reads 88% after 4 epochs of
	// batches of 1,024, adam at 0.01 takes steps the rules call too big.
	LargeBatch = 256
	FewSteps   = 3000
	// NotLearningVal: validation accuracy above this is learning, whatever
	// the training curve (measured with dropout and augmentation) says.
	NotLearningVal = ChanceAcc
	// FewFilters: a first convolution with fewer filters than this limits
	// the fit by itself, since its filters are all that the later layers
	// see of an image (the cnn preset's has 8).
	FewFilters = 4
	// OverfitGap: training accuracy above validation by more than this;
	// OverfitValRise: validation loss this many times its best while the
	// training loss kept falling.
	OverfitGap     = 0.05
	OverfitValRise = 1.15
	// OverfitValRiseMin: the least absolute rise of the validation loss
	// that counts, whatever the ratio. The page validates on 2,000
	// images, and one of them turning confidently wrong (p = 0.001 for
	// its digit) adds 0.0035 to their mean loss: a rise under 0.02 is a
	// handful of images, which a network at 99% trades back and forth
	// from one evaluation to the next. draw-robust's 0.0314 → 0.0385 at
	// 30 epochs (99.04% → 98.78%) was called memorizing; the seed's
	// example's 0.146 → 0.203 still is.
	OverfitValRiseMin = 0.02
	// OverfitMinAcc: a gap means memorizing only once training accuracy
	// is this high: a network that memorizes fits its training images,
	// and below this the gap between a moving training curve and one
	// evaluation is as likely noise or a network held back (heavy L2
	// leaves 80% on the curve and 75% on validation; 128 units on 10,000
	// images, 92% and 87% two epochs in).
	OverfitMinAcc = 0.95
	// FitMinAcc is OverfitMinAcc for the fit probe (nn.History.Fit), which
	// measures the whole network on the same training images each time
	// and so is no moving, noisy curve: a gap beside it is a gap. Strong
	// augmentation on 500 images reads 94.6% of them and 87.7% of the
	// validation images after 30 epochs, where 20,000 images read 97%.
	FitMinAcc = 0.90
)

// rules are applied in order; each returns a finding or false.
var rules = []func(Input) (Finding, bool){
	diverged, notLearning, symmetry, deadUnits, saturatedUnits, gradients,
	badInitScale, lrTooHigh, lrTooLow, tinyBatchNorm, dropoutShift, underfitting, overfitting,
}

func pct(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }

// recent returns the mean of the last n points of a curve.
func recent(ps []nn.Point, n int) nn.Point {
	n = min(n, len(ps))
	if n == 0 {
		return nn.Point{}
	}
	var m nn.Point
	for _, p := range ps[len(ps)-n:] {
		m.Loss += p.Loss / float64(n)
		m.Acc += p.Acc / float64(n)
		m.Samples = p.Samples
	}
	return m
}

// latestHealth returns the latest probe that describes the network as it
// trains. With batch normalization the probe before the first step does
// not: it runs in evaluation mode on running statistics that have not yet
// seen a batch (mean 0, variance 1), so it measures a network without the
// normalization, whose units and gradients training never sees.
func latestHealth(in Input) (nn.Health, bool) {
	h := in.History.Health
	if len(h) == 0 || (in.Config.BatchNorm && h[len(h)-1].Step == 0) {
		return nn.Health{}, false
	}
	return h[len(h)-1], true
}

// initialLoss returns the loss of the probe before the first step, and
// false when there is none or it does not describe the network
// (batch normalization's first probe, see latestHealth).
func initialLoss(in Input) (float64, bool) {
	if len(in.History.Initial.Layers) == 0 || in.Config.BatchNorm {
		return 0, false
	}
	return in.History.Initial.Loss, true
}

// hiddenLayers yields the health of each hidden layer with its number (1 for
// the first).
func hiddenLayers(h nn.Health) []nn.LayerHealth {
	if len(h.Layers) < 2 {
		return nil
	}
	return h.Layers[:len(h.Layers)-1]
}

// symmetricLayers returns, for each hidden layer, whether its units are
// identical now because its initial weights were all equal: units that are
// identical for another reason (all dead, blank inputs) are no symmetry.
func symmetricLayers(in Input, h nn.Health) []bool {
	init := in.History.Initial.Layers
	out := make([]bool, len(hiddenLayers(h)))
	for i, l := range hiddenLayers(h) {
		out[i] = l.Units > 1 && l.Identical >= SymmetryShare && i < len(init) && init[i].WeightStd == 0
	}
	return out
}

// largeInit reports whether the config's initialization is far too large
// (normal-1 ignores the fan-in): a blow-up may come from it as much as from
// the learning rate.
func largeInit(c nn.Config) bool { return c.Init == nn.InitNormal1 }

func diverged(in Input) (Finding, bool) {
	fix := fmt.Sprintf("Lower the learning rate (now %g), or use a saner initialization such as glorot-uniform or he-normal.", in.Config.LearningRate)
	_, high := lrToBlame(in)
	switch c := in.Config; {
	case high && largeInit(c):
		fix = fmt.Sprintf("Both settings probably share the blame: lower the learning rate (now %g) and use %s instead of %s.", c.LearningRate, goodInit(c), c.Init)
	case (strongMomentum(c) || c.BatchSize < SmallBatch) && !largeInit(c):
		fix = stepFix(c, "tenfold") + "."
	case c.Dropout >= HeavyDropout:
		// Dropout scales the units it keeps by 1/(1-rate): at 0.9 the
		// steps of a sane SGD rate (0.09) were ten times too big, and
		// changed the weights by 22% a step.
		fix = fmt.Sprintf("Dropout at %g scales the units it keeps up %.0f-fold, and the steps with them: lower dropout to 0.5 or less, or the learning rate (now %g).", c.Dropout, 1/(1-c.Dropout), c.LearningRate)
	}
	if in.Diverged != "" {
		return Finding{Code: CodeDiverged, Severity: Severe, Fix: fix, Samples: in.Samples,
			Message: fmt.Sprintf("Training diverged: the %s, so every later number would be meaningless.", in.Diverged)}, true
	}
	t := in.History.Train
	if len(t) == 0 {
		return Finding{}, false
	}
	// The loss may explode within the first curve point; the initial probe
	// then stands for the loss it started from.
	best := math.Inf(1)
	if start, ok := initialLoss(in); ok {
		best = start
	}
	for _, p := range t[:len(t)-1] {
		best = math.Min(best, p.Loss)
	}
	if last := t[len(t)-1]; last.Loss > ExplodedLoss && last.Loss > 3*best {
		return Finding{Code: CodeDiverged, Severity: Severe, Fix: fix, Samples: last.Samples,
			Message: fmt.Sprintf("The training loss exploded to %.3g from %.3g: the updates overshoot and grow.", last.Loss, best)}, true
	}
	return Finding{}, false
}

func notLearning(in Input) (Finding, bool) {
	after := min(int64(NotLearningAfter), 2*in.epochSamples())
	if in.Samples < after || len(in.History.Train) == 0 {
		return Finding{}, false
	}
	train := recent(in.History.Train, 3)
	if train.Acc > ChanceAcc {
		return Finding{}, false
	}
	if v := in.History.Val; len(v) > 0 && v[len(v)-1].Acc > NotLearningVal {
		// The training curve is measured on the batches as trained: heavy
		// dropout leaves a network that reads half the validation images
		// at 15% there.
		return Finding{}, false
	}
	fix := fmt.Sprintf("Check the initialization (now %s), the learning rate (now %g) and the activation (now %s); the other findings say which.", in.Config.Init, in.Config.LearningRate, in.Config.Activation)
	if _, _, clipped := clipShrink(in); clipped {
		fix = fmt.Sprintf("Check the gradient clipping (now %g), the learning rate (now %g) and the initialization (now %s); the other findings say which.", in.Config.Clip, in.Config.LearningRate, in.Config.Init)
	}
	return Finding{Code: CodeNotLearning, Severity: Severe, Samples: in.Samples,
		Message: fmt.Sprintf("After %s images the training accuracy is %s, no better than guessing (10%%): the network is not learning.", count(in.Samples), pct(train.Acc)),
		Fix:     fix}, true
}

func symmetry(in Input) (Finding, bool) {
	h, ok := latestHealth(in)
	if !ok {
		return Finding{}, false
	}
	for i, sym := range symmetricLayers(in, h) {
		if sym {
			l := h.Layers[i]
			return Finding{Code: CodeSymmetry, Severity: Severe, Samples: h.Samples,
				Message: fmt.Sprintf("All %d units of hidden layer %d compute the same output: with %s initialization its weights started all equal, so every unit gets the same gradient and the layer acts as a single unit.", l.Units, i+1, in.Config.Init),
				Fix:     strings.TrimSpace("Use a random initialization such as glorot-uniform or he-normal, so that units start different. " + rateOff(in.Config))}, true
		}
	}
	return Finding{}, false
}

func deadUnits(in Input) (Finding, bool) {
	h, ok := latestHealth(in)
	if act, _ := nn.Activation(in.Config.Activation); !ok || !act.CanDie {
		return Finding{}, false
	}
	// The units of a symmetric layer are all dead or all alive together:
	// that is the symmetry finding, not this one.
	sym := symmetricLayers(in, h)
	worst, layer := worstHidden(h, func(i int, l nn.LayerHealth) float64 {
		if sym[i] {
			return 0
		}
		return l.Dead
	})
	where := fmt.Sprintf("%s of the ReLU units of hidden layer %d never activate on the probe images", pct(worst), layer)
	if cw, ck := worstConv(h, func(l nn.LayerHealth) float64 { return l.Dead }); cw > worst {
		worst, where = cw, fmt.Sprintf("%s of the ReLU filters of convolution %d never activate at any position of the probe images", pct(cw), ck)
	}
	if convDead(in, h) {
		// The probe sees no convolution, but a first dense layer whose
		// weights get no gradient at all receives only zeros from it.
		worst, where = 1, "The convolutions pass only zeros to the dense layers on the probe images: every ReLU filter is dead"
	}
	if _, _, _, collapsed := collapsedByL2(in); worst < DeadWarning || collapsed {
		// Units whose weights an L2 penalty pulled to nothing see only
		// their bias: that is the underfitting finding's cause.
		return Finding{}, false
	}
	msg := where + ": dead units pass no gradient and never recover."
	fix := "Use he-normal initialization, or switch to elu or leaky-relu, whose units keep a slope below zero."
	if why, high := lrToBlame(in); high {
		msg = fmt.Sprintf("%s, killed by steps that were too big: %s. Dead units pass no gradient and never recover.", where, why)
		fix = stepFix(in.Config, "about tenfold") + "; elu or leaky-relu units would not die."
	}
	return Finding{Code: CodeDeadUnits, Severity: severity(worst >= DeadSevere), Samples: h.Samples, Message: msg, Fix: fix}, true
}

// layerName names dense layer k (from 0) as the messages do: "layer 2",
// or "dense layer 2" after convolutions, which the probe does not number.
func layerName(in Input, k int) string {
	if in.Config.Conv != "" {
		return fmt.Sprintf("dense layer %d", k+1)
	}
	return fmt.Sprintf("layer %d", k+1)
}

// convDead reports whether a config's convolutions output only zeros on the
// probe h: the first dense layer's weight gradient, the outer product of
// the loss gradient and that output, is exactly zero while the loss is not.
func convDead(in Input, h nn.Health) bool {
	return in.Config.Conv != "" && len(h.Layers) > 0 && h.Layers[0].GradNorm == 0 && h.Loss > 0.01 && h.Loss < math.MaxFloat64
}

// worstConv returns the largest share(l) over the convolutions of h (whose
// units are filters, judged at every position of the probe images) and
// that convolution's number from 1 (0 if every share is 0).
func worstConv(h nn.Health, share func(nn.LayerHealth) float64) (worst float64, conv int) {
	for i, l := range h.Conv {
		if v := share(l); v > worst {
			worst, conv = v, i+1
		}
	}
	return worst, conv
}

// worstHidden returns the largest share(l) over the hidden layers of h and
// that layer's number from 1 (0 if every share is 0).
func worstHidden(h nn.Health, share func(int, nn.LayerHealth) float64) (worst float64, layer int) {
	for i, l := range hiddenLayers(h) {
		if v := share(i, l); v > worst {
			worst, layer = v, i+1
		}
	}
	return worst, layer
}

// severity is Severe if severe holds, else Warning.
func severity(severe bool) Severity {
	if severe {
		return Severe
	}
	return Warning
}

func saturatedUnits(in Input) (Finding, bool) {
	h, ok := latestHealth(in)
	act := in.Config.Activation
	if info, _ := nn.Activation(act); !ok || !info.CanSaturate {
		return Finding{}, false
	}
	worst, layer := worstHidden(h, func(_ int, l nn.LayerHealth) float64 { return l.Saturated })
	where := fmt.Sprintf("%s of the %s units of hidden layer %d", pct(worst), act, layer)
	if cw, ck := worstConv(h, func(l nn.LayerHealth) float64 { return l.Saturated }); cw > worst {
		worst, where = cw, fmt.Sprintf("%s of the %s filters of convolution %d", pct(cw), act, ck)
	}
	if worst < SaturatedWarning {
		return Finding{}, false
	}
	return Finding{Code: CodeSaturatedUnits, Severity: severity(worst >= SaturatedSevere), Samples: h.Samples,
		Message: fmt.Sprintf("%s sit at a flat end of the curve, where the gradient is almost zero.", where),
		Fix:     "Use relu or elu, or glorot initialization to keep the inputs of the activation small; a lower learning rate helps too."}, true
}

// rmsGradient is a layer's gradient norm per weight, comparable across
// layers of different sizes.
func rmsGradient(in Input, h nn.Health, k int) float64 {
	sizes := in.Config.Layers()
	return h.Layers[k].GradNorm / math.Sqrt(float64(sizes[k]*sizes[k+1]))
}

// explodedGradient returns the largest RMS weight gradient of any layer
// over the probes that describe the network (see latestHealth), with the
// layer's number from 1 and when it was seen, if it is above ExplodingRMS.
func explodedGradient(in Input) (rms float64, layer int, samples int64, ok bool) {
	probes := append([]nn.Health{in.History.Initial}, in.History.Health...)
	n := len(in.Config.Layers()) - 1
	for _, h := range probes {
		if len(h.Layers) != n || (in.Config.BatchNorm && h.Step == 0) {
			continue
		}
		for k := range h.Layers {
			if g := rmsGradient(in, h, k); g > rms && g < math.MaxFloat64 {
				rms, layer, samples = g, k+1, h.Samples
			}
		}
	}
	return rms, layer, samples, rms > ExplodingRMS
}

// explodedSo says what an exploded gradient does under an optimizer: SGD
// steps in proportion to it; adam and rmsprop divide it by its running
// size, but its size still shows weights or activations far too large.
func explodedSo(opt string) string {
	if opt == nn.OptAdam || opt == nn.OptRMSProp {
		return fmt.Sprintf("%s divides each step by the gradient's running size, but a gradient this large means weights or activations far larger than a healthy network's", opt)
	}
	return "the steps, which follow it, are far too big"
}

func gradients(in Input) (Finding, bool) {
	if rms, layer, at, ok := explodedGradient(in); ok {
		when := "before the first step"
		if at > 0 {
			when = "after " + count(at) + " images"
		}
		return Finding{Code: CodeExploding, Severity: Severe, Samples: at,
			Message: fmt.Sprintf("The gradient exploded: %s it reached %.2g per weight at %s, where a healthy network stays near 0.01 to 0.04; %s.", when, rms, layerName(in, layer-1), explodedSo(in.Config.Optimizer)),
			Fix:     fmt.Sprintf("Use a fan-in initialization (glorot or he instead of %s) if it is not one, a lower learning rate (now %g), or clip the gradient's norm.", in.Config.Init, in.Config.LearningRate)}, true
	}
	h, ok := latestHealth(in)
	if !ok {
		return Finding{}, false
	}
	if f, ok := convVanishing(in, h); ok {
		return f, true
	}
	first, last, ok := denseGradients(in, h)
	if !ok {
		return Finding{}, false
	}
	ratio := first / last
	layers := len(h.Layers)
	steps, stepsKnown := stepRatio(h)
	if _, _, _, collapsed := collapsedByL2(in); ratio < 1.0/GradientRatio && !collapsed && (!stepsKnown || steps < VanishingSteps) {
		// Weights an L2 penalty pulled to nothing pass nothing back
		// either; the underfitting finding names that cause.
		stepNote := ""
		if stepsKnown {
			stepNote = fmt.Sprintf("; each step moves the first layer's weights %.2g times less, for their size, than the last layer's", 1/steps)
		}
		return Finding{Code: CodeVanishing, Severity: Severe, Samples: h.Samples,
			Message: fmt.Sprintf("The gradient shrinks %.2g-fold on its way back through %d layers (per weight: %.2g at the last layer, %.2g at the first)%s: the first layers barely learn.", 1/ratio, layers, last, first, stepNote),
			Fix:     vanishingFix(in)}, true
	}
	if f, ok := slowVanishing(in, h, first, last, steps, stepsKnown); ok {
		return f, true
	}
	if ratio > GradientRatio {
		return Finding{Code: CodeExploding, Severity: Severe, Samples: h.Samples,
			Message: fmt.Sprintf("The gradient grows %.2g-fold on its way back through %d layers (per weight: %.2g at the last layer, %.2g at the first): the first layers take huge steps.", ratio, layers, last, first),
			Fix:     fmt.Sprintf("Use a smaller initialization (glorot or he instead of %s), a lower learning rate (now %g), or fewer layers.", in.Config.Init, in.Config.LearningRate)}, true
	}
	return Finding{}, false
}

// SlowGradientRatio: a gradient that shrinks this many times or more on
// its way back, short of GradientRatio, is named when it holds the run
// back: the first layer also steps less far than the last, for its size,
// and validation accuracy is still below UnderfitAcc after the slow-steps
// findings' wait (slowSoFar). Three to four hidden layers of sigmoid
// units under plain or momentum SGD shrank their gradient 12- to 75-fold
// and read 19-72% of the validation images after 20,000 to 30,000, where
// their relu bases read 93%; they got no finding at all, or not-learning
// alone (the catalogues' deep-sigmoid families: their cases were dropped
// from the scores, since the benchmark confirmed a vanished gradient only
// from 100-fold). Sigmoid units pass back at most a quarter of the
// gradient they receive at each layer. Under adam the first layer steps
// as far as the last whatever its gradient, and such networks read 90-92%
// (the strangers catalogue's deep sigmoid controls with batch
// normalization shrank theirs 7- to 12-fold). Only sigmoid and tanh
// units, in SlowGradientLayers hidden layers or more: per weight, the
// gradient of a network much wider at the input than at the output is
// smaller at the input anyway, and a 256x64 relu network that read 87%
// after 20,000 images shrank its 12-fold (the main catalogue's control).
const (
	SlowGradientRatio  = 10.0
	SlowGradientLayers = 3
)

// slowVanishing is the vanishing-gradients finding of a gradient that
// shrinks SlowGradientRatio-fold or more, short of GradientRatio, while
// the run is slow: see SlowGradientRatio.
func slowVanishing(in Input, h nn.Health, first, last, steps float64, stepsKnown bool) (Finding, bool) {
	v := in.History.Val
	a, _ := nn.Activation(in.Config.Activation)
	if !a.CanSaturate || len(in.Config.Hidden) < SlowGradientLayers || first/last >= 1/SlowGradientRatio || !stepsKnown || steps >= 1 || in.Diverged != "" ||
		!slowSoFar(in) || len(v) == 0 || v[len(v)-1].Acc >= UnderfitAcc {
		return Finding{}, false
	}
	if _, _, _, collapsed := collapsedByL2(in); collapsed {
		return Finding{}, false
	}
	sev := Warning
	if _, stuck := notLearning(in); stuck {
		sev = Severe
	}
	why := ""
	if in.Config.Activation == nn.ActSigmoid {
		why = " A sigmoid unit passes back at most a quarter of the gradient it receives, so each layer of them shrinks it further."
	}
	return Finding{Code: CodeVanishing, Severity: sev, Samples: h.Samples,
		Message: fmt.Sprintf("The gradient shrinks %.2g-fold on its way back through %d layers (per weight: %.2g at the last layer, %.2g at the first), and each step moves the first layer's weights %.2g times less, for their size, than the last layer's: after %s images the network reads only %s of the validation images, its first layers learning slowly.%s", last/first, len(h.Layers), last, first, 1/steps, count(in.Samples), pct(v[len(v)-1].Acc), why),
		Fix:     vanishingFix(in)}, true
}

// denseGradients returns the RMS weight gradients of the first hidden
// layer and of the output layer at probe h, when the network has two or
// more hidden layers, h describes them, and both are measured.
func denseGradients(in Input, h nn.Health) (first, last float64, ok bool) {
	if len(in.Config.Hidden) < 2 || len(h.Layers) != len(in.Config.Hidden)+1 {
		return 0, 0, false
	}
	first, last = rmsGradient(in, h, 0), rmsGradient(in, h, len(h.Layers)-1)
	return first, last, first != 0 && last != 0 && !math.IsNaN(first/last)
}

// gradientFaded reports whether the gradient shrinks more than
// GradientRatio-fold per weight on its way back through the dense layers
// at the latest probe, whatever the steps do (adam and rmsprop keep the
// first layer stepping behind such a gradient, so it is no
// vanishing-gradients finding, but the shrinking still shows units pushed
// onto a flat side), or vanished through the convolutions.
func gradientFaded(in Input) bool {
	h, ok := latestHealth(in)
	if !ok {
		return false
	}
	if _, ok := convVanishing(in, h); ok {
		return true
	}
	first, last, ok := denseGradients(in, h)
	_, _, _, collapsed := collapsedByL2(in)
	return ok && first/last < 1.0/GradientRatio && !collapsed
}

// stepRatio returns the first layer's update-to-weight ratio over the last
// layer's at probe h, and whether both were measured (a probe before any
// step has none).
func stepRatio(h nn.Health) (float64, bool) {
	first, last := h.Layers[0].UpdateRatio, h.Layers[len(h.Layers)-1].UpdateRatio
	if !(first > 0 && last > 0) || math.IsInf(first/last, 0) {
		return 0, false
	}
	return first / last, true
}

// vanishingFix says what to try against a gradient that fades on its way
// back: smaller steps when steps too big pushed the units onto the flat
// side of their activation, else a non-saturating activation (when it is
// not one already), a fan-in initialization (when it is not one), fewer
// layers, and batch normalization (when it is off).
func vanishingFix(in Input) string {
	c := in.Config
	if _, high := lrToBlame(in); high {
		return stepFix(c, "about tenfold") + ": steps this big push the units onto the flat side of their activation."
	}
	var tries []string
	if a, _ := nn.Activation(c.Activation); !a.Rectifier {
		tries = append(tries, fmt.Sprintf("relu or elu instead of %s", c.Activation))
	}
	if slices.Contains(poorInits, c.Init) {
		tries = append(tries, fmt.Sprintf("he-normal or glorot initialization instead of %s", c.Init))
	}
	tries = append(tries, "fewer layers")
	if !c.BatchNorm {
		tries = append(tries, "batch normalization")
	}
	return "Use " + strings.Join(tries[:len(tries)-1], ", ") + " or " + tries[len(tries)-1] + "."
}

// convVanishing judges the gradient on its way back through two or more
// convolutions: the first convolution's RMS weight gradient below the
// output layer's by ConvGradientRatio. A convolution's weight gradient sums
// over every position of its output, so a healthy one is larger than the
// output layer's, not smaller (the cnn preset's first is about 3 times
// it). A first convolution whose gradient is exactly zero is dead, not
// vanishing: that is the dead-units finding.
func convVanishing(in Input, h nn.Health) (Finding, bool) {
	if len(h.Conv) < 2 || len(h.Layers) == 0 || convDead(in, h) {
		return Finding{}, false
	}
	out := h.Layers[len(h.Layers)-1].GradRMS()
	first := h.Conv[0].GradRMS()
	if out == 0 || first == 0 || first*ConvGradientRatio >= out {
		return Finding{}, false
	}
	var rms []string
	for _, l := range h.Conv {
		rms = append(rms, fmt.Sprintf("%.2g", l.GradRMS()))
	}
	return Finding{Code: CodeVanishing, Severity: Severe, Samples: h.Samples,
		Message: fmt.Sprintf("The gradient shrinks %.2g-fold on its way back from the output layer through %d convolutions (per weight: %.2g at the output layer; %s at convolutions 1 to %d): the convolutions barely learn.", out/first, len(h.Conv), out, strings.Join(rms, ", "), len(h.Conv)),
		Fix:     fmt.Sprintf("Use relu or elu instead of %s, he-normal or glorot initialization instead of %s, or fewer convolutions.", in.Config.Activation, in.Config.Init)}, true
}

func badInitScale(in Input) (Finding, bool) {
	h := in.History.Initial
	if len(h.Layers) == 0 {
		return Finding{}, false
	}
	fix := fmt.Sprintf("Use glorot-uniform or he-normal, which scale the weights to each layer's fan-in, instead of %s.", in.Config.Init)
	if why, high := lrToBlame(in); high {
		fix = fmt.Sprintf("Use %s instead of %s, and probably a lower learning rate too (now %g): %s.", goodInit(in.Config), in.Config.Init, in.Config.LearningRate, why)
	} else if off := rateOff(in.Config); off != "" {
		fix += " " + off
	}
	// A high initial loss blames the initialization only when its scale
	// ignores the fan-in: under a fan-in scheme it comes from what the
	// layers compute (a narrow convolution whose few filters each sum
	// many pixels, say), which no other initialization would change.
	if loss, ok := initialLoss(in); ok && loss > InitLossFactor*math.Ln10 && slices.Contains(poorInits, in.Config.Init) {
		return Finding{Code: CodeBadInitScale, Severity: Severe, Fix: fix, Samples: 0,
			Message: fmt.Sprintf("Before any training the loss is %.3g, far above ln 10 ≈ 2.30 (a uniform guess): the initial weights are so large that the network is confidently wrong.", loss)}, true
	}
	// The layer named is the input side's first whose spread is off, or a
	// later one if that one is further off (severe against a warning):
	// the finding is as severe as the worst layer. The convolutions come
	// first, on the input side; batch normalization rescales what they
	// compute (see below).
	var worst Finding
	consider := func(f Finding) {
		if worst.Code == "" || f.Severity.rank() > worst.Severity.rank() {
			f.Fix = fix
			worst = f
		}
	}
	convs := in.Config.ConvLayers()
	for k, l := range h.Conv {
		if in.Config.BatchNorm || k >= len(convs) {
			break
		}
		if f, bad := offFanIn(fmt.Sprintf("convolution %d", k+1), l.WeightStd, convs[k].FanIn); bad {
			consider(f)
		}
	}
	sizes := in.Config.Layers()
	for k, l := range h.Layers {
		if in.Config.BatchNorm && k < len(h.Layers)-1 {
			// Batch normalization rescales what these weights compute:
			// their scale does not reach the next layer.
			continue
		}
		f, bad := offFanIn(layerName(in, k), l.WeightStd, sizes[k])
		if bad && in.Config.BatchNorm && l.WeightStd > 0 {
			// Only the output layer is judged (see above).
			want := nn.FanInStd(sizes[k])
			factor := l.WeightStd / want
			dir := "small"
			if factor > 1 {
				dir = "large"
			}
			f.Severity = Warning
			f.Message = fmt.Sprintf("The initial weights of the output layer have spread %.2g where the fan-in rule √(1/%d) gives %.2g: %s times too %s. Batch normalization rescales the hidden layers but not the output layer, so the first predictions are %s.", l.WeightStd, sizes[k], want, trimFactor(factor), dir, map[string]string{"small": "nearly uniform and the gradient reaching the hidden layers starts small", "large": "overconfident"}[dir])
		}
		if bad {
			consider(f)
		}
	}
	if layer, now, ok := outgrownInit(in); ok && worst.Code != "" {
		// The steps have grown weights that started too small to the
		// fan-in scale: what the finding says of the start is true, and
		// no longer of the network. Tiny weights under adam grew 100-fold
		// within an epoch and read 95.0% (called severe by the wild
		// sweep); beside 913 training images the run's shortfall was its
		// data, and the fix offered first, a fan-in init, won back 1.1 of
		// its 7 points.
		worst.Severity = Warning
		worst.outgrown = true
		worst.Message += fmt.Sprintf(" Since then the steps have grown them to the fan-in scale (%s's spread is now %.2g): the network has outgrown that start, which slowed its first steps, and the initialization no longer holds it back.", layer, now)
		return worst, true
	}
	if g, ok := overgrownInit(in); ok && worst.Code != "" {
		// The steps have grown the small start far past the fan-in scale
		// (see stepsTooBig): the start is over, and what holds the run
		// back now is the size of the steps, which the learning-rate
		// finding names; a fan-in start under the same rate does no
		// better (adam at 0.025: 90.8% from tiny weights, 90.2% from
		// he-normal, both with most ReLUs dead).
		worst.Severity = Warning
		worst.outgrown = true
		worst.Message += fmt.Sprintf(" The steps then grew the weights of %s far past the fan-in scale (a spread of %.2g after %s images, %s times the rule's): the small start no longer holds the network back, the size of its steps does.", g.layer, g.now, count(g.samples), trimFactor(g.now/g.want))
		return worst, true
	}
	if v := in.History.Val; worst.Severity == Severe && len(v) > 0 && v[len(v)-1].Acc >= UnderfitLevelAcc {
		// Severe means the run cannot succeed as it is; one that reads
		// UnderfitLevelAcc of the validation images has (adam stepped 256
		// tanh units x3 out of weights 62 times too small to 95.3% in six
		// epochs, and was still told it was severe).
		worst.Severity = Warning
		worst.Message += fmt.Sprintf(" This run has learned past it (%s of the validation images), but from a slower start than a fan-in initialization gives.", pct(v[len(v)-1].Acc))
	}
	return worst, worst.Code != ""
}

// OutgrownStd: weights that started too small have outgrown their start
// once their spread is at least this share of the fan-in rule's. Adam
// grew tiny weights (62 times too small) past the fan-in spread within
// two and a half epochs (0.064 against 0.036) and read 94-95%; SGD at its
// sane 0.1 grew them to 0.55 of it, and read 92.3% where a fan-in start
// read 94.6%: still held back.
const OutgrownStd = 0.75

// outgrownInit says whether every layer whose initial weights were too
// small for their fan-in (by more than InitStdFactor, not zero: equal
// weights are the symmetry finding's) has since grown to OutgrownStd of
// it or more, without passing InitStdFactor times it, and none was too
// large at the start: the start the bad-init finding describes is over.
// It names the first such layer and its spread on the latest probe.
func outgrownInit(in Input) (layer string, now float64, ok bool) {
	start := in.History.Initial
	h, found := latestHealth(in)
	if !found || len(h.Layers) != len(start.Layers) || len(h.Conv) != len(start.Conv) {
		return "", 0, false
	}
	convs := in.Config.ConvLayers()
	sizes := in.Config.Layers()
	judge := func(name string, from, to float64, fanIn int) bool {
		want := nn.FanInStd(fanIn)
		switch {
		case from > want*InitStdFactor || from == 0:
			return false
		case from*InitStdFactor >= want:
			return true // never too small
		case to < want*OutgrownStd || to > want*InitStdFactor:
			return false
		}
		if layer == "" {
			layer, now = name, to
		}
		return true
	}
	for k, l := range start.Conv {
		if k >= len(convs) || !judge(fmt.Sprintf("convolution %d", k+1), l.WeightStd, h.Conv[k].WeightStd, convs[k].FanIn) {
			return "", 0, false
		}
	}
	for k, l := range start.Layers {
		if k >= len(sizes) || !judge(layerName(in, k), l.WeightStd, h.Layers[k].WeightStd, sizes[k]) {
			return "", 0, false
		}
	}
	return layer, now, layer != ""
}

// overgrowth is a layer whose weights started too small for its fan-in
// and grew past InitStdFactor times the fan-in rule's spread early on
// (see overgrownInit): its name, its spread at the start and on the probe
// taken after samples images, and the rule's.
type overgrowth struct {
	layer           string
	from, now, want float64
	samples         int64
}

// OvergrowWithin: weights that started too small and passed
// InitStdFactor times the fan-in spread within this many images were
// grown by steps too big. Adam at 0.025 grew tiny weights (62 times too
// small) to 6.2 times the fan-in spread by 12,800 images; at its sane
// 0.001, 32 units a layer grew theirs to 2.7 times by 44,800 images and
// passed 5 times only after 250,000, as weights that started at the
// fan-in scale do in a long run (6.7 times after 600,000): slow growth is
// no sign of big steps.
const OvergrowWithin = 20000

// overgrownInit finds the first probe, within OvergrowWithin images, on
// which a layer (convolutions first) whose initial weights were too small
// for its fan-in by more than InitStdFactor, not zero (equal weights are
// the symmetry finding's), has a spread more than InitStdFactor times the
// fan-in rule's: the steps did not just make up for the small start, they
// overshot it. Hidden layers under batch normalization are not judged: it
// rescales what their weights compute.
func overgrownInit(in Input) (overgrowth, bool) {
	start := in.History.Initial
	convs := in.Config.ConvLayers()
	sizes := in.Config.Layers()
	over := func(name string, from, to float64, fanIn int, samples int64) (overgrowth, bool) {
		want := nn.FanInStd(fanIn)
		if from == 0 || from*InitStdFactor >= want || to <= want*InitStdFactor {
			return overgrowth{}, false
		}
		return overgrowth{name, from, to, want, samples}, true
	}
	for _, h := range in.History.Health {
		if h.Samples > OvergrowWithin || h.Step == 0 {
			continue
		}
		if len(h.Layers) != len(start.Layers) || len(h.Conv) != len(start.Conv) {
			return overgrowth{}, false
		}
		for k, l := range start.Conv {
			if k >= len(convs) || in.Config.BatchNorm {
				break
			}
			if g, ok := over(fmt.Sprintf("convolution %d", k+1), l.WeightStd, h.Conv[k].WeightStd, convs[k].FanIn, h.Samples); ok {
				return g, true
			}
		}
		for k, l := range start.Layers {
			if k >= len(sizes) || (in.Config.BatchNorm && k < len(start.Layers)-1) {
				continue
			}
			if g, ok := over(layerName(in, k), l.WeightStd, h.Layers[k].WeightStd, sizes[k], h.Samples); ok {
				return g, true
			}
		}
	}
	return overgrowth{}, false
}

// offFanIn judges the initial spread std of the weights of a layer (named
// where, as a message names it) whose units each sum fanIn inputs against
// the fan-in rule: a finding if it is off by more than InitStdFactor.
func offFanIn(where string, std float64, fanIn int) (Finding, bool) {
	want := nn.FanInStd(fanIn)
	factor := std / want
	if factor <= InitStdFactor && factor >= 1/InitStdFactor {
		return Finding{}, false
	}
	dir := "small"
	if factor > 1 {
		dir = "large"
	}
	msg := fmt.Sprintf("The initial weights of %s have spread %.2g where the fan-in rule √(1/%d) gives %.2g: %s times too %s, so signals %s layer by layer.", where, std, fanIn, want, trimFactor(factor), dir, map[string]string{"small": "shrink", "large": "grow"}[dir])
	if std == 0 {
		msg = fmt.Sprintf("The initial weights of %s are all equal (spread 0) where the fan-in rule √(1/%d) gives %.2g: no signal differs between units.", where, fanIn, want)
	}
	return Finding{Code: CodeBadInitScale, Severity: severity(factor > InitStdSevere || factor < 1/InitStdSevere), Samples: 0, Message: msg}, true
}

func trimFactor(f float64) string {
	if f < 1 {
		f = 1 / f
	}
	return strings.TrimSuffix(fmt.Sprintf("%.0f", f), ".0")
}

// stepsTooBig looks for the evidence that the learning rate is too high
// and says what it saw: the very first step moved a layer's weights by
// more than LRHighUpdate of their size, a later probe saw such a step, or
// the training loss jumped above LRHighJump times where it started. The
// update ratio only means "too big a step" for weights of a sane size:
// tiny weights make any step look huge.
func stepsTooBig(in Input) (string, bool) {
	sizes := in.Config.Layers()
	// Under batch normalization a hidden layer's output is rescaled after
	// it, so the size of its weights, and of a step relative to them,
	// changes nothing the network computes; a large relative step there
	// shrinks itself as the weights grow. Adam at 0.01 and SGD at 1 with
	// bn=1 moved the first layer by 16% and 29% at the first step and
	// read 96.7% and 96.6% after four epochs, as at their sane rates, and
	// were told the rate was too high. Only the output layer's steps count
	// then.
	counts := func(k int) bool { return !in.Config.BatchNorm || k == len(sizes)-2 }
	stepOver := func(h nn.Health, limit float64) (int, float64, bool) {
		for k, l := range h.Layers {
			if k < len(sizes)-1 && counts(k) && l.WeightStd >= nn.FanInStd(sizes[k])/InitStdFactor && l.UpdateRatio > limit {
				return k, l.UpdateRatio, true
			}
		}
		return 0, 0, false
	}
	bigStep := func(h nn.Health) (int, float64, bool) { return stepOver(h, LRHighUpdate) }
	first := in.History.Initial
	if k, r, ok := bigStep(first); ok {
		return fmt.Sprintf("the first step changed the weights of %s by %s of their size (healthy is about 0.1%%)", layerName(in, k), pct(r)), true
	}
	// Above a sane rate too: adam at 0.01 on batches of 3 moved a layer
	// by less than LRHighUpdate at the first step (the few images leave
	// most input weights without a gradient), killed 70% of the ReLUs and
	// was offered leaky-relu (89.8% → 88.6%), where adam's sane rate on
	// the same batches reads 95.7% (the wild sweep, seed 3).
	if c := in.Config; (c.BatchSize < SmallBatch || hotAdaptiveSmallBatch(c)) && smallBatchHarm(in) {
		if k, r, ok := stepOver(first, SmallBatchUpdate); ok {
			return fmt.Sprintf("the first step, on %s, changed the weights of %s by %s of their size (healthy is about 0.1%%)", imagesOf(c.BatchSize), layerName(in, k), pct(r)), true
		}
	}
	// Momentum's steps build up to 1/(1-μ) times the first one while the
	// gradient keeps its direction. That is an upper bound, so it is
	// applied to the first step of the whole network (the mean over its
	// layers) rather than to its largest layer's: one layer's larger first
	// step (an output layer's 1% at a sane rate) is no blow-up.
	if in.Config.Optimizer == nn.OptMomentum && in.Config.Momentum < 1 && len(first.Layers) == len(sizes)-1 && !in.Config.BatchNorm {
		grow := 1 / (1 - in.Config.Momentum)
		var mean float64
		for k, l := range first.Layers {
			if l.WeightStd < nn.FanInStd(sizes[k])/InitStdFactor {
				mean = 0 // tiny weights make any step look huge
				break
			}
			mean += l.UpdateRatio / float64(len(first.Layers))
		}
		if mean*grow > LRHighUpdate {
			return fmt.Sprintf("the first step changed the weights by %s of their size (the mean over the layers), and momentum %g builds the steps up to %s (healthy is about 0.1%%)", pct(mean), in.Config.Momentum, pct(mean*grow)), true
		}
	}
	for _, h := range in.History.Health {
		if h.Samples < LRWarmup {
			continue
		}
		if k, r, ok := bigStep(h); ok {
			return fmt.Sprintf("a step after %s images changed the weights of %s by %s of their size (healthy is about 0.1%%)", count(h.Samples), layerName(in, k), pct(r)), true
		}
	}
	// Weights that started too small make every step look huge next to
	// them, so the checks above skip them; once the steps have grown them
	// past InitStdFactor times the fan-in scale within OvergrowWithin
	// images, how fast they got there is the evidence (adam at 0.025 grew
	// tiny weights, 62 times too small, to 6.2 times the fan-in spread by
	// 12,800 images, with 66% of the ReLUs dead and 90.8% read; at its
	// sane 0.001 they grew to 1.5 times by 20,000 and read 95%).
	if g, ok := overgrownInit(in); ok {
		return fmt.Sprintf("the steps grew the weights of %s, which started %s times too small for its fan-in, to %s times the fan-in rule's spread (%.2g against %.2g) within %s images", g.layer, trimFactor(g.from/g.want), trimFactor(g.now/g.want), g.now, g.want, count(g.samples)), true
	}
	// Under dropout the training loss is a thinned network's, whose kept
	// units are scaled up by 1/(1-rate): its jumps are dropout's, not the
	// step size's (a convolutional network at 0.5 on 500 images jumped to
	// 4.2 at adam's sane 0.0014).
	if start, ok := initialLoss(in); ok && in.Config.Dropout == 0 {
		for _, p := range in.History.Train {
			if p.Loss > LRHighJump*math.Max(start, math.Ln10) {
				return fmt.Sprintf("the training loss jumped to %.3g after %s images from %.3g at the start", p.Loss, count(p.Samples), start), true
			}
		}
	}
	return "", false
}

// lrToBlame returns stepsTooBig's evidence when it implicates the learning
// rate: always under a fan-in initialization, but under weights far too
// large (largeInit) only when the rate is also above the optimizer's sane
// one, since such weights make the gradients, and so the steps, huge at
// any sane rate: there the initialization is the cause.
func lrToBlame(in Input) (string, bool) {
	why, high := stepsTooBig(in)
	if largeInit(in.Config) && in.Config.LearningRate <= SaneLearningRate[in.Config.Optimizer] {
		return "", false
	}
	return why, high
}

// TinyBatchNorm: batch normalization on batches smaller than this
// normalizes each unit by the mean and spread of too few images. On two
// images a unit's normalized outputs are −1 and +1 whatever the images,
// and at validation, where the running averages normalize instead, the
// network meets values it never trained on. Measured after 50,000 images
// (the default without batch norm: 95.5%), batches of 2 read 83.8% under
// Adam, 81.3% under SGD at 0.01, 70.3% under momentum SGD at 0.01, 71.7%
// with two layers of 64 units, and got no finding (the wild sweep, dense
// seed 10, and after it); batches of 3 read 92.3%, 4 94.2%, 5 to 7
// 93.7–95.6%, 14 96.0%. BatchNormTinyAcc is the validation accuracy below
// which the finding speaks: a convolutional network on batches of 2 read
// 97.2%.
const (
	TinyBatchNorm    = 3
	BatchNormTinyAcc = UnderfitLevelAcc
)

// tinyBatchNorm is the finding of a batch-normalized network trained on
// batches below TinyBatchNorm that reads below BatchNormTinyAcc.
func tinyBatchNorm(in Input) (Finding, bool) {
	c, v := in.Config, in.History.Val
	if !c.BatchNorm || c.BatchSize >= TinyBatchNorm || in.Samples < LRLowAfter || len(v) == 0 || in.Diverged != "" {
		return Finding{}, false
	}
	acc := v[len(v)-1].Acc
	if acc >= BatchNormTinyAcc {
		return Finding{}, false
	}
	sev := Warning
	if acc < UnderfitAcc {
		sev = Severe
	}
	return Finding{Code: CodeTinyBatchNorm, Severity: sev, Samples: in.Samples,
		Message: fmt.Sprintf("Batch normalization on batches of %d normalizes each unit by the mean and spread of %s: a unit's normalized outputs are then −1 and +1 whatever the images, and at validation, where running averages normalize instead, the network meets values it never trained on. It reads %s of the validation images.", c.BatchSize, imagesOf(c.BatchSize), pct(acc)),
		Fix:     fmt.Sprintf("Use batches of 32 (now %d), or turn batch normalization off: on batches of 5 to 14 it read 93.7–96.0%% here, near the 95.5%% of the default without it.", c.BatchSize)}, true
}

// DropoutShiftGap is how far, in accuracy, the whole network (dropout
// off, as it is evaluated) may read its own training images below what
// its thinned self reads of its batches before dropoutShift speaks.
// Whole, a network normally reads its training images better than
// thinned: convolutions with dropout 0.5 and no batch norm read 94.6% of
// their batches and 98.3% of the images whole. Healthy batch-normed
// runs read them at most 1.2 points worse whole (0.2 of dropout, after
// 50,000 images); batch norm behind dropout 0.5 read 94.5% thinned and
// 75.4% whole (the convolutional wild sweep, seed 5, and after it).
//
// Under augmentation, or with drawn digits mixed in, the batches are
// harder than the images the whole network is measured on, and healthy
// runs read those 2 to 14 points better whole (after 40,000 and 50,000
// images, 0.2 to 0.71 of dropout, with and without batch norm); there
// reading them worse whole at all is the sign (batch norm behind dropout
// 0.71 and light augmentation: 84.8% thinned and 84.0% whole, then 86.3%
// and 83.7%, 85.3% on validation).
const DropoutShiftGap = 0.03

// dropoutShift is the finding of a network whose dropout feeds a
// batch-normalized layer (a hidden layer or convolution after another)
// and that reads its training images worse whole than thinned, at two
// evaluations in a row, below UnderfitLevelAcc on validation. Batch norm
// keeps, for evaluation, the mean and spread of its inputs as they were
// in training, thinned and scaled up by dropout; whole, the layer gets
// inputs of another spread, and max pooling after dropout picks larger
// values in training than whole. The measurement, not the config, is the
// evidence: two batch-normed hidden layers behind dropout 0.5 read 87.8%
// thinned and 94.5% whole, and are not told this.
func dropoutShift(in Input) (Finding, bool) {
	shift, ok := dropoutShiftGap(in)
	if !ok {
		return Finding{}, false
	}
	c, v := in.Config, in.History.Val
	acc := v[len(v)-1].Acc
	return Finding{Code: CodeDropoutShift, Severity: severity(acc < UnderfitAcc), Samples: in.Samples,
		Message: fmt.Sprintf("With dropout on, the network reads %s of its training batches; whole, as it is evaluated, it reads only %s of its first %s training images, and %s of the validation images. A network normally reads better whole than thinned. Here dropout at %g comes before %s, which is batch-normalized: its batch norm keeps for evaluation the spread its inputs had in training, thinned and scaled up by dropout, and whole they have another, so it normalizes them wrongly.",
			pct(shift.thinned), pct(shift.whole), count(int64(nn.FitProbeImages)), pct(acc), c.Dropout, normedAfterDropout(c)),
		Fix: fmt.Sprintf("Turn dropout off (now %g): batch norm regularizes the network by itself. Or keep dropout and turn batch norm off.", c.Dropout)}, true
}

// shiftGap is what dropoutShiftGap measured: the training curve's
// accuracy (thinned) and the whole network's on its training images.
type shiftGap struct{ thinned, whole float64 }

// dropoutShiftGap says whether the whole network read its training images
// more than DropoutShiftGap below the training curve (below it at all,
// when the batches are distorted by more than dropout) at the last two
// evaluations, both after the first epoch, for a config whose dropout
// feeds a batch norm; the latest figures.
func dropoutShiftGap(in Input) (shiftGap, bool) {
	c, t, fit, v := in.Config, in.History.Train, in.History.Fit, in.History.Val
	if !c.BatchNorm || c.Dropout == 0 || c.BatchSize < TinyBatchNorm || normedAfterDropout(c) == "" ||
		in.Diverged != "" || in.Samples < in.epochSamples() || len(fit) < 2 || len(v) == 0 || v[len(v)-1].Acc >= UnderfitLevelAcc {
		return shiftGap{}, false
	}
	gap := DropoutShiftGap
	if harderBatches(c) {
		gap = 0
	}
	var g shiftGap
	for _, f := range fit[len(fit)-2:] {
		// In the first epoch the running averages batch norm evaluates
		// with still lag behind the weights.
		thinned := recent(pointsUpTo(t, f.Samples), 5)
		if f.Samples < in.epochSamples() || thinned.Samples == 0 || thinned.Acc-f.Acc <= gap {
			return shiftGap{}, false
		}
		g = shiftGap{thinned.Acc, f.Acc}
	}
	return g, true
}

// normedAfterDropout names the first batch-normalized layer of c that
// takes a dropout's output, "" if none does (one hidden layer, or one
// convolution and no hidden layer).
func normedAfterDropout(c nn.Config) string {
	convs := len(c.ConvLayers())
	switch {
	case convs >= 2:
		return "the second convolution"
	case convs == 1 && len(c.Hidden) > 0:
		return "the hidden layer"
	case convs == 0 && len(c.Hidden) >= 2:
		return "the second hidden layer"
	}
	return ""
}

func lrTooHigh(in Input) (Finding, bool) {
	if in.Diverged != "" {
		return Finding{}, false
	}
	fix := stepFix(in.Config, "by 3 to 10 times") + "."
	if why, ok := lrToBlame(in); ok {
		// Severe when the big steps have already killed or saturated the
		// units or exploded the gradient: then they are the cause of that
		// severe finding.
		_, dead := deadUnits(in)
		_, sat := saturatedUnits(in)
		f := Finding{Code: CodeLRTooHigh, Severity: Warning, Fix: fix, Samples: in.Samples,
			Message: fmt.Sprintf("%s: %s.", tooHigh(in.Config), why)}
		if _, _, _, collapsed := collapsedByL2(in); collapsed && saneRate(in.Config) {
			// The steps measured are mostly the L2 penalty's pull, which
			// the underfitting finding names: at a sane rate the same
			// network without it trains well.
			return Finding{}, false
		}
		if _, _, _, exploded := explodedGradient(in); exploded {
			f.Severity = Severe
		} else if _, stuck := notLearning(in); stuck {
			// The steps that overshot are the likeliest reason the run is
			// still at chance: the cause is as severe as its symptom.
			f.Severity = Severe
		} else if gradientFaded(in) {
			// Steps this big push units onto the flat side of their
			// activation, and the gradient fades behind them (adam at
			// 0.03-0.06 on elu or leaky-relu units: 130-fold): the cause
			// is as severe as its symptom, and named first.
			f.Severity = Severe
		} else if h, ok := latestHealth(in); ok && (dead || sat) {
			worst, _ := worstHidden(h, func(_ int, l nn.LayerHealth) float64 { return max(l.Dead, l.Saturated) })
			f.Severity = severity(worst >= min(DeadSevere, SaturatedSevere))
		} else if (limit(in.Config) != "" || in.Config.Dropout >= HeavyDropout) && saneRate(in.Config) {
			// A narrow network moves each of its few weights further a
			// step: at SGD's sane 0.1, eight units a layer moved their
			// first layer by 12% at the first step, yet read 87% against
			// 85% at 0.03 and 81% at 0.01. Heavy dropout scales the units
			// it keeps up by 1/(1-rate), and their steps with them (SGD's
			// sane 0.07 under dropout 0.76 moved a layer by 12.6%). What
			// holds such a run back is the limit or the dropout, which the
			// underfitting finding names; the rate is called too high
			// only if the loss climbs back.
			return lrClimbedBack(in, fix)
		} else if v := in.History.Val; len(v) > 0 && v[len(v)-1].Acc >= UnderfitLevelAcc {
			// Big steps that have hurt nothing: the run reads
			// UnderfitLevelAcc of the validation images with no unit
			// dead or saturated, so "too high" would not be true of it
			// (SGD at 1 under batch normalization read 96.6% after four
			// epochs, as at its sane 0.1, and was told so). The steps'
			// size stays in the Layers tab; the finding speaks again if
			// the loss climbs back.
			return lrClimbedBack(in, fix)
		} else if c := in.Config; c.BatchNorm && effectiveRate(c) <= BatchNormRoom*saneFor(c) {
			// Batch normalization makes each hidden layer's output
			// blind to the scale of its weights, and a run trained at
			// rates that would be too high without it takes big first
			// steps that hurt nothing (see BatchNormRoom). As for a
			// limited network, the rate is called too high only if the
			// loss climbs back.
			return lrClimbedBack(in, fix)
		}
		return f, true
	}
	return lrClimbedBack(in, fix)
}

// BatchNormRoom: under batch normalization a rate up to this many times
// its optimizer's sane one is not called too high for the size of its
// steps alone. SGD at 0.3 to 0.6 under batch norm moved a layer by 10-30%
// at its first step and read 91.8-95.9%, where 0.1 read 91.2-94.7% and
// 0.03 less (the visitors catalogue's controls, seed 501); SGD at 1 read
// 96.6% after four epochs, as at 0.1. RMSprop at 20 to 100 times its
// rate under batch norm read 3 to 16 points below its base (the
// strangers catalogue) and is still told.
const BatchNormRoom = 10

// saneRate says whether c's learning rate is within StrongMomentumRate of
// its optimizer's sane rate, under a momentum no stronger than
// SaneMomentum.
func saneRate(c nn.Config) bool {
	return nearSaneRate(c) && !strongMomentum(c)
}

// nearSaneRate says whether c's learning rate is at most
// StrongMomentumRate times its optimizer's sane rate.
func nearSaneRate(c nn.Config) bool {
	return c.LearningRate <= StrongMomentumRate*SaneLearningRate[c.Optimizer]
}

// tooHigh names what makes the steps too big: the learning rate, or,
// at a sane rate, a strong momentum or batches below SmallBatch.
func tooHigh(c nn.Config) string {
	switch {
	case strongMomentum(c) && nearSaneRate(c):
		return fmt.Sprintf("The momentum (%g) is too high for the learning rate", c.Momentum)
	case c.BatchSize < SmallBatch && saneRate(c):
		return fmt.Sprintf("The learning rate (%g) is too high for batches of %d", c.LearningRate, c.BatchSize)
	}
	return "The learning rate is too high"
}

// lrClimbedBack is the learning-rate-too-high finding of a run whose
// training loss climbed back from its best, whatever the steps' size.
func lrClimbedBack(in Input, fix string) (Finding, bool) {
	t := in.History.Train
	if in.Samples < LRWarmup || len(t) < 6 || smallBatchNoise(in.Config) {
		return Finding{}, false
	}
	// The best is the lowest mean of 3 neighbouring points, like the recent
	// value it is compared with: the lowest single point of a noisy curve
	// would make ordinary noise look like a climb.
	best := math.Inf(1)
	for i := 3; i <= len(t)-3; i++ {
		best = math.Min(best, recent(t[:i], 3).Loss)
	}
	// Heavy dropout's thinned networks make the curve climb and fall
	// with the draw of units kept; lighter dropout's climbs stay small
	// beside LRHighRise, so only the start's jump is ignored under it.
	if r := recent(t, 3); r.Loss > LRHighRise*best && r.Loss > 0.1 && in.Config.Dropout < HeavyDropout {
		return Finding{Code: CodeLRTooHigh, Severity: Warning, Fix: fix, Samples: r.Samples,
			Message: fmt.Sprintf("The training loss climbed back to %.3g after reaching %.3g: the steps overshoot.", r.Loss, best)}, true
	}
	return Finding{}, false
}

// smallBatchNoise says whether a climb of c's training curve is more
// likely the noise of its few images than steps that overshoot: batches
// below SmallBatch at a rate no higher than the one that suits them
// (saneFor). A point of the curve averages TrainWindow batches, 50 images
// on batches of one, and a few hard images in a row lift it: SGD on
// single images at 0.007 to 0.016, below the 0.025 that suits them and
// healthy at 89.7-92.8%, was told its loss climbed back from 0.09-0.12 to
// 0.17-0.47 (its points ran from 0.04 to 0.73; the drifters catalogue's
// online-SGD control, held out, seed 801). A rate above it is still
// judged by the climb, as is any rate on batches of SmallBatch or more
// (adam at 6.5 times its rate on batches of 4 keeps its finding).
func smallBatchNoise(c nn.Config) bool {
	return c.BatchSize < SmallBatch && effectiveRate(c) <= saneFor(c)
}

// lossRose reports whether the recent training loss (a mean of 3 points)
// is above the best mean of 3 neighbouring points before it by a tenth or
// more: the loss rose, which small steps never do.
func lossRose(t []nn.Point) bool {
	best := math.Inf(1)
	for i := 3; i <= len(t)-3; i++ {
		best = math.Min(best, recent(t[:i], 3).Loss)
	}
	return recent(t, 3).Loss > 1.1*best
}

// medianUpdate returns the median update ratio of the first layer over the
// probes taken after LRWarmup images, and false if there are none.
func medianUpdate(in Input) (float64, bool) {
	var rs []float64
	for _, h := range in.History.Health {
		if h.Samples >= LRWarmup && len(h.Layers) > 0 && h.Layers[0].UpdateRatio > 0 {
			rs = append(rs, h.Layers[0].UpdateRatio)
		}
	}
	if len(rs) == 0 {
		return 0, false
	}
	slices.Sort(rs)
	return rs[len(rs)/2], true
}

// lrTooLow needs two signs: the training loss has barely fallen (and has
// not risen beyond LRLowNoise: a rising loss is never a sign of small
// steps, a loss standing still is), and the steps
// themselves are small, which tells a slow run from one whose data or
// network cannot do better.
//
// When gradient clipping is what shrinks the steps (clipShrink), the
// finding names the clip instead of the rate: clipping at 1e-7 to 1e-5,
// a tolerance typed into the clip, left SGD and momentum runs at chance,
// and raising the rate, the fix offered, left them there.
func lrTooLow(in Input) (Finding, bool) {
	f, ok := stalledSteps(in)
	if !ok {
		f, ok = slowSteps(in)
	}
	if !ok {
		f, ok = fewSteps(in)
	}
	if !ok {
		return Finding{}, false
	}
	if _, stuck := notLearning(in); stuck {
		// The cause of a run at chance is as severe as its symptom, and
		// named before it with its change: SGD at 0.001 on batches of 910
		// and a clip of 0.0031 sat at 13% with not-learning first, which
		// offers no change (the wild sweep, seed 4).
		f.Severity = Severe
	}
	shrink, norm, clipped := clipShrink(in)
	if !clipped && slowRate(in.Config) {
		// An L2 of 0.023 beside SGD at 0.001: a sane rate alone read
		// 89.7% (the wild sweep).
		f = heldTogether(f, in.Config)
		if shrink >= ClipAlso {
			f.Message += fmt.Sprintf(" Gradient clipping at %g cuts the gradient %s-fold as well (its norm on the probe images is %.2g), so a sane rate alone would still step too little.", in.Config.Clip, bigFactor(shrink), norm)
			f.Fix += fmt.Sprintf(" Remove the clipping too (now %g), or clip at 1 to 5.", in.Config.Clip)
		}
	}
	if clipped {
		c := in.Config
		f.Message = fmt.Sprintf("Gradient clipping at %g cuts every step's gradient to that norm, %s times below the gradient's norm on the probe images (%.2g)", c.Clip, bigFactor(shrink), norm)
		if upd, ok := medianUpdate(in); ok {
			f.Message += fmt.Sprintf(", so each step changes the weights by %s of their size (healthy is about 0.1%%)", pctSmall(upd))
		}
		f.Message += fmt.Sprintf(": the steps are too small to make progress at any sane learning rate (now %g).", c.LearningRate)
		f.Fix = fmt.Sprintf("Remove the clipping (now %g), or clip at 1 to 5, which cuts only the rare huge gradient: a clip far below the gradient's usual size shrinks every step.", c.Clip)
		if clipHidesRate(c) {
			sane := SaneLearningRate[c.Optimizer]
			f.Message = strings.TrimSuffix(f.Message, fmt.Sprintf(" at any sane learning rate (now %g).", c.LearningRate)) + fmt.Sprintf(", though the learning rate (now %g) is %s times %s's usual %g: the clip hides a rate far too high.", c.LearningRate, bigFactor(c.LearningRate/sane), c.Optimizer, sane)
			f.Fix = fmt.Sprintf("Remove the clipping (now %g) and lower the learning rate too, as the suggested change does: without the clip, steps at %g would be far too big.", c.Clip, c.LearningRate)
		}
		if slowRate(c) {
			// SGD at 0.001 under a clip of 0.0031 was offered clip=0
			// alone, and read 16% after it (the wild sweep, seed 4).
			f.Message = strings.TrimSuffix(f.Message, fmt.Sprintf(" at any sane learning rate (now %g).", c.LearningRate)) + fmt.Sprintf(", and the learning rate is too low as well: %s at %g steps %s.", c.Optimizer, c.LearningRate, slowerBy(c))
			f.Fix += " Raise the learning rate too, as the suggested change does: without the clip, steps at this rate would still be too small."
		}
	}
	return f, true
}

// ClipHidesRate: a clip that makes the steps too small hides a rate this
// many times its optimizer's sane one or more, which the steps would show
// once the clip is gone. SGD at 1.03 to 2.43 under clips of 0.0006 to
// 0.0012 read 29-36% and was offered clip=0 alone, which failed four
// times in six (the drifters catalogue's "tiny clip", seed 801); unclipped,
// SGD at 1.03 reads 91.9% and at 2.14 20.4%, at 0.5 94.8%.
const ClipHidesRate = 10

// clipHidesRate says whether c's rate is ClipHidesRate times its sane one
// or more (see ClipHidesRate).
func clipHidesRate(c nn.Config) bool {
	sane := SaneLearningRate[c.Optimizer]
	return sane > 0 && c.LearningRate >= ClipHidesRate*sane
}

// ClipShrink: gradient clipping that scales the probe's gradient down
// this many times or more is what makes a run's steps small. ClipAlso:
// beside a rate SlowLRFactor too slow, a clip that scales it down this
// many times is named with the rate: the cnn preset under SGD at 0.001
// with a clip that cut its gradient about 50-fold sat at chance, and a
// sane rate alone read 46% (the convolutional wild sweep).
const (
	ClipShrink = 100
	ClipAlso   = 10
)

// clipShrink returns how many times c's gradient clipping scales the
// gradient down, measured on the latest probe (the global norm over its
// layers' gradients; the noisier gradient of a batch is larger still),
// and that norm, for plain and momentum SGD, whose steps follow the
// gradient's size (adam and rmsprop divide it out); clipped when that is
// ClipShrink or more, or ClipAlso or more and enough to make a rate that
// is not slow by itself (slowRate) step SlowLRFactor times less far than
// its sane one: SGD at its sane 0.1 behind a clip of 0.02 that cut the
// gradient about 50-fold read 29.3% after an epoch, and got no finding
// (the travellers catalogue, seed 601).
func clipShrink(in Input) (shrink, norm float64, clipped bool) {
	c := in.Config
	if c.Clip <= 0 || (c.Optimizer != nn.OptSGD && c.Optimizer != nn.OptMomentum) {
		return 0, 0, false
	}
	norm = probeGradNorm(in)
	shrink = norm / c.Clip
	slowed := shrink >= ClipAlso && !slowRate(c) && effectiveRate(c)/shrink*SlowLRFactor <= saneFor(c)*(1+1e-9)
	return shrink, norm, shrink >= ClipShrink || slowed
}

// probeGradNorm is the global norm of the data's gradient over every
// layer, the convolutions included, on the latest probe (the initial one
// before any), as the clip measures it. Over the dense layers alone, the
// cnn preset's one output layer under SGD at 0.001 and a clip of 0.0057
// did not show the clip's 100-fold cut, and raising the rate alone read
// 46% (the convolutional wild sweep).
func probeGradNorm(in Input) float64 {
	h, ok := latestHealth(in)
	if !ok {
		h = in.History.Initial
	}
	var sq float64
	for _, l := range slices.Concat(h.Conv, h.Layers) {
		sq += l.GradNorm * l.GradNorm
	}
	return math.Sqrt(sq)
}

// clippedL2 says whether gradient clipping turns a mild L2 into one that
// holds the fit back: the trainer clips the data's gradient and adds the
// penalty's pull after (as PyTorch's weight decay does), so a clip that
// shrinks the gradient n-fold makes the L2 pull n times harder against
// the data, whatever the optimizer. It returns that shrink and the L2
// that pulls as hard unclipped, ok when that is HeavyL2 or more. Adam
// with an L2 of 0.00042 and a clip of 0.013 read 89.0%, with either
// alone 95.4-95.5%, and was told that nothing in its settings limits the
// fit (the wild sweep).
func clippedL2(in Input) (shrink, like float64, ok bool) {
	c := in.Config
	if c.Clip <= 0 || c.L2 <= 0 {
		return 0, 0, false
	}
	shrink = probeGradNorm(in) / c.Clip
	like = c.L2 * shrink
	return shrink, like, shrink > 1 && like >= HeavyL2 && c.L2 < HeavyL2
}

// clippedL2Words says, as a cause and a fix, that c's clip, which shrinks
// the data's gradient shrink-fold, makes its L2 pull against the data as
// one of like would unclipped (see clippedL2).
func clippedL2Words(c nn.Config, shrink, like float64) (cause, fix string) {
	cause = fmt.Sprintf("Gradient clipping at %g shrinks the data's gradient %s-fold, and the L2 penalty's pull is added after the clip: against the data, the L2 of %g pulls as hard as one of %.2g would unclipped, and that holds the fit back.", c.Clip, bigFactor(shrink), c.L2, like)
	fix = fmt.Sprintf("Remove the clipping (now %g), or the L2 (now %g): each is harmless alone, together they hold the fit back.", c.Clip, c.L2)
	return cause, fix
}

// fewSteps is the learning-rate-too-low finding of a run whose rate is
// sane for small batches but whose batches of LargeBatch or more make so
// few steps that, FewSteps in, it still reads less than
// UnderfitLevelAcc: the rate is too low for the batch. It is named for
// the batch, and its fix is smaller batches, since raising the rate with
// the batch is no sure fix here (see LargeBatch).
func fewSteps(in Input) (Finding, bool) {
	c := in.Config
	v := in.History.Val
	steps := in.Samples / int64(max(c.BatchSize, 1))
	if in.Diverged != "" || len(v) == 0 || c.BatchSize < LargeBatch || steps >= FewSteps ||
		!slowSoFar(in) || v[len(v)-1].Acc >= UnderfitLevelAcc ||
		limit(c) != "" || c.Dropout >= HeavyDropout {
		return Finding{}, false
	}
	if _, ok := stepsTooBig(in); ok {
		return Finding{}, false
	}
	if _, slow := slowSteps(in); slow {
		return Finding{}, false
	}
	if fit, ok := wholeFit(in, recent(in.History.Train, 5)); ok && fit.Acc >= FittedAcc {
		// Few steps that have fitted every training image are not what
		// holds validation back, as for slowSteps: 512 units on 1,000
		// images in batches of 256 fitted them (100%) and read 87%, and
		// were told first that they learn slowly (the visitors
		// catalogue, seed 501); the overfitting finding speaks instead.
		return Finding{}, false
	}
	perEpoch := stepsAnEpoch(in.epochSamples(), c.BatchSize)
	return Finding{Code: CodeLRTooLow, Severity: Warning, Samples: in.Samples,
		Message: fmt.Sprintf("After %.1f epochs the network reads only %s of the validation images after only %s steps: batches of %s make %s an epoch, where batches of 32 would make %s. It learns, but slowly: %s's rate of %g suits batches of 32 to 64 and is too low for batches this large.", in.epochs(), pct(v[len(v)-1].Acc), count(steps), count(int64(c.BatchSize)), stepsWord(perEpoch), count(stepsAnEpoch(in.epochSamples(), 32)), c.Optimizer, c.LearningRate),
		Fix:     fmt.Sprintf("Use smaller batches (now %d): 32 to 64 make many more steps of the same size.", c.BatchSize)}, true
}

// stepsAnEpoch is how many updates an epoch of samples makes in batches
// of batch: the last batch of an epoch takes what is left, so 556 images
// in batches of 557 still make one step (not 0, as the fewSteps message
// once said: the wild sweep, dense seed 14).
func stepsAnEpoch(samples int64, batch int) int64 {
	b := int64(max(batch, 1))
	return (samples + b - 1) / b
}

// stepsWord writes a number of steps: "1 step", "24 steps".
func stepsWord(n int64) string { return countOf(n, "step") }

// countOf writes n of a noun, plural but for one: "1 filter",
// "1,024 steps".
func countOf(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return count(n) + " " + noun + "s"
}

// slowSoFar says whether a run has trained long enough for its slowness
// to be a finding: SlowAfterEpochs epochs or SlowAfterImages images.
func slowSoFar(in Input) bool {
	return in.epochs() >= SlowAfterEpochs || in.Samples >= SlowAfterImages
}

// largeBatchSlow says whether c's steps are too few because of its batch
// size alone (fewSteps' case, not slowSteps'): batches of LargeBatch or
// more at a rate within SlowLRFactor of the optimizer's sane one.
func largeBatchSlow(c nn.Config) bool {
	sane := SaneLearningRate[c.Optimizer]
	return c.BatchSize >= LargeBatch && effectiveRate(c)*SlowLRFactor > sane*(1+1e-9)
}

// levelledOff says whether a run's training curve has gained less than
// UnderfitLevelGain over its last two epochs (false before two epochs).
func levelledOff(in Input) bool {
	t := in.History.Train
	if len(t) == 0 {
		return false
	}
	before := recent(pointsUpTo(t, in.Samples-2*in.epochSamples()), 5)
	return before.Samples > 0 && recent(t, 5).Acc-before.Acc < UnderfitLevelGain
}

// RateBatch is the batch size the sane rates (SaneLearningRate) are for.
const RateBatch = 32

// slowWithBatch says how many times less far per image plain or momentum
// SGD moves its weights than at its sane rate on batches of RateBatch,
// ok when that is SlowLRFactor or more only because a rate at most half
// its sane one goes with batches larger than RateBatch (and smaller than
// LargeBatch, whose few steps fewSteps names at any rate). SGD steps
// along a batch's mean gradient, so an epoch moves its weights in
// proportion to rate/batch: SGD at 0.034 on batches of 128, 12 times less
// far per image, read 86.2% after 1.7 epochs where its base read 93.8%,
// and got no finding, since neither setting is slow by itself (the
// travellers catalogue, seed 601).
func slowWithBatch(c nn.Config) (factor float64, ok bool) {
	sane, eff := saneFor(c), effectiveRate(c)
	if (c.Optimizer != nn.OptSGD && c.Optimizer != nn.OptMomentum) || c.BatchSize <= RateBatch || c.BatchSize >= LargeBatch ||
		eff*2 > sane || slowRate(c) {
		return 0, false
	}
	factor = sane / (eff * RateBatch / float64(c.BatchSize))
	return factor, factor >= SlowLRFactor
}

// slowSteps is the learning-rate-too-low finding of a run that learns,
// but slowly: its rate is SlowLRFactor below its optimizer's sane rate
// (per image, with its batches: slowWithBatch) and validation is still
// below UnderfitLevelAcc (see slowSoFar), with no setting that limits
// the fit to blame instead.
func slowSteps(in Input) (Finding, bool) {
	c := in.Config
	sane := saneFor(c)
	v := in.History.Val
	eff := effectiveRate(c)
	if shrink, _, clipped := clipShrink(in); clipped {
		eff /= shrink // the clip shortens every step; lrTooLow says so
	}
	perImage, withBatch := slowWithBatch(c)
	if withBatch && !levelledOff(in) {
		// Only while the curve climbs: momentum at 0.0059 on batches of
		// 64 (five times less far per image) had levelled off after 13
		// epochs on 3,000 images at its base's validation accuracy.
		eff = sane / perImage
	} else {
		withBatch = false
	}
	limited := limit(c) != "" || c.Dropout >= HeavyDropout
	if in.Diverged != "" || len(v) == 0 || sane == 0 || eff*SlowLRFactor > sane*(1+1e-9) ||
		!slowSoFar(in) || v[len(v)-1].Acc >= UnderfitLevelAcc ||
		(limited && (eff*SlowBesideLimit > sane*(1+1e-9) || c.L2 >= DominantL2)) {
		return Finding{}, false
	}
	if t := in.History.Train; !CurveDistorted(c) && len(t) > 0 && recent(t, 5).Acc >= FittedAcc {
		// Steps that already fit every training image are not what holds
		// validation back: adam at 5.7e-05 on 142 images and momentum SGD
		// at 0.001 on 515 fit theirs (100%) and read 79% and 87%; they
		// were told first that they learn slowly, and a higher rate
		// changed nothing (the wild sweep).
		return Finding{}, false
	}
	if _, ok := stepsTooBig(in); ok {
		return Finding{}, false
	}
	if _, ok := badInitScale(in); ok {
		// Weights of the wrong scale slow a run at any rate (elu units
		// from normal-1 weights under SGD at 0.01 read 85% after four
		// epochs), and a higher rate on weights far too large is no
		// sure fix: the initialization is the finding to act on.
		return Finding{}, false
	}
	if withBatch {
		return Finding{Code: CodeLRTooLow, Severity: Warning, Samples: in.Samples,
			Message: fmt.Sprintf("After %.1f epochs the network reads only %s of the validation images: it learns, slowly. %s at %g on batches of %d moves the weights %.0f times less far per image than at its sane rate on batches of %d (%s): the rate is %.1f times below it, and batches %.0f times larger make as many times fewer steps. Neither is slow alone; together they are.", in.epochs(), pct(v[len(v)-1].Acc), c.Optimizer, c.LearningRate, c.BatchSize, perImage, RateBatch, saneWords(c), sane/effectiveRate(c), float64(c.BatchSize)/RateBatch),
			Fix:     fmt.Sprintf("Raise the learning rate (now %g) to %s and use batches of %d, or raise the rate alone and train longer.", c.LearningRate, saneWords(c), RateBatch)}, true
	}
	steps := ""
	if c.BatchSize >= LargeBatch {
		steps = fmt.Sprintf(", and batches of %d make only %s an epoch", c.BatchSize, stepsWord(stepsAnEpoch(in.epochSamples(), c.BatchSize)))
	}
	if weakMomentum(c) && c.LearningRate*SlowLRFactor > sane*(1+1e-9) {
		// The rate is sane; the momentum is what shortens the steps.
		return Finding{Code: CodeLRTooLow, Severity: Warning, Samples: in.Samples,
			Message: fmt.Sprintf("After %.1f epochs the network reads only %s of the validation images: it learns, slowly. Momentum's steps build up to the rate divided by 1 − momentum: at momentum %g a rate of %g steps %.0f times less far than at momentum %g, for which that rate is sane%s.", in.epochs(), pct(v[len(v)-1].Acc), c.Momentum, c.LearningRate, c.LearningRate/eff, SaneMomentum, steps),
			Fix:     fmt.Sprintf("Raise the momentum (now %g) to %g, or the learning rate.", c.Momentum, SaneMomentum)}, true
	}
	return Finding{Code: CodeLRTooLow, Severity: Warning, Samples: in.Samples,
		Message: fmt.Sprintf("After %.1f epochs the network reads only %s of the validation images: it learns, slowly. %s at %g steps %.0f times less far than the rate it trains this data well with (%s)%s.", in.epochs(), pct(v[len(v)-1].Acc), c.Optimizer, c.LearningRate, sane/eff, saneWords(c), steps),
		Fix:     fmt.Sprintf("Raise the learning rate (now %g) to %s%s%s.", c.LearningRate, saneWords(c), andMomentum(c), smallerBatches(c))}, true
}

// smallerBatches adds to a fix that raises a slow rate that batches of
// LargeBatch or more should shrink too, as the slow-steps change does: SGD
// at 0.001 on batches of 613, raised to 0.1 alone, read 88.5% (the wild
// sweep, seed 7), since such batches make few steps at any rate (see
// LargeBatch).
func smallerBatches(c nn.Config) string {
	if c.BatchSize < LargeBatch {
		return ""
	}
	return fmt.Sprintf(", and use smaller batches (now %d): 32 to 64 make many more steps", c.BatchSize)
}

// andMomentum adds to a fix that raises the learning rate that a weak
// momentum goes up too, as speedUp changes it: momentum 0.53 at 0.001,
// raised to 0.01 alone, still stepped 5 times less far than the sane
// rate and read 91.8% (the wild sweep).
func andMomentum(c nn.Config) string {
	if !weakMomentum(c) {
		return ""
	}
	return fmt.Sprintf(", and the momentum (now %g) to %g", c.Momentum, SaneMomentum)
}

// SaneMomentum is the momentum SaneLearningRate's momentum rate assumes.
const SaneMomentum = 0.9

// weakMomentum says whether c is momentum SGD below SaneMomentum.
func weakMomentum(c nn.Config) bool {
	return c.Optimizer == nn.OptMomentum && c.Momentum < SaneMomentum
}

// SmallBatch: batches below this at a sane rate make steps too big. A
// step on one or two images moves the weights as far as a step on 32,
// on far less evidence: at momentum SGD's 0.0145 batches of 1 read 33%
// after an epoch and killed the ReLU units, batches of 2 86%, 4 and more
// 93-94%; lowering the rate to the sane one, as the finding offered, left
// them where they were.
const SmallBatch = 4

// SmallBatchUpdate: under batches below SmallBatch at a sane rate, a
// first step this large (ten times a healthy one) is blamed for the harm
// the run shows (smallBatchHarm), though it stays below LRHighUpdate: at
// SGD's sane 0.19, batches of 1 moved a layer by 6.3% at the first step,
// and every ReLU of the third layer died within an epoch; batches of 32
// at the same rate read 93%.
const SmallBatchUpdate = 0.01

// smallBatchHarm says whether a run shows what steps too big do: half or
// more of a hidden layer's units dead, or training accuracy at chance.
func smallBatchHarm(in Input) bool {
	if h, ok := latestHealth(in); ok {
		if dead, _ := worstHidden(h, func(_ int, l nn.LayerHealth) float64 { return l.Dead }); dead >= DeadWarning {
			return true
		}
	}
	t := in.History.Train
	return len(t) > 0 && recent(t, 5).Acc <= ChanceAcc
}

// AdaptiveSmallBatch and AdaptiveHotRate: adam or rmsprop at
// AdaptiveHotRate times its sane rate or more, on batches of at most
// AdaptiveSmallBatch, steps too far for the few images each step sees,
// though its first step can stay under LRHighUpdate. Adam at 0.0068 to
// 0.0081 on batches of 4 killed 52-78% of its units and read 85.7-89.8%
// against bases of 93-95%, and was told nothing, or that its units were
// dead, whose leaky-relu did not heal it (the travellers catalogue, seeds
// 1 and 603); adam at 0.0072 on batches of 8 reads 93.5% where 0.001
// reads 96.0%. The harm is what smallBatchHarm sees.
const (
	AdaptiveSmallBatch = 8
	AdaptiveHotRate    = 3
)

// hotAdaptiveSmallBatch says whether c is adam or rmsprop at
// AdaptiveHotRate times its sane rate or more on batches of at most
// AdaptiveSmallBatch.
func hotAdaptiveSmallBatch(c nn.Config) bool {
	adaptive := c.Optimizer == nn.OptAdam || c.Optimizer == nn.OptRMSProp
	return adaptive && c.BatchSize <= AdaptiveSmallBatch && c.LearningRate >= AdaptiveHotRate*SaneLearningRate[c.Optimizer]
}

// imagesOf writes a batch of n images: "one image", "2 images".
func imagesOf(n int) string {
	if n == 1 {
		return "one image"
	}
	return fmt.Sprintf("%d images", n)
}

// StrongMomentumRate: under a momentum above SaneMomentum, a learning
// rate up to this many times its optimizer's sane one is not what makes
// the steps too big; the momentum is (see strongMomentum).
const StrongMomentumRate = 2

// strongMomentum says whether c is momentum SGD above SaneMomentum. Its
// steps build up to rate/(1 − momentum): at 0.999 a thousand times the
// rate, a hundred times what the sane rate assumes. Momentum 0.999 at
// the sane 0.01 killed 92% of the ReLU units and read 25% after six
// epochs; lowering the rate tenfold, as the finding offered, still read
// only 92% after four, while momentum 0.9 at 0.01 read 95.6%.
func strongMomentum(c nn.Config) bool {
	return c.Optimizer == nn.OptMomentum && c.Momentum > SaneMomentum
}

// stepFix says how to make the steps smaller, as lowerLR changes them:
// "Lower the learning rate (now 0.5)" followed by how far; under a strong
// momentum, lower the momentum first.
func stepFix(c nn.Config, howFar string) string {
	if c.BatchSize < SmallBatch && saneRate(c) {
		if c32 := at32(c); slowRate(c32) {
			raise := fmt.Sprintf("the learning rate (now %g) raised to %s%s", c.LearningRate, saneWords(c32), andMomentum(c32))
			if c.LearningRate >= saneFor(c32) {
				raise = fmt.Sprintf("the momentum (now %g) raised to %g", c.Momentum, SaneMomentum) // as speedUp does
			}
			return fmt.Sprintf("Use batches of 32 (now %d), with %s: a step on %s goes as far as a step on 32, on far less evidence, and as it is the rate would step slowly on 32; or lower the learning rate tenfold", c.BatchSize, raise, imagesOf(c.BatchSize))
		}
		return fmt.Sprintf("Use batches of 32 (now %d), which a rate of %g suits: a step on %s goes as far as a step on 32, on far less evidence; or lower the learning rate tenfold", c.BatchSize, c.LearningRate, imagesOf(c.BatchSize))
	}
	if !strongMomentum(c) {
		return fmt.Sprintf("Lower the learning rate (now %g) %s", c.LearningRate, howFar)
	}
	fix := fmt.Sprintf("Lower the momentum (now %g) to %g: momentum SGD's steps build up to 1/(1 − momentum) times the learning rate, %s times now (%s at %g)", c.Momentum, SaneMomentum, trimFactor(1/(1-c.Momentum)), trimFactor(1/(1-SaneMomentum)), SaneMomentum)
	if !nearSaneRate(c) {
		fix += fmt.Sprintf(", and the learning rate (now %g) to %g", c.LearningRate, SaneLearningRate[c.Optimizer])
	}
	return fix
}

// effectiveRate is c's learning rate in the units of its optimizer's sane
// rate: momentum SGD's steps build up to rate/(1 − momentum), so below
// SaneMomentum the same rate steps less far (momentum 0.5 at 0.01 read
// 94.1% after eight epochs, levelling, and was offered more capacity).
func effectiveRate(c nn.Config) float64 {
	if weakMomentum(c) {
		return c.LearningRate * (1 - SaneMomentum) / (1 - c.Momentum)
	}
	return c.LearningRate
}

// stalledSteps is the learning-rate-too-low finding of a run whose steps
// are too small to move its loss at all.
func stalledSteps(in Input) (Finding, bool) {
	t := in.History.Train
	if in.Samples < LRLowAfter || len(t) < 5 {
		return Finding{}, false
	}
	first, last := t[0].Loss, recent(t, 3).Loss
	// The initial probe measures the whole network on clean images; a
	// curve of thinned networks or distorted images starts above it (at
	// dropout 0.5 and adam 1.5e-6 it stood at 2.46 against the probe's
	// 2.30), so such a curve is compared with its own first point.
	if start, ok := initialLoss(in); ok && !CurveDistorted(in.Config) {
		first = start
	}
	if last < LRLowLoss || last > (1+LRLowNoise)*first || first-last > LRLowImprovement*first || lossRose(t) {
		return Finding{}, false
	}
	upd, ok := medianUpdate(in)
	if !ok || upd > LRLowUpdate {
		return Finding{}, false
	}
	// Small steps are also what vanishing gradients, saturated units and a
	// bad initial scale produce: then the learning rate is not to blame.
	if f, ok := gradients(in); ok && f.Code == CodeVanishing {
		return Finding{}, false
	}
	if _, ok := saturatedUnits(in); ok {
		return Finding{}, false
	}
	if _, ok := badInitScale(in); ok {
		return Finding{}, false
	}
	// Dead units pass no gradient, and steps that were too big killed them.
	if _, ok := deadUnits(in); ok {
		return Finding{}, false
	}
	if _, ok := stepsTooBig(in); ok {
		return Finding{}, false
	}
	sev := Warning
	if recent(t, 3).Acc <= ChanceAcc {
		sev = Severe
	}
	return Finding{Code: CodeLRTooLow, Severity: sev, Samples: in.Samples,
		Message: fmt.Sprintf("After %s images the training loss has only fallen from %.3g to %.3g, and each step changes the weights by %s of their size (healthy is about 0.1%%): the steps are too small to make progress.", count(in.Samples), first, last, pctSmall(upd)),
		Fix:     fmt.Sprintf("Raise the learning rate (now %g), or use adam.", in.Config.LearningRate)}, true
}

// pctSmall writes a small fraction as a percentage with two significant
// digits: 0.0012%.
func pctSmall(v float64) string { return fmt.Sprintf("%.2g%%", 100*v) }

func underfitting(in Input) (Finding, bool) {
	f, ok := underfitFinding(in)
	if ok {
		f = heldTogether(f, in.Config)
	}
	return f, ok
}

// heldTogether adds to a finding of a config that more than one setting
// holds back (holders) that they do so together, and that its change
// lifts them all (see changesFor).
func heldTogether(f Finding, c nn.Config) Finding {
	hs := holders(c)
	if len(hs) < 2 {
		return f
	}
	says := make([]string, len(hs))
	for i, h := range hs {
		says[i] = h.says
	}
	f.Message += fmt.Sprintf(" %s settings hold it back together: %s. Changing one leaves the others.", capitalize(countWord(len(hs))), joinAnd(says))
	f.Fix += " Change them together, as the suggested change does."
	return f
}

// togetherChange is the change that lifts every setting that holds c
// back (holders), "" unless there are two or more.
func togetherChange(c nn.Config) string {
	hs := holders(c)
	if len(hs) < 2 {
		return ""
	}
	all := make([]string, len(hs))
	for i, h := range hs {
		all[i] = h.change
	}
	return strings.Join(all, "&")
}

// holder is a setting that holds a network's fit back by itself: what a
// message says of it, and the change that lifts it.
type holder struct{ says, change string }

// holders lists the settings of c that each hold its fit back: dropout of
// HeavyDropout or more, an L2 above ModerateL2, plain or momentum SGD
// stepping SlowLRFactor or more times less far than its sane rate, and
// batches of LargeBatch or more at a rate that is not (largeBatchSlow;
// a slow rate's change shrinks them itself). Random configs are often
// held back by two at once, and the fix of one alone leaves the run
// where it was (the wild sweep: dropout 0.83 with an L2 of 0.031 read
// 88.0%, and 89.4% with dropout=0; an L2 of 0.67 under momentum SGD at
// 0.001, 71.6% and 78.9% with l2=0; dropout 0.78 on batches of 865
// under adam, 89.1% and 91.0% with dropout=0).
func holders(c nn.Config) []holder {
	var hs []holder
	if c.Dropout >= HeavyDropout {
		hs = append(hs, holder{fmt.Sprintf("dropout at %g", c.Dropout), "dropout=0"})
	}
	if c.L2 > ModerateL2 {
		hs = append(hs, holder{fmt.Sprintf("an L2 of %g", c.L2), "l2=0"})
	}
	if slowRate(c) {
		h := holder{fmt.Sprintf("%s at %g, whose steps go %s", c.Optimizer, c.LearningRate, slowerBy(c)), speedUp(c)}
		if c.BatchSize >= LargeBatch {
			// As the slow-steps change does: raised to adam's 0.001 beside
			// an L2 of 0.18 alone, the cnn preset on batches of 373 read
			// 92.2% and was still told it steps slowly (the convolutional
			// wild sweep, seed 11).
			h.says += fmt.Sprintf(", on batches of %d (only %s an epoch)", c.BatchSize, stepsWord(stepsAnEpoch(int64(c.TrainSize), c.BatchSize)))
			h.change = strings.TrimPrefix(h.change+"&batch=32", "&")
		}
		hs = append(hs, h)
	}
	if largeBatchSlow(c) {
		hs = append(hs, holder{fmt.Sprintf("a batch size of %d (only %s an epoch)", c.BatchSize, stepsWord(stepsAnEpoch(int64(c.TrainSize), c.BatchSize))), "batch=32"})
	}
	return hs
}

// slowRate says whether c steps SlowLRFactor or more times less far than
// its optimizer's sane rate (see effectiveRate).
func slowRate(c nn.Config) bool {
	sane := saneFor(c)
	return sane > 0 && effectiveRate(c)*SlowLRFactor <= sane*(1+1e-9)
}

// FarTooHigh: a learning rate this many times its optimizer's sane one is
// too high whatever else the run shows. Every wild-sweep run at 100 times
// the sane rate or more ended at chance or diverged (adam at 0.12 to 9.5,
// momentum SGD at 1 and more); a run whose units start all equal shows no
// big step or jump to say so, and was offered a fan-in start alone, which
// stayed at chance (zeros under adam at 3.2 and 5.9).
const FarTooHigh = 100

// farTooHigh says whether c's rate is FarTooHigh times its sane one or more.
func farTooHigh(c nn.Config) bool {
	sane := SaneLearningRate[c.Optimizer]
	return sane > 0 && c.LearningRate >= FarTooHigh*sane
}

// HighAnyStart: without batch normalization, a learning rate this many
// times its optimizer's sane one holds back any start, though it does not
// always end at chance as from FarTooHigh. Zeros under adam at 0.02 and
// 0.05, rmsprop at 0.03, SGD at 2.5 and momentum SGD at 0.3, given a
// fan-in start alone, read 92.0%, 87.6%, 92.8%, 19.4% and 53.6% after
// 30,000 images and were then told their rate was too high; with the
// rate lowered too, 94.0%, 94.0%, 94.5%, 93.7% and 93.2%. Zeros under
// adam at 0.01, ten times its rate, read 94.0% from a fan-in start
// alone; under batch normalization at 0.03, 95.0% (it tolerates larger
// rates, see BatchNormRoom, so there only FarTooHigh counts).
const HighAnyStart = 20

// tooHighAnyStart says whether c's rate is FarTooHigh times its sane one or
// more, or HighAnyStart times without batch normalization.
func tooHighAnyStart(c nn.Config) bool {
	sane := SaneLearningRate[c.Optimizer]
	return farTooHigh(c) || (!c.BatchNorm && sane > 0 && c.LearningRate >= HighAnyStart*sane)
}

// rateOff says, as a sentence of a fix, that c's learning rate must change
// too, when it is far off whatever the start: too high for any start
// (tooHighAnyStart), or SlowLRFactor times less far (slowRate); ""
// otherwise.
// The init findings' fixes add it, and their change makes it (rateChange):
// zeros under SGD at 0.001, given a fan-in start alone, read 56.9% where
// the default reads 95.5% (the wild sweep, seed 7).
func rateOff(c nn.Config) string {
	switch {
	case farTooHigh(c):
		sane := SaneLearningRate[c.Optimizer]
		return fmt.Sprintf("Lower the learning rate too (now %g, %s times %s's usual %g): steps that large would blow up any start.", c.LearningRate, bigFactor(c.LearningRate/sane), c.Optimizer, sane)
	case tooHighAnyStart(c):
		sane := SaneLearningRate[c.Optimizer]
		return fmt.Sprintf("Lower the learning rate too (now %g, %s times %s's usual %g): steps that large hold back any start.", c.LearningRate, bigFactor(c.LearningRate/sane), c.Optimizer, sane)
	case slowRate(c):
		what := fmt.Sprintf("the learning rate too (now %g) to %s%s", c.LearningRate, saneWords(c), andMomentum(c))
		if c.LearningRate >= saneFor(c) {
			what = fmt.Sprintf("the momentum too (now %g) to %g", c.Momentum, SaneMomentum) // as speedUp does
		}
		return fmt.Sprintf("Raise %s: %s at %g steps %s, so even a good start would learn slowly.", what, c.Optimizer, c.LearningRate, slowerBy(c))
	}
	return ""
}

// slowerBy says how much less far c's steps go than at its optimizer's
// sane rate: "100 times less far than at its sane rate (about 0.1)".
func slowerBy(c nn.Config) string {
	return fmt.Sprintf("%.0f times less far than at its sane rate (%s)", saneFor(c)/effectiveRate(c), saneWords(c))
}

// speedUp is the change that makes plain or momentum SGD's steps as long
// as its sane rate's: the rate raised to it, and a weak momentum raised
// to SaneMomentum.
func speedUp(c nn.Config) string {
	change := raiseLR(c)
	if c.LearningRate >= saneFor(c) {
		change = ""
	}
	if weakMomentum(c) {
		change = strings.TrimPrefix(change+"&momentum="+formatLR(SaneMomentum), "&")
	}
	return change
}

// joinAnd joins phrases as a sentence lists them: "a, b and c".
func joinAnd(ps []string) string {
	if len(ps) < 2 {
		return strings.Join(ps, "")
	}
	return strings.Join(ps[:len(ps)-1], ", ") + " and " + ps[len(ps)-1]
}

// countWord writes a small count as a word: "two", "three".
func countWord(n int) string {
	if n >= 0 && n < 5 {
		return []string{"no", "one", "two", "three", "four"}[n]
	}
	return strconv.Itoa(n)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// underfitFinding is the underfitting finding without what holders adds.
func underfitFinding(in Input) (Finding, bool) {
	t, v := in.History.Train, in.History.Val
	size := in.epochSamples()
	values, tiny := tinyReadout(in.Config)
	early := tiny && in.Samples < size && in.Samples >= SlowAfterImages
	if (in.Samples < size && !early) || len(t) == 0 || len(v) == 0 || in.Diverged != "" {
		return Finding{}, false
	}
	train, val := recent(t, 5), v[len(v)-1]
	epochs := in.epochs()
	if shrink, from, to, ok := collapsedByL2(in); ok {
		return Finding{Code: CodeUnderfitting, Severity: Severe, Samples: in.Samples,
			Message: fmt.Sprintf("An L2 of %g has pulled the weights to nothing: together the layers' spreads shrank %s-fold (the first layer's from %.2g to %.2g), so the network answers almost alike for every image (validation %s). The penalty is stronger than anything the data pull back with: the network underfits.", in.Config.L2, bigFactor(shrink), from, to, pct(val.Acc)),
			Fix:     underfitFix(in.Config)}, true
	}
	if f, ok := heldBackByDropout(in, train, val); ok {
		return f, true
	}
	if _, slow := slowSteps(in); slow {
		// The learning-rate finding names the cause; "cannot even fit the
		// training images" would not be true of a run still learning.
		return Finding{}, false
	}
	if _, few := fewSteps(in); few {
		return Finding{}, false
	}
	if _, bad := badInitScale(in); bad && limit(in.Config) == "" {
		// Weights of the wrong scale are what holds the fit back; "it may
		// need more capacity" would send the user the wrong way.
		return Finding{}, false
	}
	if _, high := lrTooHigh(in); high && limit(in.Config) == "" {
		// Steps that overshoot hold a curve down by themselves (SGD at
		// 0.1 with batches of 2 fell back 1.2 points over two epochs,
		// and was also told it might need more capacity).
		return Finding{}, false
	}
	_, _, clipped := clippedL2(in)
	if steps := in.Samples / int64(max(in.Config.BatchSize, 1)); limit(in.Config) == "" && !clipped && in.Config.BatchSize > 64 && steps < FewSteps {
		// Batches between 64 and LargeBatch: a run that has taken fewer
		// than FewSteps steps may still be climbing slowly (SGD at 0.1
		// with batches of 128 reads 93.7% after 940), and without a
		// setting that limits the fit nothing says it cannot fit. A clip
		// that makes a mild L2 pull hard is such a setting (Adam behind a
		// clip of 0.001 and an L2 of 0.0001 on batches of 73 read 86.9%,
		// 94.6-94.7% with either alone, and got no finding: dense seed 13).
		return Finding{}, false
	}
	if train.Acc <= ChanceAcc {
		return underfitAtChance(in, epochs, train)
	}
	if val.Acc >= UnderfitLevelAcc && val.Acc > train.Acc {
		// The training curve is measured on the batches as trained:
		// distorted by augmentation and dropout, with drawn digits mixed
		// in. draw-robust levels off at 94% there while it reads 98.8% of
		// the validation images, and was told it underfits. A network
		// that reads UnderfitLevelAcc of images it never trained on fits
		// digits; the level of its curve says how hard its batches are.
		return Finding{}, false
	}
	// before is the training curve two epochs ago, to tell a level from a
	// climb; lastEpoch is an epoch ago, or half the run ago in the first
	// two epochs, since a curve that climbed over the second half of its
	// first epoch is climbing still.
	before := recent(pointsUpTo(t, in.Samples-2*size), 5)
	lastEpoch := recent(pointsUpTo(t, in.Samples-min(size, in.Samples/2)), 5)
	climbing := lastEpoch.Samples > 0 && train.Acc-lastEpoch.Acc >= UnderfitClimb
	cause, fix := slowFitCause(in.Config), underfitFix(in.Config)
	if shrink, like, ok := clippedL2(in); ok {
		cause, fix = clippedL2Words(in.Config, shrink, like)
	}
	var msg string
	whole, gain, slow := sigmoidClimbing(in)
	switch {
	case slow:
		msg = fmt.Sprintf("After %.1f epochs the network reads only %s of the validation images and %s of its training images, up %.1f points over the last epoch: it learns slowly. Sigmoid units pass back at most a quarter of the gradient and saturate, and their outputs, all positive, push every weight of the next layer the same way: relu units learn faster.", epochs, pct(val.Acc), pct(whole.Acc), 100*gain)
		fix = "Use relu units with he-normal initialization, or train longer: the curve is still climbing."
	case CurveDistorted(in.Config) && limit(in.Config) == "":
		// The curve is of thinned networks or distorted images, not of
		// the network on its training images: its level says how hard
		// the batches are, and a network that memorizes 300 images
		// behind dropout 0.5 levels off there at 91%. Without a setting
		// that limits the fit, that is no evidence of underfitting; the
		// whole network's reading of its own training images is
		// (harderUnderfit).
		whole, gain, ok := harderUnderfit(in, val)
		if !ok {
			return Finding{}, false
		}
		msg = fmt.Sprintf("After %.1f epochs the whole network reads only %s of its own training images (validation %s), %s over the last epoch: it underfits. Its batches are harder than the images themselves (%s), and nothing else in its settings limits the fit: ", epochs, pct(whole.Acc), pct(val.Acc), gained(gain), harderWhy(in.Config))
		if sigmoidSlow(in.Config) {
			msg += "sigmoid units, which learn more slowly than relu units, may need relu units for them, or more training."
			fix = "Use relu units with he-normal initialization, or train longer."
		} else {
			msg += fmt.Sprintf("with %s, the network may need more capacity for them, or more training.", sizeWords(in.Config))
		}
	// A setting that limits the fit is named whenever there is one: it is
	// the cause, and the fix that follows it (a linear network levelled
	// off at 92% was told only that it "cannot fit the training images
	// better").
	case early:
		// The gap is read at the validation point's time: validation
		// comes a few times an epoch, and the training curve climbs on
		// after it (two filters of 7×7 read 81.8% of their batches at
		// 12,000 images, 73.1% of the validation images at 10,000, when
		// the batches read 77%: the wanderers catalogue, seed 702).
		if then := recent(pointsUpTo(t, val.Samples), 5); train.Acc >= UnderfitAcc || then.Acc-val.Acc > OverfitGap {
			return Finding{}, false
		}
		to, seen := "the output layer", "36 such values read 88% after five epochs"
		if len(in.Config.Hidden) > 0 {
			to, seen = "the hidden layers", "25 and 36 such values read 90% and 92% after three epochs with a hidden layer after them"
		}
		msg = fmt.Sprintf("After %s images (%.1f epochs) the training accuracy is only %s (validation %s), and %s: the convolutions pass only %d values to %s, too few to tell the digits apart well (%s, where the cnn preset's 256 read 97%%). The network underfits; more training will not lift it far.", count(in.Samples), epochs, pct(train.Acc), pct(val.Acc), limit(in.Config), values, to, seen)
	case train.Acc < UnderfitLevelAcc && train.Acc-val.Acc <= OverfitGap && limit(in.Config) != "":
		msg = fmt.Sprintf("After %.1f epochs the training accuracy is only %s (validation %s), and %s: the network underfits, it cannot fit the training images better.", epochs, pct(train.Acc), pct(val.Acc), limit(in.Config))
	case train.Acc < UnderfitLevelAcc && limit(in.Config) != "":
		// A gap beside a fit held below UnderfitLevelAcc by a limiting
		// setting: the overfitting rule does not speak below OverfitMinAcc,
		// and the limit is what keeps the training images from being fitted,
		// whatever part of the gap the small training set adds.
		msg = fmt.Sprintf("After %.1f epochs the training accuracy is only %s, and %s: the network underfits, it cannot fit the training images better. Validation is lower still (%s): with %s training images it may also generalize less, but it is held back before it can memorize.", epochs, pct(train.Acc), limit(in.Config), pct(val.Acc), count(int64(in.Config.TrainSize)))
	case clipped && train.Acc < UnderfitLevelAcc && train.Acc-val.Acc <= OverfitGap:
		// The clip and the L2 are named as a limit is, whether or not the
		// curve has levelled yet: the clip holds the fit back from the
		// first step.
		msg = fmt.Sprintf("After %.1f epochs the training accuracy is only %s (validation %s): the network underfits. %s", epochs, pct(train.Acc), pct(val.Acc), cause)
	case sigmoidSGD(in.Config) && limit(in.Config) == "" && epochs >= UnderfitLevelEpochs && val.Acc < UnderfitLevelAcc && train.Acc-val.Acc <= OverfitGap:
		// Sigmoid units under SGD are slow whether or not the curve has
		// levelled yet: three layers of 128 under SGD at 0.1 read 91%
		// after eight epochs, still climbing, and got no finding at all.
		msg = fmt.Sprintf("After %.1f epochs the network reads only %s of the validation images (training %s): it underfits. %s", epochs, pct(val.Acc), pct(train.Acc), cause)
	case train.Acc < UnderfitAcc && math.Abs(train.Acc-val.Acc) <= UnderfitGap && !climbing:
		msg = fmt.Sprintf("After %.1f epochs the training accuracy is only %s and validation is close (%s): the network underfits. %s", epochs, pct(train.Acc), pct(val.Acc), cause)
	case epochs >= UnderfitLevelEpochs && train.Acc < UnderfitLevelAcc && train.Acc-val.Acc <= OverfitGap && before.Samples > 0 && train.Acc-before.Acc < UnderfitLevelGain:
		msg = fmt.Sprintf("After %.1f epochs the training accuracy is %s, %s in two epochs, validation %s: the network underfits. %s", epochs, pct(train.Acc), gained(train.Acc-before.Acc), pct(val.Acc), cause)
	default:
		return Finding{}, false
	}
	return Finding{Code: CodeUnderfitting, Severity: Warning, Samples: in.Samples, Message: msg, Fix: fix}, true
}

// CollapseFactor: under an L2 of HeavyL2 or more, weights whose spreads,
// multiplied over the dense layers, fell this many times below where
// they started (each layer's at least CollapseLayer times) were pulled to
// nothing by it: the network's output scales with that product, so it
// answers almost alike for every image. L2 of 0.65-0.99 shrank the
// product 4,000 to 10^17 times within two epochs (SGD's steps shrink
// every weight by a share of itself, adam's by a fixed amount, so under
// adam the output layer kept a third to a sixtieth of its spread) and
// left the runs at chance, where the rules saw only what that did: steps
// "too big" (the penalty's pull is most of each step), gradients
// vanishing, units dead. An L2 of 0.69 that shrank it 74 times left a
// run at 43%, which the underfitting rule names as it is.
const (
	CollapseFactor = 1000
	CollapseLayer  = 2
)

// collapsedByL2 reports whether an L2 penalty pulled the dense layers'
// weights to nothing (see CollapseFactor), with how many times their
// spreads shrank together, and the first layer's spread at the start and
// now.
func collapsedByL2(in Input) (shrink, from, to float64, ok bool) {
	h, found := latestHealth(in)
	start := in.History.Initial.Layers
	if in.Config.L2 < HeavyL2 || !found || len(h.Layers) == 0 || len(start) != len(h.Layers) {
		return 0, 0, 0, false
	}
	shrink = 1
	for k, l := range h.Layers {
		if l.WeightStd*CollapseLayer > start[k].WeightStd {
			return 0, 0, 0, false
		}
		shrink *= start[k].WeightStd / l.WeightStd
	}
	return shrink, start[0].WeightStd, h.Layers[0].WeightStd, shrink >= CollapseFactor
}

// bigFactor writes a factor that may be huge: "4,100" or "1.2e+07".
func bigFactor(f float64) string {
	if f < 1e6 {
		return count(int64(math.Round(f)))
	}
	return fmt.Sprintf("%.2g", f)
}

// gained says how a training accuracy moved by d: "up only 0.4 points",
// "no higher", "down 1.2 points".
func gained(d float64) string {
	switch {
	case d >= 0.0005:
		return fmt.Sprintf("up only %.1f points", 100*d)
	case d <= -0.0005:
		return fmt.Sprintf("down %.1f points", -100*d)
	}
	return "no higher"
}

// slowFitCause says what most likely keeps a network that no setting
// limits (limit) from fitting its training images, as a sentence: an L2
// above ModerateL2, sigmoid units stepped by plain or momentum SGD,
// sigmoid filters (sigmoidConv), or, when none, that nothing in the
// settings does and more capacity may help. The finding used to say "it
// cannot fit the training images better" and offer more units whatever
// the config: 128 sigmoid units under SGD at its sane 0.1 read 92.5%
// after six epochs, still gaining half a point an epoch, where relu units
// read 97%; an L2 of 0.005 levels 128 relu units off at 94%, where 0.002
// leaves them at 96%.
func slowFitCause(c nn.Config) string {
	switch {
	case c.L2 > ModerateL2:
		return fmt.Sprintf("An L2 of %g pulls every weight towards zero, and is the one setting here that holds the fit back: without it this network fits these images.", c.L2)
	case sigmoidSGD(c):
		return "Sigmoid units pass back at most a quarter of the gradient, and plain SGD's steps follow the gradient's size: the network learns slowly, and more units would not speed it up."
	case sigmoidConv(c):
		return "Its filters are sigmoid units, which hold a convolution back: 8 sigmoid filters of 3×3 read 89.5% where relu ones read 95.8%."
	}
	return "Nothing in its settings limits the fit, so it may need more capacity, or more training."
}

// SigmoidSlowEpochs: after this many epochs a network of sigmoid units
// stepped by Adam or RMSprop that reads below UnderfitLevelAcc is told it
// learns slowly. After 50,000 images (2.5 epochs) they read 2 to 5
// points below the same network of relu units: 128 units under Adam
// 93.1% (relu 95.5%), under RMSprop 93.0%, convolutions 92.6% (relu
// 97.0%), 91.8% under strong augmentation (relu 96.6%), which got no
// finding (the convolutional wild sweep, seed 6).
const SigmoidSlowEpochs = 2

// sigmoidSlow says whether c's units are sigmoid stepped by an optimizer
// that scales its steps (Adam, RMSprop): sigmoidSGD's case has its own
// rule and words.
func sigmoidSlow(c nn.Config) bool {
	return c.Activation == nn.ActSigmoid && !sigmoidSGD(c)
}

// sigmoidClimbing returns how well a network of sigmoid units under Adam
// or RMSprop, nothing else holding it back, fits its own training images
// (wholeFit) and what that gained over the last epoch; ok after
// SigmoidSlowEpochs, below UnderfitLevelAcc on validation, when it is
// close to validation (no memorizing) and gained UnderfitClimb or more. Levelled off below UnderfitLevelAcc
// is no slowness: sigmoid networks of 100 to 300 units on 10,000 to
// 20,000 images read 89-94% there, and nothing says relu units would
// read more.
func sigmoidClimbing(in Input) (whole nn.Point, gain float64, ok bool) {
	c, v := in.Config, in.History.Val
	if !sigmoidSlow(c) || limit(c) != "" || c.Dropout >= HeavyDropout || in.epochs() < SigmoidSlowEpochs || len(v) == 0 || v[len(v)-1].Acc >= UnderfitLevelAcc {
		return nn.Point{}, 0, false
	}
	whole, ok = wholeFit(in, recent(in.History.Train, 5))
	was, ago := wholeFitAgo(in, in.epochSamples())
	if !ok || !ago || whole.Acc-v[len(v)-1].Acc > OverfitGap || whole.Acc-was.Acc < UnderfitClimb {
		return nn.Point{}, 0, false
	}
	return whole, whole.Acc - was.Acc, true
}

// harderUnderfit is the underfitting of a network whose batches are
// harder than its training images (CurveDistorted), told by the whole
// network's reading of those images (wholeFit) as the training curve
// tells it otherwise: below UnderfitAcc, validation within UnderfitGap of
// it, and up less than UnderfitClimb over the last epoch. It returns that
// reading and its gain. 18 units under strong augmentation read 89.0%
// after 2.5 epochs, fitting 87.3% of their images, up 2.0 points, and got
// no finding (the wild sweep, dense seed 20); 128 units read 94.5% and
// fit 94.7% there, 64 units 93.0% and 92.3%, 32 units 91.1% and 90.6%.
// It speaks only of a network that more capacity or relu units may lift
// (smallNetwork, sigmoidSlow): 512 elu units on 5,000 images behind light
// augmentation and dropout 0.2 fitted 88.6% after a short run of 20,000
// images (the newcomers catalogue's control), and "more capacity" would
// not have been true of them.
func harderUnderfit(in Input, val nn.Point) (whole nn.Point, gain float64, ok bool) {
	if !smallNetwork(in.Config) && !sigmoidSlow(in.Config) {
		return nn.Point{}, 0, false
	}
	whole, ok = wholeFit(in, nn.Point{})
	was, ago := wholeFitAgo(in, in.epochSamples())
	if !ok || !ago || whole.Acc >= UnderfitAcc || math.Abs(whole.Acc-val.Acc) > UnderfitGap || whole.Acc-was.Acc >= UnderfitClimb {
		return nn.Point{}, 0, false
	}
	return whole, whole.Acc - was.Acc, true
}

// smallNetwork says whether c's network is small enough that more
// capacity may lift a fit held back by harder batches: a hidden layer of
// fewer than SmallishLayer units, or, with no hidden layer, a convolution
// of fewer than 2*FewFilters filters, the cnn preset's first's 8. Under strong
// augmentation, after 2.5 epochs, 18 and 24 units fitted 87% of their
// images and 128 units 94.7%, but 32 units already 90.6% and 64 units
// 92.3%; 64 units behind light augmentation fitted 85.6% after a short
// run of 20,000 images, and 128 units 86.7% (the main catalogue's
// controls): there the run was short, not the network small.
func smallNetwork(c nn.Config) bool {
	for _, u := range c.Hidden {
		if u < SmallishLayer {
			return true
		}
	}
	if len(c.Hidden) == 0 {
		for _, l := range c.ConvLayers() {
			if l.Filters < 2*FewFilters {
				return true
			}
		}
	}
	return false
}

// SmallishLayer: a hidden layer of fewer units is small enough that
// harder batches may need more (see smallNetwork); twice SmallLayer,
// below which a layer limits the fit by itself.
const SmallishLayer = 2 * SmallLayer

// harderWhy says what makes c's batches harder than its training images
// (see harderBatches and CurveDistorted).
func harderWhy(c nn.Config) string {
	var why []string
	switch c.Augment {
	case augment.Light:
		why = append(why, "light augmentation turns, scales, shears and shifts every image a little")
	case augment.Strong:
		why = append(why, "strong augmentation turns, scales, shears and shifts every image and changes its strokes' width")
	}
	if c.Dropout > 0 {
		why = append(why, fmt.Sprintf("dropout at %g switches off %s of the units on every image", c.Dropout, pct(c.Dropout)))
	}
	if c.Ones || c.Drawn || c.Mine {
		why = append(why, "drawn digits are mixed in")
	}
	return joinAnd(why)
}

// sizeWords describes the size of c's network as smallNetwork judges it:
// "18 units", "64x32 units", or, with no hidden layer, "convolutions of 4
// and 8 filters".
func sizeWords(c nn.Config) string {
	if len(c.Hidden) > 0 || c.Conv == "" {
		return nn.FormatHidden(c.Hidden) + " units"
	}
	var fs []string
	for _, l := range c.ConvLayers() {
		fs = append(fs, strconv.Itoa(l.Filters))
	}
	return fmt.Sprintf("convolutions of %s filters", joinAnd(fs))
}

// wholeFit is how well the network fits its own training images: the
// training curve's level, or, when that is measured on thinned networks
// or distorted images (CurveDistorted), the whole network's latest
// reading of its training images (History.Fit); false when there is none.
func wholeFit(in Input, train nn.Point) (nn.Point, bool) {
	if !CurveDistorted(in.Config) {
		return train, true
	}
	if f := in.History.Fit; len(f) > 0 {
		return f[len(f)-1], true
	}
	return nn.Point{}, false
}

// wholeFitAgo is wholeFit as it was an epoch (size samples) before the
// latest point; false when the run is younger.
func wholeFitAgo(in Input, size int64) (nn.Point, bool) {
	if !CurveDistorted(in.Config) {
		p := recent(pointsUpTo(in.History.Train, in.Samples-size), 5)
		return p, p.Samples > 0
	}
	f := in.History.Fit
	if len(f) == 0 {
		return nn.Point{}, false
	}
	if u := pointsUpTo(f, f[len(f)-1].Samples-size); len(u) > 0 {
		return u[len(u)-1], true
	}
	return nn.Point{}, false
}

// TinyReadout: a convolutional network without a hidden layer whose
// convolutions pass fewer values than this to the output layer, narrowed
// by a convolution of fewer than FewFilters filters, cannot read digits
// well however long it trains: a linear readout of 36 values (one 5×5
// filter pooled 4 by 4) read 88.1% after five epochs of 20,000 images,
// of 64 values 89.3%, of 72 values 92.2%, where 144 read 94.8% and the
// cnn preset's 256 read 97%. Its underfitting is named after
// SlowAfterImages rather than a whole epoch: one-filter convolutions on
// 12,000 to 60,000 images read 20-85% before their first epoch and got no
// finding (the travellers and wanderers catalogues, ten cases).
//
// Hidden layers after such convolutions compute from the same few values
// and lift the limit only a little, so below TinyHiddenReadout values the
// bottleneck is named as early: one 7×7 filter pooled 4 by 4 (25 values)
// with 32 hidden units read 80.7% after 12,000 images (the convolutional
// base 95.2%) and got no finding (the drifters catalogue, held out, seed
// 801); it reads 89.6% after three epochs, one 5×5 filter pooled alike
// (36 values) with 128 units 92.0%, where two (72 values) with 64 units
// read 94.0%.
const (
	TinyReadout       = 100
	TinyHiddenReadout = 50
)

// tinyReadout returns how many values c's convolutions pass to the layer
// after them, and whether that is a tiny readout (see TinyReadout).
func tinyReadout(c nn.Config) (int, bool) {
	if c.Conv == "" {
		return 0, false
	}
	limit := TinyReadout
	if len(c.Hidden) > 0 {
		limit = TinyHiddenReadout
	}
	_, _, narrowed := narrowConv(c)
	values := c.Layers()[0]
	return values, narrowed && values < limit
}

// sigmoidConv says whether c is a convolutional network of sigmoid
// units, which underfits by its units whatever its optimizer: after
// 50,000 images 8 sigmoid filters of 3×3 (no hidden layer, adam) read
// 89.5% where relu filters read 95.8%, and 2 sigmoid filters 88.8%, 8.8%
// below the wild sweep's cnn base; widened to 8 filters they read 89.5%,
// with relu units too 96.2% (the convolutional wild sweep, seed 18, whose
// underfitting change widened them and kept the sigmoid). The cnn
// preset's network of sigmoid units reads 92.6%.
func sigmoidConv(c nn.Config) bool {
	return c.Conv != "" && c.Activation == nn.ActSigmoid
}

// sigmoidStackSGD says whether c is two or more hidden layers of sigmoid
// units under plain or momentum SGD without batch normalization, which
// hold a run back whatever else is mended: deep sigmoid networks of the
// wanderers catalogue (seed 701) started from zeros or tiny weights read
// 31-57% after 20,000 images once given a glorot start, the symmetry and
// initial-scale findings' change, where the same networks of tanh units
// read 93%; two sigmoid layers from N(0,1) weights read 82-83% after the
// same change, their elu bases 91-92%. Three or four read 19-72% from a
// fan-in start (see SlowGradientRatio).
func sigmoidStackSGD(c nn.Config) bool {
	return sigmoidSGD(c) && len(c.Hidden) >= 2 && !c.BatchNorm
}

// sigmoidSGD says whether c steps sigmoid units with plain or momentum
// SGD, which learns slowly (see slowFitCause).
func sigmoidSGD(c nn.Config) bool {
	return c.Activation == nn.ActSigmoid && (c.Optimizer == nn.OptSGD || c.Optimizer == nn.OptMomentum)
}

// CurveDistorted says whether c's training curve is measured on
// something else than the network on its training images: a network
// thinned by dropout, or images distorted by augmentation or mixed with
// drawn digits (the trainer measures the batches as trained).
func CurveDistorted(c nn.Config) bool {
	return c.Dropout > 0 || harderBatches(c)
}

// harderBatches says whether c's batches are harder than its training
// images as they are: distorted by augmentation, or mixed with drawn
// digits.
func harderBatches(c nn.Config) bool {
	return c.Augment != augment.Off || c.Ones || c.Drawn || c.Mine
}

// heldBackByDropout is the underfitting finding of a run whose dropout
// (HeavyDropout or more) holds it back: validation below
// UnderfitLevelAcc while the thinned network the training curve
// measures does worse still. It speaks from the first epoch, before the
// curves level off, since heavy dropout's other symptoms (dead units, a
// training curve near chance) would otherwise be read as the cause.
// Severe below UnderfitAcc.
func heldBackByDropout(in Input, train, val nn.Point) (Finding, bool) {
	p := in.Config.Dropout
	if p < HeavyDropout || val.Acc >= UnderfitLevelAcc || train.Acc >= val.Acc {
		return Finding{}, false
	}
	return Finding{Code: CodeUnderfitting, Severity: severity(val.Acc < UnderfitAcc), Samples: in.Samples,
		Message: fmt.Sprintf("Dropout at %g switches off %s of the units on every training image: the thinned network reads %s of its batches and the whole one %s of the validation images. Dropout this heavy holds the network back: it underfits.", p, pct(p), pct(train.Acc), pct(val.Acc)),
		Fix:     fmt.Sprintf("Lower dropout (now %g) to 0.5 or less; 0.2 is common, and none is fine on this data.", p)}, true
}

// underfitAtChance is the underfitting finding of a run still at chance
// (train is its recent training curve) after epochs epochs: it speaks only
// when a setting limits the network's capacity so far that it may be what
// keeps the run from learning (a convolution of one or two filters, a
// hidden layer of a few units), and says it may be, since a run at chance
// has other possible causes that the other findings judge. It is severe,
// as the symptom it explains is.
func underfitAtChance(in Input, epochs float64, train nn.Point) (Finding, bool) {
	why := narrow(in.Config)
	if c := in.Config; why == "" && slowLeftToL2(c) {
		// slowSteps leaves the slow rate to this finding, so it must
		// speak near chance too: the cnn preset under
		// adam at 5.2e-05 with an L2 of 0.18 on batches of 373 read 19.7%
		// and got no finding at all (38.2% without the L2, 87.2% at adam's
		// sane rate with it; the convolutional wild sweep, seed 11).
		// heldTogether names the rate beside the L2, and the change lifts
		// both.
		v := in.History.Val
		return Finding{Code: CodeUnderfitting, Severity: Severe, Samples: in.Samples,
			Message: fmt.Sprintf("After %.1f epochs the training accuracy is only %s (validation %s), barely better than guessing (10%%), and %s: the network underfits, it cannot fit the training images.", epochs, pct(train.Acc), pct(v[len(v)-1].Acc), limit(c)),
			Fix:     underfitFix(c)}, true
	}
	shrink, like, ok := clippedL2(in)
	if _, _, slowed := clipShrink(in); why == "" && ok && !slowed {
		// A clip that starves the data's gradient leaves the L2's pull
		// alone to move the weights, even near chance: adam behind a
		// clip of 0.0001 with an L2 of 0.00059 stayed at 9.8%, and got
		// only "not learning", with no change (the wild sweep, dense
		// seed 22). The change lifts the clip (changesFor). Under SGD the
		// learning-rate finding already names the clip for the steps it
		// shortens (clipShrink).
		v := in.History.Val
		cause, fix := clippedL2Words(in.Config, shrink, like)
		return Finding{Code: CodeUnderfitting, Severity: Severe, Samples: in.Samples,
			Message: fmt.Sprintf("After %.1f epochs the training accuracy is only %s (validation %s), no better than guessing (10%%): the network underfits. %s", epochs, pct(train.Acc), pct(v[len(v)-1].Acc), cause),
			Fix:     fix}, true
	}
	if why == "" {
		return Finding{}, false
	}
	return Finding{Code: CodeUnderfitting, Severity: Severe, Samples: in.Samples,
		Message: fmt.Sprintf("After %.1f epochs the training accuracy is still %s, no better than guessing, and %s: a network this narrow may be unable to fit the training images at all.", epochs, pct(train.Acc), why),
		Fix:     underfitFix(in.Config)}, true
}

// slowLeftToL2 says whether slowSteps leaves c's slow rate (slowRate) to
// the underfitting finding because of c's L2: an L2 of HeavyL2 or more
// beside a rate less than SlowBesideLimit times too slow, or an L2 of
// DominantL2 or more beside any.
func slowLeftToL2(c nn.Config) bool {
	return slowRate(c) && c.L2 >= HeavyL2 &&
		(effectiveRate(c)*SlowBesideLimit > saneFor(c)*(1+1e-9) || c.L2 >= DominantL2)
}

// narrow names the setting that narrows a config's network to a handful
// of values per image, "" if none does: a convolution of fewer than
// FewFilters filters, a hidden layer of fewer than SmallLayer units, or
// one that dropout thins below SmallLayer on each training image: 16
// units behind dropout 0.5 read 85.0-85.2% where 16 units alone read
// 90.2-93.3%, and got no finding after an epoch (the visitors catalogue,
// seed 501), since only a limit lets the underfitting finding speak that
// early.
func narrow(c nn.Config) string {
	if k, filters, ok := narrowConv(c); ok {
		return fewFilters(k, filters)
	}
	for i, u := range c.Hidden {
		if u < SmallLayer {
			return smallLayer(i, u)
		}
	}
	for i, u := range c.Hidden {
		if kept := float64(u) * (1 - c.Dropout); kept < SmallLayer {
			return fmt.Sprintf("hidden layer %d has only %d units, of which dropout at %g leaves about %.0f to describe a digit on each training image", i+1, u, c.Dropout, kept)
		}
	}
	return ""
}

// narrowConv returns the first convolution of c (k from 0) with fewer
// than FewFilters filters. A later one narrows the network as a first one
// does: 10 filters of 3×3 and then 2 read 91.1% where the cnn preset
// reads 97.0%, and got no finding (the convolutional wild sweep).
func narrowConv(c nn.Config) (k, filters int, ok bool) {
	for k, l := range c.ConvLayers() {
		if l.Filters < FewFilters {
			return k, l.Filters, true
		}
	}
	return 0, 0, false
}

// fewFilters says that convolution k (from 0) has only n filters.
func fewFilters(k, n int) string {
	return fmt.Sprintf("%s has only %s, all that the layers after it see of an image", convName(k), filtersOf(n))
}

// convName names convolution k (from 0): "the first convolution",
// "convolution 2".
func convName(k int) string {
	if k == 0 {
		return "the first convolution"
	}
	return fmt.Sprintf("convolution %d", k+1)
}

// filtersOf writes a count of filters: "1 filter", "2 filters".
func filtersOf(n int) string { return countOf(int64(n), "filter") }

// smallLayer says that hidden layer i (from 0) has only u units.
func smallLayer(i, u int) string {
	return fmt.Sprintf("hidden layer %d has only %d units to describe a digit", i+1, u)
}

// limit names the setting that limits how well a config can fit, "" if
// none does: an L2 of HeavyL2 or more, no hidden layer, linear units
// without a convolution's pooling (see allLinear), or a narrow network
// (see narrow).
func limit(c nn.Config) string {
	switch {
	case c.L2 >= HeavyL2:
		return fmt.Sprintf("an L2 of %g pulls every weight towards zero harder than the data pull them apart", c.L2)
	case len(c.Hidden) == 0 && c.Conv == "":
		return "without a hidden layer the network can only draw straight boundaries between the digits"
	case allLinear(c):
		return "with linear units its layers multiply out to a single linear map, so however many units it has it can only draw straight boundaries between the digits"
	}
	return narrow(c)
}

// allLinear says that c's network is one linear map: linear units and no
// convolution, whose pooling would be the only bend. 784-128-10 linear
// levels off at 92% on the bundled data, as a plain softmax regression
// does, and 1024x1024 at 90%: more units add nothing, and the underfitting
// finding offered them as its fix until it knew.
func allLinear(c nn.Config) bool {
	return c.Activation == nn.ActLinear && c.Conv == "" && len(c.Hidden) > 0
}

// underfitFix says what to try against underfitting: a plain or momentum
// SGD with a small learning rate is more likely too slow than too small.
func underfitFix(c nn.Config) string {
	switch {
	case c.L2 >= HeavyL2 || (limit(c) == "" && c.L2 > ModerateL2):
		// Before linear units, as limit names them: an L2 of 0.54 that
		// pulled a linear network's weights to nothing (19.2%) was
		// offered relu units alone, and read 19.0% (the wild sweep,
		// dense seed 22). liftHolders adds the linear units to it.
		return fmt.Sprintf("Lower L2 (now %g) to 0.001 or less, or remove it.", c.L2)
	case allLinear(c):
		return "Use a non-linear activation such as relu (with he-normal initialization) or elu: more linear units add nothing."
	case len(c.Hidden) == 0 && c.Conv == "":
		return "Add a hidden layer (hidden=128, say): without one the network can only draw straight boundaries."
	case limit(c) != "" && limit(c) == narrow(c):
		if k, filters, ok := narrowConv(c); ok {
			if sigmoidConv(c) {
				return fmt.Sprintf("Give convolution %d more filters (now %d), %d or more as the cnn preset's first has, and use relu units with he-normal initialization: sigmoid filters read several points less than relu ones of the same size.", k+1, filters, 2*FewFilters)
			}
			return fmt.Sprintf("Give convolution %d more filters (now %d): %d or more, as the cnn preset's first has.", k+1, filters, 2*FewFilters)
		}
	case limit(c) == "" && sigmoidConv(c):
		return "Use relu units with he-normal initialization: sigmoid filters read several points less than relu ones of the same size (8 filters of 3×3: 89.5% against 95.8%)."
	case limit(c) == "" && sigmoidSGD(c):
		return "Use relu units with he-normal initialization, or the adam optimizer, which scales its steps to the gradient's size."
	}
	capacity := fmt.Sprintf("more capacity (now hidden=%s: more units or layers)", nn.FormatHidden(c.Hidden))
	if (c.Optimizer == nn.OptSGD || c.Optimizer == nn.OptMomentum) && c.LearningRate < saneFor(c)/2 {
		// As the change it offers (changesFor): momentum SGD at its sane
		// 0.01 was told to raise its rate (the visitors catalogue).
		return fmt.Sprintf("Raise the learning rate (now %g) or use adam; if it still levels off, give it %s.", c.LearningRate, capacity)
	}
	return "Give it " + capacity + ", train longer, or lower dropout and L2 if set."
}

// count writes a number of images with thousands separators: 285,408.
func count(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func overfitting(in Input) (Finding, bool) {
	t, v := in.History.Train, in.History.Val
	if len(t) == 0 || len(v) == 0 || in.Diverged != "" {
		return Finding{}, false
	}
	// Below OverfitMinAcc the curve says nothing of memorizing, unless it
	// is not the network's own (CurveDistorted): behind dropout or
	// augmentation a network that memorizes 300 images shows 91% there,
	// and only the validation loss's rise (below) can tell.
	fitted := recent(t, 3).Acc >= OverfitMinAcc
	if !fitted && !CurveDistorted(in.Config) {
		return Finding{}, false
	}
	fix := overfitFix(in.Config)
	// Compare validation with the training curve at the same moment: the
	// curve moves fast early on, and a stale validation point is no gap.
	val := v[len(v)-1]
	if val.Samples <= in.epochSamples() {
		// In the first epoch each point of the training curve is measured
		// on a batch before the step that learns it: on images the network
		// has not seen, so a gap there is no memorizing.
		return Finding{}, false
	}
	if _, shifted := dropoutShiftGap(in); shifted {
		// The whole network reads its own training images worse than its
		// thinned self: it does not memorize them, and a rising
		// validation loss is its normalization gone wrong (batch norm
		// behind dropout 0.5 and strong augmentation, 77.3%, was told
		// it memorized and offered l2=0.001).
		return Finding{}, false
	}
	if f, ok := fitGap(in, val, fix); ok && CurveDistorted(in.Config) {
		return f, true
	}
	train := recent(pointsUpTo(t, val.Samples), 3)
	if gap := train.Acc - val.Acc; fitted && gap > OverfitGap && train.Samples > 0 {
		return Finding{Code: CodeOverfitting, Severity: Warning, Fix: fix, Samples: val.Samples,
			Message: fmt.Sprintf("Training accuracy is %s but validation only %s: a gap of %.1f points means the network memorizes the training images instead of learning digits.", pct(train.Acc), pct(val.Acc), 100*gap)}, true
	}
	bestAt := 0
	for i, p := range v {
		if p.Loss < v[bestAt].Loss {
			bestAt = i
		}
	}
	best := v[bestAt]
	// A training loss that climbed back from its best is overshooting
	// steps (lrClimbedBack), which also make the answers on validation
	// images swing: that rise is no memorizing, and "while the training
	// loss kept falling" would not be true (rmsprop at 0.01 was told both
	// at 96.8% training and 95.8% validation accuracy).
	if _, overshoot := lrClimbedBack(in, ""); overshoot {
		return Finding{}, false
	}
	if f := in.History.Fit; len(f) > 0 && f[len(f)-1].Acc < OverfitMinAcc {
		// A network that reads less than OverfitMinAcc of its own
		// training images, whole, does not memorize them: adam at 0.0072
		// on batches of 8 read 94.6% of them and 93.5% of the validation
		// images, its validation loss rising with its big noisy steps,
		// and was told it memorizes.
		return Finding{}, false
	}
	if bestAt < len(v)-1 && val.Loss > OverfitValRise*best.Loss && val.Loss-best.Loss >= OverfitValRiseMin && train.Loss < trainLossAt(t, best.Samples) {
		return Finding{Code: CodeOverfitting, Severity: Warning, Fix: fix, Samples: val.Samples,
			Message: fmt.Sprintf("Validation loss rose from %.3g (at %s images) to %.3g while the training loss kept falling: the network has started to memorize the training images.", best.Loss, count(best.Samples), val.Loss)}, true
	}
	return Finding{}, false
}

// pointsUpTo returns the points of t at or before samples.
// overfitFix says what to try against memorizing, in the order of the
// changes offered (changesFor): more images when the run has fewer than
// the bundled subset, then dropout and L2, each with its value now ("add
// dropout (now 0.5)" read as if there were none).
func overfitFix(c nn.Config) string {
	dropout := "add dropout"
	if c.Dropout > 0 {
		dropout = fmt.Sprintf("raise dropout (now %g)", c.Dropout)
	}
	l2 := "add L2"
	if c.L2 > 0 {
		l2 = fmt.Sprintf("raise L2 (now %g)", c.L2)
	}
	if c.TrainSize < bundledImages {
		return fmt.Sprintf("Train on more images (now %s), or %s or %s.", count(int64(c.TrainSize)), dropout, l2)
	}
	return fmt.Sprintf("%s or %s.", strings.ToUpper(dropout[:1])+dropout[1:], l2)
}

// fitGap is the overfitting finding that the fit probe (History.Fit)
// gives at validation point val: the whole network, without dropout or
// augmentation, reads FitMinAcc or more of its training images and
// more than OverfitGap above validation. The overfitting rule asks it
// when the training curve is distorted (CurveDistorted): behind dropout
// 0.5 a network memorizing 500 images reads 97% of them on the curve and
// 99.9% whole, 76% of the validation images.
func fitGap(in Input, val nn.Point, fix string) (Finding, bool) {
	fits := in.History.Fit
	if len(fits) == 0 || fits[len(fits)-1].Samples != val.Samples {
		return Finding{}, false
	}
	fit := fits[len(fits)-1]
	if gap := fit.Acc - val.Acc; fit.Acc < FitMinAcc || gap <= OverfitGap {
		return Finding{}, false
	}
	images := fmt.Sprintf("its %s training images", count(int64(in.Config.TrainSize)))
	if in.Config.TrainSize > nn.FitProbeImages {
		images = fmt.Sprintf("%s of its training images", count(nn.FitProbeImages))
	}
	return Finding{Code: CodeOverfitting, Severity: Warning, Fix: fix, Samples: val.Samples,
		Message: fmt.Sprintf("On %s the whole network (%s) reads %s, on the validation images only %s: a gap of %.1f points means the network memorizes the training images instead of learning digits.", images, distortedBy(in.Config), pct(fit.Acc), pct(val.Acc), 100*(fit.Acc-val.Acc))}, true
}

// distortedBy says what the training curve of a distorted run
// (CurveDistorted) is measured through, which the fit probe leaves out.
func distortedBy(c nn.Config) string {
	var what []string
	if c.Dropout > 0 {
		what = append(what, "no dropout")
	}
	if c.Augment != augment.Off {
		what = append(what, "no augmentation")
	}
	if c.Ones || c.Drawn || c.Mine {
		what = append(what, "no drawings mixed in")
	}
	return strings.Join(what, ", ")
}

func pointsUpTo(t []nn.Point, samples int64) []nn.Point {
	n := 0
	for n < len(t) && t[n].Samples <= samples {
		n++
	}
	return t[:n]
}

// trainLossAt returns the training loss of the last point at or before
// samples (the first point if none).
func trainLossAt(t []nn.Point, samples int64) float64 {
	if u := pointsUpTo(t, samples); len(u) > 0 {
		return u[len(u)-1].Loss
	}
	return t[0].Loss
}
