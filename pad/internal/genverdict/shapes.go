package main

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// This file draws the non-digits the bundled network learns from besides
// drawset's: families written for training only, independent of the
// drawings any padbench report measures, so that the network learns what
// a non-digit is from shapes no evaluation set generated. Most families
// take random parameters (how many rays, where a stem leaves a ring,
// which part of a shape is left out), so each drawing is a new variant
// rather than a copy of a template.
//
// Shapes are polylines in a box of about [-1, 1] on both axes, y down; hand
// places them on the pad with a random size, position, turn and stretch
// and the habits of a random pen.

// poly is one stroke of a shape, in shape units.
type poly [][2]float64

// arc returns the points of an elliptic arc around (cx, cy) with radii rx,
// ry, from angle a0 to a1 (radians, y down: π/2 points down).
func arc(cx, cy, rx, ry, a0, a1 float64) poly {
	n := 8 + int(math.Abs(a1-a0)*6)
	p := make(poly, n+1)
	for i := range p {
		a := a0 + (a1-a0)*float64(i)/float64(n)
		p[i] = [2]float64{cx + rx*math.Cos(a), cy + ry*math.Sin(a)}
	}
	return p
}

// seg is a straight stroke.
func seg(x0, y0, x1, y1 float64) poly { return poly{{x0, y0}, {x1, y1}} }

// path is a stroke through the given points, as x, y pairs.
func path(xy ...float64) poly {
	p := make(poly, len(xy)/2)
	for i := range p {
		p[i] = [2]float64{xy[2*i], xy[2*i+1]}
	}
	return p
}

// uni draws uniformly from [lo, hi).
func uni(r *rand.Rand, lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

// head returns an arrowhead at the end of p: two barbs back along its last
// direction.
func head(p poly, size float64) []poly {
	a, b := p[len(p)-2], p[len(p)-1]
	dir := math.Atan2(b[1]-a[1], b[0]-a[0])
	var out []poly
	for _, s := range []float64{-1, 1} {
		d := dir + math.Pi - s*0.5
		out = append(out, seg(b[0], b[1], b[0]+size*math.Cos(d), b[1]+size*math.Sin(d)))
	}
	return out
}

// A family draws one random variant of a kind of non-digit.
type family struct {
	name string
	draw func(r *rand.Rand) []poly
}

// ringWithStem is a round shape with a handle or stem leaving it outwards
// (a magnifier, a lollipop, a balloon on a string, a frying pan, a pin):
// the shapes that look most like 0, 6 and 9 to a checker that has not
// seen them. The stem leaves along the radius, not along the ring as a 6's
// or a 9's stroke does, and may be doubled (a thick handle).
func ringWithStem(r *rand.Rand) []poly {
	rad := uni(r, 0.35, 0.6)
	a := uni(r, 0, 2*math.Pi)
	ring := arc(0, 0, rad, rad*uni(r, 0.85, 1.15), a, a+2*math.Pi+uni(r, -0.2, 0.3))
	out := []poly{ring}
	// A stem that leaves straight down or straight up makes a 9 or a 6
	// of the ring, so it leaves sideways: within 40 degrees of level (before the hand turns it).
	dir := uni(r, -40, 40) * math.Pi / 180
	if r.IntN(2) == 0 {
		dir += math.Pi
	}
	l := rad * uni(r, 0.8, 2.2)
	c, s := math.Cos(dir), math.Sin(dir)
	x0, y0 := rad*c, rad*s
	if r.IntN(2) == 0 {
		w := rad * uni(r, 0.08, 0.18)
		out = append(out, seg(x0-w*s, y0+w*c, x0+l*c-w*s, y0+l*s+w*c), seg(x0+w*s, y0-w*c, x0+l*c+w*s, y0+l*s-w*c))
	} else {
		out = append(out, seg(x0, y0, x0+l*c, y0+l*s))
	}
	switch r.IntN(4) {
	case 0: // an inner ring: a lens, a target
		out = append(out, arc(0, 0, rad*0.6, rad*0.6, 0, 2*math.Pi))
	case 1: // a knot or a cross-bar on the stem
		m := uni(r, 0.4, 0.9)
		xm, ym := x0+m*l*c, y0+m*l*s
		w := rad * uni(r, 0.2, 0.4)
		out = append(out, seg(xm-w*s, ym+w*c, xm+w*s, ym-w*c))
	}
	return out
}

// apple is a round fruit with a dent on top, a short stem and a leaf, or a
// cherry pair, or a pear.
func apple(r *rand.Rand) []poly {
	switch r.IntN(3) {
	case 0:
		d := uni(r, 0.05, 0.2)
		body := append(arc(0.22, 0, 0.45, 0.55, -math.Pi/2-0.3, math.Pi/2), arc(-0.22, 0, 0.45, 0.55, math.Pi/2, 3*math.Pi/2+0.3)...)
		body[0][1] += d
		out := []poly{body, seg(0, -0.5, uni(r, -0.1, 0.15), -0.85)}
		if r.IntN(2) == 0 {
			out = append(out, append(arc(0.25, -0.72, 0.2, 0.08, math.Pi, 2*math.Pi), arc(0.25, -0.72, 0.2, 0.08, 0, math.Pi)...))
		}
		return out
	case 1:
		top := [2]float64{uni(r, -0.2, 0.2), -0.9}
		out := []poly{}
		for _, x := range []float64{-0.4, 0.4} {
			y := uni(r, 0.3, 0.6)
			out = append(out, arc(x, y, 0.25, 0.25, 0, 2*math.Pi), path(x, y-0.25, top[0], top[1]))
		}
		return out
	}
	return []poly{append(arc(0, 0.35, 0.5, 0.5, -0.4, math.Pi+0.4), arc(0, -0.35, 0.28, 0.35, math.Pi+0.4, 2*math.Pi-0.4)...), seg(0, -0.7, 0.1, -0.95)}
}

// circularArrow is an arc of most of a turn, either way, ending in an
// arrowhead, sometimes with a second arc and head (a refresh sign).
func circularArrow(r *rand.Rand) []poly {
	rad := uni(r, 0.5, 0.8)
	a0 := uni(r, 0, 2*math.Pi)
	span := uni(r, 1.2, 1.85) * math.Pi
	if r.IntN(2) == 0 {
		span = -span
	}
	out := []poly{}
	parts := 1 + r.IntN(2)
	for k := range parts {
		st := a0 + float64(k)*math.Pi
		sp := span / float64(parts) * 0.9
		p := arc(0, 0, rad, rad, st, st+sp)
		out = append(out, p)
		out = append(out, head(p, rad*uni(r, 0.3, 0.5))...)
	}
	return out
}

// arrow is a straight, bent or wavy arrow, with one or two heads.
func arrow(r *rand.Rand) []poly {
	var p poly
	switch r.IntN(3) {
	case 0:
		p = seg(-0.9, 0, 0.9, 0)
	case 1:
		p = path(-0.8, -0.7, -0.8, 0.5, 0.8, 0.5)
	default:
		for i := 0; i <= 16; i++ {
			x := -0.9 + 1.8*float64(i)/16
			p = append(p, [2]float64{x, 0.2 * math.Sin(x*math.Pi*1.5)})
		}
	}
	out := append([]poly{p}, head(p, uni(r, 0.25, 0.45))...)
	if r.IntN(3) == 0 {
		out = append(out, head(reverse(p), 0.3)...)
	}
	return out
}

// face is a round face with eyes and a mouth, or the features alone.
func face(r *rand.Rand) []poly {
	out := []poly{}
	if r.IntN(4) != 0 {
		out = append(out, arc(0, 0, 0.9, uni(r, 0.8, 1.05), 0, 2*math.Pi))
	}
	for _, x := range []float64{-0.35, 0.35} {
		if r.IntN(2) == 0 {
			out = append(out, arc(x, -0.3, 0.08, 0.1, 0, 2*math.Pi))
		} else {
			out = append(out, seg(x, -0.4, x, -0.2))
		}
	}
	m := uni(r, -0.3, 0.3)
	out = append(out, path(-0.45, 0.3-m, 0, 0.3+m, 0.45, 0.3-m))
	if r.IntN(3) == 0 { // ears or hair
		out = append(out, path(-0.6, -0.7, -0.8, -1.1, -0.3, -0.85), path(0.3, -0.85, 0.8, -1.1, 0.6, -0.7))
	}
	return out
}

// letters are capitals and small letters that resemble no digit, one to
// three side by side.
var letters = [][]poly{
	{seg(-0.5, 1, 0, -1), seg(0, -1, 0.5, 1), seg(-0.25, 0.2, 0.25, 0.2)},                                      // A
	{seg(0.5, -1, -0.5, -1), seg(-0.5, -1, -0.5, 1), seg(-0.5, 1, 0.5, 1), seg(-0.5, 0, 0.3, 0)},               // E
	{seg(0.5, -1, -0.5, -1), seg(-0.5, -1, -0.5, 1), seg(-0.5, 0, 0.3, 0)},                                     // F
	{seg(-0.5, -1, -0.5, 1), seg(0.5, -1, 0.5, 1), seg(-0.5, 0, 0.5, 0)},                                       // H
	{seg(-0.5, -1, -0.5, 1), seg(0.5, -1, -0.5, 0.1), seg(-0.3, -0.1, 0.5, 1)},                                 // K
	{path(-0.6, 1, -0.6, -1, 0, 0.3, 0.6, -1, 0.6, 1)},                                                         // M
	{path(-0.5, 1, -0.5, -1, 0.5, 1, 0.5, -1)},                                                                 // N
	{path(-0.5, 1, -0.5, -1, 0.3, -1, 0.5, -0.6, 0.3, -0.1, -0.5, -0.1), seg(0, -0.1, 0.5, 1)},                 // R
	{seg(-0.6, -1, 0.6, -1), seg(0, -1, 0, 1)},                                                                 // T
	{path(-0.5, -1, 0, 1, 0.5, -1)},                                                                            // V
	{path(-0.7, -1, -0.35, 1, 0, -0.2, 0.35, 1, 0.7, -1)},                                                      // W
	{seg(-0.5, -1, 0.5, 1), seg(0.5, -1, -0.5, 1)},                                                             // X
	{seg(-0.5, -1, 0, 0), seg(0.5, -1, 0, 0), seg(0, 0, 0, 1)},                                                 // Y
	{append(path(-0.5, 1, -0.5, 0), arc(-0.2, 0.1, 0.3, 0.35, math.Pi, 2*math.Pi)...), path(0.1, 0.1, 0.1, 1)}, // n
	{append(append(path(-0.7, 1, -0.7, 0), arc(-0.45, 0.1, 0.25, 0.3, math.Pi, 2*math.Pi)...), append(path(-0.2, 1, -0.2, 0.1), arc(0.05, 0.1, 0.25, 0.3, math.Pi, 2*math.Pi)...)...), seg(0.3, 0.1, 0.3, 1)}, // m
	{path(-0.5, 0, -0.3, 1, 0, 0.2, 0.3, 1, 0.5, 0)},                                                                             // w
	{append(path(-0.5, -1, -0.5, 1, -0.5, 0.2), arc(-0.1, 0.3, 0.4, 0.35, math.Pi, 2*math.Pi)...), seg(0.3, 0.3, 0.3, 1)},        // h
	{append(path(0.4, -0.9), arc(0.1, -0.7, 0.3, 0.3, -0.2, -math.Pi)...), seg(-0.2, -0.7, -0.2, 1), seg(-0.5, -0.1, 0.2, -0.1)}, // f
	{append(arc(0, 0.4, 0.5, 0.5, 0, 1.8*math.Pi), [2]float64{0.5, 0.4}, [2]float64{-0.5, 0.4})},                                 // e
	{seg(-0.2, -1, -0.2, 0.8), seg(-0.6, -0.4, 0.3, -0.4), path(-0.2, 0.8, 0.1, 1, 0.4, 0.8)},                                    // t
	{seg(-0.5, 0, 0.5, 1), seg(0.5, 0, -0.5, 1)},                                                                                 // x
	{seg(-0.4, -1, -0.4, 1), seg(0.4, -0.2, -0.4, 0.4), seg(-0.2, 0.3, 0.4, 1)},                                                  // k
}

// word draws one to three letters side by side.
func word(r *rand.Rand) []poly {
	n := 1 + r.IntN(3)
	out := []poly{}
	for i := range n {
		dx := (float64(i) - float64(n-1)/2) * 1.3
		for _, p := range letters[r.IntN(len(letters))] {
			q := make(poly, len(p))
			for k, v := range p {
				q[k] = [2]float64{v[0]*0.55 + dx, v[1] * 0.8}
			}
			out = append(out, q)
		}
	}
	return out
}

// symbol is a sign: +, ×, =, #, %, *, ∞, ?, !, <, a check, a heart, a
// star, a polygon.
func symbol(r *rand.Rand) []poly {
	switch r.IntN(13) {
	case 0:
		return []poly{seg(-0.8, 0, 0.8, 0), seg(0, -0.8, 0, 0.8)}
	case 1:
		return []poly{seg(-0.7, -0.7, 0.7, 0.7), seg(0.7, -0.7, -0.7, 0.7)}
	case 2:
		return []poly{seg(-0.8, -0.3, 0.8, -0.3), seg(-0.8, 0.3, 0.8, 0.3)}
	case 3:
		return []poly{seg(-0.3, -0.9, -0.4, 0.9), seg(0.35, -0.9, 0.25, 0.9), seg(-0.8, -0.3, 0.8, -0.3), seg(-0.8, 0.3, 0.8, 0.3)}
	case 4:
		return []poly{seg(0.7, -0.9, -0.7, 0.9), arc(-0.5, -0.5, 0.25, 0.3, 0, 2*math.Pi), arc(0.5, 0.5, 0.25, 0.3, 0, 2*math.Pi)}
	case 5:
		n := 3 + r.IntN(3)
		out := []poly{}
		for i := range n {
			a := math.Pi * float64(i) / float64(n)
			out = append(out, seg(-0.8*math.Cos(a), -0.8*math.Sin(a), 0.8*math.Cos(a), 0.8*math.Sin(a)))
		}
		return out
	case 6:
		var p poly
		for i := 0; i <= 40; i++ {
			t := 2 * math.Pi * float64(i) / 40
			p = append(p, [2]float64{0.9 * math.Cos(t), 0.5 * math.Sin(2*t)})
		}
		return []poly{p}
	case 7:
		return []poly{append(arc(0, -0.45, 0.4, 0.4, math.Pi, 2.4*math.Pi), [2]float64{0, 0.4}), arc(0, 0.85, 0.05, 0.05, 0, 2*math.Pi)}
	case 8:
		return []poly{seg(0, -0.9, 0, 0.4), arc(0, 0.8, 0.06, 0.06, 0, 2*math.Pi)}
	case 9:
		if r.IntN(2) == 0 {
			return []poly{path(0.7, -0.8, -0.7, 0, 0.7, 0.8)}
		}
		return []poly{path(-0.8, 0, -0.3, 0.7, 0.8, -0.8)}
	case 10:
		return []poly{append(append(arc(-0.4, -0.3, 0.4, 0.4, math.Pi*0.8, 2*math.Pi), arc(0.4, -0.3, 0.4, 0.4, math.Pi, 2.2*math.Pi)...), [2]float64{0, 0.9}, [2]float64{-0.72, -0.05})}
	case 11:
		var p poly
		k := 5
		for i := 0; i <= 2*k; i++ {
			a := -math.Pi/2 + math.Pi*float64(i)/float64(k)
			rr := 0.9
			if i%2 == 1 {
				rr = 0.38
			}
			p = append(p, [2]float64{rr * math.Cos(a), rr * math.Sin(a)})
		}
		return []poly{p}
	}
	n := 3 + r.IntN(4)
	var p poly
	a0 := uni(r, 0, math.Pi)
	for i := 0; i <= n; i++ {
		a := a0 + 2*math.Pi*float64(i)/float64(n)
		p = append(p, [2]float64{0.85 * math.Cos(a), 0.85 * math.Sin(a)})
	}
	return []poly{p}
}

// object is a small picture: a house, a tree, a sun, a flower, a cloud, a
// fish, a cup, an umbrella, a bell, a key, a planet, a glass.
func object(r *rand.Rand) []poly {
	switch r.IntN(12) {
	case 0:
		return []poly{path(-0.7, -0.1, -0.7, 0.9, 0.7, 0.9, 0.7, -0.1), path(-0.9, 0, 0, -0.9, 0.9, 0), path(-0.15, 0.9, -0.15, 0.4, 0.15, 0.4, 0.15, 0.9)}
	case 1:
		return []poly{arc(0, -0.3, 0.6, 0.55, 0, 2*math.Pi), seg(-0.08, 0.25, -0.1, 1), seg(0.08, 0.25, 0.1, 1)}
	case 2:
		rad := uni(r, 0.3, 0.45)
		out := []poly{arc(0, 0, rad, rad, 0, 2*math.Pi)}
		n := 5 + r.IntN(6)
		for i := range n {
			a := 2 * math.Pi * float64(i) / float64(n)
			out = append(out, seg((rad+0.1)*math.Cos(a), (rad+0.1)*math.Sin(a), 0.9*math.Cos(a), 0.9*math.Sin(a)))
		}
		return out
	case 3:
		n := 4 + r.IntN(4)
		out := []poly{arc(0, -0.3, 0.15, 0.15, 0, 2*math.Pi), seg(0, -0.15, 0, 1)}
		for i := range n {
			a := 2 * math.Pi * float64(i) / float64(n)
			out = append(out, arc(0.35*math.Cos(a), -0.3+0.35*math.Sin(a), 0.18, 0.18, 0, 2*math.Pi))
		}
		return out
	case 4:
		var p poly
		for i, cx := range []float64{-0.6, -0.2, 0.25, 0.6} {
			rad := 0.3 + 0.1*float64(i%2)
			p = append(p, arc(cx, -0.1, rad, rad, math.Pi, 2*math.Pi)...)
		}
		p = append(p, [2]float64{0.9, 0.3}, [2]float64{-0.9, 0.3}, p[0])
		return []poly{p}
	case 5:
		return []poly{append(arc(0, 0, 0.6, 0.35, -2.6, 2.6), [2]float64{0.9, -0.35}, [2]float64{0.9, 0.35}, [2]float64{-0.6*math.Cos(2.6) + 0, 0.35 * math.Sin(2.6)}), arc(-0.3, -0.05, 0.05, 0.05, 0, 2*math.Pi)}
	case 6:
		return []poly{path(-0.5, -0.6, -0.4, 0.7, 0.4, 0.7, 0.5, -0.6), arc(0.55, 0, 0.25, 0.3, -math.Pi/2, math.Pi/2)}
	case 7:
		return []poly{append(arc(0, 0, 0.9, 0.6, math.Pi, 2*math.Pi), [2]float64{-0.9, 0}), append(path(0, -0.6, 0, 0.8), arc(0.15, 0.8, 0.15, 0.15, math.Pi, 0)...)}
	case 8:
		return []poly{append(path(-0.6, 0.5), append(arc(0, 0, 0.5, 0.7, math.Pi, 2*math.Pi), [2]float64{0.6, 0.5}, [2]float64{-0.6, 0.5})...), arc(0, 0.65, 0.12, 0.12, 0, math.Pi)}
	case 9:
		return []poly{arc(-0.55, 0, 0.3, 0.3, 0, 2*math.Pi), path(-0.25, 0, 0.9, 0, 0.9, 0.25), seg(0.6, 0, 0.6, 0.2)}
	case 10:
		return []poly{arc(0, 0, 0.45, 0.45, 0, 2*math.Pi), arc(0, 0, 0.95, 0.25, 0, 2*math.Pi)}
	}
	return []poly{path(-0.5, -0.8, 0.5, -0.8, 0, 0.1, -0.5, -0.8), seg(0, 0.1, 0, 0.8), seg(-0.4, 0.8, 0.4, 0.8)}
}

// scribble is ink with no shape: a random walk, a coil, a spiral, a
// zigzag, hatching, loops in a row, or a cloud of dots and dashes.
func scribble(r *rand.Rand) []poly {
	switch r.IntN(7) {
	case 0:
		p := poly{{uni(r, -0.5, 0.5), uni(r, -0.5, 0.5)}}
		a := uni(r, 0, 2*math.Pi)
		for range 8 + r.IntN(20) {
			a += uni(r, -2, 2)
			q := p[len(p)-1]
			p = append(p, [2]float64{max(-1, min(1, q[0]+0.35*math.Cos(a))), max(-1, min(1, q[1]+0.35*math.Sin(a)))})
		}
		return []poly{p}
	case 1: // a coil
		return []poly{turning(uni(r, 3, 7), func(t, i, n float64) [2]float64 {
			return [2]float64{-0.8 + 1.6*i/n + 0.3*math.Cos(t), 0.4 * math.Sin(t)}
		})}
	case 2: // a spiral
		return []poly{turning(uni(r, 2, 4), func(t, i, n float64) [2]float64 {
			rr := 0.9 * i / n
			return [2]float64{rr * math.Cos(t), rr * math.Sin(t)}
		})}
	case 3:
		var p poly
		n := 4 + r.IntN(8)
		for i := 0; i <= n; i++ {
			p = append(p, [2]float64{-0.9 + 1.8*float64(i)/float64(n), 0.5 * float64(1-2*(i%2))})
		}
		return []poly{p}
	case 4:
		out := []poly{}
		n := 4 + r.IntN(8)
		sl := uni(r, -0.6, 0.6)
		for i := range n {
			x := -0.9 + 1.8*float64(i)/float64(n-1)
			out = append(out, seg(x-sl, -0.8, x+sl, 0.8))
		}
		if r.IntN(2) == 0 {
			for i := range n {
				y := -0.9 + 1.8*float64(i)/float64(n-1)
				out = append(out, seg(-0.8, y, 0.8, y+sl))
			}
		}
		return out
	case 5:
		var p poly
		n := 3 + r.IntN(4)
		for i := 0; i <= n*12; i++ {
			t := 2 * math.Pi * float64(i) / 12
			p = append(p, [2]float64{-0.9 + 1.8*float64(i)/float64(n*12) + 0.15*math.Sin(t), -0.2*math.Cos(t) + 0.1})
		}
		return []poly{p}
	}
	out := []poly{}
	for range 4 + r.IntN(10) {
		x, y := uni(r, -0.9, 0.9), uni(r, -0.9, 0.9)
		l := uni(r, 0.02, 0.2)
		a := uni(r, 0, math.Pi)
		out = append(out, seg(x, y, x+l*math.Cos(a), y+l*math.Sin(a)))
	}
	return out
}

// turning samples f over the given number of turns, 16 points a turn; f
// gets the angle t, the point's index i and n = turns*16, so that i/n is
// the share of the path drawn so far.
func turning(turns float64, f func(t, i, n float64) [2]float64) poly {
	p := make(poly, int(turns*16)+1)
	for i := range p {
		p[i] = f(2*math.Pi*float64(i)/16, float64(i), turns*16)
	}
	return p
}

// partialOf is a random part of a shape of one of fs: some of its
// strokes, or the middle of its longest one, as a drawing abandoned half
// way.
func partialOf(fs []family, r *rand.Rand) []poly {
	src := fs[r.IntN(len(fs))].draw(r)
	if len(src) > 1 {
		r.Shuffle(len(src), func(i, j int) { src[i], src[j] = src[j], src[i] })
		part := src[:1+r.IntN(len(src)-1)]
		if (len(part) == 1 && straightPoly(part[0])) || extent(part) < 0.4 { // a straight stroke alone would be a 1; a serif alone, a dot
			return src
		}
		return part
	}
	p := src[0]
	if len(p) < 6 { // a straight stroke alone would be a 1
		return src
	}
	a := r.IntN(len(p) / 2)
	part := p[a : a+len(p)/2+1]
	if straightPoly(part) || extent([]poly{part}) < 0.4 {
		return src
	}
	return []poly{part}
}

// straightPoly reports whether every point of p lies within 0.05 shape
// units of the line through its ends.
func straightPoly(p poly) bool {
	a, b := p[0], p[len(p)-1]
	dx, dy := b[0]-a[0], b[1]-a[1]
	l := math.Hypot(dx, dy)
	for _, q := range p {
		if math.Abs((q[0]-a[0])*dy-(q[1]-a[1])*dx) > 0.05*max(l, 1e-9) {
			return false
		}
	}
	return true
}

// extent is the longer side of the box around ps, in shape units.
func extent(ps []poly) float64 {
	lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for _, p := range ps {
		for _, q := range p {
			for k := range 2 {
				lo[k], hi[k] = min(lo[k], q[k]), max(hi[k], q[k])
			}
		}
	}
	return max(hi[0]-lo[0], hi[1]-lo[1])
}

// placePair puts two shapes side by side (horiz) or one above the other,
// each at half size.
func placePair(a, b []poly, horiz bool) []poly {
	out := []poly{}
	for i, s := range [][]poly{a, b} {
		off := 0.55 * float64(2*i-1)
		for _, p := range s {
			q := make(poly, len(p))
			for k, v := range p {
				if horiz {
					q[k] = [2]float64{v[0]*0.5 + off, v[1] * 0.5}
				} else {
					q[k] = [2]float64{v[0] * 0.5, v[1]*0.5 + off}
				}
			}
			out = append(out, q)
		}
	}
	return out
}

// familyWeights are the generated families and how often each is drawn;
// pair and partial, which draw from the others, are added by families.
var familyWeights = []struct {
	family
	weight int
}{
	{family{"ring-with-stem", ringWithStem}, 4},
	{family{"apple", apple}, 2},
	{family{"circular-arrow", circularArrow}, 3},
	{family{"arrow", arrow}, 2},
	{family{"face", face}, 2},
	{family{"word", word}, 3},
	{family{"symbol", symbol}, 3},
	{family{"object", object}, 3},
	{family{"scribble", scribble}, 3},
	{family{"letter", letter}, 3},
	{family{"any-word", anyWord}, 2},
	{family{"pictogram", pictogram}, 4},
	{family{"blobs", blobs}, 2},
	{family{"star", star}, 1},
	{family{"labelled", labelled}, 1},
}

// trialFamilies are punct.go's families, drawn only with -trial: tried
// and left out of the bundled files (see the package doc), kept so that
// they can be tried again once a question mark's dot survives the 28x28
// image.
var trialFamilies = []struct {
	family
	weight int
}{
	{family{"punctuation", punctuation}, 4},
	{family{"sign", sign}, 3},
	{family{"script-letter", scriptLetter}, 2},
}

// familyNames lists the names families knows, the trial families, pair
// and partial included.
func familyNames() []string {
	var out []string
	for _, f := range append(familyWeights[:len(familyWeights):len(familyWeights)], trialFamilies...) {
		out = append(out, f.name)
	}
	return append(out, "pair", "partial")
}

// families lists the generated families but those in hold, each repeated
// as often as its weight, then pair (two shapes of the others side by
// side or one above the other, as glasses, a snowman or a sign beside a
// letter) and partial (part of a shape of any of them but those
// keptWhole). With trial, trialFamilies come after the others.
func families(hold map[string]bool, trial bool) []family {
	all := familyWeights
	if trial {
		all = append(all[:len(all):len(all)], trialFamilies...)
	}
	var out []family
	for _, f := range all {
		if hold[f.name] {
			continue
		}
		for range f.weight {
			out = append(out, f.family)
		}
	}
	base := out[:len(out):len(out)]
	if !hold["pair"] {
		out = append(out, family{"pair", func(r *rand.Rand) []poly {
			a := base[r.IntN(len(base))].draw(r)
			b := base[r.IntN(len(base))].draw(r)
			return placePair(a, b, r.IntN(2) == 0)
		}})
	}
	if !hold["partial"] {
		var withPair []family
		for _, f := range out {
			if !keptWhole(f.name) {
				withPair = append(withPair, f)
			}
		}
		out = append(out, family{"partial", func(r *rand.Rand) []poly { return partialOf(withPair, r) }})
	}
	return out
}

// hand places a shape on the pad as someone might draw it: a random size
// (from a corner doodle to the whole pad), position, turn, stretch and
// slant, then sampled the way a pointer reports it, with a shaky or
// steady hand, some strokes gone over twice, some lifted half way.
func hand(shape []poly, r *rand.Rand) [][][2]float32 {
	size := uni(r, 45, 250)
	// Turned further, shapes become digits: an L upside down is a 7, an N
	// on its side a 2.
	rot := uni(r, -0.45, 0.45)
	aspect := math.Exp(uni(r, -0.4, 0.4))
	shear := uni(r, -0.3, 0.3)
	sn, cs := math.Sincos(rot)
	half := size / 2
	cx := uni(r, half/1.4+5, pad.Size-half/1.4-5)
	cy := uni(r, half/1.4+5, pad.Size-half/1.4-5)
	shake := uni(r, 0, 0.012) * size
	spacing := uni(r, 3, 14)
	retrace := r.IntN(6) == 0
	var out [][][2]float32
	clamp := func(v float64) float32 { return float32(max(1, min(pad.Size-1, v))) }
	for _, p := range shape {
		var pts [][2]float32
		for i := 1; i < len(p); i++ {
			a, b := p[i-1], p[i]
			n := max(1, int(math.Hypot(b[0]-a[0], b[1]-a[1])*half/spacing))
			for k := 0; k < n || (i == len(p)-1 && k == n); k++ {
				t := float64(k) / float64(n)
				x, y := a[0]+(b[0]-a[0])*t, a[1]+(b[1]-a[1])*t
				x = (x + shear*y) * aspect
				px := cx + half*(x*cs-y*sn) + shake*r.NormFloat64()
				py := cy + half*(x*sn+y*cs) + shake*r.NormFloat64()
				pts = append(pts, [2]float32{clamp(px), clamp(py)})
			}
		}
		if len(pts) < 2 {
			continue
		}
		if r.IntN(12) == 0 && len(pts) > 6 { // the pen lifted half way
			m := 2 + r.IntN(len(pts)-4)
			out = append(out, pts[:m], pts[m:])
		} else {
			out = append(out, pts)
		}
		if retrace {
			again := make([][2]float32, len(pts))
			d := float32(uni(r, 1, 4))
			for i, q := range pts {
				again[i] = [2]float32{clamp(float64(q[0] + d)), clamp(float64(q[1] - d))}
			}
			out = append(out, again)
		}
	}
	// A pad holds at most pad.MaxStrokes strokes; a user's would stop
	// taking more, so the drawing stops there too.
	return out[:min(len(out), pad.MaxStrokes)]
}

// nonDigit draws one generated non-digit of fs, ready for
// pad.Drawing.AddStrokes, and names its family.
func nonDigit(fs []family, r *rand.Rand) ([][][2]float32, string) {
	f := fs[r.IntN(len(fs))]
	return drawn(f, r), f.name
}

// drawn draws one drawing of f by hand. A family keptWhole is drawn again
// (up to 20 times) while the 28x28 image clips its ink: Preprocess
// centres the ink's mass, which pushes a question mark's or an
// exclamation mark's dot, far from the mass, out of the frame, or the
// pen at 28x28 closes the gap to it, and a question mark without its dot
// is a digit.
func drawn(f family, r *rand.Rand) [][][2]float32 {
	strokes := hand(f.draw(r), r)
	if !keptWhole(f.name) {
		return strokes
	}
	prep := pad.Preprocessor{AsDrawn: true}
	var img [pad.NetPixels]float32
	for range 20 {
		var d pad.Drawing
		// Every punctuation mark has a dot or a second mark apart.
		if d.AddStrokes(strokes) == nil && prep.Preprocess(&d, &img) && !clipped(&img) && (f.name != "punctuation" || marks(&img) >= 2) {
			break
		}
		strokes = hand(f.draw(r), r)
	}
	return strokes
}

// clipped reports whether img has ink in its two outer rows or columns,
// where ink the centring pushed out of the frame leaves its trace.
func clipped(img *[pad.NetPixels]float32) bool {
	for i := range pad.NetSide {
		for _, k := range []int{0, 1, pad.NetSide - 2, pad.NetSide - 1} {
			if img[k*pad.NetSide+i] > 0.05 || img[i*pad.NetSide+k] > 0.05 {
				return true
			}
		}
	}
	return false
}

// zeroVariant draws a 0 as some people write it and neither MNIST nor the
// drawn digits the network learns from show it: struck through with a
// slash or a backslash, with a dot in the middle, or with a pointed
// bottom. Taught as digits, they keep the network from reading the extra
// mark or the point as the sign of a non-digit, which the generated
// non-digits (rings with handles, faces) would otherwise teach it.
func zeroVariant(r *rand.Rand) []poly {
	rx, ry := uni(r, 0.4, 0.62), uni(r, 0.8, 1)
	a := uni(r, -math.Pi/2-0.6, -math.Pi/2+0.6) // where the pen starts
	point := 0.0
	if r.IntN(3) == 0 {
		point = uni(r, 0.3, 0.8)
	}
	var ring poly
	n := 40
	end := 2*math.Pi + uni(r, -0.15, 0.35)
	for i := 0; i <= n; i++ {
		t := a + end*float64(i)/float64(n)
		y := math.Sin(t)
		w := 1 - point*max(0, y) // narrower towards the bottom
		ring = append(ring, [2]float64{rx * math.Cos(t) * w, ry * y})
	}
	if r.IntN(2) == 0 {
		ring = reverse(ring)
	}
	out := []poly{ring}
	switch r.IntN(4) {
	case 0, 1:
		k := uni(r, 0.8, 1.3)
		s := 1.0
		if r.IntN(2) == 0 {
			s = -1
		}
		out = append(out, seg(-s*rx*k, ry*k, s*rx*k, -ry*k))
	case 2:
		d := uni(r, 0.03, 0.1)
		out = append(out, seg(-d, -d/2, d, d/2))
	}
	return out
}

// reverse returns p drawn the other way.
func reverse(p poly) poly {
	q := make(poly, len(p))
	for i := range p {
		q[i] = p[len(p)-1-i]
	}
	return q
}
