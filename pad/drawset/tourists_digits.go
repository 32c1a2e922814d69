package drawset

// touristDigits are the tourists' digit families: the ways school taught
// them to write each digit, in glyph space (about 0.6 wide and 1 tall,
// y down), strokes in the order and direction they write them. The
// halves were fixed by this list before any drawing was made: every
// digit has three families in each.
var touristDigits = []splitFamily[*touristHand]{
	// 0
	{0, "ccw-oval", false, zeroCCW},           // American print: from the top, anticlockwise
	{0, "two-arcs", false, zeroTwoArcs},       // left side, then right side, from the top
	{0, "squarish", false, zeroSquarish},      // Swiss and German school: a rounded box
	{0, "cw-narrow", true, zeroCWNarrow},      // Chinese, Japanese: narrow, clockwise from the upper right
	{0, "slashed", true, zeroSlashed},         // Nordic and programmers: a slash through it
	{0, "bubble", true, zeroBubble},           // bubble letter: outer and inner ring
	{1, "stick", false, oneStick},             // American print
	{1, "continental", false, oneContinental}, // German, French, Swiss: a long upstroke
	{1, "flag-base", false, oneFlagBase},      // British and typed: flag, stem, then a base
	{1, "flag", true, oneFlag},                // Russian, Brazilian, Indian: a short flag
	{1, "retraced", true, oneRetraced},        // up from the bottom, a flag, and down again
	{1, "bubble", true, oneBubble},            // bubble letter with flag and base
	{2, "print", false, twoPrint},             // American print
	{2, "looped", false, twoLooped},           // cursive: a loop at the bottom left
	{2, "painted", false, painted(twoPrint)},  // a print 2 painted in, back and forth
	{2, "swan", true, twoSwan},                // Chinese, Japanese: a deep curved neck, wavy base
	{2, "angular", true, twoAngular},          // Swiss: a half round top, straight diagonal
	{2, "curl-start", true, twoCurlStart},     // French, Brazilian: starts with a little curl
	{3, "round", false, threeRound},           // American print: two bowls in one stroke
	{3, "flat-top", false, threeFlatTop},      // German, Russian: a flat top and a diagonal
	{3, "two-strokes", false, threeTwoStrokes},
	{3, "big-belly", true, threeBigBelly},           // cursive: a small top, a big bowl with a tail
	{3, "painted", true, painted(threeCusp)},        // a pointed 3 painted in
	{3, "cusp", true, threeCusp},                    // a pointed middle, gone into and out of
	{4, "closed", false, fourClosed},                // American, British print
	{4, "open", false, fourOpen},                    // continental: open at the top
	{4, "bubble", false, fourBubble},                // bubble letter: the contour and its hole
	{4, "one-stroke", true, fourOneStroke},          // cursive open 4: down, across, up, back down
	{4, "tall-stem", true, fourTallStem},            // stem first, then the angle (Chinese, Indian)
	{4, "up-stem", true, fourUpStem},                // up the stem, down the slant, across: one stroke
	{5, "print", false, fivePrint},                  // stem and bowl, then the flag
	{5, "flag-first", false, fiveFlagFirst},         // Russian, Brazilian: flag, stem, bowl in one
	{5, "painted", false, painted(fivePrint)},       // a print 5 painted in
	{5, "angular", true, fiveAngular},               // Swiss, German: a boxy bowl
	{5, "curl-tail", true, fiveCurlTail},            // a wavy flag and a bowl ending in a curl
	{5, "tilted-flag", true, fiveTiltedFlag},        // Chinese: leaning stem, rising flag
	{6, "print", false, sixPrint},                   // American print
	{6, "straight-stem", false, sixStraightStem},    // German, Russian: a straight slant into the loop
	{6, "open-loop", false, sixOpenLoop},            // a hurried loop left open
	{6, "curled", true, sixCurled},                  // a hook at the top
	{6, "big-loop", true, sixBigLoop},               // Chinese, Japanese: a big round loop
	{6, "loop-overlap", true, sixLoopOverlap},       // the loop run on inside itself
	{7, "plain", false, sevenPlain},                 // American, British
	{7, "crossed", false, sevenCrossed},             // continental: a bar through the stem
	{7, "bubble", false, sevenBubble},               // bubble letter
	{7, "hooked", true, sevenHooked},                // Japanese, Korean: a tick down at the left
	{7, "curved-crossed", true, sevenCurvedCrossed}, // French, German cursive: a wavy top and a bar
	{7, "curved-stem", true, sevenCurvedStem},       // a bowed stem
	{8, "s-and-back", false, eightSAndBack},         // American print: an S, then back up
	{8, "two-loops", false, eightTwoLoops},          // two stacked loops
	{8, "x-start", false, eightXStart},              // from the crossing, up and round
	{8, "reverse-s", true, eightReverseS},           // a backwards S and back
	{8, "small-top", true, eightSmallTop},           // a small top loop over a big one
	{8, "overwritten", true, eightOverwritten},      // written, then gone over again
	{9, "print", false, ninePrint},                  // anticlockwise loop, straight stem
	{9, "curved-tail", false, nineCurvedTail},       // French, Russian cursive: the tail curves left
	{9, "two-strokes", false, nineTwoStrokes},       // a loop, then the stem
	{9, "painted", true, painted(nineCWLoop)},       // a 9 painted in
	{9, "cw-loop", true, nineCWLoop},                // Chinese, Japanese: the loop clockwise
	{9, "arched-stem", true, nineArchedStem},        // Brazilian, Arabic-world: a bowed stem
}

// through returns a smooth curve through pts (a Catmull-Rom spline, as
// Bézier curves).
func through(pts ...vec) path {
	out := path{pts[0]}
	for i := 0; i+1 < len(pts); i++ {
		p0, p1, p2, p3 := pts[max(i-1, 0)], pts[i], pts[i+1], pts[min(i+2, len(pts)-1)]
		out = join(out, bez(p1, p1.add(p2.sub(p0).mul(1.0/6)), p2.sub(p3.sub(p1).mul(1.0/6)), p2))
	}
	return out
}

// closed returns the polygon through pts, back to its first point and a
// little past it, as a hand closes a contour.
func closed(h *touristHand, pts ...vec) path {
	p := poly(append(pts, pts[0])...)
	return join(p, poly(pts[0], lerp(pts[0], pts[1], h.u(0, 0.2))))
}

// painted makes a family that paints f's digit in: each stroke gone
// along in short strokes back and forth across it, as a child colours a
// thick letter.
func painted(f func(*touristHand) shape) func(*touristHand) shape {
	return func(h *touristHand) shape {
		s := f(h)
		w, pitch := h.u(0.03, 0.05), h.u(0.025, 0.045)
		out := make(shape, len(s))
		for i, p := range s {
			q := resample(p, pitch/2)
			l, r := offset(q, w), offset(q, -w)
			z := make(path, len(q))
			for k := range q {
				if k%2 == 0 {
					z[k] = l[k]
				} else {
					z[k] = r[k]
				}
			}
			out[i] = z
		}
		return out
	}
}

func zeroCCW(h *touristHand) shape {
	a0 := h.u(-100, -60)
	p := arc(h.p(0.3, 0.5), h.u(0.22, 0.3), h.u(0.44, 0.5), a0, a0-360-h.u(-5, 25))
	return shape{taper(p, h.u(-0.15, 0.15))}
}

// taper widens p's top and narrows its bottom by k (or the other way
// round): an egg.
func taper(p path, k float64) path {
	out := make(path, len(p))
	for i, v := range p {
		out[i] = vec{0.3 + (v.X-0.3)*(1-k*(v.Y-0.5)), v.Y}
	}
	return out
}

func zeroTwoArcs(h *touristHand) shape {
	c, rx, ry := h.p(0.3, 0.5), h.u(0.22, 0.29), h.u(0.45, 0.5)
	left := arc(c, rx, ry, -90+h.u(-8, 8), -270+h.u(-10, 6))
	right := arc(c, rx*h.u(0.92, 1.08), ry, -90+h.u(-8, 8), 90+h.u(-6, 10))
	return shape{left, right}
}

func zeroSquarish(h *touristHand) shape {
	x0, x1, y0, y1 := h.u(0.02, 0.08), h.u(0.52, 0.58), h.u(0, 0.03), h.u(0.97, 1)
	rad := h.u(0.1, 0.18)
	top := h.p(0.3, y0)
	p := join(
		poly(top, vec{x0 + rad, y0}), arc(vec{x0 + rad, y0 + rad}, rad, rad, -90, -180),
		poly(vec{x0, y0 + rad}, vec{x0, y1 - rad}), arc(vec{x0 + rad, y1 - rad}, rad, rad, 180, 90),
		poly(vec{x0 + rad, y1}, vec{x1 - rad, y1}), arc(vec{x1 - rad, y1 - rad}, rad, rad, 90, 0),
		poly(vec{x1, y1 - rad}, vec{x1, y0 + rad}), arc(vec{x1 - rad, y0 + rad}, rad, rad, 0, -90),
		poly(vec{x1 - rad, y0}, top.add(vec{-h.u(-0.03, 0.08), 0})),
	)
	return shape{p}
}

func zeroCWNarrow(h *touristHand) shape {
	a0 := h.u(-70, -35)
	return shape{arc(h.p(0.3, 0.5), h.u(0.16, 0.22), h.u(0.46, 0.5), a0, a0+360+h.u(0, 30))}
}

func zeroSlashed(h *touristHand) shape {
	s := zeroCCW(h)
	return append(s, poly(h.p(0.5, 0.02), h.p(0.1, 0.98)))
}

func zeroBubble(h *touristHand) shape {
	c := h.p(0.3, 0.5)
	a0 := h.u(-100, -80)
	outer := arc(c, h.u(0.27, 0.3), h.u(0.47, 0.5), a0, a0-360-h.u(0, 10))
	inner := arc(c.add(vec{h.stray(), h.stray()}), h.u(0.1, 0.15), h.u(0.26, 0.34), a0, a0-360-h.u(0, 10))
	return shape{outer, inner}
}

// stem is the stem of a 1 from top to foot, bowed a little.
func stem(h *touristHand, top, foot vec) path {
	return through(top, lerp(top, foot, 0.5).add(vec{h.stray() / 2, 0}), foot)
}

func oneStick(h *touristHand) shape { return shape{stem(h, h.p(0.3, 0), h.p(0.3, 1))} }

func oneContinental(h *touristHand) shape {
	top := h.p(0.42, 0)
	return shape{join(poly(h.p(h.u(0.2, 0.26), h.u(0.3, 0.42)), top), stem(h, top, h.p(0.4, 1)))}
}

func oneFlagBase(h *touristHand) shape {
	top := h.p(0.34, 0)
	return shape{poly(h.p(0.14, 0.18), top, h.p(0.34, 1)), poly(h.p(0.08, 1), h.p(0.6, 1))}
}

func oneFlag(h *touristHand) shape {
	top := h.p(0.36, 0)
	return shape{join(poly(h.p(h.u(0.2, 0.26), h.u(0.14, 0.22)), top), stem(h, top, h.p(0.35, 1)))}
}

func oneRetraced(h *touristHand) shape {
	top := h.p(0.35, 0)
	return shape{poly(h.p(0.35, 1), top, h.p(h.u(0.22, 0.26), h.u(0.14, 0.22)), top.add(vec{h.stray() / 2, 0.01}), h.p(0.36, 1))}
}

func oneBubble(h *touristHand) shape {
	sw, bt := h.u(0.1, 0.14), h.u(0.08, 0.12) // stem width, base height
	x := 0.3
	return shape{closed(h,
		h.fine(0.03, 1), h.fine(0.6, 1), h.fine(0.6, 1-bt), h.fine(x+sw/2, 1-bt), h.fine(x+sw/2, 0), h.fine(x-sw/2, 0),
		h.fine(0.06, 0.2), h.fine(0.1, 0.28), h.fine(x-sw/2, 0.16), h.fine(x-sw/2, 1-bt), h.fine(0.03, 1-bt))}
}

func twoPrint(h *touristHand) shape {
	top := arc(h.p(0.3, 0.27), h.u(0.22, 0.28), h.u(0.2, 0.26), h.u(-175, -150), h.u(10, 35))
	a, end := top[len(top)-1], h.p(0.03, 0.97)
	neck := bez(a, a.add(vec{-0.03, 0.12}), end.add(vec{0.15, -0.2}), end)
	return shape{join(top, neck, poly(end, h.p(0.6, 0.97)))}
}

func twoLooped(h *touristHand) shape {
	top := arc(h.p(0.3, 0.27), h.u(0.22, 0.28), h.u(0.2, 0.26), h.u(-175, -150), h.u(10, 35))
	c, rx, ry := h.p(0.14, 0.86), h.u(0.06, 0.09), h.u(0.05, 0.08)
	loop := arc(c, rx, ry, 45, 45+h.u(320, 345))
	a := top[len(top)-1]
	neck := bez(a, a.add(vec{-0.03, 0.12}), loop[0].add(vec{0.15, -0.15}), loop[0])
	e := loop[len(loop)-1]
	return shape{join(top, neck, loop, through(e, e.add(vec{0.2, 0.06}), h.p(0.6, 0.95)))}
}

func twoSwan(h *touristHand) shape {
	a, b, c := h.p(0.03, 0.32), h.p(0.52, 0.34), h.p(0.02, 0.97)
	return shape{join(
		bez(a, h.p(0.04, -0.06), h.p(0.64, -0.06), b),
		bez(b, h.p(0.42, 0.6), h.p(0.16, 0.8), c),
		bez(c, h.p(0.2, 0.86), h.p(0.4, 1.04), h.p(0.6, 0.94)),
	)}
}

func twoAngular(h *touristHand) shape {
	c, r := h.p(0.3, 0.28), h.u(0.24, 0.29)
	top := arc(c, r, h.u(0.22, 0.28), h.u(170, 190), 360+h.u(-5, 15))
	a := top[len(top)-1]
	return shape{join(top, poly(a, h.p(0.02, 1), h.p(0.6, 1)))}
}

func twoCurlStart(h *touristHand) shape {
	k, r := h.p(0.12, 0.3), h.u(0.04, 0.06)
	ball := arc(k, r, r, -60, 300)
	top := arc(h.p(0.3, 0.27), h.u(0.22, 0.28), h.u(0.2, 0.26), -160, h.u(10, 35))
	a, end := top[len(top)-1], h.p(0.03, 0.97)
	return shape{join(ball, bez(ball[len(ball)-1], ball[len(ball)-1].add(vec{0.02, -0.06}), top[0].add(vec{0, 0.02}), top[0]), top,
		bez(a, a.add(vec{-0.03, 0.12}), end.add(vec{0.15, -0.2}), end), poly(end, h.p(0.6, 0.98)))}
}

// threeBowls returns the top bowl of a 3 (from the upper left round to
// the middle) and the bottom one (from the middle round to the lower
// left), the top as tall as top of the height.
func threeBowls(h *touristHand, top float64) (path, path) {
	m := h.p(0.24, top)
	up := arc(vec{0.3, top / 2}, h.u(0.22, 0.27), top/2, h.u(-165, -140), 100)
	up = join(up[:len(up)-1], poly(up[len(up)-2], m))
	down := arc(vec{0.3, (1 + top) / 2}, h.u(0.26, 0.3), (1-top)/2, -100, h.u(140, 165))
	down = join(poly(m, down[1]), down[1:])
	return up, down
}

func threeRound(h *touristHand) shape {
	up, down := threeBowls(h, h.u(0.42, 0.5))
	return shape{join(up, down)}
}

func threeFlatTop(h *touristHand) shape {
	m := h.p(0.25, h.u(0.38, 0.45))
	down := arc(vec{0.3, (1 + m.Y) / 2}, h.u(0.26, 0.3), (1-m.Y)/2, -110, h.u(140, 165))
	return shape{join(poly(h.p(0.05, 0.02), h.p(0.56, 0.02), m), down[1:])}
}

func threeTwoStrokes(h *touristHand) shape {
	up, down := threeBowls(h, h.u(0.42, 0.5))
	return shape{up, down}
}

func threeBigBelly(h *touristHand) shape {
	t := h.u(0.3, 0.38)
	up := arc(vec{0.36, t / 2}, h.u(0.14, 0.19), t/2, h.u(-170, -140), 100)
	m := up[len(up)-1]
	down := arc(vec{0.3, (1 + t) / 2}, h.u(0.27, 0.31), (1-t)/2, -100, h.u(170, 195))
	return shape{join(up, poly(m, down[0]), down)}
}

func threeCusp(h *touristHand) shape {
	t := h.u(0.42, 0.5)
	up := arc(vec{0.3, t / 2}, h.u(0.22, 0.27), t/2, h.u(-165, -140), 60)
	in := h.p(0.16, t)
	down := arc(vec{0.3, (1 + t) / 2}, h.u(0.26, 0.3), (1-t)/2, -60, h.u(140, 165))
	return shape{join(up, poly(up[len(up)-1], in, down[0]), down)}
}

func fourClosed(h *touristHand) shape {
	x, bar := h.u(0.38, 0.46), h.u(0.6, 0.7)
	return shape{poly(h.p(x, 0), h.p(0, bar), h.p(0.6, bar)), poly(h.p(x, h.u(0, 0.1)), h.p(x, 1))}
}

func fourOpen(h *touristHand) shape {
	x, bar := h.u(0.4, 0.48), h.u(0.55, 0.65)
	return shape{poly(h.p(0.08, 0), h.p(0.04, bar), h.p(0.6, bar)), poly(h.p(x, h.u(0.1, 0.25)), h.p(x, 1))}
}

func fourBubble(h *touristHand) shape {
	x, sw, bar, bt := h.u(0.36, 0.42), h.u(0.1, 0.14), h.u(0.58, 0.66), h.u(0.08, 0.12)
	outer := closed(h, h.fine(x-0.02, 0), h.fine(x+sw, 0), h.fine(x+sw, bar), h.fine(0.6, bar), h.fine(0.6, bar+bt),
		h.fine(x+sw, bar+bt), h.fine(x+sw, 1), h.fine(x, 1), h.fine(x, bar+bt), h.fine(0, bar+bt), h.fine(0, bar))
	hole := closed(h, h.fine(x, 0.2), h.fine(x, bar), h.fine(0.13, bar))
	return shape{outer, hole}
}

func fourOneStroke(h *touristHand) shape {
	x, bar := h.u(0.4, 0.48), h.u(0.55, 0.65)
	up := h.p(x, h.u(0, 0.12))
	end := vec{x + h.u(0.01, 0.05), bar} // the bar runs a little past the stem
	// Back down the way it went up, on past the bar.
	foot := lerp(up, end, (1-up.Y)/(bar-up.Y)).add(vec{h.stray() / 2, 0})
	return shape{poly(h.p(0.15, 0.08), h.p(0.04, bar), end, up, up.add(vec{0.01, 0.03}), foot)}
}

func fourTallStem(h *touristHand) shape {
	x, bar := h.u(0.4, 0.46), h.u(0.62, 0.72)
	return shape{poly(h.p(x, 0), h.p(x, 1)), poly(h.p(x-0.03, h.u(0.1, 0.2)), h.p(0, bar), h.p(0.6, bar))}
}

func fourUpStem(h *touristHand) shape {
	x, bar := h.u(0.4, 0.46), h.u(0.6, 0.7)
	top := h.p(x, 0)
	return shape{poly(h.p(x, 1), top, h.p(0, bar), h.p(0.6, bar))}
}

// fiveBowl is the bowl of a 5 from the foot of its stem at a round to
// the lower left.
func fiveBowl(h *touristHand, a vec) path {
	r := h.p(0.58, 0.7)
	return join(bez(a, vec{0.25, a.Y - 0.1}, vec{0.62, a.Y - 0.04}, r), bez(r, h.p(0.57, 1.02), h.p(0.2, 1.04), h.p(0.02, 0.86)))
}

func fivePrint(h *touristHand) shape {
	top, foot := h.p(0.12, 0.02), h.p(0.08, h.u(0.42, 0.5))
	return shape{join(poly(top, foot), fiveBowl(h, foot)), poly(top, h.p(0.56, 0.02))}
}

func fiveFlagFirst(h *touristHand) shape {
	top, foot := h.p(0.12, 0.02), h.p(0.08, h.u(0.42, 0.5))
	return shape{join(poly(h.p(0.56, 0.02), top, foot), fiveBowl(h, foot))}
}

func fiveAngular(h *touristHand) shape {
	top, foot := h.p(0.1, 0.02), h.p(0.08, h.u(0.42, 0.48))
	return shape{poly(top, foot, h.p(0.46, foot.Y-0.02), h.p(0.58, 0.58), h.p(0.58, 0.86), h.p(0.46, 0.98), h.p(0.03, 0.97)),
		poly(top, h.p(0.56, 0.02))}
}

func fiveCurlTail(h *touristHand) shape {
	top, foot := h.p(0.12, 0.04), h.p(0.08, h.u(0.42, 0.5))
	bowl := fiveBowl(h, foot)
	e := bowl[len(bowl)-1]
	return shape{join(poly(top, foot), bowl, through(e, e.add(vec{-0.04, -0.05}), e.add(vec{0, -0.1}))),
		bez(top, h.p(0.25, -0.04), h.p(0.4, 0.08), h.p(0.58, 0.0))}
}

func fiveTiltedFlag(h *touristHand) shape {
	top, foot := h.p(0.16, 0.06), h.p(0.06, h.u(0.42, 0.5))
	return shape{join(poly(top, foot), fiveBowl(h, foot)), poly(top, h.p(0.58, -0.04))}
}

// sixLoop is the loop of a 6 of radius ry, tall to 1, from its left side
// round anticlockwise by sweep degrees.
func sixLoop(h *touristHand, ry, sweep float64) path {
	rx := h.u(0.24, 0.28)
	return arc(vec{0.04 + rx, 1 - ry}, rx, ry, 180, 180-sweep)
}

func sixPrint(h *touristHand) shape {
	loop := sixLoop(h, h.u(0.25, 0.3), h.u(345, 370))
	return shape{join(bez(h.p(0.5, 0.02), h.p(0.2, 0.04), vec{0.03, 0.4}, loop[0]), loop)}
}

func sixStraightStem(h *touristHand) shape {
	loop := sixLoop(h, h.u(0.22, 0.28), h.u(345, 370))
	return shape{join(poly(h.p(0.5, 0), loop[0]), loop)}
}

func sixOpenLoop(h *touristHand) shape {
	loop := sixLoop(h, h.u(0.25, 0.3), h.u(270, 310))
	return shape{join(bez(h.p(0.5, 0.02), h.p(0.2, 0.04), vec{0.03, 0.4}, loop[0]), loop)}
}

func sixCurled(h *touristHand) shape {
	loop := sixLoop(h, h.u(0.25, 0.3), h.u(345, 370))
	a := h.p(0.5, 0.14)
	return shape{join(bez(a, h.p(0.56, 0.0), h.p(0.38, -0.02), h.p(0.28, 0.08)), bez(vec{0.28, 0.08}, vec{0.12, 0.2}, vec{0.04, 0.4}, loop[0]), loop)}
}

func sixBigLoop(h *touristHand) shape {
	loop := sixLoop(h, h.u(0.3, 0.35), h.u(345, 370))
	return shape{join(bez(h.p(0.56, 0), h.p(0.25, 0), vec{0.02, 0.22}, loop[0]), loop)}
}

func sixLoopOverlap(h *touristHand) shape {
	ry := h.u(0.25, 0.3)
	rx := h.u(0.24, 0.28)
	c := vec{0.04 + rx, 1 - ry}
	// The loop shrinks as it runs on past its start.
	sweep := h.u(400, 440)
	var loop path
	for a := 0.0; a <= sweep; a += 4 {
		k := 1 - 0.25*max(0, a-300)/140
		loop = append(loop, at(c, rx*k, ry*k, 180-a))
	}
	return shape{join(bez(h.p(0.5, 0.02), h.p(0.2, 0.04), vec{0.03, 0.4}, loop[0]), loop)}
}

func sevenPlain(h *touristHand) shape {
	c := h.p(0.58, 0.03)
	return shape{join(poly(h.p(0.02, 0.04), c), bez(c, h.p(0.45, 0.35), h.p(0.3, 0.65), h.p(0.22, 1)))}
}

func sevenCrossed(h *touristHand) shape {
	s := sevenPlain(h)
	m := pointAt(s[0], length(s[0])*h.u(0.6, 0.68))
	w := h.u(0.13, 0.2)
	return append(s, poly(m.add(vec{-w, h.stray()}), m.add(vec{w, h.stray()})))
}

func sevenBubble(h *touristHand) shape {
	t, w := h.u(0.09, 0.13), h.u(0.1, 0.14)
	return shape{closed(h, h.fine(0, 0), h.fine(0.6, 0), h.fine(0.6, t), h.fine(0.26, 1), h.fine(0.26-w, 1), h.fine(0.58-w-0.06, t), h.fine(0, t))}
}

func sevenHooked(h *touristHand) shape {
	a, c := h.p(0.04, 0.03), h.p(0.58, 0.03)
	return shape{join(poly(h.p(0.03, h.u(0.14, 0.22)), a, c), bez(c, h.p(0.46, 0.35), h.p(0.32, 0.65), h.p(0.26, 1)))}
}

func sevenCurvedCrossed(h *touristHand) shape {
	c := h.p(0.58, 0.02)
	stem := bez(c, h.p(0.42, 0.3), h.p(0.3, 0.6), h.p(0.28, 1))
	m := pointAt(stem, length(stem)*h.u(0.45, 0.55))
	w := h.u(0.13, 0.2)
	return shape{join(bez(h.p(0.02, 0.08), h.p(0.15, -0.04), h.p(0.35, 0.12), c), stem), poly(m.add(vec{-w, 0}), m.add(vec{w, h.stray()}))}
}

func sevenCurvedStem(h *touristHand) shape {
	c := h.p(0.58, 0.03)
	return shape{join(poly(h.p(0.02, 0.05), c), bez(c, h.p(0.32, 0.3), h.p(0.2, 0.65), h.p(0.26, 1)))}
}

// eightS is an 8 in one stroke from the top right: an S down, then
// back up through the middle; the top loop top tall.
func eightS(h *touristHand, top float64) path {
	m := top
	s := h.p(0.52, 0.14*m/0.48)
	l, b := h.p(0.08, 0.45*m), h.p(0.56, m+(1-m)*0.5)
	e := h.p(0.04, m+(1-m)*0.52)
	return join(
		bez(s, h.p(0.46, -0.04), h.p(0.1, -0.04), l),
		bez(l, vec{0.07, m * 0.88}, vec{0.55, m * 1.04}, b),
		bez(b, h.p(0.58, 1.04), h.p(0.04, 1.04), e),
		bez(e, vec{0.04, m * 1.1}, vec{0.52, m * 0.86}, s.add(vec{h.stray(), h.stray()})),
	)
}

func eightSAndBack(h *touristHand) shape { return shape{eightS(h, h.u(0.44, 0.5))} }

func eightTwoLoops(h *touristHand) shape {
	m := h.u(0.42, 0.5)
	top := arc(vec{0.3, m / 2}, h.u(0.17, 0.22), m/2, -90, -450-h.u(0, 15))
	bot := arc(vec{0.3, (1 + m) / 2}, h.u(0.24, 0.29), (1-m)/2, -90, -450-h.u(0, 15))
	return shape{top, bot}
}

func eightXStart(h *touristHand) shape {
	m := h.p(0.3, h.u(0.44, 0.5))
	M := m.Y
	lo := func(f float64) float64 { return M + f*(1-M) }
	return shape{through(m,
		h.p(0.42, 0.8*M), h.p(0.5, 0.5*M), h.p(0.45, 0.15*M), h.p(0.3, 0), h.p(0.14, 0.15*M), h.p(0.1, 0.5*M), h.p(0.18, 0.8*M),
		m,
		h.p(0.45, lo(0.15)), h.p(0.56, lo(0.5)), h.p(0.48, lo(0.88)), h.p(0.3, 1), h.p(0.1, lo(0.88)), h.p(0.04, lo(0.5)), h.p(0.14, lo(0.15)),
		m.add(vec{0.02, -0.02}))}
}

func eightReverseS(h *touristHand) shape {
	p := eightS(h, h.u(0.44, 0.5))
	for i := range p {
		p[i].X = 0.6 - p[i].X
	}
	return shape{p}
}

func eightSmallTop(h *touristHand) shape { return shape{eightS(h, h.u(0.32, 0.38))} }

func eightOverwritten(h *touristHand) shape {
	a := eightXStart(h)
	b := eightXStart(h)
	d := vec{h.u(-0.04, 0.04), h.u(-0.03, 0.03)}
	for i := range b[0] {
		b[0][i] = b[0][i].add(d)
	}
	return append(a, b...)
}

// nineLoop is the anticlockwise loop of a 9, top tall, from its right
// side round to it.
func nineLoop(h *touristHand, top float64) path {
	a0 := h.u(-20, 5)
	return arc(vec{0.3, top / 2}, h.u(0.22, 0.27), top/2, a0, a0-360-h.u(0, 20))
}

func ninePrint(h *touristHand) shape {
	loop := nineLoop(h, h.u(0.45, 0.55))
	e := loop[len(loop)-1]
	return shape{join(loop, poly(e, h.p(e.X-0.02, 1)))}
}

func nineCurvedTail(h *touristHand) shape {
	loop := nineLoop(h, h.u(0.45, 0.55))
	e := loop[len(loop)-1]
	return shape{join(loop, bez(e, vec{e.X + 0.02, 0.65}, h.p(0.52, 0.98), h.p(0.12, h.u(0.9, 1))))}
}

func nineTwoStrokes(h *touristHand) shape {
	t := h.u(0.45, 0.55)
	a0 := h.u(-110, -70)
	c, rx := h.p(0.28, t/2), h.u(0.22, 0.26)
	loop := arc(c, rx, t/2, a0, a0-360-h.u(0, 20))
	x := c.X + rx + h.u(-0.02, 0.02)
	return shape{loop, poly(h.p(x, h.u(0.02, 0.15)), h.p(x, 1))}
}

func nineCWLoop(h *touristHand) shape {
	t := h.u(0.45, 0.55)
	a0 := h.u(-80, -50)
	loop := arc(vec{0.3, t / 2}, h.u(0.22, 0.27), t/2, a0, 360+h.u(-5, 10))
	e := loop[len(loop)-1]
	return shape{join(loop, poly(e, h.p(e.X+h.u(-0.06, 0.02), 1)))}
}

func nineArchedStem(h *touristHand) shape {
	loop := nineLoop(h, h.u(0.45, 0.55))
	e := loop[len(loop)-1]
	return shape{join(loop, bez(e, vec{e.X + 0.06, 0.62}, h.p(0.5, 0.88), h.p(0.3, 1)))}
}
