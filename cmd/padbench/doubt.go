package main

import "digitlab/pad"

// doubtReport is how pad.Reader's doubt (pad.Doubt.Doubtful: the pad's
// "could also be a …") sorts one part's answers: the share of wrong
// answers it flags, the more the better, and of right ones, the fewer the
// better. Only drawings read through the views have a doubt.
type doubtReport struct {
	Wrong tally `json:"wrong_flagged"`
	Right tally `json:"right_flagged"`
}

func (r *doubtReport) add(d pad.Doubt, ok bool) {
	if ok {
		r.Right.add(d.Doubtful())
	} else {
		r.Wrong.add(d.Doubtful())
	}
}

// String is the report's line for the part.
func (r doubtReport) String() string {
	return "doubt (\"could also be\"): flags " + pct(r.Wrong) + " of wrong answers, " + pct(r.Right) + " of right answers"
}
