package drawset

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// The sealed sets were written before anyone tuned reading or the verdict
// on them, and before any network or verdict was measured on them: their
// families and pens were checked only by looking at contact sheets of the
// drawings (see TestSealedSheet), for each digit to be one a person reads
// as that digit and each non-digit to be clearly none. Every family and
// pen is in no other set. Both halves hold the same families: SealedTune
// may be looked at and tuned on; SealedHeld is measured once, at the end.
// The drawn-digit set is drawn from the seed plus 16 (tuning) or 17
// (held-out) times HeldOutSeedBase and the verdict set from 18 or 19
// times it, after the unseen sets' 12 to 15, so that no two sets share a
// seed.
const (
	SealedTune = Tune
	SealedHeld = Held
)

// sealedShapes are the sealed set's ways of writing each digit, five per
// digit: 0s with a gap on the right or at the bottom, a flick past the
// top, a dent or a pointed top; 1s drawn from the bottom up, base first,
// with a wavy stem, an arched flag or the flag first; 2s drawn backwards,
// with a ball at the start, a tall neck, a square head or as a
// seven-segment display shows them; 3s with a loop in the middle, drawn
// from the bottom, with a big top, with bowls out of line or as segments;
// 4s in one looped stroke, stem first, with a curved arm, a high bar or a
// tilted stem; 5s with a wavy hat, the hat drawn last from the right, a
// hooked belly, in three pieces or as segments; 6s with a cane top, drawn
// backwards, with a tilted or crossing loop or as segments; 7s with a
// sloping top, drawn from the bottom, a round or looped corner or as
// segments; 8s drawn the mirror way, open at the bottom, with a neck,
// wide and flat, or as segments; 9s with a separate curved stem, a diamond
// head, the stem first, the head gone round twice or as segments.
var sealedShapes = []digitShape{
	{0, "gap-right", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, -30, -30-uni(r, 336, 350))}
	}},
	{0, "flick-top", true, func(r *rand.Rand) shape {
		// Round once and on past the start, ending in a flick up and out.
		c, rx := vec{0.3, 0.5}, uni(r, 0.22, 0.3)
		e := at(c, rx, 0.5, -70-380)
		return shape{join(arc(c, rx, 0.5, -70, -70-380), bez(e, e.add(vec{-0.03, -0.04}), e.add(vec{-0.05, -0.08}), e.add(vec{-uni(r, 0.04, 0.1), -uni(r, 0.1, 0.16)})))}
	}},
	{0, "dent", true, func(r *rand.Rand) shape {
		// An oval with a small dent in its left side, where the hand hesitated.
		rx, d := uni(r, 0.22, 0.3), uni(r, 0.08, 0.16)
		a0 := uni(r, 150, 210)
		p := make(path, 181)
		for i := range p {
			a := -90 - 2*float64(i)
			k := 1 - d*math.Exp(-math.Pow((math.Mod(a+720, 360)-a0)/20, 2))
			p[i] = at(vec{0.3, 0.5}, rx*k, 0.5*k, a)
		}
		return shape{p}
	}},
	{0, "onion", true, func(r *rand.Rand) shape {
		// Pointed at the top, round at the bottom, anticlockwise from the point.
		w := uni(r, 0.25, 0.32)
		return shape{join(bez(vec{0.3, 0}, vec{0.3 - w, 0.3}, vec{0.3 - w*1.4, 1}, vec{0.3, 1}), bez(vec{0.3, 1}, vec{0.3 + w*1.4, 1}, vec{0.3 + w, 0.3}, vec{0.31, 0.01}))}
	}},
	{0, "gap-bottom", true, func(r *rand.Rand) shape {
		// Clockwise from the bottom left, stopping short at the bottom right.
		return shape{arc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, 115, 115+uni(r, 338, 350))}
	}},

	{1, "bottom-up", true, func(r *rand.Rand) shape {
		// Up the stem, then down into the flag, in one stroke.
		x := uni(r, 0.3, 0.4)
		return shape{poly(vec{x + uni(r, -0.02, 0.02), 1}, vec{x, 0}, vec{x - uni(r, 0.1, 0.18), uni(r, 0.12, 0.25)})}
	}},
	{1, "base-first", true, func(r *rand.Rand) shape {
		x, w := uni(r, 0.3, 0.36), uni(r, 0.14, 0.26)
		return shape{poly(vec{x - w, 1}, vec{x + w, 1}), poly(vec{x, 1}, vec{x, 0}, vec{x - uni(r, 0.08, 0.16), uni(r, 0.12, 0.22)})}
	}},
	{1, "wavy-stem", true, func(r *rand.Rand) shape {
		x, b := uni(r, 0.3, 0.38), uni(r, 0.04, 0.08)
		return shape{join(poly(vec{x - uni(r, 0.12, 0.2), uni(r, 0.15, 0.3)}, vec{x, 0}), bez(vec{x, 0}, vec{x + b, 0.35}, vec{x - b, 0.65}, vec{x, 1}))}
	}},
	{1, "arched-flag", true, func(r *rand.Rand) shape {
		x := uni(r, 0.32, 0.4)
		s := vec{x - uni(r, 0.1, 0.17), uni(r, 0.2, 0.3)}
		return shape{join(bez(s, vec{s.X + 0.05, 0.15}, vec{x - 0.12, 0.02}, vec{x, 0}), poly(vec{x, 0}, vec{x - uni(r, 0, 0.04), 1}))}
	}},
	{1, "flag-first", true, func(r *rand.Rand) shape {
		// The flag up to the top, the pen lifted, then the stem down from there.
		x := uni(r, 0.32, 0.4)
		return shape{poly(vec{x - uni(r, 0.1, 0.18), uni(r, 0.15, 0.3)}, vec{x, 0}), poly(vec{x + uni(r, -0.02, 0.02), uni(r, 0, 0.03)}, vec{x + uni(r, -0.03, 0.03), 1})}
	}},

	{2, "backwards", true, func(r *rand.Rand) shape {
		// The base from right to left, up the diagonal, round the top.
		c := vec{0.3, 0.27}
		e := at(c, 0.28, 0.26, 385)
		return shape{reversed(join(arc(c, 0.28, 0.26, uni(r, 185, 210), 385), bez(e, vec{0.5, 0.55}, vec{0.2, 0.78}, vec{0.02, 1}), poly(vec{0.02, 1}, vec{uni(r, 0.52, 0.64), 1})))}
	}},
	{2, "ball-end", true, func(r *rand.Rand) shape {
		// A small ball at the start, as a calligrapher's pen leaves.
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.25, 380)
		s := at(c, 0.27, 0.25, 200)
		k := uni(r, 0.04, 0.06)
		return shape{join(arc(s.add(vec{k, 0}), k, k, 180, 540), arc(c, 0.27, 0.25, 200, 380), bez(e, vec{0.5, 0.55}, vec{0.2, 0.8}, vec{0.03, 1}), poly(vec{0.03, 1}, vec{uni(r, 0.52, 0.62), 0.98}))}
	}},
	{2, "tall-neck", true, func(r *rand.Rand) shape {
		c := vec{0.35, 0.17}
		e := at(c, 0.17, 0.17, 360)
		return shape{join(arc(c, 0.17, 0.17, 190, 360), bez(e, vec{0.52, 0.45}, vec{0.35, 0.75}, vec{0.1, 1}), poly(vec{0.1, 1}, vec{uni(r, 0.5, 0.6), 1}))}
	}},
	{2, "square-head", true, func(r *rand.Rand) shape {
		// A square head whose right side comes well down before the diagonal, so it is no Z.
		y := uni(r, 0.36, 0.48)
		return shape{poly(vec{0.02, uni(r, 0.12, 0.2)}, vec{0.04, 0}, vec{0.56, 0}, vec{0.58, y}, vec{0.03, 1}, vec{0.6, 1})}
	}},
	{2, "segment", true, func(r *rand.Rand) shape {
		// As a seven-segment display shows it, in one stroke.
		return shape{poly(vec{0.02, 0}, vec{0.58, 0}, vec{0.58, 0.5}, vec{0.02, 0.5}, vec{0.02, 1}, vec{0.58, 1})}
	}},

	{3, "mid-loop", true, func(r *rand.Rand) shape {
		// The top bowl ends in a small loop at the waist before the bottom bowl.
		k := uni(r, 0.05, 0.08)
		return shape{join(arc(vec{0.3, 0.23}, 0.26, 0.23, 200, 440), arc(vec{0.26 - k, 0.47}, k, k*0.8, 0, 360), arc(vec{0.3, 0.73}, 0.3, 0.27, 260, 500))}
	}},
	{3, "from-bottom", true, func(r *rand.Rand) shape {
		// Drawn backwards: from the tail up round the bottom bowl, then the top one.
		return shape{reversed(join(arc(vec{0.3, 0.24}, 0.26, 0.24, uni(r, 190, 215), 450), arc(vec{0.3, 0.74}, 0.3, 0.26, 270, 500)))}
	}},
	{3, "big-top", true, func(r *rand.Rand) shape {
		t := uni(r, 0.3, 0.36)
		return shape{join(arc(vec{0.3, t}, 0.3, t, 200, 450), arc(vec{0.3, 2*t + (1-2*t)/2}, 0.2, (1-2*t)/2, 270, 495))}
	}},
	{3, "offset-bowls", true, func(r *rand.Rand) shape {
		// A hurried 3: the top bowl pushed right, the bottom one left.
		d := uni(r, 0.06, 0.12)
		return shape{join(arc(vec{0.3 + d, 0.24}, 0.24, 0.24, 200, 450), arc(vec{0.3 - d, 0.74}, 0.3, 0.26, 270, 500))}
	}},
	{3, "segment", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, 0}, vec{0.58, 0}, vec{0.58, 1}, vec{0.02, 1}), poly(vec{uni(r, 0.08, 0.2), 0.5}, vec{0.58, 0.5})}
	}},

	{4, "looped", true, func(r *rand.Rand) shape {
		// One stroke: down the arm, along the bar, a loop up and round, down the stem.
		y := uni(r, 0.58, 0.66)
		return shape{join(poly(vec{0.18, 0}, vec{0.02, y}, vec{0.58, y}), bez(vec{0.58, y}, vec{0.58, y - 0.25}, vec{0.5, 0.12}, vec{0.46, 0.03}), poly(vec{0.46, 0.03}, vec{0.44, 1}))}
	}},
	{4, "stem-first", true, func(r *rand.Rand) shape {
		y := uni(r, 0.55, 0.66)
		return shape{poly(vec{0.45, 0}, vec{0.45, 1}), poly(vec{uni(r, 0.12, 0.25), 0.02}, vec{0.02, y}, vec{0.62, y})}
	}},
	{4, "curved-arm", true, func(r *rand.Rand) shape {
		y := uni(r, 0.55, 0.65)
		return shape{join(bez(vec{0.2, 0}, vec{0.02, 0.25}, vec{0.0, y - 0.1}, vec{0.1, y}), poly(vec{0.1, y}, vec{0.62, y})), poly(vec{0.45, 0.05}, vec{0.44, 1})}
	}},
	{4, "high-bar", true, func(r *rand.Rand) shape {
		y := uni(r, 0.36, 0.46)
		return shape{poly(vec{0.06, 0}, vec{0.02, y}, vec{0.6, y}), poly(vec{0.44, 0}, vec{0.44, 1})}
	}},
	{4, "tilted-stem", true, func(r *rand.Rand) shape {
		y := uni(r, 0.55, 0.65)
		return shape{poly(vec{0.3, 0}, vec{0.02, y}, vec{0.62, y}), poly(vec{0.58, 0.02}, vec{uni(r, 0.3, 0.4), 1})}
	}},

	{5, "wavy-hat", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		return shape{join(poly(vec{0.1, 0.02}, vec{0.07, 0.44}), arc(c, 0.28, 0.27, 220, 490)), bez(vec{0.1, 0.02}, vec{0.25, -0.06}, vec{0.42, 0.08}, vec{0.6, -uni(r, 0, 0.05)})}
	}},
	{5, "hat-leftward", true, func(r *rand.Rand) shape {
		// The stem and belly first, then the hat drawn from the right towards the stem.
		c := vec{0.28, 0.7}
		return shape{join(poly(vec{0.1, 0.02}, vec{0.07, 0.44}), arc(c, 0.28, 0.27, 220, 495)), poly(vec{uni(r, 0.55, 0.65), uni(r, -0.03, 0.03)}, vec{0.12, 0.01})}
	}},
	{5, "hook-belly", true, func(r *rand.Rand) shape {
		// The belly ends in a small hook curling up.
		c := vec{0.28, 0.68}
		e := at(c, 0.28, 0.28, 500)
		return shape{join(poly(vec{0.1, 0.02}, vec{0.07, 0.42}), arc(c, 0.28, 0.28, 220, 500), bez(e, e.add(vec{-0.08, 0.0}), e.add(vec{-0.1, -0.08}), e.add(vec{-uni(r, 0.06, 0.1), -uni(r, 0.12, 0.16)}))), poly(vec{0.1, 0.02}, vec{0.6, 0})}
	}},
	{5, "three-pieces", true, func(r *rand.Rand) shape {
		// Hat, stem and belly each on their own, with small gaps.
		c := vec{0.3, 0.7}
		g := uni(r, 0.02, 0.05)
		return shape{poly(vec{0.1, 0.05}, vec{0.08, 0.42}), poly(vec{0.1 + g, 0}, vec{0.6, 0}), join(path{at(c, 0.28, 0.27, 225).add(vec{g, 0})}, arc(c, 0.28, 0.27, 225, 495))}
	}},
	{5, "segment", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.58, 0}, vec{0.02, 0}, vec{0.02, 0.5}, vec{0.58, 0.5}, vec{0.58, 1}, vec{0.02, 1})}
	}},

	{6, "cane-top", true, func(r *rand.Rand) shape {
		// The stem starts with a little hook at the top, like a walking stick.
		c, rx, ry := vec{0.3, 0.7}, uni(r, 0.25, 0.29), uni(r, 0.26, 0.3)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.62, 0.12}, vec{0.64, 0.02}, vec{0.58, -0.01}, vec{0.5, 0}), bez(vec{0.5, 0}, vec{0.15, 0.08}, vec{s.X, 0.45}, s), arc(c, rx, ry, 180, -180))}
	}},
	{6, "reversed", true, func(r *rand.Rand) shape {
		// Drawn backwards: round the loop clockwise from where it meets the stem, then up the stem.
		c, rx, ry := vec{0.3, 0.7}, uni(r, 0.24, 0.29), uni(r, 0.25, 0.3)
		s := at(c, rx, ry, 180)
		return shape{reversed(join(bez(vec{uni(r, 0.45, 0.56), 0}, vec{0.15, 0.1}, vec{s.X, 0.45}, s), arc(c, rx, ry, 180, -180)))}
	}},
	{6, "tilted-loop", true, func(r *rand.Rand) shape {
		c, t := vec{0.32, 0.7}, uni(r, 15, 35)
		s := tiltedArc(c, 0.27, 0.24, t, 180, 181)[0]
		return shape{join(bez(vec{0.5, 0}, vec{0.15, 0.1}, vec{s.X, 0.4}, s), tiltedArc(c, 0.27, 0.24, t, 180, -180))}
	}},
	{6, "crossed-loop", true, func(r *rand.Rand) shape {
		// The loop runs on past the stem, crossing it.
		c := vec{0.3, 0.7}
		s := at(c, 0.27, 0.28, 180)
		return shape{join(bez(vec{0.52, 0}, vec{0.15, 0.1}, vec{s.X, 0.45}, s), arc(c, 0.27, 0.28, 180, -180-uni(r, 30, 55)))}
	}},
	{6, "segment", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.58, 0}, vec{0.02, 0}, vec{0.02, 1}, vec{0.58, 1}, vec{0.58, 0.5}, vec{0.02, 0.5})}
	}},

	{7, "sloped-top", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, 0}, vec{0.6, uni(r, 0.1, 0.2)}, vec{uni(r, 0.2, 0.3), 1})}
	}},
	{7, "from-bottom", true, func(r *rand.Rand) shape {
		// Up the stem from its foot, then the top from right to left.
		return shape{poly(vec{uni(r, 0.2, 0.3), 1}, vec{0.6, 0}, vec{0.02, uni(r, 0, 0.04)})}
	}},
	{7, "round-corner", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.02, 0}, vec{0.45, 0}), bez(vec{0.45, 0}, vec{0.62, 0}, vec{0.62, 0.08}, vec{0.55, 0.2}), poly(vec{0.55, 0.2}, vec{uni(r, 0.2, 0.3), 1}))}
	}},
	{7, "looped-corner", true, func(r *rand.Rand) shape {
		// A small loop where the top turns into the stem, as a fast hand makes.
		k := uni(r, 0.04, 0.06)
		return shape{join(poly(vec{0.02, 0.02}, vec{0.58, 0}), arc(vec{0.58, k}, k, k, -90, 180), poly(vec{0.58 - k, k}, vec{uni(r, 0.2, 0.3), 1}))}
	}},
	{7, "segment", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, 0}, vec{0.58, 0}, vec{0.58, 1})}
	}},

	{8, "mirror-stroke", true, func(r *rand.Rand) shape {
		// One stroke turning the other way: from the top, right and down
		// through the waist, round the bottom, back up to the top.
		m := vec{0.3, uni(r, 0.44, 0.52)}
		return shape{join(bez(vec{0.3, 0}, vec{0.62, 0}, vec{0.6, m.Y - 0.15}, m), bez(m, vec{0.0, m.Y + 0.15}, vec{0.0, 1}, vec{0.3, 1}),
			bez(vec{0.3, 1}, vec{0.62, 1}, vec{0.6, m.Y + 0.15}, m), bez(m, vec{0.0, m.Y - 0.15}, vec{0.0, 0}, vec{0.31, 0.01}))}
	}},
	{8, "open-bottom", true, func(r *rand.Rand) shape {
		// The top loop closed, the bottom loop left open at its lower left.
		return shape{join(arc(vec{0.3, 0.23}, 0.22, 0.23, 90, -270), arc(vec{0.3, 0.73}, 0.29, 0.27, -90, 270-uni(r, 35, 60)))}
	}},
	{8, "neck", true, func(r *rand.Rand) shape {
		// Two rings joined by a short, narrow neck instead of a crossing, in one stroke.
		up, lo := vec{0.3, 0.2}, vec{0.3, 0.73}
		e := 260 - uni(r, 0, 8)
		return shape{join(arc(up, 0.18, 0.2, 100, 440), poly(at(up, 0.18, 0.2, 80), at(lo, 0.28, 0.27, -80)), arc(lo, 0.28, 0.27, -80, e), poly(at(lo, 0.28, 0.27, e), at(up, 0.18, 0.2, 100)))}
	}},
	{8, "wide", true, func(r *rand.Rand) shape {
		// Two flat, wide loops, as wide as the 8 is tall, in two strokes.
		w := uni(r, 0.36, 0.44)
		return shape{arc(vec{0.45, 0.22}, w*0.85, 0.22, -90, -450), arc(vec{0.45, 0.72}, w, 0.28, -90, 270)}
	}},
	{8, "segment", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, 0}, vec{0.58, 0}, vec{0.58, 1}, vec{0.02, 1}, vec{0.02, 0}), poly(vec{0.02, 0.5}, vec{0.58, 0.5})}
	}},

	{9, "arc-stem", true, func(r *rand.Rand) shape {
		// The head first, then a separate curved stem from its top right.
		c := vec{0.28, 0.27}
		return shape{arc(c, 0.26, 0.25, -10, -370), bez(vec{0.53, uni(r, 0.02, 0.1)}, vec{0.62, 0.45}, vec{0.58, 0.8}, vec{uni(r, 0.3, 0.42), 1})}
	}},
	{9, "diamond-head", true, func(r *rand.Rand) shape {
		y := uni(r, 0.42, 0.5)
		return shape{poly(vec{0.56, 0.12}, vec{0.3, 0}, vec{0.02, 0.2}, vec{0.25, y}, vec{0.56, 0.3}), poly(vec{0.57, 0.04}, vec{uni(r, 0.48, 0.56), 1})}
	}},
	{9, "stem-first", true, func(r *rand.Rand) shape {
		// Up the stem from its foot, then round the head anticlockwise.
		c := vec{0.3, 0.27}
		ry := uni(r, 0.22, 0.28)
		e := at(c, 0.27, ry, 0)
		return shape{join(poly(vec{uni(r, 0.45, 0.55), 1}, e), arc(c, 0.27, ry, 0, -uni(r, 355, 370)))}
	}},
	{9, "wound-head", true, func(r *rand.Rand) shape {
		// The head gone round twice, a little inside the first turn, then the stem.
		c := vec{0.3, 0.27}
		a := -uni(r, 700, 730)
		k := uni(r, 0.1, 0.2)
		h := shrinkingArc(c, 0.27, 0.26, 0, a, k)
		return shape{join(h, poly(h[len(h)-1], vec{0.56, 0.3}, vec{uni(r, 0.45, 0.55), 1}))}
	}},
	{9, "segment", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.58, 0.5}, vec{0.02, 0.5}, vec{0.02, 0}, vec{0.58, 0}, vec{0.58, 1}, vec{0.02, 1})}
	}},
}

// sealedPens are the sealed sets' ways of drawing: a careful hand; an
// italic hand, leaning, narrow, each stroke with a hairline lead-in and a
// flick out; a beginner's large letters, wobbling and correcting course;
// a left-handed writer, every stroke in the other direction and the
// strokes in the other order, leaning back; a dashed-off hurry, a pointer
// sample every 7 to 36 pad units and a flick at each end; a finger on a
// touch screen, its first few units lost to the touch slop and its points
// scattered; and a stylus, sampled every one or two units, landing with a
// tiny hook.
var sealedPens = []pen{
	{"careful", 3, true, asIs},
	{"italic", 1, true, italicHand},
	{"beginner", 1, true, beginnerHand},
	{"lefty", 1, true, leftHanded},
	{"dash-off", 1, true, dashOff},
	{"finger", 1, true, asIs}, // the slop and scatter are the sampling's, see sealedStrokes
	{"stylus", 1, true, stylusHooks},
}

// italicHand adds a hairline lead-in from the lower left to the start of
// every stroke and a short flick up and to the right at its end, as an
// italic hand joins letters; the lean is the placement's.
func italicHand(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		a, b := p[0], p[len(p)-1]
		in := a.add(vec{-uni(r, 0.02, 0.05), uni(r, 0.02, 0.05)})
		exit := b.add(vec{uni(r, 0.04, 0.08), -uni(r, 0.02, 0.06)})
		out[i] = join(poly(in, a), p, bez(b, b.add(vec{0.02, 0.01}), exit.add(vec{-0.02, 0.01}), exit))
	}
	return out
}

// beginnerHand is a young writer's: a slow, large wobble along every
// stroke and two or three places where the hand stops and corrects its
// course, shifting the rest of the stroke a little; the size is the
// placement's.
func beginnerHand(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.01)
		l := length(p)
		type kink struct {
			at float64
			d  vec
		}
		var ks []kink
		for range 2 + r.IntN(2) {
			ks = append(ks, kink{uni(r, 0.15, 0.85) * l, vec{uni(r, -0.03, 0.03), uni(r, -0.03, 0.03)}})
		}
		amp, f, ph := uni(r, 0.01, 0.025), uni(r, 1, 2.5), uni(r, 0, 2*math.Pi)
		q := make(path, len(p))
		var t float64
		for j, v := range p {
			if j > 0 {
				t += v.dist(p[j-1])
			}
			for _, k := range ks {
				// Each correction moves what follows, blended in over 0.04.
				w := min(max((t-k.at)/0.04, 0), 1)
				v = v.add(k.d.mul(w))
			}
			q[j] = v.add(vec{amp * math.Sin(2*math.Pi*f*t+ph), amp * math.Cos(2*math.Pi*f*1.3*t+ph)})
		}
		out[i] = q
	}
	return out
}

// leftHanded draws the strokes in the other order and most of them in the
// other direction, as many left-handed writers do; the backward lean is
// the placement's.
func leftHanded(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		if r.IntN(4) != 0 {
			p = reversed(p)
		}
		out[len(s)-1-i] = p
	}
	return out
}

// dashOff carries the end of every stroke on in a short flick, curving a
// little; the sparse pointer samples are sealedStrokes'.
func dashOff(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		n := len(p)
		if n < 2 || length(p) < 0.05 {
			out[i] = p
			continue
		}
		p = dense(p, 0.01)
		n = len(p)
		t := p[n-1].sub(p[max(n-4, 0)])
		l := max(math.Hypot(t.X, t.Y), 1e-9)
		t = t.mul(1 / l)
		k := uni(r, 0.04, 0.1)
		side := vec{-t.Y, t.X}.mul(uni(r, -0.5, 0.5) * k)
		e := p[n-1].add(t.mul(k)).add(side)
		out[i] = join(p, bez(p[n-1], p[n-1].add(t.mul(k/3)), e.sub(t.mul(k/3)), e))
	}
	return out
}

// stylusHooks adds the tiny hook a stylus leaves where it lands: a short
// movement against the stroke's first direction before it starts.
func stylusHooks(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		if r.IntN(2) == 0 || len(p) < 2 {
			out[i] = p
			continue
		}
		a := uni(r, 0, 2*math.Pi)
		k := uni(r, 0.01, 0.03)
		out[i] = join(path{p[0].add(vec{k * math.Cos(a), k * math.Sin(a)})}, p)
	}
	return out
}

// sealedPlacement puts a drawing anywhere on the pad, at the unseen set's
// sizes (a sixth small, 16 to 40 pad units tall, a fifth big, 240 to 290,
// the rest in between), turned by up to 20 degrees, slanted either way,
// squeezed or stretched. The italic hand leans forward and is narrow, the
// left hand leans back, the beginner writes large.
func sealedPlacement(r *rand.Rand, pn string) placement {
	pl := unseenPlacement(r)
	pl.aspect = uni(r, 0.75, 1.35)
	pl.slant = uni(r, -0.25, 0.35)
	pl.rot = max(-20, min(20, r.NormFloat64()*7))
	pl.cx, pl.cy = uni(r, 0, pad.Size), uni(r, 0, pad.Size)
	switch pn {
	case "italic":
		pl.slant = uni(r, 0.25, 0.45)
		pl.aspect *= 0.8
	case "lefty":
		pl.slant = uni(r, -0.4, -0.1)
	case "beginner":
		pl.h = uni(r, 170, 290)
		pl.wobble = pl.h * uni(r, 0.01, 0.02)
	}
	return pl
}

// maxFingerStep is the widest gap between a finger's pointer samples, in
// pad units; the hurried dash-off hand's are up to maxHurriedStep, as the
// blind set's fast pen.
const maxFingerStep = 9

// sealedStrokes turns a glyph-space shape into pad strokes with a sealed
// pen: the pen's change to the shape, the placement, then the pointer's
// samples (sparse for dash-off, dense for the stylus, scattered and
// missing their first few units for a finger, as a mouse otherwise).
func sealedStrokes(s shape, pn pen, r *rand.Rand, aspect float64) [][][2]float32 {
	s = pn.apply(s, r)
	pl := sealedPlacement(r, pn.name)
	pl.aspect *= aspect
	var out [][][2]float32
	for _, p := range place(s, pl, r) {
		l := length(p)
		switch pn.name {
		case "dash-off":
			out = append(out, sampleEvery(p, r, min(max(pl.h*uni(r, 0.12, 0.25), 7), maxHurriedStep), 0.3))
		case "stylus":
			out = append(out, sampleEvery(p, r, uni(r, 1, 2), 0.1))
		case "finger":
			slop := min(uni(r, 2, 8), l/4)
			out = append(out, sampleEvery(subpath(p, slop, l), r, uni(r, 4, maxFingerStep-2), 1.2))
		default:
			out = append(out, mouse(p, pl.h, r))
		}
	}
	return out
}

// sampleEvery samples a pad path as sampleAlong does, each point
// scattered by sd pad units.
func sampleEvery(p path, r *rand.Rand, step, sd float64) [][2]float32 {
	return sampleAlong(p, r, step, func(v vec) [2]float32 { return toPad(v.add(vec{r.NormFloat64() * sd, r.NormFloat64() * sd})) })
}

// sealed hands out the sealed sets' halves, from the seeds SealedTune
// tells.
var sealed = Halves{"sealed", 16, 18, wholeSet{
	sealedShapes, sealedOtherShapes, sealedPens, sealedStrokes, [2]float64{0.85, 1.25},
}}

// SealedDigits returns n drawn digits of half h of the sealed drawn-digit
// set (see Halves.Digits).
func SealedDigits(seed uint64, n int, h Half) []Sample { return sealed.Digits(seed, n, h) }
