package drawset

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"digitlab/pad"
)

// The writers sets are drawn by 32 synthetic writers, each a person with
// a style that persists from drawing to drawing: the ways they write each
// digit (writerAllographs, written from how people write them), their
// size and where on the pad they write, slant, proportions, speed,
// fluency, tremor, care, loop size, how well they close a loop, the order
// they put strokes down in, and their device (mouse, finger, stylus or
// trackpad). Each drawing is a plan of via-points that a motor model
// moves the hand through, overlapping minimum-jerk movements whose aiming
// errors carry partly from one to the next, with overshoots at corners
// and stroke ends, sampled as the device's pointer reports it (see
// writers_motor.go). The sets were written after every earlier set's
// held-out half had been measured, by someone who ran no classifier on
// them (no network, no pad.Reader, no pad.Checker, no padbench): every
// allograph and non-digit was checked only by looking at contact sheets
// (TestWritersSheet), and the set was frozen before anything read it.
// The halves hold different writers (writersHeld, a rule fixed before
// any drawing was made), and one allograph of each digit is written only
// by held-out writers. They are drawn from their own seeds: the
// drawn-digit set from the seed plus 36 (tuning) or 37 (held-out) times
// HeldOutSeedBase, the verdict set from 38 or 39 times it, after the
// scribes sets' 32 to 35. WritersTune may be looked at and tuned on;
// WritersHeld is measured once, at the end.
const (
	WritersTune = Tune
	WritersHeld = Held
)

// writersCount is how many writers there are; writersRosterSeed draws
// their traits, the same whatever seed a set is drawn from, so that a
// writer is the same person in every set and every half.
const (
	writersCount      = 32
	writersRosterSeed = 0x5719_2026_1205
)

// writersHeld reports whether writer id (0 to 31) writes the held-out
// half: those whose id leaves 1 or 3 over when divided by 5, 13 of the 32,
// a rule fixed before any drawing of the set was made.
func writersHeld(id int) bool { return id%5 == 1 || id%5 == 3 }

// writersRoster returns the writers, in order of id.
func writersRoster() []*writer {
	out := make([]*writer, writersCount)
	for id := range out {
		out[id] = newWriter(id)
	}
	for h := range 2 {
		var hw []*writer
		for _, w := range out {
			if w.held == (h == 1) {
				hw = append(hw, w)
			}
		}
		assignAllographs(hw, h == 1)
	}
	return out
}

// newWriter draws writer id's traits from the roster seed.
func newWriter(id int) *writer {
	r := rand.New(rand.NewPCG(writersRosterSeed, uint64(id)))
	w := &writer{id: id, name: fmt.Sprintf("w%02d", id), held: writersHeld(id)}
	switch x := r.Float64(); {
	case x < 0.4:
		w.dev = writerDevices[0]
	case x < 0.65:
		w.dev = writerDevices[1]
	case x < 0.85:
		w.dev = writerDevices[2]
	default:
		w.dev = writerDevices[3]
	}
	switch x := r.Float64(); {
	case x < 0.15: // a corner scribbler
		w.size = uni(r, 35, 70)
		w.cx = pick(r, 55.0, pad.Size-55.0) + uni(r, -15, 15)
		w.cy = pick(r, 55.0, pad.Size-55.0) + uni(r, -15, 15)
	case x < 0.45: // fills the pad
		w.size = uni(r, 185, 250)
		w.cx, w.cy = pad.Size/2+uni(r, -20, 20), pad.Size/2+uni(r, -20, 20)
	default:
		w.size = uni(r, 90, 175)
		w.cx, w.cy = pad.Size/2+uni(r, -45, 45), pad.Size/2+uni(r, -45, 45)
	}
	if w.dev.name == "finger" {
		w.size = min(w.size*1.15, 255)
	}
	switch x := r.Float64(); {
	case x < 0.2: // a backhand
		w.slant = -5 - 20*math.Pow(r.Float64(), 2)
	case x < 0.35: // a strong italic
		w.slant = 15 + 15*math.Pow(r.Float64(), 2)
	default:
		w.slant = uni(r, -5, 15)
	}
	w.aspect = uni(r, 0.75, 1.3)
	w.tempo = uni(r, 0.7, 1.4)
	w.flow = uni(r, 0.2, 0.6)
	if r.Float64() < 0.2 {
		w.tremor = uni(r, 0.008, 0.02)
	} else {
		w.tremor = uni(r, 0, 0.004)
	}
	w.care = uni(r, 0.02, 0.07)
	w.loop = uni(r, 0.7, 1.3)
	w.close = uni(r, -0.08, 0.12)
	if r.Float64() < 0.2 {
		w.rev = 0.7
	} else {
		w.rev = 0.05
	}
	return w
}

// assignAllographs gives each writer of a half the ways they write each
// digit: the writer at position p of the half takes as their own way of
// writing digit d the allograph at (p + 3d) modulo the half's allographs
// of d (so every allograph of the half is some writer's own, the
// held-only ones first in the held-out half), and two writers in five
// also, less often, another.
func assignAllographs(hw []*writer, held bool) {
	for d := range 10 {
		var as []*allograph
		for _, a := range writerAllographs {
			if a.label == d && a.heldOnly && held {
				as = append(as, a)
			}
		}
		for _, a := range writerAllographs {
			if a.label == d && !a.heldOnly {
				as = append(as, a)
			}
		}
		for p, w := range hw {
			r := rand.New(rand.NewPCG(writersRosterSeed, uint64(1000+100*w.id+d)))
			own := (p + 3*d) % len(as)
			w.prefer[d] = []preference{{as[own], 1}}
			if r.Float64() < 0.4 {
				other := (own + 1 + r.IntN(len(as)-1)) % len(as)
				w.prefer[d] = append(w.prefer[d], preference{as[other], 0.3})
			}
		}
	}
}

// choose draws one of the writer's allographs of digit d by weight.
func (w *writer) choose(d int, r *rand.Rand) *allograph {
	var total float64
	for _, p := range w.prefer[d] {
		total += p.weight
	}
	x := r.Float64() * total
	for _, p := range w.prefer[d] {
		if x < p.weight {
			return p.a
		}
		x -= p.weight
	}
	return w.prefer[d][len(w.prefer[d])-1].a
}

// halfWriters are the writers of half h, in order of id.
func halfWriters(h int) []*writer {
	var out []*writer
	for _, w := range writersRoster() {
		if w.held == (h == 1) {
			out = append(out, w)
		}
	}
	return out
}

// writersDigits draws n digits of half h from the PCG seed ps, the labels
// in turn, each ten drawings (0 to 9) by the next writer of the half in
// turn, and returns them with the id of the writer of each.
func writersDigits(ps uint64, n, h int) ([]Sample, []int) {
	hw := halfWriters(h)
	out, ids := make([]Sample, n), make([]int, n)
	for i := range out {
		r := rand.New(rand.NewPCG(ps, uint64(i)))
		w := hw[(i/10)%len(hw)]
		a := w.choose(i%10, r)
		out[i] = Sample{Label: i % 10, Family: a.family(), Pen: w.dev.name, HeldOut: true, Strokes: w.writeOut(a.make(r, w), r)}
		ids[i] = w.id
	}
	return out, ids
}

// writersOthers draws n non-digits of half h from the PCG seed ps (apart
// from the digits' streams), the families in turn, each round of them by
// the next writer of the half in turn, and returns them with the id of
// the writer of each.
func writersOthers(ps uint64, n, h int) ([]Sample, []int) {
	hw := halfWriters(h)
	nf := len(writerNonDigits)
	out, ids := make([]Sample, n), make([]int, n)
	for i := range out {
		r := rand.New(rand.NewPCG(ps, uint64(i)|1<<62))
		w := hw[(i/nf)%len(hw)]
		o := writerNonDigits[i%nf]
		out[i] = Sample{Label: -1, Family: o.name, Pen: w.dev.name, HeldOut: true, Strokes: w.writeOut(o.make(r, w), r)}
		ids[i] = w.id
	}
	return out, ids
}

// writers hands out the writers sets' halves, from the seeds WritersTune
// tells.
var writers = Halves{"writers", 36, 38, writersDrawer{}}

// writersDrawer draws the writers sets' halves for Halves, without the
// writers' ids.
type writersDrawer struct{}

func (writersDrawer) digitSet(ps uint64, n int, h Half) []Sample {
	ss, _ := writersDigits(ps, n, int(h))
	return ss
}

func (writersDrawer) otherSet(ps uint64, n int, h Half) []Sample {
	ss, _ := writersOthers(ps, n, int(h))
	return ss
}

// families lists half h's allographs (the tuning half's writers never
// write the held-only ones), the non-digit families and the devices.
func (writersDrawer) families(h Half) []string {
	var out []string
	for _, a := range writerAllographs {
		if h == Held || !a.heldOnly {
			out = append(out, a.family())
		}
	}
	for _, o := range writerNonDigits {
		out = append(out, o.name)
	}
	for _, d := range writerDevices {
		out = append(out, "pen "+d.name)
	}
	return out
}

// WritersDigits returns n drawn digits of half h of the writers
// drawn-digit set (see Halves.Digits), each ten by the next writer of
// the half.
func WritersDigits(seed uint64, n int, h Half) []Sample { return writers.Digits(seed, n, h) }

// WritersVDigits returns n drawn digits of half h of the writers verdict
// set, the controls beside its non-digits: the same writers and
// allographs drawn from the verdict set's own seeds.
func WritersVDigits(seed uint64, n int, h Half) []Sample { return writers.VDigits(seed, n, h) }

// WritersVOthers returns n drawings of half h of the writers verdict set
// that are not digits (writerNonDigits: letters, words, symbols, marks,
// shapes, doodles and scribbles), the families in turn, by the half's
// writers and their hands.
func WritersVOthers(seed uint64, n int, h Half) []Sample { return writers.VOthers(seed, n, h) }

// WritersHeldOnly returns the allographs only the held-out half's writers
// write.
func WritersHeldOnly() []string {
	var out []string
	for _, a := range writerAllographs {
		if a.heldOnly {
			out = append(out, a.family())
		}
	}
	return slices.Clip(out)
}
