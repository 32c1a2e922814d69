package drawset

import "math"

// passersbyOthers are what passers-by draw to see whether the pad knows a
// digit from something else: letters no reader takes for a digit, shapes,
// doodles, marks, scribbles, and numbers of two or three digits, which
// are not one digit. Letters that can pass for a digit (O, l, I, S, Z, B,
// b, g, q, G, T and the like) are left out. They are in glyph space of any
// size; each is normalized before it is put down. The held field is the
// split into halves, fixed before any drawing was made.
var passersbyOthers = []pbFamily{
	{-1, "letter-A", false, pbLetterA},
	{-1, "letter-E", false, pbLetterE},
	{-1, "letter-H", false, pbLetterH},
	{-1, "letter-M", false, pbLetterM},
	{-1, "letter-R", false, pbLetterR},
	{-1, "letter-x", false, pbLetterCursiveX},
	{-1, "smiley", false, pbSmiley},
	{-1, "star", false, pbStar},
	{-1, "arrow", false, pbArrow},
	{-1, "spiral", false, pbSpiral},
	{-1, "crosshatch", false, pbCrosshatch},
	{-1, "checkmark", false, pbCheckmark},
	{-1, "dots", false, pbDots},
	{-1, "triangle", false, pbTriangle},
	{-1, "two-digits", false, pbTwoDigits},

	{-1, "letter-F", true, pbLetterF},
	{-1, "letter-K", true, pbLetterK},
	{-1, "letter-N", true, pbLetterN},
	{-1, "letter-W", true, pbLetterW},
	{-1, "letter-Y", true, pbLetterY},
	{-1, "letter-X", true, pbLetterX},
	{-1, "letter-k", true, pbLetterSmallK},
	{-1, "letter-m", true, pbLetterSmallM},
	{-1, "heart", true, pbHeart},
	{-1, "house", true, pbHouse},
	{-1, "cloud", true, pbCloud},
	{-1, "zigzag", true, pbZigzag},
	{-1, "scribble", true, pbScribble},
	{-1, "asterisk", true, pbAsterisk},
	{-1, "wave", true, pbWave},
	{-1, "boxed-x", true, pbBoxedX},
	{-1, "three-digits", true, pbThreeDigits},
}

// --- Capital letters, 0.6 to 0.8 wide and 1 tall, as people print them.

func pbLetterA(h pbHand) shape {
	return shape{pbPoly(0.01, h.at(0, 1, 0.03), h.at(0.32, 0, 0.03), h.at(0.64, 1, 0.03)),
		poly(h.at(0.15, 0.6, 0.03), h.at(0.5, 0.6, 0.03))}
}

func pbLetterE(h pbHand) shape {
	return shape{pbPoly(0.015, h.at(0.55, 0, 0.03), h.at(0.02, 0.02, 0.02), h.at(0, 1, 0.02), h.at(0.56, 0.98, 0.03)),
		poly(h.at(0.01, 0.5, 0.03), h.at(0.44, 0.5, 0.04))}
}

func pbLetterF(h pbHand) shape {
	return shape{pbPoly(0.015, h.at(0.56, 0, 0.03), h.at(0.02, 0.02, 0.02), h.at(0, 1, 0.02)),
		poly(h.at(0.01, 0.48, 0.03), h.at(0.42, 0.48, 0.04))}
}

func pbLetterH(h pbHand) shape {
	return shape{poly(h.at(0, 0, 0.03), h.at(0, 1, 0.03)), poly(h.at(0.6, 0, 0.03), h.at(0.6, 1, 0.03)),
		poly(h.at(0, 0.5, 0.04), h.at(0.6, 0.5, 0.04))}
}

func pbLetterK(h pbHand) shape {
	j := h.at(0.02, 0.55, 0.03)
	return shape{poly(h.at(0, 0, 0.03), h.at(0, 1, 0.03)), pbPoly(0.01, h.at(0.55, 0, 0.03), j, h.at(0.58, 1, 0.03))}
}

func pbLetterM(h pbHand) shape {
	return shape{pbPoly(0.01, h.at(0, 1, 0.02), h.at(0.05, 0, 0.02), h.at(0.37, h.u(0.55, 0.8), 0.03), h.at(0.69, 0, 0.02), h.at(0.74, 1, 0.02))}
}

func pbLetterN(h pbHand) shape {
	return shape{pbPoly(0.01, h.at(0, 1, 0.02), h.at(0.01, 0, 0.02), h.at(0.58, 1, 0.02), h.at(0.6, 0, 0.02))}
}

// pbLetterR is a stem, a bowl off its top and a leg, the bowl and leg in
// one stroke.
func pbLetterR(h pbHand) shape {
	w := h.at(0.03, 0.5, 0.02)
	return shape{poly(h.at(0, 0, 0.02), h.at(0, 1, 0.02)),
		join(pbSpline(h.at(0.02, 0.02, 0.02), h.at(0.42, 0.04, 0.03), h.at(0.54, 0.25, 0.02), h.at(0.4, 0.46, 0.02), w),
			poly(w, h.at(0.58, 1, 0.03)))}
}

func pbLetterW(h pbHand) shape {
	return shape{pbPoly(0.01, h.at(0, 0, 0.02), h.at(0.2, 1, 0.02), h.at(0.42, h.u(0.2, 0.45), 0.03), h.at(0.64, 1, 0.02), h.at(0.86, 0, 0.02))}
}

func pbLetterY(h pbHand) shape {
	j := h.at(0.3, 0.48, 0.03)
	return shape{pbPoly(0.01, h.at(0, 0, 0.03), j, h.at(0.6, 0, 0.03)), poly(j.add(h.at(0, 0, 0.01)), h.at(0.3, 1, 0.03))}
}

func pbLetterX(h pbHand) shape {
	return shape{poly(h.at(0, 0, 0.04), h.at(0.7, 1, 0.04)), poly(h.at(0.7, 0, 0.04), h.at(0, 1, 0.04))}
}

// --- Small letters, an ascender 1 tall, the x-height 0.55.

// pbLetterSmallK is a tall stem and a small arm and leg.
func pbLetterSmallK(h pbHand) shape {
	j := h.at(0.03, 0.72, 0.02)
	return shape{poly(h.at(0, 0, 0.02), h.at(0, 1, 0.02)), pbPoly(0.01, h.at(0.4, 0.42, 0.03), j, h.at(0.42, 1, 0.03))}
}

// pbLetterSmallM goes down the first stem, back up it and over two arches.
func pbLetterSmallM(h pbHand) shape {
	a, b := h.at(0.36, 0.5, 0.02), h.at(0.72, 0.5, 0.02)
	return shape{join(poly(h.at(0, 0.45, 0.02), h.at(0, 1, 0.01), vec{0.01, 0.6}),
		pbSpline(vec{0.01, 0.6}, h.at(0.16, 0.45, 0.02), a.add(vec{0, 0.12}), h.at(a.X, 1, 0.02)),
		poly(h.at(a.X, 1, 0.02), a.add(vec{0.01, 0.12})),
		pbSpline(a.add(vec{0.01, 0.12}), h.at(a.X+0.16, 0.45, 0.02), b.add(vec{0, 0.12}), h.at(b.X, 1, 0.02)))}
}

// pbLetterCursiveX is an x written as two arcs back to back, as in joined
// handwriting.
func pbLetterCursiveX(h pbHand) shape {
	return shape{pbSpline(h.at(0, 0.05, 0.02), h.at(0.22, 0, 0.02), h.at(0.3, 0.5, 0.02), h.at(0.38, 1, 0.02), h.at(0.6, 0.95, 0.02)),
		pbSpline(h.at(0.7, 0.08, 0.02), h.at(0.52, 0, 0.02), h.at(0.3, 0.5, 0.02), h.at(0.12, 1, 0.02), h.at(-0.06, 0.9, 0.02))}
}

// --- Shapes and doodles.

// pbSmiley is a face: the round of it, two eyes and a smile.
func pbSmiley(h pbHand) shape {
	c := vec{0.5, 0.5}
	face := pbOval(c, h.u(0.46, 0.52), h.u(0.44, 0.5), h.u(-120, -60), h.loop(-360), h.u(-0.04, 0.04), 0)
	eye := func(x float64) path {
		e := h.at(x, 0.35, 0.03)
		return poly(e, e.add(h.at(0.01, 0.05, 0.01)))
	}
	return shape{face, eye(0.34), eye(0.66), pbOval(h.at(0.5, 0.52, 0.02), h.u(0.2, 0.26), h.u(0.14, 0.2), h.u(20, 35), h.u(110, 140), 0, 0)}
}

// pbHeart comes down the left lobe to the point and up the right one.
func pbHeart(h pbHand) shape {
	top, tip := h.at(0.5, 0.25, 0.03), h.at(0.5, 1, 0.02)
	left := pbSpline(top, h.at(0.32, 0.02, 0.02), h.at(0.08, 0.06, 0.02), h.at(0.02, 0.32, 0.02), h.at(0.2, 0.64, 0.03), tip)
	right := pbSpline(tip, h.at(0.8, 0.64, 0.03), h.at(0.98, 0.32, 0.02), h.at(0.92, 0.06, 0.02), h.at(0.68, 0.02, 0.02), top.add(h.at(0, 0, 0.03)))
	return shape{join(left, right)}
}

// pbStar is a five-pointed star in one stroke, point to point.
func pbStar(h pbHand) shape {
	a0 := -90 + h.u(-8, 8)
	var pts []vec
	for k := 0; k <= 5; k++ {
		pts = append(pts, at(vec{0.5, 0.52}, 0.5, 0.5, a0+float64(k)*144).add(h.at(0, 0, 0.04)))
	}
	return shape{pbPoly(0.01, pts...)}
}

// pbHouse is a box, a roof over it and sometimes a door.
func pbHouse(h pbHand) shape {
	s := shape{pbPoly(0.01, h.at(0, 0.45, 0.02), h.at(0, 1, 0.02), h.at(0.8, 1, 0.02), h.at(0.8, 0.45, 0.02)),
		pbPoly(0.01, h.at(-0.06, 0.5, 0.02), h.at(0.4, 0, 0.03), h.at(0.86, 0.5, 0.02))}
	if h.coin(0.6) {
		x := h.u(0.25, 0.45)
		s = append(s, pbPoly(0.01, vec{x, 1}, h.at(x, 0.72, 0.02), h.at(x+0.15, 0.72, 0.02), vec{x + 0.15, 1}))
	}
	return s
}

// pbArrow is a shaft and a head, pointing left or right.
func pbArrow(h pbHand) shape {
	tip, tail := h.at(1, 0.25, 0.02), h.at(0, 0.25, 0.03)
	if h.coin(0.3) {
		tip, tail = tail, tip
	}
	d := tail.sub(tip).mul(h.u(0.2, 0.3))
	return shape{poly(tail, tip), pbPoly(0.005, tip.add(vec{d.X, -0.12}).add(h.at(0, 0, 0.02)), tip, tip.add(vec{d.X, 0.12}).add(h.at(0, 0, 0.02)))}
}

// pbCloud is a round of bumps.
func pbCloud(h pbHand) shape {
	n := 6 + h.r.IntN(3)
	a0 := h.u(0, 360)
	var out path
	for k := range n {
		a, b := a0+float64(k)*360/float64(n), a0+float64(k+1)*360/float64(n)
		p, q := at(vec{0.5, 0.35}, 0.5, 0.3, a), at(vec{0.5, 0.35}, 0.5, 0.3, b)
		m := lerp(p, q, 0.5)
		out = join(out, pbOval(m, p.dist(q)/2*h.u(0.9, 1.1), p.dist(q)/2*h.u(0.8, 1.1), math.Atan2(p.Y-m.Y, p.X-m.X)*180/math.Pi, 180, 0, 0))
	}
	return shape{out}
}

// pbSpiral winds out from the middle two and a half to three and a half
// times.
func pbSpiral(h pbHand) shape {
	turns := h.u(2.5, 3.5)
	dir := float64(pick(h.r, -1, 1))
	n := int(turns * 60)
	p := make(path, n+1)
	a0 := h.u(0, 2*math.Pi)
	for i := range p {
		t := float64(i) / float64(n)
		r := 0.04 + 0.46*t
		a := a0 + dir*t*turns*2*math.Pi
		p[i] = vec{0.5 + r*math.Cos(a), 0.5 + r*math.Sin(a)}
	}
	return shape{p}
}

// pbZigzag runs left to right in five to eight strokes up and down.
func pbZigzag(h pbHand) shape {
	n := 5 + h.r.IntN(4)
	pts := make([]vec, n+1)
	for i := range pts {
		pts[i] = h.at(float64(i)/float64(n), float64(i%2)*h.u(0.3, 0.4), 0.02)
	}
	return shape{pbPoly(0.01, pts...)}
}

// pbCrosshatch is three or four lines one way and as many across them.
func pbCrosshatch(h pbHand) shape {
	n := 3 + h.r.IntN(2)
	tilt := h.u(-0.2, 0.2)
	var s shape
	for i := range n {
		x := 0.1 + 0.8*float64(i)/float64(n-1)
		s = append(s, poly(h.at(x+tilt, 0, 0.03), h.at(x-tilt, 1, 0.03)))
	}
	for i := range n {
		y := 0.1 + 0.8*float64(i)/float64(n-1)
		s = append(s, poly(h.at(0, y-tilt, 0.03), h.at(1, y+tilt, 0.03)))
	}
	return s
}

// pbScribble is a ball of overlapping loops, as a child scribbles or
// someone blacks a drawing out.
func pbScribble(h pbHand) shape {
	var f, ph [6]float64
	for i := range f {
		f[i], ph[i] = h.u(0.6, 2.4)*float64(pick(h.r, -1, 1)), h.u(0, 2*math.Pi)
	}
	n := 500
	p := make(path, n+1)
	turns := h.u(5, 8)
	for i := range p {
		t := float64(i) / float64(n) * turns * 2 * math.Pi
		p[i] = vec{0.5 + 0.3*math.Cos(t+ph[0]) + 0.12*math.Cos(f[1]*t+ph[1]) + 0.08*math.Cos(f[2]*t+ph[2]),
			0.5 + 0.3*math.Sin(t+ph[3]) + 0.12*math.Sin(f[4]*t+ph[4]) + 0.08*math.Sin(f[5]*t+ph[5])}
	}
	return shape{p}
}

// pbCheckmark is a short stroke down and a long one up to the right.
func pbCheckmark(h pbHand) shape {
	return shape{pbPoly(0.01, h.at(0, 0.55, 0.04), h.at(0.32, 1, 0.03), h.at(1, 0, 0.05))}
}

// pbAsterisk is two to four lines through one middle: a plus, an x or a
// star of lines.
func pbAsterisk(h pbHand) shape {
	n := 2 + h.r.IntN(3)
	a0 := h.u(0, 180/float64(n))
	var s shape
	for k := range n {
		a := a0 + float64(k)*180/float64(n) + h.u(-6, 6)
		s = append(s, poly(at(vec{0.5, 0.5}, 0.5, 0.5, a).add(h.at(0, 0, 0.03)), at(vec{0.5, 0.5}, 0.5, 0.5, a+180).add(h.at(0, 0, 0.03))))
	}
	return s
}

// pbDots is three to seven dots dabbed about, each a tiny stroke.
func pbDots(h pbHand) shape {
	n := 3 + h.r.IntN(5)
	var s shape
	for k := range n {
		c := h.at(float64(k%3)*0.4+0.1, float64(k/3)*0.4+0.1, 0.12)
		s = append(s, poly(c, c.add(h.at(0.015, 0.015, 0.012))))
	}
	return s
}

// pbWave is a wavy line of two to four waves.
func pbWave(h pbHand) shape {
	waves, amp, ph := h.u(2, 4), h.u(0.06, 0.14), h.u(0, 2*math.Pi)
	p := make(path, 121)
	for i := range p {
		t := float64(i) / 120
		p[i] = vec{t, amp * math.Sin(2*math.Pi*waves*t+ph)}
	}
	return shape{p}
}

// pbTriangle is a triangle in one stroke, back to its start.
func pbTriangle(h pbHand) shape {
	a := h.at(0.5, 0, 0.05)
	pts := []vec{a, h.at(0, 0.9, 0.04), h.at(1, 0.9, 0.04), a}
	return shape{pbPoly(0.015, h.closeLoop(pts)...)}
}

// pbBoxedX is a square crossed corner to corner.
func pbBoxedX(h pbHand) shape {
	a, b, c, d := h.at(0, 0, 0.03), h.at(0, 1, 0.03), h.at(1, 1, 0.03), h.at(1, 0, 0.03)
	return shape{pbPoly(0.015, a, b, c, d, a.add(h.at(0, 0, 0.02))), poly(a, c.add(h.at(0, 0, 0.02))), poly(d.add(h.at(0, 0, 0.02)), b)}
}

// --- Numbers: digits side by side are not one digit.

// pbNumbers are the numbers passers-by write for pbTwoDigits and
// pbThreeDigits; none is a 1 beside a 1, which can pass for a scribble.
var pbNumbers = [][]int{{1, 2}, {3, 5}, {4, 7}, {9, 0}, {2, 8}, {6, 3}, {7, 1}, {5, 4}, {8, 6}, {1, 9},
	{1, 2, 3}, {2, 0, 5}, {4, 6, 8}, {7, 3, 9}, {1, 0, 0}, {5, 6, 2}}

func pbTwoDigits(h pbHand) shape   { return pbNumber(h, pick(h.r, pbNumbers[:10]...)) }
func pbThreeDigits(h pbHand) shape { return pbNumber(h, pick(h.r, pbNumbers[10:]...)) }

// pbNumber writes the digits one after the other, each in a way of
// writing it of passersbyDigits, a little apart.
func pbNumber(h pbHand, ds []int) shape {
	var out shape
	x := 0.0
	for _, d := range ds {
		var fams []pbFamily
		for _, f := range passersbyDigits {
			if f.label == d {
				fams = append(fams, f)
			}
		}
		g := pick(h.r, fams...).make(h)
		lo, hi := bounds(g)
		y := h.u(-0.05, 0.05)
		for _, p := range g {
			q := make(path, len(p))
			for i, v := range p {
				q[i] = vec{v.X - lo.X + x, v.Y + y}
			}
			out = append(out, q)
		}
		x += hi.X - lo.X + h.u(0.12, 0.25)
	}
	return out
}
