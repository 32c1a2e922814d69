package main

import (
	"fmt"
	"io"
	"slices"

	"digitlab/pad"
	"digitlab/pad/drawset"
)

// vunseenHalves are the values of -vunseen: the halves of drawset's
// unseen verdict set (drawset.UnseenVDigits and UnseenVOthers), written
// after every other set had been looked at while tuning the verdict.
// "tuning" may be looked at while changing it; "held-out" is measured
// once, when it is frozen.
var vunseenHalves = map[string]drawset.Half{"tuning": drawset.UnseenVTune, "held-out": drawset.UnseenVHeld}

// scorePercentiles are the percentiles of the digits' scores -vunseen prints.
var scorePercentiles = []float64{0.9, 0.95, 0.97, 0.98, 0.99}

// vunseenReport is the verdict on a half of the unseen set, or of another
// verdict set of digits and non-digits (-vsealed): n digits and n/2
// non-digits.
type vunseenReport struct {
	Set            string // the set's name in the report: "unseen verdict set"
	Half           string
	Digits         tally // rejected
	DigitsUnsure   tally // accepted but marked unsure
	DigitsByDigit  [10]tally
	DigitsByFamily map[string]*tally
	DigitsByPen    map[string]*tally
	DigitsWhy      map[string]int // why digits were rejected
	// DigitScores are percentiles of the digits' scores (scorePercentiles),
	// where pad.MaxScore and pad.DoubtScore come from.
	DigitScores    []float64
	Others         tally // rejected
	OthersUnsure   tally // accepted but marked unsure
	OthersByFamily map[string]*tally
	OthersByPen    map[string]*tally
	OthersWhy      map[string]int
}

func measureVUnseen(seed uint64, n int, half string) vunseenReport {
	h := vunseenHalves[half]
	return measureVSet("unseen verdict set", half, drawset.UnseenVDigits(seed, n, h), drawset.UnseenVOthers(seed, n/2, h))
}

// measureVSet is the verdict on the digits and non-digits of a half of a
// verdict set.
func measureVSet(set, half string, digits, others []drawset.Sample) vunseenReport {
	v := vunseenReport{Set: set, Half: half, DigitsByFamily: map[string]*tally{}, DigitsByPen: map[string]*tally{}, DigitsWhy: map[string]int{},
		OthersByFamily: map[string]*tally{}, OthersByPen: map[string]*tally{}, OthersWhy: map[string]int{}}
	var scores []float64
	for _, d := range prepare(digits) {
		scores = append(scores, float64(d.j.Score))
		rej := d.j.Verdict != pad.Digit
		v.Digits.add(rej)
		if !rej {
			v.DigitsUnsure.add(d.j.Unsure)
		} else {
			v.DigitsWhy[d.j.Verdict.String()+": "+d.j.Why]++
		}
		v.DigitsByDigit[d.Label].add(rej)
		count(v.DigitsByFamily, d.Family, rej)
		count(v.DigitsByPen, d.Pen, rej)
	}
	slices.Sort(scores)
	for _, q := range scorePercentiles {
		v.DigitScores = append(v.DigitScores, scores[min(len(scores)-1, int(q*float64(len(scores))))])
	}
	for _, d := range prepare(others) {
		rej := d.j.Verdict != pad.Digit
		v.Others.add(rej)
		if !rej {
			v.OthersUnsure.add(d.j.Unsure)
		}
		count(v.OthersByFamily, d.Family, rej)
		count(v.OthersByPen, d.Pen, rej)
		v.OthersWhy[d.j.Verdict.String()+": "+d.j.Why]++
	}
	return v
}

func printVUnseen(w io.Writer, v vunseenReport) {
	fmt.Fprintf(w, "%s, %s half: rejects %s of drawn digits (n=%d), %s of non-digits (n=%d)\n",
		v.Set, v.Half, pct(v.Digits), v.Digits.N, pct(v.Others), v.Others.N)
	fmt.Fprintf(w, "  accepted but unsure: %s of accepted digits, %s of accepted non-digits\n", pct(v.DigitsUnsure), pct(v.OthersUnsure))
	fmt.Fprint(w, "  digits rejected by digit:")
	for k, t := range v.DigitsByDigit {
		fmt.Fprintf(w, " %d %s", k, pct(t))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  digits' scores at percentiles %v: %.2f (pad.DoubtScore %.2f, pad.MaxScore %.2f)\n", scorePercentiles, v.DigitScores, pad.DoubtScore, pad.MaxScore)
	fmt.Fprintf(w, "  digits rejected by pen: %s\n", tallies(v.DigitsByPen))
	fmt.Fprintf(w, "  digits rejected by family: %s\n", tallies(v.DigitsByFamily))
	fmt.Fprintf(w, "  why digits were rejected: %v\n", v.DigitsWhy)
	fmt.Fprintf(w, "  non-digits rejected by family: %s\n", tallies(v.OthersByFamily))
	fmt.Fprintf(w, "  non-digits rejected by pen: %s\n", tallies(v.OthersByPen))
	fmt.Fprintf(w, "  verdicts on non-digits: %v\n", v.OthersWhy)
}

// printBlindRejected prints the share of the reading blind halves' digits
// (-blind, -blind-held) the verdict rejects, which -verdict otherwise
// leaves out: digits neither the verdict's files nor its limits saw.
func printBlindRejected(w io.Writer, s sets) {
	for _, g := range []struct {
		name string
		ds   []drawn
	}{{"blind tuning half", s.blindTune}, {"blind held-out half", s.blindHeld}} {
		if len(g.ds) == 0 {
			continue
		}
		var t tally
		byPen := map[string]*tally{}
		for _, d := range g.ds {
			t.add(d.j.Verdict != pad.Digit)
			count(byPen, d.Pen, d.j.Verdict != pad.Digit)
		}
		fmt.Fprintf(w, "  drawn digits rejected, reading's %s: %s (n=%d); by pen: %s\n", g.name, pct(t), t.N, tallies(byPen))
	}
}
