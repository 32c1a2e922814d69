package drawset

// passersbyDigits are the ways passers-by write each digit, in glyph space
// (about 0.6 wide and 1 tall, y down), each written as the hand moves:
// where it starts, which way it goes round, where it lifts. The held field
// is the split into halves, fixed before any drawing was made: every
// digit has families in both, and the forms that networks find hard (a 1
// with a long flag, an open 4, a 7 with a curved stem, a 9 with an open
// loop, ...) are spread over both.
var passersbyDigits = []pbFamily{
	{0, "round", false, pb0Round},
	{0, "slashed", false, pb0Slashed},
	{0, "tail", false, pb0Tail},
	{0, "twice-round", false, pb0TwiceRound},
	{0, "narrow", true, pb0Narrow},
	{0, "open", true, pb0Open},
	{0, "pointed", true, pb0Pointed},

	{1, "stick", false, pb1Stick},
	{1, "flag", false, pb1Flag},
	{1, "flag-base", false, pb1FlagBase},
	{1, "gone-over", false, pb1GoneOver},
	{1, "slanted", true, pb1Slanted},
	{1, "long-flag", true, pb1LongFlag},
	{1, "bowed", true, pb1Bowed},

	{2, "plain", false, pb2Plain},
	{2, "z-like", false, pb2ZLike},
	{2, "lifted-base", false, pb2LiftedBase},
	{2, "curl-start", false, pb2CurlStart},
	{2, "loop", true, pb2Loop},
	{2, "curvy", true, pb2Curvy},
	{2, "small-head", true, pb2SmallHead},

	{3, "round", false, pb3Round},
	{3, "flat-top", false, pb3FlatTop},
	{3, "two-arcs", false, pb3TwoArcs},
	{3, "curly", true, pb3Curly},
	{3, "cusp", true, pb3Cusp},
	{3, "big-belly", true, pb3BigBelly},

	{4, "open", false, pb4Open},
	{4, "closed", false, pb4Closed},
	{4, "long-bar", false, pb4LongBar},
	{4, "high-bar", true, pb4HighBar},
	{4, "one-stroke", true, pb4OneStroke},
	{4, "tall-stem", true, pb4TallStem},

	{5, "hat-last", false, pb5HatLast},
	{5, "hat-detached", false, pb5HatDetached},
	{5, "one-stroke", false, pb5OneStroke},
	{5, "big-belly", false, pb5BigBelly},
	{5, "hat-first", true, pb5HatFirst},
	{5, "hat-crossing", true, pb5HatCrossing},
	{5, "angular", true, pb5Angular},

	{6, "large-loop", false, pb6LargeLoop},
	{6, "open-loop", false, pb6OpenLoop},
	{6, "curl-in", false, pb6CurlIn},
	{6, "small-loop", true, pb6SmallLoop},
	{6, "straight-stem", true, pb6StraightStem},
	{6, "hook-top", true, pb6HookTop},

	{7, "plain", false, pb7Plain},
	{7, "bar", false, pb7Bar},
	{7, "curved", false, pb7Curved},
	{7, "two-strokes", false, pb7TwoStrokes},
	{7, "serif", true, pb7Serif},
	{7, "wide", true, pb7Wide},
	{7, "bar-curved", true, pb7BarCurved},

	{8, "figure", false, pb8Figure},
	{8, "circles", false, pb8Circles},
	{8, "open-top", false, pb8OpenTop},
	{8, "lopsided", true, pb8Lopsided},
	{8, "pinched", true, pb8Pinched},
	{8, "mirrored", true, pb8Mirrored},

	{9, "straight", false, pb9Straight},
	{9, "small-loop", false, pb9SmallLoop},
	{9, "open-loop", false, pb9OpenLoop},
	{9, "two-strokes", false, pb9TwoStrokes},
	{9, "curved", true, pb9Curved},
	{9, "large-loop", true, pb9LargeLoop},
	{9, "slanted", true, pb9Slanted},
}

// --- 0: an oval, most often begun at the top and drawn anticlockwise.

// pb0Oval is a 0 of the given radii, closed as the hand closes loops.
func pb0Oval(h pbHand, rx, ry float64) path {
	return pbOval(h.at(0.3, 0.5, 0.02), rx, ry, h.u(-120, -60), h.loop(-360), h.u(-0.05, 0.05), h.u(-0.12, 0.12))
}

func pb0Round(h pbHand) shape { return shape{pb0Oval(h, h.u(0.27, 0.34), h.u(0.45, 0.5))} }

// pb0Narrow is the tall thin 0 of a hand that writes fast and upright.
func pb0Narrow(h pbHand) shape { return shape{pb0Oval(h, h.u(0.19, 0.23), h.u(0.47, 0.5))} }

// pb0Slashed is a 0 struck through, as programmers write it.
func pb0Slashed(h pbHand) shape {
	rx, ry := h.u(0.26, 0.32), h.u(0.45, 0.5)
	c := vec{0.3, 0.5}
	a := h.u(-50, -30)
	k := h.u(1.05, 1.3)
	return shape{pb0Oval(h, rx, ry), poly(at(c, rx*k, ry*k, a).add(h.at(0, 0, 0.02)), at(c, rx*k, ry*k, a+180).add(h.at(0, 0, 0.02)))}
}

// pb0Tail runs on past the start, inside or outside it, leaving a tail
// across the top.
func pb0Tail(h pbHand) shape {
	drift := h.u(0.06, 0.12) * float64(pick(h.r, -1, 1))
	return shape{pbOval(vec{0.3, 0.5}, h.u(0.26, 0.33), h.u(0.44, 0.5), h.u(-110, -70), -h.u(395, 440), drift, h.u(-0.1, 0.1))}
}

// pb0TwiceRound goes round twice, the second time beside the first.
func pb0TwiceRound(h pbHand) shape {
	drift := h.u(0.08, 0.16) * float64(pick(h.r, -1, 1))
	return shape{pbOval(vec{0.3, 0.5}, h.u(0.25, 0.32), h.u(0.43, 0.48), h.u(-120, -60), -h.u(650, 730), drift, h.u(-0.1, 0.1))}
}

// pb0Open stops short of the start, leaving a gap at the top.
func pb0Open(h pbHand) shape {
	g1, g2 := h.u(4, 12), h.u(10, 22)
	return shape{pbOval(vec{0.3, 0.5}, h.u(0.26, 0.33), h.u(0.45, 0.5), -90-g1, -(360 - g1 - g2), h.u(-0.04, 0.04), h.u(-0.1, 0.1))}
}

// pb0Pointed comes back to its start at an angle, so the top is a point,
// and runs on over it as far as the hand runs on.
func pb0Pointed(h pbHand) shape {
	pts := []vec{h.at(0.32, 0, 0.02), h.at(0.1, 0.2, 0.03), h.at(0.02, 0.55, 0.02), h.at(0.17, 0.93, 0.03),
		h.at(0.42, 0.96, 0.03), h.at(0.58, 0.62, 0.02), h.at(0.5, 0.22, 0.03)}
	top := pts[0]
	if h.miss < 0 {
		return shape{pbSpline(append(pts, lerp(top, pts[6], min(0.5, -h.miss/60)))...)}
	}
	return shape{pbSpline(append(pts, top, top.add(top.sub(pts[6]).mul(h.miss/150)))...)}
}

// --- 1: a stick, with or without a flag and a base.

// pb1Stem is a stick from top to bottom, bowed by up to bow.
func pb1Stem(h pbHand, top, bottom vec, bow float64) path {
	mid := lerp(top, bottom, h.u(0.4, 0.6)).add(vec{h.u(-bow, bow), 0})
	return pbSpline(top, mid, bottom)
}

func pb1Stick(h pbHand) shape {
	return shape{pb1Stem(h, h.at(0.3, 0, 0.03), h.at(0.3, 1, 0.03), 0.02)}
}

// pb1Slanted leans the stick on its own, on top of the drawing's slant.
func pb1Slanted(h pbHand) shape {
	return shape{pb1Stem(h, h.at(0.38, 0, 0.02), h.at(0.24, 1, 0.02), 0.02)}
}

// pb1Bowed is a stick swept in a curve, as a fast wrist draws it.
func pb1Bowed(h pbHand) shape {
	top, bottom := h.at(0.3, 0, 0.03), h.at(0.3, 1, 0.03)
	mid := lerp(top, bottom, h.u(0.35, 0.65)).add(vec{h.u(0.04, 0.07) * float64(pick(h.r, -1, 1)), 0})
	return shape{pbSpline(top, mid, bottom)}
}

// pb1Flagged is a stick with a flag of length l falling at angle deg
// below the horizontal to the left of its top, in one stroke.
func pb1Flagged(h pbHand, l, deg float64) path {
	top := h.at(0.34, 0, 0.02)
	f := at(top, l, l, 180-deg)
	below := top.add(vec{h.u(-0.03, 0.02), 0.12})
	return join(pbPoly(0.012, f, top, below), pb1Stem(h, below, h.at(0.32, 1, 0.03), 0.015)[1:])
}

func pb1Flag(h pbHand) shape { return shape{pb1Flagged(h, h.u(0.1, 0.2), h.u(20, 50))} }

// pb1LongFlag has the long up-stroke of a continental 1, falling steeply
// enough that it is never a 7's bar.
func pb1LongFlag(h pbHand) shape { return shape{pb1Flagged(h, h.u(0.24, 0.32), h.u(48, 62))} }

// pb1FlagBase adds a base, drawn after the stick.
func pb1FlagBase(h pbHand) shape {
	s := pb1Flagged(h, h.u(0.1, 0.22), h.u(25, 50))
	b := s[len(s)-1]
	return shape{s, poly(b.add(h.at(-h.u(0.12, 0.2), 0.01, 0.01)), b.add(h.at(h.u(0.12, 0.2), 0.01, 0.01)))}
}

// pb1GoneOver goes down the stick and back up over most of it.
func pb1GoneOver(h pbHand) shape {
	down := pb1Stem(h, h.at(0.3, 0, 0.03), h.at(0.3, 1, 0.03), 0.015)
	l := length(down)
	return shape{join(down, offset(reversed(subpath(down, l*h.u(0, 0.35), l)), h.u(-0.02, 0.02)))}
}

// --- 2: a hook over the top, a neck down to the left, a base.

// pb2Head is the hook and neck of a 2, from its start to the bottom left.
func pb2Head(h pbHand) []vec {
	return []vec{h.at(0.04, 0.25, 0.03), h.at(0.13, 0.07, 0.02), h.at(0.32, 0, 0.02), h.at(0.51, 0.07, 0.02),
		h.at(0.56, 0.25, 0.02), h.at(0.45, 0.46, 0.03), h.at(0.24, 0.7, 0.03), h.at(0.03, 0.96, 0.02)}
}

// pb2Base is the base from the neck's end, rising or falling a little.
func pb2Base(h pbHand, from vec) path {
	return poly(from, h.at(h.u(0.56, 0.66), from.Y+h.u(-0.05, 0.02), 0.01))
}

func pb2Plain(h pbHand) shape {
	neck := pbSpline(pb2Head(h)...)
	return shape{join(neck, pb2Base(h, neck[len(neck)-1]))}
}

// pb2LiftedBase lifts the pen at the bottom and puts the base down after.
func pb2LiftedBase(h pbHand) shape {
	neck := pbSpline(pb2Head(h)...)
	end := neck[len(neck)-1]
	return shape{neck, pb2Base(h, end.add(h.at(0.02, 0, 0.03)))}
}

// pb2ZLike has a flat top and a straight neck, like a Z, but is begun
// low on the left with a curve up and turns its top corner round: a 2
// that a hurried hand squares off.
func pb2ZLike(h pbHand) shape {
	bend := h.at(0.2, 0.01, 0.01)
	start := pbSpline(h.at(0.01, 0.34, 0.03), h.at(0.03, 0.14, 0.02), h.at(0.09, 0.04, 0.01), bend)
	top := pbPoly(h.u(0.13, 0.2), bend, h.at(0.56, 0.02, 0.02), h.at(0.03, 0.97, 0.02))
	neck := join(start, top)
	return shape{join(neck, pb2Base(h, neck[len(neck)-1]))}
}

// pb2CurlStart begins with a small curl, the ball at the start of a
// printed 2.
func pb2CurlStart(h pbHand) shape {
	k := h.u(0.04, 0.06)
	c := h.at(0.1, 0.24, 0.02)
	curl := []vec{c.add(vec{k, k * 0.6}), c.add(vec{0, k}), c.add(vec{-k, 0}), c.add(vec{0, -k})}
	neck := pbSpline(append(curl, pb2Head(h)[2:]...)...)
	return shape{join(neck, pb2Base(h, neck[len(neck)-1]))}
}

// pb2Loop curls into a small loop where the neck meets the base.
func pb2Loop(h pbHand) shape {
	k := h.u(0.8, 1.2)
	head := pb2Head(h)[:6]
	loop := []vec{h.at(0.26, 0.66, 0.02), h.at(0.12, 0.83, 0.01), vec{0.05, 0.93}, vec{0.02 - 0.02*k, 0.86}, vec{0.05, 0.78 - 0.03*k},
		vec{0.13 + 0.02*k, 0.79}, vec{0.18 + 0.02*k, 0.88}, h.at(0.26, 0.97, 0.01), h.at(0.4, 0.98, 0.01), h.at(0.62, 0.95, 0.02)}
	return shape{pbSpline(append(head, loop...)...)}
}

// pb2Curvy swings the neck in an S and waves the base.
func pb2Curvy(h pbHand) shape {
	return shape{pbSpline(h.at(0.05, 0.3, 0.03), h.at(0.14, 0.06, 0.02), h.at(0.36, 0, 0.02), h.at(0.55, 0.14, 0.02),
		h.at(0.5, 0.36, 0.02), h.at(0.3, 0.56, 0.02), h.at(0.14, 0.76, 0.02), h.at(0.05, 0.95, 0.01),
		h.at(0.2, 0.9, 0.02), h.at(0.4, 0.97, 0.02), h.at(0.62, 0.9, 0.02))}
}

// pb2SmallHead has a small tight hook on a long straight neck.
func pb2SmallHead(h pbHand) shape {
	c := h.at(0.36, 0.16, 0.02)
	k := h.u(0.13, 0.17)
	a0 := h.u(170, 200)
	head := join(pbOval(c, k, k, a0, 380-a0, 0, 0), poly(at(c, k, k, 20), h.at(0.03, 0.97, 0.02)))
	return shape{join(head, pb2Base(h, head[len(head)-1]))}
}

// --- 3: two bowls open to the left, one above the other.

func pb3Round(h pbHand) shape {
	return shape{pbSpline(h.at(0.04, 0.14, 0.03), h.at(0.2, 0.01, 0.02), h.at(0.42, 0.02, 0.02), h.at(0.54, 0.17, 0.02),
		h.at(0.47, 0.34, 0.02), h.at(0.25, 0.46, 0.03), h.at(0.48, 0.55, 0.02), h.at(0.58, 0.75, 0.02),
		h.at(0.46, 0.94, 0.02), h.at(0.24, 1, 0.02), h.at(0.03, 0.88, 0.03))}
}

// pb3FlatTop has a flat bar for its top, like a 7's, and a round bowl.
func pb3FlatTop(h pbHand) shape {
	mid := h.at(0.24, 0.42, 0.03)
	top := pbPoly(0.025, h.at(0.04, 0.02, 0.02), h.at(0.56, 0.02, 0.02), mid)
	return shape{join(top, pbSpline(mid, h.at(0.48, 0.5, 0.02), h.at(0.59, 0.73, 0.02), h.at(0.45, 0.94, 0.02),
		h.at(0.22, 1, 0.02), h.at(0.02, 0.87, 0.03))[1:])}
}

// pb3Arcs is a 3 of two arcs: the top round c1, the bottom round c2.
func pb3Arcs(h pbHand, c1 vec, r1x, r1y float64, c2 vec, r2x, r2y float64) (path, path) {
	return pbOval(c1, r1x, r1y, h.u(-170, -140), h.u(245, 265), 0, 0), pbOval(c2, r2x, r2y, h.u(-110, -90), h.u(235, 255), 0, 0)
}

// pb3Cusp meets its two arcs in a point at the waist.
func pb3Cusp(h pbHand) shape {
	top, bottom := pb3Arcs(h, h.at(0.3, 0.25, 0.02), h.u(0.22, 0.27), h.u(0.21, 0.25), h.at(0.3, 0.73, 0.02), h.u(0.26, 0.3), h.u(0.25, 0.28))
	return shape{join(top, poly(top[len(top)-1], bottom[0]), bottom)}
}

// pb3TwoArcs lifts the pen at the waist, the second arc put down a
// little off the first's end.
func pb3TwoArcs(h pbHand) shape {
	top, bottom := pb3Arcs(h, h.at(0.3, 0.25, 0.02), h.u(0.22, 0.27), h.u(0.21, 0.25), h.at(0.3, 0.73, 0.02), h.u(0.26, 0.3), h.u(0.25, 0.28))
	return shape{top, bottom}
}

// pb3BigBelly has a small top bowl on a large bottom one.
func pb3BigBelly(h pbHand) shape {
	top, bottom := pb3Arcs(h, h.at(0.32, 0.17, 0.02), h.u(0.15, 0.19), h.u(0.15, 0.18), h.at(0.3, 0.66, 0.02), h.u(0.29, 0.33), h.u(0.31, 0.34))
	return shape{join(top, poly(top[len(top)-1], bottom[0]), bottom)}
}

// pb3Curly begins with a curl, loops at the waist and curls its tail up.
func pb3Curly(h pbHand) shape {
	return shape{pbSpline(h.at(0.14, 0.22, 0.02), h.at(0.07, 0.19, 0.01), h.at(0.08, 0.09, 0.02), h.at(0.28, 0, 0.02),
		h.at(0.5, 0.1, 0.02), h.at(0.46, 0.31, 0.02), h.at(0.28, 0.44, 0.02), h.at(0.17, 0.43, 0.01), h.at(0.19, 0.36, 0.01),
		h.at(0.3, 0.41, 0.01), h.at(0.52, 0.54, 0.02), h.at(0.58, 0.76, 0.02), h.at(0.44, 0.95, 0.02), h.at(0.22, 1, 0.02),
		h.at(0.06, 0.93, 0.02), h.at(0.05, 0.83, 0.02))}
}

// --- 4: an arm down to a bar, and a stem through the bar.

// pb4 is a 4 of an arm from top to the bar's left end at height y, the
// bar out to x = right, and a stem at x = sx from sTop to the bottom.
// Open, the arm starts left of the stem; closed, at the stem's top.
func pb4(h pbHand, top vec, y, right, sx, sTop float64) shape {
	arm := pbPoly(0.015, top, h.at(0.03, y, 0.02), h.at(right, y+h.u(-0.03, 0.02), 0.01))
	return shape{arm, pb1Stem(h, vec{sx + h.u(-0.02, 0.02), sTop}, h.at(sx, 1, 0.02), 0.01)}
}

// pb4Open is the open 4: its arm, upright or leaning, stops short of the
// stem's top.
func pb4Open(h pbHand) shape {
	return pb4(h, h.at(h.u(0.05, 0.26), 0.01, 0.01), h.u(0.58, 0.68), h.u(0.58, 0.66), h.u(0.42, 0.47), h.u(0.08, 0.25))
}

func pb4Closed(h pbHand) shape {
	top := h.at(0.45, 0.01, 0.01)
	return pb4(h, top, h.u(0.6, 0.68), h.u(0.58, 0.66), top.X, top.Y+h.u(-0.02, 0.03))
}

// pb4LongBar runs the bar far past the stem.
func pb4LongBar(h pbHand) shape {
	sx := h.u(0.3, 0.36)
	if h.coin(0.5) {
		return pb4(h, vec{sx, 0.01}, h.u(0.58, 0.66), sx+h.u(0.26, 0.36), sx, 0.01)
	}
	return pb4(h, h.at(0.1, 0.01, 0.04), h.u(0.58, 0.66), sx+h.u(0.26, 0.36), sx, h.u(0.05, 0.2))
}

// pb4HighBar is a closed 4 with its bar high and the stem running far
// on below it.
func pb4HighBar(h pbHand) shape {
	top := h.at(0.42, 0.01, 0.01)
	return pb4(h, top, h.u(0.4, 0.5), h.u(0.58, 0.66), top.X, top.Y)
}

// pb4TallStem is an open 4 whose stem starts well above the arm's top
// and runs far on below the bar.
func pb4TallStem(h pbHand) shape {
	return pb4(h, h.at(h.u(0.06, 0.2), 0.14, 0.02), h.u(0.52, 0.6), h.u(0.56, 0.64), h.u(0.42, 0.48), 0)
}

// pb4OneStroke does not lift the pen: down the arm, along the bar a
// little past the stem, up the stem and back down over it.
func pb4OneStroke(h pbHand) shape {
	sx, y := h.u(0.42, 0.48), h.u(0.56, 0.64)
	d := h.u(0.008, 0.025)
	return shape{pbPoly(0.012, h.at(0.1, 0.02, 0.03), h.at(0.04, y, 0.02), vec{sx + h.u(0.04, 0.1), y + h.u(-0.02, 0.02)},
		h.at(sx+d/2, 0, 0.01), h.at(sx+d, 1, 0.02))}
}

// --- 5: a stem, a belly round to the left, and a hat.

// pb5Body is the stem from top down to the knee and the belly round
// from it, in one stroke; big makes the belly larger.
func pb5Body(h pbHand, top vec, big float64) path {
	knee := h.at(0.07, 0.43-0.07*big, 0.02)
	belly := pbSpline(knee, h.at(0.26, 0.36-0.05*big, 0.02), h.at(0.5, 0.44-0.03*big, 0.02), h.at(0.59+0.03*big, 0.68, 0.02),
		h.at(0.45, 0.93, 0.02), h.at(0.22, 1, 0.02), h.at(0.02, 0.87-0.06*big, 0.03))
	return join(poly(top, knee), belly)
}

// pb5Hat is the hat from the left end from to the right.
func pb5Hat(h pbHand, from vec) path {
	return poly(from, h.at(h.u(0.54, 0.62), from.Y+h.u(-0.04, 0.02), 0.01))
}

// pb5HatLast draws the stem and belly first and then the hat on the
// stem's top, the usual way.
func pb5HatLast(h pbHand) shape {
	top := h.at(0.1, 0.02, 0.02)
	return shape{pb5Body(h, top, 0), pb5Hat(h, top.add(h.at(0, 0, 0.015)))}
}

func pb5HatFirst(h pbHand) shape {
	top := h.at(0.1, 0.02, 0.02)
	return shape{pb5Hat(h, top.add(h.at(0, 0, 0.015))), pb5Body(h, top, 0)}
}

// pb5HatDetached puts the hat down afterwards, floating clear of the
// stem to its right.
func pb5HatDetached(h pbHand) shape {
	top := h.at(0.1, 0.04, 0.02)
	return shape{pb5Body(h, top, 0), pb5Hat(h, top.add(vec{h.u(0.07, 0.14), h.u(-0.06, -0.02)}))}
}

// pb5HatCrossing puts the hat across the stem's top, sticking out left.
func pb5HatCrossing(h pbHand) shape {
	top := h.at(0.12, -0.04, 0.02)
	return shape{pb5Body(h, top, 0), pb5Hat(h, vec{h.u(-0.06, 0.0), h.u(0.03, 0.07)})}
}

// pb5OneStroke starts at the hat's right end and goes left along it,
// down the stem and round the belly without lifting.
func pb5OneStroke(h pbHand) shape {
	top := h.at(0.1, 0.02, 0.02)
	body := pb5Body(h, top, 0)
	return shape{join(pbPoly(0.02, h.at(0.58, 0, 0.02), top, body[1]), body[2:])}
}

// pb5BigBelly has a short stem and a big belly that curls back up.
func pb5BigBelly(h pbHand) shape {
	top := h.at(0.1, 0.04, 0.02)
	return shape{pb5Body(h, top, 1), pb5Hat(h, top.add(h.at(0, 0, 0.015)))}
}

// pb5Angular is a squared 5 a fast mouse makes: stem, across, down,
// back, its corners rounded a little; then the hat.
func pb5Angular(h pbHand) shape {
	top := h.at(0.08, 0.02, 0.02)
	r := h.u(0.04, 0.1)
	body := pbPoly(r, top, h.at(0.06, 0.45, 0.02), h.at(0.5, 0.43, 0.02), h.at(0.57, 0.92, 0.02), h.at(0.02, 0.96, 0.02))
	return shape{body, pb5Hat(h, top.add(h.at(0, 0, 0.015)))}
}

// --- 6: a stem from the top right, down the left into a loop drawn
// anticlockwise.

// pb6 is a 6 whose loop, round c with radii rx and ry, turns turn degrees
// from the left side, where the stem from top comes down into it.
func pb6(h pbHand, top, c vec, rx, ry, turn, drift float64) shape {
	t := vec{c.X - rx, c.Y}
	stem := bez(top, top.add(vec{-0.16, h.u(0, 0.04)}), t.add(vec{h.u(-0.02, 0.02), -0.28}), t)
	return shape{join(stem, pbOval(c, rx, ry, 180, turn, drift, h.u(-0.08, 0.08)))}
}

func pb6LargeLoop(h pbHand) shape {
	ry := h.u(0.28, 0.33)
	return pb6(h, h.at(0.48, 0, 0.04), vec{0.3, 1 - ry}, h.u(0.26, 0.3), ry, h.loop(-330), h.u(-0.04, 0.04))
}

func pb6SmallLoop(h pbHand) shape {
	ry := h.u(0.17, 0.21)
	return pb6(h, h.at(0.55, 0, 0.03), vec{0.3, 1 - ry}, h.u(0.18, 0.22), ry, h.loop(-330), h.u(-0.04, 0.04))
}

// pb6OpenLoop stops the loop well before it comes back to the stem.
func pb6OpenLoop(h pbHand) shape {
	ry := h.u(0.24, 0.3)
	return pb6(h, h.at(0.48, 0, 0.04), vec{0.3, 1 - ry}, h.u(0.23, 0.28), ry, -h.u(275, 300), h.u(-0.03, 0.03))
}

// pb6CurlIn runs the loop on past the stem, curling inside it.
func pb6CurlIn(h pbHand) shape {
	ry := h.u(0.26, 0.31)
	return pb6(h, h.at(0.48, 0, 0.04), vec{0.3, 1 - ry}, h.u(0.25, 0.29), ry, -h.u(380, 420), -h.u(0.14, 0.24))
}

// pb6StraightStem comes down in an almost straight slant from the top
// right into the loop's upper left.
func pb6StraightStem(h pbHand) shape {
	ry, rx := h.u(0.24, 0.3), h.u(0.24, 0.28)
	c := vec{0.3, 1 - ry}
	a0 := h.u(195, 210)
	start := at(c, rx, ry, a0)
	top := h.at(0.5, 0, 0.03)
	stem := pbSpline(top, lerp(top, start, 0.5).add(vec{h.u(-0.03, 0), 0}), start)
	return shape{join(stem, pbOval(c, rx, ry, a0, h.loop(-330)+180-a0, h.u(-0.04, 0.04), 0))}
}

// pb6HookTop begins with the top of the stem curled over to the right.
func pb6HookTop(h pbHand) shape {
	s := pb6LargeLoop(h)
	p := s[0]
	hook := pbSpline(h.at(0.6, 0.12, 0.02), h.at(0.58, 0.03, 0.01), p[0].add(vec{0.02, -0.01}), p[0])
	return shape{join(hook, p)}
}

// --- 7: a bar and a stem down to the left.

// pb7Corner is the top-right corner of a 7, where the bar turns down.
func pb7Corner(h pbHand) vec { return h.at(0.62, 0.02, 0.02) }

// pb7Stem is the stem from the corner down, straight or bowed out.
func pb7Stem(h pbHand, c vec, curved bool) path {
	end := h.at(h.u(0.18, 0.3), 1, 0.01)
	if !curved {
		return poly(c, end)
	}
	return pbSpline(c, h.at(0.48, 0.27, 0.02), h.at(0.36, 0.6, 0.02), end)
}

// pb7Crossbar is a short bar across the stem at mid-height.
func pb7Crossbar(h pbHand, stem path) path {
	m := pointAt(stem, length(stem)*h.u(0.45, 0.58))
	return poly(m.add(h.at(-h.u(0.12, 0.18), 0.01, 0.01)), m.add(h.at(h.u(0.1, 0.16), -0.01, 0.01)))
}

// pb7 is the bar from start and the stem in one stroke.
func pb7(h pbHand, start vec, curved bool) path {
	c := pb7Corner(h)
	return join(pbPoly(h.u(0.01, 0.04), start, c, c.add(vec{-0.03, 0.08})), pb7Stem(h, c.add(vec{-0.03, 0.08}), curved)[1:])
}

func pb7Plain(h pbHand) shape  { return shape{pb7(h, h.at(0.02, 0.04, 0.03), false)} }
func pb7Curved(h pbHand) shape { return shape{pb7(h, h.at(0.02, 0.04, 0.03), true)} }

func pb7Bar(h pbHand) shape {
	s := pb7(h, h.at(0.02, 0.04, 0.03), false)
	return shape{s, pb7Crossbar(h, s)}
}

func pb7BarCurved(h pbHand) shape {
	s := pb7(h, h.at(0.02, 0.04, 0.03), true)
	return shape{s, pb7Crossbar(h, s)}
}

// pb7Serif starts with a short tick down at the bar's left end.
func pb7Serif(h pbHand) shape {
	s := pb7(h, h.at(0.03, 0.02, 0.01), h.coin(0.4))
	return shape{join(poly(h.at(0.02, h.u(0.12, 0.2), 0.01), s[0]), s)}
}

// pb7Wide has a long bar and a short steep stem.
func pb7Wide(h pbHand) shape {
	c := h.at(0.72, 0.02, 0.02)
	return shape{pbPoly(0.02, h.at(0, 0.05, 0.02), c, h.at(h.u(0.38, 0.48), 1, 0.02))}
}

// pb7TwoStrokes lifts the pen at the corner and starts the stem again.
func pb7TwoStrokes(h pbHand) shape {
	c := pb7Corner(h)
	return shape{poly(h.at(0.02, 0.04, 0.03), c), pb7Stem(h, c.add(vec{h.u(-0.01, 0.03), h.u(-0.01, 0.04)}), h.coin(0.3))}
}

// --- 8: two loops, one over the other.

// pb8Loops returns the via-points of an 8 drawn in one stroke, begun at
// the top loop's upper right and going anticlockwise round it, across
// the waist, clockwise round the bottom loop and back up across: the top
// loop round c1 with radii r1, the bottom one round c2 with radii r2.
func pb8Loops(h pbHand, c1, r1, c2, r2 vec) []vec {
	a := func(c, r vec, deg float64) vec { return at(c, r.X, r.Y, deg+h.u(-8, 8)) }
	waist := lerp(a(c1, r1, 90), a(c2, r2, -90), 0.5)
	return []vec{a(c1, r1, -30), a(c1, r1, -90), a(c1, r1, -150), a(c1, r1, 160), waist,
		a(c2, r2, -40), a(c2, r2, 15), a(c2, r2, 80), a(c2, r2, 140), a(c2, r2, -160), a(c2, r2, -110), waist,
		a(c1, r1, 30), a(c1, r1, -30)}
}

// pb8Std is an 8 of two loops about equal.
func pb8Std(h pbHand) []vec {
	return pb8Loops(h, h.at(0.3, 0.23, 0.02), vec{h.u(0.19, 0.24), h.u(0.2, 0.24)}, h.at(0.3, 0.72, 0.02), vec{h.u(0.24, 0.3), h.u(0.25, 0.28)})
}

func pb8Figure(h pbHand) shape { return shape{pbSpline(h.closeLoop(pb8Std(h))...)} }

// pb8OpenTop leaves the top loop open where the stroke began.
func pb8OpenTop(h pbHand) shape {
	pts := pb8Std(h)
	n := len(pts)
	pts[n-1] = lerp(pts[n-2], pts[n-1], h.u(0.4, 0.7))
	return shape{pbSpline(pts...)}
}

// pb8Mirrored goes round the other way: begun at the top left, clockwise
// round the top loop.
func pb8Mirrored(h pbHand) shape {
	pts := h.closeLoop(pb8Std(h))
	for i, v := range pts {
		pts[i] = vec{0.6 - v.X, v.Y}
	}
	return shape{pbSpline(pts...)}
}

// pb8Lopsided has a small top loop off to one side of a big bottom one.
func pb8Lopsided(h pbHand) shape {
	dx := h.u(0.04, 0.1) * float64(pick(h.r, -1, 1))
	r1 := vec{h.u(0.14, 0.18), h.u(0.14, 0.18)}
	r2 := vec{h.u(0.27, 0.32), h.u(0.29, 0.33)}
	return shape{pbSpline(h.closeLoop(pb8Loops(h, vec{0.3 + dx, 0.16}, r1, vec{0.3 - dx/2, 0.32 + r2.Y}, r2))...)}
}

// pb8Pinched crosses at the waist in two long straight lines, the loops
// pinched to points where they meet.
func pb8Pinched(h pbHand) shape {
	pts := []vec{h.at(0.52, 0.06, 0.02), h.at(0.3, 0, 0.02), h.at(0.08, 0.08, 0.02), h.at(0.1, 0.24, 0.02),
		h.at(0.5, 0.74, 0.02), h.at(0.54, 0.92, 0.02), h.at(0.3, 1, 0.02), h.at(0.06, 0.92, 0.02), h.at(0.1, 0.74, 0.02),
		h.at(0.5, 0.24, 0.02)}
	return shape{pbSpline(h.closeLoop(append(pts, pts[0]))...)}
}

// pb8Circles stacks two loops drawn one after the other.
func pb8Circles(h pbHand) shape {
	r1, r2 := vec{h.u(0.17, 0.22), h.u(0.19, 0.23)}, vec{h.u(0.23, 0.29), h.u(0.24, 0.28)}
	c1 := h.at(0.3, r1.Y, 0.02)
	c2 := vec{0.3 + h.u(-0.03, 0.03), c1.Y + r1.Y + r2.Y + h.u(-0.03, 0.01)}
	loop := func(c, r vec) path {
		return pbOval(c, r.X, r.Y, h.u(-130, -50), h.loop(float64(pick(h.r, -360, 360))), h.u(-0.05, 0.05), 0)
	}
	return shape{loop(c1, r1), loop(c2, r2)}
}

// --- 9: a loop drawn anticlockwise from its upper right, and a stem
// down from where it closes.

// pb9 is a 9 whose loop round c with radii rx, ry turns turn degrees
// from its upper right, and whose stem, made by stem, leaves from the
// loop's end and runs down past side, the loop's right side.
func pb9(h pbHand, c vec, rx, ry, turn float64, stem func(from, side vec) path) shape {
	loop := pbOval(c, rx, ry, h.u(-60, -25), turn, h.u(-0.04, 0.04), h.u(-0.08, 0.04))
	return shape{join(loop, stem(loop[len(loop)-1], at(c, rx, ry, h.u(0, 20))))}
}

// pb9StraightStem is a stem straight down to the bottom.
func pb9StraightStem(h pbHand) func(from, side vec) path {
	return func(from, side vec) path { return pbSpline(from, side, vec{side.X + h.u(-0.04, 0.02), 1}) }
}

func pb9Straight(h pbHand) shape {
	return pb9(h, h.at(0.3, 0.27, 0.02), h.u(0.24, 0.29), h.u(0.23, 0.27), h.loop(-360), pb9StraightStem(h))
}

func pb9SmallLoop(h pbHand) shape {
	return pb9(h, h.at(0.34, 0.2, 0.02), h.u(0.17, 0.21), h.u(0.15, 0.19), h.loop(-360), pb9StraightStem(h))
}

func pb9LargeLoop(h pbHand) shape {
	ry := h.u(0.3, 0.34)
	return pb9(h, vec{0.3, ry}, h.u(0.27, 0.31), ry, h.loop(-360), pb9StraightStem(h))
}

// pb9OpenLoop stops the loop before it comes back to its start, and
// goes down from there.
func pb9OpenLoop(h pbHand) shape {
	return pb9(h, h.at(0.3, 0.27, 0.02), h.u(0.24, 0.29), h.u(0.23, 0.27), -h.u(310, 330), pb9StraightStem(h))
}

// pb9Curved bends its stem to the left at the bottom.
func pb9Curved(h pbHand) shape {
	return pb9(h, h.at(0.3, 0.27, 0.02), h.u(0.24, 0.29), h.u(0.23, 0.27), h.loop(-360), func(from, side vec) path {
		return pbSpline(from, side, vec{side.X + h.u(-0.02, 0.02), 0.68}, vec{side.X - h.u(0.04, 0.08), 0.92}, h.at(side.X-h.u(0.18, 0.26), 1, 0.02))
	})
}

// pb9Slanted sends its stem down to the left in a straight slant.
func pb9Slanted(h pbHand) shape {
	return pb9(h, h.at(0.38, 0.25, 0.02), h.u(0.2, 0.25), h.u(0.2, 0.24), h.loop(-360), func(from, side vec) path {
		return pbSpline(from, side, vec{side.X - h.u(0.2, 0.3), 1})
	})
}

// pb9TwoStrokes draws the loop, lifts, and puts the stem down its right
// side.
func pb9TwoStrokes(h pbHand) shape {
	c, rx, ry := h.at(0.3, 0.27, 0.02), h.u(0.23, 0.28), h.u(0.22, 0.27)
	loop := pbOval(c, rx, ry, h.u(-40, 20), h.loop(-360), h.u(-0.04, 0.04), 0)
	from := at(c, rx, ry, h.u(-50, -20)).add(h.at(0.01, 0, 0.015))
	side := at(c, rx, ry, h.u(0, 15)).add(vec{0.01, 0})
	return shape{loop, pbSpline(from, side, vec{side.X + h.u(-0.03, 0.02), 1})}
}
