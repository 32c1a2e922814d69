package drawset

// guestsDigits are the guests sets' ways of writing each digit, six to a
// digit: three in the tuning half and three in the held-out half, by a
// list fixed before any drawing was made. They are drawn in glyph space
// (about 0.6 wide and 1 tall, y down), the hand straying from every
// via-point. Among them: zeros slashed, dotted, drawn in two halves or
// as a box; continental 1s with a long flag and a base; 2s with and
// without a bottom loop; round, flat-topped and curly 3s; open, closed
// and cup-armed 4s; 6s and 9s with big and small loops and straight or
// curved stems; 7s with a bar or a serif; 8s as one figure-eight, two
// circles or two strokes; the seven-segment digits of a calculator; and
// digits drawn in several strokes or gone over again.
var guestsDigits = []guestFamily{
	{0, "oval", false, guest0Oval},
	{0, "slashed", false, guest0Slashed},
	{0, "halves", false, guest0Halves},
	{0, "dotted", true, guest0Dotted},
	{0, "lefty", true, guest0Lefty},
	{0, "box", true, guest0Box},

	{1, "stick", false, guest1Stick},
	{1, "flag-base", false, guest1FlagBase},
	{1, "redrawn", false, guest1Redrawn},
	{1, "flag", true, guest1Flag},
	{1, "seg", true, guest1Seg},
	{1, "serif", true, guest1Serif},

	{2, "plain", false, guest2Plain},
	{2, "looped", false, guest2Looped},
	{2, "seg", false, guest2Seg},
	{2, "angular", true, guest2Angular},
	{2, "curl", true, guest2Curl},
	{2, "two-strokes", true, guest2TwoStrokes},

	{3, "round", false, guest3Round},
	{3, "flat-top", false, guest3FlatTop},
	{3, "seg", false, guest3Seg},
	{3, "curly", true, guest3Curly},
	{3, "two-bumps", true, guest3TwoBumps},
	{3, "pointed", true, guest3Pointed},

	{4, "closed", false, guest4Closed},
	{4, "open", false, guest4Open},
	{4, "seg", false, guest4Seg},
	{4, "one-stroke", true, guest4OneStroke},
	{4, "cup", true, guest4Cup},
	{4, "stem-first", true, guest4StemFirst},

	{5, "classic", false, guest5Classic},
	{5, "one-stroke", false, guest5OneStroke},
	{5, "seg", false, guest5Seg},
	{5, "round", true, guest5Round},
	{5, "redone", true, guest5Redone},
	{5, "small-bowl", true, guest5SmallBowl},

	{6, "big-loop", false, guest6BigLoop},
	{6, "small-loop", false, guest6SmallLoop},
	{6, "seg", false, guest6Seg},
	{6, "straight", true, guest6Straight},
	{6, "two-strokes", true, guest6TwoStrokes},
	{6, "curled", true, guest6Curled},

	{7, "plain", false, guest7Plain},
	{7, "bar", false, guest7Bar},
	{7, "seg", false, guest7Seg},
	{7, "serif", true, guest7Serif},
	{7, "curved", true, guest7Curved},
	{7, "two-strokes", true, guest7TwoStrokes},

	{8, "figure", false, guest8Figure},
	{8, "snowman", false, guest8Snowman},
	{8, "seg", false, guest8Seg},
	{8, "s-and-back", true, guest8SAndBack},
	{8, "lefty", true, guest8Lefty},
	{8, "loops", true, guest8Loops},

	{9, "stick", false, guest9Stick},
	{9, "curved", false, guest9Curved},
	{9, "seg", false, guest9Seg},
	{9, "big-loop", true, guest9BigLoop},
	{9, "two-strokes", true, guest9TwoStrokes},
	{9, "small-loop", true, guest9SmallLoop},
}

// guestSeg is a seven-segment digit as a calculator shows it, its
// corners at x 0.05 and 0.55, y 0.02, 0.5 and 0.98: the path through the
// corners of xy drawn in one stroke, or, as someone copying a display
// does, a stroke per segment with small gaps at the joints.
func (h *guestHand) seg(xy ...float64) shape {
	pts := h.pts(xy...)
	if h.coin(0.6) {
		return shape{poly(pts...)}
	}
	var out shape
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		g := h.u(0.02, 0.06) / max(a.dist(b), 1e-6)
		out = append(out, poly(lerp(a, b, g), lerp(a, b, 1-g)))
	}
	return out
}

// Zeros.

// guest0Oval is one oval begun at the top and drawn anticlockwise (a
// left hand: clockwise).
func guest0Oval(h *guestHand) shape {
	turn := -360.0
	if h.lefty {
		turn = 360
	}
	return shape{h.loop(0.3, 0.5, h.u(0.21, 0.3), h.u(0.44, 0.5), h.u(-110, -70), turn)}
}

// guest0Slashed is an oval struck through from top right to bottom left,
// as programmers and Scandinavians tell 0 from O.
func guest0Slashed(h *guestHand) shape {
	o := guest0Oval(h)
	slash := h.line(h.u(0.5, 0.62), h.u(0.02, 0.15), h.u(-0.02, 0.1), h.u(0.85, 0.98))
	if h.coin(0.3) {
		slash = reversed(slash)
	}
	return append(o, slash)
}

// guest0Halves is a child's zero: the left half, then the right half,
// both from the top down, meeting roughly.
func guest0Halves(h *guestHand) shape {
	left := h.curve(0.31, 0.02, 0.1, 0.17, 0.03, 0.5, 0.1, 0.83, 0.3, 0.98)
	right := h.curve(0.29, 0.02, 0.5, 0.17, 0.57, 0.5, 0.5, 0.83, 0.3, 0.98)
	return shape{left, right}
}

// guest0Dotted is an oval with a dot in the middle, as some displays and
// some teachers draw it.
func guest0Dotted(h *guestHand) shape {
	return append(guest0Oval(h), h.dot(0.3, 0.5))
}

// guest0Lefty is a left-hander's narrow zero: begun at the top right,
// clockwise, running on past its start.
func guest0Lefty(h *guestHand) shape {
	h.lefty = true
	return shape{h.loop(0.3, 0.5, h.u(0.16, 0.23), h.u(0.45, 0.5), h.u(-65, -30), 360+h.u(10, 40))}
}

// guest0Box is a calculator's zero: a tall box.
func guest0Box(h *guestHand) shape {
	if h.coin(0.5) {
		return h.seg(0.05, 0.02, 0.05, 0.98, 0.55, 0.98, 0.55, 0.02, 0.05, 0.02)
	}
	return h.seg(0.05, 0.02, 0.55, 0.02, 0.55, 0.98, 0.05, 0.98, 0.05, 0.02)
}

// Ones.

// guest1Stick is a plain stroke down, now and then with a small hook at
// the top or drawn upwards.
func guest1Stick(h *guestHand) shape {
	p := h.curve(0.32, 0.0, 0.31, 0.5, 0.29, 1.0)
	if h.coin(0.3) {
		p = join(poly(h.at(0.24, 0.07), p[0]), p)
	}
	if h.coin(0.1) {
		p = reversed(p)
	}
	return shape{p}
}

// guest1FlagBase is the continental 1: a long flag up to the top, the
// stem down, then a base across its foot.
func guest1FlagBase(h *guestHand) shape {
	h.maxLean = 12
	stem := h.line(h.u(0.06, 0.16), h.u(0.25, 0.38), 0.37, 0.0, 0.35, 1.0)
	base := h.line(0.1, 1.0, 0.6, 1.0)
	return shape{stem, base}
}

// guest1Redrawn is a stroke down gone over again to make it bolder or
// straighter, the second a little off the first.
func guest1Redrawn(h *guestHand) shape {
	first := h.curve(0.32, 0.02, 0.31, 0.5, 0.3, 0.98)
	dx := h.u(-0.04, 0.04)
	second := h.curve(0.32+dx, h.u(-0.03, 0.05), 0.31+dx, 0.5, 0.3+dx, h.u(0.95, 1.02))
	if h.coin(0.4) {
		second = reversed(second)
	}
	return shape{first, second}
}

// guest1Flag is a 1 with a long, steep flag and no base.
func guest1Flag(h *guestHand) shape {
	h.maxLean = 10
	return shape{h.line(h.u(0.06, 0.15), h.u(0.32, 0.46), 0.38, 0.0, 0.36, 1.0)}
}

// guest1Seg is a calculator's 1: the two right-hand segments.
func guest1Seg(h *guestHand) shape {
	if h.coin(0.3) {
		return shape{h.line(0.45, 0.02, 0.44, 0.5, 0.43, 0.98)}
	}
	top, bottom := h.line(0.45, 0.02, 0.44, 0.47), h.line(0.44, 0.53, 0.43, 0.98)
	if h.coin(0.3) {
		return shape{reversed(bottom), reversed(top)}
	}
	return shape{top, bottom}
}

// guest1Serif is a typed 1 in one stroke: a short flag, the stem, then
// left along the foot and back right across it.
func guest1Serif(h *guestHand) shape {
	h.maxLean = 12
	return shape{h.line(0.2, 0.13, 0.36, 0.0, 0.35, 0.98, 0.13, 1.0, 0.58, 0.99)}
}

// Twos.

// guest2Top is a two's swan neck: over the top from the left, down the
// right and across to the bottom left, where it ends.
func (h *guestHand) guest2Top(endX, endY float64) path {
	top := h.arc(0.3, 0.29, h.u(0.23, 0.28), h.u(0.22, 0.27), h.u(190, 215), h.u(365, 395))
	e := top[len(top)-1]
	return join(top, guestSpline(e, h.at(0.33, 0.62), h.at(endX, endY)))
}

// guest2Plain is the common two in one stroke: neck, diagonal, base.
func guest2Plain(h *guestHand) shape {
	p := h.guest2Top(0.04, 0.97)
	return shape{join(p, poly(p[len(p)-1], h.at(0.62, 0.96)))}
}

// guest2Looped is a two with a small loop where the diagonal meets the
// base.
func guest2Looped(h *guestHand) shape {
	p := h.guest2Top(0.15, 0.83)
	loop := guestSpline(p[len(p)-1], h.at(0.07, 0.95), h.at(0.0, 0.89), h.at(0.07, 0.8), h.at(0.15, 0.88), h.at(0.22, 0.96), h.at(0.42, 0.97), h.at(0.62, 0.95))
	return shape{join(p, loop)}
}

// guest2Seg is a calculator's two.
func guest2Seg(h *guestHand) shape {
	return h.seg(0.05, 0.02, 0.55, 0.02, 0.55, 0.5, 0.05, 0.5, 0.05, 0.98, 0.55, 0.98)
}

// guest2Angular is a two like a Z with a rounded top: a hump, a straight
// diagonal, a flat base.
func guest2Angular(h *guestHand) shape {
	top := h.curve(0.03, 0.27, 0.13, 0.06, 0.33, 0.0, 0.52, 0.08, 0.55, 0.25, 0.47, 0.38)
	return shape{join(top, poly(top[len(top)-1], h.at(0.03, 0.97), h.at(0.62, 0.97)))}
}

// guest2Curl is a school two begun with a curl at the top left and
// ended with a wavy base.
func guest2Curl(h *guestHand) shape {
	return shape{h.curve(0.13, 0.28, 0.04, 0.26, 0.06, 0.15, 0.2, 0.04, 0.42, 0.03, 0.55, 0.2, 0.4, 0.5, 0.04, 0.96, 0.22, 0.9, 0.42, 0.99, 0.62, 0.93)}
}

// guest2TwoStrokes is a two whose base is drawn as a stroke of its own,
// meeting the diagonal roughly.
func guest2TwoStrokes(h *guestHand) shape {
	return shape{h.guest2Top(0.05, 0.96), h.line(h.u(-0.02, 0.12), 0.97, 0.6, 0.96)}
}

// Threes.

// guest3Lower is a three's lower bowl from its top near the middle,
// clockwise round to the bottom left.
func (h *guestHand) guest3Lower(cy, ry float64) path {
	return h.arc(0.28, cy, h.u(0.25, 0.29), ry, h.u(-110, -80), h.u(140, 165))
}

// guest3Round is the round three in one stroke: two bumps meeting at a
// small point in the middle.
func guest3Round(h *guestHand) shape {
	upper := h.arc(0.28, 0.27, h.u(0.2, 0.25), h.u(0.21, 0.25), h.u(195, 215), h.u(440, 455))
	lower := h.guest3Lower(0.73, h.u(0.23, 0.26))
	return shape{join(upper, poly(upper[len(upper)-1], h.at(0.17, 0.5), lower[0]), lower)}
}

// guest3FlatTop is the flat-topped three: a bar, a diagonal back to the
// middle, then the bowl.
func guest3FlatTop(h *guestHand) shape {
	lower := h.arc(0.3, 0.68, h.u(0.25, 0.29), h.u(0.27, 0.31), -115, h.u(140, 165))
	return shape{join(h.line(0.05, 0.03, 0.56, 0.03), poly(h.at(0.56, 0.03), lower[0]), lower)}
}

// guest3Seg is a calculator's three: top, right side and bottom in one
// stroke and the middle bar after, or one stroke going back along the
// middle bar.
func guest3Seg(h *guestHand) shape {
	if h.coin(0.5) {
		return shape{h.line(0.05, 0.02, 0.55, 0.02, 0.55, 0.98, 0.05, 0.98), h.line(0.1, 0.5, 0.55, 0.5)}
	}
	return shape{h.line(0.05, 0.02, 0.55, 0.02, 0.55, 0.5, 0.1, 0.5, 0.55, 0.51, 0.55, 0.98, 0.05, 0.98)}
}

// guest3Curly is a three with a curl at its start and its end.
func guest3Curly(h *guestHand) shape {
	return shape{h.curve(0.13, 0.21, 0.05, 0.15, 0.14, 0.03, 0.35, 0.02, 0.5, 0.14, 0.42, 0.38, 0.2, 0.48, 0.38, 0.51, 0.56, 0.7, 0.45, 0.93, 0.2, 0.98, 0.05, 0.88, 0.1, 0.8)}
}

// guest3TwoBumps is a three drawn as two strokes, a bump each.
func guest3TwoBumps(h *guestHand) shape {
	upper := h.arc(0.28, 0.27, h.u(0.2, 0.25), h.u(0.21, 0.25), h.u(195, 215), h.u(425, 450))
	return shape{upper, h.guest3Lower(0.74, h.u(0.22, 0.26))}
}

// guest3Pointed is a three with a small top bump and a sharp point
// reaching left at the middle, over a big bowl.
func guest3Pointed(h *guestHand) shape {
	upper := h.curve(0.08, 0.12, 0.25, 0.02, 0.45, 0.1, 0.42, 0.27, 0.13, 0.42)
	lower := guestSpline(upper[len(upper)-1], h.at(0.45, 0.5), h.at(0.58, 0.72), h.at(0.42, 0.95), h.at(0.15, 0.97), h.at(0.02, 0.85))
	return shape{join(upper, lower)}
}

// Fours.

// guest4Closed is the closed four: the diagonal and the bar, then the
// stem through the apex.
func guest4Closed(h *guestHand) shape {
	return shape{h.line(0.42, 0.0, 0.02, 0.64, 0.6, 0.64), h.line(0.43, h.u(-0.03, 0.08), 0.44, 1.0)}
}

// guest4Open is the open four: a short stroke down and along, then the
// stem.
func guest4Open(h *guestHand) shape {
	return shape{h.line(0.09, 0.0, 0.04, 0.58, 0.6, 0.58), h.line(0.45, h.u(0.05, 0.22), 0.45, 1.0)}
}

// guest4Seg is a calculator's four.
func guest4Seg(h *guestHand) shape {
	return append(h.seg(0.05, 0.02, 0.05, 0.5, 0.55, 0.5), h.line(0.55, 0.02, 0.55, 0.98))
}

// guest4OneStroke is an open four drawn without lifting: down, along, up
// to the top, and back down the whole stem.
func guest4OneStroke(h *guestHand) shape {
	return shape{h.line(0.1, 0.0, 0.05, 0.6, 0.45, 0.6, 0.46, 0.04, 0.47, 1.0)}
}

// guest4Cup is a four whose arm is a curve running into the bar, the
// stem crossing it.
func guest4Cup(h *guestHand) shape {
	return shape{h.curve(0.1, 0.0, 0.09, 0.33, 0.2, 0.57, 0.6, 0.56), h.line(0.47, h.u(0.0, 0.12), 0.46, 1.0)}
}

// guest4StemFirst is a four begun with its stem, the arm and a long bar
// after, the bar running well past the stem.
func guest4StemFirst(h *guestHand) shape {
	return shape{h.line(0.42, 0.0, 0.42, 1.0), h.line(0.36, 0.05, 0.02, 0.65, h.u(0.62, 0.72), 0.64)}
}

// Fives.

// guest5Bowl is a five's bowl from the foot of its stem at (x, y),
// clockwise round to the bottom left.
func (h *guestHand) guest5Bowl(x, y, rx, ry, end float64) path {
	c := vec{x + rx*0.75, y + ry*0.68}
	return h.arc(c.X, c.Y, rx, ry, -138, end)
}

// guest5Classic is the five most people write: the stem and the bowl,
// then the flag.
func guest5Classic(h *guestHand) shape {
	stem := h.line(0.12, 0.02, 0.1, 0.44)
	e := stem[len(stem)-1]
	bowl := h.guest5Bowl(e.X, e.Y, h.u(0.23, 0.27), h.u(0.25, 0.28), h.u(135, 160))
	return shape{join(stem, poly(e, bowl[0]), bowl), h.line(0.12, 0.02, 0.56, 0.02)}
}

// guest5OneStroke is a five drawn without lifting: the flag from the
// right, the stem, the bowl.
func guest5OneStroke(h *guestHand) shape {
	stem := h.line(0.56, 0.02, 0.12, 0.03, 0.1, 0.44)
	e := stem[len(stem)-1]
	bowl := h.guest5Bowl(e.X, e.Y, h.u(0.23, 0.27), h.u(0.25, 0.28), h.u(135, 160))
	return shape{join(stem, poly(e, bowl[0]), bowl)}
}

// guest5Seg is a calculator's five.
func guest5Seg(h *guestHand) shape {
	return h.seg(0.55, 0.02, 0.05, 0.02, 0.05, 0.5, 0.55, 0.5, 0.55, 0.98, 0.05, 0.98)
}

// guest5Round is a five with a short stem, a big round bowl and a flag
// rising to the right.
func guest5Round(h *guestHand) shape {
	stem := h.line(0.14, 0.06, 0.12, 0.34)
	e := stem[len(stem)-1]
	bowl := h.guest5Bowl(e.X, e.Y, h.u(0.27, 0.3), h.u(0.3, 0.34), h.u(135, 150))
	return shape{join(stem, poly(e, bowl[0]), bowl), h.line(0.14, 0.06, 0.58, h.u(-0.04, 0.02))}
}

// guest5Redone is a classic five whose bowl, come out flat, is drawn
// again bigger over it.
func guest5Redone(h *guestHand) shape {
	stem := h.line(0.12, 0.02, 0.1, 0.44)
	e := stem[len(stem)-1]
	bowl := h.guest5Bowl(e.X, e.Y, h.u(0.2, 0.24), h.u(0.2, 0.24), h.u(120, 150))
	again := h.guest5Bowl(e.X+h.u(-0.02, 0.02), e.Y+h.u(-0.02, 0.02), h.u(0.25, 0.29), h.u(0.26, 0.3), h.u(140, 165))
	return shape{join(stem, poly(e, bowl[0]), bowl), h.line(0.12, 0.02, 0.56, 0.02), again}
}

// guest5SmallBowl is a five with a long stem and a small bowl at the
// bottom.
func guest5SmallBowl(h *guestHand) shape {
	stem := h.line(0.1, 0.03, 0.08, 0.58)
	e := stem[len(stem)-1]
	bowl := h.guest5Bowl(e.X, e.Y, h.u(0.2, 0.24), h.u(0.18, 0.21), h.u(135, 160))
	return shape{join(stem, poly(e, bowl[0]), bowl), h.line(0.1, 0.03, 0.52, 0.04)}
}

// Sixes.

// guest6 is a six: a stem from (x, y) at the top right through the
// via-points of via down to the left of a loop around (cx, cy), and the
// loop anticlockwise.
func (h *guestHand) guest6(x, y, cx, cy, rx, ry float64, via ...float64) path {
	loop := h.loop(cx, cy, rx, ry, 180, -360)
	pts := append([]vec{h.at(x, y)}, h.pts(via...)...)
	return join(guestSpline(append(pts, loop[0])...), loop)
}

// guest6BigLoop is a six whose loop fills the lower two thirds.
func guest6BigLoop(h *guestHand) shape {
	return shape{h.guest6(0.5, 0.04, 0.31, 0.67, h.u(0.25, 0.28), h.u(0.27, 0.31), 0.22, 0.13, 0.07, 0.38)}
}

// guest6SmallLoop is a six with a long curved stem and a small loop.
func guest6SmallLoop(h *guestHand) shape {
	return shape{h.guest6(0.47, 0.0, 0.3, 0.8, h.u(0.17, 0.21), h.u(0.16, 0.19), 0.22, 0.22, 0.12, 0.52)}
}

// guest6Seg is a calculator's six, with or without its top bar.
func guest6Seg(h *guestHand) shape {
	if h.coin(0.2) {
		return h.seg(0.05, 0.02, 0.05, 0.98, 0.55, 0.98, 0.55, 0.5, 0.05, 0.5)
	}
	return h.seg(0.55, 0.02, 0.05, 0.02, 0.05, 0.98, 0.55, 0.98, 0.55, 0.5, 0.05, 0.5)
}

// guest6Straight is a six with a straight stem slanting down to its
// loop.
func guest6Straight(h *guestHand) shape {
	loop := h.loop(0.3, 0.72, h.u(0.22, 0.26), h.u(0.24, 0.27), 180, -360)
	return shape{join(poly(h.at(0.5, 0.0), loop[0]), loop)}
}

// guest6TwoStrokes is a child's six: the stem, then a circle at its foot
// as a stroke of its own.
func guest6TwoStrokes(h *guestHand) shape {
	stem := h.curve(0.5, 0.03, 0.2, 0.2, 0.07, 0.5, 0.08, 0.75)
	turn := 360.0
	if h.coin(0.5) {
		turn = -360
	}
	return shape{stem, h.loop(0.31, 0.73, h.u(0.22, 0.26), h.u(0.22, 0.25), -90, turn)}
}

// guest6Curled is a six begun with a hook at the top right, its loop
// running on inside itself.
func guest6Curled(h *guestHand) shape {
	h.drift = h.u(-0.25, -0.12)
	h.miss = h.u(25, 70)
	return shape{h.guest6(0.57, 0.2, 0.31, 0.7, h.u(0.24, 0.27), h.u(0.25, 0.28), 0.52, 0.04, 0.38, 0.0, 0.18, 0.12, 0.06, 0.42)}
}

// Sevens.

// guest7Plain is the seven in one stroke: the bar, then the stem down to
// the left.
func guest7Plain(h *guestHand) shape {
	h.minLean = -10
	return shape{h.line(0.03, 0.04, 0.58, 0.03, 0.22, 1.0)}
}

// guest7Bar is the continental seven: a crossbar through the stem.
func guest7Bar(h *guestHand) shape {
	s := guest7Plain(h)
	return append(s, h.line(0.17, 0.53, 0.57, 0.51))
}

// guest7Seg is a calculator's seven, some with the little tick down at
// the top left.
func guest7Seg(h *guestHand) shape {
	h.minLean = -10
	if h.coin(0.25) {
		return h.seg(0.0, 0.2, 0.0, 0.02, 0.58, 0.02, 0.58, 0.98)
	}
	return h.seg(0.0, 0.02, 0.58, 0.02, 0.58, 0.98)
}

// guest7Serif is a seven begun with a tick down at the left end of the
// bar.
func guest7Serif(h *guestHand) shape {
	h.minLean = -10
	return shape{h.line(0.04, 0.17, 0.04, 0.03, 0.58, 0.03, 0.25, 1.0)}
}

// guest7Curved is a seven with a wavy bar and a stem that bows as it
// comes down.
func guest7Curved(h *guestHand) shape {
	h.minLean = -10
	bar := h.curve(0.0, 0.07, 0.2, 0.01, 0.4, 0.06, 0.6, 0.02)
	stem := guestSpline(bar[len(bar)-1], h.at(0.43, 0.35), h.at(0.33, 0.7), h.at(0.3, 1.0))
	return shape{join(bar, stem)}
}

// guest7TwoStrokes is a seven whose bar and stem are strokes of their
// own, in either order, crossing at the corner; some with a crossbar.
func guest7TwoStrokes(h *guestHand) shape {
	h.minLean = -10
	bar, stem := h.line(0.02, 0.05, 0.56, 0.04), h.line(0.6, 0.0, 0.25, 1.0)
	s := shape{bar, stem}
	if h.coin(0.4) {
		s = shape{stem, bar}
	}
	if h.coin(0.3) {
		s = append(s, h.line(0.2, 0.52, 0.58, 0.5))
	}
	return s
}

// Eights.

// guest8FigureXY are the via-points of an eight in one stroke: from the
// top right over the top, down through the waist, round the bottom and
// back up through the waist to the start.
var guest8FigureXY = []float64{0.5, 0.13, 0.3, 0.01, 0.08, 0.16, 0.2, 0.38, 0.42, 0.55, 0.55, 0.78, 0.32, 0.99, 0.06, 0.8, 0.18, 0.58, 0.42, 0.4, 0.52, 0.18, 0.44, 0.06}

// guest8Figure is the figure-eight in one stroke.
func guest8Figure(h *guestHand) shape { return shape{h.curve(guest8FigureXY...)} }

// guest8Snowman is an eight as two circles, a small one on a big one,
// touching or overlapping a little.
func guest8Snowman(h *guestHand) shape {
	dir := func() float64 {
		if h.coin(0.6) {
			return -360
		}
		return 360
	}
	top, bottom := h.loop(0.3, 0.24, h.u(0.17, 0.21), h.u(0.2, 0.23), -90, dir()), h.loop(0.3, 0.72, h.u(0.24, 0.28), h.u(0.25, 0.27), -90, dir())
	_, topLow := bounds(shape{top})
	bottomHigh, _ := bounds(shape{bottom})
	return shape{top, shifted(shape{bottom}, 0, topLow.Y-bottomHigh.Y-h.u(0, 0.03), 1)[0]}
}

// guest8Seg is a calculator's eight: the box and the middle bar.
func guest8Seg(h *guestHand) shape {
	return append(h.seg(0.05, 0.02, 0.55, 0.02, 0.55, 0.98, 0.05, 0.98, 0.05, 0.02), h.line(0.05, 0.5, 0.55, 0.5))
}

// guest8SAndBack is an eight as a child is taught it: an S, then a
// stroke from its foot back up to its head.
func guest8SAndBack(h *guestHand) shape {
	s := h.curve(0.52, 0.14, 0.3, 0.01, 0.07, 0.16, 0.2, 0.4, 0.45, 0.6, 0.53, 0.82, 0.3, 0.99, 0.07, 0.84)
	back := h.curve(0.07, 0.83, 0.12, 0.62, 0.4, 0.4, 0.54, 0.2, 0.5, 0.12)
	return shape{s, back}
}

// guest8Lefty is a left-hander's eight: the figure mirrored, begun at
// the top left and going clockwise, its top loop the smaller.
func guest8Lefty(h *guestHand) shape {
	h.lefty = true
	xy := make([]float64, len(guest8FigureXY))
	for i := 0; i < len(xy); i += 2 {
		xy[i] = 0.6 - guest8FigureXY[i]
		y := guest8FigureXY[i+1]
		if y < 0.5 {
			y = 0.12 + y*0.8
		}
		xy[i+1] = y
	}
	return shape{h.curve(xy...)}
}

// guest8Loops is an eight as two round loops in one stroke: round the
// top one from the waist, then on round the bottom one.
func guest8Loops(h *guestHand) shape {
	top := h.loop(0.3, 0.26, h.u(0.18, 0.22), h.u(0.2, 0.24), 90, -360)
	bottom := h.loop(0.3, 0.73, h.u(0.23, 0.27), h.u(0.23, 0.26), -90, 360)
	return shape{join(top, poly(top[len(top)-1], bottom[0]), bottom)}
}

// Nines.

// guest9 is a nine's loop around (cx, cy), begun at its right and drawn
// anticlockwise, and the stem from there through the points of via.
func (h *guestHand) guest9(cx, cy, rx, ry float64, via ...float64) path {
	loop := h.loop(cx, cy, rx, ry, h.u(-15, 10), -360)
	e := loop[len(loop)-1]
	return join(loop, guestSpline(append([]vec{e}, h.pts(via...)...)...))
}

// guest9Stick is a loop and a straight stem.
func guest9Stick(h *guestHand) shape {
	return shape{h.guest9(0.3, 0.27, h.u(0.21, 0.25), h.u(0.22, 0.26), 0.52, 0.6, 0.5, 1.0)}
}

// guest9Curved is a loop and a stem curving left at its foot.
func guest9Curved(h *guestHand) shape {
	return shape{h.guest9(0.3, 0.27, h.u(0.21, 0.25), h.u(0.22, 0.26), 0.52, 0.62, 0.42, 0.92, 0.2, 0.97)}
}

// guest9Seg is a calculator's nine, with or without its bottom bar.
func guest9Seg(h *guestHand) shape {
	if h.coin(0.5) {
		return h.seg(0.55, 0.5, 0.05, 0.5, 0.05, 0.02, 0.55, 0.02, 0.55, 0.98, 0.05, 0.98)
	}
	return h.seg(0.55, 0.5, 0.05, 0.5, 0.05, 0.02, 0.55, 0.02, 0.55, 0.98)
}

// guest9BigLoop is a nine whose loop fills most of it, on a short stem.
func guest9BigLoop(h *guestHand) shape {
	return shape{h.guest9(0.3, 0.33, h.u(0.26, 0.29), h.u(0.29, 0.32), 0.56, 0.7, 0.54, 1.0)}
}

// guest9TwoStrokes is a nine drawn as a circle and then its stem, down
// the circle's right side.
func guest9TwoStrokes(h *guestHand) shape {
	turn := -360.0
	if h.coin(0.35) {
		turn = 360
	}
	loop := h.loop(0.28, 0.26, h.u(0.2, 0.24), h.u(0.21, 0.25), -90, turn)
	_, hi := bounds(shape{loop})
	x := hi.X - h.u(0, 0.03)
	return shape{loop, poly(vec{x, h.u(0.08, 0.22)}, h.at(x, 1.0))}
}

// guest9SmallLoop is a nine with a small loop high up and a long stem
// leaning down to the left.
func guest9SmallLoop(h *guestHand) shape {
	return shape{h.guest9(0.37, 0.18, h.u(0.15, 0.18), h.u(0.15, 0.18), 0.45, 0.6, 0.3, 1.0)}
}
