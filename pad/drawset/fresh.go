package drawset

import (
	"math"
	"math/rand/v2"
)

// freshShapes are the digit families of part Fresh: a second, harder set
// of ways to write each digit, weighted towards the 6s and 9s that people's
// drawings showed to be the hardest (loops large and small, open or barely
// closed, long and short tails, a 9 with a straight stem, a 6 written like
// "b"). They were written before any network or verdict was measured on
// them, and none of them appears in another part.
var freshShapes = []digitShape{
	{0, "tall-narrow", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.3, 0.5}, uni(r, 0.1, 0.16), 0.5, -80, -80-uni(r, 365, 400))}
	}},
	{0, "tilted", true, func(r *rand.Rand) shape {
		return shape{tiltedArc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, uni(r, 12, 30), -100, -100-uni(r, 340, 370))}
	}},
	{0, "round", true, func(r *rand.Rand) shape {
		rr := uni(r, 0.4, 0.5)
		return shape{arc(vec{0.3, 0.5}, rr, rr*uni(r, 1, 1.15), -60, -60-uni(r, 350, 380))}
	}},

	{1, "flag-base-wide", true, func(r *rand.Rand) shape {
		w := uni(r, 0.2, 0.35)
		return shape{join(bez(vec{0.02, uni(r, 0.3, 0.45)}, vec{0.15, 0.25}, vec{0.25, 0.1}, vec{0.36, 0}), poly(vec{0.36, 0}, vec{0.34, 1})),
			poly(vec{0.34 - w, 1}, vec{0.34 + w, 1.01})}
	}},
	{1, "long-flag", true, func(r *rand.Rand) shape {
		return shape{poly(vec{uni(r, 0, 0.1), uni(r, 0.4, 0.55)}, vec{0.4, 0}, vec{uni(r, 0.36, 0.42), 1})}
	}},
	{1, "curved", true, func(r *rand.Rand) shape {
		x := uni(r, 0.25, 0.35)
		return shape{join(poly(vec{x - 0.12, 0.12}, vec{x, 0}), bez(vec{x, 0}, vec{x + 0.06, 0.35}, vec{x - 0.08, 0.7}, vec{x - 0.04, 1}))}
	}},

	{2, "low-loop", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.25}
		e := at(c, 0.27, 0.25, 380)
		k := uni(r, 0.12, 0.2) // the loop's radius
		l := vec{uni(r, 0.12, 0.2), 0.9 - k}
		return shape{join(arc(c, 0.27, 0.25, uni(r, 170, 200), 380),
			bez(e, vec{0.5, 0.5}, vec{l.X + k, l.Y - 0.1}, l.add(vec{k, 0})),
			arc(l, k, k, 0, -uni(r, 250, 330)),
			bez(at(l, k, k, -290), vec{l.X + 0.1, 1.02}, vec{0.4, 0.98}, vec{uni(r, 0.55, 0.7), uni(r, 0.88, 1)}))}
	}},
	{2, "hook-top", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		curl := vec{0.08, 0.3}
		return shape{join(arc(vec{0.1, 0.26}, 0.06, 0.06, 90, -90), bez(curl.add(vec{0.02, -0.1}), vec{0.2, -0.05}, vec{0.65, 0.0}, at(c, 0.28, 0.26, 380)),
			bez(at(c, 0.28, 0.26, 380), vec{0.45, 0.6}, vec{0.2, 0.8}, vec{0.0, 1}), poly(vec{0.0, 1}, vec{uni(r, 0.5, 0.65), 0.98}))}
	}},
	{2, "straight-diagonal", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.25}
		e := at(c, 0.28, 0.25, 20)
		end := vec{uni(r, 0.55, 0.68), 1}
		return shape{join(arc(c, 0.28, 0.25, 190, 380), poly(e, vec{0.02, 1}, end), poly(end, end.add(vec{0.05, -uni(r, 0.05, 0.15)})))}
	}},

	{3, "wide-shallow", true, func(r *rand.Rand) shape {
		up, lo := vec{0.25, 0.25}, vec{0.25, 0.75}
		return shape{join(arc(up, 0.35, 0.25, 210, 450), arc(lo, 0.38, 0.25, 270, uni(r, 470, 500)))}
	}},
	{3, "small-top", true, func(r *rand.Rand) shape {
		k := uni(r, 0.3, 0.4)
		up, lo := vec{0.3, k / 2}, vec{0.3, k + (1-k)/2}
		return shape{join(arc(up, 0.2, k/2, 200, 450), arc(lo, 0.32, (1-k)/2, 270, 500))}
	}},
	{3, "curly", true, func(r *rand.Rand) shape {
		up, lo := vec{0.3, 0.25}, vec{0.3, 0.75}
		e := at(lo, 0.3, 0.25, 520)
		return shape{join(arc(vec{0.1, 0.12}, 0.05, 0.05, 90, -90), bez(vec{0.1, 0.07}, vec{0.25, -0.05}, vec{0.6, 0.0}, at(up, 0.27, 0.25, 360)),
			arc(up, 0.27, 0.25, 360, 450), arc(lo, 0.3, 0.25, 270, 520), arc(e.add(vec{0.06, 0}), 0.06, 0.06, 180, uni(r, 380, 420)))}
	}},

	{4, "open-tall", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.55, 0.7)
		return shape{poly(vec{0.05, 0}, vec{0.0, bar}, vec{0.6, bar - 0.02}), poly(vec{0.45, -0.05}, vec{uni(r, 0.4, 0.48), 1})}
	}},
	{4, "closed-crossing", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.55, 0.7)
		return shape{poly(vec{0.4, 0}, vec{0, bar}, vec{0.65, bar}), poly(vec{0.45, uni(r, 0.1, 0.25)}, vec{0.45, 1})}
	}},
	{4, "closed-tall-stem", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.5, 0.62)
		return shape{poly(vec{0.45, 0.08}, vec{0.02, bar}, vec{uni(r, 0.5, 0.62), bar}), poly(vec{0.42, 0}, vec{0.44, 1})}
	}},

	{5, "curved-hat", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		return shape{join(poly(vec{0.12, 0.02}, vec{0.06, 0.42}), bez(vec{0.06, 0.42}, vec{0.4, 0.3}, vec{0.75, 0.5}, at(c, 0.3, 0.28, 360)), arc(c, 0.3, 0.28, 360, 510)),
			bez(vec{0.12, 0.02}, vec{0.3, -0.04}, vec{0.45, 0.04}, vec{0.6, -0.02})}
	}},
	{5, "small-belly", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.78}
		return shape{join(poly(vec{0.55, 0}, vec{0.12, 0}, vec{0.1, 0.55}), bez(vec{0.1, 0.55}, vec{0.35, 0.5}, vec{0.55, 0.6}, at(c, 0.22, 0.2, 360)),
			arc(c, 0.22, 0.2, 360, 500))}
	}},
	{5, "s-like", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.6, 0.02}, vec{0.2, 0}), bez(vec{0.2, 0}, vec{0.05, 0.1}, vec{0.0, 0.4}, vec{0.25, 0.45}),
			bez(vec{0.25, 0.45}, vec{0.7, 0.5}, vec{0.65, 1}, vec{0.25, 1}), bez(vec{0.25, 1}, vec{0.1, 1}, vec{0.02, 0.95}, vec{0.0, 0.88}))}
	}},

	{6, "big-loop", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.63}, uni(r, 0.28, 0.33), uni(r, 0.33, 0.37)
		s := at(c, rx, ry, 200)
		return shape{join(bez(vec{0.5, 0}, vec{0.3, 0.02}, vec{s.X + 0.02, s.Y - 0.1}, s), arc(c, rx, ry, 200, -150))}
	}},
	{6, "tiny-loop", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.86}, uni(r, 0.1, 0.15), uni(r, 0.1, 0.14)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.55, 0}, vec{0.2, 0.1}, vec{s.X - 0.05, 0.5}, s), arc(c, rx, ry, 180, -170))}
	}},
	{6, "open-loop", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.68}, uni(r, 0.24, 0.3), uni(r, 0.26, 0.32)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.52, 0}, vec{0.2, 0.08}, vec{s.X, 0.3}, s), arc(c, rx, ry, 180, -uni(r, 100, 130)))}
	}},
	{6, "barely-closed", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.68}, uni(r, 0.24, 0.3), uni(r, 0.26, 0.32)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.5, 0}, vec{0.2, 0.08}, vec{s.X, 0.3}, s), arc(c, rx, ry, 180, -uni(r, 150, 165)))}
	}},
	{6, "long-tail", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.75}, uni(r, 0.2, 0.26), uni(r, 0.2, 0.25)
		s := at(c, rx, ry, 180)
		top := vec{uni(r, 0.6, 0.75), uni(r, 0, 0.08)}
		return shape{join(bez(top, vec{0.3, -0.05}, vec{s.X - 0.08, 0.25}, s), arc(c, rx, ry, 180, -175))}
	}},
	{6, "short-tail", true, func(r *rand.Rand) shape {
		// A flick from the top right into the top left of a tall loop.
		c, rx, ry := vec{0.3, 0.64}, uni(r, 0.26, 0.3), uni(r, 0.33, 0.36)
		s := at(c, rx, ry, 235)
		return shape{join(bez(vec{uni(r, 0.42, 0.52), 0}, vec{0.35, 0.03}, vec{s.X + 0.06, s.Y - 0.06}, s), arc(c, rx, ry, 235, -125))}
	}},
	{6, "b-like", true, func(r *rand.Rand) shape {
		c := vec{0.3, uni(r, 0.68, 0.74)}
		rx, ry := 0.24, 1-c.Y
		x := c.X - rx
		return shape{join(poly(vec{x + uni(r, 0, 0.08), 0}, vec{x, c.Y}), arc(c, rx, ry, 180, uni(r, 520, 540)))}
	}},

	{7, "curved-bar", true, func(r *rand.Rand) shape {
		y := uni(r, 0.45, 0.6)
		return shape{join(bez(vec{0, 0.05}, vec{0.2, -0.03}, vec{0.4, 0.03}, vec{0.62, 0}), bez(vec{0.62, 0}, vec{0.45, 0.3}, vec{0.3, 0.6}, vec{0.25, 1})),
			poly(vec{0.2, y}, vec{0.6, y - 0.03})}
	}},
	{7, "european", true, func(r *rand.Rand) shape {
		y := uni(r, 0.45, 0.58)
		return shape{poly(vec{0.02, 0.18}, vec{0.0, 0}, vec{0.62, 0.02}, vec{0.3, 1}), poly(vec{0.12, y}, vec{0.58, y})}
	}},
	{7, "short-top", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.25, 0}, vec{0.62, 0}, vec{uni(r, 0.0, 0.15), 1})}
	}},

	{8, "tilted", true, func(r *rand.Rand) shape {
		t := uni(r, 15, 30)
		return shape{join(tiltedArc(vec{0.35, 0.25}, 0.2, 0.23, t, -20, -200), tiltedArc(vec{0.25, 0.72}, 0.26, 0.27, t, -90, 250), tiltedArc(vec{0.35, 0.25}, 0.2, 0.23, t, 160, -30))}
	}},
	{8, "two-s", true, func(r *rand.Rand) shape {
		// An S, then its mirror image over it: the two close both loops.
		k := uni(r, -0.05, 0.05)
		a := join(bez(vec{0.55, 0.1}, vec{0.35, -0.08}, vec{0.0, 0.1}, vec{0.3, 0.48 + k}),
			bez(vec{0.3, 0.48 + k}, vec{0.65, 0.75}, vec{0.45, 1.05}, vec{0.1, 0.92}))
		b := make(path, len(a))
		for i, v := range a {
			b[i] = vec{0.6 - v.X, v.Y}
		}
		return shape{a, b}
	}},
	{8, "big-top", true, func(r *rand.Rand) shape {
		k := uni(r, 0.5, 0.6)
		return shape{arc(vec{0.3, k / 2}, 0.28, k/2, -90, -450), arc(vec{0.3, k + (1-k)/2}, 0.2, (1-k)/2, -90, 270)}
	}},

	{9, "big-loop", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.36}
		ry := uni(r, 0.32, 0.36)
		e := at(c, 0.3, ry, 0)
		return shape{join(arc(c, 0.3, ry, -10, -360), poly(e, vec{uni(r, 0.5, 0.6), 1}))}
	}},
	{9, "small-loop", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.16}
		rx, ry := uni(r, 0.15, 0.2), uni(r, 0.12, 0.16)
		e := at(c, rx, ry, 0)
		return shape{join(arc(c, rx, ry, 0, -360), bez(e, vec{e.X, 0.5}, vec{e.X - 0.02, 0.8}, vec{e.X - 0.06, 1}))}
	}},
	{9, "open-loop", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		a := -uni(r, 40, 70) // the loop starts below the top right and stops short of the stem
		return shape{arc(c, 0.27, 0.26, a, -300), poly(vec{0.56, 0.08}, vec{0.52, 1})}
	}},
	{9, "barely-closed", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		a0 := -uni(r, 10, 25)
		a1 := a0 - 360 + uni(r, 8, 14) // stops just short of where it started
		e := at(c, 0.27, 0.26, a1)
		return shape{join(arc(c, 0.27, 0.26, a0, a1), poly(e, vec{e.X + uni(r, -0.04, 0.04), 1}))}
	}},
	{9, "long-tail", true, func(r *rand.Rand) shape {
		c := vec{0.32, 0.22}
		e := at(c, 0.24, 0.22, -5)
		return shape{join(arc(c, 0.24, 0.22, -5, -365), bez(e, vec{0.6, 0.6}, vec{0.55, 1.05}, vec{0.2, 1}), bez(vec{0.2, 1}, vec{0.05, 0.98}, vec{0.0, 0.9}, vec{0.02, uni(r, 0.78, 0.86)}))}
	}},
	{9, "short-tail", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.35}
		ry := uni(r, 0.3, 0.35)
		e := at(c, 0.3, ry, -5)
		return shape{join(arc(c, 0.3, ry, -5, -365), poly(e, vec{e.X - 0.03, uni(r, 0.8, 0.92)}))}
	}},
	{9, "straight-stem", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.27}
		x := uni(r, 0.54, 0.6)
		// The loop, then up to the top of the stem and straight down it.
		return shape{join(arc(c, 0.26, 0.26, 10, -350), poly(at(c, 0.26, 0.26, -350), vec{x, 0.0}, vec{x, 1}))}
	}},
	{9, "g-like", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.26}
		e := at(c, 0.26, 0.25, 0)
		return shape{join(arc(c, 0.26, 0.25, 0, -360), poly(e, vec{0.56, 0.78}), bez(vec{0.56, 0.78}, vec{0.56, 1.02}, vec{0.2, 1.04}, vec{0.05, 0.86}))}
	}},
}

// freshPens are the ways of drawing of part Fresh: styles that people's
// drawings showed to be the hardest, drawn differently from the other
// parts' pens.
var freshPens = []pen{
	{"plain", 2, true, asIs},
	{"hollow", 2, true, hollow},
	{"gothic", 1, true, gothic},
	{"twin-line", 1, true, twinLine},
	{"linked", 1, true, linked},
	{"tremor", 1, true, tremor},
	{"overshoot", 1, true, overshoot},
}

// FreshFamilies returns the digit families and pens of part Fresh.
func FreshFamilies() []string {
	return familyNames(freshShapes, nil, freshPens)
}

// tiltedArc is arc on an ellipse turned by tilt degrees clockwise.
func tiltedArc(c vec, rx, ry, tilt, a0, a1 float64) path {
	p := arc(vec{}, rx, ry, a0, a1)
	s, co := math.Sincos(tilt * math.Pi / 180)
	for i, v := range p {
		p[i] = vec{c.X + v.X*co - v.Y*s, c.Y + v.X*s + v.Y*co}
	}
	return p
}

// dense resamples p at most step apart, keeping its corners, so that
// offsets and wobbles follow the drawn line and not a few control points.
func dense(p path, step float64) path {
	out := path{p[0]}
	for i := 1; i < len(p); i++ {
		n := max(1, int(math.Ceil(p[i].dist(p[i-1])/step)))
		for k := 1; k <= n; k++ {
			out = append(out, lerp(p[i-1], p[i], float64(k)/float64(n)))
		}
	}
	return out
}

// hollow traces the contour of a thick letter: each stroke becomes the
// closed border of a band w either side of it with round ends, as people
// draw outlined "bubble" digits; a closed loop becomes its outer and inner
// rings.
func hollow(s shape, r *rand.Rand) shape {
	w := uni(r, 0.06, 0.1)
	var out shape
	for _, p := range s {
		p = dense(p, 0.01)
		left, right := offset(p, w), offset(p, -w)
		if p[0].dist(p[len(p)-1]) < 2*w {
			out = append(out, left, right)
			continue
		}
		a1 := direction(p[len(p)-2], p[len(p)-1])
		a0 := direction(p[0], p[1])
		out = append(out, join(left, arc(p[len(p)-1], w, w, a1-90, a1+90), reversed(right), arc(p[0], w, w, a0+90, a0+270)))
	}
	return out
}

// direction is the angle of b seen from a, in degrees, as arc measures it.
func direction(a, b vec) float64 { return math.Atan2(b.Y-a.Y, b.X-a.X) * 180 / math.Pi }

// gothic draws a broad-nib, angular letter in outline: curves become a few
// straight facets, and each stroke becomes the hollow band a nib held at 45
// degrees leaves, wide on down-strokes and thin on the diagonal, with its
// two ends closed.
func gothic(s shape, r *rand.Rand) shape {
	nib := vec{uni(r, 0.035, 0.06), -uni(r, 0.035, 0.06)}
	facet := uni(r, 0.1, 0.18)
	var out shape
	for _, p := range s {
		l := length(p)
		n := max(2, int(math.Round(l/facet)))
		q := make(path, n+1)
		for i := range q {
			q[i] = pointAt(p, l*float64(i)/float64(n))
		}
		a, b := make(path, len(q)), make(path, len(q))
		for i, v := range q {
			a[i], b[i] = v.add(nib), v.sub(nib)
		}
		out = append(out, join(a, reversed(b), path{a[0]}))
	}
	return out
}

// twinLine draws every stroke as two parallel lines either side of where
// it would be, open at the ends: double-stroked lettering.
func twinLine(s shape, r *rand.Rand) shape {
	w := uni(r, 0.025, 0.05)
	var out shape
	for _, p := range s {
		p = dense(p, 0.01)
		out = append(out, offset(p, w), reversed(offset(p, -w)))
	}
	return out
}

// linked writes the digit in one movement as joined-up handwriting does: an
// upstroke from below, every stroke reached through a small loop from the
// last, and an exit stroke rising to the right towards a next letter.
func linked(s shape, r *rand.Rand) shape {
	first := s[0][0]
	lead := first.add(vec{-uni(r, 0.15, 0.3), uni(r, 0.25, 0.5)})
	p := join(bez(lead, lead.add(vec{0.15, -0.05}), first.add(vec{-0.1, 0.1}), first), s[0])
	for _, q := range s[1:] {
		e := p[len(p)-1]
		k := uni(r, 0.06, 0.12)
		p = join(p, bez(e, e.add(vec{k, k}), q[0].add(vec{-k, k}), q[0]), q)
	}
	last := p[len(p)-1]
	exit := last.add(vec{uni(r, 0.15, 0.3), -uni(r, 0.05, 0.25)})
	return shape{join(p, bez(last, last.add(vec{0.05, 0.1}), exit.add(vec{-0.1, 0.05}), exit))}
}

// tremor is a heavily shaking hand: a fast tremor and a slow drift across
// each stroke, several times the shaky pen's wobble.
func tremor(s shape, r *rand.Rand) shape {
	amp, drift := uni(r, 0.012, 0.025), uni(r, 0.02, 0.045)
	f1, f2 := uni(r, 8, 16), uni(r, 1, 3) // cycles per glyph height of travel
	var ph [4]float64
	for i := range ph {
		ph[i] = uni(r, 0, 2*math.Pi)
	}
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.01)
		q := make(path, len(p))
		var t float64
		for j, v := range p {
			if j > 0 {
				t += v.dist(p[j-1])
			}
			q[j] = v.add(vec{
				amp*math.Sin(2*math.Pi*f1*t+ph[0]) + drift*math.Sin(2*math.Pi*f2*t+ph[1]),
				amp*math.Sin(2*math.Pi*f1*1.3*t+ph[2]) + drift*math.Sin(2*math.Pi*f2*0.8*t+ph[3]),
			})
		}
		out[i] = q
	}
	return out
}

// overshoot carries every stroke on past both its ends, along the way it
// was going, as a fast hand does: lines cross where they should meet and
// a loop runs on past where it closed.
func overshoot(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		if length(p) < 0.1 {
			out[i] = p
			continue
		}
		p = dense(p, 0.01)
		n := len(p)
		t0, t1 := p[0].sub(p[min(3, n-1)]), p[n-1].sub(p[max(n-4, 0)])
		e0 := uni(r, 0.03, 0.12) / max(math.Hypot(t0.X, t0.Y), 1e-9)
		e1 := uni(r, 0.05, 0.15) / max(math.Hypot(t1.X, t1.Y), 1e-9)
		out[i] = join(path{p[0].add(t0.mul(e0))}, p, path{p[n-1].add(t1.mul(e1))})
	}
	return out
}
