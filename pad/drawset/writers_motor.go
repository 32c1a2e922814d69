package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// via is a point a writer's hand aims at on its way through a stroke,
// in glyph space (a digit's box about 0.6 wide and 1 tall, y down). At a
// stop the hand comes to rest before it sets off again, so the stroke
// turns a sharp corner there; elsewhere the next movement starts before
// the last one ends and the corner rounds off.
type via struct {
	p    vec
	stop bool
}

// stroke is one pen-down movement of a plan, the points it aims at in
// turn; plan is a drawing's strokes in the order the writer draws them.
type (
	stroke []via
	plan   []stroke
)

// vias makes a stroke through the points, turning round each of them.
func vias(pts ...vec) stroke {
	out := make(stroke, len(pts))
	for i, p := range pts {
		out[i] = via{p: p}
	}
	return out
}

// then appends the points to s, the first of them a stop.
func (s stroke) then(pts ...vec) stroke {
	out := append(stroke(nil), s...)
	out[len(out)-1].stop = true
	return append(out, vias(pts...)...)
}

// loopAims returns the points of an elliptic arc around c with radii rx, ry
// from angle a0 through sweep degrees (0 points right, 90 down: a
// positive sweep runs clockwise on screen), no more than 30 degrees
// apart, the aims of a hand that goes round a loop.
func loopAims(c vec, rx, ry, a0, sweep float64) []vec {
	n := max(2, int(math.Ceil(math.Abs(sweep)/30)))
	out := make([]vec, n+1)
	for i := range out {
		out[i] = at(c, rx, ry, a0+sweep*float64(i)/float64(n))
	}
	return out
}

// v is a glyph-space point, for writing plans briefly.
func v(x, y float64) vec { return vec{x, y} }

// device is what a writer draws with: how often the pointer reports
// (Hz), how fast the hand may go (pad units a second), how sloppy its
// movements are beside the writer's own care, how much of a corner it
// rounds, how often the button or contact is lost mid-stroke, and how far
// a touch moves before the first event (a finger's slop).
type device struct {
	name             string
	rateLo, rateHi   float64
	maxSpeed         float64
	sloppy           float64
	fluency          float64
	lift, slop, hook float64
}

// writerDevices are the devices the writers draw with: a mouse (events
// at 60 to 125 Hz, straighter segments with stops between them, the
// button now and then let go mid-stroke), a finger on a touch screen
// (rounder and sloppier, its first few units lost to the touch slop), a
// stylus (fast events, fluent, small hooks where the nib lands and lifts)
// and a trackpad (slow and jerky, the drag broken off where the finger
// runs out of pad).
var writerDevices = []device{
	{"mouse", 60, 125, 1400, 1, -0.05, 0.05, 0, 0.1},
	{"finger", 60, 120, 1600, 1.5, 0.15, 0.02, 6, 0.05},
	{"stylus", 120, 240, 1800, 0.8, 0.1, 0.01, 0, 0.6},
	{"trackpad", 50, 70, 900, 1.4, -0.05, 0.1, 0, 0.05},
}

// writer is one synthetic person: how they write each digit (prefer, for
// each digit, the allographs they use and how often) and how their hand
// moves. The traits persist across their drawings; each drawing varies
// around them.
type writer struct {
	id     int
	name   string
	held   bool
	dev    device
	size   float64 // height of a digit in pad units
	cx, cy float64 // where on the pad they tend to write
	slant  float64 // degrees, positive leaning right
	aspect float64 // width stretch
	tempo  float64 // scale of their movement times
	flow   float64 // how far one movement overlaps the next, 0 to 0.7
	tremor float64 // amplitude of their tremor, as a fraction of the height
	care   float64 // spread of their movements' errors, in relative length
	loop   float64 // size of their loops, relative
	close  float64 // how far past its start a loop goes, in turns (<0: left open)
	rev    float64 // how often a drawing of several strokes goes in the reverse order
	prefer [10][]preference
}

// preference is an allograph a writer uses and its weight.
type preference struct {
	a      *allograph
	weight float64
}

// minJerk is the position profile of a minimum-jerk movement at relative
// time u in [0, 1].
func minJerk(u float64) float64 {
	u = min(max(u, 0), 1)
	return u * u * u * (10 - 15*u + 6*u*u)
}

// pulse is one movement of the hand: it starts at s, lasts dur seconds
// and moves by d pad units, with the bell-shaped speed of a minimum-jerk
// movement.
type pulse struct {
	s, dur float64
	d      vec
}

// motion is a stroke as the hand moves it: the sum of overlapping
// movements from a starting point, plus a tremor.
type motion struct {
	start  vec
	pulses []pulse
	end    float64
	trem   float64
	tf     [2]float64
	tp     [4]float64
}

// at is where the pen is t seconds into the stroke.
func (m *motion) at(t float64) vec {
	p := m.start
	for _, q := range m.pulses {
		if t > q.s {
			p = p.add(q.d.mul(minJerk((t - q.s) / q.dur)))
		}
	}
	if m.trem > 0 {
		p = p.add(vec{
			m.trem * (math.Sin(2*math.Pi*m.tf[0]*t+m.tp[0]) + 0.5*math.Sin(2*math.Pi*m.tf[1]*t+m.tp[1])),
			m.trem * (math.Sin(2*math.Pi*m.tf[0]*t+m.tp[2]) + 0.5*math.Sin(2*math.Pi*m.tf[1]*t+m.tp[3])),
		})
	}
	return p
}

// move turns a stroke's aims, already on the pad (pad units), into the
// hand's motion: one movement from each aim to the next, lasting longer
// the longer it is and no shorter than the device's top speed allows,
// and starting before the last one ends as far as the writer's fluency
// goes, unless the last aim is a stop. A mouse or trackpad now and then
// pauses at an aim. Each movement lands off its aim by an error (the
// writer's care and the device's sloppiness, larger on longer
// movements) that is partly carried on to the next, the way an eye that
// watches the pen corrects it only in part, so a loop closes only as
// well as the hand aims but a long stroke does not drift away. At a stop
// or the end of a stroke a fluent hand often overshoots a little and
// comes back, as often as its fluency.
func (w *writer) move(aims []via, h float64, r *rand.Rand) *motion {
	sd := w.care * w.dev.sloppy
	var miss vec // how far the pen is off the current aim
	noise := func(scale float64) vec { return vec{r.NormFloat64(), r.NormFloat64()}.mul(sd * scale) }
	miss = noise(0.1 * h)
	m := &motion{start: aims[0].p.add(miss)}
	m.trem = w.tremor * h * uni(r, 0.7, 1.3)
	m.tf = [2]float64{uni(r, 6, 11), uni(r, 12, 18)}
	for i := range m.tp {
		m.tp[i] = uni(r, 0, 2*math.Pi)
	}
	var s float64
	for k := 1; k < len(aims); k++ {
		d := aims[k].p.sub(aims[k-1].p)
		l := math.Hypot(d.X, d.Y)
		dur := w.tempo * (0.05 + 0.2*math.Sqrt(l/h)) * uni(r, 0.85, 1.15)
		dur = max(dur, 1.875*l/w.dev.maxSpeed)
		next := miss.mul(0.6).add(noise(0.6*l + 0.05*h))
		d = d.add(next).sub(miss)
		miss = next
		if (aims[k].stop || k == len(aims)-1) && r.Float64() < w.flow {
			// Past the corner or the end and back: the movement overshoots
			// and a smaller one, starting before it ends, corrects it.
			o := uni(r, 0.03, 0.09)
			m.pulses = append(m.pulses, pulse{s, dur, d.mul(1 + o)}, pulse{s + 0.75*dur, 0.5 * dur, d.mul(-o)})
			m.end = max(m.end, s+1.25*dur)
		} else {
			m.pulses = append(m.pulses, pulse{s, dur, d})
			m.end = max(m.end, s+dur)
		}
		ov := min(max(w.flow+w.dev.fluency+r.NormFloat64()*0.06, -0.2), 0.75)
		switch {
		case aims[k].stop:
			ov = min(ov, 0.05) - uni(r, 0, 0.1)
		case (w.dev.name == "mouse" || w.dev.name == "trackpad") && r.Float64() < 0.12:
			ov = -uni(r, 0.1, 0.6)
		}
		s += dur * (1 - ov)
	}
	return m
}

// pointer samples a motion as a pointer reports it: an event every
// 1/rate seconds, give or take a little, none while the pen stands
// still, the last where the stroke ends; a finger's events start only
// once it has moved past the touch slop.
func (w *writer) pointer(m *motion, rate float64, r *rand.Rand) []vec {
	out := []vec{m.at(0)}
	add := func(p vec) {
		if p.dist(out[len(out)-1]) >= 0.25 {
			out = append(out, p)
		}
	}
	for t := uni(r, 0.3, 1) / rate; t < m.end; t += uni(r, 0.85, 1.15) / rate {
		add(m.at(t))
	}
	if end := m.at(m.end); len(out) == 1 || end.dist(out[len(out)-1]) >= 0.25 {
		out = append(out, end) // a stroke is at least two events
	}
	if slop := w.dev.slop * uni(r, 0.5, 1); slop > 0 {
		k := 0
		for k < len(out)-2 && out[k].dist(out[0]) < slop {
			k++
		}
		out = out[k:]
	}
	return out
}

// writeOut draws a plan as the writer's hand and device do: the strokes
// (in reverse order if the writer's habit says so) placed on the pad at
// the writer's size, slant, proportions and place, varied for this
// drawing; the hand's hooks where the pen lands and lifts; each stroke
// moved by the motor model and sampled as the pointer reports it, a
// stroke broken where a mouse button or a touch is lost; then the whole
// drawing fitted inside the pad's margins.
func (w *writer) writeOut(pl plan, r *rand.Rand) [][][2]float32 {
	if len(pl) > 1 && r.Float64() < w.rev {
		pl = append(plan(nil), pl...)
		for i, j := 0, len(pl)-1; i < j; i, j = i+1, j-1 {
			pl[i], pl[j] = pl[j], pl[i]
		}
	}
	lo, hi := vec{math.Inf(1), math.Inf(1)}, vec{math.Inf(-1), math.Inf(-1)}
	for _, st := range pl {
		for _, a := range st {
			lo = vec{min(lo.X, a.p.X), min(lo.Y, a.p.Y)}
			hi = vec{max(hi.X, a.p.X), max(hi.Y, a.p.Y)}
		}
	}
	c := lerp(lo, hi, 0.5)
	h := w.size * math.Exp(r.NormFloat64()*0.12)
	aspect := w.aspect * uni(r, 0.92, 1.08)
	shear := math.Tan((w.slant + r.NormFloat64()*3) * math.Pi / 180)
	rs, rc := math.Sincos(r.NormFloat64() * 3 * math.Pi / 180)
	centre := vec{w.cx + r.NormFloat64()*pad.Size*0.06, w.cy + r.NormFloat64()*pad.Size*0.06}
	toPad := func(p vec) vec {
		x, y := (p.X-c.X)*aspect, p.Y-c.Y
		x -= shear * y
		return vec{(x*rc - y*rs) * h, (x*rs + y*rc) * h}.add(centre)
	}
	rate := uni(r, w.dev.rateLo, w.dev.rateHi)
	var strokes [][]vec
	for _, st := range pl {
		aims := make([]via, 0, len(st)+2)
		for _, a := range st {
			aims = append(aims, via{toPad(a.p), a.stop})
		}
		if r.Float64() < w.dev.hook { // the nib lands with a little hook
			d := aims[1].p.sub(aims[0].p)
			k := h * uni(r, 0.02, 0.05) / max(math.Hypot(d.X, d.Y), 1e-9)
			side := pick(r, -1.0, 1.0)
			aims = append([]via{{p: aims[0].p.add(vec{-d.Y * side, d.X * side}.mul(k))}}, aims...)
		}
		if r.Float64() < w.dev.hook { // and lifts with one
			n := len(aims)
			d := aims[n-1].p.sub(aims[n-2].p)
			k := h * uni(r, 0.02, 0.05) / max(math.Hypot(d.X, d.Y), 1e-9)
			side := pick(r, -1.0, 1.0)
			aims = append(aims, via{p: aims[n-1].p.add(vec{d.X - d.Y*side, d.Y + d.X*side}.mul(k * 0.7))})
		}
		pts := w.pointer(w.move(aims, h, r), rate, r)
		if len(pts) >= 8 && r.Float64() < w.dev.lift {
			cut := len(pts)/4 + r.IntN(len(pts)/2)
			strokes = append(strokes, pts[:cut], pts[cut+1:]) // an event lost between them
			continue
		}
		strokes = append(strokes, pts)
	}
	return fitOnPad(strokes)
}

// fitOnPad shrinks a drawing about its centre if it is larger than the
// pad inside its margins, moves it inside them, and rounds its points to
// a hundredth of a pad unit.
func fitOnPad(strokes [][]vec) [][][2]float32 {
	lo, hi := vec{math.Inf(1), math.Inf(1)}, vec{math.Inf(-1), math.Inf(-1)}
	for _, st := range strokes {
		for _, p := range st {
			lo = vec{min(lo.X, p.X), min(lo.Y, p.Y)}
			hi = vec{max(hi.X, p.X), max(hi.Y, p.Y)}
		}
	}
	c := lerp(lo, hi, 0.5)
	room := float64(pad.Size - 2*margin)
	k := min(1, room/max(hi.X-lo.X, hi.Y-lo.Y))
	lo, hi = c.add(lo.sub(c).mul(k)), c.add(hi.sub(c).mul(k))
	dx := max(0, margin-lo.X) - max(0, hi.X-(pad.Size-margin))
	dy := max(0, margin-lo.Y) - max(0, hi.Y-(pad.Size-margin))
	out := make([][][2]float32, len(strokes))
	for i, st := range strokes {
		q := make([][2]float32, len(st))
		for j, p := range st {
			p = c.add(p.sub(c).mul(k)).add(vec{dx, dy})
			q[j] = [2]float32{
				float32(math.Round(min(max(p.X, 0), pad.Size)*100) / 100),
				float32(math.Round(min(max(p.Y, 0), pad.Size)*100) / 100),
			}
		}
		out[i] = q
	}
	return out
}
