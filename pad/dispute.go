package pad

// A second opinion. The network being trained may read a drawing wrong
// and be sure of it: a default run reads a 0 struck through as an 8 with
// nothing close behind, so its own probabilities (Doubt) raise no doubt.
// The checker's digit subspaces (see digitspace.go) read digits too, in a
// way that owes nothing to that network: fitted on MNIST and on drawn
// digits, they are the nearest digit of 85 to 99.8% of the drawn digits
// of the tuning halves of sets whose families they never saw. When they
// find the drawing clearly nearer another digit than the network's
// answer, the pad says the answer could also be that digit.
//
// Measured with padbench's doubt lines, on the drawings the verdict
// calls digits: on the tuning halves of nine drawn-digit sets (1,000
// digits each, seed 3, which padbench does not report on; the limits
// were chosen there), the default run's views alone flagged 70.5% of its
// wrong answers, naming the right digit for 42.0%, and 4.8% of its right
// ones; with the dispute, 84.6% (66.8%) and 5.5%. draw-robust, wrong
// far less often: 67.7% (61.5%), 1.3% alone; 84.6% (83.1%), 2.9% with it.
// The held-out figures are in the README ("Reading drawings").
const (
	// DisputeMargin and DisputeFloor: the subspaces dispute an answer
	// when the squared distance to the answer's subspace exceeds the
	// nearest one's by more than DisputeMargin times (nearest +
	// DisputeFloor). The floor keeps a drawing close to two digits' spaces
	// (both distances small, as for most clean digits) from being disputed
	// over a difference that means nothing. Margins of 0.05 to 0.25 and
	// floors of 0.2 to 1 were tried; 0.1 and 0.5 flagged nearly as many
	// wrong answers as 0.05 did, and fewer right ones.
	// (Disputing only where the network gives the checker's digit at
	// least 0.3 to 3% of the answer's probability was tried too: fewer
	// right answers flagged, fewer wrong ones too; not kept.)
	DisputeMargin = 0.1
	DisputeFloor  = 0.5
)

// Disputes returns the digit the checker's subspaces find the image
// nearest to when they dispute answer (see DisputeMargin), else -1: for a
// drawing judged not a digit or empty, for an answer out of range, and
// when the nearest digit is the answer.
func (j Judgement) Disputes(answer int) int {
	if j.Verdict != Digit || j.Nearest < 0 || answer < 0 || answer >= len(j.Spaces) || answer == j.Nearest {
		return -1
	}
	near := j.Spaces[j.Nearest]
	if j.Spaces[answer]-near > DisputeMargin*(near+DisputeFloor) {
		return j.Nearest
	}
	return -1
}

// Also is what the pad says answer could also be, and why.
type Also struct {
	// Label is the other digit, -1 when the answer stands undoubted.
	Label int
	// ByChecker: the checker's subspaces dispute the answer (Label is
	// their nearest digit); otherwise the views doubt it (Label is the
	// network's runner-up, see Doubt.Doubtful).
	ByChecker bool
}

// AlsoOf combines the two kinds of doubt on answer: the checker's dispute
// (j.Disputes) first, since it is evidence the network's own
// probabilities cannot give and names the right digit more often, then
// the views' doubt d (ignored unless it is about answer). On the tuning
// halves above, for the default run, naming the checker's digit first
// named the right digit for 63% of the wrong answers, the runner-up first
// for 54%.
func AlsoOf(d Doubt, j Judgement, answer int) Also {
	if k := j.Disputes(answer); k >= 0 {
		return Also{Label: k, ByChecker: true}
	}
	if d.Label == answer && d.Doubtful() {
		return Also{Label: d.Also}
	}
	return Also{Label: -1}
}
