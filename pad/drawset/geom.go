package drawset

import (
	"math"
	"math/rand/v2"
)

// vec is a point in glyph space: a digit's box is about 0.6 wide and 1 tall,
// y grows downwards, (0.3, 0.5) is its centre.
type vec struct{ X, Y float64 }

func (a vec) add(b vec) vec        { return vec{a.X + b.X, a.Y + b.Y} }
func (a vec) sub(b vec) vec        { return vec{a.X - b.X, a.Y - b.Y} }
func (a vec) mul(k float64) vec    { return vec{a.X * k, a.Y * k} }
func (a vec) dist(b vec) float64   { return math.Hypot(a.X-b.X, a.Y-b.Y) }
func lerp(a, b vec, t float64) vec { return vec{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }

// path is a densely sampled pen-down movement in glyph space; shape is a
// glyph: its paths in drawing order.
type (
	path  []vec
	shape []path
)

// arc returns the elliptic arc around c with radii rx, ry from angle a0 to
// a1 in degrees (0 points right, 90 down: increasing angles run clockwise
// on screen).
func arc(c vec, rx, ry, a0, a1 float64) path {
	n := max(8, int(math.Abs(a1-a0)/4))
	p := make(path, n+1)
	for i := range p {
		a := (a0 + (a1-a0)*float64(i)/float64(n)) * math.Pi / 180
		p[i] = vec{c.X + rx*math.Cos(a), c.Y + ry*math.Sin(a)}
	}
	return p
}

// at is the point of that arc at angle a.
func at(c vec, rx, ry, a float64) vec {
	r := a * math.Pi / 180
	return vec{c.X + rx*math.Cos(r), c.Y + ry*math.Sin(r)}
}

// bez returns the cubic Bézier curve with control points p0..p3.
func bez(p0, p1, p2, p3 vec) path {
	const n = 24
	p := make(path, n+1)
	for i := range p {
		t := float64(i) / n
		u := 1 - t
		a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		p[i] = vec{a*p0.X + b*p1.X + c*p2.X + d*p3.X, a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y}
	}
	return p
}

// poly returns the straight segments through pts.
func poly(pts ...vec) path { return append(path(nil), pts...) }

// join concatenates paths into one pen-down movement, dropping a point that
// repeats the previous path's end.
func join(ps ...path) path {
	var out path
	for _, p := range ps {
		if len(out) > 0 && len(p) > 0 && out[len(out)-1].dist(p[0]) < 1e-9 {
			p = p[1:]
		}
		out = append(out, p...)
	}
	return out
}

func reversed(p path) path {
	out := make(path, len(p))
	for i, v := range p {
		out[len(p)-1-i] = v
	}
	return out
}

func length(p path) float64 {
	var l float64
	for i := 1; i < len(p); i++ {
		l += p[i].dist(p[i-1])
	}
	return l
}

// pointAt returns the point at arc length d along p.
func pointAt(p path, d float64) vec {
	for i := 1; i < len(p); i++ {
		s := p[i].dist(p[i-1])
		if d <= s && s > 0 {
			return lerp(p[i-1], p[i], d/s)
		}
		d -= s
	}
	return p[len(p)-1]
}

// sub returns the part of p between arc lengths d0 and d1.
func subpath(p path, d0, d1 float64) path {
	out := path{pointAt(p, d0)}
	var acc float64
	for i := 1; i < len(p); i++ {
		acc += p[i].dist(p[i-1])
		if acc > d0 && acc < d1 {
			out = append(out, p[i])
		}
	}
	return append(out, pointAt(p, d1))
}

// offset returns p moved sideways by w (to the left of the direction of
// travel for positive w), the normal estimated from the neighbours.
func offset(p path, w float64) path {
	out := make(path, len(p))
	for i := range p {
		a, b := p[max(i-1, 0)], p[min(i+1, len(p)-1)]
		d := b.sub(a)
		l := math.Hypot(d.X, d.Y)
		if l == 0 {
			out[i] = p[i]
			continue
		}
		out[i] = p[i].add(vec{d.Y / l * w, -d.X / l * w})
	}
	return out
}

// uni draws uniformly from [lo, hi).
func uni(r *rand.Rand, lo, hi float64) float64 { return lo + (hi-lo)*r.Float64() }

// pick returns one of the values, uniformly.
func pick[T any](r *rand.Rand, vs ...T) T { return vs[r.IntN(len(vs))] }
