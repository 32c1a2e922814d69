package nn

import (
	"fmt"
	"math"
)

// clipGradients scales every parameter gradient by limit/‖g‖ when the
// global norm ‖g‖ over all of them together is above limit, so that one
// step moves the weights at most lr·limit (before L2 decay and the
// optimizer's own scaling): a remedy against exploding gradients that
// keeps the gradient's direction. limit ≤ 0 does nothing. It returns the
// norm before clipping.
func clipGradients[T Float](params []*param[T], limit float64) float64 {
	if limit <= 0 {
		return 0
	}
	var sq float64
	for _, p := range params {
		for _, g := range p.grad {
			sq += float64(g) * float64(g)
		}
	}
	norm := math.Sqrt(sq)
	if !(norm > limit) || math.IsInf(norm, 0) {
		// An infinite norm cannot be scaled down to a finite one; the
		// update turns the weights non-finite and the run diverges.
		return norm
	}
	scale := T(limit / norm)
	for _, p := range params {
		for i := range p.grad {
			p.grad[i] *= scale
		}
	}
	return norm
}

// earlyStop keeps the best validation loss of a run and the weights that
// reached it, and counts the evaluations since.
type earlyStop struct {
	best      float64
	weights   []float32 // AppendWeights of the best network
	sinceBest int
	reason    string // why the run stopped early, or ""
}

// observe records an evaluation's loss and reports whether the run has
// gone patience evaluations without improving on the best (patience ≤ 0
// never stops). The first evaluation is always the best so far.
func (e *earlyStop) observe(n *Network, loss float64, patience int) bool {
	if patience <= 0 {
		return false
	}
	if e.weights == nil || loss < e.best {
		e.best = loss
		e.weights = n.AppendWeights(e.weights[:0])
		e.sinceBest = 0
		return false
	}
	e.sinceBest++
	return e.sinceBest >= patience
}

// stopEarly ends the run after observe asked to: the best weights go back
// into the network and are evaluated once more, so that the run's last
// validation point, LastEval and the network the app classifies with are
// those of the best evaluation.
func (t *Trainer) stopEarly() {
	if err := t.net.SetWeights(t.early.weights); err != nil {
		panic("nn: early stopping: " + err.Error()) // the weights came from this network
	}
	t.early.reason = fmt.Sprintf("validation loss did not improve on %.4g for %d evaluations; stopped at step %d with the best weights",
		t.early.best, t.early.sinceBest, t.steps)
	t.state = Finished
	t.evaluate(t.opts.ValLimit)
}

// StoppedReason says why the run stopped early (early stopping: see
// Config.Patience), or "" when it did not.
func (t *Trainer) StoppedReason() string { return t.early.reason }
