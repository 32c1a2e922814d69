package evidence

import (
	"fmt"
	"math"
	"strings"

	"digitlab/nn"
	"digitlab/pad"
)

// Case is what is known about one answer: the verdict on the image, the
// network's probabilities, and the evidence measured for them.
type Case struct {
	Verdict pad.Verdict
	Why     string // the checker's reason, for pad.NotDigit
	// Ready: the network has weights. Diverged: the run diverged, and they
	// are its last finite ones.
	Ready, Diverged bool
	Probs           [nn.Classes]float32
	// Truth is the true label of an MNIST image, -1 for a drawing.
	Truth int
	// Disputed: the checker's digit subspaces, which do not depend on the
	// network, find the image clearly nearer Nearest than the network's
	// answer (pad.Judgement.Disputes).
	Disputed bool
	Nearest  int
	// Struck: the image is of a drawn 0 without the slash struck through
	// it, which the pad left out (pad.Preprocessor.Struck); Flagged: of a
	// drawn 1 without its flag and base (pad.Preprocessor.Flagged).
	Struck, Flagged bool
	// Map is the saliency map of Probs' two most probable classes (nil
	// if it was not measured); Neighbours the closest training images
	// (none while the trainer has not answered).
	Map        *Map
	Neighbours []Neighbour
}

// Explanation is what Explain makes of a Case.
type Explanation struct {
	// Winner and RunnerUp are the network's two most probable classes,
	// -1 when there is no answer to explain (empty pad, no weights, an
	// output that is not a number). For a drawing that is not a digit
	// they are what the network leans to, though the pad reads nothing.
	Winner, RunnerUp int
	Sentence         string
}

// Thresholds of what the sentence calls a guess and a near tie: a winner
// within guessMargin of the 10% of chance, and a runner-up within
// tieMargin of the winner. minAgainst is the share of the evidence the
// runner-up must have (of the winner's) to be mentioned.
const (
	guessMargin = 0.1
	tieMargin   = 0.1
	minAgainst  = 0.1
)

// Explain builds the sentence of c from its measured facts only: each
// clause is there because the case shows it.
func Explain(c *Case) Explanation {
	e := Explanation{Winner: -1, RunnerUp: -1}
	switch {
	case c.Verdict == pad.Empty:
		e.Sentence = "Draw a digit, or pick a misread image in the Errors tab, to see what the answer rests on."
		return e
	case !c.Ready:
		e.Sentence = "The network has no weights yet, so there is no answer to explain."
		return e
	}
	for _, p := range c.Probs {
		if math.IsNaN(float64(p)) || math.IsInf(float64(p), 0) {
			e.Sentence = "The network's output is not a number, so there is no answer to explain."
			return e
		}
	}
	win, second := Top2(&c.Probs)
	e.Winner, e.RunnerUp = win, second
	pw, ps := c.Probs[win], c.Probs[second]
	var b strings.Builder
	say := func(format string, args ...any) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, format, args...)
	}
	switch {
	case c.Verdict == pad.NotDigit:
		why := ""
		if c.Why != "" {
			why = " (" + c.Why + ")"
		}
		what := "That"
		if c.Truth >= 0 {
			what = fmt.Sprintf("This %d from the validation set", c.Truth)
		}
		say("%s doesn't look like a digit%s, so the pad reads nothing. Asked anyway, the network leans to %d (%s), then %d (%s).", what, why, win, percent(pw), second, percent(ps))
	case c.Truth >= 0 && c.Truth == win:
		say("%s %d from the validation set, read right (%s); %d came second (%s).", capital(article(win)), win, percent(pw), second, percent(ps))
	case c.Truth >= 0 && c.Truth == second:
		say("%s %d from the validation set, read as %d (%s); %d, the right answer, came second (%s).", capital(article(c.Truth)), c.Truth, win, percent(pw), second, percent(ps))
	case c.Truth >= 0 && c.Truth < nn.Classes:
		say("%s %d from the validation set, read as %d (%s); %d came second (%s), and %d, the right answer, got %s.", capital(article(c.Truth)), c.Truth, win, percent(pw), second, percent(ps), c.Truth, percent(c.Probs[c.Truth]))
	default:
		say("Read as %d (%s); %d came second (%s).", win, percent(pw), second, percent(ps))
	}
	if c.Struck && c.Truth < 0 {
		say("The slash through the oval was left out, as the pad does for a 0 struck through: MNIST's writers did not strike their zeros, so the network reads the oval alone.")
	}
	if c.Flagged && c.Truth < 0 {
		say("The short stroke leaning from the top of the upright, and any bar at its foot, were left out, as the pad does for the flag and base of a 1: MNIST's writers drew their 1s as sticks, so the network reads the upright alone.")
	}
	if c.Diverged {
		say("The run diverged: these are its last finite weights.")
	}
	if c.Disputed && c.Verdict == pad.Digit && c.Nearest != win {
		say("The pad's digit checker, which does not use this network, finds it nearer the %ds it knows: it could also be %s %d.", c.Nearest, article(c.Nearest), c.Nearest)
	}
	switch {
	case pw < 1.0/nn.Classes+guessMargin:
		say("That is little more than the 10%% of a guess: the network cannot tell.")
	case pw-ps < tieMargin:
		say("It is a near tie.")
	}
	if c.Map != nil {
		say("%s", mapClause(c.Map, win, second))
	}
	if len(c.Neighbours) > 0 {
		say("%s", neighbourClause(c.Neighbours, win))
	}
	e.Sentence = b.String()
	return e
}

// mapClause says where the evidence for the winner and against it lies.
func mapClause(m *Map, win, second int) string {
	toward, against := m.Masses()
	if toward+against == 0 {
		return "No pixel moves the answer: the network's output does not depend on the image."
	}
	tr, ar := m.Strongest()
	var s string
	if toward > 0 {
		s = fmt.Sprintf("The ink %s pushed it most towards %d (%s of the evidence for it)", place(tr.Name), win, share(tr.Share))
	} else {
		s = fmt.Sprintf("No ink pushed it towards %d", win)
	}
	switch {
	case against >= minAgainst*toward && ar.Name == tr.Name && toward > 0:
		s += fmt.Sprintf("; other ink there pulled most towards %d (%s of the evidence for it).", second, share(ar.Share))
	case against >= minAgainst*toward:
		s += fmt.Sprintf("; the ink %s pulled most towards %d (%s of the evidence for it).", place(ar.Name), second, share(ar.Share))
	default:
		s += fmt.Sprintf("; little ink pulled towards %d.", second)
	}
	return s
}

// share writes a region's share of the evidence: "all" or a percentage.
func share(s float64) string {
	if s > 0.995 {
		return "all"
	}
	return percent(float32(s))
}

// place turns a region's name into where ink lies: "at the top left",
// "in the middle", "on the right".
func place(region string) string {
	switch region {
	case "middle":
		return "in the middle"
	case "left", "right":
		return "on the " + region
	}
	return "at the " + region
}

// neighbourClause says what the closest training images are.
func neighbourClause(ns []Neighbour, win int) string {
	var count [nn.Classes]int
	for _, n := range ns {
		if n.Label >= 0 && n.Label < nn.Classes {
			count[n.Label]++
		}
	}
	top := 0
	for d, c := range count {
		if c > count[top] || (c == count[top] && d == win) {
			top = d
		}
	}
	k, same := len(ns), count[win]
	switch {
	case same == k:
		return fmt.Sprintf("All %d closest training images are %ds.", k, win)
	case top == win:
		return fmt.Sprintf("%d of the %d closest training images are %ds.", same, k, win)
	case count[top] == k:
		return fmt.Sprintf("All %d closest training images are %ds; none is %s %d.", k, top, article(win), win)
	case 2*count[top] <= k: // no digit is most of them: list them all
		none := ""
		if same == 0 {
			none = fmt.Sprintf("; none is %s %d", article(win), win)
		}
		return fmt.Sprintf("The closest training images are %s%s.", listCounts(count), none)
	case same == 0:
		return fmt.Sprintf("The closest training images are mostly %ds (%d of %d); none is %s %d.", top, count[top], k, article(win), win)
	case same == 1:
		return fmt.Sprintf("The closest training images are mostly %ds (%d of %d); one is %s %d.", top, count[top], k, article(win), win)
	}
	return fmt.Sprintf("The closest training images are mostly %ds (%d of %d); %d are %ds.", top, count[top], k, same, win)
}

// listCounts names the digits counted, the most frequent first: "2 5s,
// 2 8s, a 4 and a 6".
func listCounts(count [nn.Classes]int) string {
	var parts []string
	for c := nn.Classes; c > 0; c-- {
		for d, n := range count {
			switch {
			case n != c:
			case n == 1:
				parts = append(parts, fmt.Sprintf("%s %d", article(d), d))
			default:
				parts = append(parts, fmt.Sprintf("%d %ds", n, d))
			}
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// article is the indefinite article before a digit's name: "an 8", "a 3".
func article(d int) string {
	if d == 8 {
		return "an"
	}
	return "a"
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// percent writes a probability as a whole percentage, with "<1%" and
// ">99%" for the ends, which rounding would turn into 0% and 100%.
func percent(p float32) string {
	switch {
	case p < 0.005:
		return "<1%"
	case p > 0.995:
		return ">99%"
	}
	return fmt.Sprintf("%.0f%%", 100*p)
}
