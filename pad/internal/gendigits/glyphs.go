package main

// The glyphs, by label. Each function is one way of drawing the digit, in
// glyph space (see vec); the styles table in generate.go places them on the
// pad. Strokes run in the direction and order most people draw them.

// Zeros.

func zeroOval(rx float64) glyph {
	// From the top, anticlockwise, overshooting the start a little.
	return glyph{cat(arc(vec{0.3, 0.5}, rx, 0.5, -90, -460))}
}

func zeroClockwiseGap() glyph {
	// Clockwise from the top, stopping short of closing.
	return glyph{cat(arc(vec{0.3, 0.5}, 0.3, 0.5, -100, 225))}
}

func zeroHalves() glyph {
	c := vec{0.3, 0.5}
	return glyph{
		cat(arc(c, 0.3, 0.5, -90, -270)),
		cat(arc(c, 0.3, 0.5, -90, 90)),
	}
}

func zeroEgg() glyph {
	// Narrow at the top, wide at the bottom.
	top, bot := vec{0.32, 0}, vec{0.3, 1}
	return glyph{cat(
		bez(top, vec{0.02, 0.02}, vec{-0.06, 0.98}, bot),
		bez(bot, vec{0.68, 1.0}, vec{0.62, 0.0}, vec{0.26, 0.04}),
	)}
}

// Ones.

func oneLine() glyph { return glyph{cat(line(vec{0.3, 0}, vec{0.3, 1}))} }

func oneFlag(flagX, flagY float64) glyph {
	return glyph{cat(line(vec{flagX, flagY}, vec{0.33, 0}, vec{0.31, 1}))}
}

func oneFlagBase() glyph {
	return glyph{
		cat(line(vec{0.12, 0.2}, vec{0.33, 0}, vec{0.33, 1})),
		cat(line(vec{0.1, 1}, vec{0.56, 1})),
	}
}

func oneUpward() glyph {
	// Drawn from the bottom up, with a slight bow.
	return glyph{cat(bez(vec{0.26, 1}, vec{0.32, 0.65}, vec{0.3, 0.3}, vec{0.36, 0}))}
}

// Twos.

// twoTop is the hook of a 2, from its left end over the top to where the
// diagonal starts.
var twoTop = arc(vec{0.3, 0.27}, 0.28, 0.26, 195, 385)

func twoCurve() glyph {
	e := at(vec{0.3, 0.27}, 0.28, 0.26, 385)
	return glyph{cat(twoTop,
		bez(e, vec{0.5, 0.55}, vec{0.2, 0.78}, vec{0.02, 1}),
		line(vec{0.02, 1}, vec{0.62, 1}))}
}

func twoLoop() glyph {
	e := at(vec{0.3, 0.27}, 0.28, 0.26, 385)
	return glyph{cat(twoTop,
		bez(e, vec{0.5, 0.52}, vec{0.3, 0.68}, vec{0.12, 0.84}),
		bez(vec{0.12, 0.84}, vec{-0.14, 1.08}, vec{-0.1, 0.66}, vec{0.24, 0.9}),
		bez(vec{0.24, 0.9}, vec{0.34, 0.97}, vec{0.48, 1.0}, vec{0.62, 0.96}))}
}

func twoAngular() glyph {
	return glyph{cat(line(vec{0.02, 0.2}, vec{0.3, 0}, vec{0.58, 0.18}, vec{0.02, 1}, vec{0.62, 1}))}
}

func twoWavyBase() glyph {
	e := at(vec{0.3, 0.27}, 0.28, 0.26, 385)
	return glyph{cat(twoTop,
		bez(e, vec{0.45, 0.6}, vec{0.15, 0.8}, vec{0.02, 0.97}),
		bez(vec{0.02, 0.97}, vec{0.2, 0.88}, vec{0.4, 1.06}, vec{0.64, 0.94}))}
}

// Threes.

func threeRound(split bool) glyph {
	up, lo := vec{0.3, 0.25}, vec{0.3, 0.75}
	upper := arc(up, 0.26, 0.25, 200, 450)
	if !split {
		return glyph{cat(upper, arc(lo, 0.3, 0.25, 270, 505))}
	}
	return glyph{cat(upper), cat(arc(lo, 0.3, 0.25, 245, 505))}
}

func threeFlatTop() glyph {
	return glyph{cat(
		line(vec{0.04, 0}, vec{0.56, 0}, vec{0.22, 0.4}),
		bez(vec{0.22, 0.4}, vec{0.78, 0.32}, vec{0.72, 1.08}, vec{0.02, 0.88}))}
}

func threeCusp() glyph {
	up, lo := vec{0.3, 0.26}, vec{0.3, 0.75}
	e := at(up, 0.26, 0.24, 430)
	return glyph{cat(
		arc(up, 0.26, 0.24, 195, 430),
		line(e, vec{0.14, 0.5}),
		bez(vec{0.14, 0.5}, vec{0.4, 0.46}, vec{0.62, 0.55}, at(lo, 0.3, 0.25, 0)),
		arc(lo, 0.3, 0.25, 0, 145))}
}

// Fours.

func fourOpen(bar float64) glyph {
	return glyph{
		cat(line(vec{0.08, 0}, vec{0.03, bar}, vec{0.62, bar})),
		cat(line(vec{0.48, 0.08}, vec{0.48, 1})),
	}
}

func fourClosed() glyph {
	return glyph{
		cat(line(vec{0.44, 0}, vec{0, 0.66}, vec{0.62, 0.66})),
		cat(line(vec{0.44, 0}, vec{0.45, 1})),
	}
}

func fourOneStroke() glyph {
	return glyph{cat(line(vec{0.45, 1}, vec{0.45, 0}, vec{0, 0.66}, vec{0.64, 0.66}))}
}

// Fives.

var fiveBowlCentre = vec{0.28, 0.69}

func fiveBowl(rx, ry float64) []piece { return arc(fiveBowlCentre, rx, ry, 215, 500) }

func fiveTwoStrokes(rx, ry float64) glyph {
	s := at(fiveBowlCentre, rx, ry, 215)
	return glyph{
		cat(line(vec{0.07, 0.02}, s), fiveBowl(rx, ry)),
		cat(line(vec{0.07, 0.02}, vec{0.58, 0})),
	}
}

func fiveOneStroke() glyph {
	s := at(fiveBowlCentre, 0.3, 0.28, 215)
	return glyph{cat(line(vec{0.58, 0}, vec{0.08, 0.01}, s), fiveBowl(0.3, 0.28))}
}

func fiveAngular() glyph {
	return glyph{
		cat(line(vec{0.08, 0}, vec{0.05, 0.45}, vec{0.42, 0.42}, vec{0.6, 0.58}, vec{0.58, 0.86}, vec{0.38, 1}, vec{0, 0.92})),
		cat(line(vec{0.08, 0}, vec{0.58, 0})),
	}
}

func fiveHatFirst() glyph {
	s := at(fiveBowlCentre, 0.3, 0.28, 215)
	return glyph{
		cat(line(vec{0.6, 0.01}, vec{0.08, 0})),
		cat(line(vec{0.08, 0}, s), fiveBowl(0.3, 0.28)),
	}
}

// Sixes.

func sixCurved(c vec, rx, ry float64) glyph {
	start := at(c, rx, ry, 180)
	return glyph{cat(
		bez(vec{0.52, 0}, vec{0.2, 0.08}, vec{start.X, 0.35}, start),
		arc(c, rx, ry, 180, -175))}
}

func sixStraight() glyph {
	c := vec{0.3, 0.72}
	start := at(c, 0.28, 0.27, 200)
	return glyph{cat(line(vec{0.48, 0}, start), arc(c, 0.28, 0.27, 200, -160))}
}

func sixTwoStrokes() glyph {
	c := vec{0.3, 0.72}
	return glyph{
		cat(bez(vec{0.5, 0}, vec{0.2, 0.1}, vec{0.03, 0.4}, vec{0.04, 0.75})),
		cat(arc(c, 0.27, 0.27, 170, -180)),
	}
}

// Sevens.

func sevenPlain() glyph { return glyph{cat(line(vec{0, 0}, vec{0.6, 0}, vec{0.22, 1}))} }

func sevenCrossbar() glyph {
	return glyph{
		cat(line(vec{0, 0}, vec{0.6, 0}, vec{0.22, 1})),
		cat(line(vec{0.16, 0.52}, vec{0.56, 0.5})),
	}
}

func sevenHook() glyph {
	return glyph{cat(line(vec{0, 0.15}, vec{0.02, 0}, vec{0.6, 0}, vec{0.24, 1}))}
}

func sevenCurved() glyph {
	return glyph{cat(
		line(vec{0, 0.02}, vec{0.6, 0}),
		bez(vec{0.6, 0}, vec{0.4, 0.3}, vec{0.25, 0.6}, vec{0.22, 1}))}
}

// Eights.

func eightOneStroke(top float64) glyph {
	// Start at the upper right, anticlockwise round the top loop, down
	// through the waist, clockwise round the bottom loop, and back up.
	up := vec{0.3, top / 2}
	lo := vec{0.3, top + (1-top)/2}
	trx, try, brx, bry := 0.23*top/0.5, top/2, 0.3, (1-top)/2
	return glyph{cat(
		arc(up, trx, try, -30, -180),
		bez(at(up, trx, try, 180), vec{up.X - trx, top - 0.05}, vec{0.6, top + 0.05}, at(lo, brx, bry, 0)),
		arc(lo, brx, bry, 0, 180),
		bez(at(lo, brx, bry, 180), vec{0, top + 0.05}, vec{up.X + trx, top - 0.05}, at(up, trx, try, 0)),
		arc(up, trx, try, 0, -40))}
}

func eightTwoLoops() glyph {
	return glyph{
		cat(arc(vec{0.3, 0.25}, 0.22, 0.25, -90, -450)),
		cat(arc(vec{0.3, 0.75}, 0.3, 0.25, -90, 270)),
	}
}

// Nines.

var nineHeadCentre = vec{0.3, 0.27}

func nineHead() []piece { return arc(nineHeadCentre, 0.27, 0.26, -5, -365) }

func nineStraight() glyph {
	e := at(nineHeadCentre, 0.27, 0.26, -5)
	return glyph{cat(nineHead(), line(e, vec{0.55, 1}))}
}

func nineCurved() glyph {
	e := at(nineHeadCentre, 0.27, 0.26, -5)
	return glyph{cat(nineHead(), bez(e, vec{0.6, 0.6}, vec{0.5, 0.95}, vec{0.18, 1}))}
}

func nineHook() glyph {
	e := at(nineHeadCentre, 0.27, 0.26, -5)
	return glyph{cat(nineHead(),
		line(e, vec{0.56, 0.88}),
		bez(vec{0.56, 0.88}, vec{0.56, 1.0}, vec{0.4, 1.02}, vec{0.28, 0.94}))}
}

func nineTwoStrokes() glyph {
	return glyph{
		cat(arc(nineHeadCentre, 0.27, 0.26, 0, -360)),
		cat(line(vec{0.57, 0.04}, vec{0.55, 1})),
	}
}
