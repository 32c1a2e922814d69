package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// The strangers sets were written to measure how the pad reads drawings
// nobody tuned on. Every digit family (strangerDigits: at least four ways
// of writing each digit) and every non-digit family (strangerOthers) was
// designed from how people write on paper, with a mouse, a finger or a
// stylus, without reading any other set's families, and checked only by
// eye on contact sheets (TestStrangersSheet); no network, pad.Reader,
// pad.Checker or padbench read the set before it was frozen.
//
// The halves are split by family (see splitSet), every digit having
// families in both. Pens are split too, but for one: "mouse" draws in
// both halves; "fast-mouse", "stylus" and "retraced" only in the tuning
// half; "finger", "trackpad" and "gone-over" only in the held-out one.
//
// The halves are drawn from their own seeds: the drawn-digit set from
// the seed plus 40 (tuning) or 41 (held-out) times HeldOutSeedBase, the
// verdict set from 42 or 43 times it, after the writers sets' 36 to 39.
// StrangersTune may be looked at and tuned on; StrangersHeld is measured
// once, at the end.
const (
	StrangersTune = Tune
	StrangersHeld = Held
)

// strangers hands out the strangers sets' halves, from the seeds StrangersTune
// tells: their families, pens and drawing, split by family.
var strangers = Halves{"strangers", 40, 42, splitSet[*rand.Rand, strangerPen]{
	strangerDigits, strangerOthers, strangerPens, stDrawDigit, stDrawOther,
}}

// StrangersDigits returns n drawn digits of half h of the strangers
// drawn-digit set (see Halves.Digits), each of a family of the half
// chosen at random.
func StrangersDigits(seed uint64, n int, h Half) []Sample { return strangers.Digits(seed, n, h) }

// StrangersVDigits returns n drawn digits of half h of the strangers
// verdict set, the controls beside its non-digits.
func StrangersVDigits(seed uint64, n int, h Half) []Sample { return strangers.VDigits(seed, n, h) }

// StrangersVOthers returns n drawings of half h of the strangers verdict
// set that are not digits (strangerOthers: letters, a word, a signature,
// shapes, marks, doodles and scribbles), the half's families in turn.
func StrangersVOthers(seed uint64, n int, h Half) []Sample { return strangers.VOthers(seed, n, h) }

// strangerFamily is a way of drawing a digit or a non-digit of the
// strangers sets, made from the random numbers of its drawing.
type strangerFamily = splitFamily[*rand.Rand]

// strangerPen is a way the hand and device put a drawing on the pad: how
// it is placed, how each stroke is changed, and how densely and
// noisily its points are reported.
type strangerPen struct {
	name       string
	weight     int
	tune, held bool    // the halves that draw with it
	step       float64 // mean distance between reported points, as a fraction of the drawing's height
	stepLo     float64 // the least mean distance, pad units
	stepHi     float64 // the most mean distance, pad units
	noise      float64 // standard deviation of each point's jitter, pad units
	minH       float64 // the least height, pad units (a finger draws big)
	wobble     float64 // a shaky hand's amplitude, as a fraction of the height
	change     func(s shape, r *rand.Rand) shape
}

// split is what the strangers sets split by half of the pen.
func (p strangerPen) split() penSplit { return penSplit{p.name, p.weight, p.tune, p.held} }

// maxGap is the widest distance between two reported points of a stroke
// the pen can leave: the largest step, its 1.4 spread, and jitter.
func (p strangerPen) maxGap() float64 { return 1.4*p.stepHi + 8*p.noise + 1 }

// strangerPens are the ways of drawing. A mouse reports a point about
// every 60th of a second, so its points are further apart the faster it
// moves; a stylus reports many more; a finger on a phone is large and
// unsteady; a trackpad user lifts and presses again in the middle of a
// stroke; some people retrace part of a stroke, or go over the whole
// drawing a second time to make it darker.
var strangerPens = []strangerPen{
	{name: "mouse", weight: 4, tune: true, held: true, step: 1.0 / 30, stepLo: 2, stepHi: 8, noise: 0.35, minH: 28, change: stKeepShape},
	{name: "fast-mouse", weight: 2, tune: true, step: 1.0 / 9, stepLo: 6, stepHi: 22, noise: 0.5, minH: 40, change: stOvershootEnds},
	{name: "stylus", weight: 2, tune: true, step: 1.0 / 80, stepLo: 1.2, stepHi: 3, noise: 0.12, minH: 28, change: stKeepShape},
	{name: "retraced", weight: 1, tune: true, step: 1.0 / 30, stepLo: 2, stepHi: 8, noise: 0.35, minH: 28, change: stRetraceTail},
	{name: "finger", weight: 2, held: true, step: 1.0 / 22, stepLo: 5, stepHi: 11, noise: 0.9, minH: 150, wobble: 0.015, change: stKeepShape},
	{name: "trackpad", weight: 2, held: true, step: 1.0 / 35, stepLo: 2.5, stepHi: 7, noise: 0.3, minH: 40, wobble: 0.008, change: stLiftMidStroke},
	{name: "gone-over", weight: 1, held: true, step: 1.0 / 30, stepLo: 2, stepHi: 8, noise: 0.35, minH: 28, change: stGoOver},
}

func stKeepShape(s shape, r *rand.Rand) shape { return s }

// stOvershootEnds carries each stroke's last movement on past its end, as a
// fast hand does before it stops.
func stOvershootEnds(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		out[i] = p
		if len(p) < 2 {
			continue
		}
		a, b := p[len(p)-2], p[len(p)-1]
		d := b.sub(a)
		l := math.Hypot(d.X, d.Y)
		if l == 0 {
			continue
		}
		out[i] = append(append(path(nil), p...), b.add(d.mul(uni(r, 0.02, 0.06)/l)))
	}
	return out
}

// stRetraceTail goes back over the end of one stroke, as a hand that is
// not sure the line is there does.
func stRetraceTail(s shape, r *rand.Rand) shape {
	i := r.IntN(len(s))
	l := length(s[i])
	if l < 0.2 {
		return s
	}
	back := offset(reversed(subpath(s[i], l*uni(r, 0.4, 0.75), l)), uni(r, -0.015, 0.015))
	out := append(shape(nil), s...)
	out[i] = join(s[i], back)
	return out
}

// stLiftMidStroke breaks long strokes where a trackpad user runs out of
// pad: the finger lifts, and comes down again a little further on.
func stLiftMidStroke(s shape, r *rand.Rand) shape {
	var out shape
	for _, p := range s {
		l := length(p)
		if l < 0.5 || r.Float64() < 0.3 {
			out = append(out, p)
			continue
		}
		cut := l * uni(r, 0.3, 0.7)
		gap := l * uni(r, 0.01, 0.04)
		out = append(out, subpath(p, 0, cut), offset(subpath(p, cut+gap, l), uni(r, -0.012, 0.012)))
	}
	return out
}

// stGoOver draws the whole drawing a second time, a little off the first,
// as someone going over their drawing to make it darker.
func stGoOver(s shape, r *rand.Rand) shape {
	d := vec{uni(r, -0.04, 0.04), uni(r, -0.04, 0.04)}
	out := append(shape(nil), s...)
	for _, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			q[j] = v.add(d).add(vec{uni(r, -0.004, 0.004), uni(r, -0.004, 0.004)})
		}
		out = append(out, q)
	}
	return out
}

// stDrawDigit draws a digit of family f with pen pn, its strokes put
// down as different people do (stShuffleStrokes).
func stDrawDigit(f strangerFamily, pn strangerPen, r *rand.Rand) [][][2]float32 {
	return strangerStrokes(stShuffleStrokes(f.make(r), r), pn, 1, r)
}

// stDrawOther draws a non-digit of family f with pen pn, normalized and
// its width scaled by a further 0.85 to 1.15.
func stDrawOther(f strangerFamily, pn strangerPen, r *rand.Rand) [][][2]float32 {
	return strangerStrokes(normalize(f.make(r)), pn, uni(r, 0.85, 1.15), r)
}

// stShuffleStrokes puts the strokes down as different people do: now and
// then in another order, a stroke drawn the other way. The picture is
// the same; the movement is not.
func stShuffleStrokes(s shape, r *rand.Rand) shape {
	out := append(shape(nil), s...)
	if len(out) > 1 && r.Float64() < 0.25 {
		i, j := r.IntN(len(out)), r.IntN(len(out))
		out[i], out[j] = out[j], out[i]
	}
	for i, p := range out {
		if len(p) == 2 && r.Float64() < 0.3 { // straight bars go either way
			out[i] = reversed(p)
		}
	}
	return out
}

// strangerStrokes places s on the pad as pen pn draws it and samples its
// strokes as the device reports them.
func strangerStrokes(s shape, pn strangerPen, aspect float64, r *rand.Rand) [][][2]float32 {
	s = pn.change(s, r)
	var h float64
	switch x := r.Float64(); {
	case x < 0.15:
		h = uni(r, 28, 75)
	case x < 0.65:
		h = uni(r, 75, 190)
	default:
		h = uni(r, 190, 262)
	}
	h = max(h, pn.minH*uni(r, 1, 1.3))
	pl := placement{
		h:      h,
		aspect: aspect * uni(r, 0.8, 1.25),
		slant:  uni(r, -0.12, 0.35),
		rot:    max(-20, min(20, r.NormFloat64()*6)),
		cx:     uni(r, 0, pad.Size),
		cy:     uni(r, 0, pad.Size),
		wobble: max(0.3, pn.wobble*h*uni(r, 0.6, 1.4)),
	}
	// Slant and rotation together lean a drawing; people lean to the
	// right far more than to the left, and a 1 or a 7 leaning 40 degrees
	// no longer reads as one.
	lean := math.Atan(pl.slant)*180/math.Pi + pl.rot
	pl.rot -= max(0, lean-25) - max(0, -15-lean)
	step := min(max(pl.h*pn.step, pn.stepLo), pn.stepHi)
	var out [][][2]float32
	for _, p := range place(s, pl, r) {
		out = append(out, stSampleStroke(p, step, pn.noise, r))
	}
	return out
}

// stSampleStroke reports a pad path as a device does: a point every step
// pad units on average (0.6 to 1.4 times it as the hand speeds up and
// slows down), each with jitter of the given deviation, rounded to a
// tenth of a unit and kept on the pad.
func stSampleStroke(p path, step, noise float64, r *rand.Rand) [][2]float32 {
	pt := func(v vec) [2]float32 {
		f := func(x float64) float32 {
			return float32(math.Round(min(max(x+r.NormFloat64()*noise, 0), pad.Size)*10) / 10)
		}
		return [2]float32{f(v.X), f(v.Y)}
	}
	l := length(p)
	out := [][2]float32{pt(p[0])}
	for d := step * uni(r, 0.6, 1.4); d < l; d += step * uni(r, 0.6, 1.4) {
		out = append(out, pt(pointAt(p, d)))
	}
	return append(out, pt(p[len(p)-1]))
}

// stSpline returns a smooth curve through the points (a Catmull-Rom
// spline, its ends repeated), densely sampled.
func stSpline(pts ...vec) path {
	const n = 12
	out := path{pts[0]}
	for i := 0; i+1 < len(pts); i++ {
		p0, p1, p2, p3 := pts[max(i-1, 0)], pts[i], pts[i+1], pts[min(i+2, len(pts)-1)]
		for k := 1; k <= n; k++ {
			t := float64(k) / n
			t2, t3 := t*t, t*t*t
			f := func(a, b, c, d float64) float64 {
				return 0.5 * (2*b + (-a+c)*t + (2*a-5*b+4*c-d)*t2 + (-a+3*b-3*c+d)*t3)
			}
			out = append(out, vec{f(p0.X, p1.X, p2.X, p3.X), f(p0.Y, p1.Y, p2.Y, p3.Y)})
		}
	}
	return out
}

// stJig moves a point by up to a in each direction: no two hands put a
// corner in quite the same place.
func stJig(r *rand.Rand, x, y, a float64) vec {
	return vec{x + uni(r, -a, a), y + uni(r, -a, a)}
}
