package drawset

import (
	"fmt"
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// Sample is one generated drawing.
type Sample struct {
	Label   int    // the digit, or -1 for a drawing that is not a digit
	Family  string // the shape: "4/open", "7/bar", ... or a non-digit family such as "spiral"
	Pen     string // how the hand drew it: one of Pens
	HeldOut bool   // the shape family or the pen is held out of the tuning part
	Strokes [][][2]float32
}

// Style is Family and Pen together, the finest grouping reports use.
func (s Sample) Style() string { return s.Family + "+" + s.Pen }

// Part selects which drawings a set holds.
type Part int

const (
	// Tuning holds only the shape families and pens that are not held out,
	// drawn from the caller's seed. Look at it, tune on it.
	Tuning Part = iota
	// HeldOut holds every family and pen, drawn from the seed plus
	// HeldOutSeedBase, so that no drawing of it is in any tuning set.
	// Report it; never tune on it.
	HeldOut
	// Final holds only the non-digit families of FinalFamilies (and, for
	// Digits, every digit family and pen), drawn from the seed plus
	// 2*HeldOutSeedBase. It measures the verdict once its design is frozen.
	Final
	// Fresh holds only digits, of the families and pens of FreshFamilies
	// (none of which is in another part), drawn from the seed plus
	// 3*HeldOutSeedBase: the harder drawn-digit test, measured once the
	// networks it reports on are chosen. It has no non-digits.
	Fresh
)

// HeldOutSeedBase is added to the seed of the held-out part. Tuning seeds
// must stay below it.
const HeldOutSeedBase = 1 << 32

// pen is a way the hand draws the strokes of a shape.
type pen struct {
	name    string
	weight  int // relative frequency
	heldOut bool
	apply   func(s shape, r *rand.Rand) shape
}

// asIs is a pen's change to a shape that leaves it as it is: a plain
// hand, or a pen whose way of drawing is the placement's or the sampling's.
func asIs(s shape, r *rand.Rand) shape { return s }

// pens lists the ways of drawing. Their weights make plain drawings the
// most common, as they are on a real pad.
var pens = []pen{
	{"plain", 3, false, asIs},
	{"shaky", 2, false, asIs}, // the wobble is added on the pad, see place
	{"retrace", 1, false, retrace},
	{"outline", 1, false, outline},
	{"cursive", 1, false, cursive},
	{"overlap", 1, false, overlap},
	{"double", 1, true, double},
}

// Pens returns the names of the pens, in the order reports list them.
func Pens() []string {
	out := make([]string, len(pens))
	for i, p := range pens {
		out[i] = p.name
	}
	return out
}

// HeldOutFamilies returns the shape families and pens that only the
// held-out part contains.
func HeldOutFamilies() []string {
	var out []string
	for _, d := range digitShapes {
		if d.heldOut {
			out = append(out, digitFamily(d))
		}
	}
	for _, o := range otherShapes {
		if o.heldOut {
			out = append(out, o.name)
		}
	}
	for _, p := range pens {
		if p.heldOut {
			out = append(out, "pen "+p.name)
		}
	}
	return out
}

// FinalFamilies returns the non-digit families that only part Final
// contains.
func FinalFamilies() []string {
	out := make([]string, len(finalShapes))
	for i, o := range finalShapes {
		out[i] = o.name
	}
	return out
}

// retrace goes over one stroke a second time, back along itself.
func retrace(s shape, r *rand.Rand) shape {
	i := r.IntN(len(s))
	back := offset(reversed(s[i]), uni(r, 0.005, 0.02))
	out := append(shape(nil), s...)
	out[i] = join(s[i], back)
	return out
}

// double draws every stroke twice, the second beside the first.
func double(s shape, r *rand.Rand) shape {
	d := vec{uni(r, -0.05, 0.05), uni(r, 0.02, 0.05)}
	out := append(shape(nil), s...)
	for _, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			q[j] = v.add(d)
		}
		out = append(out, q)
	}
	return out
}

// outline traces the border of a thick version of each stroke, as people
// draw "bubble" or outlined letters.
func outline(s shape, r *rand.Rand) shape {
	w := uni(r, 0.05, 0.08)
	var out shape
	for _, p := range s {
		left, right := offset(p, w), offset(p, -w)
		if p[0].dist(p[len(p)-1]) < 2*w { // a closed loop: its inner and outer border
			out = append(out, left, right)
			continue
		}
		out = append(out, join(left, reversed(right), path{left[0]}))
	}
	return out
}

// cursive writes the shape without lifting the pen: a lead-in from the
// lower left, every stroke linked to the next, and a tail to the right.
func cursive(s shape, r *rand.Rand) shape {
	first, last := s[0][0], s[len(s)-1][len(s[len(s)-1])-1]
	lead := first.add(vec{-uni(r, 0.1, 0.25), uni(r, 0.1, 0.3)})
	p := join(bez(lead, lead.add(vec{0.1, 0}), first.add(vec{-0.05, 0.05}), first), s[0])
	for _, q := range s[1:] {
		p = join(p, poly(p[len(p)-1], q[0]), q)
	}
	tail := last.add(vec{uni(r, 0.1, 0.2), -uni(r, 0, 0.1)})
	return shape{join(p, bez(last, last.add(vec{0.05, 0.05}), tail.add(vec{-0.05, 0.02}), tail))}
}

// overlap lifts the pen in the middle of each long stroke and starts again
// a little way back, so the two pieces overlap.
func overlap(s shape, r *rand.Rand) shape {
	var out shape
	for _, p := range s {
		l := length(p)
		if l < 0.4 {
			out = append(out, p)
			continue
		}
		cut := l * uni(r, 0.35, 0.65)
		back := l * uni(r, 0.05, 0.2)
		out = append(out, subpath(p, 0, cut), offset(subpath(p, cut-back, l), uni(r, -0.015, 0.015)))
	}
	return out
}

// placement puts a shape on the pad.
type placement struct {
	h, aspect, slant, rot float64 // height in pad units, width stretch, italic shear, degrees clockwise
	cx, cy                float64 // centre on the pad
	wobble                float64 // amplitude of a shaky hand, pad units
}

// Margin keeps generated drawings this far inside the pad's edge.
const margin = 4

// randomPlacement draws a size from a corner scribble to the full pad, a
// position anywhere it fits, a slant and a small rotation.
func randomPlacement(r *rand.Rand, shaky bool) placement {
	var h float64
	switch x := r.Float64(); {
	case x < 0.2:
		h = uni(r, 28, 70)
	case x < 0.7:
		h = uni(r, 70, 190)
	default:
		h = uni(r, 190, 266)
	}
	pl := placement{
		h:      h,
		aspect: uni(r, 0.75, 1.35),
		slant:  uni(r, -0.15, 0.4),
		rot:    max(-20, min(20, r.NormFloat64()*7)),
		cx:     uni(r, 0, pad.Size),
		cy:     uni(r, 0, pad.Size),
		wobble: 0.3,
	}
	if shaky {
		pl.wobble = h * uni(r, 0.015, 0.035)
	}
	return pl
}

// place maps a glyph-space shape onto the pad, fitting it inside the
// margins, and returns dense pad-unit paths.
func place(s shape, pl placement, r *rand.Rand) []path {
	out, d := layOut(s, pl.h, pl.aspect, pl.slant, pl.rot, pl.wobble, vec{pl.cx, pl.cy})
	dx, dy := d.X, d.Y
	// A shaky hand: two slow sinusoids per axis along the whole drawing.
	var ph [4]float64
	for i := range ph {
		ph[i] = uni(r, 0, 2*math.Pi)
	}
	f1, f2 := uni(r, 0.02, 0.05), uni(r, 0.08, 0.15) // cycles per pad unit of travel
	var travel float64
	for _, q := range out {
		for j := range q {
			if j > 0 {
				travel += q[j].dist(q[j-1])
			}
			w := vec{
				math.Sin(2*math.Pi*f1*travel+ph[0]) + 0.5*math.Sin(2*math.Pi*f2*travel+ph[1]),
				math.Sin(2*math.Pi*f1*travel+ph[2]) + 0.5*math.Sin(2*math.Pi*f2*travel+ph[3]),
			}
			q[j] = q[j].add(vec{dx, dy}).add(w.mul(pl.wobble / 1.5))
		}
	}
	return out
}

// layOut turns a glyph-space shape into pad units about its centre:
// stretched across by aspect, sheared by slant (x per unit of height
// upwards), scaled to height h, turned rot degrees; shrunk if it does not
// fit inside the margins less edge (room for a tremor of that size); and
// returns it with the move d that puts its centre at want, or as near as
// keeps it inside. The caller adds d, and its tremor, point by point.
func layOut(s shape, h, aspect, slant, rot, edge float64, want vec) (out []path, d vec) {
	lo, hi := bounds(s)
	c := lerp(lo, hi, 0.5)
	rs, rc := math.Sincos(rot * math.Pi / 180)
	out = make([]path, len(s))
	for i, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			x := ((v.X-c.X)*aspect + slant*(c.Y-v.Y)) * h
			y := (v.Y - c.Y) * h
			q[j] = vec{x*rc - y*rs, x*rs + y*rc}
		}
		out[i] = q
	}
	// Shrink to fit, then move the box inside the pad.
	lo, hi = bounds(out)
	room := pad.Size - 2*margin - 2*edge
	if k := room / max(hi.X-lo.X, hi.Y-lo.Y); k < 1 {
		for _, q := range out {
			for j := range q {
				q[j] = q[j].mul(k)
			}
		}
		lo, hi = lo.mul(k), hi.mul(k)
	}
	m := margin + edge
	return out, vec{min(max(want.X, m-lo.X), pad.Size-m-hi.X), min(max(want.Y, m-lo.Y), pad.Size-m-hi.Y)}
}

func bounds[S ~[]path](s S) (lo, hi vec) {
	lo, hi = vec{math.Inf(1), math.Inf(1)}, vec{math.Inf(-1), math.Inf(-1)}
	for _, p := range s {
		for _, v := range p {
			lo = vec{min(lo.X, v.X), min(lo.Y, v.Y)}
			hi = vec{max(hi.X, v.X), max(hi.Y, v.Y)}
		}
	}
	return lo, hi
}

// mouse samples a pad path as a pointer reports it at 60 samples per
// second: a point every few pad units of travel (further apart on large,
// fast drawings), the gap varying as the hand speeds up and slows down,
// each point with a little jitter, rounded to a tenth of a unit, clamped
// onto the pad.
func mouse(p path, h float64, r *rand.Rand) [][2]float32 {
	base := min(max(h/18, 2.5), 12)
	pt := func(v vec) [2]float32 {
		f := func(x float64) float32 {
			return float32(math.Round(min(max(x+r.NormFloat64()*0.4, 0), pad.Size)*10) / 10)
		}
		return [2]float32{f(v.X), f(v.Y)}
	}
	l := length(p)
	out := [][2]float32{pt(p[0])}
	for d := base * uni(r, 0.6, 1.4); d < l; d += base * uni(r, 0.6, 1.4) {
		out = append(out, pt(pointAt(p, d)))
	}
	return append(out, pt(p[len(p)-1]))
}

// draw turns a glyph-space shape into a Sample's strokes.
func draw(s shape, pn pen, r *rand.Rand, aspect float64) [][][2]float32 {
	s = pn.apply(s, r)
	pl := randomPlacement(r, pn.name == "shaky")
	pl.aspect *= aspect
	return pointerStrokes(s, pl, false, r)
}

// pointerStrokes places s by pl and samples every stroke as a mouse
// reports it, or, if fast, as a pointer moved fast does (see hurried).
func pointerStrokes(s shape, pl placement, fast bool, r *rand.Rand) [][][2]float32 {
	var out [][][2]float32
	for _, p := range place(s, pl, r) {
		if fast {
			out = append(out, hurried(p, pl.h, r))
		} else {
			out = append(out, mouse(p, pl.h, r))
		}
	}
	return out
}

// digitFamily names a digit family as Sample.Family does: "4/open".
func digitFamily(d digitShape) string { return fmt.Sprintf("%d/%s", d.label, d.name) }

// allows reports whether part draws a family or pen that is held out or
// not: every part but Tuning draws the held-out ones too.
func allows(part Part, heldOut bool) bool { return part != Tuning || !heldOut }

// choosePen draws a pen of pens by weight among those the part allows.
func choosePen(r *rand.Rand, part Part, pens []pen) pen {
	return pickWeighted(r, pens, func(p pen) int {
		if allows(part, p.heldOut) {
			return p.weight
		}
		return 0
	})
}

// pickWeighted draws one of items, each as often as its weight says
// (never if it is 0), from one r.IntN: how every set draws a pen, so
// that they all take the same random numbers for it.
func pickWeighted[T any](r *rand.Rand, items []T, weight func(T) int) T {
	total := 0
	for _, it := range items {
		total += weight(it)
	}
	k := r.IntN(total)
	for _, it := range items {
		w := weight(it)
		if k < w {
			return it
		}
		k -= w
	}
	panic("unreachable")
}

func partSeed(seed uint64, part Part) uint64 {
	if seed >= HeldOutSeedBase {
		panic(fmt.Sprintf("drawset: seed %d is not below HeldOutSeedBase", seed))
	}
	return seed + uint64(part)*HeldOutSeedBase
}

// shapesByLabel groups the shapes that keep accepts by the digit they
// draw, so a set can pick a shape of the label it needs.
func shapesByLabel(shapes []digitShape, keep func(digitShape) bool) [][]digitShape {
	byLabel := make([][]digitShape, 10)
	for _, d := range shapes {
		if keep(d) {
			byLabel[d.label] = append(byLabel[d.label], d)
		}
	}
	return byLabel
}

// Digits returns n drawn digits of the part, the labels in turn 0, 1, ...,
// 9, 0, .... Drawing i depends only on (seed, part, i), so a larger n
// extends a smaller set. It panics if seed is not below HeldOutSeedBase.
func Digits(seed uint64, n int, part Part) []Sample {
	ps := partSeed(seed, part)
	switch {
	case isBlind(part):
		return digitsInTurn(ps, n, part, readingShapes, readingPens, drawBlind)
	case part == Fresh:
		return digitsInTurn(ps, n, part, freshShapes, freshPens, drawDigit)
	}
	return digitsInTurn(ps, n, part, digitShapes, pens, drawDigit)
}

// Others returns n drawings that are not digits, the families in turn.
// Seeds and parts are as for Digits; part Fresh has no non-digits, and
// asking for them panics.
func Others(seed uint64, n int, part Part) []Sample {
	if part == Fresh || isBlind(part) {
		panic("drawset: parts Fresh and Blind hold only digits")
	}
	fams := otherShapes
	if part == Final {
		fams = finalShapes
	}
	return othersInTurn(partSeed(seed, part), n, part, fams, pens, drawOther)
}

// drawDigit is draw for a digit, in the proportions the placement gives it.
func drawDigit(s shape, pn pen, r *rand.Rand) [][][2]float32 { return draw(s, pn, r, 1) }

// drawOther is draw for a non-digit, its width scaled by a further 0.6 to
// 1.2 on top of the placement's.
func drawOther(s shape, pn pen, r *rand.Rand) [][][2]float32 {
	return draw(s, pn, r, uni(r, 0.6, 1.2))
}

// digitsInTurn returns n drawn digits, the labels in turn 0, 1, ..., 9, 0,
// ..., each of a shape of shapes for its label and a pen of pens, those
// that part allows, and drawn by draw. Drawing i comes from its own stream
// of the PCG seed ps, so a longer set starts with the same drawings; draw
// takes its random numbers after the shape's.
func digitsInTurn(ps uint64, n int, part Part, shapes []digitShape, pens []pen, draw func(shape, pen, *rand.Rand) [][][2]float32) []Sample {
	byLabel := shapesByLabel(shapes, func(d digitShape) bool { return allows(part, d.heldOut) })
	out := make([]Sample, n)
	for i := range out {
		r := rand.New(rand.NewPCG(ps, uint64(i)))
		label := i % 10
		ds := pick(r, byLabel[label]...)
		pn := choosePen(r, part, pens)
		out[i] = Sample{Label: label, Family: digitFamily(ds), Pen: pn.name, HeldOut: ds.heldOut || pn.heldOut,
			Strokes: draw(ds.make(r), pn, r)}
	}
	return out
}

// othersInTurn returns n non-digit drawings, the families of shapes that
// part allows in turn, each with a pen of pens that part allows and drawn
// by draw. Drawing i comes from its own stream of the PCG seed ps, apart
// from the digits' streams, so a longer set starts with the same
// drawings; draw takes its random numbers after the shape's.
func othersInTurn(ps uint64, n int, part Part, shapes []otherShape, pens []pen, draw func(shape, pen, *rand.Rand) [][][2]float32) []Sample {
	var fams []otherShape
	for _, o := range shapes {
		if allows(part, o.heldOut) {
			fams = append(fams, o)
		}
	}
	out := make([]Sample, n)
	for i := range out {
		r := rand.New(rand.NewPCG(ps, uint64(i)|1<<62))
		o := fams[i%len(fams)]
		pn := choosePen(r, part, pens)
		out[i] = Sample{Label: -1, Family: o.name, Pen: pn.name, HeldOut: o.heldOut || pn.heldOut,
			Strokes: draw(normalize(o.make(r)), pn, r)}
	}
	return out
}

// normalize scales a shape so that the longer side of its box is 1, the
// height of a digit, so that placement sizes mean the same for both.
func normalize(s shape) shape {
	lo, hi := bounds(s)
	k := 1 / max(hi.X-lo.X, hi.Y-lo.Y)
	for _, p := range s {
		for j := range p {
			p[j] = p[j].sub(lo).mul(k)
		}
	}
	return s
}
