package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// The blind parts hold only digits, of the families and pens of
// BlindReadingFamilies, none of which is in another part. They were written after
// the Fresh part had been looked at while tuning, to measure how reading
// improves on drawings no one has tuned on. Both halves hold the same
// families: BlindTune, from the seed plus 10*HeldOutSeedBase, may be looked
// at and tuned on; BlindHeld, from the seed plus 11*HeldOutSeedBase, is
// measured once, at the end. The part numbers leave room for other parts
// below them.
const (
	BlindTune Part = 10
	BlindHeld Part = 11
)

// isBlind reports whether part is one of the blind halves.
func isBlind(p Part) bool { return p == BlindTune || p == BlindHeld }

// readingShapes are ways of writing each digit that the other parts lack:
// European 1s and 7s, open and closed 4s, 6s and 9s whose loop fills the
// height or shrinks to a knot, tails that curl back, strokes that stop
// short of meeting, and the hurried shapes of a fast hand. Weighted
// towards 1, 6 and 9, the digits drawings are misread as most.
var readingShapes = []digitShape{
	{0, "lemon", true, func(r *rand.Rand) shape {
		w := uni(r, 0.25, 0.4)
		top, bot := vec{0.3, 0}, vec{0.3, 1}
		return shape{join(bez(top, vec{0.3 - w, 0.15}, vec{0.3 - w, 0.85}, bot), bez(bot, vec{0.3 + w, 0.85}, vec{0.3 + w, 0.15}, top.add(vec{-0.04, 0.03})))}
	}},
	{0, "spiral-close", true, func(r *rand.Rand) shape {
		return shape{shrinkingArc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, -90, -90-uni(r, 420, 480), uni(r, 0.1, 0.2))}
	}},
	{0, "boxy", true, func(r *rand.Rand) shape {
		k := uni(r, 0.04, 0.1)
		return shape{poly(vec{0.32, 0}, vec{k, k}, vec{0, 0.5}, vec{k, 1 - k}, vec{0.3, 1}, vec{0.6 - k, 1 - k}, vec{0.6, 0.5}, vec{0.6 - k, k}, vec{0.28, 0.02})}
	}},

	{1, "euro-separate-flag", true, func(r *rand.Rand) shape {
		x := uni(r, 0.35, 0.42)
		gap := uni(r, 0, 0.06)
		return shape{poly(vec{x, 0}, vec{x - 0.02, 1}), poly(vec{uni(r, 0, 0.08), uni(r, 0.35, 0.5)}, vec{x - gap, gap})}
	}},
	{1, "hook-foot", true, func(r *rand.Rand) shape {
		x := uni(r, 0.25, 0.35)
		return shape{join(poly(vec{x, 0}, vec{x, 0.85}), bez(vec{x, 0.85}, vec{x, 0.98}, vec{x + 0.08, 1}, vec{x + uni(r, 0.12, 0.2), 0.92}))}
	}},
	{1, "bowed", true, func(r *rand.Rand) shape {
		b := uni(r, -0.12, 0.12)
		return shape{bez(vec{0.32, 0}, vec{0.32 + b, 0.35}, vec{0.32 + b, 0.65}, vec{0.3, 1})}
	}},
	{1, "serif-both", true, func(r *rand.Rand) shape {
		w := uni(r, 0.12, 0.25)
		return shape{poly(vec{0.3, 0}, vec{0.3, 1}), poly(vec{0.3 - w, 1}, vec{0.3 + w, 1}), poly(vec{0.1, 0.12}, vec{0.3, 0.01})}
	}},

	{2, "broken-base", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.28, 0.26, 385)
		end := vec{uni(r, 0.02, 0.1), 0.95}
		g := uni(r, 0.03, 0.08)
		return shape{join(arc(c, 0.28, 0.26, uni(r, 180, 210), 385), bez(e, vec{0.5, 0.55}, vec{0.2, 0.78}, end)),
			poly(vec{end.X + g, 1}, vec{uni(r, 0.55, 0.65), 1})}
	}},
	{2, "deep-hook", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0.02, 0.2}, vec{0.1, -0.05}, vec{0.7, -0.1}, vec{0.55, 0.35}),
			bez(vec{0.55, 0.35}, vec{0.45, 0.6}, vec{0.05, 0.8}, vec{0.0, 1}),
			bez(vec{0.0, 1}, vec{0.2, 0.92}, vec{0.45, 0.95}, vec{0.62, uni(r, 0.82, 0.92)}))}
	}},
	{2, "cursive-curl", true, func(r *rand.Rand) shape {
		c := vec{0.32, 0.28}
		e := at(c, 0.26, 0.26, 380)
		// A curl at the start, as a script 2 opens.
		return shape{join(arc(vec{0.1, 0.28}, 0.05, 0.05, 0, 360), arc(c, 0.26, 0.26, 180, 380),
			bez(e, vec{0.45, 0.7}, vec{0.1, 0.85}, vec{0.05, 0.98}), bez(vec{0.05, 0.98}, vec{0.2, 0.85}, vec{0.3, 0.9}, vec{0.62, 0.98}))}
	}},

	{3, "gap-bowls", true, func(r *rand.Rand) shape {
		g := uni(r, 0.02, 0.06)
		return shape{arc(vec{0.3, 0.24}, 0.26, 0.24, 200, 440), arc(vec{0.3, 0.76}, 0.3, 0.24-g, 280, 505)}
	}},
	{3, "cursive-z", true, func(r *rand.Rand) shape {
		m := vec{uni(r, 0.2, 0.3), 0.42}
		lo := vec{0.28, 0.7}
		return shape{join(poly(vec{0.05, 0.02}, vec{0.55, 0}, m), bez(m, vec{0.6, 0.38}, vec{0.62, 0.55}, at(lo, 0.3, 0.3, 350)), arc(lo, 0.3, 0.3, 350, 450),
			bez(at(lo, 0.3, 0.3, 450), vec{-0.05, 1.1}, vec{0.1, 1.3}, vec{0.35, 1.2}))}
	}},
	{3, "pointed", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, 0.08}, vec{0.55, uni(r, 0, 0.08)}, vec{0.2, 0.45}, vec{0.6, 0.65}, vec{0.4, 0.95}, vec{0.0, 0.9})}
	}},

	{4, "ch-like", true, func(r *rand.Rand) shape {
		// An open 4 whose arm curves like a Cyrillic ч.
		y := uni(r, 0.5, 0.62)
		return shape{join(bez(vec{0.05, 0}, vec{0.0, y + 0.05}, vec{0.2, y + 0.05}, vec{0.55, y})), poly(vec{0.52, 0}, vec{0.5, 1})}
	}},
	{4, "small-triangle", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.35, 0.45)
		return shape{poly(vec{0.42, 0}, vec{0.02, bar}, vec{0.62, bar}), poly(vec{0.45, 0}, vec{0.42, 1})}
	}},
	{4, "up-and-down", true, func(r *rand.Rand) shape {
		// Arm, bar, then back up the stem to its top and down it: the stem is gone over twice.
		bar := uni(r, 0.55, 0.68)
		return shape{poly(vec{0.08, 0}, vec{0.02, bar}, vec{0.5, bar}, vec{0.47, 0.05}, vec{0.49, 1})}
	}},

	{5, "floating-hat", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		g := uni(r, 0.04, 0.1)
		return shape{join(poly(vec{0.1, 0.05}, vec{0.07, 0.45}), bez(vec{0.07, 0.45}, vec{0.3, 0.35}, vec{0.7, 0.45}, at(c, 0.3, 0.28, 360)), arc(c, 0.3, 0.28, 360, 500)),
			poly(vec{0.1 + g, 0.02 - g/2}, vec{0.62, -uni(r, 0.02, 0.12)})}
	}},
	{5, "closing-belly", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.68}
		return shape{join(poly(vec{0.58, 0}, vec{0.1, 0}, vec{0.06, 0.42}), bez(vec{0.06, 0.42}, vec{0.3, 0.32}, vec{0.6, 0.4}, at(c, 0.3, 0.3, 350)), arc(c, 0.3, 0.3, 350, uni(r, 545, 570)))}
	}},
	{5, "rising-hat", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.72}
		return shape{join(poly(vec{0.12, 0.15}, vec{0.08, 0.48}), arc(c, 0.28, 0.26, 210, 500)), poly(vec{0.12, 0.15}, vec{0.62, -uni(r, 0.05, 0.15)})}
	}},

	{6, "full-height-loop", true, func(r *rand.Rand) shape {
		// The loop fills most of the height; a short flick rises above it.
		c, rx, ry := vec{0.3, 0.62}, uni(r, 0.26, 0.32), uni(r, 0.34, 0.38)
		s := at(c, rx, ry, 215)
		return shape{join(bez(vec{uni(r, 0.35, 0.5), 0}, vec{0.3, 0.02}, s.add(vec{0.05, -0.05}), s), arc(c, rx, ry, 215, -uni(r, 130, 150)))}
	}},
	{6, "curl-in", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.68}
		s := at(c, 0.28, 0.3, 180)
		return shape{join(bez(vec{0.55, 0}, vec{0.2, 0.05}, vec{s.X, 0.35}, s), shrinkingArc(c, 0.28, 0.3, 180, -uni(r, 250, 300), uni(r, 0.35, 0.5)))}
	}},
	{6, "separate-stem", true, func(r *rand.Rand) shape {
		c := vec{0.32, 0.72}
		g := uni(r, 0.02, 0.07)
		s := at(c, 0.26, 0.27, 200)
		return shape{arc(c, 0.26, 0.27, 0, -360), bez(s.add(vec{-g, -g}), vec{0.05, 0.4}, vec{0.2, 0.1}, vec{uni(r, 0.45, 0.6), 0})}
	}},
	{6, "straight-diagonal", true, func(r *rand.Rand) shape {
		c, rr := vec{0.3, 0.74}, uni(r, 0.22, 0.28)
		s := at(c, rr, 0.26, 200)
		return shape{join(poly(vec{uni(r, 0.5, 0.6), 0}, s), arc(c, rr, 0.26, 200, -150))}
	}},
	{6, "knot-loop", true, func(r *rand.Rand) shape {
		// A long swoop ending in a small loop.
		c, rr := vec{0.35, uni(r, 0.8, 0.85)}, uni(r, 0.11, 0.15)
		s := at(c, rr, rr, 180)
		return shape{join(bez(vec{0.6, 0}, vec{0.1, 0.1}, vec{0.0, 0.7}, s), arc(c, rr, rr, 180, -180))}
	}},

	{7, "crossed-curved", true, func(r *rand.Rand) shape {
		y := uni(r, 0.45, 0.6)
		return shape{join(poly(vec{0.0, 0.1}, vec{0.05, 0}, vec{0.6, 0.02}), bez(vec{0.6, 0.02}, vec{0.45, 0.35}, vec{0.35, 0.6}, vec{0.35, 1})), poly(vec{0.18, y}, vec{0.62, y + 0.02})}
	}},
	{7, "wave-top", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0, 0.08}, vec{0.2, -0.06}, vec{0.35, 0.1}, vec{0.6, 0}), poly(vec{0.6, 0}, vec{uni(r, 0.15, 0.3), 1}))}
	}},
	{7, "foot", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.02, 0}, vec{0.6, 0.02}, vec{0.3, 0.9}), bez(vec{0.3, 0.9}, vec{0.27, 1}, vec{0.2, 1}, vec{0.12, 0.97}))}
	}},

	{8, "hourglass", true, func(r *rand.Rand) shape {
		m := uni(r, 0.42, 0.52)
		return shape{poly(vec{0.55, 0.02}, vec{0.05, 0}, vec{0.3, m}, vec{0.6, 1}, vec{0.0, 1}, vec{0.3, m}, vec{0.53, 0.05})}
	}},
	{8, "gap-circles", true, func(r *rand.Rand) shape {
		g := uni(r, 0.03, 0.07)
		return shape{arc(vec{0.3, 0.22}, 0.2, 0.22-g/2, -90, -450), arc(vec{0.3, 0.72}, 0.27, 0.28-g/2, -90, -450)}
	}},
	{8, "open-top", true, func(r *rand.Rand) shape {
		up, lo := vec{0.3, 0.23}, vec{0.3, 0.72}
		return shape{join(arc(up, 0.22, 0.23, -uni(r, 10, 40), -180),
			bez(at(up, 0.22, 0.23, -180), vec{0.05, 0.4}, vec{0.6, 0.45}, at(lo, 0.28, 0.28, 0)),
			arc(lo, 0.28, 0.28, 0, 180), bez(at(lo, 0.28, 0.28, 180), vec{0.0, 0.5}, vec{0.4, 0.5}, vec{0.48, 0.3}))}
	}},

	{9, "sickle-tail", true, func(r *rand.Rand) shape {
		// The tail curls back under the loop.
		c := vec{0.3, 0.28}
		e := at(c, 0.27, 0.27, 0)
		return shape{join(arc(c, 0.27, 0.27, 0, -360), bez(e, vec{0.58, 0.7}, vec{0.5, 1.0}, vec{uni(r, 0.15, 0.3), uni(r, 0.9, 1)}))}
	}},
	{9, "separate-stem", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.26}
		g := uni(r, 0.02, 0.07)
		return shape{arc(c, 0.26, 0.25, 20, -340), poly(vec{0.56 + g, uni(r, 0, 0.2)}, vec{0.54 + g, 1})}
	}},
	{9, "tilted-loop", true, func(r *rand.Rand) shape {
		t := uni(r, -30, 30)
		p := tiltedArc(vec{0.3, 0.27}, 0.27, 0.2, t, 0, -360)
		e := p[len(p)-1]
		return shape{join(p, poly(e, vec{e.X - uni(r, 0.05, 0.2), 1}))}
	}},
	{9, "angular", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.58, 0.05}, vec{0.1, 0.0}, vec{0.02, 0.38}, vec{0.56, 0.4}, vec{0.58, 0.02}, vec{uni(r, 0.45, 0.6), 1})}
	}},
	{9, "full-height-loop", true, func(r *rand.Rand) shape {
		c, ry := vec{0.3, 0.4}, uni(r, 0.36, 0.42)
		e := at(c, 0.3, ry, 10)
		return shape{join(arc(c, 0.3, ry, 10, -350), bez(e, vec{0.6, 0.8}, vec{0.6, 0.9}, vec{uni(r, 0.45, 0.55), 1}))}
	}},
	{9, "retraced-stem", true, func(r *rand.Rand) shape {
		// Loop, then up its right side and down the stem, as a hurried hand
		// goes over the join.
		c := vec{0.3, 0.25}
		return shape{join(arc(c, 0.26, 0.24, 40, -320), poly(at(c, 0.26, 0.24, -320), vec{0.57, 0.0}, vec{0.56, 1}))}
	}},
}

// readingPens are the ways of drawing of the blind parts: a hurried hand,
// strokes gone over twice, strokes broken by a lifted pen, a careless
// hand whose shapes lose their proportions, and plain strokes.
var readingPens = []pen{
	{"plain", 3, true, asIs},
	{"fast", 2, true, asIs}, // sampled sparsely, see drawBlind
	{"gone-over", 1, true, goneOver},
	{"broken", 1, true, liftedPen},
	{"sloppy", 2, true, sloppyHand},
}

// BlindReadingFamilies returns the digit families and pens of the blind parts.
func BlindReadingFamilies() []string {
	return familyNames(readingShapes, nil, readingPens)
}

// shrinkingArc is arc with radii that shrink by the fraction k from its
// start to its end: a loop that closes inside itself.
func shrinkingArc(c vec, rx, ry, a0, a1, k float64) path {
	p := arc(vec{}, 1, 1, a0, a1)
	for i, v := range p {
		f := 1 - k*float64(i)/float64(len(p)-1)
		p[i] = vec{c.X + v.X*rx*f, c.Y + v.Y*ry*f}
	}
	return p
}

// goneOver draws every stroke a second time, forwards, with a slightly
// different hand, as someone darkening a faint line does.
func goneOver(s shape, r *rand.Rand) shape {
	out := append(shape(nil), s...)
	for _, p := range s {
		out = append(out, sloppyPath(dense(p, 0.01), r, 0.02))
	}
	return out
}

// liftedPen lifts the pen once or twice in every long stroke, leaving small
// gaps: a stylus that skips, or a hand that stops and restarts.
func liftedPen(s shape, r *rand.Rand) shape {
	var out shape
	for _, p := range s {
		l := length(p)
		if l < 0.3 {
			out = append(out, p)
			continue
		}
		n := 1 + r.IntN(2)
		at := 0.0
		for k := 1; k <= n; k++ {
			cut := l * (float64(k) + uni(r, -0.25, 0.25)) / float64(n+1)
			out = append(out, subpath(p, at, cut))
			at = cut + uni(r, 0.03, 0.07)
		}
		out = append(out, subpath(p, at, l))
	}
	return out
}

// sloppyHand bends every stroke with a slow random warp, a few hundredths of
// the glyph's height, and carries its ends on a little: a careless hand.
func sloppyHand(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		out[i] = sloppyPath(dense(p, 0.01), r, 0.05)
	}
	return overshoot(out, r)
}

// sloppyPath moves p by a smooth random displacement of amplitude up to
// amp, one slow sine per axis over its length.
func sloppyPath(p path, r *rand.Rand, amp float64) path {
	ax, ay := uni(r, -amp, amp), uni(r, -amp, amp)
	fx, fy := uni(r, 0.5, 1.5), uni(r, 0.5, 1.5)
	px, py := uni(r, 0, 2*math.Pi), uni(r, 0, 2*math.Pi)
	out := make(path, len(p))
	var t float64
	for j, v := range p {
		if j > 0 {
			t += v.dist(p[j-1])
		}
		out[j] = v.add(vec{ax * math.Sin(2*math.Pi*fx*t+px), ay * math.Sin(2*math.Pi*fy*t+py)})
	}
	return out
}

// blindPlacement is randomPlacement with wider extremes: a fifth of the
// drawings tiny (20 to 45 pad units tall) or huge (filling the pad), any
// rotation up to 20 degrees either way, slants either way, and widths
// from squeezed to stretched.
func blindPlacement(r *rand.Rand, shaky bool) placement {
	pl := randomPlacement(r, shaky)
	switch x := r.Float64(); {
	case x < 0.2:
		pl.h = uni(r, 20, 45)
	case x < 0.4:
		pl.h = uni(r, 250, 280)
	}
	pl.rot = uni(r, -20, 20)
	pl.slant = uni(r, -0.3, 0.45)
	pl.aspect = uni(r, 0.6, 1.5)
	return pl
}

// drawBlind turns a glyph-space shape into strokes as draw does, with the
// blind parts' placements; the fast pen is sampled as a mouse moved
// quickly reports it, points three to six times further apart.
func drawBlind(s shape, pn pen, r *rand.Rand) [][][2]float32 {
	s = pn.apply(s, r)
	return pointerStrokes(s, blindPlacement(r, false), pn.name == "fast", r)
}

// hurried samples a pad path as a pointer moved fast reports it: a point
// every sixth to third of the digit's height (6 to maxHurriedStep pad
// units), so curves become a few straight segments and corners are cut.
func hurried(p path, h float64, r *rand.Rand) [][2]float32 {
	return sampleAlong(p, r, min(max(h*uni(r, 1.0/6, 1.0/3), 6), maxHurriedStep), toPad)
}

// sampleAlong returns pt of a pad path's points every step pad units or so
// (the first 30 to 100% of it from the start, then 70 to 130% apart), the
// ends always included.
func sampleAlong(p path, r *rand.Rand, step float64, pt func(vec) [2]float32) [][2]float32 {
	l := length(p)
	out := [][2]float32{pt(p[0])}
	for d := step * uni(r, 0.3, 1); d < l; d += step * uni(r, 0.7, 1.3) {
		out = append(out, pt(pointAt(p, d)))
	}
	return append(out, pt(p[len(p)-1]))
}

// maxHurriedStep bounds the hurried pen's mean gap between points, in pad
// units: a digit drawn across the whole pad in a third of a second, at 60
// pointer events a second.
const maxHurriedStep = 36

// toPad rounds v to a tenth of a pad unit, on the pad.
func toPad(v vec) [2]float32 {
	f := func(x float64) float32 { return float32(math.Round(min(max(x, 0), pad.Size)*10) / 10) }
	return [2]float32{f(v.X), f(v.Y)}
}
