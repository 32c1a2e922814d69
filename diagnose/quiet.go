package diagnose

import (
	"fmt"

	"digitlab/nn"
)

// What the diagnosis says of a run without findings (Quiet.Status).
const (
	// QuietWatching: too early to tell.
	QuietWatching = "watching"
	// QuietHealthy: old enough to judge, and reading as a healthy run does.
	QuietHealthy = "healthy"
	// QuietNoCause: old enough to judge and short of health, with no
	// finding to say why.
	QuietNoCause = "no-cause-found"
)

// QuietAfter is the number of training images before which a run
// without findings is too young to be called healthy: the findings about
// the curves wait for evidence (LRWarmup, slowSoFar's SlowAfterImages),
// and a healthy run reads HealthyAcc well before it (the seed's example
// passes 95% after about 9,000 images).
const QuietAfter = 20000

// HealthyAcc is the validation accuracy a run without findings must have
// reached after QuietAfter images to be called healthy. A run short of
// it is not: every rule can miss a cause, and a run that reads 40% after
// 30,000 images told "no problems found" is told something untrue. Three
// sigmoid layers under momentum SGD read 19-72% with no finding before
// SlowGradientRatio was added, and a convolution of one or two filters
// read 28-80% before its first epoch (the underfitting finding waits
// for one; the travellers catalogue). Healthy controls of the catalogues
// read 85% or more; those between 85 and 90% were slow or small and are
// told only that no cause was found yet, which is true of them.
const HealthyAcc = 0.9

// FewImagesForHealth: a training set smaller than this can hold a
// network below HealthyAcc by itself (a thousand images read about 88%),
// so the no-cause text says so.
const FewImagesForHealth = 2000

// Quiet is what the diagnosis says of a run that has no finding.
type Quiet struct {
	Status string // QuietWatching, QuietHealthy or QuietNoCause
	Title  string
	Text   string
}

// QuietOf says what a run without findings is, from its history, the
// training images it has seen and the size of its training set.
func QuietOf(h nn.History, samples int64, trainSize int) Quiet {
	// Validation is measured a few times an epoch; before its first
	// point (a convolution of one filter had none after 22,400 images of
	// 60,000) the training curve is the evidence there is.
	curve, what := h.Val, "Validation accuracy"
	if len(curve) == 0 {
		curve, what = h.Train, "Training accuracy"
	}
	if samples < QuietAfter || len(curve) == 0 {
		return Quiet{Status: QuietWatching, Title: "Watching the run",
			Text: "Findings appear here when the curves or the layer probes show a problem: divergence, no learning, identical or dead or saturated units, vanishing or exploding gradients, a bad initial scale, a learning rate off, under- or overfitting."}
	}
	acc := curve[len(curve)-1].Acc
	if len(h.Val) == 0 {
		acc = recent(curve, 3).Acc
	}
	if acc >= HealthyAcc {
		return Quiet{Status: QuietHealthy, Title: "No problems found",
			Text: fmt.Sprintf("%s is %s after %s training images, and the curves and the layer probes look healthy so far. Load a failure from the Presets tab to see what a sick network looks like.", what, pct(acc), count(samples))}
	}
	text := fmt.Sprintf("%s is only %s after %s training images, where a healthy network reads %.0f%% or more by then, yet none of the checks has named a cause. ", what, pct(acc), count(samples), 100*HealthyAcc)
	if trainSize > 0 && trainSize < FewImagesForHealth {
		text += fmt.Sprintf("With only %s training images, the training set alone can hold a network below that.", count(int64(trainSize)))
	} else {
		text += "Some wait for more evidence (underfitting waits for a whole epoch): let it train on and watch the curves."
	}
	return Quiet{Status: QuietNoCause, Title: "No cause found yet", Text: text}
}
