package drawset

import (
	"math"
	"math/rand/v2"
)

// OutsideVDigits returns n drawn digits of half h of the outside verdict
// set, the controls beside its non-digits: the outside drawn-digit set's
// families and pens, from the verdict set's own seeds.
func OutsideVDigits(seed uint64, n int, h Half) []Sample { return outside.VDigits(seed, n, h) }

// OutsideVOthers returns n drawings of half h of the outside verdict set
// that are not digits, the families of outsideOtherShapes in turn, with
// the outside pens and placements.
func OutsideVOthers(seed uint64, n int, h Half) []Sample { return outside.VOthers(seed, n, h) }

// outsideHebrew are Hebrew letters unlike any digit: א, ש, ת.
var outsideHebrew = []shape{
	{poly(vec{0.1, 0}, vec{0.9, 1}), join(poly(vec{0.75, 0}, vec{0.72, 0.35}), poly(vec{0.72, 0.35}, vec{0.6, 0.45})), join(poly(vec{0.38, 0.55}, vec{0.25, 0.65}), poly(vec{0.25, 0.65}, vec{0.2, 1}))},
	{join(poly(vec{0.05, 0}, vec{0.05, 0.75}), bez(vec{0.05, 0.75}, vec{0.05, 1}, vec{0.3, 1}, vec{0.5, 1}), bez(vec{0.5, 1}, vec{0.75, 1}, vec{0.95, 0.9}, vec{0.95, 0})), poly(vec{0.5, 0}, vec{0.5, 0.6}, vec{0.2, 0.75})},
	{poly(vec{0, 0}, vec{0.85, 0}, vec{0.85, 1}), join(poly(vec{0.25, 0}, vec{0.25, 0.95}), poly(vec{0.25, 0.95}, vec{0.05, 1}))},
}

// outsideOtherShapes are the outside verdict set's non-digit families,
// none of them in another set: signs and marks (chevrons, square
// brackets, a tick beside a cross, a wifi sign, a play button, a mouse
// pointer, Hebrew letters), things (a snowflake, a spider's web, a
// butterfly, an aeroplane, a bus, traffic lights, a battery, a slice of
// pizza, an ice cream, cherries, grapes, a cut gem, a top hat, a T-shirt,
// a television, mountains, an owl, a bee, a hand, a trophy, a fir tree,
// a flying saucer, a robot's head, an open book, a present, a fence).
// Shapes a person could take for a digit (a clock, a light bulb, a
// magnet, a pair of scissors, a dumbbell, an hourglass) are left out.
var outsideOtherShapes = []otherShape{
	{"chevrons", true, func(r *rand.Rand) shape {
		// Two or three arrowheads in a row, pointing the same way.
		var s shape
		n := 2 + r.IntN(2)
		dir := pick(r, 1.0, -1.0)
		for k := 0; k < n; k++ {
			x := 0.3 * float64(k)
			s = append(s, poly(vec{x + 0.25 - 0.25*dir, 0}, vec{x + 0.25 + 0.25*dir, 0.5}, vec{x + 0.25 - 0.25*dir, 1}))
		}
		return jitter(s, r, 0.02)
	}},
	{"square-brackets", true, func(r *rand.Rand) shape {
		// [ ] with a word-sized gap between them, or with a dot in it.
		g := uni(r, 1.0, 1.4)
		s := shape{poly(vec{0.25, 0}, vec{0, 0}, vec{0, 1}, vec{0.25, 1}), poly(vec{g, 0}, vec{g + 0.25, 0}, vec{g + 0.25, 1}, vec{g, 1})}
		if r.IntN(2) == 0 {
			m := vec{(g + 0.25) / 2, 0.5}
			s = append(s, arc(m, 0.05, 0.05, 0, 360))
		}
		return jitter(s, r, 0.02)
	}},
	{"tick-and-cross", true, func(r *rand.Rand) shape {
		return jitter(shape{poly(vec{0, 0.55}, vec{0.15, 0.8}, vec{0.45, 0.2}), poly(vec{0.6, 0.25}, vec{1, 0.8}), poly(vec{1, 0.25}, vec{0.6, 0.8})}, r, 0.03)
	}},
	{"snowflake", true, func(r *rand.Rand) shape {
		// Six arms, each with a pair of little branches.
		var s shape
		c := vec{0.5, 0.5}
		a0 := uni(r, 0, 30)
		for k := 0; k < 6; k++ {
			a := a0 + 60*float64(k)
			s = append(s, poly(c, at(c, 0.5, 0.5, a)))
			b := at(c, 0.3, 0.3, a)
			s = append(s, poly(at(b, 0.14, 0.14, a-45), b, at(b, 0.14, 0.14, a+45)))
		}
		return s
	}},
	{"spiderweb", true, func(r *rand.Rand) shape {
		// Spokes and two rings of straight threads between them.
		c := vec{0.5, 0.5}
		n := 6 + r.IntN(3)
		var s shape
		for k := 0; k < n; k++ {
			s = append(s, poly(c, at(c, 0.5, 0.5, 360*float64(k)/float64(n))))
		}
		for _, rad := range []float64{0.25, 0.45} {
			var ring path
			for k := 0; k <= n; k++ {
				ring = append(ring, at(c, rad, rad, 360*float64(k)/float64(n)))
			}
			s = append(s, ring)
		}
		return s
	}},
	{"butterfly", true, func(r *rand.Rand) shape {
		// A body, two big upper wings, two small lower wings, feelers.
		return shape{poly(vec{0.5, 0.2}, vec{0.5, 0.85}),
			join(bez(vec{0.5, 0.45}, vec{0.3, 0.0}, vec{0.0, 0.05}, vec{0.05, 0.3}), bez(vec{0.05, 0.3}, vec{0.1, 0.5}, vec{0.35, 0.5}, vec{0.5, 0.5})),
			join(bez(vec{0.5, 0.45}, vec{0.7, 0.0}, vec{1.0, 0.05}, vec{0.95, 0.3}), bez(vec{0.95, 0.3}, vec{0.9, 0.5}, vec{0.65, 0.5}, vec{0.5, 0.5})),
			join(bez(vec{0.5, 0.55}, vec{0.3, 0.55}, vec{0.15, 0.9}, vec{0.3, 0.92}), bez(vec{0.3, 0.92}, vec{0.42, 0.93}, vec{0.48, 0.75}, vec{0.5, 0.6})),
			join(bez(vec{0.5, 0.55}, vec{0.7, 0.55}, vec{0.85, 0.9}, vec{0.7, 0.92}), bez(vec{0.7, 0.92}, vec{0.58, 0.93}, vec{0.52, 0.75}, vec{0.5, 0.6})),
			poly(vec{0.5, 0.2}, vec{0.4, 0.02}), poly(vec{0.5, 0.2}, vec{0.6, 0.02})}
	}},
	{"aeroplane", true, func(r *rand.Rand) shape {
		// Seen from above: a long body, swept wings and a small tail.
		return jitter(shape{join(poly(vec{0.45, 0.95}, vec{0.45, 0.1}), arc(vec{0.5, 0.1}, 0.05, 0.1, 180, 360), poly(vec{0.55, 0.1}, vec{0.55, 0.95}, vec{0.45, 0.95})),
			poly(vec{0.45, 0.35}, vec{0, 0.6}, vec{0, 0.68}, vec{0.45, 0.52}), poly(vec{0.55, 0.35}, vec{1, 0.6}, vec{1, 0.68}, vec{0.55, 0.52}),
			poly(vec{0.45, 0.82}, vec{0.3, 0.95}, vec{0.45, 0.93}), poly(vec{0.55, 0.82}, vec{0.7, 0.95}, vec{0.55, 0.93})}, r, 0.015)
	}},
	{"bus", true, func(r *rand.Rand) shape {
		// A long box with a row of windows, a door and two wheels.
		s := shape{poly(vec{0, 0.1}, vec{1, 0.1}, vec{1, 0.75}, vec{0, 0.75}, vec{0, 0.1})}
		n := 3 + r.IntN(2)
		for k := 0; k < n; k++ {
			x := 0.06 + 0.7*float64(k)/float64(n)
			s = append(s, poly(vec{x, 0.2}, vec{x + 0.12, 0.2}, vec{x + 0.12, 0.4}, vec{x, 0.4}, vec{x, 0.2}))
		}
		s = append(s, poly(vec{0.84, 0.75}, vec{0.84, 0.2}, vec{0.95, 0.2}, vec{0.95, 0.75}))
		return append(s, arc(vec{0.22, 0.8}, 0.09, 0.09, 0, 360), arc(vec{0.75, 0.8}, 0.09, 0.09, 0, 360))
	}},
	{"traffic-light", true, func(r *rand.Rand) shape {
		// A box with three lamps, on a post.
		w := uni(r, 0.48, 0.6)
		s := shape{poly(vec{0.5 - w/2, 0}, vec{0.5 + w/2, 0}, vec{0.5 + w/2, 0.72}, vec{0.5 - w/2, 0.72}, vec{0.5 - w/2, 0}), poly(vec{0.5, 0.72}, vec{0.5, 1}), poly(vec{0.35, 1}, vec{0.65, 1})}
		for _, y := range []float64{0.13, 0.36, 0.59} {
			s = append(s, arc(vec{0.5, y}, w*0.3, 0.09, 0, 360))
		}
		return s
	}},
	{"battery", true, func(r *rand.Rand) shape {
		// Lying down: a box, the terminal nub, and charge bars.
		s := shape{poly(vec{0, 0.3}, vec{0.88, 0.3}, vec{0.88, 0.7}, vec{0, 0.7}, vec{0, 0.3}), poly(vec{0.88, 0.42}, vec{0.96, 0.42}, vec{0.96, 0.58}, vec{0.88, 0.58})}
		n := 1 + r.IntN(4)
		for k := 0; k < n; k++ {
			x := 0.1 + 0.18*float64(k)
			s = append(s, poly(vec{x, 0.38}, vec{x, 0.62}))
		}
		return s
	}},
	{"pizza-slice", true, func(r *rand.Rand) shape {
		// A wedge with a rounded crust and a few slices of pepperoni.
		s := shape{join(poly(vec{0.5, 1}, vec{0.05, 0.15}), bez(vec{0.05, 0.15}, vec{0.3, 0}, vec{0.7, 0}, vec{0.95, 0.15}), poly(vec{0.95, 0.15}, vec{0.5, 1})),
			bez(vec{0.1, 0.25}, vec{0.3, 0.13}, vec{0.7, 0.13}, vec{0.9, 0.25})}
		for _, c := range []vec{{0.4, 0.35}, {0.6, 0.42}, {0.5, 0.65}} {
			s = append(s, arc(c.add(vec{uni(r, -0.03, 0.03), uni(r, -0.03, 0.03)}), 0.05, 0.05, 0, 360))
		}
		return s
	}},
	{"ice-cream", true, func(r *rand.Rand) shape {
		// Two scoops on a cone with a criss-cross pattern.
		s := shape{poly(vec{0.2, 0.5}, vec{0.5, 1}, vec{0.8, 0.5}, vec{0.2, 0.5}),
			join(arc(vec{0.35, 0.4}, 0.16, 0.14, 135, 290), arc(vec{0.62, 0.36}, 0.2, 0.2, 220, 380), poly(at(vec{0.62, 0.36}, 0.2, 0.2, 380), vec{0.8, 0.5})),
			poly(vec{0.3, 0.55}, vec{0.6, 0.83}), poly(vec{0.45, 0.55}, vec{0.68, 0.75}), poly(vec{0.7, 0.55}, vec{0.4, 0.83}), poly(vec{0.55, 0.55}, vec{0.32, 0.75})}
		return jitter(s, r, 0.01)
	}},
	{"cherries", true, func(r *rand.Rand) shape {
		// Two cherries on stems joined at the top, with a leaf.
		a, b := vec{0.25, 0.78}, vec{0.72, 0.8}
		top := vec{0.62, 0.05}
		return shape{arc(a, 0.2, 0.2, 0, 360), arc(b, 0.2, 0.2, 0, 360), bez(a.add(vec{0, -0.2}), vec{0.3, 0.4}, vec{0.5, 0.15}, top), bez(b.add(vec{0, -0.2}), vec{0.7, 0.4}, vec{0.65, 0.2}, top),
			join(bez(top, vec{0.75, -0.05}, vec{0.95, 0.0}, vec{1.0, 0.1}), bez(vec{1.0, 0.1}, vec{0.9, 0.2}, vec{0.7, 0.15}, top))}
	}},
	{"grapes", true, func(r *rand.Rand) shape {
		// A bunch of small circles, three, two, one, with a stalk.
		var s shape
		for row, n := range []int{3, 2, 1} {
			for k := 0; k < n; k++ {
				x := 0.5 + (float64(k)-float64(n-1)/2)*0.3
				s = append(s, arc(vec{x + uni(r, -0.02, 0.02), 0.3 + 0.26*float64(row)}, 0.15, 0.15, 0, 360))
			}
		}
		return append(s, poly(vec{0.5, 0.15}, vec{0.55, 0}), bez(vec{0.53, 0.07}, vec{0.65, 0.02}, vec{0.75, 0.05}, vec{0.8, 0.1}))
	}},
	{"gem", true, func(r *rand.Rand) shape {
		// A cut diamond: a flat top, a crown and a pointed pavilion, with facet lines.
		return jitter(shape{poly(vec{0.25, 0}, vec{0.75, 0}, vec{1, 0.3}, vec{0.5, 1}, vec{0, 0.3}, vec{0.25, 0}), poly(vec{0, 0.3}, vec{1, 0.3}),
			poly(vec{0.25, 0}, vec{0.35, 0.3}, vec{0.5, 1}), poly(vec{0.75, 0}, vec{0.65, 0.3}, vec{0.5, 1}), poly(vec{0.5, 0}, vec{0.35, 0.3}), poly(vec{0.5, 0}, vec{0.65, 0.3})}, r, 0.015)
	}},
	{"top-hat", true, func(r *rand.Rand) shape {
		// A tall crown with a band, on a wide brim.
		return jitter(shape{poly(vec{0.25, 0.8}, vec{0.22, 0}, vec{0.78, 0}, vec{0.75, 0.8}), join(bez(vec{0, 0.85}, vec{0.2, 0.75}, vec{0.8, 0.75}, vec{1, 0.85}), bez(vec{1, 0.85}, vec{0.8, 0.95}, vec{0.2, 0.95}, vec{0, 0.85})),
			poly(vec{0.24, 0.62}, vec{0.76, 0.62}), poly(vec{0.24, 0.7}, vec{0.76, 0.7})}, r, 0.015)
	}},
	{"t-shirt", true, func(r *rand.Rand) shape {
		// The outline of a T-shirt with short sleeves and a round neck.
		return shape{join(poly(vec{0.38, 0}, vec{0.1, 0.1}, vec{0, 0.35}, vec{0.2, 0.4}, vec{0.22, 0.3}, vec{0.22, 1}, vec{0.78, 1}, vec{0.78, 0.3}, vec{0.8, 0.4}, vec{1, 0.35}, vec{0.9, 0.1}, vec{0.62, 0}),
			arc(vec{0.5, 0}, 0.12, 0.1, 0, 180))}
	}},
	{"television", true, func(r *rand.Rand) shape {
		// An old set: a box with a screen, two knobs and a V of antennas.
		return shape{poly(vec{0, 0.3}, vec{1, 0.3}, vec{1, 1}, vec{0, 1}, vec{0, 0.3}), poly(vec{0.08, 0.38}, vec{0.72, 0.38}, vec{0.72, 0.92}, vec{0.08, 0.92}, vec{0.08, 0.38}),
			arc(vec{0.86, 0.5}, 0.05, 0.05, 0, 360), arc(vec{0.86, 0.72}, 0.05, 0.05, 0, 360), poly(vec{0.3, 0}, vec{0.5, 0.3}, vec{0.75, 0.02})}
	}},
	{"mountains", true, func(r *rand.Rand) shape {
		// Two or three peaks on one line, snow caps on the tallest.
		h := uni(r, 0.05, 0.2)
		return jitter(shape{poly(vec{0, 1}, vec{0.3, h + 0.25}, vec{0.45, 0.55}, vec{0.65, h}, vec{1, 1}), poly(vec{0.55, h + 0.17}, vec{0.6, h + 0.22}, vec{0.65, h + 0.16}, vec{0.7, h + 0.22}, vec{0.74, h + 0.15}), poly(vec{0, 1}, vec{1, 1})}, r, 0.02)
	}},
	{"owl", true, func(r *rand.Rand) shape {
		// A round body with ear tufts, two big eyes and a beak.
		return shape{join(poly(vec{0.15, 0.15}, vec{0.3, 0.28}, vec{0.7, 0.28}, vec{0.85, 0.15}), bez(vec{0.85, 0.15}, vec{1.05, 0.6}, vec{0.85, 1}, vec{0.5, 1}), bez(vec{0.5, 1}, vec{0.15, 1}, vec{-0.05, 0.6}, vec{0.15, 0.15})),
			arc(vec{0.35, 0.45}, 0.12, 0.12, 0, 360), arc(vec{0.65, 0.45}, 0.12, 0.12, 0, 360), poly(vec{0.45, 0.6}, vec{0.5, 0.7}, vec{0.55, 0.6})}
	}},
	{"bee", true, func(r *rand.Rand) shape {
		// A striped body lying sideways, two wings, a sting.
		c := vec{0.45, 0.65}
		return shape{arc(c, 0.4, 0.25, 0, 360), poly(vec{0.3, 0.43}, vec{0.3, 0.87}), poly(vec{0.45, 0.4}, vec{0.45, 0.9}), poly(vec{0.6, 0.43}, vec{0.6, 0.87}),
			arc(vec{0.35, 0.22}, 0.13, 0.2, 0, 360), arc(vec{0.6, 0.22}, 0.13, 0.2, 0, 360), poly(vec{0.85, 0.65}, vec{1, 0.65})}
	}},
	{"hand", true, func(r *rand.Rand) shape {
		// The outline of a hand, four fingers up and the thumb out to the side.
		var p path
		p = append(p, vec{0.25, 1}, vec{0.2, 0.55}, vec{0.02, 0.4}, vec{0.05, 0.34}, vec{0.25, 0.42})
		for k, x := range []float64{0.25, 0.42, 0.59, 0.76} {
			top := 0.12 + 0.05*math.Abs(float64(k)-1.4)
			p = join(p, poly(vec{x, 0.42}, vec{x, top + 0.05}), arc(vec{x + 0.075, top + 0.05}, 0.075, 0.06, 180, 360), poly(vec{x + 0.15, top + 0.05}, vec{x + 0.15, 0.42}))
		}
		return shape{join(p, poly(vec{0.91, 0.42}, vec{0.85, 1}))}
	}},
	{"trophy", true, func(r *rand.Rand) shape {
		// A cup with two handles, a stem and a base.
		return shape{join(poly(vec{0.2, 0}, vec{0.8, 0}), bez(vec{0.8, 0}, vec{0.8, 0.45}, vec{0.6, 0.55}, vec{0.5, 0.55}), bez(vec{0.5, 0.55}, vec{0.4, 0.55}, vec{0.2, 0.45}, vec{0.2, 0})),
			bez(vec{0.22, 0.08}, vec{0, 0.05}, vec{0, 0.3}, vec{0.26, 0.32}), bez(vec{0.78, 0.08}, vec{1, 0.05}, vec{1, 0.3}, vec{0.74, 0.32}),
			poly(vec{0.5, 0.55}, vec{0.5, 0.8}), poly(vec{0.25, 1}, vec{0.3, 0.8}, vec{0.7, 0.8}, vec{0.75, 1}, vec{0.25, 1})}
	}},
	{"fir-tree", true, func(r *rand.Rand) shape {
		// Three stacked tiers with jagged edges, on a trunk.
		p := path{vec{0.5, 0}}
		for k, y := range []float64{0.3, 0.58, 0.85} {
			w := 0.22 + 0.14*float64(k)
			p = append(p, vec{0.5 + w, y}, vec{0.5 + w*0.45, y})
		}
		p = p[:len(p)-1]
		q := path{vec{0.5, 0}}
		for k, y := range []float64{0.3, 0.58, 0.85} {
			w := 0.22 + 0.14*float64(k)
			q = append(q, vec{0.5 - w, y}, vec{0.5 - w*0.45, y})
		}
		q = q[:len(q)-1]
		return jitter(shape{p, q, poly(vec{0.5 - 0.5, 0.85}, vec{0.5 + 0.5, 0.85}), poly(vec{0.44, 0.85}, vec{0.44, 1}, vec{0.56, 1}, vec{0.56, 0.85})}, r, 0.015)
	}},
	{"hebrew", true, symbolFamily(outsideHebrew...)},
	{"flying-saucer", true, func(r *rand.Rand) shape {
		// A dome on a flat disc, a row of lights, a beam below.
		return shape{arc(vec{0.5, 0.45}, 0.5, 0.12, 0, 360), join(arc(vec{0.5, 0.36}, 0.22, 0.22, 180, 360)),
			arc(vec{0.25, 0.47}, 0.03, 0.03, 0, 360), arc(vec{0.5, 0.5}, 0.03, 0.03, 0, 360), arc(vec{0.75, 0.47}, 0.03, 0.03, 0, 360),
			poly(vec{0.35, 0.57}, vec{0.2, 1}), poly(vec{0.65, 0.57}, vec{0.8, 1})}
	}},
	{"robot-head", true, func(r *rand.Rand) shape {
		// A square head with square eyes, a grille for a mouth, an antenna and ears.
		s := shape{poly(vec{0.15, 0.25}, vec{0.85, 0.25}, vec{0.85, 1}, vec{0.15, 1}, vec{0.15, 0.25}),
			poly(vec{0.27, 0.4}, vec{0.42, 0.4}, vec{0.42, 0.55}, vec{0.27, 0.55}, vec{0.27, 0.4}), poly(vec{0.58, 0.4}, vec{0.73, 0.4}, vec{0.73, 0.55}, vec{0.58, 0.55}, vec{0.58, 0.4}),
			poly(vec{0.3, 0.72}, vec{0.7, 0.72}, vec{0.7, 0.86}, vec{0.3, 0.86}, vec{0.3, 0.72}), poly(vec{0.5, 0.25}, vec{0.5, 0.08}), arc(vec{0.5, 0.05}, 0.04, 0.04, 0, 360),
			poly(vec{0.15, 0.5}, vec{0.05, 0.5}, vec{0.05, 0.7}, vec{0.15, 0.7}), poly(vec{0.85, 0.5}, vec{0.95, 0.5}, vec{0.95, 0.7}, vec{0.85, 0.7})}
		for _, x := range []float64{0.4, 0.5, 0.6} {
			s = append(s, poly(vec{x, 0.72}, vec{x, 0.86}))
		}
		return jitter(s, r, 0.01)
	}},
	{"open-book", true, func(r *rand.Rand) shape {
		// Two pages curving up from the spine, with lines of text.
		s := shape{join(bez(vec{0.5, 0.25}, vec{0.35, 0.12}, vec{0.15, 0.12}, vec{0, 0.2}), poly(vec{0, 0.2}, vec{0, 0.9}), bez(vec{0, 0.9}, vec{0.15, 0.82}, vec{0.35, 0.82}, vec{0.5, 0.95}), poly(vec{0.5, 0.95}, vec{0.5, 0.25})),
			join(bez(vec{0.5, 0.25}, vec{0.65, 0.12}, vec{0.85, 0.12}, vec{1, 0.2}), poly(vec{1, 0.2}, vec{1, 0.9}), bez(vec{1, 0.9}, vec{0.85, 0.82}, vec{0.65, 0.82}, vec{0.5, 0.95}))}
		for _, y := range []float64{0.35, 0.5, 0.65} {
			s = append(s, poly(vec{0.1, y}, vec{0.4, y + 0.03}), poly(vec{0.6, y + 0.03}, vec{0.9, y}))
		}
		return s
	}},
	{"present", true, func(r *rand.Rand) shape {
		// A box tied with a ribbon both ways and a bow on top.
		return jitter(shape{poly(vec{0.05, 0.3}, vec{0.95, 0.3}, vec{0.95, 1}, vec{0.05, 1}, vec{0.05, 0.3}), poly(vec{0.5, 0.3}, vec{0.5, 1}), poly(vec{0.05, 0.6}, vec{0.95, 0.6}),
			join(bez(vec{0.5, 0.3}, vec{0.3, 0.0}, vec{0.15, 0.15}, vec{0.25, 0.25}), poly(vec{0.25, 0.25}, vec{0.5, 0.3})), join(bez(vec{0.5, 0.3}, vec{0.7, 0.0}, vec{0.85, 0.15}, vec{0.75, 0.25}), poly(vec{0.75, 0.25}, vec{0.5, 0.3}))}, r, 0.015)
	}},
	{"picket-fence", true, func(r *rand.Rand) shape {
		// Pointed pickets on two rails.
		n := 4 + r.IntN(3)
		var s shape
		for k := 0; k < n; k++ {
			x := float64(k) / float64(n) * 1.2
			s = append(s, poly(vec{x, 1}, vec{x, 0.15}, vec{x + 0.07, 0}, vec{x + 0.14, 0.15}, vec{x + 0.14, 1}))
		}
		w := float64(n-1)/float64(n)*1.2 + 0.14
		return jitter(append(s, poly(vec{-0.05, 0.35}, vec{w + 0.05, 0.35}), poly(vec{-0.05, 0.75}, vec{w + 0.05, 0.75})), r, 0.01)
	}},
	{"mouse-pointer", true, func(r *rand.Rand) shape {
		// The arrow a computer mouse moves: a slanted head with a tail.
		return jitter(shape{poly(vec{0.2, 0}, vec{0.2, 0.78}, vec{0.38, 0.62}, vec{0.52, 0.95}, vec{0.64, 0.9}, vec{0.5, 0.57}, vec{0.75, 0.55}, vec{0.2, 0})}, r, 0.015)
	}},
	{"wifi", true, func(r *rand.Rand) shape {
		// Three arcs fanning up from a dot.
		c := vec{0.5, 0.9}
		s := shape{arc(c, 0.06, 0.06, 0, 360)}
		for _, rad := range []float64{0.3, 0.6, 0.9} {
			s = append(s, arc(c, rad*0.55, rad*0.8, -135, -45))
		}
		return s
	}},
	{"play-button", true, func(r *rand.Rand) shape {
		// A rounded box with a triangle pointing right inside.
		k := 0.12
		return shape{join(poly(vec{k, 0.15}, vec{1 - k, 0.15}), arc(vec{1 - k, 0.15 + k}, k, k, -90, 0), poly(vec{1, 0.15 + k}, vec{1, 0.85 - k}), arc(vec{1 - k, 0.85 - k}, k, k, 0, 90),
			poly(vec{1 - k, 0.85}, vec{k, 0.85}), arc(vec{k, 0.85 - k}, k, k, 90, 180), poly(vec{0, 0.85 - k}, vec{0, 0.15 + k}), arc(vec{k, 0.15 + k}, k, k, 180, 270)),
			poly(vec{0.4, 0.3}, vec{0.68, 0.5}, vec{0.4, 0.7}, vec{0.4, 0.3})}
	}},
}
