package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// The tourists sets are people from many countries trying the pad on a
// web page, each writing digits the way their school taught them: the
// long upstroke of a continental 1 and its crossed 7, the open 4 and the
// flat-topped 3 of German, Swiss and Russian hands, American school
// print, the narrow clockwise 0 and hooked 7 of Chinese, Japanese and
// Korean writers of Western digits, cursive school forms (a looped 2, an
// open 4 in one stroke, a 9 with a curved tail, an 8 as an S and back or
// as two stacked loops), and people who decorate (a base on the 1, a bar
// through the 7), outline their digits as bubble letters or paint them
// in with strokes back and forth. They draw with a mouse, a stylus, a
// finger on a phone or a tablet, or a laptop's touchpad, at sizes from
// a corner scribble to the whole pad, anywhere on it, upright or
// slanted, slowly and carefully or in a hurry, overshooting the ends of
// their strokes and going over them again.
//
// Each device reports the strokes as it does in a browser: an event per
// frame of its rate (60 a second for a mouse, a phone and a touchpad, 120
// for a tablet, 240 for a stylus's coalesced events), so the events lie
// as far apart as the hand moved between two of them: further on a fast
// hand and a large drawing, closer on the slow parts of a stroke (its
// start and end, and its corners and tight curves). A finger loses the
// first units of a stroke to the touch and shakes more; a touchpad's
// drag is slow and must be clutched again after a short travel, so its
// long strokes come in pieces, each starting where the last one stopped.
//
// What they draw on the verdict set's pad when it asks for a digit and
// is not a digit: letters that look like no digit, a word or their
// name, characters of their own scripts (a Japanese kanji, Cyrillic,
// Devanagari, Arabic, Hangul), simple pictures, signs, scribbles,
// hatching, sprinkled dots, a spiral, and numbers of two or more digits.
//
// The set is split by family (see splitSet), by a list fixed before any
// drawing was made: the held-out half draws only digit families, non-digit
// families and pens the tuning half never draws, but the mouse, which
// draws in both. It was written without reading any other set's families
// or how the pad reads a drawing, and checked by eye only, on contact
// sheets (TestTouristsSheet): no classifier read it before it was
// measured.
var tourists = Halves{"tourists", 52, 54, splitSet[*touristHand, touristPen]{
	digits: touristDigits, others: touristOthers, pens: touristPens,
	drawDigit: func(f splitFamily[*touristHand], pn touristPen, r *rand.Rand) [][][2]float32 {
		h := newTouristHand(r)
		return h.put(h.habits(f.make(h)), pn, 1)
	},
	drawOther: func(f splitFamily[*touristHand], pn touristPen, r *rand.Rand) [][][2]float32 {
		h := newTouristHand(r)
		return h.put(normalize(f.make(h)), pn, h.u(0.75, 1.2))
	},
}}

// TouristsTune and TouristsHeld are the halves of the tourists sets:
// TouristsTune may be looked at and tuned on; TouristsHeld, whose
// families and pens (but the mouse) TouristsTune never draws, is measured
// once, to report how reading and the verdict do on people's habits
// nobody tuned them on.
const (
	TouristsTune = Tune
	TouristsHeld = Held
)

// TouristsDigits returns n drawn digits of half h of the tourists'
// drawn-digit set, the labels in turn 0, 1, ..., 9, 0, ..., from seed
// plus 52 times HeldOutSeedBase (53 for the held-out half): the digits
// reading is measured on. Drawing i depends only on (seed, h, i). It
// panics if seed is not below HeldOutSeedBase or h is neither half.
func TouristsDigits(seed uint64, n int, h Half) []Sample { return tourists.Digits(seed, n, h) }

// TouristsVDigits returns n drawn digits of half h of the tourists'
// verdict set, from seed plus 54 times HeldOutSeedBase (55 for the
// held-out half): the drawn-digit set's families and pens, as the
// controls beside TouristsVOthers, so that the verdict is measured on
// digits and non-digits of the same people, and no drawing is in both
// sets.
func TouristsVDigits(seed uint64, n int, h Half) []Sample { return tourists.VDigits(seed, n, h) }

// TouristsVOthers returns n drawings of half h of the tourists' verdict
// set that are not digits, its non-digit families in turn, from the
// verdict set's seeds: what the verdict must refuse.
func TouristsVOthers(seed uint64, n int, h Half) []Sample { return tourists.VOthers(seed, n, h) }

// touristPen is a device a tourist draws with, and how a browser reports
// it: rate events a second, each moved by a jitter of that many pad units
// (standard deviation, cut at three) and rounded to a grid of the
// device's pixels; a move longer than maxStep between two frames comes as
// several events (the browser's coalesced events), and a frame is lost
// with chance drop. speed is how fast a hand moves on it, relative to a
// mouse; slop is how far a finger moves before its first event; clutch,
// for a touchpad, is how far a drag goes before the finger must be lifted
// and put down again (0: never); shake is the tremor it adds, pad units.
type touristPen struct {
	penSplit
	rate, jitter, grid, maxStep, drop float64
	speed, slop, clutch, shake        float64
}

func (p touristPen) split() penSplit { return p.penSplit }

// maxGap is the widest gap between two events of a stroke the pen
// leaves: its longest step, two jitters and a grid's rounding.
func (p touristPen) maxGap() float64 {
	return p.maxStep + 6*math.Sqrt2*p.jitter + math.Sqrt2*p.grid
}

// touristPens are the devices: the mouse in both halves, a stylus and a
// phone under a finger only in the tuning half, a touchpad and a tablet
// under a finger only in the held-out one.
var touristPens = []touristPen{
	{penSplit{"mouse", 4, true, true}, 60, 0.25, 1, 30, 0.06, 1, 0, 0, 0.3},
	{penSplit{"stylus", 2, true, false}, 240, 0.12, 0.25, 8, 0.01, 0.9, 0, 0, 0.2},
	{penSplit{"phone-finger", 3, true, false}, 60, 0.7, 0.5, 36, 0.08, 1.4, 3, 0, 0.6},
	{penSplit{"touchpad", 3, false, true}, 60, 0.35, 1, 14, 0.04, 0.5, 0, 250, 1},
	{penSplit{"tablet-finger", 2, false, true}, 120, 0.55, 0.35, 16, 0.03, 1.3, 2, 0, 0.5},
}

// touristHand is the person drawing one drawing: how fast they write
// (heights of the drawing a second), how far their key points stray
// from where they mean them (glyph units), how they slant, and their
// habits. The families make their shapes through it.
type touristHand struct {
	r                   *rand.Rand
	pace, mess, slant   float64
	tremor              float64 // pad units
	retraces, overshoot bool
}

// newTouristHand draws a hand: a third careful and slow, half ordinary,
// the rest in a hurry and sloppy.
func newTouristHand(r *rand.Rand) *touristHand {
	h := &touristHand{r: r}
	switch x := r.Float64(); {
	case x < 0.3:
		h.pace, h.mess = uni(r, 1.2, 2.2), uni(r, 0.006, 0.015)
	case x < 0.8:
		h.pace, h.mess = uni(r, 2.2, 3.8), uni(r, 0.012, 0.028)
	default:
		h.pace, h.mess = uni(r, 3.8, 6.5), uni(r, 0.025, 0.045)
	}
	switch x := r.Float64(); {
	case x < 0.45: // upright, as most print is taught
		h.slant = r.NormFloat64() * 0.05
	case x < 0.9: // slanted right, as cursive is taught
		h.slant = uni(r, 0.1, 0.35)
	default: // leaning back
		h.slant = uni(r, -0.18, -0.05)
	}
	h.tremor = uni(r, 0.1, 0.6)
	h.retraces = r.Float64() < 0.1
	h.overshoot = r.Float64() < 0.25
	return h
}

// u draws uniformly from [lo, hi).
func (h *touristHand) u(lo, hi float64) float64 { return uni(h.r, lo, hi) }

// coin is true with chance p.
func (h *touristHand) coin(p float64) bool { return h.r.Float64() < p }

// p is the point (x, y) as the hand puts it: strayed by its mess.
func (h *touristHand) p(x, y float64) vec {
	return vec{x + h.stray(), y + h.stray()}
}

// fine is the point (x, y) as the hand puts it drawing a contour, with
// care: strayed by a third of its mess.
func (h *touristHand) fine(x, y float64) vec {
	return vec{x + h.stray()/3, y + h.stray()/3}
}

// stray is one coordinate's stray, cut at twice the hand's mess.
func (h *touristHand) stray() float64 {
	return max(-2, min(2, h.r.NormFloat64())) * h.mess
}

// habits applies the hand's habits to a digit: a smooth warp of the
// whole glyph as large as its mess, ends run on past where they were
// meant to stop, and one stroke gone over again.
func (h *touristHand) habits(s shape) shape {
	var k, ph [4]float64
	for i := range k {
		k[i], ph[i] = h.u(2, 6), h.u(0, 2*math.Pi)
	}
	a := h.mess * 1.2
	out := make(shape, len(s))
	for i, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			q[j] = v.add(vec{a * math.Sin(k[0]*v.Y+ph[0]) * math.Cos(k[1]*v.X+ph[1]), a * math.Sin(k[2]*v.X+ph[2]) * math.Cos(k[3]*v.Y+ph[3])})
		}
		if h.overshoot && len(q) > 1 {
			q = runOn(q, h.u(0.02, 0.06))
		}
		out[i] = q
	}
	if h.retraces {
		out = retrace(out, h.r)
	}
	return out
}

// runOn extends p's end by d along the direction it ends in.
func runOn(p path, d float64) path {
	end := p[len(p)-1]
	for i := len(p) - 2; i >= 0; i-- {
		if l := end.dist(p[i]); l >= 0.02 {
			return append(append(path(nil), p...), end.add(end.sub(p[i]).mul(d/l)))
		}
	}
	return p
}

// put places a glyph-space shape on the pad (its width stretched by
// aspect on top of the hand's) and returns the events pn reports of it.
func (h *touristHand) put(s shape, pn touristPen, aspect float64) [][][2]float32 {
	r := h.r
	var size float64
	switch x := r.Float64(); {
	case x < 0.12:
		size = uni(r, 32, 75)
	case x < 0.7:
		size = uni(r, 75, 190)
	default:
		size = uni(r, 190, 262)
	}
	want := vec{uni(r, 0, pad.Size), uni(r, 0, pad.Size)}
	if r.Float64() < 0.55 { // most aim for the middle, missing it a little
		want = vec{140 + r.NormFloat64()*22, 140 + r.NormFloat64()*22}
	}
	rot := max(-15, min(15, r.NormFloat64()*5))
	shake := h.tremor + pn.shake
	paths, d := layOut(s, size, aspect*uni(r, 0.82, 1.22), h.slant, rot, 2*shake, want)
	var out [][][2]float32
	for _, p := range paths {
		for j := range p {
			p[j] = p[j].add(d)
		}
		out = append(out, pn.events(h.tremble(resample(p, 1), shake), size, h.pace, r)...)
	}
	return out
}

// resample returns p as points step pad units apart along it, its ends
// kept.
func resample(p path, step float64) path {
	out := path{p[0]}
	next, acc := step, 0.0
	for i := 1; i < len(p); i++ {
		a, b := p[i-1], p[i]
		l := a.dist(b)
		for l > 0 && acc+l >= next {
			out = append(out, lerp(a, b, (next-acc)/l))
			next += step
		}
		acc += l
	}
	if out[len(out)-1].dist(p[len(p)-1]) > 1e-9 {
		out = append(out, p[len(p)-1])
	}
	return out
}

// tremble moves a stroke sampled a pad unit apart by a smooth tremor of
// about amp pad units: three waves of random lengths along the stroke
// on each axis.
func (h *touristHand) tremble(p path, amp float64) path {
	var f, ph [6]float64
	for i := range f {
		f[i], ph[i] = 2*math.Pi/h.u(25, 120), h.u(0, 2*math.Pi)
	}
	out := make(path, len(p))
	for j, v := range p {
		s := float64(j)
		out[j] = v.add(vec{
			amp * (math.Sin(f[0]*s+ph[0]) + 0.5*math.Sin(f[1]*s+ph[1]) + 0.3*math.Sin(f[2]*s+ph[2])) / 1.8,
			amp * (math.Sin(f[3]*s+ph[3]) + 0.5*math.Sin(f[4]*s+ph[4]) + 0.3*math.Sin(f[5]*s+ph[5])) / 1.8,
		})
	}
	return out
}

// events returns the strokes the device reports for a stroke p, sampled
// a pad unit apart, of a drawing size pad units tall, drawn at pace
// heights a second: one stroke, or for a touchpad one a clutch.
func (pn touristPen) events(p path, size, pace float64, r *rand.Rand) [][][2]float32 {
	pieces := []path{p}
	if pn.clutch > 0 {
		pieces = nil
		for {
			n := int(pn.clutch * uni(r, 0.6, 1.3))
			if len(p)-n < 8 { // no piece too short to drag
				pieces = append(pieces, p)
				break
			}
			pieces = append(pieces, p[:n+1])
			p = p[n:]
		}
	}
	var out [][][2]float32
	for _, q := range pieces {
		out = append(out, pn.stroke(q, size, pace, r))
	}
	return out
}

// stroke samples one pen-down movement p (points a pad unit apart) as the
// device reports it. The hand's speed along p falls at its ends and in
// its tight curves and corners from twice pace heights a second (times
// the device's speed) on the straight.
func (pn touristPen) stroke(p path, size, pace float64, r *rand.Rand) [][2]float32 {
	if len(p) < 2 { // a dot
		p = path{p[0], p[0]}
	}
	n := len(p)
	// The time to the next point: 1/speed, the speed relative to the
	// fastest.
	cost := make([]float64, n)
	L := float64(n - 1)
	for j := 1; j < n; j++ {
		a, b := max(j-4, 0), min(j+4, n-1)
		turn := 0.0
		if b-a >= 2 {
			u, v := p[j].sub(p[a]), p[b].sub(p[j])
			turn = math.Abs(math.Atan2(u.X*v.Y-u.Y*v.X, u.X*v.X+u.Y*v.Y))
		}
		curv := turn / float64(b-a) * size // turning per height of the drawing
		s := float64(j)
		ramp := math.Sqrt(max(0.04, min(1, s/(0.06*L+3), (L-s)/(0.06*L+3))))
		cost[j] = (1 + 0.1*curv) / ramp
	}
	// The fastest the hand goes, twice its pace: about its pace on a
	// digit, slower on a tortuous path (a painted one, a scribble).
	k := 1 / (2 * max(30, pace*size*pn.speed) * uni(r, 0.85, 1.15)) // seconds per unit of cost
	times := make([]float64, n)
	for j := 1; j < n; j++ {
		times[j] = times[j-1] + cost[j]*k
	}
	T := times[n-1]
	// Where the hand is at p's point s (an index, between points) and at
	// time t.
	pos := func(s float64) vec {
		j := min(int(s), n-2)
		return lerp(p[j], p[j+1], s-float64(j))
	}
	j := 1
	at := func(t float64) float64 { // t never decreases
		for j < n-1 && times[j] < t {
			j++
		}
		f := 0.0
		if dt := times[j] - times[j-1]; dt > 0 {
			f = min(1, max(0, (t-times[j-1])/dt))
		}
		return float64(j-1) + f
	}
	// Events: touch-down (a finger's after its slop), one a frame, and
	// the last place before the lift; a move of more than maxStep between
	// two comes as several.
	start := min(pn.slop*uni(r, 0.3, 1), L/3)
	pts := []vec{pos(start)}
	last := start
	var fill func(s0, s1 float64, v0, v1 vec)
	fill = func(s0, s1 float64, v0, v1 vec) {
		if v0.dist(v1) <= pn.maxStep || s1-s0 < 1e-3 {
			return
		}
		sm := (s0 + s1) / 2
		vm := pos(sm)
		fill(s0, sm, v0, vm)
		pts = append(pts, vm)
		fill(sm, s1, vm, v1)
	}
	step := func(s float64) {
		v := pos(s)
		fill(last, s, pts[len(pts)-1], v)
		pts = append(pts, v)
		last = s
	}
	for t := uni(r, 0, 1/pn.rate); t < T; t += 1 / pn.rate {
		if s := at(t); s > last && r.Float64() >= pn.drop {
			step(s)
		}
	}
	step(L)
	out := make([][2]float32, len(pts))
	for i, v := range pts {
		f := func(x float64) float32 {
			x += max(-3, min(3, r.NormFloat64())) * pn.jitter
			x = math.Round(x/pn.grid) * pn.grid
			return float32(min(max(x, 0), pad.Size))
		}
		out[i] = [2]float32{f(v.X), f(v.Y)}
	}
	return out
}
