package drawset

import (
	"math"
	"math/rand/v2"
)

// otherShape is a family of drawings that are not digits. make draws one in
// a box about 1 wide and 1 tall (placement squeezes it to the digits'
// proportions only when the family says so through its aspect).
type otherShape struct {
	name    string
	heldOut bool
	make    func(r *rand.Rand) shape
}

// letterStrokes draws the capital letters that resemble no digit, as
// strokes in a unit box.
var letterStrokes = map[byte]shape{
	'A': {poly(vec{0, 1}, vec{0.5, 0}, vec{1, 1}), poly(vec{0.22, 0.6}, vec{0.78, 0.6})},
	'E': {poly(vec{0.9, 0}, vec{0.1, 0}, vec{0.1, 1}, vec{0.9, 1}), poly(vec{0.1, 0.5}, vec{0.7, 0.5})},
	'F': {poly(vec{0.9, 0}, vec{0.15, 0}, vec{0.15, 1}), poly(vec{0.15, 0.5}, vec{0.7, 0.5})},
	'H': {poly(vec{0.1, 0}, vec{0.1, 1}), poly(vec{0.9, 0}, vec{0.9, 1}), poly(vec{0.1, 0.5}, vec{0.9, 0.5})},
	'K': {poly(vec{0.15, 0}, vec{0.15, 1}), poly(vec{0.85, 0}, vec{0.15, 0.55}, vec{0.85, 1})},
	'M': {poly(vec{0.05, 1}, vec{0.1, 0}, vec{0.5, 0.6}, vec{0.9, 0}, vec{0.95, 1})},
	'N': {poly(vec{0.1, 1}, vec{0.1, 0}, vec{0.9, 1}, vec{0.9, 0})},
	'R': {join(poly(vec{0.15, 1}, vec{0.15, 0}), bez(vec{0.15, 0}, vec{1, -0.05}, vec{1, 0.55}, vec{0.15, 0.5}), poly(vec{0.15, 0.5}, vec{0.9, 1}))},
	'W': {poly(vec{0, 0}, vec{0.25, 1}, vec{0.5, 0.3}, vec{0.75, 1}, vec{1, 0})},
	'X': {poly(vec{0.05, 0}, vec{0.95, 1}), poly(vec{0.95, 0}, vec{0.05, 1})},
	'Y': {poly(vec{0.05, 0}, vec{0.5, 0.5}, vec{0.95, 0}), poly(vec{0.5, 0.5}, vec{0.5, 1})},
	'C': {arc(vec{0.55, 0.5}, 0.45, 0.5, -45, -315)},
	'D': {join(poly(vec{0.15, 0}, vec{0.15, 1}), bez(vec{0.15, 1}, vec{1.1, 1}, vec{1.1, 0}, vec{0.15, 0}))},
	'P': {join(poly(vec{0.15, 1}, vec{0.15, 0}), bez(vec{0.15, 0}, vec{1, -0.05}, vec{1, 0.55}, vec{0.15, 0.5}))},
	'U': {join(poly(vec{0.1, 0}, vec{0.1, 0.6}), arc(vec{0.5, 0.6}, 0.4, 0.4, 180, 0), poly(vec{0.9, 0.6}, vec{0.9, 0}))},
	'V': {poly(vec{0, 0}, vec{0.5, 1}, vec{1, 0})},
}

// letterFamily draws one of the letters, each stroke with a little hand
// variation.
func letterFamily(letters string) func(r *rand.Rand) shape {
	return func(r *rand.Rand) shape { return jitter(letterStrokes[letters[r.IntN(len(letters))]], r, 0.04) }
}

// regular returns the closed polygon of n corners inscribed in the unit box.
func regular(n int, rot float64) path {
	p := make(path, n+1)
	for i := range p {
		p[i] = at(vec{0.5, 0.5}, 0.5, 0.5, rot+360*float64(i)/float64(n))
	}
	return p
}

// otherShapes lists the families of non-digits; heldOut ones never appear
// in the tuning part.
var otherShapes = []otherShape{
	{"letters", false, letterFamily("AEFHKMNXY")},
	{"letters-round", true, letterFamily("CDPRUVW")},
	{"triangle", false, func(r *rand.Rand) shape { return shape{regular(3, -90+uni(r, -10, 10))} }},
	{"square", false, func(r *rand.Rand) shape { return shape{regular(4, 45+uni(r, -8, 8))} }},
	{"star", false, func(r *rand.Rand) shape {
		p := make(path, 6)
		for i := range p {
			p[i] = at(vec{0.5, 0.5}, 0.5, 0.5, -90+144*float64(i))
		}
		return shape{p}
	}},
	{"heart", false, func(r *rand.Rand) shape {
		k := uni(r, 0.8, 1.1)
		return shape{join(bez(vec{0.5, 1}, vec{-0.1 * k, 0.5}, vec{0.1, -0.1}, vec{0.5, 0.25}),
			bez(vec{0.5, 0.25}, vec{0.9, -0.1}, vec{1 + 0.1*k, 0.5}, vec{0.5, 1}))}
	}},
	{"arrow", false, func(r *rand.Rand) shape {
		y := uni(r, 0.4, 0.6)
		return shape{poly(vec{0, y}, vec{1, y}), poly(vec{0.7, y - 0.25}, vec{1, y}, vec{0.7, y + 0.25})}
	}},
	{"smiley", false, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		return shape{arc(c, 0.5, 0.5, 0, 360), poly(vec{0.35, 0.35}, vec{0.35, 0.4}), poly(vec{0.65, 0.35}, vec{0.65, 0.4}),
			arc(c, 0.28, uni(r, 0.2, 0.3), 20, 160)}
	}},
	{"sun", false, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		s := shape{arc(c, 0.22, 0.22, 0, 360)}
		n := 6 + r.IntN(5)
		for i := 0; i < n; i++ {
			a := 360 * float64(i) / float64(n)
			s = append(s, poly(at(c, 0.3, 0.3, a), at(c, 0.5, 0.5, a)))
		}
		return s
	}},
	{"flower", false, func(r *rand.Rand) shape {
		n := 5 + r.IntN(3)
		var p path
		for i := 0; i <= n*24; i++ {
			a := 2 * math.Pi * float64(i) / float64(n*24)
			rad := 0.25 + 0.25*math.Abs(math.Sin(float64(n)*a/2))
			p = append(p, vec{0.5 + rad*math.Cos(a), 0.5 + rad*math.Sin(a)})
		}
		return shape{p}
	}},
	{"cloud", false, func(r *rand.Rand) shape {
		return shape{join(arc(vec{0.2, 0.6}, 0.2, 0.2, 90, 270), arc(vec{0.45, 0.4}, 0.25, 0.25, 180, 330),
			arc(vec{0.78, 0.55}, 0.22, 0.22, 250, 450), poly(vec{0.78, 0.77}, vec{0.2, 0.8}))}
	}},
	{"scribble", false, func(r *rand.Rand) shape {
		// A fast back-and-forth scrawl.
		n := 6 + r.IntN(10)
		p := path{vec{uni(r, 0, 1), uni(r, 0, 1)}}
		for i := 0; i < n; i++ {
			p = append(p, vec{uni(r, 0, 1), uni(r, 0, 1)})
		}
		return shape{p}
	}},
	{"zigzag", false, func(r *rand.Rand) shape {
		n := 3 + r.IntN(5)
		var p path
		for i := 0; i <= 2*n; i++ {
			p = append(p, vec{float64(i) / float64(2*n), float64(i%2) * uni(r, 0.3, 1)})
		}
		return shape{p}
	}},
	{"hatching", false, func(r *rand.Rand) shape {
		n := 4 + r.IntN(6)
		var s shape
		tilt := uni(r, -0.4, 0.4)
		for i := 0; i < n; i++ {
			x := float64(i) / float64(n-1)
			s = append(s, poly(vec{x + tilt/2, 0}, vec{x - tilt/2, 1}))
		}
		return s
	}},
	{"wave", false, func(r *rand.Rand) shape {
		f, ph := uni(r, 1.5, 4), uni(r, 0, 2*math.Pi)
		var p path
		for i := 0; i <= 60; i++ {
			x := float64(i) / 60
			p = append(p, vec{x, 0.5 + 0.3*math.Sin(2*math.Pi*f*x+ph)})
		}
		return shape{p}
	}},
	{"random-walk", false, func(r *rand.Rand) shape {
		p := path{{0.5, 0.5}}
		a := uni(r, 0, 2*math.Pi)
		for i := 0; i < 80; i++ {
			a += r.NormFloat64() * 0.5
			q := p[len(p)-1].add(vec{math.Cos(a) * 0.05, math.Sin(a) * 0.05})
			p = append(p, q)
		}
		return shape{p}
	}},
	{"spiral", true, func(r *rand.Rand) shape {
		turns := uni(r, 2, 4)
		var p path
		for i := 0; i <= 200; i++ {
			t := float64(i) / 200
			a := 2 * math.Pi * turns * t
			p = append(p, vec{0.5 + 0.5*t*math.Cos(a), 0.5 + 0.5*t*math.Sin(a)})
		}
		return shape{p}
	}},
	{"crosshatch", true, func(r *rand.Rand) shape {
		n := 3 + r.IntN(4)
		var s shape
		for i := 0; i < n; i++ {
			x := (float64(i) + 0.5) / float64(n)
			s = append(s, poly(vec{x, 0}, vec{x, 1}), poly(vec{0, x}, vec{1, x}))
		}
		return s
	}},
	{"house", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.1, 1}, vec{0.1, 0.45}, vec{0.5, 0}, vec{0.9, 0.45}, vec{0.9, 1}, vec{0.1, 1}),
			poly(vec{0.4, 1}, vec{0.4, 0.7}, vec{0.6, 0.7}, vec{0.6, 1})}
	}},
	{"doodle", false, doodle},
	{"lightning", true, func(r *rand.Rand) shape {
		w := uni(r, 0.15, 0.3)
		return shape{poly(vec{0.6, 0}, vec{0.3, 0.45}, vec{0.3 + 2*w, 0.5}, vec{0.35, 1}, vec{0.4, 0.95}, vec{0.35, 1}, vec{0.25, 0.9})}
	}},
	{"fish", true, func(r *rand.Rand) shape {
		c := vec{0.4, 0.5}
		return shape{join(arc(c, 0.4, uni(r, 0.2, 0.3), -150, 150), poly(at(c, 0.4, 0.25, 150), vec{1, 0.25}, vec{1, 0.75}, at(c, 0.4, 0.25, -150)))}
	}},
	{"tree", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.45, 1}, vec{0.45, 0.6}), poly(vec{0.55, 1}, vec{0.55, 0.6}),
			join(arc(vec{0.5, 0.35}, uni(r, 0.3, 0.45), 0.35, 100, 440))}
	}},
	{"envelope", true, func(r *rand.Rand) shape {
		h := uni(r, 0.5, 0.75)
		return shape{poly(vec{0, 0}, vec{1, 0}, vec{1, h}, vec{0, h}, vec{0, 0}), poly(vec{0, 0}, vec{0.5, h * 0.6}, vec{1, 0})}
	}},
	{"circled-cross", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		return shape{arc(c, 0.5, 0.5, 0, 360), poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0, 0.5}, vec{1, 0.5})}
	}},
	{"eye", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0, 0.5}, vec{0.3, 0.1}, vec{0.7, 0.1}, vec{1, 0.5}), bez(vec{1, 0.5}, vec{0.7, 0.9}, vec{0.3, 0.9}, vec{0, 0.5})),
			arc(vec{0.5, 0.5}, 0.12, 0.12, 0, 360)}
	}},
	{"moon", true, func(r *rand.Rand) shape {
		k := uni(r, 0.15, 0.3)
		return shape{join(arc(vec{0.5, 0.5}, 0.5, 0.5, 60, 300), bez(at(vec{0.5, 0.5}, 0.5, 0.5, 300), vec{0.5 - k, 0.2}, vec{0.5 - k, 0.8}, at(vec{0.5, 0.5}, 0.5, 0.5, 60)))}
	}},
	{"dashes", true, func(r *rand.Rand) shape {
		var s shape
		for i := 0; i < 5+r.IntN(8); i++ {
			a := vec{uni(r, 0, 0.9), uni(r, 0, 0.9)}
			s = append(s, poly(a, a.add(vec{uni(r, 0.05, 0.15), uni(r, -0.05, 0.05)})))
		}
		return s
	}},
}

// doodle draws two to four random pieces (lines, arcs, small rings) at
// random places: no shape in particular, so the verdict learns from it
// what is not a digit in general rather than a list of shapes.
func doodle(r *rand.Rand) shape {
	var s shape
	for i := 0; i < 2+r.IntN(3); i++ {
		c := vec{uni(r, 0.1, 0.9), uni(r, 0.1, 0.9)}
		switch r.IntN(3) {
		case 0:
			s = append(s, poly(c, vec{uni(r, 0, 1), uni(r, 0, 1)}, vec{uni(r, 0, 1), uni(r, 0, 1)}))
		case 1:
			a := uni(r, 0, 360)
			s = append(s, arc(c, uni(r, 0.1, 0.4), uni(r, 0.1, 0.4), a, a+uni(r, 90, 300)))
		default:
			rad := uni(r, 0.05, 0.15)
			s = append(s, arc(c, rad, rad, 0, 360))
		}
	}
	return s
}

// jitter moves every point of s by up to d on each axis, the small
// differences between two hands drawing the same symbol.
func jitter(s shape, r *rand.Rand, d float64) shape {
	out := make(shape, len(s))
	for i, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			q[j] = v.add(vec{uni(r, -d, d), uni(r, -d, d)})
		}
		out[i] = q
	}
	return out
}

// symbolFamily draws one of the symbols with a little hand variation.
func symbolFamily(symbols ...shape) func(r *rand.Rand) shape {
	return func(r *rand.Rand) shape { return jitter(symbols[r.IntN(len(symbols))], r, 0.03) }
}

// finalShapes are the non-digit families of part Final. They were written
// before the verdict they measure was designed, and the verdict's design
// and limits were frozen before any of them was first measured, so they
// are the clean measure of how the verdict does on non-digits nobody
// designed it for. They are in no other part.
var finalShapes = []otherShape{
	{"math-signs", true, symbolFamily(
		shape{poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0, 0.5}, vec{1, 0.5})},                                                                                                               // plus
		shape{poly(vec{0, 0.35}, vec{1, 0.35}), poly(vec{0, 0.65}, vec{1, 0.65})},                                                                                                           // equals
		shape{poly(vec{0, 0.5}, vec{1, 0.5}), arc(vec{0.5, 0.15}, 0.07, 0.07, 0, 360), arc(vec{0.5, 0.85}, 0.07, 0.07, 0, 360)},                                                             // divide
		shape{join(arc(vec{0.27, 0.5}, 0.25, 0.22, 0, 360), arc(vec{0.75, 0.5}, 0.25, 0.22, 180, -180))},                                                                                    // infinity
		shape{poly(vec{0, 0.6}, vec{0.15, 0.5}, vec{0.35, 1}, vec{0.6, 0}, vec{1, 0})},                                                                                                      // square root
		shape{poly(vec{0, 0.1}, vec{1, 0.1}), poly(vec{0.3, 0.1}, vec{0.25, 1}), join(poly(vec{0.7, 0.1}, vec{0.7, 0.85}), bez(vec{0.7, 0.85}, vec{0.7, 1}, vec{0.85, 1}, vec{0.95, 0.9}))}, // pi
		shape{poly(vec{0.9, 0.1}, vec{0.9, 0}, vec{0.1, 0}, vec{0.55, 0.5}, vec{0.1, 1}, vec{0.9, 1}, vec{0.9, 0.9})},                                                                       // sigma
		shape{bez(vec{0.8, 0.05}, vec{0.5, -0.1}, vec{0.55, 0.5}, vec{0.5, 0.5}), bez(vec{0.5, 0.5}, vec{0.45, 1.1}, vec{0.2, 1}, vec{0.15, 0.9})},                                          // integral
		shape{poly(vec{0.9, 0.1}, vec{0.1, 0.5}, vec{0.9, 0.9})},                                                                                                                            // less than
		shape{poly(vec{0.9, 0}, vec{0.1, 1}), arc(vec{0.2, 0.2}, 0.13, 0.13, 0, 360), arc(vec{0.8, 0.8}, 0.13, 0.13, 0, 360)},                                                               // percent
	)},
	{"punctuation", true, symbolFamily(
		shape{join(arc(vec{0.5, 0.3}, 0.35, 0.28, 180, 400), bez(at(vec{0.5, 0.3}, 0.35, 0.28, 40), vec{0.5, 0.55}, vec{0.5, 0.6}, vec{0.5, 0.75})), arc(vec{0.5, 0.95}, 0.04, 0.04, 0, 360)},                     // question mark
		shape{poly(vec{0.5, 0}, vec{0.5, 0.72}), arc(vec{0.5, 0.95}, 0.04, 0.04, 0, 360)},                                                                                                                         // exclamation
		shape{poly(vec{0.35, 0}, vec{0.25, 1}), poly(vec{0.75, 0}, vec{0.65, 1}), poly(vec{0, 0.33}, vec{1, 0.33}), poly(vec{0, 0.67}, vec{1, 0.67})},                                                             // hash
		shape{join(arc(vec{0.5, 0.5}, 0.15, 0.18, 0, 360), poly(vec{0.65, 0.3}, vec{0.65, 0.65}), bez(vec{0.65, 0.65}, vec{0.8, 0.8}, vec{1, 0.6}, vec{1, 0.5}), arc(vec{0.5, 0.5}, 0.5, 0.5, 0, -300))},          // at sign
		shape{bez(vec{0.9, 0.15}, vec{0.5, -0.1}, vec{0.1, 0.1}, vec{0.5, 0.5}), bez(vec{0.5, 0.5}, vec{0.9, 0.9}, vec{0.5, 1.1}, vec{0.1, 0.85}), poly(vec{0.5, -0.1}, vec{0.5, 1.1})},                           // dollar
		shape{join(bez(vec{0.9, 1}, vec{0.4, 0.5}, vec{0.1, 0.2}, vec{0.4, 0}), bez(vec{0.4, 0}, vec{0.7, 0.2}, vec{0.1, 0.5}, vec{0.2, 0.8}), bez(vec{0.2, 0.8}, vec{0.4, 1.05}, vec{0.8, 0.9}, vec{0.9, 0.6}))}, // ampersand
	)},
	{"greek", true, symbolFamily(
		shape{join(arc(vec{0.4, 0.5}, 0.35, 0.35, -30, 330), bez(at(vec{0.4, 0.5}, 0.35, 0.35, -30), vec{0.8, 0.5}, vec{0.85, 0.8}, vec{1, 0.85}))},                                                    // alpha
		shape{poly(vec{0, 0}, vec{1, 1}), poly(vec{0.5, 0.5}, vec{0, 1})},                                                                                                                              // lambda
		shape{join(poly(vec{0, 1}, vec{0.3, 1}), bez(vec{0.3, 1}, vec{-0.1, 0.7}, vec{0.1, 0}, vec{0.5, 0}), bez(vec{0.5, 0}, vec{0.9, 0}, vec{1.1, 0.7}, vec{0.7, 1}), poly(vec{0.7, 1}, vec{1, 1}))}, // omega
		shape{join(poly(vec{0.1, 1}, vec{0.1, 0.2}), bez(vec{0.1, 0.2}, vec{0.1, -0.05}, vec{0.7, -0.05}, vec{0.6, 0.3}), bez(vec{0.6, 0.3}, vec{1, 0.4}, vec{1, 0.95}, vec{0.1, 0.8}))},               // beta
		shape{join(poly(vec{0.1, 1}, vec{0.2, 0.2}), bez(vec{0.2, 0.2}, vec{0.25, 0.7}, vec{0.8, 0.7}, vec{0.8, 0.2}), poly(vec{0.8, 0.2}, vec{0.85, 0.75}, vec{0.95, 0.7}))},                          // mu
	)},
	{"cursive-word", true, func(r *rand.Rand) shape {
		// A word of joined small letters: e, l, u, n and m loops on a baseline.
		var p path
		x := 0.0
		for i := 0; i < 3+r.IntN(4); i++ {
			switch r.IntN(5) {
			case 0: // e
				p = join(p, bez(vec{x, 0.9}, vec{x + 0.3, 0.8}, vec{x + 0.3, 0.5}, vec{x + 0.15, 0.5}), bez(vec{x + 0.15, 0.5}, vec{x, 0.5}, vec{x, 1}, vec{x + 0.3, 0.95}))
				x += 0.3
			case 1: // l
				p = join(p, bez(vec{x, 0.95}, vec{x + 0.3, 0.6}, vec{x + 0.3, 0}, vec{x + 0.15, 0}), bez(vec{x + 0.15, 0}, vec{x, 0}, vec{x, 1}, vec{x + 0.3, 0.95}))
				x += 0.3
			case 2: // u
				p = join(p, poly(vec{x, 0.5}, vec{x, 0.9}), bez(vec{x, 0.9}, vec{x, 1}, vec{x + 0.25, 1}, vec{x + 0.25, 0.5}), poly(vec{x + 0.25, 0.5}, vec{x + 0.3, 0.95}))
				x += 0.35
			case 3: // n
				p = join(p, poly(vec{x, 0.95}, vec{x, 0.5}), bez(vec{x, 0.5}, vec{x + 0.05, 0.45}, vec{x + 0.25, 0.4}, vec{x + 0.25, 0.95}))
				x += 0.3
			default: // m
				p = join(p, poly(vec{x, 0.95}, vec{x, 0.5}), bez(vec{x, 0.5}, vec{x + 0.2, 0.4}, vec{x + 0.2, 0.5}, vec{x + 0.2, 0.95}),
					bez(vec{x + 0.2, 0.95}, vec{x + 0.2, 0.4}, vec{x + 0.4, 0.4}, vec{x + 0.4, 0.95}))
				x += 0.45
			}
		}
		return shape{p}
	}},
	{"mug", true, func(r *rand.Rand) shape {
		w := uni(r, 0.55, 0.75)
		return shape{poly(vec{0, 0.1}, vec{0.05, 1}, vec{w - 0.05, 1}, vec{w, 0.1}, vec{0, 0.1}),
			arc(vec{w, 0.5}, uni(r, 0.15, 0.25), 0.2, -90, 90)}
	}},
	{"key", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.2, 0.5}, 0.2, 0.2, 0, 360),
			poly(vec{0.4, 0.5}, vec{1, 0.5}, vec{1, 0.7}), poly(vec{0.8, 0.5}, vec{0.8, 0.65})}
	}},
	{"umbrella", true, func(r *rand.Rand) shape {
		return shape{join(arc(vec{0.5, 0.45}, 0.5, 0.45, 180, 360), poly(vec{1, 0.45}, vec{0, 0.45})),
			join(poly(vec{0.5, 0.45}, vec{0.5, 0.9}), arc(vec{0.4, 0.9}, 0.1, 0.1, 0, 180))}
	}},
	{"stick-figure", true, func(r *rand.Rand) shape {
		arm := uni(r, -0.1, 0.15)
		return shape{arc(vec{0.5, 0.13}, 0.13, 0.13, 0, 360), poly(vec{0.5, 0.26}, vec{0.5, 0.65}),
			poly(vec{0.15, 0.4 + arm}, vec{0.5, 0.4}, vec{0.85, 0.4 + arm}), poly(vec{0.25, 1}, vec{0.5, 0.65}, vec{0.75, 1})}
	}},
	{"music-note", true, func(r *rand.Rand) shape {
		if r.IntN(2) == 0 { // a quaver
			return shape{arc(vec{0.3, 0.88}, 0.15, 0.1, 0, 360), join(poly(vec{0.45, 0.88}, vec{0.45, 0}), bez(vec{0.45, 0}, vec{0.55, 0.2}, vec{0.8, 0.25}, vec{0.7, 0.5}))}
		}
		// two joined quavers
		return shape{arc(vec{0.15, 0.88}, 0.15, 0.1, 0, 360), arc(vec{0.75, 0.8}, 0.15, 0.1, 0, 360),
			poly(vec{0.3, 0.88}, vec{0.3, 0.1}, vec{0.9, 0}, vec{0.9, 0.8})}
	}},
	{"checkmark", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0, 0.55}, vec{uni(r, 0.25, 0.4), 1}, vec{1, 0})}
	}},
	{"hexagram", true, func(r *rand.Rand) shape {
		return shape{regular(3, -90), regular(3, 90)}
	}},
	{"square-spiral", true, func(r *rand.Rand) shape {
		var p path
		step := uni(r, 0.1, 0.16)
		x, y, l := 0.5, 0.5, step
		dirs := []vec{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}
		p = append(p, vec{x, y})
		for i := 0; i < 8+r.IntN(4); i++ {
			d := dirs[i%4]
			x, y = x+d.X*l, y+d.Y*l
			p = append(p, vec{x, y})
			if i%2 == 1 {
				l += step
			}
		}
		return shape{p}
	}},
	{"car", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0, 0.75}, vec{0, 0.45}, vec{0.2, 0.45}, vec{0.3, 0.2}, vec{0.7, 0.2}, vec{0.8, 0.45}, vec{1, 0.45}, vec{1, 0.75}, vec{0, 0.75}),
			arc(vec{0.22, 0.8}, 0.1, 0.1, 0, 360), arc(vec{0.78, 0.8}, 0.1, 0.1, 0, 360)}
	}},
	{"cat-face", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.6}
		return shape{join(poly(at(c, 0.4, 0.35, 200), vec{0.15, 0.05}, at(c, 0.4, 0.35, 240)), arc(c, 0.4, 0.35, 240, 300), poly(at(c, 0.4, 0.35, 300), vec{0.85, 0.05}, at(c, 0.4, 0.35, 340)), arc(c, 0.4, 0.35, 340, 560)),
			poly(vec{0, 0.6}, vec{0.35, 0.65}), poly(vec{1, 0.6}, vec{0.65, 0.65}), poly(vec{0.38, 0.5}, vec{0.38, 0.53}), poly(vec{0.62, 0.5}, vec{0.62, 0.53})}
	}},
	{"curved-arrow", true, func(r *rand.Rand) shape {
		a := arc(vec{0.5, 0.5}, 0.45, 0.45, 200, 200+uni(r, 240, 300))
		e := a[len(a)-1]
		return shape{a, poly(e.add(vec{-0.2, -0.05}), e, e.add(vec{0.05, -0.2}))}
	}},
	{"sailboat", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0, 0.75}, vec{1, 0.75}, vec{0.8, 1}, vec{0.2, 1}, vec{0, 0.75}),
			poly(vec{0.5, 0.75}, vec{0.5, 0}, vec{0.9, 0.65}, vec{0.5, 0.65})}
	}},
}
