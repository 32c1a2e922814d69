package main

import (
	"math"
	"slices"

	"digitlab/diagnose"
	"digitlab/nn"
)

// Measurement thresholds that confirm a label without the rules. They are
// deliberately plain: a label stands only when the run shows its fault in
// the probe or in the accuracies.
const (
	confirmDead      = 0.9   // share of dead units in a hidden layer
	confirmSaturated = 0.5   // share of saturated units in a hidden layer
	confirmIdentical = 0.99  // share of units identical to the first
	confirmGradRatio = 100.0 // first/last RMS gradient, either way
	confirmFadeRatio = 10.0  // first/last RMS gradient of a gradient that faded (faded)
	confirmGradGrow  = 100.0 // largest RMS gradient over the healthy base's
	confirmHurt      = 0.03  // validation accuracy below the base's by this
	confirmSlow      = 0.05  // validation accuracy below the base's, lr too low
	confirmGap       = 0.05  // training above validation accuracy by this
	chance           = 0.2   // training accuracy at or below this is chance
	healthyAcc       = 0.88  // a control must reach this validation accuracy
	confirmFlat      = 1e-6  // output spread below which a network ignores its input
)

// convSilent reports whether a convolutional ReLU network's convolutions
// died: its answer is the same for every image, which for a network whose
// dense layers see only its convolutions' outputs means those are constant,
// every filter dead.
func convSilent(c Case, o Outcome) bool {
	return c.Config.Conv != "" && c.Config.Activation == nn.ActReLU && !o.Diverged && o.OutputSpread < confirmFlat
}

// explodedLoss: a training loss this far above a uniform guess has diverged.
var explodedLoss = 10 * math.Ln10

// exploded reports whether a run diverged: its loss became NaN or infinite,
// or grew past explodedLoss and three times where it started.
func exploded(o Outcome) bool {
	return o.Diverged || (o.LastLoss > explodedLoss && o.LastLoss > 3*o.InitialLoss)
}

// confirm returns the label that the measurements of the faulty run (and its
// healthy base) support, and false when they support none: the case is then
// dropped.
func confirm(c Case, base, o Outcome) (string, bool) {
	hurt := base.ValAcc-o.ValAcc >= confirmHurt
	diverged := exploded(o)
	switch c.Label {
	case "":
		return "", !o.Diverged && o.ValAcc >= healthyAcc
	case diagnose.CodeSymmetry:
		return c.Label, o.Identical >= confirmIdentical
	case diagnose.CodeDiverged:
		if diverged {
			return c.Label, true
		}
		return c.Accept[0], hurt
	case diagnose.CodeDeadUnits, diagnose.CodeLRTooHigh, diagnose.CodeBadInitScale:
		switch {
		case diverged:
			return diagnose.CodeDiverged, true
		case c.Label == diagnose.CodeDeadUnits && (o.Dead >= confirmDead || convSilent(c, o)):
			return c.Label, true
		case c.Label == diagnose.CodeDeadUnits:
			return diagnose.CodeLRTooHigh, hurt
		}
		return c.Label, hurt
	case diagnose.CodeLRTooLow:
		return c.Label, !diverged && base.ValAcc-o.ValAcc >= confirmSlow
	case diagnose.CodeVanishing:
		switch {
		case vanished(o):
			return c.Label, true
		case c.Config.Conv != "":
			// The tiny initialization of a convolution stack whose
			// gradient did not vanish still hurts through its scale.
			return diagnose.CodeBadInitScale, hurt
		case o.Saturated < confirmSaturated && faded(o) && hurt:
			return c.Label, true
		}
		return diagnose.CodeSaturatedUnits, o.Saturated >= confirmSaturated
	case diagnose.CodeSaturatedUnits:
		switch {
		case o.Saturated >= confirmSaturated:
			return c.Label, true
		case c.Config.LearningRate > c.Base.LearningRate:
			// A rate raised to saturate the units that hurt the run
			// without saturating them hurt it through its steps, not
			// through the weights' initial scale.
			return diagnose.CodeLRTooHigh, hurt
		}
		return diagnose.CodeBadInitScale, hurt
	case diagnose.CodeExploding:
		switch {
		case diverged:
			return diagnose.CodeDiverged, true
		case gradExploded(base, o):
			return c.Label, true
		}
		return diagnose.CodeBadInitScale, hurt
	case diagnose.CodeUnderfitting:
		return c.Label, base.TrainAcc-o.TrainAcc >= confirmHurt && o.TrainAcc-o.ValAcc < confirmGap
	case diagnose.CodeOverfitting:
		return c.Label, o.TrainAcc-o.ValAcc > confirmGap
	case diagnose.CodeNotLearning:
		return c.Label, o.TrainAcc <= chance
	}
	return "", false
}

// vanished reports whether a run's gradient vanished on its way back: the
// first hidden layer's or the first convolution's RMS weight gradient is
// below the output layer's by confirmGradRatio.
func vanished(o Outcome) bool {
	below := func(r float64) bool { return r > 0 && r < 1/confirmGradRatio }
	return below(o.GradRatio) || below(o.ConvGradRatio)
}

// faded reports whether a run's gradient shrank confirmFadeRatio-fold
// or more on its way back through the dense layers, short of vanished: a
// vanishing-gradients case that did so and is hurt (three to four hidden
// layers of sigmoid units under SGD, 12- to 75-fold, 19-72% where their
// bases read 93%) was dropped before, as neither vanished nor saturated,
// so the benchmark never asked for a finding there.
func faded(o Outcome) bool {
	return o.GradRatio > 0 && o.GradRatio < 1/confirmFadeRatio
}

// gradExploded reports whether a run's gradients exploded: the first
// layer's outgrew the last's by confirmGradRatio, or the largest grew to
// confirmGradGrow times the largest of the healthy base.
func gradExploded(base, o Outcome) bool {
	return o.GradRatio > confirmGradRatio || (base.MaxGrad > 0 && o.MaxGrad >= confirmGradGrow*base.MaxGrad)
}

// causes returns the codes that name a case's cause correctly when shown
// first.
func causes(label string, c Case) []string {
	out := []string{label}
	if label == c.Label {
		out = append(out, c.Accept...)
	}
	if label == diagnose.CodeDiverged {
		out = append(out, diagnose.CodeLRTooHigh)
		// Weights of N(0,1) blow a run up at a sane learning rate: the
		// initialization is a cause of the divergence by itself.
		if c.Config.Init == nn.InitNormal1 {
			out = append(out, diagnose.CodeBadInitScale)
		}
	}
	// A fault that injected both weights of N(0,1) and a learning rate far
	// too high (diverge-normal-1) and did not blow the run up is relabelled
	// learning-rate-too-high, but both settings are at fault by
	// construction: naming the initialization first names a cause too.
	if label == diagnose.CodeLRTooHigh && label != c.Label && c.Config.Init == nn.InitNormal1 && c.Base.Init != nn.InitNormal1 {
		out = append(out, diagnose.CodeBadInitScale)
	}
	return out
}

// trueOf reports whether a finding code states something the measurements
// show of the run, cause or not: a finding that is true but not the cause
// is no false alarm, only not the best first finding.
func trueOf(code string, c Case, base, o Outcome, label string) bool {
	if slices.Contains(causes(label, c), code) {
		return true
	}
	lr := c.Config.LearningRate
	sane := saneLR[c.Config.Optimizer]
	switch code {
	case diagnose.CodeNotLearning:
		return o.TrainAcc <= chance || o.Diverged
	case diagnose.CodeDiverged:
		return exploded(o)
	case diagnose.CodeDeadUnits:
		return o.Dead >= 0.5 || convSilent(c, o)
	case diagnose.CodeSaturatedUnits:
		return o.Saturated >= 0.5
	case diagnose.CodeVanishing:
		return vanished(o) || (faded(o) && base.ValAcc-o.ValAcc >= confirmHurt)
	case diagnose.CodeExploding:
		return gradExploded(base, o)
	case diagnose.CodeBadInitScale:
		return slices.Contains([]string{nn.InitZeros, nn.InitNormal1, nn.InitTiny}, c.Config.Init)
	case diagnose.CodeSymmetry:
		return c.Config.Init == nn.InitZeros && o.Identical >= confirmIdentical
	case diagnose.CodeOverfitting:
		return o.TrainAcc-o.ValAcc > confirmGap
	case diagnose.CodeUnderfitting:
		return base.TrainAcc-o.TrainAcc >= confirmHurt && o.TrainAcc-o.ValAcc < confirmGap
	case diagnose.CodeLRTooHigh:
		return lr > 3*sane[1]
	case diagnose.CodeLRTooLow:
		return lr < sane[0]/3 || c.Config.BatchSize >= diagnose.LargeBatch
	}
	return false
}
