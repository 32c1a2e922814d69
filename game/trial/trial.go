// Package trial follows a tried fix: a finding's config change trained
// from the same seed as the broken run, until it has seen as many
// training images as the broken run had, then judged against it. It knows
// nothing of the screen, so its logic is tested without a display; the
// app feeds it the trainer's snapshots and draws what it says.
package trial

import (
	"fmt"
	"slices"
	"strconv"

	"digitlab/diagnose"
	"digitlab/nn"
)

// States of a trial.
const (
	Running   = "running"   // the fixed run trains
	Done      = "done"      // judged: Healed and Sentence say how it went
	Abandoned = "abandoned" // another run replaced the fixed one before the end
)

// Point is a run's validation accuracy (a fraction) after Samples
// training images.
type Point struct {
	Samples int64   `json:"samples"`
	ValAcc  float64 `json:"valAcc"`
}

// Trial is one tried fix; its exported fields are what the app's state
// reports.
type Trial struct {
	// Finding is the code of the finding whose fix is tried; Change the
	// config fragment applied to the broken run's config; Config the fixed
	// config as a compact string.
	Finding string `json:"finding"`
	Change  string `json:"change"`
	Config  string `json:"config"`
	State   string `json:"state"`
	// Before is the broken run when the fix was started; After the fixed
	// run at its first evaluation with at least Before.Samples images (its
	// latest evaluation while it runs).
	Before Point `json:"before"`
	After  Point `json:"after"`
	// Healed: the finding is gone and the accuracy is higher than before.
	Healed bool `json:"healed"`
	// Sentence says what happened, with the numbers; "" while running.
	Sentence string `json:"sentence"`
	// Next is the next change to try when the fix did not heal the run.
	Next string `json:"next,omitempty"`

	broken    nn.Config
	brokenRun int // the trainer's ID of the broken run
	// unmeasured: the broken run had no evaluation when the fix started,
	// so Before has its images but no accuracy to compare with.
	unmeasured bool
	fixedRun   int // the trainer's ID of the fixed run, once seen; 0 before
	rest       []string
}

// Run is what the trial needs of a run of the trainer: its ID, config,
// validation history and findings, and whether it stopped by itself
// (diverged or finished).
type Run struct {
	ID       int
	Config   string
	Val      []nn.Point
	Samples  int64
	Stopped  bool
	Findings []string
}

// last returns the run's latest evaluation and true, or its sample count,
// no accuracy and false before the first.
func (r Run) last() (Point, bool) {
	if n := len(r.Val); n > 0 {
		return Point{r.Val[n-1].Samples, r.Val[n-1].Acc}, true
	}
	return Point{Samples: r.Samples}, false
}

// Start begins trying finding f's change on the broken run b, whose config
// is cfg. It returns the trial and the config to train from the start with
// the same seed; an error when f has no change or it does not apply.
func Start(b Run, cfg nn.Config, f diagnose.Finding) (*Trial, nn.Config, error) {
	before, measured := b.last()
	return start(b.ID, cfg, before, !measured, f.Code, f.Change, f.Alternatives)
}

func start(brokenRun int, cfg nn.Config, before Point, unmeasured bool, code, change string, rest []string) (*Trial, nn.Config, error) {
	if change == "" {
		return nil, cfg, fmt.Errorf("%s has no change to try", code)
	}
	fixed, err := diagnose.Apply(cfg, change)
	if err != nil {
		return nil, cfg, err
	}
	fixed.Seed = cfg.Seed // the only difference between the runs is the fix
	t := &Trial{Finding: code, Change: change, Config: fixed.String(), State: Running, Before: before,
		broken: cfg.Clone(), brokenRun: brokenRun, unmeasured: unmeasured, rest: slices.Clone(rest)}
	return t, fixed, nil
}

// TryNext begins trying the next change on the same broken run, after a
// fix that did not heal it; ok is false when there is none.
func (t *Trial) TryNext() (next *Trial, cfg nn.Config, ok bool, err error) {
	if t.State != Done || t.Healed || len(t.rest) == 0 {
		return nil, t.broken, false, nil
	}
	next, cfg, err = start(t.brokenRun, t.broken, t.Before, t.unmeasured, t.Finding, t.rest[0], t.rest[1:])
	return next, cfg, err == nil, err
}

// Observe takes a snapshot of run r and reports whether the trial changed.
// The fixed run is the first run other than the broken one with the fixed
// config; a later run, or a live change of the fixed run's settings, ends
// the trial as abandoned.
func (t *Trial) Observe(r Run) bool {
	if t.State != Running || r.ID == t.brokenRun {
		return false
	}
	if t.fixedRun == 0 {
		if r.Config != t.Config {
			return false
		}
		t.fixedRun = r.ID
	}
	if r.ID != t.fixedRun || r.Config != t.Config {
		t.State, t.Sentence = Abandoned, "The fix was not tried to the end: another run or a change of its settings replaced it."
		return true
	}
	var judged *nn.Point
	for i := range r.Val {
		if r.Val[i].Samples >= t.Before.Samples {
			judged = &r.Val[i]
			break
		}
	}
	prev := t.After
	if judged == nil && !r.Stopped {
		t.After, _ = r.last()
		return t.After != prev
	}
	t.After, _ = r.last()
	if judged != nil {
		t.After = Point{judged.Samples, judged.Acc}
	}
	t.State = Done
	gone := !slices.Contains(r.Findings, t.Finding)
	// Without an accuracy of the broken run, better means above chance.
	better := t.After.ValAcc > t.Before.ValAcc
	if t.unmeasured {
		better = t.After.ValAcc > diagnose.ChanceAcc
	}
	t.Healed = gone && better
	if !t.Healed && len(t.rest) > 0 {
		t.Next = t.rest[0]
	}
	t.Sentence = t.sentence(gone, better)
	return true
}

// Status says where the trial is: how far the fixed run has trained while
// it runs, the sentence once it is over.
func (t *Trial) Status() string {
	if t.State == Running {
		return fmt.Sprintf("Trying %s from the same seed: %s of %s images…", t.Change, count(t.After.Samples), count(t.Before.Samples))
	}
	return t.Sentence
}

// sentence says what the fixed run did compared with the broken one.
func (t *Trial) sentence(gone, better bool) string {
	acc := fmt.Sprintf("validation accuracy %s → %s after %s images", pct(t.Before.ValAcc), pct(t.After.ValAcc), count(t.After.Samples))
	if t.unmeasured {
		acc = fmt.Sprintf("validation accuracy %s after %s images (the broken run had not been evaluated yet)", pct(t.After.ValAcc), count(t.After.Samples))
	}
	var s string
	switch {
	case gone && better:
		return fmt.Sprintf("Fixed: %s; %s.", acc, goneText(t.Finding))
	case gone:
		s = fmt.Sprintf("Not fixed: %s is gone, but %s.", t.Finding, acc)
	case better:
		s = fmt.Sprintf("Not fixed: %s, but %s is still there.", acc, t.Finding)
	default:
		s = fmt.Sprintf("Not fixed: %s, and %s is still there.", acc, t.Finding)
	}
	if t.Next != "" {
		return s + " Next to try: " + t.Next + "."
	}
	return s + " No other change to try."
}

// goneText says that a finding no longer shows, in words.
func goneText(code string) string {
	switch code {
	case diagnose.CodeDeadUnits:
		return "the dead units are gone"
	case diagnose.CodeSaturatedUnits:
		return "the saturated units are gone"
	case diagnose.CodeSymmetry:
		return "the units are no longer identical"
	case diagnose.CodeDiverged:
		return "it no longer diverges"
	case diagnose.CodeVanishing, diagnose.CodeExploding:
		return "the gradients are healthy"
	case diagnose.CodeBadInitScale:
		return "the initial scale is right"
	case diagnose.CodeLRTooHigh:
		return "the steps are no longer too big"
	case diagnose.CodeLRTooLow:
		return "the steps are no longer too small"
	case diagnose.CodeNotLearning:
		return "it learns"
	case diagnose.CodeUnderfitting:
		return "it no longer underfits"
	case diagnose.CodeOverfitting:
		return "it no longer overfits"
	case diagnose.CodeTinyBatchNorm:
		return "its batches are big enough for batch norm"
	case diagnose.CodeDropoutShift:
		return "its batch norm sees the same inputs in training as in evaluation"
	}
	return code + " is gone"
}

func pct(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }

// count writes n with thousands separators: 20,000.
func count(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
