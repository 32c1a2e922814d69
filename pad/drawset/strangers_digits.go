package drawset

import "math/rand/v2"

// strangerDigits are the ways people write each digit, in glyph space (a
// box about 0.6 wide and 1 tall, y down; arcs run clockwise on screen as
// their angle grows). Each digit has families in both halves; the held
// field, fixed before any drawing was made, says which. Loops close only
// roughly (a gap or an overshoot of some degrees), corners move by a few
// hundredths, and proportions vary within what a reader still takes for
// the digit.
var strangerDigits = []strangerFamily{
	// 0: an oval started at the top and drawn anticlockwise, the common
	// way; a rounder one started at the bottom; one with a dot inside (as
	// some people tell it from O); a slashed zero (programmers, engineers);
	// a narrow one whose end runs on past its start; one drawn as two
	// halves that meet.
	{0, "oval", false, stZeroOval},
	{0, "round-from-bottom", false, stZeroRound},
	{0, "dotted", false, stZeroDotted},
	{0, "slashed", true, stZeroSlashed},
	{0, "narrow-overrun", true, stZeroNarrow},
	{0, "two-halves", true, stZeroHalves},

	// 1: a bare stick; a flag and a base; a stick with its flag added as a
	// second stroke; a flag and stem in one stroke; the continental 1 with
	// its long up-stroke.
	{1, "stick", false, stOneStick},
	{1, "flag-base", false, stOneFlagBase},
	{1, "flag-apart", false, stOneFlagApart},
	{1, "flag", true, stOneFlag},
	{1, "continental", true, stOneContinental},

	// 2: a round top, a diagonal and a flat base; a hurried one whose base
	// flicks up; one begun with a small curl; the cursive 2 with a loop at
	// the bottom; a swan-necked one with a wavy base; one whose base is a
	// second stroke.
	{2, "flat-base", false, stTwoFlat},
	{2, "hurried", false, stTwoHurried},
	{2, "curl-start", false, stTwoCurl},
	{2, "loop-base", true, stTwoLoop},
	{2, "swan", true, stTwoSwan},
	{2, "base-apart", true, stTwoBaseApart},

	// 3: two round bumps; a small top over a big bottom; a small loop at
	// the middle; a flat top with a diagonal (the "Ʒ" 3); a pointed middle;
	// two bumps as two strokes.
	{3, "round", false, stThreeRound},
	{3, "big-bottom", false, stThreeBigBottom},
	{3, "middle-loop", false, stThreeMiddleLoop},
	{3, "flat-top", true, stThreeFlatTop},
	{3, "pointed", true, stThreePointed},
	{3, "two-bumps", true, stThreeTwoBumps},

	// 4: open, an L and a stem; closed in one stroke, up the stem and down
	// the diagonal; open with a long bar; closed in two strokes; open with
	// a curved arm.
	{4, "open", false, stFourOpen},
	{4, "closed-one-stroke", false, stFourClosedOne},
	{4, "open-long-bar", false, stFourLongBar},
	{4, "closed", true, stFourClosed},
	{4, "curved-arm", true, stFourCurvedArm},

	// 5: stem and belly, hat last; a belly that curls in at its end; a wide
	// belly; hat, stem and belly in one stroke; a squared belly; a hat that
	// floats off the stem.
	{5, "hat-last", false, stFiveHatLast},
	{5, "curl-end", false, stFiveCurl},
	{5, "wide-belly", false, stFiveWide},
	{5, "one-stroke", true, stFiveOneStroke},
	{5, "square-belly", true, stFiveSquare},
	{5, "floating-hat", true, stFiveFloatingHat},

	// 6: a curved stem into a big loop; a straight stem; a tall narrow
	// one; a long stem with a small loop; a loop left open; a stem with a
	// hooked top.
	{6, "big-loop", false, stSixBigLoop},
	{6, "straight-stem", false, stSixStraight},
	{6, "narrow", false, stSixNarrow},
	{6, "small-loop", true, stSixSmallLoop},
	{6, "open-loop", true, stSixOpenLoop},
	{6, "hooked-top", true, stSixHookedTop},

	// 7: bar and diagonal in one stroke; with a tick at the bar's start;
	// bar and stem as two strokes; the continental 7 with a crossbar; a
	// curved stem.
	{7, "plain", false, stSevenPlain},
	{7, "tick", false, stSevenTick},
	{7, "two-strokes", false, stSevenTwo},
	{7, "crossbar", true, stSevenCrossbar},
	{7, "curved-stem", true, stSevenCurved},

	// 8: the one-stroke S and back; the same with a bigger bottom; a tall
	// slanted one; two circles stacked; one begun at its waist; an S
	// closed by a second stroke.
	{8, "s-and-back", false, stEightS},
	{8, "big-bottom", false, stEightBigBottom},
	{8, "tall", false, stEightTall},
	{8, "two-circles", true, stEightCircles},
	{8, "from-waist", true, stEightWaist},
	{8, "s-closed-apart", true, stEightSClosed},

	// 9: a head and a straight stem in one stroke; a stem slanting left; a
	// wide head; a stem that hooks left at its foot; head and stem as two
	// strokes; a small head on a long stem.
	{9, "one-stroke", false, stNineOne},
	{9, "slanted-stem", false, stNineSlanted},
	{9, "wide-head", false, stNineWide},
	{9, "hooked-stem", true, stNineHooked},
	{9, "stem-apart", true, stNineApart},
	{9, "small-head", true, stNineSmallHead},
}

// stLoopEnd is how far past a full turn a loop runs, in degrees: short of
// closing by up to 15, or past its start by up to 30.
func stLoopEnd(r *rand.Rand) float64 { return uni(r, -15, 30) }

func stZeroOval(r *rand.Rand) shape {
	c := stJig(r, 0.3, 0.5, 0.02)
	rx, ry := uni(r, 0.2, 0.29), uni(r, 0.45, 0.5)
	a0 := uni(r, -100, -70)
	return shape{arc(c, rx, ry, a0, a0-360-stLoopEnd(r))}
}

func stZeroRound(r *rand.Rand) shape {
	c := vec{0.35, 0.5}
	rx, ry := uni(r, 0.34, 0.42), uni(r, 0.4, 0.48)
	a0 := uni(r, 80, 110)
	return shape{arc(c, rx, ry, a0, a0+360+stLoopEnd(r))}
}

func stZeroDotted(r *rand.Rand) shape {
	s := stZeroOval(r)
	d := stJig(r, 0.3, 0.5, 0.04)
	return append(s, poly(d, d.add(vec{uni(r, 0.01, 0.025), uni(r, 0.005, 0.02)})))
}

func stZeroSlashed(r *rand.Rand) shape {
	s := stZeroOval(r)
	return append(s, poly(stJig(r, 0.55, 0.05, 0.04), stJig(r, 0.05, 0.95, 0.04)))
}

func stZeroNarrow(r *rand.Rand) shape {
	c := vec{0.3, 0.5}
	rx, ry := uni(r, 0.13, 0.19), uni(r, 0.46, 0.5)
	a0 := uni(r, -110, -80)
	return shape{arc(c, rx, ry, a0, a0+360+uni(r, 25, 60))}
}

func stZeroHalves(r *rand.Rand) shape {
	c := vec{0.3, 0.5}
	rx, ry := uni(r, 0.2, 0.28), uni(r, 0.45, 0.5)
	c2 := c.add(vec{uni(r, -0.03, 0.03), uni(r, -0.02, 0.02)})
	return shape{arc(c, rx, ry, 270+uni(r, -5, 5), 90+uni(r, -5, 5)), arc(c2, rx*uni(r, 0.9, 1.1), ry, -90+uni(r, -5, 5), 90+uni(r, -5, 8))}
}

func stOneStick(r *rand.Rand) shape {
	top, bot := stJig(r, 0.32, 0, 0.02), stJig(r, 0.28, 1, 0.02)
	mid := lerp(top, bot, 0.5).add(vec{uni(r, -0.03, 0.03), 0})
	return shape{bez(top, lerp(top, mid, 0.7), lerp(bot, mid, 0.7), bot)}
}

func stOneFlagBase(r *rand.Rand) shape {
	top := stJig(r, 0.32, 0, 0.01)
	bot := vec{0.32 + uni(r, -0.02, 0.02), 0.97}
	w := uni(r, 0.18, 0.26)
	return shape{
		poly(stJig(r, 0.12, 0.22, 0.03), top, bot),
		poly(vec{bot.X - w, 1 + uni(r, -0.02, 0.02)}, vec{bot.X + w, 1 + uni(r, -0.02, 0.02)}),
	}
}

func stOneFlagApart(r *rand.Rand) shape {
	top, bot := stJig(r, 0.34, 0.01, 0.01), stJig(r, 0.32, 1, 0.02)
	return shape{poly(top, bot), poly(stJig(r, 0.22, 0.2, 0.02), top.add(vec{uni(r, -0.02, 0.01), uni(r, 0, 0.03)}))}
}

func stOneFlag(r *rand.Rand) shape {
	top := stJig(r, 0.34, 0, 0.01)
	return shape{stSpline(stJig(r, 0.21, 0.18, 0.02), top, top.add(vec{0, 0.01}), stJig(r, 0.33, 1, 0.02))}
}

func stOneContinental(r *rand.Rand) shape {
	top := stJig(r, 0.4, 0, 0.01)
	return shape{join(poly(stJig(r, 0.12, 0.4, 0.03), top), poly(top, stJig(r, 0.4, 1, 0.02)))}
}

// stTwoTop is a 2's upper curve from its start on the left over the top to
// the right shoulder, where the diagonal leaves.
func stTwoTop(r *rand.Rand, a0 float64) path {
	c := stJig(r, 0.3, 0.27, 0.02)
	return arc(c, uni(r, 0.22, 0.27), uni(r, 0.2, 0.25), a0, uni(r, 375, 400))
}

func stTwoFlat(r *rand.Rand) shape {
	top := stTwoTop(r, uni(r, 185, 215))
	sh := top[len(top)-1]
	foot := stJig(r, 0.03, 0.97, 0.02)
	return shape{join(top, bez(sh, sh.add(vec{-0.03, 0.12}), vec{0.2, 0.78}, foot), poly(foot, stJig(r, 0.6, 0.97, 0.02)))}
}

func stTwoHurried(r *rand.Rand) shape {
	top := stTwoTop(r, uni(r, 210, 240))
	sh := top[len(top)-1]
	foot := stJig(r, 0.05, 0.95, 0.03)
	end := stJig(r, 0.5, 0.95, 0.03)
	return shape{join(top, bez(sh, sh.add(vec{-0.1, 0.25}), foot.add(vec{0.1, -0.2}), foot), bez(foot, foot.add(vec{0.15, 0.03}), end.add(vec{-0.1, 0.02}), end), poly(end, end.add(vec{0.1, uni(r, -0.12, -0.04)})))}
}

func stTwoCurl(r *rand.Rand) shape {
	top := stTwoTop(r, 200)
	st := top[0]
	curl := arc(st.add(vec{0.05, 0.02}), 0.05, 0.05, 20, 200) // a small ball turned in below the start
	sh := top[len(top)-1]
	foot := stJig(r, 0.04, 0.97, 0.02)
	return shape{join(curl, poly(curl[len(curl)-1], st), top, bez(sh, sh.add(vec{-0.04, 0.15}), vec{0.15, 0.8}, foot), poly(foot, stJig(r, 0.6, 0.98, 0.02)))}
}

func stTwoLoop(r *rand.Rand) shape {
	top := stTwoTop(r, uni(r, 190, 215))
	sh := top[len(top)-1]
	lr := uni(r, 0.06, 0.09)
	lc := vec{0.1 + lr*0.5, 0.94 - lr}
	in := at(lc, lr, lr, 60)
	loop := arc(lc, lr, lr, 60, 60+uni(r, 330, 350))
	out := loop[len(loop)-1]
	end := stJig(r, 0.6, 0.95, 0.02)
	return shape{join(top, bez(sh, sh.add(vec{-0.04, 0.15}), in.add(vec{0.12, -0.12}), in), loop, bez(out, out.add(vec{0.1, 0.03}), end.add(vec{-0.15, 0.03}), end))}
}

func stTwoSwan(r *rand.Rand) shape {
	c := stJig(r, 0.3, 0.25, 0.02)
	top := arc(c, uni(r, 0.23, 0.27), uni(r, 0.2, 0.24), uni(r, 175, 195), 360)
	sh := top[len(top)-1]
	foot := stJig(r, 0.05, 0.96, 0.02)
	end := stJig(r, 0.6, 0.93, 0.03)
	return shape{join(top, bez(sh, sh.add(vec{0, 0.25}), vec{0.15, 0.7}, foot), bez(foot, vec{0.25, 0.86}, vec{0.4, 1.04}, end))}
}

func stTwoBaseApart(r *rand.Rand) shape {
	top := stTwoTop(r, uni(r, 190, 220))
	sh := top[len(top)-1]
	foot := stJig(r, 0.06, 0.97, 0.02)
	return shape{join(top, bez(sh, sh.add(vec{-0.04, 0.14}), vec{0.2, 0.78}, foot)),
		poly(foot.add(vec{-uni(r, 0, 0.05), uni(r, -0.02, 0.02)}), stJig(r, 0.6, 0.97, 0.02))}
}

// stThreeBumps is a 3 in one stroke: the upper bump around cu, a join at
// the waist, and the lower bump around cl.
func stThreeBumps(r *rand.Rand, ru, rl float64) path {
	cu := vec{0.3, ru + 0.02}
	cl := vec{0.3, 1 - rl}
	up := arc(cu, ru*uni(r, 1, 1.2), ru, uni(r, 190, 215), uni(r, 430, 450))
	lo := arc(cl, rl*uni(r, 1, 1.15), rl, uni(r, 245, 265), uni(r, 495, 520))
	waist := vec{uni(r, 0.18, 0.26), (cu.Y + ru + cl.Y - rl) / 2}
	return join(up, stSpline(up[len(up)-1], waist, lo[0]), lo)
}

func stThreeRound(r *rand.Rand) shape {
	return shape{stThreeBumps(r, uni(r, 0.22, 0.25), uni(r, 0.24, 0.27))}
}

func stThreeBigBottom(r *rand.Rand) shape {
	return shape{stThreeBumps(r, uni(r, 0.15, 0.19), uni(r, 0.3, 0.33))}
}

func stThreeMiddleLoop(r *rand.Rand) shape {
	ru, rl := uni(r, 0.2, 0.24), uni(r, 0.24, 0.27)
	up := arc(vec{0.3, ru + 0.02}, ru*1.1, ru, uni(r, 195, 215), 440)
	lo := arc(vec{0.3, 1 - rl}, rl*1.1, rl, 265, uni(r, 495, 515))
	e := up[len(up)-1]
	w := vec{0.22, 0.5}
	// the stroke runs in to the waist, turns round a little loop and out
	loop := stSpline(e, w, w.add(vec{-0.05, -0.04}), w.add(vec{-0.07, 0.01}), w.add(vec{-0.02, 0.03}), lo[0])
	return shape{join(up, loop, lo)}
}

func stThreeFlatTop(r *rand.Rand) shape {
	a, b := stJig(r, 0.05, 0.03, 0.02), stJig(r, 0.55, 0.02, 0.02)
	m := stJig(r, 0.25, 0.42, 0.03)
	rl := uni(r, 0.27, 0.3)
	lo := arc(vec{0.3, 1 - rl}, rl*1.1, rl, uni(r, 245, 260), uni(r, 495, 515))
	return shape{join(poly(a, b, m), stSpline(m, m.add(vec{0.1, -0.005}), lo[0]), lo)}
}

func stThreePointed(r *rand.Rand) shape {
	ru, rl := uni(r, 0.21, 0.24), uni(r, 0.24, 0.27)
	up := arc(vec{0.28, ru + 0.02}, ru*1.15, ru, uni(r, 195, 215), 420)
	lo := arc(vec{0.28, 1 - rl}, rl*1.15, rl, 300, uni(r, 500, 520))
	w := stJig(r, 0.24, 0.5, 0.02)
	return shape{join(up, poly(up[len(up)-1], w, lo[0]), lo)}
}

func stThreeTwoBumps(r *rand.Rand) shape {
	ru, rl := uni(r, 0.21, 0.24), uni(r, 0.25, 0.28)
	up := arc(vec{0.3, ru + 0.02}, ru*1.1, ru, uni(r, 195, 215), uni(r, 440, 460))
	lo := arc(vec{0.3, 1 - rl}, rl*1.15, rl, uni(r, 240, 265), uni(r, 495, 520))
	return shape{up, lo}
}

func stFourOpen(r *rand.Rand) shape {
	y := uni(r, 0.58, 0.66)
	sx := uni(r, 0.4, 0.46)
	return shape{
		poly(stJig(r, 0.12, 0, 0.03), stJig(r, 0.04, y, 0.02), vec{0.6 + uni(r, -0.03, 0.03), y + uni(r, -0.03, 0.02)}),
		poly(vec{sx, uni(r, 0, 0.2)}, vec{sx + uni(r, -0.04, 0.02), 1}),
	}
}

func stFourClosedOne(r *rand.Rand) shape {
	y := uni(r, 0.62, 0.7)
	top := stJig(r, 0.44, 0, 0.02)
	return shape{poly(vec{0.44 + uni(r, -0.02, 0.02), 1}, top, stJig(r, 0.02, y, 0.02), vec{0.62 + uni(r, -0.03, 0.03), y + uni(r, -0.02, 0.02)})}
}

func stFourLongBar(r *rand.Rand) shape {
	y := uni(r, 0.55, 0.65)
	sx := uni(r, 0.32, 0.38)
	return shape{
		poly(stJig(r, 0.1, 0.02, 0.03), stJig(r, 0.03, y, 0.02), vec{0.62 + uni(r, 0, 0.06), y + uni(r, -0.04, 0.02)}),
		poly(vec{sx + uni(r, 0, 0.05), uni(r, 0.1, 0.3)}, vec{sx - uni(r, 0, 0.05), 1}),
	}
}

func stFourClosed(r *rand.Rand) shape {
	y := uni(r, 0.62, 0.7)
	top := stJig(r, 0.44, 0, 0.02)
	return shape{
		poly(top, stJig(r, 0.02, y, 0.02), vec{0.62 + uni(r, -0.03, 0.03), y + uni(r, -0.02, 0.02)}),
		poly(top.add(vec{uni(r, -0.02, 0.02), uni(r, -0.02, 0.04)}), vec{0.44 + uni(r, -0.03, 0.03), 1}),
	}
}

func stFourCurvedArm(r *rand.Rand) shape {
	y := uni(r, 0.55, 0.62)
	sx := uni(r, 0.43, 0.48)
	return shape{
		stSpline(stJig(r, 0.05, 0, 0.02), vec{0.06, y - 0.15}, vec{0.2, y}, vec{sx, y + 0.01}, vec{0.62, y - 0.02}),
		poly(vec{sx + uni(r, -0.02, 0.02), uni(r, 0, 0.1)}, vec{sx + uni(r, -0.03, 0.01), 1}),
	}
}

// stFiveBelly is a 5's belly from the foot of the stem at s round to its
// end at the lower left, r wide.
func stFiveBelly(r *rand.Rand, s vec, rx, end float64) path {
	ry := (1 - s.Y) / 2 * uni(r, 0.95, 1.05)
	c := vec{s.X + rx*0.45, 1 - ry}
	return join(stSpline(s, at(c, rx, ry, 240)), arc(c, rx, ry, 240, end))
}

func stFiveHatLast(r *rand.Rand) shape {
	top := stJig(r, 0.12, 0.04, 0.02)
	s := stJig(r, 0.09, 0.45, 0.03)
	return shape{join(poly(top, s), stFiveBelly(r, s, uni(r, 0.24, 0.3), uni(r, 490, 510))),
		poly(top.add(vec{uni(r, -0.03, 0.02), uni(r, -0.02, 0.01)}), stJig(r, 0.56, 0.02, 0.03))}
}

func stFiveCurl(r *rand.Rand) shape {
	top := stJig(r, 0.12, 0.04, 0.02)
	s := stJig(r, 0.1, 0.44, 0.03)
	b := stFiveBelly(r, s, uni(r, 0.24, 0.28), 480)
	e := b[len(b)-1]
	curl := stSpline(e, e.add(vec{-0.05, -0.05}), e.add(vec{0.0, -0.1}), e.add(vec{0.05, -0.06}))
	return shape{join(poly(top, s), b, curl), poly(top, stJig(r, 0.55, 0.03, 0.03))}
}

func stFiveWide(r *rand.Rand) shape {
	top := stJig(r, 0.1, 0.05, 0.02)
	s := stJig(r, 0.06, 0.4, 0.03)
	return shape{join(poly(top, s), stFiveBelly(r, s, uni(r, 0.3, 0.35), uni(r, 495, 515))),
		poly(top, stJig(r, 0.62, 0.03, 0.03))}
}

func stFiveOneStroke(r *rand.Rand) shape {
	hat := stJig(r, 0.56, 0.02, 0.03)
	top := stJig(r, 0.12, 0.04, 0.02)
	s := stJig(r, 0.09, 0.45, 0.03)
	return shape{join(poly(hat, top, s), stFiveBelly(r, s, uni(r, 0.24, 0.3), uni(r, 490, 510)))}
}

func stFiveSquare(r *rand.Rand) shape {
	top := stJig(r, 0.1, 0.03, 0.02)
	s := stJig(r, 0.08, 0.45, 0.02)
	a := stJig(r, 0.45, 0.44, 0.03)
	b := stJig(r, 0.55, 0.9, 0.03)
	c := stJig(r, 0.08, 0.96, 0.03)
	return shape{join(poly(top, s), stSpline(s, a, a.add(vec{0.08, 0.05}), b, b.add(vec{-0.07, 0.06}), c)),
		poly(top, stJig(r, 0.55, 0.03, 0.03))}
}

func stFiveFloatingHat(r *rand.Rand) shape {
	top := stJig(r, 0.1, 0.1, 0.02)
	s := stJig(r, 0.08, 0.47, 0.03)
	lift := vec{uni(r, 0.05, 0.1), -uni(r, 0.04, 0.08)}
	return shape{join(poly(top, s), stFiveBelly(r, s, uni(r, 0.24, 0.3), uni(r, 490, 510))),
		poly(top.add(lift), stJig(r, 0.62, 0.0, 0.03).add(vec{0, -uni(r, 0, 0.06)}))}
}

// stSixLoop is a 6's loop, entered on the left going down and drawn
// anticlockwise round to the stem again.
func stSixLoop(c vec, rx, ry, gap float64) path { return arc(c, rx, ry, 180, 180-360+gap) }

func stSixBigLoop(r *rand.Rand) shape {
	rl := uni(r, 0.25, 0.29)
	c := vec{0.3, 1 - rl}
	top := stJig(r, 0.5, 0.02, 0.03)
	return shape{join(bez(top, top.add(vec{-0.25, 0}), vec{c.X - rl, 0.3}, vec{c.X - rl, c.Y}), stSixLoop(c, rl*uni(r, 0.95, 1.1), rl, uni(r, -15, 20)))}
}

func stSixStraight(r *rand.Rand) shape {
	rl := uni(r, 0.22, 0.26)
	c := vec{0.32, 1 - rl}
	top := stJig(r, 0.48, 0, 0.03)
	st := vec{c.X - rl, c.Y}
	return shape{join(poly(top, st), stSixLoop(c, rl, rl, uni(r, -10, 15)))}
}

func stSixNarrow(r *rand.Rand) shape {
	rl := uni(r, 0.2, 0.23)
	c := vec{0.3, 1 - rl}
	rx := rl * uni(r, 0.7, 0.85)
	top := stJig(r, 0.42, 0.01, 0.02)
	return shape{join(bez(top, top.add(vec{-0.15, 0.05}), vec{c.X - rx, 0.35}, vec{c.X - rx, c.Y}), stSixLoop(c, rx, rl, uni(r, -10, 20)))}
}

func stSixSmallLoop(r *rand.Rand) shape {
	rl := uni(r, 0.16, 0.2)
	c := vec{0.3, 1 - rl}
	top := stJig(r, 0.5, 0, 0.03)
	return shape{join(bez(top, top.add(vec{-0.2, 0.05}), vec{c.X - rl, 0.35}, vec{c.X - rl, c.Y}), stSixLoop(c, rl*uni(r, 1, 1.2), rl, uni(r, -10, 20)))}
}

func stSixOpenLoop(r *rand.Rand) shape {
	rl := uni(r, 0.24, 0.28)
	c := vec{0.3, 1 - rl}
	top := stJig(r, 0.5, 0.02, 0.03)
	return shape{join(bez(top, top.add(vec{-0.25, 0}), vec{c.X - rl, 0.3}, vec{c.X - rl, c.Y}), stSixLoop(c, rl, rl, uni(r, 55, 80)))}
}

func stSixHookedTop(r *rand.Rand) shape {
	rl := uni(r, 0.24, 0.27)
	c := vec{0.3, 1 - rl}
	hook := stJig(r, 0.55, 0.14, 0.02)
	return shape{join(stSpline(hook, vec{0.5, 0.02}, vec{0.32, 0.05}, vec{c.X - rl, 0.45}, vec{c.X - rl, c.Y}), stSixLoop(c, rl, rl, uni(r, -10, 15)))}
}

func stSevenPlain(r *rand.Rand) shape {
	a, b := stJig(r, 0.02, 0.03, 0.03), stJig(r, 0.6, 0.02, 0.02)
	return shape{poly(a, b, stJig(r, 0.22, 1, 0.05))}
}

func stSevenTick(r *rand.Rand) shape {
	a, b := stJig(r, 0.02, 0.03, 0.02), stJig(r, 0.6, 0.02, 0.02)
	return shape{poly(a.add(vec{uni(r, -0.01, 0.01), uni(r, 0.1, 0.18)}), a, b, stJig(r, 0.25, 1, 0.05))}
}

func stSevenTwo(r *rand.Rand) shape {
	a, b := stJig(r, 0.02, 0.03, 0.03), stJig(r, 0.6, 0.02, 0.02)
	return shape{poly(a, b.add(vec{uni(r, 0, 0.04), 0})), poly(b.add(vec{uni(r, -0.04, 0), uni(r, -0.02, 0.02)}), stJig(r, 0.2, 1, 0.05))}
}

func stSevenCrossbar(r *rand.Rand) shape {
	a, b := stJig(r, 0.02, 0.03, 0.03), stJig(r, 0.6, 0.02, 0.02)
	foot := stJig(r, 0.24, 1, 0.04)
	m := lerp(b, foot, uni(r, 0.45, 0.55))
	w := uni(r, 0.14, 0.2)
	return shape{poly(a, b, foot), poly(m.add(vec{-w, uni(r, -0.02, 0.02)}), m.add(vec{w, uni(r, -0.02, 0.02)}))}
}

func stSevenCurved(r *rand.Rand) shape {
	a, b := stJig(r, 0.02, 0.04, 0.03), stJig(r, 0.6, 0.02, 0.02)
	foot := stJig(r, 0.18, 1, 0.04)
	return shape{join(poly(a, b), bez(b, b.add(vec{-0.12, 0.2}), foot.add(vec{0.05, -0.35}), foot))}
}

// stEightOne is an 8 in one stroke, begun at the upper right: over the top
// and down to the waist, round the bottom clockwise, up through the waist
// and back to the start. ru and rl are the loops' half-widths, waist the
// height where they cross.
func stEightOne(r *rand.Rand, ru, rl, waist float64) path {
	w := vec{0.3 + uni(r, -0.02, 0.02), waist}
	st := vec{0.3 + ru*0.8, waist * 0.3}
	return stSpline(st, vec{0.3, 0}, vec{0.3 - ru, waist * 0.45}, w, vec{0.3 + rl, (waist + 1) / 2}, vec{0.3, 1}, vec{0.3 - rl, (waist + 1) / 2}, w,
		vec{0.3 + ru*0.95, waist * 0.5}, st.add(vec{uni(r, -0.03, 0.03), uni(r, -0.04, 0.04)}))
}

func stEightS(r *rand.Rand) shape {
	return shape{stEightOne(r, uni(r, 0.2, 0.25), uni(r, 0.24, 0.29), uni(r, 0.45, 0.52))}
}

func stEightBigBottom(r *rand.Rand) shape {
	return shape{stEightOne(r, uni(r, 0.14, 0.18), uni(r, 0.27, 0.31), uni(r, 0.36, 0.42))}
}

func stEightTall(r *rand.Rand) shape {
	return shape{stEightOne(r, uni(r, 0.12, 0.16), uni(r, 0.14, 0.18), uni(r, 0.45, 0.5))}
}

func stEightCircles(r *rand.Rand) shape {
	ru, rl := uni(r, 0.19, 0.23), uni(r, 0.24, 0.28)
	ru = min(ru, (1-2*rl)/2+0.02)
	cu, cl := vec{0.3 + uni(r, -0.03, 0.03), ru}, vec{0.3, 1 - rl}
	a, b := uni(r, -100, -60), uni(r, -100, -60)
	return shape{arc(cu, ru, ru, a, a-360-uni(r, -5, 20)), arc(cl, rl, rl, b, b-360-uni(r, -5, 20))}
}

func stEightWaist(r *rand.Rand) shape {
	ru, rl := uni(r, 0.19, 0.23), uni(r, 0.23, 0.27)
	wy := uni(r, 0.44, 0.5)
	w := vec{0.3, wy}
	return shape{stSpline(w, vec{0.3 - ru, wy * 0.55}, vec{0.3, 0}, vec{0.3 + ru, wy * 0.45}, w, vec{0.3 - rl, (wy + 1) / 2}, vec{0.3, 1}, vec{0.3 + rl, (wy + 1) / 2}, w.add(vec{uni(r, -0.03, 0.03), uni(r, -0.03, 0.03)}))}
}

func stEightSClosed(r *rand.Rand) shape {
	ru, rl := uni(r, 0.2, 0.24), uni(r, 0.24, 0.28)
	wy := uni(r, 0.45, 0.5)
	w := vec{0.3, wy}
	st := vec{0.3 + ru*0.85, 0.15}
	end := vec{0.3 - rl*0.9, 0.82}
	return shape{stSpline(st, vec{0.3, 0}, vec{0.3 - ru, wy * 0.45}, w, vec{0.3 + rl, (wy + 1) / 2}, vec{0.3, 1}, end),
		poly(end.add(vec{uni(r, -0.02, 0.02), uni(r, -0.03, 0.03)}), st.add(vec{uni(r, -0.03, 0.03), uni(r, -0.03, 0.03)}))}
}

// stNineHead is a 9's head, begun at its right side and drawn anticlockwise
// round to the right side again, where the stem leaves.
func stNineHead(r *rand.Rand, c vec, rx, ry float64) path {
	a0 := uni(r, -30, 10)
	return arc(c, rx, ry, a0, a0-360-uni(r, -5, 25))
}

func stNineOne(r *rand.Rand) shape {
	rh := uni(r, 0.22, 0.26)
	c := vec{0.3, rh + 0.01}
	h := stNineHead(r, c, rh*uni(r, 1, 1.15), rh)
	e := h[len(h)-1]
	return shape{join(h, poly(e, vec{e.X + uni(r, -0.04, 0.02), 1}))}
}

func stNineSlanted(r *rand.Rand) shape {
	rh := uni(r, 0.22, 0.26)
	c := vec{0.32, rh + 0.01}
	h := stNineHead(r, c, rh*uni(r, 1, 1.15), rh)
	e := h[len(h)-1]
	return shape{join(h, poly(e, vec{e.X - uni(r, 0.15, 0.28), 1}))}
}

func stNineWide(r *rand.Rand) shape {
	rh := uni(r, 0.2, 0.24)
	c := vec{0.3, rh + 0.01}
	h := stNineHead(r, c, rh*uni(r, 1.35, 1.6), rh)
	e := h[len(h)-1]
	return shape{join(h, bez(e, e.add(vec{0, 0.2}), vec{e.X - 0.05, 0.8}, vec{e.X - uni(r, 0.05, 0.15), 1}))}
}

func stNineHooked(r *rand.Rand) shape {
	rh := uni(r, 0.22, 0.26)
	c := vec{0.3, rh + 0.01}
	h := stNineHead(r, c, rh*uni(r, 1, 1.15), rh)
	e := h[len(h)-1]
	return shape{join(h, stSpline(e, vec{e.X + 0.01, 0.7}, vec{e.X - 0.07, 0.97}, vec{e.X - uni(r, 0.28, 0.36), uni(r, 0.88, 0.95)}))}
}

func stNineApart(r *rand.Rand) shape {
	rh := uni(r, 0.22, 0.26)
	c := vec{0.3, rh + 0.01}
	rx := rh * uni(r, 1, 1.15)
	a0 := uni(r, -60, -20)
	s := c.X + rx + uni(r, -0.02, 0.02)
	return shape{arc(c, rx, rh, a0, a0-360-uni(r, -5, 20)), poly(vec{s, uni(r, 0, 0.12)}, vec{s + uni(r, -0.06, 0.02), 1})}
}

func stNineSmallHead(r *rand.Rand) shape {
	rh := uni(r, 0.12, 0.15)
	c := vec{0.3, rh + 0.01}
	h := stNineHead(r, c, rh*uni(r, 1, 1.2), rh)
	e := h[len(h)-1]
	return shape{join(h, bez(e, e.add(vec{0, 0.3}), vec{e.X - 0.02, 0.75}, vec{e.X - uni(r, 0, 0.12), 1}))}
}
