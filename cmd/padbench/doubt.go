package main

import "digitlab/pad"

// doubtReport is how the pad's "could also be a …" (pad.AlsoOf: the
// checker's dispute, then the views' doubt) sorts one part's answers, on
// the drawings the verdict calls digits (the pad says nothing more of the
// others): the share of wrong answers it flags, the more the better, of
// those the share where the digit it names is the right one, and the
// share of right answers it flags, the fewer the better. Views records
// the same for the views' doubt alone (pad.Doubt.Doubtful), the pad's
// rule before the checker's dispute was added. Only drawings read
// through the views have a doubt.
type doubtReport struct {
	Wrong tally `json:"wrong_flagged"`
	Named tally `json:"wrong_named_right"` // of the wrong answers: flagged, naming the right digit
	Right tally `json:"right_flagged"`
	Views struct {
		Wrong tally `json:"wrong_flagged"`
		Named tally `json:"wrong_named_right"`
		Right tally `json:"right_flagged"`
	} `json:"views_alone"`
}

// add records one drawing read as answer, whose digit is label, with the
// views' doubt d and the checker's judgement j.
func (r *doubtReport) add(d pad.Doubt, j pad.Judgement, answer, label int) {
	if j.Verdict != pad.Digit {
		return
	}
	also := pad.AlsoOf(d, j, answer)
	views := d.Label == answer && d.Doubtful()
	if answer == label {
		r.Right.add(also.Label >= 0)
		r.Views.Right.add(views)
		return
	}
	r.Wrong.add(also.Label >= 0)
	r.Named.add(also.Label == label)
	r.Views.Wrong.add(views)
	r.Views.Named.add(views && d.Also == label)
}

// String is the report's line for the part.
func (r doubtReport) String() string {
	return "doubt (\"could also be\"): flags " + pct(r.Wrong) + " of wrong answers (naming the right digit for " + pct(r.Named) + "), " + pct(r.Right) + " of right answers; the views alone " +
		pct(r.Views.Wrong) + " (" + pct(r.Views.Named) + "), " + pct(r.Views.Right)
}
