package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// The guests sets were written to measure the pad on people the other
// sets may not have drawn: a phone held in one hand and written on with
// the thumb (big, fast, off-centre), children (big, slow, wobbly, going
// over a stroke again), older people with a tremor (slow strokes that
// shake), people who write tiny in a corner or so large that they run
// off the pad, left-handers (a backhand slant, loops the other way, bars
// drawn right to left), and writers of continental, seven-segment and
// several-stroke digits. Every digit family (guestsDigits: six ways of
// writing each digit) and every non-digit family (guestsOthers) was
// designed from how people write and draw on a web page that asks for a
// digit, without reading any other set's families, and checked only by
// eye on contact sheets (TestGuestsSheet); no network, pad.Reader,
// pad.Checker or padbench read the set before it was frozen.
//
// A drawing is made by a guest (guestPeople: who draws it, how big,
// where, how fast and how steadily), whose hand (guestHand) puts the
// family's via-points a little off and closes loops short of or past
// their start; the guest may go over a stroke again to mend it, as
// there is no eraser. It is then laid on the pad with a slant and a
// rotation of up to 15 degrees (less where the lean would turn one digit
// into another), clamped onto the pad where it runs off, and reported
// as the device does (guestPen): events at the device's rate, as far
// apart as the hand moved since the last, the hand slowing at the ends
// of a stroke and at its corners.
//
// The halves are split by family (see splitSet) by a list fixed before
// any drawing was made, every digit having three families in each.
// Pens are split too: "mouse" draws in both halves; "thumb" (a phone)
// and "stylus" only in the tuning half; "trackpad" and "busy-mouse" (a
// mouse on a page too busy to report every event) only in the held-out
// one. The guests are the same in both halves.
//
// The halves are drawn from their own seeds: the drawn-digit set from the
// seed plus 48 (tuning) or 49 (held-out) times HeldOutSeedBase, the
// verdict set from 50 or 51 times it, after the passersby sets' 44 to 47.
// GuestsTune may be looked at and tuned on; GuestsHeld is measured once,
// at the end.
const (
	GuestsTune = Tune
	GuestsHeld = Held
)

// guests hands out the guests sets' halves, from the seeds GuestsTune
// tells: their families, pens and drawing, split by family.
var guests = Halves{"guests", 48, 50, splitSet[*guestHand, guestPen]{
	guestsDigits, guestsOthers, guestPens, guestDrawDigit, guestDrawOther,
}}

// GuestsDigits returns n drawn digits of half h of the guests drawn-digit
// set (see Halves.Digits), each of a family of the half chosen at
// random.
func GuestsDigits(seed uint64, n int, h Half) []Sample { return guests.Digits(seed, n, h) }

// GuestsVDigits returns n drawn digits of half h of the guests verdict
// set, the controls beside its non-digits.
func GuestsVDigits(seed uint64, n int, h Half) []Sample { return guests.VDigits(seed, n, h) }

// GuestsVOthers returns n drawings of half h of the guests verdict set
// that are not digits (guestsOthers: letters, words, a signature,
// faces, shapes, signs, marks, scribbles, and numbers of two or three
// digits), the half's families in turn.
func GuestsVOthers(seed uint64, n int, h Half) []Sample { return guests.VOthers(seed, n, h) }

// guestFamily is a way of drawing a digit or a non-digit of the guests
// sets, made by a guest's hand.
type guestFamily = splitFamily[*guestHand]

// guestWho is a kind of guest: how big they draw, how fast, how steadily,
// and how often they go over a stroke again.
type guestWho struct {
	name   string
	weight int
	size   [2]float64 // a digit's height, pad units
	aspect [2]float64 // stretch of its width
	speed  [2]float64 // peak speed of the hand, in heights per second
	tremor [2]float64 // amplitude of a shaking hand, pad units
	wobble [2]float64 // slow waver of the line, fraction of the height
	sway   [2]float64 // how far a via-point strays, glyph units
	redo   float64    // chance of going over a stroke again
	spill  bool       // may draw past the pad's edges
	corner bool       // draws in a corner
}

// guestPeople are the guests, by how often they come. An adult at ease
// is the most common; the others are the people the set is for.
var guestPeople = []guestWho{
	{"adult", 36, [2]float64{110, 230}, [2]float64{0.8, 1.25}, [2]float64{2.5, 4.5}, [2]float64{0, 0.3}, [2]float64{0.003, 0.01}, [2]float64{0.015, 0.03}, 0.05, false, false},
	{"hurried", 14, [2]float64{140, 250}, [2]float64{0.8, 1.25}, [2]float64{4.5, 7}, [2]float64{0, 0.3}, [2]float64{0.01, 0.025}, [2]float64{0.03, 0.05}, 0.03, false, false},
	{"child", 13, [2]float64{170, 265}, [2]float64{0.75, 1.35}, [2]float64{1.2, 2.5}, [2]float64{0.1, 0.4}, [2]float64{0.015, 0.035}, [2]float64{0.03, 0.055}, 0.25, false, false},
	{"elder", 13, [2]float64{80, 190}, [2]float64{0.8, 1.25}, [2]float64{0.6, 1.4}, [2]float64{0.6, 1.8}, [2]float64{0.005, 0.015}, [2]float64{0.015, 0.035}, 0.1, false, false},
	{"corner", 12, [2]float64{30, 70}, [2]float64{0.8, 1.25}, [2]float64{4, 8}, [2]float64{0, 0.2}, [2]float64{0.002, 0.008}, [2]float64{0.015, 0.03}, 0.02, false, true},
	{"oversize", 12, [2]float64{255, 330}, [2]float64{0.8, 1.25}, [2]float64{2.5, 5}, [2]float64{0, 0.4}, [2]float64{0.005, 0.02}, [2]float64{0.02, 0.04}, 0.05, true, false},
}

// guestHand is the hand that makes one drawing's shape: its random
// numbers and its habits, the same for every stroke of the drawing. A
// family may set lefty, and narrow the lean it may be drawn with.
type guestHand struct {
	r     *rand.Rand
	sway  float64 // how far a via-point strays, glyph units
	miss  float64 // degrees a loop runs on past its start; negative: it stops short
	drift float64 // how much a loop's radius grows (shrinks if negative) by its end
	lefty bool    // a left hand: a backhand slant, and bars drawn right to left
	held  bool    // the half being drawn, for non-digits made of its digits
	// The lean of the drawing (slant and rotation, degrees clockwise)
	// stays within these, so that no lean turns one digit into another.
	minLean, maxLean float64
}

// newGuestHand draws the hand of guest who: how far it strays, how it
// closes loops and which hand it is.
func newGuestHand(r *rand.Rand, who guestWho, held bool) *guestHand {
	h := &guestHand{r: r, held: held, minLean: -25, maxLean: 30}
	h.sway = h.u(who.sway[0], who.sway[1])
	switch x := r.Float64(); {
	case x < 0.5:
		h.miss = h.u(-8, 12)
	case x < 0.75:
		h.miss = h.u(-35, -10)
	default:
		h.miss = h.u(15, 45)
	}
	h.drift = h.u(-0.1, 0.08)
	h.lefty = h.coin(0.12)
	return h
}

func (h *guestHand) u(lo, hi float64) float64 { return uni(h.r, lo, hi) }

// coin is true with probability p.
func (h *guestHand) coin(p float64) bool { return h.r.Float64() < p }

// at is the point (x, y) as the hand puts it: up to sway off either way.
func (h *guestHand) at(x, y float64) vec {
	return vec{x + h.u(-h.sway, h.sway), y + h.u(-h.sway, h.sway)}
}

// pts are the points of xy (x0, y0, x1, y1, ...) as the hand puts them.
func (h *guestHand) pts(xy ...float64) []vec {
	out := make([]vec, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		out = append(out, h.at(xy[i], xy[i+1]))
	}
	return out
}

// line is straight segments through the points of xy as the hand puts
// them.
func (h *guestHand) line(xy ...float64) path { return poly(h.pts(xy...)...) }

// curve is a smooth curve through the points of xy as the hand puts
// them.
func (h *guestHand) curve(xy ...float64) path { return guestSpline(h.pts(xy...)...) }

// loop is an oval around (cx, cy) from angle a0 (degrees, see arc)
// turning turn degrees (negative: anticlockwise on screen), drawn by the
// hand: it runs on past its end or stops short (miss), its radius drifts
// so that its end does not meet its start, and it bulges a little here
// and there.
func (h *guestHand) loop(cx, cy, rx, ry, a0, turn float64) path {
	a1 := a0 + turn + math.Copysign(h.miss, turn)
	return h.arc(cx, cy, rx, ry, a0, a1)
}

// arc is the elliptic arc from a0 to a1 as the hand draws it: its centre
// and radii a little off, its radius drifting, two gentle bulges.
func (h *guestHand) arc(cx, cy, rx, ry, a0, a1 float64) path {
	c := h.at(cx, cy)
	rx *= 1 + h.u(-0.08, 0.08)
	ry *= 1 + h.u(-0.08, 0.08)
	b, ph := h.sway*h.u(0.3, 1), h.u(0, 2*math.Pi)
	p := arc(c, rx, ry, a0, a1)
	for i := range p {
		t := float64(i) / float64(len(p)-1)
		a := (a0 + (a1-a0)*t) * math.Pi / 180
		k := 1 + h.drift*t
		d := vec{math.Cos(a), math.Sin(a)}.mul(b * math.Sin(2*a+ph))
		p[i] = c.add(p[i].sub(c).mul(k)).add(d)
	}
	return p
}

// dot is a tap of the pen near (x, y): a stroke a hair long.
func (h *guestHand) dot(x, y float64) path {
	p := h.at(x, y)
	a := h.u(0, 2*math.Pi)
	return poly(p, p.add(vec{math.Cos(a), math.Sin(a)}.mul(h.u(0.008, 0.025))))
}

// guestSpline is the centripetal Catmull-Rom curve through pts: smooth,
// through every point, with no loops or cusps the points do not ask for.
func guestSpline(pts ...vec) path {
	if len(pts) < 3 {
		return poly(pts...)
	}
	n := len(pts)
	ext := make([]vec, 0, n+2)
	ext = append(ext, pts[0].add(pts[0].sub(pts[1])))
	ext = append(ext, pts...)
	ext = append(ext, pts[n-1].add(pts[n-1].sub(pts[n-2])))
	knot := func(a, b vec) float64 { return max(math.Sqrt(a.dist(b)), 1e-6) }
	mix := func(a, b vec, ta, tb, t float64) vec { return lerp(a, b, (t-ta)/(tb-ta)) }
	const steps = 12
	out := path{pts[0]}
	for i := 1; i+2 < len(ext); i++ {
		p0, p1, p2, p3 := ext[i-1], ext[i], ext[i+1], ext[i+2]
		t1 := knot(p0, p1)
		t2 := t1 + knot(p1, p2)
		t3 := t2 + knot(p2, p3)
		for k := 1; k <= steps; k++ {
			t := t1 + (t2-t1)*float64(k)/steps
			a1, a2, a3 := mix(p0, p1, 0, t1, t), mix(p1, p2, t1, t2, t), mix(p2, p3, t2, t3, t)
			b1, b2 := mix(a1, a2, 0, t2, t), mix(a2, a3, t1, t3, t)
			out = append(out, mix(b1, b2, t1, t2, t))
		}
	}
	return out
}

// shifted returns s moved by (dx, dy) and scaled by k about its origin.
func shifted(s shape, dx, dy, k float64) shape {
	out := make(shape, len(s))
	for i, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			q[j] = vec{v.X*k + dx, v.Y*k + dy}
		}
		out[i] = q
	}
	return out
}

// care is what the guest does to the shape as a whole: a left hand
// draws its bars from right to left, and a guest unhappy with a stroke
// goes over it again (all of it or the part that went wrong), since the
// pad has no eraser.
func (h *guestHand) care(s shape, who guestWho) shape {
	if h.lefty {
		for i, p := range s {
			if d := p[len(p)-1].sub(p[0]); d.X > 0 && d.X > 3*math.Abs(d.Y) {
				s[i] = reversed(p)
			}
		}
	}
	if !h.coin(who.redo) {
		return s
	}
	var long []int
	for i, p := range s {
		if length(p) > 0.25 {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return s
	}
	p := s[pick(h.r, long...)]
	again := offset(p, h.u(-0.03, 0.03))
	d := vec{h.u(-0.02, 0.02), h.u(-0.02, 0.02)}
	for j := range again {
		again[j] = again[j].add(d)
	}
	if l := length(again); h.coin(0.5) {
		from := l * h.u(0, 0.4)
		again = subpath(again, from, from+l*h.u(0.35, 0.6))
	}
	return append(s, again)
}

// guestDrawDigit draws a digit family's drawing with a pen.
func guestDrawDigit(f guestFamily, pn guestPen, r *rand.Rand) [][][2]float32 {
	return guestDraw(f, pn, r, true)
}

// guestDrawOther draws a non-digit family's drawing with a pen.
func guestDrawOther(f guestFamily, pn guestPen, r *rand.Rand) [][][2]float32 {
	return guestDraw(f, pn, r, false)
}

// guestDraw draws family f's drawing: a guest comes to the pad, their
// hand makes the shape (a non-digit normalized to a longer side of 1),
// goes over it as they do, lays it on the pad and the pen reports it.
func guestDraw(f guestFamily, pn guestPen, r *rand.Rand, digit bool) [][][2]float32 {
	who := pickWeighted(r, guestPeople, func(w guestWho) int { return w.weight })
	h := newGuestHand(r, who, f.held)
	s := f.make(h)
	if !digit {
		s = normalize(s)
	}
	s = h.care(s, who)
	pl := newGuestPlace(r, who, h, pn, s, digit)
	m := newGuestMotion(r, who, pn, pl.size)
	return pn.report(pl.lay(s), m, pl.size, r)
}

// guestPlace is how a guest puts a shape on the pad.
type guestPlace struct {
	size          float64 // height of a digit, longer side of a non-digit, pad units
	k             float64 // pad units per glyph unit
	aspect, slant float64 // width stretch; italic shear, x per unit of height upwards
	rot           float64 // degrees clockwise
	cx, cy        float64 // centre on the pad
	spill         bool    // may run past the edges (and is clamped onto the pad)
}

// newGuestPlace draws where and how guest who puts shape s: a size of
// their own, a slant (backhand for a left hand) and a rotation within
// the lean the hand allows, near the middle, in a corner, or low and to
// one side for a thumb on a phone.
func newGuestPlace(r *rand.Rand, who guestWho, h *guestHand, pn guestPen, s shape, digit bool) guestPlace {
	pl := guestPlace{size: uni(r, who.size[0], who.size[1]), aspect: uni(r, who.aspect[0], who.aspect[1]), spill: who.spill}
	if pn.touch {
		pl.size = min(pl.size*1.12, 330)
	}
	lo, hi := bounds(s)
	if digit {
		pl.k = pl.size / (hi.Y - lo.Y)
	} else {
		pl.k = pl.size * uni(r, 0.8, 1.15) / max(hi.X-lo.X, hi.Y-lo.Y)
	}
	if h.lefty {
		pl.slant = uni(r, -0.3, 0.05)
	} else {
		pl.slant = uni(r, -0.05, 0.3)
	}
	pl.rot = max(-15, min(15, r.NormFloat64()*6))
	lean := math.Atan(pl.slant)*180/math.Pi + pl.rot
	if lim := h.maxLean; lean > lim {
		pl.slant, pl.rot = pl.slant*lim/lean, pl.rot*lim/lean
	} else if lim := h.minLean; lean < lim {
		pl.slant, pl.rot = pl.slant*lim/lean, pl.rot*lim/lean
	}
	pl.cx = pad.Size/2 + max(-70, min(70, r.NormFloat64()*28))
	pl.cy = pad.Size/2 + max(-70, min(70, r.NormFloat64()*28))
	switch {
	case who.corner:
		pl.cx, pl.cy = pick(r, 0.0, pad.Size)+uni(r, -60, 60), pick(r, 0.0, pad.Size)+uni(r, -60, 60)
	case pn.touch:
		pl.cx += uni(r, -55, 55)
		pl.cy += uni(r, -15, 55)
	}
	return pl
}

// lay puts s on the pad: stretched, sheared and turned about its centre,
// scaled, then moved as near its centre as fits: inside the margins, or,
// for a guest who runs off the pad, with up to a twelfth of its box
// past an edge.
func (pl guestPlace) lay(s shape) []path {
	lo, hi := bounds(s)
	c := lerp(lo, hi, 0.5)
	rs, rc := math.Sincos(pl.rot * math.Pi / 180)
	out := make([]path, len(s))
	for i, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			x := ((v.X-c.X)*pl.aspect + pl.slant*(c.Y-v.Y)) * pl.k
			y := (v.Y - c.Y) * pl.k
			q[j] = vec{x*rc - y*rs, x*rs + y*rc}
		}
		out[i] = q
	}
	lo, hi = bounds(out)
	var over vec // how far the box may run past each edge
	if pl.spill {
		over = hi.sub(lo).mul(1.0 / 12)
	} else {
		if k := (pad.Size - 2*margin - 6) / max(hi.X-lo.X, hi.Y-lo.Y); k < 1 {
			for _, q := range out {
				for j := range q {
					q[j] = q[j].mul(k)
				}
			}
			lo, hi = lo.mul(k), hi.mul(k)
		}
		over = vec{-margin - 3, -margin - 3}
	}
	d := vec{
		min(max(pl.cx, -over.X-lo.X), pad.Size+over.X-hi.X),
		min(max(pl.cy, -over.Y-lo.Y), pad.Size+over.Y-hi.Y),
	}
	for _, q := range out {
		for j := range q {
			q[j] = q[j].add(d)
		}
	}
	return out
}

// guestMotion is how the hand moves the pen through one drawing.
type guestMotion struct {
	vp         float64    // peak speed, pad units per second
	hz         float64    // the device's events per second
	trem, tHz  float64    // a tremor's amplitude (pad units) and frequency
	wob, wobL  [2]float64 // slow waver of the line: amplitudes (pad units) and wavelengths (units of travel)
	pace       float64    // how much the speed wanders (a trackpad's fits and starts)
	ph         [8]float64 // phases
	flickAngle float64    // the way a finger rolls off the glass
}

// newGuestMotion draws the guest's movement and the pen's rate.
func newGuestMotion(r *rand.Rand, who guestWho, pn guestPen, size float64) guestMotion {
	m := guestMotion{
		vp:         uni(r, who.speed[0], who.speed[1]) * size * pn.speed,
		hz:         uni(r, pn.hz[0], pn.hz[1]),
		trem:       uni(r, who.tremor[0], who.tremor[1]),
		tHz:        uni(r, 4, 8),
		pace:       pn.uneven,
		flickAngle: uni(r, 20, 160),
	}
	w := uni(r, who.wobble[0], who.wobble[1]) * size
	m.wob = [2]float64{w, w * 0.3}
	m.wobL = [2]float64{size * uni(r, 0.6, 1.2), size * uni(r, 0.25, 0.45)}
	for i := range m.ph {
		m.ph[i] = uni(r, 0, 2*math.Pi)
	}
	return m
}

// guestPen is a device that reports a guest's strokes: its events per
// second and how evenly they come, how the hand moves with it, the noise
// and rounding of its points, and its quirks.
type guestPen struct {
	name       string
	weight     int
	tune, held bool
	hz         [2]float64 // events per second, drawn per drawing
	jitter     float64    // how unevenly the events come, fraction of their interval
	speed      float64    // the hand's speed with it, relative to a mouse
	uneven     float64    // how much the speed wanders: a trackpad's fits and starts
	noise      float64    // jitter of a point, pad units
	quant      float64    // points are rounded to this, pad units
	gap        float64    // the hand moves no further than this between two events
	breaks     float64    // chance that a long stroke is broken: a trackpad drag lost and taken up again
	touch      bool       // a finger on glass: drawn bigger and lower, a flick as it lifts
}

// guestPens are the guests sets' devices. The mouse draws in both
// halves; the others in one.
var guestPens = []guestPen{
	{name: "mouse", weight: 3, tune: true, held: true, hz: [2]float64{60, 60}, jitter: 0.08, speed: 1, noise: 0.3, quant: 1, gap: 30},
	{name: "thumb", weight: 2, tune: true, hz: [2]float64{60, 120}, jitter: 0.1, speed: 1.3, noise: 0.8, quant: 0.5, gap: 36, touch: true},
	{name: "stylus", weight: 1, tune: true, hz: [2]float64{120, 240}, jitter: 0.05, speed: 0.8, noise: 0.15, quant: 0.05, gap: 14},
	{name: "trackpad", weight: 2, held: true, hz: [2]float64{60, 60}, jitter: 0.1, speed: 0.55, uneven: 0.7, noise: 0.3, quant: 1, gap: 20, breaks: 0.25},
	{name: "busy-mouse", weight: 1, held: true, hz: [2]float64{16, 30}, jitter: 0.35, speed: 1, noise: 0.3, quant: 1, gap: 55},
}

func (p guestPen) split() penSplit { return penSplit{p.name, p.weight, p.tune, p.held} }

// maxGap is the widest gap between two events of the pen: the furthest
// the hand moves between them, the tremor's and the noise's share, the
// rounding, and a finger's flick.
func (p guestPen) maxGap() float64 { return p.gap + 16 + 10*p.noise + 2*p.quant }

// report turns pad paths into the strokes the pen reports, the hand's
// time running on between strokes while the pen is lifted.
func (p guestPen) report(paths []path, m guestMotion, size float64, r *rand.Rand) [][][2]float32 {
	var out [][][2]float32
	var t, travel float64
	for _, q := range paths {
		d := guestResample(q)
		travel = m.waver(d, travel)
		out = append(out, p.events(d, m, size, &t, r)...)
		t += uni(r, 0.12, 0.45)
	}
	return thinned(out, pad.MaxPoints*9/10)
}

// guestResample returns p with a point every pad unit of its length (at
// least two points), so that index and length agree.
func guestResample(p path) path {
	l := length(p)
	n := max(1, int(math.Ceil(l)))
	out := make(path, n+1)
	for i := range out {
		out[i] = pointAt(p, l*float64(i)/float64(n))
	}
	return out
}

// waver bends d by the slow waver of the hand, which runs on from travel
// units along the drawing; it returns the travel at d's end.
func (m guestMotion) waver(d path, travel float64) float64 {
	prev := d[0]
	for j := range d {
		travel += d[j].dist(prev)
		prev = d[j]
		wave := func(k int) float64 {
			return m.wob[0]*math.Sin(2*math.Pi*travel/m.wobL[0]+m.ph[k]) + m.wob[1]*math.Sin(2*math.Pi*travel/m.wobL[1]+m.ph[k+1])
		}
		d[j] = d[j].add(vec{wave(0), wave(2)})
	}
	return travel
}

// slowing is how much the hand slows at each point of d (a point every
// unit): to a quarter of its speed at a sharp corner, judged over w units
// either side.
func slowing(d path, w int) []float64 {
	out := make([]float64, len(d))
	for i := range d {
		a, b, c := d[max(i-w, 0)], d[i], d[min(i+w, len(d)-1)]
		u, v := b.sub(a), c.sub(b)
		turn := 0.0
		if nu, nv := math.Hypot(u.X, u.Y), math.Hypot(v.X, v.Y); nu > 0 && nv > 0 {
			turn = math.Acos(max(-1, min(1, (u.X*v.X+u.Y*v.Y)/(nu*nv))))
		}
		out[i] = 1 - 0.75*min(1, turn/(math.Pi/2))
	}
	return out
}

// events samples one pad path d (a point every unit) as the pen reports
// it, from time *t on: an event every 1/hz seconds, give or take, the
// hand having moved as far as its speed took it, slow at the ends and at
// corners; a trackpad drag may break off and be taken up again; a finger
// flicks as it lifts.
func (p guestPen) events(d path, m guestMotion, size float64, t *float64, r *rand.Rand) [][][2]float32 {
	l := float64(len(d) - 1)
	slow := slowing(d, max(2, int(size*0.04)))
	vp := m.vp * min(1.2, max(0.35, math.Sqrt(l/size)))
	breakAt := math.Inf(1)
	if l > size/2 && r.Float64() < p.breaks {
		breakAt = l * uni(r, 0.3, 0.7)
	}
	var out [][][2]float32
	cur := [][2]float32{p.point(d[0], m, *t, r)}
	for s := 0.0; ; { // s grows by at least a quarter unit an event
		dt := (1 + uni(r, -p.jitter, p.jitter)) / m.hz
		pace := 1 - m.pace*0.5*(1+math.Sin(2*math.Pi*0.9**t+m.ph[4]))
		v := vp * (0.25 + 0.75*math.Pow(math.Sin(math.Pi*min(1, s/l)), 0.6)) * slow[int(s)] * pace
		s += min(max(v*dt, 0.25), p.gap)
		*t += dt
		if s >= l {
			break
		}
		if s >= breakAt {
			out = append(out, append(cur, p.point(guestAt(d, s), m, *t, r)))
			s += uni(r, 2, 6)
			*t += uni(r, 0.1, 0.3)
			breakAt = math.Inf(1)
			if s >= l-1 {
				return out
			}
			cur = [][2]float32{p.point(guestAt(d, s), m, *t, r)}
			continue
		}
		cur = append(cur, p.point(guestAt(d, s), m, *t, r))
	}
	end := d[len(d)-1]
	cur = append(cur, p.point(end, m, *t, r))
	if p.touch && r.Float64() < 0.5 {
		a := m.flickAngle * math.Pi / 180
		cur = append(cur, p.point(end.add(vec{math.Cos(a), math.Sin(a)}.mul(uni(r, 2, 6))), m, *t+1/m.hz, r))
	}
	return append(out, cur)
}

// guestAt is the point s units along d, which has a point every unit.
func guestAt(d path, s float64) vec {
	i := min(int(s), len(d)-2)
	return lerp(d[i], d[i+1], s-float64(i))
}

// point is where the pen reports the hand at v at time t: shaken by the
// tremor, with the device's noise, rounded as it rounds, on the pad.
func (p guestPen) point(v vec, m guestMotion, t float64, r *rand.Rand) [2]float32 {
	swell := 0.6 + 0.4*math.Sin(2*math.Pi*0.7*t+m.ph[1]) // a tremor comes and goes
	shake := func(k int) float64 {
		return swell * m.trem * (math.Sin(2*math.Pi*m.tHz*t+m.ph[k]) + 0.4*math.Sin(2*math.Pi*1.7*m.tHz*t+m.ph[k+1])) / 1.4
	}
	v = v.add(vec{shake(4), shake(6)})
	f := func(x float64) float32 {
		x += max(-3, min(3, r.NormFloat64())) * p.noise
		x = math.Round(x/p.quant) * p.quant
		return float32(min(max(x, 0), pad.Size))
	}
	return [2]float32{f(v.X), f(v.Y)}
}

// thinned drops every other inner point of every stroke until the
// drawing holds at most most points, as a page that keeps what the pad
// takes would; it seldom has to.
func thinned(st [][][2]float32, most int) [][][2]float32 {
	for {
		n := 0
		for _, s := range st {
			n += len(s)
		}
		if n <= most {
			return st
		}
		for i, s := range st {
			if len(s) > 2 {
				out := s[:0:0]
				for j, p := range s {
					if j%2 == 0 || j == len(s)-1 {
						out = append(out, p)
					}
				}
				st[i] = out
			}
		}
	}
}
