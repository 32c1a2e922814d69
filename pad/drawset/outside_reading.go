package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// The outside sets were written after every other set in this package had
// been looked at or measured, by someone who had tuned nothing on any of
// them, so that reading and the verdict can be measured on drawings
// nobody tuned on. Their families and pens were checked only by looking
// at contact sheets of the tuning halves (see TestOutsideSheet), for each
// digit to be one a person reads as that digit and each non-digit to be
// clearly none; every family and pen is in no other set. Both halves hold
// the same families: OutsideTune may be looked at and tuned on;
// OutsideHeld is measured once, at the end. The drawn-digit set is drawn
// from the seed plus 20 (tuning) or 21 (held-out) times HeldOutSeedBase
// and the verdict set from 22 or 23 times it, after the sealed sets' 16
// to 19, so that no two sets share a seed.
const (
	OutsideTune = Tune
	OutsideHeld = Held
)

// outsideShapes are the outside set's ways of writing each digit, five
// per digit, each built differently from the families of the other sets:
// 0s ending in a tail inside the ring, as a hexagon, with a cursive curl
// at the top, lopsided, or begun at the right going up; 1s gone down and
// partly back up, with a flat cap, a blot where the pen landed, a curled
// lead-in, or a base gone over twice; 2s with the base drawn back from
// the right, a lead-in tick, a head that starts in a curl, a long rising
// base, or a kink in the neck; 3s as a zigzag, with a dash at the middle,
// a hooked start, boxy, or a tail below the line; 4s with the bar drawn
// last from the right, an arched bar, a gap at the apex, a sloping bar,
// or the cross drawn before the diagonal; 5s with a belly that curls in,
// a ticked hat, a leaning stem, a hat crossing the stem, or a stubby
// stem; 6s with a pointed loop, a loop gone round twice, a kinked stem, a
// boxy loop, or a tick where the pen lands; 7s with a spike at the
// corner, a rising top, a kinked stem, a wavy crossbar, or a long top;
// 8s in one stroke begun at the top right, angular, with a wound top, a
// tail past the start, or as an S closed by one straight stroke; 9s with
// a triangular, spiral or boxy head, a kinked stem, or a peak where the
// head meets the stem.
var outsideShapes = []digitShape{
	{0, "inward-tail", true, func(r *rand.Rand) shape {
		// From the bottom, anticlockwise, on past the start and into the ring.
		c, rx := vec{0.3, 0.5}, uni(r, 0.22, 0.3)
		ov := uni(r, 25, 60)
		n := 200
		p := make(path, n+1)
		for i := range p {
			a := 90 - (360+ov)*float64(i)/float64(n)
			k := 1.0
			if d := 90 - 360 - a; d > 0 {
				k = 1 - 0.25*d/ov
			}
			p[i] = at(c, rx*k, 0.5*k, a)
		}
		return shape{p}
	}},
	{0, "hexagon", true, func(r *rand.Rand) shape {
		// Six straight sides, flat at top and bottom, the last one past the first corner.
		c, rx := vec{0.3, 0.5}, uni(r, 0.24, 0.3)
		a0 := -120 + uni(r, -8, 8)
		var p path
		for k := 0; k <= 6; k++ {
			p = append(p, at(c, rx+uni(r, -0.02, 0.02), 0.5+uni(r, -0.02, 0.02), a0+60*float64(k)))
		}
		p[6] = p[0]
		return shape{append(p, lerp(p[0], p[1], uni(r, 0.1, 0.3)))}
	}},
	{0, "top-loop", true, func(r *rand.Rand) shape {
		// A cursive o: round once, then a small curl at the top and out.
		c, rx := vec{0.3, 0.52}, uni(r, 0.22, 0.28)
		m := arc(c, rx, 0.48, -60, -440)
		e := m[len(m)-1]
		k := uni(r, 1.2, 1.8)
		return shape{join(m, bez(e, e.add(vec{0.12 * k, -0.02}), e.add(vec{0.08 * k, -0.1 * k}), e.add(vec{0.02, -0.03 * k})), poly(e.add(vec{0.02, -0.03 * k}), e.add(vec{0.13 * k, 0.01})))}
	}},
	{0, "lopsided", true, func(r *rand.Rand) shape {
		// Clockwise from the top, the right side bulging low, the left side straight-ish.
		b := uni(r, 0.7, 0.95)
		return shape{join(bez(vec{0.22, 0}, vec{0.5, -0.02}, vec{0.85, b}, vec{0.4, 1}), bez(vec{0.4, 1}, vec{0.12, 1.0}, vec{0.0, 0.3}, vec{0.24, 0.01}))}
	}},
	{0, "ccw-from-right", true, func(r *rand.Rand) shape {
		// Begun at the right, going up first, ending a little outside the start.
		return shape{shrinkingArc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, uni(r, -5, 15), -uni(r, 350, 368), -uni(r, 0.04, 0.1))}
	}},

	{1, "down-up", true, func(r *rand.Rand) shape {
		// Down the stem and back up part of it, a little to its side.
		x, d := uni(r, 0.3, 0.4), uni(r, -0.03, 0.03)
		return shape{poly(vec{x - uni(r, 0.08, 0.14), uni(r, 0.14, 0.24)}, vec{x, 0}, vec{x + d, 1}, vec{x + d + uni(r, 0.02, 0.04), uni(r, 0.3, 0.6)})}
	}},
	{1, "flat-cap", true, func(r *rand.Rand) shape {
		x := uni(r, 0.32, 0.4)
		w := uni(r, 0.025, 0.05)
		return shape{poly(vec{x - w - uni(r, 0.07, 0.11), uni(r, 0.2, 0.3)}, vec{x - w, 0}, vec{x, 0}, vec{x + uni(r, -0.02, 0.02), 1})}
	}},
	{1, "blob-top", true, func(r *rand.Rand) shape {
		// The pen circles where it lands, then goes down the stem.
		x, k := uni(r, 0.3, 0.4), uni(r, 0.04, 0.06)
		c := vec{x, k}
		a := 90 + uni(r, 400, 520)
		return shape{join(arc(c, k, k, 90, a), poly(at(c, k, k, a), vec{x + uni(r, -0.03, 0.03), 1}))}
	}},
	{1, "curl-flag", true, func(r *rand.Rand) shape {
		// A small loop on the way up to the top, as a cursive lead-in makes.
		x := uni(r, 0.34, 0.42)
		c := vec{x - uni(r, 0.12, 0.16), uni(r, 0.2, 0.28)}
		k := uni(r, 0.035, 0.05)
		return shape{join(arc(c, k, k, 90, -270), poly(at(c, k, k, -270), vec{x, 0}, vec{x + uni(r, -0.02, 0.02), 1}))}
	}},
	{1, "slab-base", true, func(r *rand.Rand) shape {
		// A flagged stem, then the base gone over there and back.
		x, w := uni(r, 0.3, 0.36), uni(r, 0.14, 0.22)
		d := uni(r, 0.015, 0.03)
		return shape{poly(vec{x - uni(r, 0.1, 0.16), uni(r, 0.12, 0.22)}, vec{x, 0}, vec{x, 1}), poly(vec{x - w, 1}, vec{x + w, 1}, vec{x + w - 0.02, 1 - d}, vec{x - w, 1 - d})}
	}},

	{2, "base-back", true, func(r *rand.Rand) shape {
		// The head and neck, then the base from the right back to the neck.
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.26, 385)
		return shape{join(arc(c, 0.27, 0.26, uni(r, 190, 210), 385), bez(e, vec{0.5, 0.55}, vec{0.2, 0.8}, vec{0.03, 1})), poly(vec{uni(r, 0.55, 0.66), 1 + uni(r, -0.03, 0.02)}, vec{0.0, 1})}
	}},
	{2, "lead-in", true, func(r *rand.Rand) shape {
		// A tick up from below the head's start, then the usual 2.
		c := vec{0.3, 0.27}
		s := at(c, 0.27, 0.25, 195)
		e := at(c, 0.27, 0.25, 380)
		return shape{join(poly(s.add(vec{uni(r, 0.02, 0.06), uni(r, 0.1, 0.16)}), s), arc(c, 0.27, 0.25, 195, 380), bez(e, vec{0.48, 0.55}, vec{0.2, 0.8}, vec{0.03, 1}), poly(vec{0.03, 1}, vec{uni(r, 0.52, 0.62), 1}))}
	}},
	{2, "spiral-head", true, func(r *rand.Rand) shape {
		// The head starts in a small curl inside it and winds out into the arch.
		c := vec{0.3, 0.27}
		sp := shrinkingArc(c, 0.27, 0.25, 380, 120, uni(r, 0.55, 0.7))
		e := at(c, 0.27, 0.25, 380)
		return shape{join(reversed(sp), bez(e, vec{0.5, 0.55}, vec{0.2, 0.8}, vec{0.03, 1}), poly(vec{0.03, 1}, vec{uni(r, 0.52, 0.62), 1}))}
	}},
	{2, "long-rising-base", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.25, 380)
		return shape{join(arc(c, 0.27, 0.25, 200, 380), bez(e, vec{0.5, 0.55}, vec{0.2, 0.8}, vec{0.03, 1}), poly(vec{0.03, 1}, vec{uni(r, 0.8, 0.95), 1 - uni(r, 0.06, 0.14)}))}
	}},
	{2, "kinked-neck", true, func(r *rand.Rand) shape {
		// The neck changes direction halfway, where the hand adjusted.
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.25, 375)
		k := vec{uni(r, 0.3, 0.4), uni(r, 0.58, 0.68)}
		return shape{join(arc(c, 0.27, 0.25, 200, 375), poly(e, k, vec{0.02, 1}, vec{uni(r, 0.52, 0.62), 1}))}
	}},

	{3, "zigzag", true, func(r *rand.Rand) shape {
		// All straight: along the top, back to the middle, out, back to the foot.
		m := uni(r, 0.42, 0.5)
		return shape{poly(vec{0.04, 0.04}, vec{0.56, uni(r, 0, 0.08)}, vec{uni(r, 0.18, 0.26), m}, vec{0.6, uni(r, 0.68, 0.76)}, vec{0.06, 0.98})}
	}},
	{3, "mid-dash", true, func(r *rand.Rand) shape {
		// The upper bowl ends in a dash to the left and back along it into the lower bowl.
		up, lo := vec{0.28, 0.24}, vec{0.28, 0.72}
		m := vec{uni(r, 0.04, 0.12), 0.48}
		return shape{join(arc(up, 0.25, 0.24, 200, 450), poly(at(up, 0.25, 0.24, 450), m, vec{0.28, 0.48}), arc(lo, 0.29, 0.24, -90, 160))}
	}},
	{3, "hook-start", true, func(r *rand.Rand) shape {
		// The pen lands below the start and hooks up into the top bowl.
		up, lo := vec{0.3, 0.25}, vec{0.3, 0.73}
		s := at(up, 0.25, 0.24, 210)
		return shape{join(poly(s.add(vec{uni(r, 0.04, 0.08), uni(r, 0.04, 0.08)}), s), arc(up, 0.25, 0.24, 210, 450), arc(lo, 0.29, 0.26, -90, 155))}
	}},
	{3, "boxy", true, func(r *rand.Rand) shape {
		// Printed with rounded corners, the middle bar gone over there and back.
		k := uni(r, 0.06, 0.1)
		m := uni(r, 0.44, 0.52)
		x0 := uni(r, 0.14, 0.24)
		return shape{join(poly(vec{0.04, 0}, vec{0.58 - k, 0}), arc(vec{0.58 - k, k}, k, k, -90, 0), poly(vec{0.58, k}, vec{0.58, m - k}), arc(vec{0.58 - k, m - k}, k, k, 0, 90),
			poly(vec{0.58 - k, m}, vec{x0, m}, vec{0.58 - k, m}), arc(vec{0.58 - k, m + k}, k, k, -90, 0), poly(vec{0.58, m + k}, vec{0.58, 1 - k}), arc(vec{0.58 - k, 1 - k}, k, k, 0, 90), poly(vec{0.58 - k, 1}, vec{0.04, 1}))}
	}},
	{3, "descender", true, func(r *rand.Rand) shape {
		// The lower bowl drops below the line and ends in a tail curving back up.
		up, lo := vec{0.3, 0.22}, vec{0.3, 0.74}
		e := at(lo, 0.29, 0.3, 120)
		return shape{join(arc(up, 0.24, 0.22, 200, 450), arc(lo, 0.29, 0.3, -90, 120), bez(e, e.add(vec{-0.12, 0.02}), e.add(vec{-0.2, -0.06}), e.add(vec{-uni(r, 0.16, 0.22), -uni(r, 0.12, 0.2)})))}
	}},

	{4, "bar-leftward", true, func(r *rand.Rand) shape {
		// The arm, the stem, then the bar drawn from the right.
		bar := uni(r, 0.55, 0.66)
		return shape{poly(vec{uni(r, 0.06, 0.14), 0}, vec{0.03, bar}), poly(vec{0.45, 0.02}, vec{0.45 + uni(r, -0.03, 0.03), 1}), poly(vec{uni(r, 0.6, 0.68), bar + uni(r, -0.03, 0.03)}, vec{0.0, bar})}
	}},
	{4, "arched-bar", true, func(r *rand.Rand) shape {
		// A closed 4 whose bar bows upwards.
		bar := uni(r, 0.6, 0.68)
		h := uni(r, 0.06, 0.12)
		return shape{join(poly(vec{0.46, 0}, vec{0.02, bar}), bez(vec{0.02, bar}, vec{0.2, bar - h}, vec{0.45, bar - h}, vec{0.64, bar - 0.02})), poly(vec{0.46, 0}, vec{0.46, 1})}
	}},
	{4, "apex-gap", true, func(r *rand.Rand) shape {
		// A closed 4 whose diagonal starts short of the stem's top.
		bar := uni(r, 0.58, 0.68)
		g := uni(r, 0.05, 0.1)
		return shape{poly(vec{0.46 - g, g * 0.8}, vec{0.02, bar}, vec{0.64, bar}), poly(vec{0.47, 0}, vec{0.46, 1})}
	}},
	{4, "sloped-bar", true, func(r *rand.Rand) shape {
		// An open 4 whose bar rises to the right.
		bar := uni(r, 0.6, 0.7)
		return shape{poly(vec{0.08, 0}, vec{0.05, bar}, vec{0.64, bar - uni(r, 0.08, 0.16)}), poly(vec{0.45, 0.02}, vec{0.43, 1})}
	}},
	{4, "plus-first", true, func(r *rand.Rand) shape {
		// The stem and the bar first, a cross, then the diagonal down from the top of the stem.
		bar := uni(r, 0.58, 0.68)
		return shape{poly(vec{0.46, 0}, vec{0.46, 1}), poly(vec{0.02, bar}, vec{0.64, bar}), poly(vec{0.45, 0.01}, vec{0.03 + uni(r, -0.02, 0.02), bar - 0.01})}
	}},

	{5, "curled-belly", true, func(r *rand.Rand) shape {
		// The belly's end curls in on itself.
		c := vec{0.28, 0.7}
		b := arc(c, 0.28, 0.27, 220, 455)
		return shape{join(poly(vec{0.1, 0.02}, vec{0.07, 0.44}), b, shrinkingArc(c, 0.28, 0.27, 455, 455+uni(r, 25, 45), uni(r, 0.25, 0.4))), poly(vec{0.1, 0.02}, vec{0.6, 0})}
	}},
	{5, "hat-tick", true, func(r *rand.Rand) shape {
		// The hat ends in a small tick down.
		c := vec{0.28, 0.7}
		e := vec{0.6, 0}
		return shape{join(poly(vec{0.1, 0.02}, vec{0.07, 0.44}), arc(c, 0.28, 0.27, 220, 495)), poly(vec{0.1, 0.02}, e, e.add(vec{uni(r, -0.01, 0.03), uni(r, 0.06, 0.1)}))}
	}},
	{5, "leaning-stem", true, func(r *rand.Rand) shape {
		// The stem leans far back from the hat to the belly.
		c := vec{0.28, 0.7}
		top := vec{uni(r, 0.22, 0.3), 0}
		return shape{join(poly(top, vec{0.04, 0.44}), arc(c, 0.28, 0.27, 220, 495)), poly(top, vec{uni(r, 0.58, 0.66), uni(r, -0.02, 0.02)})}
	}},
	{5, "crossed-corner", true, func(r *rand.Rand) shape {
		// The hat starts left of the stem, the stem starts above the hat.
		c := vec{0.3, 0.7}
		return shape{join(poly(vec{0.12, -uni(r, 0.04, 0.08)}, vec{0.09, 0.44}), arc(c, 0.28, 0.27, 220, 495)), poly(vec{-uni(r, 0.04, 0.1), 0.02}, vec{0.62, 0})}
	}},
	{5, "stubby-stem", true, func(r *rand.Rand) shape {
		// A short stem over a belly that takes most of the height.
		s := uni(r, 0.2, 0.28)
		c := vec{0.3, (1 + s) / 2}
		ry := (1 - s) / 2
		return shape{join(poly(vec{0.1, 0.01}, vec{0.1, s}), arc(c, 0.29, ry, 235, 490)), poly(vec{0.1, 0.01}, vec{0.6, 0})}
	}},

	{6, "teardrop-loop", true, func(r *rand.Rand) shape {
		// The loop comes back to the stem in a point, not a curve.
		j := vec{uni(r, 0.06, 0.12), uni(r, 0.5, 0.58)}
		return shape{join(bez(vec{uni(r, 0.46, 0.56), 0}, vec{0.2, 0.08}, vec{0.05, 0.3}, j), bez(j, vec{0.0, 0.9}, vec{0.3, 1.05}, vec{0.5, 0.9}), bez(vec{0.5, 0.9}, vec{0.66, 0.75}, vec{0.4, 0.5}, j.add(vec{0.02, 0})))}
	}},
	{6, "wound-loop", true, func(r *rand.Rand) shape {
		// The loop gone round twice, the second turn a little inside.
		c, rx, ry := vec{0.3, 0.7}, uni(r, 0.24, 0.28), uni(r, 0.25, 0.29)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{uni(r, 0.46, 0.56), 0}, vec{0.15, 0.1}, vec{s.X, 0.45}, s), shrinkingArc(c, rx, ry, 180, 180-uni(r, 680, 720), uni(r, 0.15, 0.25)))}
	}},
	{6, "kinked-stem", true, func(r *rand.Rand) shape {
		// A stem of two straight pieces, then a round loop.
		c, rx, ry := vec{0.3, 0.7}, uni(r, 0.24, 0.28), uni(r, 0.25, 0.29)
		s := at(c, rx, ry, 180)
		return shape{join(poly(vec{uni(r, 0.46, 0.56), 0}, vec{uni(r, 0.14, 0.22), uni(r, 0.25, 0.35)}, s), arc(c, rx, ry, 180, -180))}
	}},
	{6, "box-loop", true, func(r *rand.Rand) shape {
		// A curved stem and a loop with four rounded corners.
		k := uni(r, 0.06, 0.1)
		t := uni(r, 0.42, 0.5)
		return shape{join(bez(vec{0.5, 0}, vec{0.2, 0.05}, vec{0.04, 0.2}, vec{0.04, t + k}), poly(vec{0.04, t + k}, vec{0.04, 1 - k}), arc(vec{0.04 + k, 1 - k}, k, k, 180, 90), poly(vec{0.04 + k, 1}, vec{0.58 - k, 1}),
			arc(vec{0.58 - k, 1 - k}, k, k, 90, 0), poly(vec{0.58, 1 - k}, vec{0.58, t + k}), arc(vec{0.58 - k, t + k}, k, k, 0, -90), poly(vec{0.58 - k, t}, vec{0.06, t + 0.02}))}
	}},
	{6, "hooked-entry", true, func(r *rand.Rand) shape {
		// The pen lands and flicks up before the stem comes down.
		c, rx, ry := vec{0.3, 0.7}, uni(r, 0.24, 0.29), uni(r, 0.25, 0.3)
		s := at(c, rx, ry, 180)
		top := vec{uni(r, 0.48, 0.56), 0}
		return shape{join(poly(top.add(vec{-uni(r, 0.04, 0.08), uni(r, 0.06, 0.1)}), top), bez(top, vec{0.15, 0.08}, vec{s.X, 0.45}, s), arc(c, rx, ry, 180, -180))}
	}},

	{7, "spike-corner", true, func(r *rand.Rand) shape {
		// The top runs on past the corner, and the stem starts back from it.
		return shape{poly(vec{0.02, 0}, vec{0.6 + uni(r, 0.05, 0.1), -0.01}, vec{0.56, uni(r, 0.03, 0.06)}, vec{uni(r, 0.2, 0.3), 1})}
	}},
	{7, "rising-top", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, uni(r, 0.1, 0.18)}, vec{0.6, 0}, vec{uni(r, 0.2, 0.3), 1})}
	}},
	{7, "kinked-stem", true, func(r *rand.Rand) shape {
		// The stem goes steeply down, then bends to the left.
		k := vec{uni(r, 0.45, 0.52), uni(r, 0.4, 0.55)}
		return shape{poly(vec{0.02, 0}, vec{0.6, 0}, k, vec{uni(r, 0.1, 0.2), 1})}
	}},
	{7, "wavy-cross", true, func(r *rand.Rand) shape {
		// A European 7 whose crossbar is a small wave.
		y := uni(r, 0.45, 0.55)
		x := 0.6 - (0.6-0.25)*y
		return shape{poly(vec{0.02, 0}, vec{0.6, 0}, vec{0.25, 1}), bez(vec{x - 0.18, y + 0.02}, vec{x - 0.06, y - 0.08}, vec{x + 0.06, y + 0.08}, vec{x + 0.18, y - 0.02})}
	}},
	{7, "long-top", true, func(r *rand.Rand) shape {
		// The top runs far to the left of where the stem ends.
		return shape{poly(vec{-uni(r, 0.2, 0.35), uni(r, -0.02, 0.02)}, vec{0.6, 0}, vec{uni(r, 0.25, 0.35), 1})}
	}},

	{8, "top-right-start", true, func(r *rand.Rand) shape {
		// One stroke begun at the top right: over the top, down through the
		// waist, round the bottom, back up through the waist to the start.
		s := vec{uni(r, 0.46, 0.54), uni(r, 0.05, 0.1)}
		w := uni(r, 0.42, 0.5)
		return shape{join(bez(s, vec{0.4, -0.05}, vec{0.02, -0.02}, vec{0.08, 0.2}), bez(vec{0.08, 0.2}, vec{0.12, 0.36}, vec{0.55, w}, vec{0.58, 0.72}),
			bez(vec{0.58, 0.72}, vec{0.6, 1.02}, vec{0.0, 1.02}, vec{0.02, 0.75}), bez(vec{0.02, 0.75}, vec{0.05, w + 0.1}, vec{0.5, 0.4}, vec{0.52, 0.2}), poly(vec{0.52, 0.2}, s.add(vec{0.02, -0.02})))}
	}},
	{8, "diamonds", true, func(r *rand.Rand) shape {
		// Angular: two diamonds crossing at the waist, in one stroke.
		w := vec{0.3, uni(r, 0.42, 0.5)}
		return shape{poly(vec{0.3, 0}, vec{0.06, w.Y / 2}, w, vec{0.58, (1 + w.Y) / 2}, vec{0.3, 1}, vec{0.02, (1 + w.Y) / 2}, w, vec{0.54, w.Y / 2}, vec{0.32, 0.01})}
	}},
	{8, "wound-top", true, func(r *rand.Rand) shape {
		// The top ring gone round twice, then the bottom ring on its own.
		up := vec{0.3, 0.22}
		return shape{shrinkingArc(up, 0.2, 0.22, 90, 90-uni(r, 700, 740), uni(r, 0.15, 0.3)), arc(vec{0.3, 0.72}, 0.28, 0.27, -90, 270)}
	}},
	{8, "tail-out", true, func(r *rand.Rand) shape {
		// The usual stroke from the top, carried on past the start to the upper left.
		m := vec{0.3, uni(r, 0.44, 0.52)}
		return shape{join(bez(vec{0.3, 0}, vec{0.0, 0}, vec{0.0, m.Y - 0.15}, m), bez(m, vec{0.62, m.Y + 0.15}, vec{0.62, 1}, vec{0.3, 1}),
			bez(vec{0.3, 1}, vec{0.0, 1}, vec{0.0, m.Y + 0.15}, m), bez(m, vec{0.6, m.Y - 0.15}, vec{0.6, 0.02}, vec{0.3, 0.01}), poly(vec{0.3, 0.01}, vec{uni(r, 0.08, 0.16), uni(r, 0.0, 0.08)}))}
	}},
	{8, "s-and-slash", true, func(r *rand.Rand) shape {
		// An S from the top right, then one straight stroke from its foot back up to its head.
		return shape{join(arc(vec{0.3, 0.25}, 0.25, 0.25, -20, -270), arc(vec{0.3, 0.75}, 0.28, 0.25, -90, 160)), poly(at(vec{0.3, 0.75}, 0.28, 0.25, 160).add(vec{0.02, -0.02}), at(vec{0.3, 0.25}, 0.25, 0.25, -20).add(vec{0.01, uni(r, 0, 0.04)}))}
	}},

	{9, "triangle-head", true, func(r *rand.Rand) shape {
		// A head of three straight sides, then a straight stem.
		b := vec{uni(r, 0.22, 0.3), uni(r, 0.42, 0.5)}
		return shape{poly(vec{0.56, 0.04}, vec{0.04, 0.02}, b, vec{0.56, 0.04}, vec{uni(r, 0.48, 0.56), 1})}
	}},
	{9, "kinked-stem", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		return shape{join(arc(c, 0.26, 0.25, 0, -360), poly(at(c, 0.26, 0.25, 0), vec{0.55, uni(r, 0.55, 0.7)}, vec{uni(r, 0.25, 0.35), 1}))}
	}},
	{9, "spiral-head", true, func(r *rand.Rand) shape {
		// The head winds out from its middle, then the stem.
		c := vec{0.3, 0.27}
		sp := reversed(shrinkingArc(c, 0.27, 0.26, 0, 540, uni(r, 0.6, 0.75)))
		return shape{join(sp, poly(at(c, 0.27, 0.26, 0), vec{uni(r, 0.48, 0.56), 1}))}
	}},
	{9, "box-head", true, func(r *rand.Rand) shape {
		// A head with rounded corners and a straight stem down its right side.
		k := uni(r, 0.06, 0.1)
		b := uni(r, 0.42, 0.5)
		return shape{join(poly(vec{0.56, k}, vec{0.56, b - k}), arc(vec{0.56 - k, b - k}, k, k, 0, 90), poly(vec{0.56 - k, b}, vec{0.04 + k, b}), arc(vec{0.04 + k, b - k}, k, k, 90, 180),
			poly(vec{0.04, b - k}, vec{0.04, k}), arc(vec{0.04 + k, k}, k, k, 180, 270), poly(vec{0.04 + k, 0}, vec{0.56 - k, 0}), arc(vec{0.56 - k, k}, k, k, -90, 0), poly(vec{0.56, k}, vec{0.56, 1}))}
	}},
	{9, "peaked-join", true, func(r *rand.Rand) shape {
		// The head closes and runs on up to a peak before the stem comes down.
		c := vec{0.3, 0.28}
		h := arc(c, 0.26, 0.25, -5, -385)
		return shape{join(h, poly(h[len(h)-1], vec{0.58, -uni(r, 0.02, 0.08)}, vec{uni(r, 0.5, 0.56), 1}))}
	}},
}

// outsidePens are the outside sets' ways of drawing: a neat hand; a hasty
// one that overshoots every corner and ends every stroke in a hook; a
// laptop touchpad, its pointer samples far apart and jerky; a fat thumb
// on a phone, few points, a slow wobble and each stroke's first point
// off where it meant to start (see outsideStrokes); a stylus losing
// pressure, each long stroke broken once and its first bit missing; a
// slow, shivering hand, densely sampled with a fine random jitter; and a
// hand that goes over the whole drawing a second time, not quite on top.
var outsidePens = []pen{
	{"neat", 3, true, func(s shape, r *rand.Rand) shape { return s }},
	{"hasty", 1, true, hasty},
	{"touchpad", 1, true, func(s shape, r *rand.Rand) shape { return s }}, // the jerks are the sampling's, see outsideStrokes
	{"thumb", 1, true, thumb},
	{"pressure-gap", 1, true, pressureGap},
	{"shiver", 1, true, shiver},
	{"redraw", 1, true, redraw},
}

// hasty overshoots every sharp corner of a stroke, running on past it
// and coming back, and ends every stroke in a small hook back against its
// direction, as a fast hand does.
func hasty(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		q := path{p[0]}
		for j := 1; j < len(p)-1; j++ {
			a, b := p[j].sub(p[j-1]), p[j+1].sub(p[j])
			la, lb := math.Hypot(a.X, a.Y), math.Hypot(b.X, b.Y)
			if la > 0 && lb > 0 && (a.X*b.X+a.Y*b.Y)/(la*lb) < 0.6 { // a turn of more than 53 degrees
				q = append(q, p[j], p[j].add(a.mul(uni(r, 0.03, 0.07)/la)))
			}
			q = append(q, p[j])
		}
		q = append(q, p[len(p)-1])
		if len(p) >= 2 {
			e := p[len(p)-1]
			d := e.sub(pointAt(reversed(p), min(0.04, length(p)/2)))
			if l := math.Hypot(d.X, d.Y); l > 0 {
				ang := pick(r, 1.0, -1.0) * uni(r, 120, 160) * math.Pi / 180
				sn, cs := math.Sincos(ang)
				k := uni(r, 0.03, 0.06) / l
				q = append(q, e.add(vec{(d.X*cs - d.Y*sn) * k, (d.X*sn + d.Y*cs) * k}))
			}
		}
		out[i] = q
	}
	return out
}

// thumb is a fat finger on a phone: each stroke bends with one slow
// wobble, and its first point lands off the line, a few hundredths of the
// glyph away, where the touch first registered.
func thumb(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		p = sloppyPath(dense(p, 0.01), r, uni(r, 0.015, 0.035))
		a := uni(r, 0, 2*math.Pi)
		k := uni(r, 0.025, 0.06)
		out[i] = join(path{p[0].add(vec{k * math.Cos(a), k * math.Sin(a)})}, p)
	}
	return out
}

// pressureGap is a stylus losing pressure: the first bit of every stroke
// does not register, and every long stroke breaks once, the rest of it
// resuming a little to the side.
func pressureGap(s shape, r *rand.Rand) shape {
	var out shape
	for _, p := range s {
		l := length(p)
		start := min(uni(r, 0.01, 0.03), l/5)
		if l < 0.35 {
			out = append(out, subpath(p, start, l))
			continue
		}
		cut := l * uni(r, 0.3, 0.7)
		gap := uni(r, 0.03, 0.07)
		rest := offset(dense(subpath(p, cut+gap, l), 0.01), uni(r, -0.012, 0.012))
		out = append(out, subpath(p, start, cut), rest)
	}
	return out
}

// shiver is a slow hand's fine random shake: every point of the densely
// resampled stroke moved by noise that is correlated over a few
// hundredths of the glyph, not a regular sine.
func shiver(s shape, r *rand.Rand) shape {
	sd := uni(r, 0.005, 0.011)
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.008)
		q := make(path, len(p))
		var n vec
		for j, v := range p {
			n = n.mul(0.55).add(vec{r.NormFloat64(), r.NormFloat64()}.mul(sd * 0.835)) // stationary sd of sd
			q[j] = v.add(n)
		}
		out[i] = q
	}
	return out
}

// redraw goes over the whole drawing a second time after finishing it,
// the second pass turned by a few degrees, a little larger or smaller and
// shifted, as someone does who was not happy with the first.
func redraw(s shape, r *rand.Rand) shape {
	lo, hi := bounds(s)
	c := lerp(lo, hi, 0.5)
	ang := pick(r, 1.0, -1.0) * uni(r, 2, 6) * math.Pi / 180
	sn, cs := math.Sincos(ang)
	k := uni(r, 0.92, 1.07)
	d := vec{uni(r, -0.03, 0.03), uni(r, -0.03, 0.03)}
	second := mapShape(s, func(v vec) vec {
		x, y := (v.X-c.X)*k, (v.Y-c.Y)*k
		return vec{c.X + x*cs - y*sn, c.Y + x*sn + y*cs}.add(d)
	})
	return append(append(shape(nil), s...), second...)
}

// outsidePlacement puts a drawing on the pad as the outside sets do: a
// quarter small (22 to 60 pad units tall), a quarter large (190 to 280),
// the rest in between; half of them near the pad's centre and half
// anywhere; turned by up to 25 degrees, most by a few; slanted mostly
// forwards, slant and turn together leaning it by at most 30 degrees;
// squeezed or stretched. A thumb draws large, a touchpad small
// and with little turn.
func outsidePlacement(r *rand.Rand, pn string) placement {
	band := pick(r, [2]float64{22, 60}, [2]float64{60, 190}, [2]float64{60, 190}, [2]float64{190, 280})
	h := uni(r, band[0], band[1])
	pos := func() float64 {
		if r.IntN(2) == 0 {
			return pad.Size/2 + r.NormFloat64()*pad.Size*0.12
		}
		return uni(r, 0, pad.Size)
	}
	pl := placement{
		h:      h,
		aspect: min(max(math.Exp(r.NormFloat64()*0.18), 0.6), 1.6),
		slant:  min(max(0.06+r.NormFloat64()*0.12, -0.25), 0.35),
		rot:    pick(r, 1.0, -1.0) * min(r.ExpFloat64()*6, 25),
		cx:     pos(),
		cy:     pos(),
		wobble: 0.3,
	}
	// Slant and turn together lean a stroke by at most 30 degrees.
	if lean := math.Atan(pl.slant) * 180 / math.Pi; math.Abs(lean+pl.rot) > 30 {
		pl.rot = math.Copysign(30, lean+pl.rot) - lean
	}
	switch pn {
	case "thumb":
		pl.h = uni(r, 150, 285)
	case "touchpad":
		pl.h = uni(r, 40, 170)
		pl.rot *= 0.5
	}
	return pl
}

// maxTouchpadStep and maxThumbStep bound the mean gap between the
// touchpad's and the thumb's pointer samples, in pad units.
const (
	maxTouchpadStep = 20
	maxThumbStep    = 13
)

// outsideStrokes turns a glyph-space shape into pad strokes with an
// outside pen: the pen's change to the shape, the placement, then the
// pointer's samples: far apart and jerky for a touchpad, few and
// scattered for a thumb, dense for the shivering hand (so that its shake
// shows), as a mouse otherwise.
func outsideStrokes(s shape, pn pen, r *rand.Rand, aspect float64) [][][2]float32 {
	s = pn.apply(s, r)
	pl := outsidePlacement(r, pn.name)
	pl.aspect *= aspect
	var out [][][2]float32
	for _, p := range place(s, pl, r) {
		out = append(out, outsideSamples(p, pl, pn.name, r))
	}
	return out
}

// outsideSamples samples one placed pad path as the outside pen named pn
// reports it: far apart and jerky for a touchpad, few and scattered for a
// thumb, dense for the shivering hand, as a mouse otherwise.
func outsideSamples(p path, pl placement, pn string, r *rand.Rand) [][2]float32 {
	switch pn {
	case "touchpad":
		return touchpadSamples(p, r, min(max(pl.h*uni(r, 0.08, 0.16), 6), maxTouchpadStep))
	case "thumb":
		return sampleEvery(p, r, uni(r, 7, maxThumbStep), 1.5)
	case "shiver":
		return sampleEvery(p, r, uni(r, 1.5, 3), 0.2)
	}
	return mouse(p, pl.h, r)
}

// touchpadSamples samples a pad path as a laptop touchpad reports a
// drag: points step pad units apart on average but very unevenly (from a
// third of it to nearly twice it), each now and then jerked a few units
// off the line, the ends always included.
func touchpadSamples(p path, r *rand.Rand, step float64) [][2]float32 {
	l := length(p)
	out := [][2]float32{toPad(p[0])}
	for d := step * uni(r, 0.3, 1); d < l; d += step * uni(r, 0.3, 1.8) {
		v := pointAt(p, d)
		if r.IntN(6) == 0 {
			v = v.add(vec{r.NormFloat64() * 2.5, r.NormFloat64() * 2.5})
		}
		out = append(out, toPad(v))
	}
	return append(out, toPad(p[len(p)-1]))
}

// outside hands out the outside sets' halves, from the seeds
// OutsideTune tells.
var outside = Halves{"outside", 20, 22, wholeSet{
	outsideShapes, outsideOtherShapes, outsidePens, outsideStrokes, [2]float64{0.85, 1.25},
}}

// OutsideDigits returns n drawn digits of half h of the outside
// drawn-digit set (see Halves.Digits).
func OutsideDigits(seed uint64, n int, h Half) []Sample { return outside.Digits(seed, n, h) }
