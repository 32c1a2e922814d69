package main

import (
	"flag"
	"fmt"
	"io"

	"digitlab/pad/drawset"
)

// sealedFlags are -sealed, -sealed-held and -vsealed: drawset's sealed
// sets, written before anyone tuned reading or the verdict on them. -sealed
// and -sealed-held read the digits of the drawn-digit set's tuning and
// held-out halves, reported as the unseen halves are; -vsealed measures
// the verdict on a half of the sealed verdict set, reported as -vunseen
// is. The tuning halves may be looked at while tuning; the held-out
// halves are measured once, at the end.
type sealedFlags struct {
	tune, held bool
	verdict    string // "", "tuning" or "held-out"
}

// sealedHalves are the values of -vsealed.
var sealedHalves = map[string]drawset.SealedHalf{"tuning": drawset.SealedTune, "held-out": drawset.SealedHeld}

func (s *sealedFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&s.tune, "sealed", false, "also read the digits of the sealed set's tuning half (drawset.SealedDigits, SealedTune)")
	fs.BoolVar(&s.held, "sealed-held", false, "also read the digits of the sealed set's held-out half (drawset.SealedDigits, SealedHeld; report with it, never tune on it)")
	fs.StringVar(&s.verdict, "vsealed", "", "with -verdict, also measure it on a half of drawset's sealed verdict set: tuning, or held-out (report with it, never tune on it)")
}

// check refuses a -vsealed that is not a half, or without -verdict, or
// with -json, which the report it prints has no form for.
func (s sealedFlags) check(verdict, asJSON bool) error {
	if _, ok := sealedHalves[s.verdict]; s.verdict != "" && (!ok || !verdict || asJSON) {
		return fmt.Errorf("-vsealed %q: want tuning or held-out, with -verdict and without -json", s.verdict)
	}
	return nil
}

// sets are the sealed halves asked for, as parts read and exported as the
// unseen halves are.
func (s sealedFlags) sets(seed uint64, n int) unseenSets {
	return digitHalves(
		digitHalf{s.tune, "sealed tuning half", "sealed-tuning", func() []drawset.Sample { return drawset.SealedDigits(seed, n, drawset.SealedTune) }},
		digitHalf{s.held, "sealed held-out half (report only)", "sealed-held-out", func() []drawset.Sample { return drawset.SealedDigits(seed, n, drawset.SealedHeld) }})
}

// digitHalf is a half of a drawn-digit set that a flag asks for: name is
// its row in the report, part its name in the -export file, draw makes
// its drawings.
type digitHalf struct {
	on         bool
	name, part string
	draw       func() []drawset.Sample
}

// digitHalves prepares the halves asked for, in order.
func digitHalves(hs ...digitHalf) unseenSets {
	var out unseenSets
	for _, h := range hs {
		if h.on {
			out = append(out, unseenSet{h.name, h.part, prepare(h.draw())})
		}
	}
	return out
}

// printVerdict prints the verdict on the -vsealed half, if one is asked
// for: n digits and n/2 non-digits.
func (s sealedFlags) printVerdict(w io.Writer, seed uint64, n int) {
	if s.verdict == "" {
		return
	}
	h := sealedHalves[s.verdict]
	printVUnseen(w, measureVSet("sealed verdict set", s.verdict, drawset.SealedVDigits(seed, n, h), drawset.SealedVOthers(seed, n/2, h)))
}
