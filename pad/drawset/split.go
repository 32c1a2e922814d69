package drawset

import (
	"fmt"
	"math/rand/v2"
)

// A set split by family (the strangers and passersby sets) holds
// different families in its two halves, by a list fixed before any
// drawing was made: the held-out half draws only families the tuning
// half never draws. Its pens are split too, but a pen may draw in both.
// Sample.HeldOut is true exactly for the held-out half's drawings. The
// sets differ in their families, pens and hands, and in how a drawing
// is put down; splitSet is what they share.

// splitFamily is a way of drawing a digit, or a non-digit (label -1), of
// a set split by family. make returns it in glyph space, as the hand H
// that draws it makes it: a digit about 0.6 wide and 1 tall, a non-digit
// of any size (it is normalized before it is put down).
type splitFamily[H any] struct {
	label int
	name  string
	held  bool // drawn only in the held-out half; otherwise only in the tuning half
	make  func(H) shape
}

// family names the family as Sample.Family does: "4/open" for a digit,
// the name alone for a non-digit.
func (f splitFamily[H]) family() string {
	if f.label < 0 {
		return f.name
	}
	return fmt.Sprintf("%d/%s", f.label, f.name)
}

// penSplit is what a set split by family needs to know of a pen: its
// name, how often it draws (relative to the half's other pens) and the
// halves that draw with it.
type penSplit struct {
	name       string
	weight     int
	tune, held bool
}

// in reports whether the half (held: the held-out one) draws with the
// pen.
func (p penSplit) in(held bool) bool { return (held && p.held) || (!held && p.tune) }

// splitPen is a pen of a set split by family, whatever else it holds.
type splitPen interface{ split() penSplit }

// splitSet is a set split by family, drawn by hands of type H with pens
// of type P: its digit and non-digit families, its pens, and how it
// draws a family's drawing with a pen (making the shape from r, then
// putting it down and sampling it as the pen's device does).
type splitSet[H any, P splitPen] struct {
	digits, others       []splitFamily[H]
	pens                 []P
	drawDigit, drawOther func(f splitFamily[H], pn P, r *rand.Rand) [][][2]float32
}

// families returns half h's digit families ("4/open" style), its
// non-digit families and its pens ("pen " and the name), the names
// reports group by.
func (s splitSet[H, P]) families(h Half) []string {
	held := h == Held
	var out []string
	for _, fams := range [][]splitFamily[H]{s.digits, s.others} {
		for _, f := range fams {
			if f.held == held {
				out = append(out, f.family())
			}
		}
	}
	for _, p := range s.pens {
		if p.split().in(held) {
			out = append(out, "pen "+p.split().name)
		}
	}
	return out
}

// pickPen draws a pen of the half (held: the held-out one) by weight.
func (s splitSet[H, P]) pickPen(r *rand.Rand, held bool) P {
	return pickWeighted(r, s.pens, func(p P) int {
		if ps := p.split(); ps.in(held) {
			return ps.weight
		}
		return 0
	})
}

// digitSet draws n digits of half h from PCG seed ps, drawing i from
// stream i: the label i%10, a family of the half for it, a pen of the
// half.
func (s splitSet[H, P]) digitSet(ps uint64, n int, h Half) []Sample {
	held := h == Held
	byLabel := make([][]splitFamily[H], 10)
	for _, f := range s.digits {
		if f.held == held {
			byLabel[f.label] = append(byLabel[f.label], f)
		}
	}
	out := make([]Sample, n)
	for i := range out {
		r := rand.New(rand.NewPCG(ps, uint64(i)))
		f := pick(r, byLabel[i%10]...)
		pn := s.pickPen(r, held)
		out[i] = Sample{Label: f.label, Family: f.family(), Pen: pn.split().name, HeldOut: held, Strokes: s.drawDigit(f, pn, r)}
	}
	return out
}

// otherSet draws n non-digits of half h from PCG seed ps, the half's
// families in turn, drawing i from stream i with the top bit set, apart
// from the digits' streams.
func (s splitSet[H, P]) otherSet(ps uint64, n int, h Half) []Sample {
	held := h == Held
	var fams []splitFamily[H]
	for _, f := range s.others {
		if f.held == held {
			fams = append(fams, f)
		}
	}
	out := make([]Sample, n)
	for i := range out {
		r := rand.New(rand.NewPCG(ps, uint64(i)|1<<63))
		f := fams[i%len(fams)]
		pn := s.pickPen(r, held)
		out[i] = Sample{Label: -1, Family: f.name, Pen: pn.split().name, HeldOut: held, Strokes: s.drawOther(f, pn, r)}
	}
	return out
}
