package drawset

import "math/rand/v2"

// digitShape is one way of writing a digit. make draws one instance, its
// proportions varied by r, in glyph space, strokes in the order and
// direction most people draw them.
type digitShape struct {
	label   int
	name    string
	heldOut bool
	make    func(r *rand.Rand) shape
}

// digitShapes lists the ways of writing each digit. One per digit is held
// out (heldOut): the tuning part never contains it.
var digitShapes = []digitShape{
	{0, "oval", false, func(r *rand.Rand) shape {
		rx := uni(r, 0.18, 0.32)
		return shape{arc(vec{0.3, 0.5}, rx, 0.5, -90, -90-uni(r, 350, 400))}
	}},
	{0, "open-top", false, func(r *rand.Rand) shape {
		return shape{arc(vec{0.3, 0.5}, uni(r, 0.22, 0.3), 0.5, -100, uni(r, 215, 240))}
	}},
	{0, "two-halves", false, func(r *rand.Rand) shape {
		c := vec{0.3, 0.5}
		rx := uni(r, 0.2, 0.3)
		return shape{arc(c, rx, 0.5, -90, -275), arc(c, rx, 0.5, -95, 90)}
	}},
	{0, "egg", true, func(r *rand.Rand) shape {
		top, bot := vec{0.32, 0}, vec{0.3, 1}
		w := uni(r, 0.55, 0.75)
		return shape{join(bez(top, vec{0.02, 0.02}, vec{0.3 - w/2 - 0.1, 0.98}, bot),
			bez(bot, vec{0.3 + w/2 + 0.1, 1.0}, vec{0.62, 0.0}, vec{0.26, 0.05}))}
	}},

	{1, "stick", false, func(r *rand.Rand) shape {
		return shape{poly(vec{0.3 + uni(r, -0.05, 0.05), 0}, vec{0.3, 1})}
	}},
	{1, "flag", false, func(r *rand.Rand) shape {
		return shape{poly(vec{uni(r, 0.05, 0.2), uni(r, 0.15, 0.35)}, vec{0.33, 0}, vec{0.31, 1})}
	}},
	{1, "flag-base", false, func(r *rand.Rand) shape {
		w := uni(r, 0.15, 0.3)
		return shape{poly(vec{0.12, 0.22}, vec{0.33, 0}, vec{0.33, 1}), poly(vec{0.33 - w, 1}, vec{0.33 + w, 1})}
	}},
	{1, "serif-top", true, func(r *rand.Rand) shape {
		w := uni(r, 0.1, 0.2)
		return shape{poly(vec{0.3 - w, 0.02}, vec{0.3, 0}, vec{0.3, 1}), poly(vec{0.3 - w, 1}, vec{0.3 + w, 1})}
	}},

	{2, "curve", false, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.28, 0.26, 385)
		return shape{join(arc(c, 0.28, 0.26, uni(r, 180, 210), 385),
			bez(e, vec{0.5, 0.55}, vec{0.2, 0.78}, vec{0.02, 1}), poly(vec{0.02, 1}, vec{uni(r, 0.5, 0.66), 1}))}
	}},
	{2, "loop", false, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.28, 0.26, 385)
		k := uni(r, 0.8, 1.3)
		return shape{join(arc(c, 0.28, 0.26, 195, 385),
			bez(e, vec{0.5, 0.52}, vec{0.3, 0.68}, vec{0.12, 0.84}),
			bez(vec{0.12, 0.84}, vec{0.12 - 0.26*k, 1.08}, vec{-0.1, 0.66}, vec{0.24, 0.9}),
			bez(vec{0.24, 0.9}, vec{0.34, 0.97}, vec{0.48, 1.0}, vec{0.62, 0.96}))}
	}},
	{2, "z-angular", false, func(r *rand.Rand) shape {
		return shape{poly(vec{0.02, uni(r, 0.1, 0.25)}, vec{0.3, 0}, vec{0.58, uni(r, 0.12, 0.28)}, vec{0.02, 1}, vec{0.62, 1})}
	}},
	{2, "wavy-base", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.28, 0.26, 385)
		return shape{join(arc(c, 0.28, 0.26, 195, 385),
			bez(e, vec{0.45, 0.6}, vec{0.15, 0.8}, vec{0.02, 0.97}),
			bez(vec{0.02, 0.97}, vec{0.2, uni(r, 0.82, 0.92)}, vec{0.4, 1.06}, vec{0.64, 0.94}))}
	}},

	{3, "round", false, func(r *rand.Rand) shape {
		up, lo := vec{0.3, 0.25}, vec{0.3, 0.75}
		return shape{join(arc(up, uni(r, 0.2, 0.28), 0.25, 200, 450), arc(lo, 0.3, 0.25, 270, uni(r, 490, 515)))}
	}},
	{3, "flat-top", false, func(r *rand.Rand) shape {
		m := vec{uni(r, 0.15, 0.3), 0.4}
		return shape{join(poly(vec{0.04, 0}, vec{0.56, 0}, m),
			bez(m, vec{0.78, 0.32}, vec{0.72, 1.08}, vec{0.02, 0.88}))}
	}},
	{3, "two-strokes", false, func(r *rand.Rand) shape {
		up, lo := vec{0.3, 0.25}, vec{0.3, 0.75}
		return shape{arc(up, 0.26, 0.25, 200, 450), arc(lo, 0.3, 0.25, uni(r, 235, 260), 505)}
	}},
	{3, "cusp", true, func(r *rand.Rand) shape {
		up, lo := vec{0.3, 0.26}, vec{0.3, 0.75}
		e := at(up, 0.26, 0.24, 430)
		mid := vec{uni(r, 0.1, 0.2), 0.5}
		return shape{join(arc(up, 0.26, 0.24, 195, 430), poly(e, mid),
			bez(mid, vec{0.4, 0.46}, vec{0.62, 0.55}, at(lo, 0.3, 0.25, 0)), arc(lo, 0.3, 0.25, 0, 145))}
	}},

	{4, "open", false, func(r *rand.Rand) shape {
		bar := uni(r, 0.5, 0.68)
		return shape{poly(vec{0.08, 0}, vec{0.03, bar}, vec{0.62, bar}), poly(vec{0.48, uni(r, 0, 0.25)}, vec{0.48, 1})}
	}},
	{4, "closed", false, func(r *rand.Rand) shape {
		bar := uni(r, 0.58, 0.72)
		return shape{poly(vec{0.44, 0}, vec{0, bar}, vec{0.62, bar}), poly(vec{0.44, 0}, vec{0.45, 1})}
	}},
	{4, "one-stroke", false, func(r *rand.Rand) shape {
		return shape{poly(vec{0.45, 1}, vec{0.45, 0}, vec{0, uni(r, 0.58, 0.72)}, vec{0.64, 0.66})}
	}},
	{4, "open-crossed", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.1, 0}, vec{0.05, 0.55}, vec{0.5, 0.55}), poly(vec{0.44, 0.12}, vec{0.44, 1}),
			poly(vec{0.3, 0.55}, vec{uni(r, 0.58, 0.66), 0.55})}
	}},

	{5, "two-strokes", false, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.28, 0.69}, uni(r, 0.26, 0.32), uni(r, 0.25, 0.32)
		return shape{join(poly(vec{0.07, 0.02}, at(c, rx, ry, 215)), arc(c, rx, ry, 215, 500)),
			poly(vec{0.07, 0.02}, vec{0.58, 0})}
	}},
	{5, "one-stroke", false, func(r *rand.Rand) shape {
		c := vec{0.28, 0.69}
		return shape{join(poly(vec{0.58, 0}, vec{0.08, 0.01}, at(c, 0.3, 0.28, 215)), arc(c, 0.3, 0.28, 215, uni(r, 480, 510)))}
	}},
	{5, "angular", false, func(r *rand.Rand) shape {
		return shape{poly(vec{0.08, 0}, vec{0.05, 0.45}, vec{0.42, uni(r, 0.38, 0.46)}, vec{0.6, 0.58}, vec{0.58, 0.86}, vec{0.38, 1}, vec{0, 0.92}),
			poly(vec{0.08, 0}, vec{0.58, 0})}
	}},
	{5, "hat-last-flat", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		return shape{join(poly(vec{0.1, 0}, vec{0.06, 0.45}), bez(vec{0.06, 0.45}, vec{0.5, 0.3}, vec{0.8, 0.7}, vec{0.4, 0.97}),
			bez(vec{0.4, 0.97}, vec{0.25, 1.03}, vec{0.08, 0.98}, at(c, 0.3, 0.28, 160))),
			poly(vec{0.1, 0}, vec{uni(r, 0.5, 0.62), 0.02})}
	}},

	{6, "large-loop", false, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.66}, uni(r, 0.26, 0.31), uni(r, 0.3, 0.34)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.52, 0}, vec{0.2, 0.08}, vec{s.X, 0.3}, s), arc(c, rx, ry, 180, -175))}
	}},
	{6, "small-loop", false, func(r *rand.Rand) shape {
		c, rx, ry := vec{0.3, 0.8}, uni(r, 0.17, 0.25), uni(r, 0.16, 0.2)
		s := at(c, rx, ry, 180)
		return shape{join(bez(vec{0.5, 0}, vec{0.2, 0.12}, vec{s.X, 0.45}, s), arc(c, rx, ry, 180, -175))}
	}},
	{6, "straight-stem", false, func(r *rand.Rand) shape {
		c := vec{0.3, 0.72}
		return shape{join(poly(vec{uni(r, 0.4, 0.55), 0}, at(c, 0.28, 0.27, 200)), arc(c, 0.28, 0.27, 200, -160))}
	}},
	{6, "two-strokes", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.72}
		return shape{bez(vec{0.5, 0}, vec{0.2, 0.1}, vec{0.03, 0.4}, vec{0.04, 0.75}), arc(c, uni(r, 0.24, 0.29), 0.27, 170, -180)}
	}},

	{7, "plain", false, func(r *rand.Rand) shape {
		return shape{poly(vec{0, 0}, vec{0.6, 0}, vec{uni(r, 0.15, 0.35), 1})}
	}},
	{7, "bar", false, func(r *rand.Rand) shape {
		y := uni(r, 0.42, 0.58)
		return shape{poly(vec{0, 0}, vec{0.6, 0}, vec{0.22, 1}), poly(vec{0.14, y}, vec{0.56, y - 0.02})}
	}},
	{7, "hook", false, func(r *rand.Rand) shape {
		return shape{poly(vec{0, uni(r, 0.1, 0.22)}, vec{0.02, 0}, vec{0.6, 0}, vec{0.24, 1})}
	}},
	{7, "curved-stem", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0, 0.02}, vec{0.6, 0}), bez(vec{0.6, 0}, vec{0.4, 0.3}, vec{uni(r, 0.2, 0.3), 0.6}, vec{0.22, 1}))}
	}},

	{8, "one-stroke", false, func(r *rand.Rand) shape {
		top := uni(r, 0.42, 0.52)
		up, lo := vec{0.3, top / 2}, vec{0.3, top + (1-top)/2}
		trx, try, brx, bry := 0.23*top/0.5, top/2, 0.3, (1-top)/2
		return shape{join(arc(up, trx, try, -30, -180),
			bez(at(up, trx, try, 180), vec{up.X - trx, top - 0.05}, vec{0.6, top + 0.05}, at(lo, brx, bry, 0)),
			arc(lo, brx, bry, 0, 180),
			bez(at(lo, brx, bry, 180), vec{0, top + 0.05}, vec{up.X + trx, top - 0.05}, at(up, trx, try, 0)),
			arc(up, trx, try, 0, -40))}
	}},
	{8, "two-circles", false, func(r *rand.Rand) shape {
		return shape{arc(vec{0.3, 0.25}, uni(r, 0.17, 0.24), 0.25, -90, -450), arc(vec{0.3, 0.75}, 0.3, 0.25, -90, 270)}
	}},
	{8, "s-and-back", false, func(r *rand.Rand) shape {
		// An S from the top right down to the bottom left, then a stroke back up closing both loops.
		return shape{join(bez(vec{0.55, 0.1}, vec{0.3, -0.1}, vec{-0.1, 0.2}, vec{0.3, 0.5}),
			bez(vec{0.3, 0.5}, vec{0.7, 0.75}, vec{0.4, 1.1}, vec{0.05, 0.9}),
			bez(vec{0.05, 0.9}, vec{-0.05, 0.7}, vec{uni(r, 0.5, 0.7), 0.3}, vec{0.55, 0.08}))}
	}},
	{8, "snowman", true, func(r *rand.Rand) shape {
		k := uni(r, 0.35, 0.45)
		return shape{arc(vec{0.3, k / 2}, 0.16, k/2, -90, -450), arc(vec{0.3, k + (1-k)/2}, 0.3, (1-k)/2, -90, 270)}
	}},

	{9, "straight-tail", false, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		ry := uni(r, 0.22, 0.3)
		e := at(c, 0.27, ry, -5)
		return shape{join(arc(c, 0.27, ry, -5, -365), poly(e, vec{uni(r, 0.45, 0.58), 1}))}
	}},
	{9, "curved-tail", false, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.26, -5)
		return shape{join(arc(c, 0.27, 0.26, -5, -365), bez(e, vec{0.6, 0.6}, vec{0.5, 0.95}, vec{uni(r, 0.1, 0.25), 1}))}
	}},
	{9, "small-head", false, func(r *rand.Rand) shape {
		c := vec{0.32, 0.2}
		rx, ry := uni(r, 0.16, 0.22), uni(r, 0.15, 0.2)
		e := at(c, rx, ry, 0)
		return shape{join(arc(c, rx, ry, 0, -360), poly(e, vec{e.X - 0.05, 1}))}
	}},
	{9, "two-strokes", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		return shape{arc(c, 0.27, uni(r, 0.22, 0.28), 0, -360), poly(vec{0.57, 0.04}, vec{0.55, 1})}
	}},
}
