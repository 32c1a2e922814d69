package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// UnseenHalf selects a half of the unseen drawn-digit set.
type UnseenHalf int

// The unseen set holds only digits, of the families and pens of
// UnseenFamilies, none of which is in another part or set. It was written
// after every other drawn-digit set had been looked at while tuning, so
// that reading can again be measured on drawings no one has tuned on. Both
// halves hold the same families: UnseenTune, from the seed plus
// 12*HeldOutSeedBase, may be looked at and tuned on; UnseenHeld, from the
// seed plus 13*HeldOutSeedBase, is measured once, at the end. The numbers
// follow the blind parts' so that no two sets share a seed.
const (
	UnseenTune UnseenHalf = 12
	UnseenHeld UnseenHalf = 13
)

// unseenShapes are ways people write each digit that the other sets lack:
// 0s with a dot, a backslash, straight sides or wound twice; 1s with a
// long up-stroke, a base drawn in the same movement or a flag added last;
// flat-headed and gabled 2s; 3s with a Z top, a deep waist or a looped
// tail; 4s leaning, cupped or drawn bar first; 5s hat first or with a
// looped corner; 6s whose loop is a bulb, flat, tiny, blocky, spiralled
// or drawn before the stem; 7s with a dash or a tick; 8s drawn from the
// crossing, bottom first or pear-shaped; 9s whose tail curls back, with a
// flat or tiny head, a clockwise loop or a stem drawn over the loop.
// Weighted towards 6 and 9, which drawings are misread as most.
var unseenShapes = []digitShape{
	{0, "dotted", true, func(r *rand.Rand) shape {
		rx := uni(r, 0.22, 0.3)
		d := uni(r, 0.02, 0.04)
		return shape{arc(vec{0.3, 0.5}, rx, 0.5, -100, -100-uni(r, 355, 380)), arc(vec{0.3 + uni(r, -0.04, 0.04), 0.5}, d, d, 0, 360)}
	}},
	{0, "stadium", true, func(r *rand.Rand) shape {
		w := uni(r, 0.2, 0.3)
		t, b := vec{0.3, w}, vec{0.3, 1 - w}
		return shape{join(arc(t, w, w, 180, 360), poly(vec{0.3 + w, w}, vec{0.3 + w, 1 - w}), arc(b, w, w, 0, 180), poly(vec{0.3 - w, 1 - w}, vec{0.3 - w, w + 0.03}))}
	}},
	{0, "wound", true, func(r *rand.Rand) shape {
		// Round twice, a little inside the first turn.
		return shape{shrinkingArc(vec{0.3, 0.5}, uni(r, 0.24, 0.3), 0.5, -80, -80-uni(r, 620, 700), uni(r, 0.06, 0.14))}
	}},
	{0, "backslashed", true, func(r *rand.Rand) shape {
		rx := uni(r, 0.2, 0.28)
		return shape{arc(vec{0.3, 0.5}, rx, 0.5, -90, -450), poly(vec{0.3 - rx - 0.05, uni(r, 0.0, 0.15)}, vec{0.3 + rx + 0.05, uni(r, 0.85, 1)})}
	}},
	{0, "bottom-start", true, func(r *rand.Rand) shape {
		// Starts at the bottom, runs clockwise and on past the start.
		return shape{arc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, 90, 90+uni(r, 370, 420))}
	}},

	{1, "one-stroke-base", true, func(r *rand.Rand) shape {
		x := uni(r, 0.32, 0.4)
		w := uni(r, 0.15, 0.28)
		return shape{poly(vec{uni(r, 0.02, 0.12), uni(r, 0.25, 0.4)}, vec{x, 0}, vec{x, 1}, vec{x - w, 1}, vec{x + w, 1.01})}
	}},
	{1, "upstroke", true, func(r *rand.Rand) shape {
		// The long up-stroke of a Swiss or German 1: it starts low.
		x := uni(r, 0.4, 0.48)
		s := vec{uni(r, 0, 0.08), uni(r, 0.55, 0.75)}
		return shape{join(bez(s, vec{0.15, 0.4}, vec{0.3, 0.15}, vec{x, 0}), poly(vec{x, 0}, vec{x - uni(r, 0, 0.05), 1}))}
	}},
	{1, "tiny-tick", true, func(r *rand.Rand) shape {
		x := uni(r, 0.28, 0.34)
		k := uni(r, 0.04, 0.09)
		return shape{poly(vec{x - k, k * 0.8}, vec{x, 0}, vec{x + uni(r, -0.03, 0.03), 1})}
	}},
	{1, "base-only", true, func(r *rand.Rand) shape {
		x := uni(r, 0.28, 0.32)
		w := uni(r, 0.1, 0.22)
		return shape{poly(vec{x, 0}, vec{x, 1}), poly(vec{x - w, 1}, vec{x + w, 1})}
	}},
	{1, "flag-last", true, func(r *rand.Rand) shape {
		// Stem first, then the flag added to its top.
		x := uni(r, 0.34, 0.4)
		return shape{poly(vec{x, 0.02}, vec{x - 0.02, 1}), poly(vec{x + uni(r, -0.02, 0.02), 0}, vec{uni(r, 0.02, 0.12), uni(r, 0.2, 0.42)})}
	}},

	{2, "flat-head", true, func(r *rand.Rand) shape {
		s := vec{uni(r, 0, 0.08), uni(r, 0.02, 0.1)}
		return shape{join(poly(s, vec{0.38, 0}), bez(vec{0.38, 0}, vec{0.68, 0.02}, vec{0.6, 0.42}, vec{0.02, 1}), poly(vec{0.02, 1}, vec{uni(r, 0.55, 0.68), 0.99}))}
	}},
	{2, "narrow-tall", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.2}
		e := at(c, 0.18, 0.2, 375)
		return shape{join(arc(c, 0.18, 0.2, 200, 375), bez(e, vec{0.45, 0.55}, vec{0.25, 0.8}, vec{0.12, 1}), poly(vec{0.12, 1}, vec{uni(r, 0.42, 0.52), 1}))}
	}},
	{2, "smile-base", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.27, 380)
		return shape{join(arc(c, 0.27, 0.27, 190, 380), bez(e, vec{0.45, 0.6}, vec{0.15, 0.8}, vec{0.02, 0.95}),
			bez(vec{0.02, 0.95}, vec{0.2, 1.05}, vec{0.45, 1.05}, vec{uni(r, 0.62, 0.7), uni(r, 0.78, 0.88)}))}
	}},
	{2, "gable", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, uni(r, 0.2, 0.3)}, vec{0.3, 0}, vec{0.58, uni(r, 0.15, 0.3)}, vec{0.02, 1}, vec{0.6, 1})}
	}},

	{3, "z-top", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		s := vec{uni(r, 0.15, 0.28), 0.42}
		return shape{join(poly(vec{0.02, 0}, vec{0.58, 0}, s), bez(s, vec{0.45, 0.38}, vec{0.6, 0.5}, at(c, 0.3, 0.3, 330)), arc(c, 0.3, 0.3, 330, 490))}
	}},
	{3, "deep-waist", true, func(r *rand.Rand) shape {
		w := vec{uni(r, 0.02, 0.12), 0.48}
		return shape{join(bez(vec{0.02, 0.1}, vec{0.3, -0.08}, vec{0.75, 0.05}, w), bez(w, vec{0.75, 0.45}, vec{0.75, 1.05}, vec{0.0, uni(r, 0.88, 0.95)}))}
	}},
	{3, "tiny-head", true, func(r *rand.Rand) shape {
		up, lo := vec{0.3, 0.16}, vec{0.3, 0.64}
		return shape{join(arc(up, 0.16, 0.16, 200, 450), arc(lo, 0.32, 0.34, 270, 500))}
	}},
	{3, "bottom-first", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.3, 0.72}, 0.3, 0.26, 270, 505), arc(vec{0.3, 0.24}, 0.25, 0.24, 200, 445)}
	}},
	{3, "looped-tail", true, func(r *rand.Rand) shape {
		lo := vec{0.3, 0.62}
		e := at(lo, 0.28, 0.28, 440)
		return shape{join(arc(vec{0.3, 0.2}, 0.24, 0.2, 200, 450), arc(lo, 0.28, 0.28, 270, 440),
			bez(e, vec{0.05, 1.15}, vec{0.4, 1.2}, vec{0.25, 0.98}))}
	}},

	{4, "leaning-closed", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.6, 0.7)
		return shape{poly(vec{0.5, 0}, vec{0.0, bar}, vec{0.62, bar}), poly(vec{0.5, uni(r, 0.15, 0.3)}, vec{0.44, 1})}
	}},
	{4, "bar-first", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.5, 0.62)
		return shape{poly(vec{0.0, bar}, vec{0.62, bar}), poly(vec{0.45, 0}, vec{0.45, 1}), poly(vec{0.12, 0}, vec{0.02, bar + 0.02})}
	}},
	{4, "cup", true, func(r *rand.Rand) shape {
		// The arm and bar are one rounded cup, as in a quick cursive 4.
		y := uni(r, 0.5, 0.62)
		return shape{join(bez(vec{0.05, 0}, vec{0.0, y + 0.12}, vec{0.35, y + 0.08}, vec{0.6, y - 0.05})), poly(vec{0.45, 0.05}, vec{0.42, 1})}
	}},
	{4, "overreach", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.58, 0.68)
		return shape{poly(vec{0.4, 0.08}, vec{0.0, bar}, vec{0.7, bar}), poly(vec{0.42, -0.02}, vec{0.42, 1})}
	}},
	{4, "stem-hook", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.5, 0.6)
		return shape{poly(vec{0.08, 0}, vec{0.02, bar}, vec{0.6, bar}), join(poly(vec{0.45, 0.02}, vec{0.45, 0.9}), bez(vec{0.45, 0.9}, vec{0.45, 1}, vec{0.4, 1.02}, vec{0.32, 0.96}))}
	}},

	{5, "hat-first", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		return shape{poly(vec{0.6, 0}, vec{0.1, 0.02}), join(poly(vec{0.1, 0.02}, vec{0.06, 0.45}), arc(c, 0.3, 0.28, 220, 500))}
	}},
	{5, "boxed-belly", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.58, 0}, vec{0.1, 0}, vec{0.06, 0.45}, vec{0.5, 0.42}, vec{0.6, uni(r, 0.7, 0.85)}, vec{0.35, 1}, vec{0.0, uni(r, 0.88, 0.98)})}
	}},
	{5, "loop-corner", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.7}
		k := vec{0.08, 0.45}
		return shape{join(poly(vec{0.12, 0}, k), arc(k.add(vec{0.05, 0}), 0.05, 0.05, 180, 540), bez(k, vec{0.25, 0.35}, vec{0.6, 0.42}, at(c, 0.3, 0.3, 350)), arc(c, 0.3, 0.3, 350, 500)),
			poly(vec{0.12, 0}, vec{0.6, -uni(r, 0, 0.06)})}
	}},
	{5, "big-belly", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.62}
		return shape{join(poly(vec{0.2, 0}, vec{0.15, 0.3}), bez(vec{0.15, 0.3}, vec{0.35, 0.2}, vec{0.7, 0.35}, at(c, 0.34, 0.38, 350)), arc(c, 0.34, 0.38, 350, 500)), poly(vec{0.2, 0}, vec{0.55, 0.02})}
	}},
	{5, "hat-to-belly", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		return shape{join(poly(vec{0.6, uni(r, -0.05, 0.05)}, vec{0.12, 0}, vec{0.08, 0.42}), bez(vec{0.08, 0.42}, vec{0.3, 0.35}, vec{0.62, 0.45}, at(c, 0.3, 0.28, 360)), arc(c, 0.3, 0.28, 360, 490))}
	}},

	{6, "bulb", true, func(r *rand.Rand) shape {
		// The loop fills three quarters of the height; the stem is a short
		// straight rise from its left.
		c, rx, ry := vec{0.3, 0.6}, uni(r, 0.27, 0.32), uni(r, 0.36, 0.4)
		s := at(c, rx, ry, 200)
		return shape{join(poly(vec{uni(r, 0.3, 0.45), 0}, s), arc(c, rx, ry, 200, -uni(r, 140, 160)))}
	}},
	{6, "flat-loop", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.82}, uni(r, 0.28, 0.34), uni(r, 0.14, 0.18)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.55, 0}, vec{0.15, 0.1}, vec{s.X, 0.5}, s), arc(c, rx, ry, 180, -180))}
	}},
	{6, "pea-loop", true, func(r *rand.Rand) shape {
		rr := uni(r, 0.13, 0.18)
		c := vec{0.32, 1 - rr}
		s := at(c, rr, rr, 180)
		return shape{join(bez(vec{0.5, 0}, vec{0.1, 0.2}, vec{s.X - 0.05, 0.7}, s), arc(c, rr, rr, 180, -180))}
	}},
	{6, "loop-then-stem", true, func(r *rand.Rand) shape {
		// The loop first, from its top round to its left, then up the stem.
		c := vec{0.3, 0.7}
		e := at(c, 0.27, 0.28, -180-uni(r, 20, 40))
		return shape{join(arc(c, 0.27, 0.28, -90, -180-uni(r, 300, 330)), bez(at(c, 0.27, 0.28, -180-315), e.add(vec{-0.05, -0.2}), vec{0.2, 0.08}, vec{uni(r, 0.45, 0.58), 0}))}
	}},
	{6, "blocky", true, func(r *rand.Rand) shape {
		y := uni(r, 0.45, 0.6)
		return shape{poly(vec{0.55, 0}, vec{0.05, y}, vec{0.02, 1}, vec{0.58, 1}, vec{0.58, y}, vec{0.05, y + 0.03})}
	}},
	{6, "spiral", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.68}
		s := at(c, 0.28, 0.3, 180)
		return shape{join(bez(vec{0.5, 0}, vec{0.15, 0.05}, vec{s.X, 0.4}, s), shrinkingArc(c, 0.28, 0.3, 180, -uni(r, 500, 600), uni(r, 0.4, 0.6)))}
	}},

	{7, "dash", true, func(r *rand.Rand) shape {
		y := uni(r, 0.45, 0.55)
		return shape{poly(vec{0.02, 0}, vec{0.6, 0}, vec{0.25, 1}), poly(vec{0.2, y}, vec{0.6, y + uni(r, -0.03, 0.03)})}
	}},
	{7, "serif-tick", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, uni(r, 0.1, 0.2)}, vec{0.02, 0}, vec{0.6, 0}, vec{uni(r, 0.2, 0.32), 1})}
	}},
	{7, "curved-dash", true, func(r *rand.Rand) shape {
		y := uni(r, 0.42, 0.55)
		return shape{join(poly(vec{0.0, 0.02}, vec{0.6, 0}), bez(vec{0.6, 0}, vec{0.35, 0.3}, vec{0.25, 0.6}, vec{0.25, 1})), poly(vec{0.12, y + 0.02}, vec{0.55, y})}
	}},
	{7, "upright", true, func(r *rand.Rand) shape {
		x := uni(r, 0.4, 0.5)
		return shape{poly(vec{0.1, 0}, vec{0.55, 0}, vec{x, 1})}
	}},
	{7, "curl-start", true, func(r *rand.Rand) shape {
		return shape{join(arc(vec{0.06, 0.08}, 0.05, 0.05, 0, -300), poly(at(vec{0.06, 0.08}, 0.05, 0.05, -300), vec{0.6, 0.02}, vec{uni(r, 0.2, 0.3), 1}))}
	}},

	{8, "bottom-first", true, func(r *rand.Rand) shape {
		t := uni(r, -15, 15)
		return shape{tiltedArc(vec{0.3, 0.74}, 0.28, 0.26, t, -90, -450), tiltedArc(vec{0.3, 0.24}, 0.22, 0.23, t, 90, -270)}
	}},
	{8, "cross-start", true, func(r *rand.Rand) shape {
		// From the crossing: up and round the top loop, through the
		// crossing, round the bottom loop and back to it.
		m := vec{0.3, 0.48}
		return shape{join(bez(m, vec{0.6, 0.3}, vec{0.55, 0}, vec{0.3, 0}), bez(vec{0.3, 0}, vec{0.05, 0}, vec{0.0, 0.3}, m),
			bez(m, vec{0.65, 0.65}, vec{0.65, 1}, vec{0.3, 1}), bez(vec{0.3, 1}, vec{-0.05, 1}, vec{-0.05, 0.65}, m.add(vec{0.03, -0.02})))}
	}},
	{8, "pear", true, func(r *rand.Rand) shape {
		k := uni(r, 0.1, 0.14)
		up, lo := vec{0.3, k}, vec{0.3, 0.65}
		return shape{join(arc(up, k, k, 90, -180), bez(at(up, k, k, -180), vec{0.1, 0.3}, vec{0.6, 0.3}, at(lo, 0.32, 0.35, 0)), arc(lo, 0.32, 0.35, 0, 180), bez(at(lo, 0.32, 0.35, 180), vec{0.0, 0.4}, vec{0.4, 0.35}, at(up, k, k, 90)))}
	}},
	{8, "ribbon", true, func(r *rand.Rand) shape {
		// Two loops turning opposite ways in one stroke, like a twisted ribbon.
		up, lo := vec{0.3, 0.25}, vec{0.3, 0.73}
		return shape{join(arc(up, 0.24, 0.25, 90, -270+uni(r, 0, 20)), bez(at(up, 0.24, 0.25, 90), vec{0.3, 0.5}, vec{0.3, 0.5}, at(lo, 0.28, 0.27, -90)), arc(lo, 0.28, 0.27, -90, 270))}
	}},

	{9, "curl-back", true, func(r *rand.Rand) shape {
		// The tail runs down and curls back left and up, as a g does.
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.26, 10)
		return shape{join(arc(c, 0.27, 0.26, 10, -350), bez(e, vec{0.6, 0.75}, vec{0.45, 1.0}, vec{0.2, 0.95}), bez(vec{0.2, 0.95}, vec{0.05, 0.92}, vec{0.02, 0.85}, vec{uni(r, 0.05, 0.15), uni(r, 0.72, 0.8)}))}
	}},
	{9, "flat-head", true, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.17}, uni(r, 0.27, 0.32), uni(r, 0.13, 0.17)
		e := at(c, rx, ry, 0)
		return shape{join(arc(c, rx, ry, 0, -360), bez(e, vec{c.X + rx, 0.5}, vec{0.5, 0.8}, vec{uni(r, 0.35, 0.5), 1}))}
	}},
	{9, "pin", true, func(r *rand.Rand) shape {
		rr := uni(r, 0.11, 0.16)
		c := vec{0.4, rr}
		return shape{join(arc(c, rr, rr, 0, -360), poly(at(c, rr, rr, 0), vec{0.4 + rr - uni(r, 0, 0.08), 1}))}
	}},
	{9, "clockwise", true, func(r *rand.Rand) shape {
		// The loop runs the other way: from its top, right, down and round.
		c := vec{0.3, 0.27}
		return shape{join(arc(c, 0.26, 0.26, -90, 270+uni(r, 60, 90)), poly(at(c, 0.26, 0.26, 360), vec{0.55, 1}))}
	}},
	{9, "stem-over", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.28}
		return shape{arc(c, 0.26, 0.26, 0, -360), poly(vec{0.56, uni(r, -0.05, 0.05)}, vec{uni(r, 0.5, 0.56), 1})}
	}},
	{9, "banana", true, func(r *rand.Rand) shape {
		c := vec{0.32, 0.25}
		e := at(c, 0.25, 0.24, 20)
		return shape{join(arc(c, 0.25, 0.24, 20, -340), bez(e, vec{0.6, 0.6}, vec{0.45, 0.95}, vec{uni(r, 0.1, 0.2), 1}))}
	}},
}

// unseenPens are the unseen set's ways of drawing: a steady hand, a fat
// marker, a trackpad that hooks the ends of strokes, an old hand's fine
// quaver, a fluent hand that rounds every corner off, and a hurried one
// that stops short of where a stroke should end.
var unseenPens = []pen{
	{"steady", 3, true, asIs},
	{"marker", 1, true, marker},
	{"trackpad", 1, true, trackpadHooks},
	{"quaver", 1, true, quaver},
	{"fluent", 1, true, fluent},
	{"stop-short", 1, true, stopShort},
}

// UnseenFamilies returns the digit families and pens of the unseen set.
func UnseenFamilies() []string {
	return familyNames(unseenShapes, nil, unseenPens)
}

// marker draws each stroke with a broad tip as a thin pen would have to:
// the stroke and one or two copies of it just beside it, so that the line
// is thick.
func marker(s shape, r *rand.Rand) shape {
	w := uni(r, 0.015, 0.035)
	var out shape
	for _, p := range s {
		p = dense(p, 0.01)
		out = append(out, p, offset(p, w))
		if r.IntN(2) == 0 {
			out = append(out, offset(p, -w))
		}
	}
	return out
}

// trackpadHooks adds the small hooks a trackpad or a stylus leaves where
// the pen lands and lifts: a short flick off each end of each stroke.
func trackpadHooks(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		a, b := uni(r, 0, 2*math.Pi), uni(r, 0, 2*math.Pi)
		la, lb := uni(r, 0.02, 0.06), uni(r, 0.02, 0.06)
		out[i] = join(path{p[0].add(vec{la * math.Cos(a), la * math.Sin(a)})}, p, path{p[len(p)-1].add(vec{lb * math.Cos(b), lb * math.Sin(b)})})
	}
	return out
}

// quaver is an old hand's fine, fast tremble: a high-frequency shake of a
// hundredth of the glyph's height or so.
func quaver(s shape, r *rand.Rand) shape {
	amp := uni(r, 0.006, 0.016)
	f := uni(r, 20, 35) // cycles per glyph height of travel
	px, py := uni(r, 0, 2*math.Pi), uni(r, 0, 2*math.Pi)
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.005)
		q := make(path, len(p))
		var t float64
		for j, v := range p {
			if j > 0 {
				t += v.dist(p[j-1])
			}
			q[j] = v.add(vec{amp * math.Sin(2*math.Pi*f*t+px), amp * math.Sin(2*math.Pi*f*1.17*t+py)})
		}
		out[i] = q
	}
	return out
}

// fluent rounds every corner off: each point is moved to the mean of the
// path within a window of a tenth of the glyph's height or so either side.
func fluent(s shape, r *rand.Rand) shape {
	k := int(uni(r, 5, 12)) // points either side, 0.01 apart
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.01)
		q := make(path, len(p))
		for j := range p {
			lo, hi := max(j-k, 0), min(j+k, len(p)-1)
			var m vec
			for _, v := range p[lo : hi+1] {
				m = m.add(v)
			}
			q[j] = m.mul(1 / float64(hi-lo+1))
		}
		q[0], q[len(q)-1] = p[0], p[len(p)-1]
		out[i] = q
	}
	return out
}

// stopShort ends every long stroke early, by 4 to 12% of its length: loops
// stay open, tails are short.
func stopShort(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		l := length(p)
		if l < 0.3 {
			out[i] = p
			continue
		}
		out[i] = subpath(p, 0, l*(1-uni(r, 0.04, 0.12)))
	}
	return out
}

// unseenPlacement is the unseen set's placement: from a 16-unit scribble
// to the whole pad (a sixth tiny, a fifth huge), pushed into a corner or
// against an edge as often as not, turned by up to 25 degrees, slanted
// either way, squeezed or stretched.
func unseenPlacement(r *rand.Rand) placement {
	var h float64
	switch x := r.Float64(); {
	case x < 1.0/6:
		h = uni(r, 16, 40)
	case x < 0.6:
		h = uni(r, 40, 170)
	case x < 0.8:
		h = uni(r, 170, 240)
	default:
		h = uni(r, 240, 290)
	}
	edge := func() float64 { return pick(r, 0.0, pad.Size, uni(r, 0, pad.Size)) }
	return placement{
		h:      h,
		aspect: uni(r, 0.55, 1.6),
		slant:  uni(r, -0.35, 0.5),
		rot:    max(-25, min(25, r.NormFloat64()*10)),
		cx:     edge(),
		cy:     edge(),
		wobble: 0.3,
	}
}

// UnseenDigits returns n drawn digits of a half of the unseen set, the
// labels in turn 0, 1, ..., 9, 0, .... Drawing i depends only on (seed,
// half, i), so a larger n extends a smaller set. A fifth of the drawings
// are sampled as a fast pointer reports them (see unseenStrokes). It
// panics if seed is not below HeldOutSeedBase or the half is not one of
// the two.
func UnseenDigits(seed uint64, n int, h UnseenHalf) []Sample {
	return digitsInTurn(halfSeed(seed, int(h-UnseenTune), 12, "unseen"), n, HeldOut, unseenShapes, unseenPens, unseenStrokes)
}

// unseenStrokes turns a glyph-space shape into strokes as draw does, with
// the unseen set's placements; one drawing in five is sampled as a fast
// pointer reports it (see hurried), whatever the pen.
func unseenStrokes(s shape, pn pen, r *rand.Rand) [][][2]float32 {
	s = pn.apply(s, r)
	pl := unseenPlacement(r)
	return pointerStrokes(s, pl, r.IntN(5) == 0, r)
}
