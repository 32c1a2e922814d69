package drawset

import (
	"math"
	"math/rand/v2"
)

// strangerOthers are things people draw on a pad that are not digits:
// doodles, shapes, marks, letters that look like no digit, a word and a
// signature. None is a letter or sign a reader takes for a digit (no O,
// I, l, S, Z, B, G, g, q, b). They are drawn in any proportions and
// normalized before placing. The held field, fixed before any drawing
// was made, puts each family in one half only.
var strangerOthers = []strangerFamily{
	{-1, "star", false, stOtherStar},
	{-1, "heart", false, stOtherHeart},
	{-1, "house", false, stOtherHouse},
	{-1, "arrow", false, stOtherArrow},
	{-1, "smiley", false, stOtherSmiley},
	{-1, "spiral", false, stOtherSpiral},
	{-1, "hatching", false, stOtherHatching},
	{-1, "letter-K", false, stOtherK},
	{-1, "word-wow", false, stOtherWow},
	{-1, "cloud", false, stOtherCloud},

	{-1, "checkmark", true, stOtherCheck},
	{-1, "sun", true, stOtherSun},
	{-1, "hash", true, stOtherHash},
	{-1, "triangle", true, stOtherTriangle},
	{-1, "signature", true, stOtherSignature},
	{-1, "flower", true, stOtherFlower},
	{-1, "zigzag", true, stOtherZigzag},
	{-1, "letter-M", true, stOtherM},
	{-1, "fish", true, stOtherFish},
	{-1, "crate", true, stOtherCrate},
}

// stOtherStar is the five-pointed star drawn in one stroke, point to point.
func stOtherStar(r *rand.Rand) shape {
	a0 := -90 + uni(r, -10, 10)
	var pts []vec
	for k := range 6 {
		a := (a0 + float64(k)*144) * math.Pi / 180
		pts = append(pts, vec{math.Cos(a) + uni(r, -0.05, 0.05), math.Sin(a) + uni(r, -0.05, 0.05)})
	}
	return shape{poly(pts...)}
}

// stOtherHeart is drawn as two lobes from the dip to the point, in one
// stroke or two.
func stOtherHeart(r *rand.Rand) shape {
	dip, tip := stJig(r, 0, 0, 0.03), stJig(r, 0, 1, 0.05)
	w := uni(r, 0.5, 0.65)
	left := bez(dip, vec{-0.2, -0.45}, vec{-w - 0.5, 0.1}, tip)
	right := bez(dip, vec{0.2, -0.45}, vec{w + 0.5, 0.1}, tip)
	if r.IntN(2) == 0 {
		return shape{left, right}
	}
	return shape{join(left, reversed(right))}
}

func stOtherHouse(r *rand.Rand) shape {
	w, h := uni(r, 0.8, 1.1), uni(r, 0.6, 0.8)
	roof := uni(r, 0.35, 0.55)
	body := poly(vec{0, 0}, vec{0, h}, vec{w, h}, vec{w, 0}, vec{0, 0})
	top := poly(vec{-0.05, 0.02}, vec{w / 2, -roof}, vec{w + 0.05, 0.02})
	dx := uni(r, 0.15, w-0.35)
	door := poly(vec{dx, h}, vec{dx, h * 0.5}, vec{dx + 0.18, h * 0.5}, vec{dx + 0.18, h})
	return shape{body, top, door}
}

// stOtherArrow points right: a shaft, then the head in one stroke.
func stOtherArrow(r *rand.Rand) shape {
	l := uni(r, 1.6, 2.4)
	y := uni(r, -0.05, 0.05)
	tip := vec{l, y}
	hw := uni(r, 0.25, 0.4)
	return shape{poly(vec{0, 0}, tip), poly(tip.add(vec{-hw, -hw}), tip, tip.add(vec{-hw, hw}))}
}

func stOtherSmiley(r *rand.Rand) shape {
	c := vec{0, 0}
	a0 := uni(r, -120, -60)
	face := arc(c, 1, uni(r, 0.9, 1.05), a0, a0-360-uni(r, -5, 15))
	eye := func(x float64) path {
		p := stJig(r, x, -0.3, 0.05)
		return poly(p, p.add(vec{uni(r, -0.02, 0.02), uni(r, 0.1, 0.18)}))
	}
	mouth := arc(vec{0, 0.05}, 0.55, uni(r, 0.35, 0.5), uni(r, 20, 35), uni(r, 145, 160))
	return shape{face, eye(-0.35), eye(0.35), mouth}
}

// stOtherSpiral winds out from the centre, two and a half to four turns.
func stOtherSpiral(r *rand.Rand) shape {
	turns := uni(r, 2.5, 4)
	sign := float64(1 - 2*r.IntN(2))
	var p path
	for k := 0; k <= int(turns*48); k++ {
		a := float64(k) / 48 * 2 * math.Pi
		rad := 0.05 + a/(2*math.Pi*turns)
		p = append(p, vec{rad * math.Cos(sign*a), rad * math.Sin(sign*a)})
	}
	return shape{p}
}

// stOtherHatching is five to nine parallel diagonal strokes, as when
// shading or crossing something out.
func stOtherHatching(r *rand.Rand) shape {
	n := 5 + r.IntN(5)
	sl := uni(r, 0.4, 1.2)
	var s shape
	for k := range n {
		x := float64(k) * 0.15
		s = append(s, poly(stJig(r, x+sl*0.5, 0, 0.02), stJig(r, x, 1, 0.02)))
	}
	return s
}

func stOtherK(r *rand.Rand) shape {
	mid := stJig(r, 0.02, 0.52, 0.03)
	return shape{poly(stJig(r, 0, 0, 0.02), stJig(r, 0, 1, 0.02)), poly(stJig(r, 0.55, 0, 0.04), mid, stJig(r, 0.6, 1, 0.04))}
}

// stOtherWow is the word "wow" in print, each letter a stroke.
func stOtherWow(r *rand.Rand) shape {
	w := func(x float64) path {
		return poly(stJig(r, x, 0, 0.02), stJig(r, x+0.12, 0.6, 0.02), stJig(r, x+0.25, 0.2, 0.02), stJig(r, x+0.38, 0.6, 0.02), stJig(r, x+0.5, 0, 0.02))
	}
	a := uni(r, -100, -60)
	o := arc(vec{0.88, 0.3}, 0.22, 0.3, a, a-360-uni(r, 0, 15))
	return shape{w(0), o, w(1.25)}
}

// stOtherCloud is a cloud as children draw it: puffs along the top of a
// wide oval, four to seven of them, and a flat-ish line under.
func stOtherCloud(r *rand.Rand) shape {
	n := 4 + r.IntN(4)
	var p path
	prev := at(vec{0, 0}, 1, 0.5, 175)
	for k := 1; k <= n; k++ {
		next := at(vec{0, 0}, 1, 0.5, 175+190*float64(k)/float64(n)+uni(r, -4, 4))
		m := lerp(prev, next, 0.5)
		rad := prev.dist(next) / 2 * uni(r, 1, 1.15)
		a := math.Atan2(prev.Y-m.Y, prev.X-m.X) * 180 / math.Pi
		bump := arc(m, rad, rad, a, a+180)
		if bump[len(bump)/2].dist(vec{0, 0}) < arc(m, rad, rad, a, a-180)[len(bump)/2].dist(vec{0, 0}) {
			bump = arc(m, rad, rad, a, a-180)
		}
		p = join(p, bump)
		prev = next
	}
	return shape{join(p, bez(prev, prev.add(vec{0, 0.25}), vec{-1, 0.35}, p[0]))}
}

// stOtherCheck is a tick: a short stroke down and a long one up.
func stOtherCheck(r *rand.Rand) shape {
	low := stJig(r, 0.35, 1, 0.03)
	return shape{poly(stJig(r, 0, 0.55, 0.05), low, stJig(r, 1.1, uni(r, -0.1, 0.1), 0.05))}
}

// stOtherSun is a circle with rays, each ray a stroke.
func stOtherSun(r *rand.Rand) shape {
	a0 := uni(r, 0, 360)
	s := shape{arc(vec{0, 0}, 0.5, 0.5, a0, a0+360+uni(r, -5, 15))}
	n := 7 + r.IntN(5)
	for k := range n {
		a := 360*float64(k)/float64(n) + uni(r, -8, 8)
		s = append(s, poly(at(vec{0, 0}, 0.65, 0.65, a), at(vec{0, 0}, uni(r, 0.95, 1.1), 0.95, a)))
	}
	return s
}

func stOtherHash(r *rand.Rand) shape {
	sl := uni(r, 0.05, 0.2)
	return shape{
		poly(stJig(r, 0.35+sl, 0, 0.03), stJig(r, 0.3-sl, 1, 0.03)),
		poly(stJig(r, 0.75+sl, 0, 0.03), stJig(r, 0.7-sl, 1, 0.03)),
		poly(stJig(r, 0, 0.33, 0.03), stJig(r, 1, 0.33, 0.03)),
		poly(stJig(r, 0, 0.67, 0.03), stJig(r, 1, 0.67, 0.03)),
	}
}

func stOtherTriangle(r *rand.Rand) shape {
	a, b, c := stJig(r, 0.5, 0, 0.05), stJig(r, 1, 0.85, 0.05), stJig(r, 0, 0.85, 0.05)
	return shape{poly(a, b, c, a.add(vec{uni(r, -0.04, 0.04), uni(r, 0, 0.06)}))}
}

// stOtherSignature is a hurried name: a tall loop, a run of small loops
// and waves trailing off, and often a line under it.
func stOtherSignature(r *rand.Rand) shape {
	pts := []vec{{0, 0.6}, {0.15, -0.1}, {0.2, 0.05}, {0.1, 0.6}}
	x := 0.25
	for k := range 5 + r.IntN(4) {
		hgt := uni(r, 0.25, 0.5)
		if k%3 == 2 {
			hgt = uni(r, 0.6, 0.9) // a tall letter
		}
		pts = append(pts, vec{x, 0.6 - hgt}, vec{x + 0.05, 0.6})
		x += uni(r, 0.12, 0.2)
	}
	pts = append(pts, vec{x + 0.15, 0.45})
	for i := range pts {
		pts[i] = pts[i].add(vec{uni(r, -0.02, 0.02), uni(r, -0.03, 0.03)})
	}
	s := shape{stSpline(pts...)}
	if r.Float64() < 0.6 {
		s = append(s, poly(stJig(r, -0.05, 0.75, 0.03), stJig(r, x+0.1, 0.72, 0.05)))
	}
	return s
}

// stOtherFlower is a round centre, petals as loops round it, and a stem.
func stOtherFlower(r *rand.Rand) shape {
	s := shape{arc(vec{0, 0}, 0.18, 0.18, 0, 370)}
	n := 5 + r.IntN(3)
	for k := range n {
		a := 360*float64(k)/float64(n) + uni(r, -6, 6)
		c := at(vec{0, 0}, 0.42, 0.42, a)
		petal := make(path, 0, 40)
		for _, v := range arc(vec{0, 0}, 0.24, 0.1, -180, 180) {
			rad := a * math.Pi / 180
			petal = append(petal, vec{c.X + v.X*math.Cos(rad) - v.Y*math.Sin(rad), c.Y + v.X*math.Sin(rad) + v.Y*math.Cos(rad)})
		}
		s = append(s, petal)
	}
	return append(s, bez(vec{0, 0.66}, vec{0.05, 1}, vec{-0.05, 1.3}, vec{0.02, 1.6}))
}

// stOtherZigzag runs left to right over five to nine legs.
func stOtherZigzag(r *rand.Rand) shape {
	n := 5 + r.IntN(5)
	h := uni(r, 0.25, 0.45)
	var p path
	for k := range n + 1 {
		p = append(p, vec{float64(k)*0.2 + uni(r, -0.03, 0.03), float64(k%2)*h + uni(r, -0.03, 0.03)})
	}
	return shape{p}
}

func stOtherM(r *rand.Rand) shape {
	return shape{poly(stJig(r, 0, 1, 0.02), stJig(r, 0.05, 0, 0.03), stJig(r, 0.4, uni(r, 0.45, 0.7), 0.03), stJig(r, 0.75, 0, 0.03), stJig(r, 0.8, 1, 0.02))}
}

// stOtherFish is a lens of a body with a tail, and an eye.
func stOtherFish(r *rand.Rand) shape {
	nose, rear := vec{0, 0}, vec{1, 0}
	top := bez(nose, vec{0.3, -0.5}, vec{0.7, -0.4}, rear)
	bot := bez(rear, vec{0.7, 0.4}, vec{0.3, 0.5}, nose)
	t := uni(r, 0.25, 0.35)
	tail := poly(rear, vec{1.35, -t}, vec{1.35, t}, rear)
	e := stJig(r, 0.22, -0.08, 0.02)
	return shape{join(top, tail, bot), poly(e, e.add(vec{0.02, 0.02}))}
}

// stOtherCrate is a box with its diagonals crossed.
func stOtherCrate(r *rand.Rand) shape {
	w := uni(r, 1, 1.5)
	a, b, c, d := stJig(r, 0, 0, 0.03), stJig(r, w, 0, 0.03), stJig(r, w, 1, 0.03), stJig(r, 0, 1, 0.03)
	return shape{poly(a, b, c, d, a), poly(a, c), poly(b, d)}
}
