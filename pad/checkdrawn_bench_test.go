package pad

import (
	"math"
	"testing"
)

// secondPass returns the strokes followed by the same strokes again,
// turned deg degrees about (140, 140), scaled by k and moved by (dx, dy):
// the whole drawing gone over a second time, not quite on top.
func secondPass(strokes [][][2]float32, deg, k, dx, dy float64) [][][2]float32 {
	s, c := math.Sincos(deg * math.Pi / 180)
	out := append([][][2]float32(nil), strokes...)
	for _, st := range strokes {
		q := make([][2]float32, len(st))
		for i, p := range st {
			x, y := (float64(p[0])-140)*k, (float64(p[1])-140)*k
			q[i] = [2]float32{float32(140 + x*c - y*s + dx), float32(140 + x*s + y*c + dy)}
		}
		out = append(out, q)
	}
	return out
}

// pieces splits each closed stroke into two open ones that overlap, as a
// hand draws an outline in two goes: the first from the start to from of
// its points, the second from back points before that to the end, moved
// by (dx, dy).
func pieces(strokes [][][2]float32, from, back float64, dx, dy float32) [][][2]float32 {
	var out [][][2]float32
	for _, s := range strokes {
		cut := int(from * float64(len(s)))
		start := cut - int(back*float64(len(s)))
		second := make([][2]float32, 0, len(s)-start)
		for _, p := range s[start:] {
			second = append(second, [2]float32{p[0] + dx, p[1] + dy})
		}
		out = append(out, s[:cut+1], second)
	}
	return out
}

// dense resamples each stroke every step pad units, as a pointer moved
// slowly samples it.
func dense(strokes [][][2]float32, step float64) [][][2]float32 {
	var out [][][2]float32
	for _, s := range strokes {
		q := [][2]float32{s[0]}
		for i := 1; i < len(s); i++ {
			a, b := s[i-1], s[i]
			n := int(math.Ceil(math.Hypot(float64(b[0]-a[0]), float64(b[1]-a[1])) / step))
			for k := 1; k <= n; k++ {
				f := float32(k) / float32(n)
				q = append(q, [2]float32{a[0] + f*(b[0]-a[0]), a[1] + f*(b[1]-a[1])})
			}
		}
		out = append(out, q)
	}
	return out
}

// BenchmarkCheckDrawn times Preprocess and Check together, as the pad
// runs them on every change, on drawings of several strokes, where
// tidying (see tidy) has work to do: the testdata digits, an outlined 7
// gone over twice and the same outline drawn in two overlapping pieces;
// and where dotsApart has: a question mark, and the most it measures, a
// ring of thousands of points with eleven dots inside it.
func BenchmarkCheckDrawn(b *testing.B) {
	seven := dense(outlined(sevenCentre), 4)
	for _, tt := range []struct {
		name    string
		strokes [][][2]float32
	}{
		{"testdata", nil},
		{"outline-closed", seven},
		{"outline-twice", secondPass(seven, 4, 1.03, 3, 1.5)},
		{"outline-pieces", pieces(seven, 0.5, 0.1, 1.5, -1)},
		{"question-mark", dense(questionMark, 2)},
		{"dots-in-a-ring", dotsInARing()},
	} {
		b.Run(tt.name, func(b *testing.B) {
			var ds []*Drawing
			if tt.strokes != nil {
				ds = append(ds, mustDrawing(b, tt.strokes))
			} else {
				for _, d := range loadDigits(b) {
					ds = append(ds, mustDrawing(b, d.Strokes))
				}
			}
			var img [NetPixels]float32
			var p Preprocessor
			c := NewChecker()
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				d := ds[i%len(ds)]
				p.Preprocess(d, &img)
				c.Check(&img, d)
				i++
			}
		})
	}
}

// questionMark is a hook with a dot under it.
var questionMark = [][][2]float32{{{90, 90}, {110, 50}, {150, 40}, {190, 60}, {195, 100}, {170, 130}, {145, 150}, {140, 190}}, {{140, 235}, {142, 238}}}

// dotsInARing is a ring drawn in 4,000 points and eleven dots inside it,
// apart from it: every dot is measured against every point of the ring.
func dotsInARing() [][][2]float32 {
	var ring [][2]float32
	for i := 0; i <= 4000; i++ {
		a := 2 * math.Pi * float64(i) / 4000
		ring = append(ring, [2]float32{float32(140 + 120*math.Cos(a)), float32(140 + 120*math.Sin(a))})
	}
	out := [][][2]float32{ring}
	for i := range MaxDigitStrokes - 1 {
		x := float32(110 + 6*i)
		out = append(out, [][2]float32{{x, 140}, {x + 1, 141}})
	}
	return out
}
