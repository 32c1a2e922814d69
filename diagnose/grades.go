package diagnose

import (
	"math"

	"digitlab/nn"
)

// Grade is how one probe measure of a layer looks to the rules, so that
// the Layers tab colours a measure exactly when the rules would speak.
type Grade int

const (
	GradeGood Grade = iota
	// GradeWarn: past a rule's warning threshold.
	GradeWarn
	// GradeBad: past a rule's severe threshold.
	GradeBad
)

// LayerGrades grades the measures of one dense layer's probe.
type LayerGrades struct {
	// Stuck grades the worst share of dead, saturated or identical units
	// (hidden layers only); Stuck names which and StuckShare is its value.
	Stuck      Grade
	StuckWhat  string
	StuckShare float64
	// Gradient grades the layer's RMS weight gradient: above ExplodingRMS,
	// or against the output layer's (judged with two hidden layers or
	// more), as the gradients rule does.
	Gradient Grade
	// Spread grades the weight spread against the fan-in rule.
	Spread Grade
	// Update grades the update-to-weight ratio: above LRHighUpdate on
	// weights of a sane size, or below LRLowUpdate.
	Update Grade
}

// shareGrade grades a share against a warning and a severe threshold.
func shareGrade(v, warn, bad float64) Grade {
	switch {
	case v >= bad:
		return GradeBad
	case v >= warn:
		return GradeWarn
	}
	return GradeGood
}

// GradeLayers grades every layer of a probe of a network built from cfg,
// with the thresholds of the rules.
func GradeLayers(cfg nn.Config, h nn.Health) []LayerGrades {
	sizes := cfg.Layers()
	if len(h.Layers) != len(sizes)-1 {
		return nil
	}
	act, _ := nn.Activation(cfg.Activation)
	out := make([]LayerGrades, len(h.Layers))
	last := len(h.Layers) - 1
	rms := func(k int) float64 { return h.Layers[k].GradNorm / math.Sqrt(float64(sizes[k]*sizes[k+1])) }
	// Batch normalization's probe before the first step describes no
	// network that trains, and its hidden weights' scale is rescaled away
	// (see latestHealth and badInitScale).
	untrained := cfg.BatchNorm && h.Step == 0
	for k, l := range h.Layers {
		g := &out[k]
		if k < last && !untrained {
			gradeStuck(g, act, l)
		}
		if len(cfg.Hidden) >= 2 && rms(last) > 0 && rms(k) > 0 && !untrained {
			r := rms(k) / rms(last)
			g.Gradient = shareGrade(max(r, 1/r), GradientRatio, GradientRatio)
		}
		if rms(k) > ExplodingRMS && !untrained {
			g.Gradient = GradeBad
		}
		gradeWeights(g, l, sizes[k], !cfg.BatchNorm || k == last)
	}
	return out
}

// GradeConv grades a convolution's probe l, whose filters each sum fanIn
// inputs (kernel² × input channels), as GradeLayers grades a hidden layer:
// its filters are its units, stuck when dead, saturated or identical, and
// its gradient bad when it explodes or, with two convolutions or more,
// when it is below the output layer's by ConvGradientRatio, as the gradients
// rule judges the first (a filter's gradient sums over every position, so
// a healthy one is larger than the output layer's).
func GradeConv(cfg nn.Config, h nn.Health, l nn.LayerHealth, fanIn int) LayerGrades {
	var g LayerGrades
	act, _ := nn.Activation(cfg.Activation)
	if !(cfg.BatchNorm && h.Step == 0) { // see GradeLayers
		gradeStuck(&g, act, l)
		if len(h.Conv) >= 2 && len(h.Layers) > 0 {
			if out, rms := h.Layers[len(h.Layers)-1].GradRMS(), l.GradRMS(); rms > 0 && rms*ConvGradientRatio < out {
				g.Gradient = GradeBad
			}
		}
		if l.GradRMS() > ExplodingRMS {
			g.Gradient = GradeBad
		}
	}
	gradeWeights(&g, l, fanIn, !cfg.BatchNorm)
	return g
}

// gradeStuck grades the share of a layer's units (or filters) that are
// identical, dead or saturated, naming the largest that act can have.
func gradeStuck(g *LayerGrades, act nn.ActivationInfo, l nn.LayerHealth) {
	g.StuckWhat, g.StuckShare = "identical", l.Identical
	if l.Identical >= SymmetryShare {
		g.Stuck = GradeBad
	}
	if act.CanDie && l.Dead >= g.StuckShare {
		g.StuckWhat, g.StuckShare, g.Stuck = "dead", l.Dead, max(g.Stuck, shareGrade(l.Dead, DeadWarning, DeadSevere))
	}
	if act.CanSaturate && l.Saturated >= g.StuckShare {
		g.StuckWhat, g.StuckShare, g.Stuck = "saturated", l.Saturated, max(g.Stuck, shareGrade(l.Saturated, SaturatedWarning, SaturatedSevere))
	}
}

// gradeWeights grades the spread of a layer's weights against the fan-in
// rule (when spread, since batch normalization rescales it away) and the
// size of its updates.
func gradeWeights(g *LayerGrades, l nn.LayerHealth, fanIn int, spread bool) {
	rule := nn.FanInStd(fanIn)
	off := math.Inf(1)
	if l.WeightStd > 0 {
		off = max(l.WeightStd/rule, rule/l.WeightStd)
	}
	if spread {
		g.Spread = shareGrade(off, InitStdFactor, InitStdSevere)
	}
	if (l.WeightStd >= rule/InitStdFactor && l.UpdateRatio > LRHighUpdate) || (l.UpdateRatio > 0 && l.UpdateRatio < LRLowUpdate) {
		g.Update = GradeWarn
	}
}
