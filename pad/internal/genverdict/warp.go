package main

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// warp returns a copy of strokes drawn by another hand: the whole drawing
// turned, slanted and stretched, its top or bottom made wider or taller
// than the other, bent by a smooth random displacement, and
// each stroke moved a little on its own, so that joins miss or cross. It
// teaches the bundled network that a digit stays a digit however it is
// proportioned, and gives it more varied non-digits. The result is scaled
// back onto the pad if it leaves it.
func warp(strokes [][][2]float32, r *rand.Rand) [][][2]float32 {
	lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for _, s := range strokes {
		for _, p := range s {
			for k := range 2 {
				lo[k], hi[k] = min(lo[k], float64(p[k])), max(hi[k], float64(p[k]))
			}
		}
	}
	cx, cy := (lo[0]+hi[0])/2, (lo[1]+hi[1])/2
	ext := max(hi[0]-lo[0], hi[1]-lo[1], 1)
	rot := (r.Float64()*2 - 1) * 25 * math.Pi / 180
	shear := (r.Float64()*2 - 1) * 0.4
	aspect := math.Exp((r.Float64()*2 - 1) * 0.45)
	sn, cs := math.Sincos(rot)
	// taper widens one end and narrows the other; swell moves the middle
	// up or down, so that one half grows and the other shrinks.
	taper := (r.Float64()*2 - 1) * 0.5
	swell := (r.Float64()*2 - 1) * 0.25
	// The displacement: two sinusoids per axis, about one cycle across
	// the drawing, up to 6% of its size.
	amp := ext * 0.06 * r.Float64()
	var f [4][3]float64 // x-frequency, y-frequency, phase, in cycles per extent
	for i := range f {
		f[i] = [3]float64{(r.Float64()*2 - 1) * 1.2, (r.Float64()*2 - 1) * 1.2, r.Float64() * 2 * math.Pi}
	}
	wave := func(i int, x, y float64) float64 {
		return math.Sin(2*math.Pi*(f[i][0]*x+f[i][1]*y)/ext + f[i][2])
	}
	out := make([][][2]float32, len(strokes))
	var pts [][2]float64
	for i, s := range strokes {
		dx, dy := (r.Float64()*2-1)*0.04*ext, (r.Float64()*2-1)*0.04*ext
		for _, p := range s {
			x, y := float64(p[0])-cx, float64(p[1])-cy
			x, y = x+amp*(wave(0, x, y)+wave(1, x, y))/2, y+amp*(wave(2, x, y)+wave(3, x, y))/2
			t := max(-1, min(1, 2*y/ext)) // -1 at the top, 1 at the bottom
			x *= 1 + taper*t
			y += swell * ext / 2 * (1 - t*t)
			x = (x + shear*-y) * aspect
			pts = append(pts, [2]float64{x*cs - y*sn + dx, x*sn + y*cs + dy})
		}
		out[i] = make([][2]float32, len(s))
	}
	// Back onto the pad, centred where the drawing was.
	plo, phi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for _, p := range pts {
		for k := range 2 {
			plo[k], phi[k] = min(plo[k], p[k]), max(phi[k], p[k])
		}
	}
	const room = pad.Size - 8
	k := min(1, room/max(phi[0]-plo[0], phi[1]-plo[1], 1e-9))
	ox := min(max(cx, 4-k*plo[0]), pad.Size-4-k*phi[0])
	oy := min(max(cy, 4-k*plo[1]), pad.Size-4-k*phi[1])
	n := 0
	for i := range out {
		for j := range out[i] {
			out[i][j] = [2]float32{float32(ox + k*pts[n][0]), float32(oy + k*pts[n][1])}
			n++
		}
	}
	return out
}
