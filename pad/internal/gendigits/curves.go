package main

import (
	"math"
	"sort"
)

// vec is a point in glyph space: the digit's box is about 0.6 wide and 1
// tall, y grows downwards, and (0.3, 0.5) is its centre.
type vec struct{ X, Y float64 }

// piece is one primitive curve, as a function from t in [0, 1] to a point.
// Pieces are sampled separately and their end points are always kept, so a
// corner between two pieces stays sharp, as when a hand slows into a corner.
type piece func(t float64) vec

// stroke is one pen-down movement: pieces drawn one after the other.
type stroke []piece

// glyph is a digit: its strokes in drawing order.
type glyph []stroke

// line returns the straight pieces through the given points.
func line(pts ...vec) []piece {
	var out []piece
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		out = append(out, func(t float64) vec {
			return vec{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t}
		})
	}
	return out
}

// arc returns the elliptic arc around c with radii rx, ry from angle a0 to a1
// in degrees. Angle 0 points right and 90 points down, so increasing angles
// run clockwise on screen and decreasing ones anticlockwise.
func arc(c vec, rx, ry, a0, a1 float64) []piece {
	return []piece{func(t float64) vec {
		a := (a0 + (a1-a0)*t) * math.Pi / 180
		return vec{c.X + rx*math.Cos(a), c.Y + ry*math.Sin(a)}
	}}
}

// at returns the point of the arc around c at angle a in degrees.
func at(c vec, rx, ry, a float64) vec {
	r := a * math.Pi / 180
	return vec{c.X + rx*math.Cos(r), c.Y + ry*math.Sin(r)}
}

// bez returns the cubic Bézier curve with control points p0..p3.
func bez(p0, p1, p2, p3 vec) []piece {
	return []piece{func(t float64) vec {
		u := 1 - t
		a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		return vec{a*p0.X + b*p1.X + c*p2.X + d*p3.X, a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y}
	}}
}

// cat joins pieces into one stroke.
func cat(parts ...[]piece) stroke {
	var s stroke
	for _, p := range parts {
		s = append(s, p...)
	}
	return s
}

// placement puts a glyph on the pad: height h in pad units, the glyph's
// width stretched by aspect, sheared by slant (positive leans the top to the
// right, as italics), rotated by rot degrees clockwise, and centred on (cx, cy).
type placement struct {
	h, aspect, slant, rot, cx, cy float64
}

func (pl placement) apply(v vec) vec {
	x := ((v.X-0.3)*pl.aspect + pl.slant*(0.5-v.Y)) * pl.h
	y := (v.Y - 0.5) * pl.h
	r := pl.rot * math.Pi / 180
	s, c := math.Sin(r), math.Cos(r)
	return vec{pl.cx + x*c - y*s, pl.cy + x*s + y*c}
}

// measured is a piece placed on the pad with a table of arc lengths, so it
// can be sampled at even distances however unevenly its parameter runs
// (an eccentric arc, a Bézier with uneven control points).
type measured struct {
	pos []vec     // pad positions at t = i/n
	cum []float64 // arc length from the start to pos[i]
}

func measure(p piece, pl placement) measured {
	const n = 256
	m := measured{pos: make([]vec, n+1), cum: make([]float64, n+1)}
	for i := range m.pos {
		m.pos[i] = pl.apply(p(float64(i) / n))
		if i > 0 {
			a, b := m.pos[i-1], m.pos[i]
			m.cum[i] = m.cum[i-1] + math.Hypot(b.X-a.X, b.Y-a.Y)
		}
	}
	return m
}

func (m measured) length() float64 { return m.cum[len(m.cum)-1] }

// at returns the pad position at arc length d from the start.
func (m measured) at(d float64) vec {
	i := sort.SearchFloat64s(m.cum, d)
	if i == 0 {
		return m.pos[0]
	}
	if i >= len(m.cum) {
		return m.pos[len(m.pos)-1]
	}
	a, b := m.pos[i-1], m.pos[i]
	f := (d - m.cum[i-1]) / (m.cum[i] - m.cum[i-1])
	return vec{a.X + (b.X-a.X)*f, a.Y + (b.Y-a.Y)*f}
}
