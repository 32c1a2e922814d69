package drawset

import "math"

// touristOthers are what tourists draw when the pad asks for a digit
// and they do not write one: letters that look like no digit, a word or
// their name, characters of their own scripts, pictures, signs,
// scribbles, and numbers of more than one digit. Each is made at any
// size (it is normalized before it is put down). The halves were fixed
// by this list before any drawing was made.
var touristOthers = []splitFamily[*touristHand]{
	{-1, "letter-A", false, letterA},
	{-1, "letter-K", false, letterK},
	{-1, "letter-m", false, letterSmallM},
	{-1, "word-hello", false, wordHello},
	{-1, "name-MAX", false, nameMAX},
	{-1, "kanji-tree", false, kanjiTree},     // 木
	{-1, "cyrillic-zhe", false, cyrillicZhe}, // Ж
	{-1, "house", false, house},
	{-1, "heart", false, heart},
	{-1, "star", false, star},
	{-1, "arrow", false, arrow},
	{-1, "hash", false, hash},
	{-1, "number-42", false, number42},
	{-1, "scribble", false, scribble},
	{-1, "fish", false, fish},
	{-1, "smiley", false, smiley},
	{-1, "triangle", false, triangle},
	{-1, "car", false, car},
	{-1, "letter-E", true, letterE},
	{-1, "letter-R", true, letterR},
	{-1, "letter-w", true, letterSmallW},
	{-1, "word-cat", true, wordCat},
	{-1, "signature", true, signature},
	{-1, "devanagari-word", true, devanagariWord},
	{-1, "arabic-word", true, arabicWord}, // سلام
	{-1, "hangul-han", true, hangulHan},   // 한
	{-1, "fir-tree", true, firTree},
	{-1, "sailboat", true, sailboat},
	{-1, "flower", true, flower},
	{-1, "sun", true, sun},
	{-1, "check-mark", true, checkMark},
	{-1, "percent", true, percent},
	{-1, "number-2024", true, number2024},
	{-1, "hatching", true, hatching},
	{-1, "spiral", true, spiral},
	{-1, "dots", true, dots},
}

// moved returns s moved by d.
func moved(s shape, d vec) shape {
	out := make(shape, len(s))
	for i, p := range s {
		out[i] = make(path, len(p))
		for j, v := range p {
			out[i][j] = v.add(d)
		}
	}
	return out
}

func letterA(h *touristHand) shape {
	y := h.u(0.55, 0.7)
	return shape{poly(h.p(0, 1), h.p(0.36, 0), h.p(0.72, 1)), poly(h.p(0.36-0.36*y-0.03, y), h.p(0.36+0.36*y+0.03, y))}
}

func letterK(h *touristHand) shape {
	m := h.p(0.04, h.u(0.45, 0.6))
	return shape{poly(h.p(0, 0), h.p(0, 1)), poly(h.p(0.6, 0), m, h.p(0.64, 1))}
}

// hump is an arch from (x, y) to (x+w, y), as tall as ht.
func hump(x, y, w, ht float64) path { return arc(vec{x + w/2, y}, w/2, ht, 180, 360) }

func letterSmallM(h *touristHand) shape {
	w1, w2, top := h.u(0.3, 0.38), h.u(0.3, 0.38), h.u(0.25, 0.4)
	y := top + h.u(0.12, 0.2)
	return shape{join(poly(h.p(0, top), vec{0, 1}, vec{0, y}), hump(0, y, w1, y-top), poly(vec{w1, y}, vec{w1, 1}, vec{w1, y}),
		hump(w1, y, w2, y-top), poly(vec{w1 + w2, y}, h.p(w1+w2, 1)))}
}

func wordHello(h *touristHand) shape {
	pts := []vec{
		{0, 0.75}, {0.1, 0.35}, {0.14, 0.02}, {0.06, 0.1}, {0.05, 0.6}, {0.05, 1}, // h's loop
		{0.12, 0.68}, {0.24, 0.64}, {0.28, 0.8}, {0.3, 0.98}, // its arch
		{0.4, 0.88}, {0.52, 0.74}, {0.45, 0.62}, {0.37, 0.76}, {0.42, 0.96}, {0.55, 0.97}, // e
		{0.66, 0.6}, {0.72, 0.05}, {0.64, 0.08}, {0.61, 0.6}, {0.66, 0.98}, // l
		{0.8, 0.6}, {0.86, 0.05}, {0.78, 0.08}, {0.75, 0.6}, {0.8, 0.98}, // l
		{0.94, 0.78}, {1.03, 0.64}, {1.1, 0.8}, {1.03, 0.98}, {0.95, 0.84}, {1.03, 0.65}, {1.16, 0.62}, // o
	}
	for i := range pts {
		pts[i] = pts[i].add(vec{h.stray(), h.stray()})
	}
	return shape{through(pts...)}
}

func nameMAX(h *touristHand) shape {
	return shape{
		poly(h.p(0, 1), h.p(0.02, 0), h.p(0.25, h.u(0.45, 0.6)), h.p(0.48, 0), h.p(0.5, 1)),
		poly(h.p(0.64, 1), h.p(0.87, 0), h.p(1.1, 1)), poly(h.p(0.72, 0.62), h.p(1.02, 0.62)),
		poly(h.p(1.22, 0), h.p(1.62, 1)), poly(h.p(1.62, 0), h.p(1.22, 1)),
	}
}

func kanjiTree(h *touristHand) shape {
	y := h.u(0.25, 0.35)
	return shape{
		poly(h.p(0, y), h.p(1, y-0.02)), poly(h.p(0.5, 0), h.p(0.5, 1)),
		through(h.p(0.48, y+0.02), h.p(0.3, y+0.32), h.p(0.02, 0.82)), poly(h.p(0.52, y+0.04), h.p(0.98, 0.8)),
	}
}

func cyrillicZhe(h *touristHand) shape {
	m := h.u(0.45, 0.55)
	return shape{
		poly(h.p(0.02, 0), h.p(0.46, m), h.p(0, 1)), poly(h.p(0.5, 0), h.p(0.5, 1)), poly(h.p(0.98, 0), h.p(0.54, m), h.p(1, 1)),
	}
}

func house(h *touristHand) shape {
	a, b, c, d, e := h.p(0.1, 1), h.p(0.1, 0.45), h.p(0.9, 0.45), h.p(0.9, 1), h.p(0.5, 0)
	if h.coin(0.5) { // the house of St Nicholas, in one stroke
		return shape{poly(a, b, c, a, d, b, e, c, d)}
	}
	x := h.u(0.3, 0.55)
	return shape{poly(c, d, a, b, c), poly(h.p(0.02, 0.5), e, h.p(0.98, 0.5)), poly(h.p(x, 1), h.p(x, 0.7), h.p(x+0.16, 0.7), h.p(x+0.16, 1))}
}

func heart(h *touristHand) shape {
	tip, dip := h.p(0.5, 1), h.p(0.5, 0.25)
	return shape{join(bez(dip, h.p(0.05, -0.12), h.p(-0.05, 0.55), tip), bez(tip, h.p(1.05, 0.55), h.p(0.95, -0.12), dip.add(vec{h.stray(), h.stray()})))}
}

func star(h *touristHand) shape {
	a0 := -90 + h.u(-8, 8)
	var pts []vec
	for k := range 6 {
		a := (a0 + float64(k)*144) * math.Pi / 180
		pts = append(pts, vec{0.5 + 0.5*math.Cos(a), 0.5 + 0.5*math.Sin(a)}.add(vec{h.stray(), h.stray()}))
	}
	return shape{poly(pts...)}
}

func arrow(h *touristHand) shape {
	head, shaft := h.u(0.22, 0.35), vec{1, 0}
	switch h.r.IntN(3) {
	case 1:
		shaft = vec{-1, 0}
	case 2:
		shaft = vec{math.Sqrt2 / 2, -math.Sqrt2 / 2}
	}
	tip := shaft.mul(0.5)
	back := shaft.mul(-head)
	side := vec{-shaft.Y, shaft.X}.mul(head * h.u(0.6, 0.9))
	s := shape{poly(tip.mul(-1).add(vec{h.stray(), h.stray()}), tip)}
	return append(s, poly(tip.add(back).add(side), tip, tip.add(back).sub(side)))
}

func hash(h *touristHand) shape {
	k := h.u(0.05, 0.2) // the verticals' lean
	return shape{
		poly(h.p(0.35+k, 0), h.p(0.3-k, 1)), poly(h.p(0.75+k, 0), h.p(0.7-k, 1)),
		poly(h.p(0.05, 0.33), h.p(1, 0.33)), poly(h.p(0, 0.67), h.p(0.95, 0.67)),
	}
}

// number writes a number with the digit families fs, side by side.
func number(h *touristHand, fs ...func(*touristHand) shape) shape {
	var out shape
	x := 0.0
	for _, f := range fs {
		out = append(out, moved(f(h), vec{x, h.u(-0.04, 0.04)})...)
		x += h.u(0.68, 0.85)
	}
	return out
}

func number42(h *touristHand) shape {
	return number(h, pick(h.r, fourOpen, fourClosed), pick(h.r, twoPrint, twoLooped))
}

func number2024(h *touristHand) shape {
	return number(h, twoSwan, zeroCWNarrow, twoAngular, fourTallStem)
}

func scribble(h *touristHand) shape {
	n := 14 + h.r.IntN(10)
	pts := make([]vec, n)
	for i := range pts {
		pts[i] = vec{h.u(0, 1.3), h.u(0, 0.8)}
	}
	return shape{through(pts...)}
}

func fish(h *touristHand) shape {
	t := h.u(0.2, 0.32) // the tail's half height
	pts := []vec{h.p(0, 0.5), h.p(0.35, 0.18), h.p(0.7, 0.4), h.p(1, 0.5+t), h.p(1, 0.5-t), h.p(0.7, 0.6), h.p(0.35, 0.82), h.p(0, 0.5)}
	e := h.p(0.18, 0.44)
	return shape{through(pts...), arc(e, 0.03, 0.03, 0, 360)}
}

func smiley(h *touristHand) shape {
	face := arc(h.p(0.5, 0.5), 0.5, h.u(0.45, 0.5), -90, 270+h.u(0, 20))
	return shape{face, poly(h.p(0.33, 0.3), h.p(0.33, 0.42)), poly(h.p(0.67, 0.3), h.p(0.67, 0.42)),
		arc(h.p(0.5, 0.55), h.u(0.2, 0.28), h.u(0.12, 0.2), h.u(10, 30), h.u(150, 170))}
}

func triangle(h *touristHand) shape {
	return shape{closed(h, h.p(0.5, 0), h.p(1, 0.87), h.p(0, 0.87))}
}

func car(h *touristHand) shape {
	wheel := func(x float64) path { return arc(h.p(x, 0.72), 0.12, 0.12, 0, 360+h.u(0, 20)) }
	body := poly(h.p(0.1, 0.72), h.p(0, 0.72), h.p(0, 0.45), h.p(0.22, 0.4), h.p(0.35, 0.15), h.p(0.75, 0.15), h.p(0.88, 0.4),
		h.p(1.15, 0.45), h.p(1.15, 0.72), h.p(1.02, 0.72))
	return shape{body, wheel(0.25), wheel(0.9), poly(h.p(0.4, 0.72), h.p(0.75, 0.72))}
}

func letterE(h *touristHand) shape {
	return shape{poly(h.p(0.6, 0), h.p(0, 0), h.p(0, 1), h.p(0.6, 1)), poly(h.p(0, h.u(0.45, 0.55)), h.p(0.45, 0.5))}
}

func letterR(h *touristHand) shape {
	m := h.u(0.45, 0.55)
	top := h.p(0, 0)
	return shape{poly(top, h.p(0, 1)), join(bez(top, h.p(0.75, -0.05), h.p(0.75, m), vec{0, m}), poly(vec{0, m}, h.p(0.62, 1)))}
}

func letterSmallW(h *touristHand) shape {
	return shape{poly(h.p(0, 0.3), h.p(0.2, 1), h.p(0.4, h.u(0.4, 0.55)), h.p(0.6, 1), h.p(0.8, 0.3))}
}

func wordCat(h *touristHand) shape {
	return shape{
		arc(h.p(0.15, 0.72), 0.15, 0.22, -40, -320),
		arc(h.p(0.5, 0.72), 0.13, 0.22, -20, -380), poly(h.p(0.64, 0.5), h.p(0.64, 0.95)),
		poly(h.p(0.85, 0.2), h.p(0.85, 0.9), h.p(0.95, 0.97)), poly(h.p(0.75, 0.5), h.p(0.98, 0.48)),
	}
}

func signature(h *touristHand) shape {
	first := through(h.p(0.05, 0.9), h.p(0.22, 0.02), h.p(0.1, -0.02), h.p(0.1, 0.4), h.p(0.08, 0.95), h.p(0.28, 0.7))
	// A run of small loops (a prolate cycloid), as a name is scrawled.
	var run path
	n := 5 + h.r.IntN(4)
	a, b := h.u(0.025, 0.035), h.u(0.05, 0.08)
	for t := 0.0; t <= float64(n)*2*math.Pi; t += 0.2 {
		ht := 0.12 + 0.1*math.Sin(t/3)
		run = append(run, vec{0.3 + a*t - b*math.Sin(t), 0.72 - ht*(1-math.Cos(t))/2})
	}
	end := run[len(run)-1]
	under := bez(h.p(0, 1.02), h.p(0.4, 0.9), h.p(end.X-0.2, 1.1), h.p(end.X+0.1, 0.92))
	return shape{join(first, poly(first[len(first)-1], run[0]), run), under}
}

func devanagariWord(h *touristHand) shape {
	var s shape
	x := 0.0
	for k := range 3 + h.r.IntN(2) {
		switch (k + h.r.IntN(3)) % 3 {
		case 0: // a bowl hanging to the left of its stem
			s = append(s, through(h.p(x+0.05, 0.25), h.p(x+0.25, 0.3), h.p(x+0.28, 0.55), h.p(x+0.1, 0.6), h.p(x+0.4, 0.5)))
		case 1: // a small loop low on the left
			s = append(s, through(h.p(x+0.08, 0), h.p(x+0.06, 0.45), h.p(x+0.18, 0.55), h.p(x+0.12, 0.42), h.p(x+0.4, 0.3)))
		default: // a curl and a bar
			s = append(s, through(h.p(x+0.1, 0.15), h.p(x+0.3, 0.3), h.p(x+0.12, 0.45), h.p(x+0.3, 0.7), h.p(x+0.4, 0.62)))
		}
		s = append(s, poly(h.p(x+0.42, 0), h.p(x+0.42, 1)))
		x += h.u(0.5, 0.58)
	}
	// The headline, last, over them all.
	return append(s, poly(h.p(-0.05, 0), h.p(x, 0)))
}

func arabicWord(h *touristHand) shape {
	teeth := []vec{h.p(2, 0.5)}
	for k := range 3 {
		x := 1.95 - 0.1*float64(k)
		teeth = append(teeth, vec{x, 0.72 + h.stray()}, vec{x - 0.05, 0.58 + h.stray()})
	}
	teeth = append(teeth, h.p(1.6, 0.74), h.p(1.3, 0.76), h.p(1.22, 0.7), h.p(1.2, -0.2))
	return shape{
		through(teeth...),
		poly(h.p(0.95, -0.2), h.p(1.18, 0.72)),
		join(arc(h.p(0.6, 0.66), 0.08, 0.07, 0, 360), through(h.p(0.52, 0.68), h.p(0.45, 0.85), h.p(0.42, 1.15))),
	}
}

func hangulHan(h *touristHand) shape {
	return shape{
		poly(h.p(0.28, 0), h.p(0.3, 0.08)), poly(h.p(0.05, 0.15), h.p(0.55, 0.15)),
		arc(h.p(0.3, 0.35), 0.16, 0.13, -90, 270+h.u(0, 15)),
		poly(h.p(0.75, 0), h.p(0.75, 0.6)), poly(h.p(0.75, 0.3), h.p(0.92, 0.3)),
		poly(h.p(0.15, 0.65), h.p(0.15, 0.95), h.p(0.95, 0.95)),
	}
}

func firTree(h *touristHand) shape {
	crown := poly(h.p(0.5, 0), h.p(0.2, 0.3), h.p(0.36, 0.3), h.p(0.1, 0.58), h.p(0.3, 0.58), h.p(0, 0.85),
		h.p(1, 0.85), h.p(0.7, 0.58), h.p(0.9, 0.58), h.p(0.64, 0.3), h.p(0.8, 0.3), h.p(0.5, 0))
	return shape{crown, poly(h.p(0.42, 0.85), h.p(0.42, 1), h.p(0.58, 1), h.p(0.58, 0.85))}
}

func sailboat(h *touristHand) shape {
	return shape{
		closed(h, h.p(0, 0.75), h.p(1, 0.75), h.p(0.8, 0.95), h.p(0.2, 0.95)),
		poly(h.p(0.5, 0.75), h.p(0.5, 0)),
		poly(h.p(0.52, 0.04), h.p(0.88, 0.66), h.p(0.52, 0.66)),
	}
}

func flower(h *touristHand) shape {
	c := h.p(0.5, 0.3)
	s := shape{arc(c, 0.09, 0.09, 0, 360)}
	n := 5 + h.r.IntN(3)
	var petals path
	for k := range n {
		a := (float64(k)/float64(n)*360 + h.u(-10, 10)) * math.Pi / 180
		d := vec{math.Cos(a), math.Sin(a)}
		q := vec{-d.Y, d.X}
		for t := 0.0; t <= math.Pi; t += math.Pi / 12 {
			petals = append(petals, c.add(d.mul(0.1+0.2*math.Sin(t))).add(q.mul(0.08*math.Cos(t))))
		}
	}
	stem := bez(c.add(vec{0, 0.1}), h.p(0.45, 0.6), h.p(0.55, 0.8), h.p(0.5, 1))
	leaf := through(h.p(0.49, 0.78), h.p(0.68, 0.62), h.p(0.8, 0.6), h.p(0.68, 0.76), h.p(0.5, 0.8))
	return append(s, petals, stem, leaf)
}

func sun(h *touristHand) shape {
	c := vec{0.5, 0.5}
	s := shape{arc(c.add(vec{h.stray(), h.stray()}), 0.24, 0.24, 0, 360+h.u(0, 20))}
	n := 8 + h.r.IntN(5)
	for k := range n {
		a := (float64(k)/float64(n)*360 + h.u(-6, 6)) * math.Pi / 180
		d := vec{math.Cos(a), math.Sin(a)}
		s = append(s, poly(c.add(d.mul(h.u(0.3, 0.34))), c.add(d.mul(h.u(0.45, 0.5)))))
	}
	return s
}

func checkMark(h *touristHand) shape {
	return shape{through(h.p(0, 0.55), h.p(0.18, 0.75), h.p(0.33, 1), h.p(0.6, 0.5), h.p(1, 0))}
}

func percent(h *touristHand) shape {
	return shape{
		arc(h.p(0.15, 0.15), 0.13, 0.15, -90, -450-h.u(0, 15)),
		poly(h.p(0.85, 0), h.p(0.15, 1)),
		arc(h.p(0.85, 0.85), 0.13, 0.15, -90, -450-h.u(0, 15)),
	}
}

func hatching(h *touristHand) shape {
	n := 6 + h.r.IntN(7)
	a := h.u(25, 65) * math.Pi / 180
	sets := []float64{a}
	if h.coin(0.4) { // cross-hatched
		sets = append(sets, a+math.Pi/2+h.u(-0.2, 0.2))
	}
	var s shape
	for _, a := range sets {
		// Lines across the unit square, along a, at even spacings.
		d, q := vec{math.Cos(a), math.Sin(a)}, vec{-math.Sin(a), math.Cos(a)}
		var zig path // or one stroke back and forth, shading
		back := h.coin(0.5)
		for k := range n {
			c := vec{0.5, 0.5}.add(q.mul((float64(k)/float64(n-1) - 0.5) * 0.9))
			a, b := c.sub(d.mul(0.5)), c.add(d.mul(0.5))
			if back && k%2 == 1 {
				a, b = b, a
			}
			a, b = a.add(vec{h.stray(), h.stray()}), b.add(vec{h.stray(), h.stray()})
			if back {
				zig = append(zig, a, b)
			} else {
				s = append(s, poly(a, b))
			}
		}
		if back {
			s = append(s, zig)
		}
	}
	return s
}

func spiral(h *touristHand) shape {
	turns := h.u(2.5, 4)
	dir := 1.0
	if h.coin(0.5) {
		dir = -1
	}
	a0 := h.u(0, 2*math.Pi)
	var p path
	for t := 0.0; t <= turns*2*math.Pi; t += 0.1 {
		r := 0.04 + 0.46*t/(turns*2*math.Pi)
		p = append(p, vec{0.5 + r*math.Cos(a0+dir*t), 0.5 + r*math.Sin(a0+dir*t)})
	}
	return shape{p}
}

func dots(h *touristHand) shape {
	var s shape
	for range 8 + h.r.IntN(12) {
		v := vec{h.u(0, 1), h.u(0, 0.8)}
		s = append(s, poly(v, v.add(vec{h.u(-0.012, 0.012), h.u(0.003, 0.012)})))
	}
	return s
}
