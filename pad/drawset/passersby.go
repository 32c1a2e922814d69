package drawset

import (
	"math"
	"math/rand/v2"
	"sort"

	"digitlab/pad"
)

// The passersby sets were written to measure how the pad reads what
// people in a hurry draw on a web page, which an earlier independent set
// of clean printed shapes did not: every network read that one almost
// perfectly. Every digit family (passersbyDigits: six or seven ways of
// writing each digit, the hard ones among them) and every non-digit
// family (passersbyOthers) was designed from how people write, without
// reading any other set's families, and checked only by eye on contact
// sheets (TestPassersbySheet); no network, pad.Reader, pad.Checker or
// padbench read the set before it was frozen.
//
// Each drawing is then put down carelessly, each axis drawn at random for
// it: loops left open or run on past their start, strokes overshooting
// or ending in a hook, a slow tremor, tall-narrow or wide-squat
// proportions, a slant of -25 to +25 degrees and a rotation of up to 15
// (less where the angle tells one digit from another: pbLimitsOf), any
// size from a fifth of the pad to all of it, anywhere on the pad,
// strokes in another order or direction, and part of a stroke gone over
// twice (pbCare). Its strokes are reported as the device does (pbPen):
// an event every 60th of a second for a mouse or a finger, the points as
// far apart as the hand moved, so they crowd at the ends and corners and
// spread along fast runs.
//
// The halves are split by family (see splitSet), every digit having
// families in both. Pens are split too, but for one: "mouse" draws in
// both halves; "finger" and "stylus" only in the tuning half;
// "fast-mouse" and "trackpad" only in the held-out one.
//
// The halves are drawn from their own seeds: the drawn-digit set from the
// seed plus 44 (tuning) or 45 (held-out) times HeldOutSeedBase, the
// verdict set from 46 or 47 times it, after the strangers sets' 40 to 43.
// PassersbyTune may be looked at and tuned on; PassersbyHeld is measured
// once, at the end.
const (
	PassersbyTune = Tune
	PassersbyHeld = Held
)

// passersby hands out the passersby sets' halves, from the seeds PassersbyTune
// tells: their families, pens and drawing, split by family.
var passersby = Halves{"passersby", 44, 46, splitSet[pbHand, pbPen]{
	passersbyDigits, passersbyOthers, passersbyPens, pbDrawDigit, pbDrawOther,
}}

// PassersbyDigits returns n drawn digits of half h of the passersby
// drawn-digit set (see Halves.Digits), each of a family of the half
// chosen at random.
func PassersbyDigits(seed uint64, n int, h Half) []Sample { return passersby.Digits(seed, n, h) }

// PassersbyVDigits returns n drawn digits of half h of the passersby
// verdict set, the controls beside its non-digits.
func PassersbyVDigits(seed uint64, n int, h Half) []Sample { return passersby.VDigits(seed, n, h) }

// PassersbyVOthers returns n drawings of half h of the passersby verdict
// set that are not digits (passersbyOthers: letters unlike any digit,
// shapes, doodles, marks, scribbles and numbers of two or three digits),
// the half's families in turn.
func PassersbyVOthers(seed uint64, n int, h Half) []Sample { return passersby.VOthers(seed, n, h) }

// pbFamily is a way of drawing a digit or a non-digit of the passersby
// sets, made by a hurried hand.
type pbFamily = splitFamily[pbHand]

// pbHand is the hand that makes one drawing's shape: its random numbers,
// and how well it closes a loop, the same for every loop of the drawing.
type pbHand struct {
	r    *rand.Rand
	miss float64 // degrees a loop runs on past its start; negative: it stops short, leaving a gap
}

// newPbHand draws how a hurried hand closes its loops: about right, short
// of the start, or on past it.
func newPbHand(r *rand.Rand) pbHand {
	var miss float64
	switch x := r.Float64(); {
	case x < 0.45:
		miss = uni(r, -6, 12)
	case x < 0.75:
		miss = uni(r, -32, -10)
	default:
		miss = uni(r, 15, 50)
	}
	return pbHand{r, miss}
}

func (h pbHand) u(lo, hi float64) float64 { return uni(h.r, lo, hi) }

// at is the point (x, y) moved by up to a either way: no two hands put a
// via-point in the same place.
func (h pbHand) at(x, y, a float64) vec { return vec{x + h.u(-a, a), y + h.u(-a, a)} }

// coin is true with probability p.
func (h pbHand) coin(p float64) bool { return h.r.Float64() < p }

// loop is how far a hand turns drawing a loop meant to turn turn degrees
// (negative: anticlockwise on screen) back to its start.
func (h pbHand) loop(turn float64) float64 {
	if turn < 0 {
		return turn - h.miss
	}
	return turn + h.miss
}

// closeLoop ends a closed run of via-points (the last one is the first)
// as the hand closes loops: short of the start, or on past it over the
// loop's beginning.
func (h pbHand) closeLoop(pts []vec) []vec {
	n := len(pts)
	f := h.miss / 90
	if f < 0 {
		pts[n-1] = lerp(pts[n-1], pts[n-2], min(-f, 0.6))
		return pts
	}
	return append(pts, lerp(pts[0], pts[1], min(f, 0.7)).add(h.at(0, 0, 0.015)))
}

// pbSpline returns a smooth curve through the via-points (a Catmull-Rom
// spline, its ends repeated), densely sampled.
func pbSpline(pts ...vec) path {
	const n = 10
	out := path{pts[0]}
	for i := 0; i+1 < len(pts); i++ {
		p0, p1, p2, p3 := pts[max(i-1, 0)], pts[i], pts[i+1], pts[min(i+2, len(pts)-1)]
		for k := 1; k <= n; k++ {
			t := float64(k) / n
			f := func(a, b, c, d float64) float64 {
				return 0.5 * (2*b + (c-a)*t + (2*a-5*b+4*c-d)*t*t + (3*b-a-3*c+d)*t*t*t)
			}
			out = append(out, vec{f(p0.X, p1.X, p2.X, p3.X), f(p0.Y, p1.Y, p2.Y, p3.Y)})
		}
	}
	return out
}

// pbPoly returns straight strokes through the points with their corners
// rounded off by up to round, as a hand turns a corner without stopping
// dead.
func pbPoly(round float64, pts ...vec) path {
	out := path{pts[0]}
	for i := 1; i+1 < len(pts); i++ {
		a, v, b := pts[i-1], pts[i], pts[i+1]
		ra, rb := min(round, v.dist(a)/2.5), min(round, v.dist(b)/2.5)
		if ra <= 0 || rb <= 0 {
			out = append(out, v)
			continue
		}
		p, q := lerp(v, a, ra/v.dist(a)), lerp(v, b, rb/v.dist(b))
		out = join(out, path{p}, bez(p, lerp(p, v, 0.6), lerp(q, v, 0.6), q))
	}
	return append(out, pts[len(pts)-1])
}

// pbOval is a hand-drawn loop around c, from angle a0 through turn degrees
// (negative: anticlockwise on screen). Its radii grow by drift (a
// fraction) from start to end, so a loop that runs on passes beside its
// start rather than on it, and it is fuller at the bottom by egg.
func pbOval(c vec, rx, ry, a0, turn, drift, egg float64) path {
	n := max(12, int(math.Abs(turn)/4))
	p := make(path, n+1)
	for i := range p {
		t := float64(i) / float64(n)
		a := (a0 + turn*t) * math.Pi / 180
		k := 1 + drift*t
		p[i] = vec{c.X + k*rx*(1+egg*math.Sin(a))*math.Cos(a), c.Y + k*ry*math.Sin(a)}
	}
	return p
}

// pbPen is a device and the hand on it: how big and how steadily it
// draws, and how its events report the strokes.
type pbPen struct {
	name       string
	weight     int
	tune, held bool       // the halves that draw with it
	rate       float64    // events per second
	speed      [2]float64 // the hand's top speed along a stroke, drawing heights per second
	stepLo     float64    // the least distance between two events, pad units
	stepHi     float64    // the most, pad units: the hand never moves further in one event
	corner     float64    // how much the hand slows in a sharp turn: 0 not at all, 1 to a stop
	noise      float64    // standard deviation of each point's jitter, pad units
	land       float64    // how far a touch's first point lands off the stroke, pad units
	minH       float64    // the least height, pad units (a finger draws big)
	wobble     float64    // the device's own tremor, a fraction of the height
	swipe      [2]float64 // a trackpad's reach in one swipe, pad units; zero: the hand never lets go mid-stroke
}

// split is what the passersby sets split by half of the pen.
func (p pbPen) split() penSplit { return penSplit{p.name, p.weight, p.tune, p.held} }

// maxGap is the widest distance between two reported points of a stroke
// the pen can leave: its largest step, a touch landing off the stroke,
// jitter, and rounding.
func (p pbPen) maxGap() float64 { return p.stepHi + p.land + 10*p.noise + 0.5 }

// passersbyPens are the devices passers-by draw with. A mouse reports an
// event every 60th of a second, so its points are as far apart as the
// hand moved in between; a fast mouse cuts its corners; a finger on a
// phone draws big and unsteady and lands a little off; a trackpad user
// reaches only so far in one swipe, pauses to move the finger back and
// sometimes lets go; a stylus reports fine and dense points.
var passersbyPens = []pbPen{
	{name: "mouse", weight: 4, tune: true, held: true, rate: 60, speed: [2]float64{2.5, 5}, stepLo: 0.8, stepHi: 14, corner: 0.75, noise: 0.3, minH: 56},
	{name: "finger", weight: 2, tune: true, rate: 60, speed: [2]float64{3, 5.5}, stepLo: 1.5, stepHi: 20, corner: 0.55, noise: 1.0, land: 4, minH: 150, wobble: 0.008},
	{name: "stylus", weight: 2, tune: true, rate: 180, speed: [2]float64{2, 4}, stepLo: 0.4, stepHi: 4.5, corner: 0.7, noise: 0.12, minH: 56},
	{name: "fast-mouse", weight: 2, held: true, rate: 60, speed: [2]float64{6, 11}, stepLo: 1.5, stepHi: 30, corner: 0.3, noise: 0.4, minH: 70},
	{name: "trackpad", weight: 2, held: true, rate: 60, speed: [2]float64{1.5, 3}, stepLo: 0.6, stepHi: 10, corner: 0.8, noise: 0.3, minH: 56, wobble: 0.004, swipe: [2]float64{60, 130}},
}

// pbDrawDigit draws a digit of family f with pen pn, as a hurried hand
// makes it.
func pbDrawDigit(f pbFamily, pn pbPen, r *rand.Rand) [][][2]float32 {
	return pbDraw(f.make(newPbHand(r)), pn, pbLimitsOf(f.label), r)
}

// pbDrawOther draws a non-digit of family f with pen pn, normalized as
// every set's non-digits are.
func pbDrawOther(f pbFamily, pn pbPen, r *rand.Rand) [][][2]float32 {
	return pbDraw(normalize(f.make(newPbHand(r))), pn, pbLimitsOf(f.label), r)
}

// pbDraw puts a made shape down as a passer-by in a hurry does with pen
// pn, within the limits lim, and reports its strokes as the device does.
func pbDraw(s shape, pn pbPen, lim pbLimits, r *rand.Rand) [][][2]float32 {
	s = pbHurry(s, r)
	pl := pbPlacing(pn, lim, r)
	var out [][][2]float32
	for _, p := range pbPlace(s, pl, r) {
		out = append(out, pbSample(p, pn, pl.h, r)...)
	}
	return out
}

// pbHurry is what haste does to a shape beyond how its family draws it,
// each axis drawn for the drawing: strokes put down in another order or
// the other way round, their ends run on or hooked as the pen lands and
// lifts, and now and then part of a stroke gone over a second time.
func pbHurry(s shape, r *rand.Rand) shape {
	s = pbReorder(s, r)
	over, hook := pick(r, 0, 0, 0.3, 0.7), pick(r, 0, 0, 0.25, 0.5)
	out := make(shape, len(s))
	for i, p := range s {
		out[i] = pbEnds(p, over, hook, r)
	}
	if r.Float64() < 0.2 {
		out = pbGoOverPart(out, r)
	}
	return out
}

// pbReorder now and then swaps two strokes, and draws a stroke the other
// way round: the picture is the same, the movement is not.
func pbReorder(s shape, r *rand.Rand) shape {
	out := append(shape(nil), s...)
	if len(out) > 1 && r.Float64() < 0.3 {
		i, j := r.IntN(len(out)), r.IntN(len(out))
		out[i], out[j] = out[j], out[i]
	}
	for i, p := range out {
		if r.Float64() < 0.12 || (len(p) == 2 && r.Float64() < 0.3) {
			out[i] = reversed(p)
		}
	}
	return out
}

// pbEnds runs a stroke's end on past where it was aimed, with chance
// over, and hooks either end, with chance hook: the pen lands moving, or
// flicks as it lifts.
func pbEnds(p path, over, hook float64, r *rand.Rand) path {
	if length(p) < 0.08 {
		return p
	}
	if r.Float64() < over {
		end, d := pbEndDir(p)
		p = join(p, path{end, end.add(d.mul(uni(r, 0.02, 0.07)))})
	}
	if r.Float64() < hook {
		end, d := pbEndDir(p)
		p = join(p, pbHook(end, d, uni(r, 0.015, 0.04), pick(r, -1.0, 1)))
	}
	if r.Float64() < hook/2 {
		start, d := pbEndDir(reversed(p))
		p = join(reversed(pbHook(start, d, uni(r, 0.015, 0.035), pick(r, -1.0, 1))), p)
	}
	return p
}

// pbEndDir returns the end of p and the unit direction the pen moves in
// as it gets there.
func pbEndDir(p path) (vec, vec) {
	l := length(p)
	end := p[len(p)-1]
	d := end.sub(pointAt(p, l-min(0.03, l/3)))
	return end, d.mul(1 / max(math.Hypot(d.X, d.Y), 1e-9))
}

// pbHook is a short curl of length about k from end, leaving in direction
// d and turning to side (+1 or -1) as a lifting pen does.
func pbHook(end, d vec, k, side float64) path {
	n := vec{-d.Y * side, d.X * side}
	return bez(end, end.add(d.mul(0.6*k)), end.add(d.mul(0.7*k)).add(n.mul(0.5*k)), end.add(d.mul(0.3*k)).add(n.mul(0.9*k)))
}

// pbGoOverPart goes over part of one stroke a second time: back along
// the end of it without lifting, or, later, as a stroke of its own over
// its middle, as a hand that thinks the line came out faint does.
func pbGoOverPart(s shape, r *rand.Rand) shape {
	i := r.IntN(len(s))
	l := length(s[i])
	if l < 0.25 {
		return s
	}
	out := append(shape(nil), s...)
	side := uni(r, -0.018, 0.018)
	if r.Float64() < 0.5 {
		out[i] = join(s[i], offset(reversed(subpath(s[i], l*uni(r, 0.5, 0.8), l)), side))
		return out
	}
	a := l * uni(r, 0.1, 0.5)
	return append(out, offset(subpath(s[i], a, a+l*uni(r, 0.2, 0.45)), side))
}

// pbPlacement is where and how a drawing lands on the pad.
type pbPlacement struct {
	h, aspect, slant, rot float64 // height in pad units, width stretch, shear (tangent of the slant), degrees clockwise
	cx, cy                float64 // the centre the hand aimed at
	tremor                float64 // the slow wobble's amplitude, pad units
}

// pbLimits bounds how a drawing may be put down.
type pbLimits struct {
	lean   [2]float64 // slant and rotation together, degrees, negative to the left
	rot    [2]float64 // rotation, degrees clockwise
	aspect float64    // the least width stretch
}

// pbLimitsOf returns the limits for a digit (or -1, a non-digit). A
// drawing may lean 25 degrees left or 28 right (beyond that a 1 or a 7
// lies down), turn 15 degrees either way and be squeezed to 0.68 of its
// width; but for four digits what tells them from another is an angle
// the placement could undo. A 1's flag turned clockwise flattens into a
// 7's bar, and a 1 leaning far right is a stroke through something; a 7's bar turned anticlockwise, or squeezed, slopes down to
// the left like a 1's flag; a 2 leaning left stands its neck upright
// and is a Z; a 6 leaning left, turned anticlockwise or squeezed stands
// its stem upright over the loop, a b, and one turned far clockwise lies
// down.
func pbLimitsOf(label int) pbLimits {
	lim := pbLimits{lean: [2]float64{-25, 28}, rot: [2]float64{-15, 15}, aspect: 0.68}
	switch label {
	case 1:
		lim.lean[1], lim.rot[1] = 24, 6
	case 2:
		lim.lean[0] = -12
	case 6:
		lim.lean[0], lim.rot, lim.aspect = -8, [2]float64{-6, 10}, 0.85
	case 7:
		lim.rot[0], lim.aspect = -4, 0.85
	}
	return lim
}

// pbPlacing draws how a drawing lands within lim: a height from a fifth
// of the pad to all of it (a finger draws big), proportions from tall and
// narrow to wide and squat, a slant of up to 25 degrees either way and a
// rotation of up to 15, anywhere on the pad, and a tremor from none to
// heavy.
func pbPlacing(pn pbPen, lim pbLimits, r *rand.Rand) pbPlacement {
	var h float64
	switch x := r.Float64(); {
	case x < 0.2:
		h = uni(r, 56, 100)
	case x < 0.6:
		h = uni(r, 100, 190)
	default:
		h = uni(r, 190, 272)
	}
	h = max(h, pn.minH*uni(r, 1, 1.2))
	slant := uni(r, max(-25, lim.lean[0]), min(25, lim.lean[1]))
	rot := max(lim.rot[0], min(lim.rot[1], r.NormFloat64()*7))
	rot -= max(0, slant+rot-lim.lean[1]) - max(0, lim.lean[0]-slant-rot)
	var tremor float64
	switch x := r.Float64(); {
	case x < 0.45:
	case x < 0.8:
		tremor = uni(r, 0.004, 0.012)
	default:
		tremor = uni(r, 0.012, 0.024)
	}
	return pbPlacement{
		h:      h,
		aspect: math.Exp(uni(r, math.Log(lim.aspect), math.Log(1.45))),
		slant:  math.Tan(slant * math.Pi / 180),
		rot:    rot,
		cx:     uni(r, 0, pad.Size),
		cy:     uni(r, 0, pad.Size),
		tremor: max(0.3, (tremor+pn.wobble)*h),
	}
}

// pbPlace maps a glyph-space shape onto the pad as pl says, shrunk if it
// does not fit inside the margins and moved onto the pad if it would
// leave it, and adds the slow tremor: two sinusoids per axis along the
// whole drawing, one to three cycles per height of travel, so the lines
// bend rather than fray.
func pbPlace(s shape, pl pbPlacement, r *rand.Rand) []path {
	out, d := layOut(s, pl.h, pl.aspect, pl.slant, pl.rot, pl.tremor, vec{pl.cx, pl.cy})
	var ph [4]float64
	for i := range ph {
		ph[i] = uni(r, 0, 2*math.Pi)
	}
	f1, f2 := uni(r, 0.5, 1.2)/pl.h, uni(r, 1.5, 3)/pl.h
	var travel float64
	for _, q := range out {
		var prev vec // the point before, where it was before it moved
		for j, v := range q {
			if j > 0 {
				travel += v.dist(prev)
			}
			prev = v
			w := vec{
				math.Sin(2*math.Pi*f1*travel+ph[0]) + 0.4*math.Sin(2*math.Pi*f2*travel+ph[1]),
				math.Sin(2*math.Pi*f1*travel+ph[2]) + 0.4*math.Sin(2*math.Pi*f2*travel+ph[3]),
			}
			q[j] = v.add(d).add(w.mul(pl.tremor / 1.4))
		}
	}
	return out
}

// pbWalk finds the points of a path by arc length.
type pbWalk struct {
	p   path
	cum []float64 // arc length at each point
}

func newPbWalk(p path) pbWalk {
	cum := make([]float64, len(p))
	for i := 1; i < len(p); i++ {
		cum[i] = cum[i-1] + p[i].dist(p[i-1])
	}
	return pbWalk{p, cum}
}

func (w pbWalk) length() float64 { return w.cum[len(w.cum)-1] }

// at is the point at arc length s, clamped to the path.
func (w pbWalk) at(s float64) vec {
	i := sort.SearchFloat64s(w.cum, s)
	switch {
	case i == 0:
		return w.p[0]
	case i == len(w.p):
		return w.p[len(w.p)-1]
	}
	seg := w.cum[i] - w.cum[i-1]
	if seg <= 0 {
		return w.p[i]
	}
	return lerp(w.p[i-1], w.p[i], (s-w.cum[i-1])/seg)
}

// turn is the angle, in radians, by which the path turns between the
// stretch of length d before s and the stretch after it.
func (w pbWalk) turn(s, d float64) float64 {
	a, b, c := w.at(s-d), w.at(s), w.at(s+d)
	u, v := b.sub(a), c.sub(b)
	if math.Hypot(u.X, u.Y) < 1e-9 || math.Hypot(v.X, v.Y) < 1e-9 {
		return 0
	}
	return math.Abs(math.Atan2(u.X*v.Y-u.Y*v.X, u.X*v.X+u.Y*v.Y))
}

// pbSample reports a placed stroke as pen pn's device does: a point per
// event, as far apart as the hand moved in between. The hand speeds up
// after it sets off and slows before it stops and in every sharp turn,
// so points crowd at the ends and corners and spread along fast runs. On
// a trackpad the stroke is several movements of a swipe each: between
// them the hand pauses while the finger moves back, or lets go, so the
// stroke becomes two. It returns the strokes the device reports.
func pbSample(p path, pn pbPen, h float64, r *rand.Rand) [][][2]float32 {
	w := newPbWalk(p)
	l := w.length()
	peak := h * uni(r, pn.speed[0], pn.speed[1]) / pn.rate
	look := max(2, 0.04*h)
	var out [][][2]float32
	st := pbTouch(w.at(0), pn, r)
	for s0 := 0.0; ; {
		s1 := l
		if pn.swipe[1] > 0 && l-s0 > pn.swipe[1] {
			s1 = s0 + uni(r, pn.swipe[0], pn.swipe[1])
		}
		for s := s0; ; {
			u := (s - s0) / max(s1-s0, 1e-9)
			slow := max(0.15, 1-pn.corner*min(1, w.turn(s, look)/(math.Pi/2)))
			s += min(max(peak*pbBell(u)*slow*uni(r, 0.75, 1.25), pn.stepLo), pn.stepHi)
			if s >= s1 {
				break
			}
			st = append(st, pbReport(w.at(s), pn.noise, r))
		}
		st = append(st, pbReport(w.at(s1), pn.noise, r))
		if s1 >= l {
			return append(out, st)
		}
		s0 = s1
		if l-s1 > 20 && r.Float64() < 0.35 { // let go, and press again a little on
			out = append(out, st)
			s0 = min(l-10, s1+uni(r, -2, 4))
			st = pbTouch(w.at(s0), pn, r)
			continue
		}
		for range 2 + r.IntN(4) { // the pointer rests while the finger moves back
			st = append(st, pbReport(w.at(s1), pn.noise, r))
		}
	}
}

// pbBell is the hand's speed a fraction u of the way along a movement,
// as a fraction of its top speed: a minimum-jerk movement, whose speed
// grows as the two-thirds power of the distance from either end, never
// quite stopping while the pen is down.
func pbBell(u float64) float64 { return max(0.15, math.Pow(4*u*(1-u), 2.0/3)) }

// pbTouch is the first point of a stroke: a finger lands a little off
// the line and settles onto it.
func pbTouch(v vec, pn pbPen, r *rand.Rand) [][2]float32 {
	a := uni(r, 0, 2*math.Pi)
	d := pn.land * r.Float64()
	return [][2]float32{pbReport(v.add(vec{d * math.Cos(a), d * math.Sin(a)}), pn.noise, r)}
}

// pbReport is a point as the device reports it: with jitter of the given
// deviation, rounded to a tenth of a unit and kept on the pad.
func pbReport(v vec, noise float64, r *rand.Rand) [2]float32 {
	f := func(x float64) float32 {
		return float32(math.Round(min(max(x+r.NormFloat64()*noise, 0), pad.Size)*10) / 10)
	}
	return [2]float32{f(v.X), f(v.Y)}
}
