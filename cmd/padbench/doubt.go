package main

import "digitlab/pad"

// doubtReport is how the pad's "could also be a …" (pad.AlsoOf: the
// checker's dispute, then the views' doubt) sorts one part's answers, on
// the drawings the verdict calls digits (the pad says nothing more of the
// others). Views records the same for the views' doubt alone
// (pad.Doubt.Doubtful), the pad's rule before the checker's dispute was
// added. Only drawings read through the views have a doubt.
type doubtReport struct {
	doubtTallies
	Views doubtTallies `json:"views_alone"`
}

// doubtTallies counts one rule's flags: the share of wrong answers it
// flags, the more the better, of those the share where the digit it names
// is the right one, and the share of right answers it flags, the fewer
// the better.
type doubtTallies struct {
	Wrong tally `json:"wrong_flagged"`
	Named tally `json:"wrong_named_right"` // of the wrong answers: flagged, naming the right digit
	Right tally `json:"right_flagged"`
}

// add counts one answer: right or not, flagged or not, and whether the
// digit the flag names is the right one.
func (t *doubtTallies) add(right, flagged, namedRight bool) {
	if right {
		t.Right.add(flagged)
		return
	}
	t.Wrong.add(flagged)
	t.Named.add(flagged && namedRight)
}

// add records one drawing read as answer, whose digit is label, with the
// views' doubt d and the checker's judgement j.
func (r *doubtReport) add(d pad.Doubt, j pad.Judgement, answer, label int) {
	if j.Verdict != pad.Digit {
		return
	}
	also := pad.AlsoOf(d, j, answer)
	views := d.Label == answer && d.Doubtful()
	r.doubtTallies.add(answer == label, also.Label >= 0, also.Label == label)
	r.Views.add(answer == label, views, d.Also == label)
}

// String is the report's line for the part.
func (r doubtReport) String() string {
	return "doubt (\"could also be\"): flags " + pct(r.Wrong) + " of wrong answers (naming the right digit for " + pct(r.Named) + "), " + pct(r.Right) + " of right answers; the views alone " +
		pct(r.Views.Wrong) + " (" + pct(r.Views.Named) + "), " + pct(r.Views.Right)
}
