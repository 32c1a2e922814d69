package main

import (
	"flag"

	"digitlab/nn"
	"digitlab/pad"
	"digitlab/pad/drawset"
)

// unseenFlags are -unseen and -unseen-held: read the digits of drawset's
// unseen set, the half that may be tuned on and the half that is read
// once, to report.
type unseenFlags struct{ tune, held bool }

func (u *unseenFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&u.tune, "unseen", false, "also read the digits of the unseen set's tuning half (drawset.UnseenTune)")
	fs.BoolVar(&u.held, "unseen-held", false, "also read the digits of the unseen set's held-out half (drawset.UnseenHeld; report with it, never tune on it)")
}

// unseenSets are the drawings of the halves asked for, in report order.
type unseenSets []unseenSet

// unseenSet is one half: name is its row in the report, part its name in
// the -export file.
type unseenSet struct {
	name, part string
	ds         []drawn
}

func (u unseenFlags) sets(seed uint64, n int) unseenSets {
	return digitHalves(
		digitHalf{u.tune, "unseen tuning half", "unseen-tuning", func() []drawset.Sample { return drawset.UnseenDigits(seed, n, drawset.UnseenTune) }},
		digitHalf{u.held, "unseen held-out half (report only)", "unseen-held-out", func() []drawset.Sample { return drawset.UnseenDigits(seed, n, drawset.UnseenHeld) }})
}

// read adds to r the network's reading of the unseen halves, through
// pad.Reader's views when views is set, as measure reads the other parts.
func (u unseenSets) read(r *report, net *nn.Network, views bool) {
	var rd *pad.Reader
	if views {
		rd = new(pad.Reader)
	}
	for _, s := range u {
		r.Parts = append(r.Parts, readDigits(s.name, net, rd, s.ds))
	}
}
