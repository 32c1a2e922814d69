package main

import (
	"flag"
	"fmt"
	"io"

	"digitlab/pad/drawset"
)

// outsideFlags are -outside, -outside-held and -voutside: drawset's
// outside sets, written after every other set had been looked at or
// measured, by someone who tuned nothing on them. -outside and
// -outside-held read the digits of the drawn-digit set's tuning and
// held-out halves, reported as the unseen halves are; -voutside measures
// the verdict on a half of the outside verdict set, reported as -vunseen
// is. The tuning halves may be looked at while tuning; the held-out
// halves are measured once, at the end.
type outsideFlags struct {
	tune, held bool
	verdict    string // "", "tuning" or "held-out"
}

// outsideHalves are the values of -voutside.
var outsideHalves = map[string]drawset.OutsideHalf{"tuning": drawset.OutsideTune, "held-out": drawset.OutsideHeld}

func (s *outsideFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&s.tune, "outside", false, "also read the digits of the outside set's tuning half (drawset.OutsideDigits, OutsideTune)")
	fs.BoolVar(&s.held, "outside-held", false, "also read the digits of the outside set's held-out half (drawset.OutsideDigits, OutsideHeld; report with it, never tune on it)")
	fs.StringVar(&s.verdict, "voutside", "", "with -verdict, also measure it on a half of drawset's outside verdict set: tuning, or held-out (report with it, never tune on it)")
}

// check refuses a -voutside that is not a half, or without -verdict, or
// with -json, which the report it prints has no form for.
func (s outsideFlags) check(verdict, asJSON bool) error {
	if _, ok := outsideHalves[s.verdict]; s.verdict != "" && (!ok || !verdict || asJSON) {
		return fmt.Errorf("-voutside %q: want tuning or held-out, with -verdict and without -json", s.verdict)
	}
	return nil
}

// sets are the outside halves asked for, as parts read and exported as
// the unseen halves are.
func (s outsideFlags) sets(seed uint64, n int) unseenSets {
	return digitHalves(
		digitHalf{s.tune, "outside tuning half", "outside-tuning", func() []drawset.Sample { return drawset.OutsideDigits(seed, n, drawset.OutsideTune) }},
		digitHalf{s.held, "outside held-out half (report only)", "outside-held-out", func() []drawset.Sample { return drawset.OutsideDigits(seed, n, drawset.OutsideHeld) }})
}

// printVerdict prints the verdict on the -voutside half, if one is asked
// for: n digits and n/2 non-digits.
func (s outsideFlags) printVerdict(w io.Writer, seed uint64, n int) {
	if s.verdict == "" {
		return
	}
	h := outsideHalves[s.verdict]
	printVUnseen(w, measureVSet("outside verdict set", s.verdict, drawset.OutsideVDigits(seed, n, h), drawset.OutsideVOthers(seed, n/2, h)))
}
