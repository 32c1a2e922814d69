package drawset

import (
	"math"
	"strings"
)

// guestsOthers are what guests draw on a pad that asks for a digit when
// they do not draw a digit, eleven families to a half by a list fixed
// before any drawing was made: letters unlike any digit, a word,
// initials and a signature; a face, a heart, a star, a house, a sun, a
// cloud, a stick figure; a check mark, an arrow, signs (+ = % # ? ÷), a
// tic-tac-toe grid; a spiral, a wave or zigzag, hatching, a scribble
// that fills an area and a few dots; and numbers of two or three digits,
// written with the half's own digit families. Each is made in a glyph
// space of its own size (it is normalized before it is put down), every
// parameter drawn at random.
var guestsOthers = []guestFamily{
	{-1, "capital", false, guestCapital},
	{-1, "word", false, guestWord},
	{-1, "smiley", false, guestSmiley},
	{-1, "heart", false, guestHeart},
	{-1, "star", false, guestStar},
	{-1, "house", false, guestHouse},
	{-1, "check", false, guestCheck},
	{-1, "spiral", false, guestSpiral},
	{-1, "wave", false, guestWave},
	{-1, "pair", false, guestPair},
	{-1, "hatch", false, guestHatch},

	{-1, "initials", true, guestInitials},
	{-1, "signature", true, guestSignature},
	{-1, "sun", true, guestSun},
	{-1, "cloud", true, guestCloud},
	{-1, "arrow", true, guestArrow},
	{-1, "signs", true, guestSigns},
	{-1, "grid", true, guestGrid},
	{-1, "stick-figure", true, guestStickFigure},
	{-1, "scribble", true, guestScribble},
	{-1, "dots", true, guestDots},
	{-1, "triple", true, guestTriple},
}

// guestCapitals are the capitals guests write, none like a digit.
const guestCapitals = "AHKMNWXREY"

// capital is capital letter c, 0.7 wide and 1 tall, at x0.
func (h *guestHand) capital(c byte, x0 float64) shape {
	var s shape
	switch c {
	case 'A':
		s = shape{h.line(0, 1, 0.35, 0, 0.7, 1), h.line(0.15, 0.62, 0.56, 0.62)}
	case 'H':
		s = shape{h.line(0, 0, 0, 1), h.line(0, 0.5, 0.7, 0.5), h.line(0.7, 0, 0.7, 1)}
	case 'K':
		s = shape{h.line(0, 0, 0, 1), h.line(0.65, 0, 0.02, 0.55, 0.7, 1)}
	case 'M':
		s = shape{h.line(0, 1, 0.02, 0, 0.35, 0.6, 0.68, 0, 0.7, 1)}
	case 'N':
		s = shape{h.line(0, 1, 0, 0, 0.7, 1, 0.7, 0)}
	case 'W':
		s = shape{h.line(0, 0, 0.18, 1, 0.35, 0.35, 0.52, 1, 0.7, 0)}
	case 'X':
		s = shape{h.line(0, 0, 0.7, 1), h.line(0.7, 0, 0, 1)}
	case 'R':
		bowl := h.curve(0, 0, 0.45, 0.03, 0.55, 0.25, 0.4, 0.46, 0.02, 0.5)
		s = shape{h.line(0, 1, 0, 0), join(bowl, poly(bowl[len(bowl)-1], h.at(0.7, 1)))}
	case 'E':
		s = shape{h.line(0.65, 0, 0, 0, 0, 1, 0.65, 1), h.line(0, 0.5, 0.5, 0.5)}
	case 'Y':
		s = shape{h.line(0, 0, 0.35, 0.5), h.line(0.7, 0, 0.35, 0.5, 0.35, 1)}
	}
	return shifted(s, x0, 0, 1)
}

// guestCapital is one capital letter.
func guestCapital(h *guestHand) shape {
	return h.capital(guestCapitals[h.r.IntN(len(guestCapitals))], 0)
}

// guestInitials are two or three capitals, some with full stops.
func guestInitials(h *guestHand) shape {
	var s shape
	stops := h.coin(0.4)
	x := 0.0
	for range 2 + h.r.IntN(2) {
		s = append(s, h.capital(guestCapitals[h.r.IntN(len(guestCapitals))], x)...)
		x += h.u(0.85, 1.05)
		if stops {
			s = append(s, h.dot(x-0.1, 1))
			x += 0.1
		}
	}
	return s
}

// lower is lowercase letter c at x0 (the x-height from 0.5 to 1,
// ascenders from 0, the descender to 1.45) and its width.
func (h *guestHand) lower(c byte, x0 float64) (shape, float64) {
	var s shape
	w := 0.45
	switch c {
	case 'a':
		s, w = shape{h.curve(0.42, 0.58, 0.25, 0.5, 0.05, 0.65, 0.08, 0.92, 0.28, 0.98, 0.42, 0.82), h.line(0.43, 0.52, 0.45, 1)}, 0.5
	case 'e':
		s, w = shape{h.curve(0.05, 0.75, 0.42, 0.72, 0.38, 0.54, 0.22, 0.5, 0.06, 0.62, 0.06, 0.88, 0.25, 0.99, 0.45, 0.9)}, 0.5
	case 'h':
		s = shape{h.line(0.05, 0, 0.05, 1), h.curve(0.05, 0.68, 0.22, 0.51, 0.4, 0.56, 0.43, 0.75, 0.44, 1)}
	case 'k':
		s = shape{h.line(0.05, 0, 0.05, 1), h.line(0.4, 0.5, 0.06, 0.75, 0.42, 1)}
	case 'm':
		s, w = shape{h.line(0.03, 0.5, 0.03, 1), h.curve(0.03, 0.65, 0.15, 0.5, 0.28, 0.58, 0.29, 1), h.curve(0.29, 0.65, 0.42, 0.5, 0.55, 0.58, 0.56, 1)}, 0.6
	case 'n':
		s = shape{h.line(0.05, 0.5, 0.05, 1), h.curve(0.05, 0.66, 0.22, 0.5, 0.4, 0.58, 0.42, 1)}
	case 'r':
		s, w = shape{h.line(0.05, 0.5, 0.05, 1), h.curve(0.05, 0.7, 0.18, 0.53, 0.36, 0.52)}, 0.38
	case 'u':
		s = shape{h.curve(0.04, 0.5, 0.05, 0.85, 0.2, 0.99, 0.4, 0.88), h.line(0.42, 0.5, 0.43, 1)}
	case 'v':
		s = shape{h.line(0, 0.5, 0.22, 1, 0.44, 0.5)}
	case 'w':
		s, w = shape{h.line(0, 0.5, 0.12, 1, 0.26, 0.62, 0.4, 1, 0.52, 0.5)}, 0.55
	case 'x':
		s = shape{h.line(0, 0.5, 0.42, 1), h.line(0.42, 0.5, 0, 1)}
	case 'y':
		s = shape{h.line(0, 0.5, 0.22, 1), h.line(0.44, 0.5, 0.1, 1.45)}
	}
	return shifted(s, x0, 0, 1), w
}

// guestWords are words guests write, in the letters lower knows.
var guestWords = strings.Fields("hey max ken arm run any new mum yum hmm war ray nah wax hen van man yak numb hume kerry")

// guestWord is a short word in lowercase print.
func guestWord(h *guestHand) shape {
	var s shape
	x := 0.0
	for _, c := range []byte(guestWords[h.r.IntN(len(guestWords))]) {
		l, w := h.lower(c, x)
		s = append(s, l...)
		x += w + h.u(0.08, 0.16)
	}
	return s
}

// guestSignature is a signature: a tall initial loop, a garland of
// loops that shrink and swell, a tail, and mostly a flourish under it.
func guestSignature(h *guestHand) shape {
	start := h.curve(0.0, 0.95, 0.06, 0.2, 0.2, 0.02, 0.26, 0.35, 0.1, 0.62, 0.34, 0.6)
	e := start[len(start)-1]
	n := 3 + h.r.IntN(5)
	step, r0 := h.u(0.14, 0.22), h.u(0.1, 0.16)
	var garland path
	for i := 0; i <= n*24; i++ {
		t := float64(i) / 24 * 2 * math.Pi
		r := r0 * (1 + 0.35*math.Sin(t*0.37+h.sway*40))
		garland = append(garland, vec{e.X + step*t/(2*math.Pi) - r*math.Sin(t)*0.9, e.Y - r*(1-math.Cos(t))})
	}
	g := garland[len(garland)-1]
	tail := guestSpline(g, h.at(g.X+0.2, g.Y+0.05), h.at(g.X+0.35, g.Y-0.15))
	s := shape{join(start, garland, tail)}
	if h.coin(0.7) {
		s = append(s, guestSpline(h.at(g.X+0.3, 0.85), h.at(g.X*0.5, 0.95), h.at(-0.05, 0.88)))
	}
	return s
}

// guestSmiley is a face: the outline, two eyes (dots, strokes or small
// circles), a smile, frown or flat mouth, now and then a nose; most
// draw the outline first.
func guestSmiley(h *guestHand) shape {
	face := h.loop(0.5, 0.5, 0.45, h.u(0.42, 0.48), h.u(-120, -60), pick(h.r, -360.0, 360.0))
	var eyes shape
	switch h.r.IntN(3) {
	case 0:
		eyes = shape{h.dot(0.35, 0.37), h.dot(0.65, 0.37)}
	case 1:
		eyes = shape{h.line(0.35, 0.3, 0.35, 0.42), h.line(0.65, 0.3, 0.65, 0.42)}
	default:
		eyes = shape{h.loop(0.35, 0.37, 0.05, 0.05, -90, 360), h.loop(0.65, 0.37, 0.05, 0.05, -90, 360)}
	}
	var mouth path
	switch x := h.r.Float64(); {
	case x < 0.65:
		mouth = h.arc(0.5, 0.52, 0.24, 0.2, 20, 160)
	case x < 0.85:
		mouth = h.arc(0.5, 0.86, 0.22, 0.16, 200, 340)
	default:
		mouth = h.line(0.32, 0.7, 0.68, 0.7)
	}
	parts := append(eyes, mouth)
	if h.coin(0.25) {
		parts = append(parts, h.line(0.5, 0.45, 0.47, 0.57, 0.52, 0.58))
	}
	if h.coin(0.75) {
		return append(shape{face}, parts...)
	}
	return append(parts, face)
}

// guestHeart is a heart in one stroke from the dip (down the left lobe
// to the point and up the right) or in two halves from the dip.
func guestHeart(h *guestHand) shape {
	dip, tip := h.at(0.5, 0.28), h.at(0.5, 0.97)
	left := guestSpline(append(append([]vec{dip}, h.pts(0.33, 0.06, 0.08, 0.1, 0.02, 0.36, 0.2, 0.66)...), tip)...)
	right := guestSpline(append(append([]vec{tip}, h.pts(0.8, 0.66, 0.98, 0.36, 0.92, 0.1, 0.67, 0.06)...), dip)...)
	if h.coin(0.35) {
		return shape{left, reversed(right)}
	}
	return shape{join(left, right)}
}

// guestStar is a star: a pentagram in one stroke, its outline, or three
// crossing strokes.
func guestStar(h *guestHand) shape {
	turn := h.u(-10, 10)
	corner := func(a, r float64) vec {
		return h.at(0.5+r*math.Cos((a+turn)*math.Pi/180), 0.5+r*math.Sin((a+turn)*math.Pi/180))
	}
	switch x := h.r.Float64(); {
	case x < 0.5:
		var p path
		for i := range 6 {
			p = append(p, corner(126+144*float64(i), 0.5))
		}
		return shape{p}
	case x < 0.8:
		var p path
		inner := h.u(0.18, 0.26)
		for i := range 11 {
			r := 0.5
			if i%2 == 1 {
				r = inner
			}
			p = append(p, corner(-90+36*float64(i), r))
		}
		return shape{p}
	}
	var s shape
	for i := range 3 {
		a := 90 + 60*float64(i)
		s = append(s, poly(corner(a, 0.5), corner(a+180, 0.5)))
	}
	return s
}

// guestHouse is a house: its walls, a roof, a door, and now and then a
// window or a chimney.
func guestHouse(h *guestHand) shape {
	walls := h.line(0.05, 0.42, 0.05, 1, 0.85, 1, 0.85, 0.42)
	if h.coin(0.5) {
		walls = join(walls, poly(walls[len(walls)-1], h.at(0.05, 0.42)))
	}
	s := shape{walls, h.line(0, 0.44, 0.45, 0.02, 0.9, 0.44)}
	if h.coin(0.8) {
		s = append(s, h.line(0.32, 1, 0.32, 0.7, 0.5, 0.7, 0.5, 1))
	}
	if h.coin(0.5) {
		s = append(s, h.line(0.62, 0.55, 0.76, 0.55, 0.76, 0.68, 0.62, 0.68, 0.62, 0.55))
	}
	if h.coin(0.3) {
		s = append(s, h.line(0.65, 0.2, 0.65, 0.06, 0.75, 0.06, 0.75, 0.29))
	}
	return s
}

// guestCheck is a check mark: a short stroke down and a long one up.
func guestCheck(h *guestHand) shape {
	low := h.at(0.32, 0.95)
	return shape{join(poly(h.at(0, h.u(0.5, 0.65)), low), guestSpline(low, h.at(0.6, 0.45), h.at(1, 0)))}
}

// guestSpiral is a spiral of two to four turns, from the middle out or
// from the outside in, either way round.
func guestSpiral(h *guestHand) shape {
	turns := h.u(2.2, 4)
	dir := pick(h.r, -1.0, 1.0)
	a0 := h.u(0, 360)
	n := int(turns * 40)
	p := make(path, n+1)
	for i := range p {
		t := float64(i) / float64(n)
		a := (a0 + dir*turns*360*t) * math.Pi / 180
		r := 0.03 + 0.47*t
		p[i] = vec{0.5 + r*math.Cos(a), 0.5 + r*math.Sin(a)*0.9}
	}
	if h.coin(0.25) {
		p = reversed(p)
	}
	return shape{p}
}

// guestWave is a line across: a wave, a zigzag, or a loopy line like a
// row of e's.
func guestWave(h *guestHand) shape {
	cycles := 2 + h.r.IntN(4)
	amp := h.u(0.08, 0.2)
	switch h.r.IntN(3) {
	case 0:
		var p path
		for i := 0; i <= cycles*16; i++ {
			t := float64(i) / 16
			p = append(p, vec{t / float64(cycles), amp * math.Sin(2*math.Pi*t)})
		}
		return shape{p}
	case 1:
		var xy []float64
		for i := 0; i <= cycles*2; i++ {
			xy = append(xy, float64(i)/float64(cycles*2), amp*float64(i%2*2-1))
		}
		return shape{h.line(xy...)}
	}
	var p path
	loops := cycles + 2
	step := 1 / float64(loops+1)
	for i := 0; i <= loops*24; i++ {
		t := float64(i) / 24 * 2 * math.Pi
		p = append(p, vec{step*t/(2*math.Pi) - step*0.7*math.Sin(t), -step * 0.8 * (1 - math.Cos(t))})
	}
	return shape{p}
}

// guestHatch is hatching: parallel strokes across an area, drawn all one
// way or back and forth, some crossed by a second set.
func guestHatch(h *guestHand) shape {
	n := 4 + h.r.IntN(9)
	a := pick(h.r, 0.0, 45.0, 90.0, 135.0) + h.u(-12, 12)
	sets := []float64{a}
	if h.coin(0.3) {
		sets = append(sets, a+90+h.u(-15, 15))
	}
	var s shape
	for _, a := range sets {
		d := vec{math.Cos(a * math.Pi / 180), math.Sin(a * math.Pi / 180)}
		nrm := vec{-d.Y, d.X}
		zig := h.coin(0.4)
		for i := range n {
			c := vec{0.5, 0.5}.add(nrm.mul(0.8 * (float64(i)/float64(n-1) - 0.5)))
			half := h.u(0.3, 0.45)
			p := poly(h.at(c.X-d.X*half, c.Y-d.Y*half), h.at(c.X+d.X*half, c.Y+d.Y*half))
			if zig && i%2 == 1 {
				p = reversed(p)
			}
			s = append(s, p)
		}
	}
	return s
}

// guestSun is a sun: a circle and six to twelve rays, some with a face.
func guestSun(h *guestHand) shape {
	r := h.u(0.2, 0.3)
	s := shape{h.loop(0.5, 0.5, r, r, h.u(-180, 180), pick(h.r, -360.0, 360.0))}
	n := 6 + h.r.IntN(7)
	a0 := h.u(0, 360)
	in, out := r*h.u(1.15, 1.35), h.u(0.42, 0.5)
	for i := range n {
		a := (a0 + 360*float64(i)/float64(n) + h.u(-8, 8)) * math.Pi / 180
		d := vec{math.Cos(a), math.Sin(a)}
		s = append(s, poly(h.at(0.5+d.X*in, 0.5+d.Y*in), h.at(0.5+d.X*out, 0.5+d.Y*out)))
	}
	if h.coin(0.3) {
		s = append(s, h.dot(0.5-r*0.35, 0.5-r*0.2), h.dot(0.5+r*0.35, 0.5-r*0.2), h.arc(0.5, 0.5, r*0.5, r*0.45, 30, 150))
	}
	return s
}

// guestCloud is a cloud in one stroke: round bumps over the top and
// sides, meeting in small notches, and a flatter bottom back to the
// start.
func guestCloud(h *guestHand) shape {
	n := 4 + h.r.IntN(3)
	bump := h.u(0.22, 0.35)
	const a0, span = 160.0, 220.0
	var pts []vec
	for i := 0; i <= n*12; i++ {
		t := float64(i) / float64(n*12)
		a := (a0 + span*t) * math.Pi / 180
		k := 1 + bump*math.Abs(math.Sin(math.Pi*float64(n)*t))
		pts = append(pts, vec{0.5 + 0.42*k*math.Cos(a), 0.45 + 0.25*k*math.Sin(a)})
	}
	p := guestSpline(pts...)
	for i := range p {
		p[i] = p[i].add(vec{h.u(-0.004, 0.004), h.u(-0.004, 0.004)})
	}
	return shape{join(p, guestSpline(p[len(p)-1], h.at(0.5, 0.62), p[0]))}
}

// guestArrow is an arrow in any direction, straight or bowed: its shaft,
// then its head in one stroke or two.
func guestArrow(h *guestHand) shape {
	a := (45*float64(h.r.IntN(8)) + h.u(-12, 12)) * math.Pi / 180
	d := vec{math.Cos(a), math.Sin(a)}
	from, to := vec{0.5, 0.5}.sub(d.mul(0.5)), vec{0.5, 0.5}.add(d.mul(0.5))
	bow := vec{-d.Y, d.X}.mul(h.u(-0.08, 0.08))
	shaft := guestSpline(from, lerp(from, to, 0.5).add(bow), to)
	l, spread := h.u(0.22, 0.36), h.u(25, 40)*math.Pi/180
	wing := func(s float64) vec {
		b := a + math.Pi + s*spread
		return to.add(vec{math.Cos(b), math.Sin(b)}.mul(l))
	}
	switch h.r.IntN(3) {
	case 0:
		return shape{shaft, poly(wing(1), to, wing(-1))}
	case 1:
		return shape{shaft, poly(to, wing(1)), poly(to, wing(-1))}
	}
	return shape{join(shaft, poly(to, wing(1), to, wing(-1)))}
}

// guestSigns is one sign from a keyboard or a sum: + = % # ? ÷.
func guestSigns(h *guestHand) shape {
	switch h.r.IntN(6) {
	case 0:
		return shape{h.line(0.5, 0, 0.5, 1), h.line(0, 0.5, 1, 0.5)}
	case 1:
		return shape{h.line(0, 0.3, 1, 0.3), h.line(0, 0.7, 1, 0.7)}
	case 2:
		return shape{h.loop(0.2, 0.2, 0.15, 0.18, -90, -360), h.line(0.85, 0, 0.15, 1), h.loop(0.8, 0.8, 0.15, 0.18, -90, -360)}
	case 3:
		return shape{h.line(0.35, 0, 0.25, 1), h.line(0.75, 0, 0.65, 1), h.line(0, 0.33, 1, 0.33), h.line(0, 0.67, 1, 0.67)}
	case 4:
		return shape{h.curve(0.08, 0.25, 0.25, 0.02, 0.5, 0.0, 0.7, 0.18, 0.6, 0.4, 0.45, 0.5, 0.45, 0.72), h.dot(0.45, 0.95)}
	}
	return shape{h.line(0, 0.5, 1, 0.5), h.dot(0.5, 0.18), h.dot(0.5, 0.82)}
}

// guestGrid is a tic-tac-toe grid, now and then with a first move.
func guestGrid(h *guestHand) shape {
	s := shape{h.line(0.33, 0, 0.33, 1), h.line(0.67, 0, 0.67, 1), h.line(0, 0.33, 1, 0.33), h.line(0, 0.67, 1, 0.67)}
	if h.coin(0.4) {
		cx, cy := 0.17+0.33*float64(h.r.IntN(3)), 0.17+0.33*float64(h.r.IntN(3))
		if h.coin(0.5) {
			s = append(s, h.line(cx-0.1, cy-0.1, cx+0.1, cy+0.1), h.line(cx+0.1, cy-0.1, cx-0.1, cy+0.1))
		} else {
			s = append(s, h.loop(cx, cy, 0.1, 0.1, -90, -360))
		}
	}
	return s
}

// guestStickFigure is a stick figure: the head, the body, the arms and
// the legs (one stroke or two).
func guestStickFigure(h *guestHand) shape {
	s := shape{h.loop(0.5, 0.13, 0.11, 0.12, 90, pick(h.r, -360.0, 360.0)), h.line(0.5, 0.26, 0.5, 0.64)}
	if h.coin(0.5) {
		s = append(s, h.line(0.22, h.u(0.3, 0.45), 0.78, h.u(0.3, 0.45)))
	} else {
		s = append(s, h.line(0.24, 0.3, 0.5, 0.42, 0.76, 0.3))
	}
	if h.coin(0.5) {
		return append(s, h.line(0.28, 1, 0.5, 0.64, 0.72, 1))
	}
	return append(s, h.line(0.5, 0.64, 0.3, 1), h.line(0.5, 0.64, 0.7, 1))
}

// guestScribble is a scribble that fills an area: back and forth down it
// as when colouring in, or a tangle.
func guestScribble(h *guestHand) shape {
	if h.coin(0.6) {
		rows := 8 + h.r.IntN(9)
		var xy []float64
		for i := range rows {
			xy = append(xy, float64(i%2), float64(i)/float64(rows-1)*0.7)
		}
		return shape{h.curve(xy...)}
	}
	var xy []float64
	for range 10 + h.r.IntN(10) {
		xy = append(xy, h.u(0, 1), h.u(0, 0.8))
	}
	return shape{h.curve(xy...)}
}

// guestDots are a few taps: a row like an ellipsis, or dots strewn about.
func guestDots(h *guestHand) shape {
	var s shape
	if h.coin(0.4) {
		for i := range 3 + h.r.IntN(3) {
			s = append(s, h.dot(0.25*float64(i), 0.5))
		}
		return s
	}
	for range 3 + h.r.IntN(7) {
		s = append(s, h.dot(h.u(0, 1), h.u(0, 0.8)))
	}
	return s
}

// guestNumber is a number of n digits written side by side, each of a
// digit family of the half being drawn.
func guestNumber(h *guestHand, n int) shape {
	var s shape
	x := 0.0
	for range n {
		label := h.r.IntN(10)
		var fams []guestFamily
		for _, f := range guestsDigits {
			if f.label == label && f.held == h.held {
				fams = append(fams, f)
			}
		}
		k := h.u(0.85, 1.1)
		s = append(s, shifted(pick(h.r, fams...).make(h), x, h.u(-0.06, 0.06), k)...)
		x += 0.6*k + h.u(0.12, 0.3)
	}
	return s
}

// guestPair is a number of two digits.
func guestPair(h *guestHand) shape { return guestNumber(h, 2) }

// guestTriple is a number of three digits.
func guestTriple(h *guestHand) shape { return guestNumber(h, 3) }
