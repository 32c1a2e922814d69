package main

import (
	"math"
	"math/rand/v2"
)

// This file draws the broader families of generated non-digits: letters
// in several hand styles (block, rounded, with serifs, wobbly), words of
// any letters, pictograms (a round or boxy body with stems, strings,
// handles, a foot, a leaf, rays or marks inside), clusters of small
// blobs, stars, and a shape labelled with letters. They are kinds of
// drawing rather than copies of any set's families, so that what the
// networks learn a non-digit to be rests on more than the few kinds
// shapes.go draws.

// glyph is one letter: its strokes in a box of about [-0.5, 0.5] by
// [-1, 1], y down.
type glyph []poly

// capitals and smalls are letters that look like no digit on their own
// (no O, I, S, Z, B, G, L, P, Q, J, D; no o, l, i, s, z, b, g, q, p, d, a):
// one of them alone may be drawn as a non-digit.
var capitals = map[rune]glyph{
	'A': {path(-0.5, 1, 0, -1, 0.5, 1), seg(-0.27, 0.15, 0.27, 0.15)},
	'C': {arc(0, 0, 0.5, 1, 0.35, 2*math.Pi-0.35)},
	'E': {path(0.5, -1, -0.5, -1, -0.5, 1, 0.5, 1), seg(-0.5, 0, 0.3, 0)},
	'F': {path(0.5, -1, -0.5, -1, -0.5, 1), seg(-0.5, 0, 0.3, 0)},
	'H': {seg(-0.5, -1, -0.5, 1), seg(0.5, -1, 0.5, 1), seg(-0.5, 0, 0.5, 0)},
	'K': {seg(-0.5, -1, -0.5, 1), path(0.5, -1, -0.5, 0.1), seg(-0.25, -0.1, 0.5, 1)},
	'M': {path(-0.55, 1, -0.45, -1, 0, 0.4, 0.45, -1, 0.55, 1)},
	'N': {path(-0.5, 1, -0.5, -1, 0.5, 1, 0.5, -1)},
	'R': {path(-0.5, 1, -0.5, -1, 0.25, -1, 0.5, -0.55, 0.25, -0.1, -0.5, -0.1), seg(0, -0.1, 0.5, 1)},
	'T': {seg(-0.6, -1, 0.6, -1), seg(0, -1, 0, 1)},
	'U': {append(path(-0.5, -1, -0.5, 0.4), append(arc(0, 0.4, 0.5, 0.6, math.Pi, 0), [2]float64{0.5, -1})...)},
	'V': {path(-0.5, -1, 0, 1, 0.5, -1)},
	'W': {path(-0.7, -1, -0.35, 1, 0, -0.3, 0.35, 1, 0.7, -1)},
	'X': {seg(-0.5, -1, 0.5, 1), seg(0.5, -1, -0.5, 1)},
	'Y': {seg(-0.5, -1, 0, 0), seg(0.5, -1, 0, 0), seg(0, 0, 0, 1)},
}

var smalls = map[rune]glyph{
	'e': {append(path(-0.45, 0.4, 0.45, 0.4), arc(0, 0.4, 0.45, 0.5, 0, -1.7*math.Pi)...)},
	'f': {append(arc(0.15, -0.7, 0.3, 0.3, -0.3, -math.Pi), [2]float64{-0.15, 1}), seg(-0.45, -0.1, 0.25, -0.1)},
	'h': {seg(-0.45, -1, -0.45, 1), append(arc(-0.05, 0.2, 0.4, 0.3, math.Pi, 2*math.Pi), [2]float64{0.35, 1})},
	'k': {seg(-0.4, -1, -0.4, 1), path(0.4, -0.2, -0.4, 0.4, 0.4, 1)},
	'm': {path(-0.7, -0.1, -0.7, 1), append(arc(-0.4, 0.2, 0.3, 0.3, math.Pi, 2*math.Pi), [2]float64{-0.1, 1}), append(arc(0.2, 0.2, 0.3, 0.3, math.Pi, 2*math.Pi), [2]float64{0.5, 1})},
	'n': {path(-0.4, -0.1, -0.4, 1), append(arc(0, 0.2, 0.4, 0.3, math.Pi, 2*math.Pi), [2]float64{0.4, 1})},
	't': {seg(-0.1, -1, -0.1, 0.75), seg(-0.5, -0.35, 0.35, -0.35), path(-0.1, 0.75, 0.15, 1, 0.4, 0.8)},
	'u': {append(path(-0.4, -0.1, -0.4, 0.6), arc(0, 0.6, 0.4, 0.4, math.Pi, 0)...), seg(0.4, -0.1, 0.4, 1)},
	'v': {path(-0.45, -0.1, 0, 1, 0.45, -0.1)},
	'w': {path(-0.6, -0.1, -0.3, 1, 0, 0.2, 0.3, 1, 0.6, -0.1)},
	'x': {seg(-0.45, -0.1, 0.45, 1), seg(0.45, -0.1, -0.45, 1)},
	'y': {seg(-0.45, -0.2, 0, 0.5), seg(0.45, -0.2, -0.25, 1.1)},
}

// lookalikes are letters that alone could pass for a digit; inside a word
// of three or more letters they are still not a digit.
var lookalikes = map[rune]glyph{
	'o': {arc(0, 0.45, 0.42, 0.55, 0, 2*math.Pi)},
	'l': {seg(0, -1, 0, 1)},
	'i': {seg(0, -0.1, 0, 1), arc(0, -0.5, 0.06, 0.06, 0, 2*math.Pi)},
	's': {append(arc(0, 0.15, 0.35, 0.25, -0.3, -math.Pi*1.5), arc(0, 0.65, 0.35, 0.25, -math.Pi/2, math.Pi*0.8)...)},
	'z': {path(-0.4, -0.1, 0.4, -0.1, -0.4, 1, 0.4, 1)},
	'c': {arc(0, 0.45, 0.42, 0.55, 0.5, 2*math.Pi-0.5)},
	'a': {append(arc(0, 0.45, 0.42, 0.55, 0, 2*math.Pi), [2]float64{0.42, 1.05})},
	'd': {arc(-0.05, 0.45, 0.4, 0.55, 0, 2*math.Pi), seg(0.35, -1, 0.35, 1)},
	'b': {seg(-0.35, -1, -0.35, 1), arc(0.05, 0.45, 0.4, 0.55, 0, 2*math.Pi)},
	'g': {arc(0, 0.2, 0.4, 0.4, 0, 2*math.Pi), append(path(0.4, -0.2, 0.4, 1.1), arc(0, 1.1, 0.4, 0.3, 0, math.Pi*0.9)...)},
	'p': {seg(-0.35, -0.1, -0.35, 1.5), arc(0.05, 0.4, 0.4, 0.45, 0, 2*math.Pi)},
	'r': {path(-0.3, 1, -0.3, -0.1), arc(0.1, 0.2, 0.4, 0.3, math.Pi, 1.75*math.Pi)},
}

// letterPool holds the runes of a map in a fixed order, so that a random
// index picks the same letter on every run (map order is random).
func letterPool(ms ...map[rune]glyph) ([]rune, map[rune]glyph) {
	all := map[rune]glyph{}
	var keys []rune
	for _, m := range ms {
		for k, g := range m {
			all[k] = g
			keys = append(keys, k)
		}
	}
	sortRunes(keys)
	return keys, all
}

// sortRunes sorts in place (insertion sort: the lists are short).
func sortRunes(k []rune) {
	for i := 1; i < len(k); i++ {
		for j := i; j > 0 && k[j] < k[j-1]; j-- {
			k[j], k[j-1] = k[j-1], k[j]
		}
	}
}

// glyphStyles is the number of styles styled draws in.
const glyphStyles = 4

// styled returns g drawn in a hand style: 0 as it is, 1 corners rounded,
// 2 with serifs at the stroke ends, 3 wobbly.
func styled(g glyph, style int, r *rand.Rand) []poly {
	out := make([]poly, 0, len(g))
	for _, p := range g {
		q := append(poly(nil), p...)
		switch style {
		case 1:
			q = chaikin(chaikin(dense(q, 0.25)))
		case 2:
			out = append(out, serifs(q)...)
		case 3:
			q = dense(q, 0.1)
			ph, amp := uni(r, 0, 2*math.Pi), uni(r, 0.02, 0.06)
			for i := range q {
				q[i][0] += amp * math.Sin(float64(i)*0.9+ph)
				q[i][1] += amp * math.Cos(float64(i)*0.7+ph)
			}
		}
		out = append(out, q)
	}
	return out
}

// dense returns p with points at most step apart along each segment.
func dense(p poly, step float64) poly {
	out := poly{p[0]}
	for i := 1; i < len(p); i++ {
		a, b := p[i-1], p[i]
		n := max(1, int(math.Hypot(b[0]-a[0], b[1]-a[1])/step))
		for k := 1; k <= n; k++ {
			t := float64(k) / float64(n)
			out = append(out, [2]float64{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t})
		}
	}
	return out
}

// chaikin cuts every corner of p once, keeping its ends.
func chaikin(p poly) poly {
	if len(p) < 3 {
		return p
	}
	out := poly{p[0]}
	for i := 1; i < len(p); i++ {
		a, b := p[i-1], p[i]
		out = append(out, [2]float64{0.75*a[0] + 0.25*b[0], 0.75*a[1] + 0.25*b[1]}, [2]float64{0.25*a[0] + 0.75*b[0], 0.25*a[1] + 0.75*b[1]})
	}
	return append(out, p[len(p)-1])
}

// serifs returns a short cross-stroke at each end of p.
func serifs(p poly) []poly {
	var out []poly
	for _, e := range [][2][2]float64{{p[0], p[1]}, {p[len(p)-1], p[len(p)-2]}} {
		dx, dy := e[1][0]-e[0][0], e[1][1]-e[0][1]
		l := math.Hypot(dx, dy)
		if l == 0 {
			continue
		}
		nx, ny := -dy/l*0.15, dx/l*0.15
		out = append(out, seg(e[0][0]-nx, e[0][1]-ny, e[0][0]+nx, e[0][1]+ny))
	}
	return out
}

// letter draws one capital or small letter that looks like no digit.
func letter(r *rand.Rand) []poly {
	keys, all := letterPool(capitals, smalls)
	return styled(all[keys[r.IntN(len(keys))]], r.IntN(glyphStyles), r)
}

// anyWord draws three to five letters of any kind side by side, in one
// style, on a baseline that may drift, sometimes joined by connecting
// strokes as in joined-up writing.
func anyWord(r *rand.Rand) []poly {
	keys, all := letterPool(capitals, smalls, lookalikes)
	n := 3 + r.IntN(3)
	style := r.IntN(glyphStyles)
	joined := r.IntN(3) == 0
	drift := uni(r, -0.15, 0.15)
	w := 1.8 / float64(n)
	out := []poly{}
	var last [2]float64
	for i := range n {
		dx := -0.9 + w*(float64(i)+0.5)
		dy := drift * (float64(i) - float64(n-1)/2)
		g := styled(all[keys[r.IntN(len(keys))]], style, r)
		for k, p := range g {
			q := make(poly, len(p))
			for j, v := range p {
				q[j] = [2]float64{v[0]*w*0.8 + dx, v[1]*0.45 + dy}
			}
			if joined && i > 0 && k == 0 {
				q = append(poly{last}, q...)
			}
			out = append(out, q)
		}
		lp := out[len(out)-1]
		last = lp[len(lp)-1]
	}
	return out
}

// pictogram is a body (a ring, an oval, a box, a triangle, a cup or a
// drop) with one to three attachments: a stem outwards, a wavy string, a
// handle on one side or both, a foot, a leaf on a stalk, rays, or marks
// inside. A stem straight up or down would make a 6 or a 9 of a ring, so
// a lone one always comes with a second attachment.
func pictogram(r *rand.Rand) []poly {
	rx := uni(r, 0.35, 0.6)
	ry := rx * uni(r, 0.75, 1.3)
	var body poly
	kind := r.IntN(6)
	switch kind {
	case 0, 1:
		a := uni(r, 0, 2*math.Pi)
		body = arc(0, 0, rx, ry, a, a+2*math.Pi+uni(r, -0.1, 0.2))
	case 2:
		body = path(-rx, -ry, rx, -ry, rx, ry, -rx, ry, -rx, -ry)
	case 3:
		body = path(0, -ry, rx, ry, -rx, ry, 0, -ry)
	case 4: // a cup: open at the top
		body = append(path(-rx, -ry), append(arc(0, -ry*0.2, rx, ry*1.2, math.Pi, 0), [2]float64{rx, -ry})...)
		body = append(body, [2]float64{-rx, -ry})
	default: // a drop, pointed at the top
		body = append(path(0, -ry*1.5), append(arc(0, ry*0.2, rx, ry*0.8, -0.4, math.Pi+0.4), [2]float64{0, -ry * 1.5})...)
	}
	out := []poly{body}
	edge := func(a float64) (x, y, c, s float64) {
		c, s = math.Cos(a), math.Sin(a)
		return rx * c, ry * s, c, s
	}
	attachments := 1 + r.IntN(3)
	for k := 0; k < attachments; k++ {
		switch r.IntN(7) {
		case 0: // a straight stem, perhaps with a knot or a cross-bar
			a := uni(r, 0, 2*math.Pi)
			x, y, c, s := edge(a)
			l := uni(r, 0.4, 0.9)
			out = append(out, seg(x, y, x+l*c, y+l*s))
			if math.Abs(c) < 0.5 && attachments == 1 {
				attachments++
			}
		case 1: // a wavy string
			a := uni(r, 0.3, math.Pi-0.3)
			x, y, c, s := edge(a)
			l, cycles, amp := uni(r, 0.5, 1.0), uni(r, 1, 3), uni(r, 0.05, 0.12)
			var p poly
			for i := 0; i <= 24; i++ {
				t := float64(i) / 24
				w := amp * math.Sin(2*math.Pi*cycles*t)
				p = append(p, [2]float64{x + l*t*c - w*s, y + l*t*s + w*c})
			}
			out = append(out, p)
		case 2: // a handle, on one side or both
			sides := []float64{1}
			if r.IntN(2) == 0 {
				sides = []float64{-1, 1}
			} else if r.IntN(2) == 0 {
				sides = []float64{-1}
			}
			hr := uni(r, 0.15, 0.3)
			for _, sd := range sides {
				a0 := -math.Pi / 2 // the right side: through angle 0
				if sd < 0 {
					a0 = math.Pi / 2 // the left side: through angle π
				}
				out = append(out, arc(sd*rx, 0, hr, ry*0.45, a0, a0+math.Pi))
			}
		case 3: // a foot: a short stem down and a base
			l := uni(r, 0.2, 0.45)
			w := uni(r, 0.2, 0.5)
			out = append(out, seg(0, ry, 0, ry+l), seg(-w, ry+l, w, ry+l))
			attachments = max(attachments, 2)
		case 4: // a leaf on a stalk at the top
			dx := uni(r, -0.15, 0.15)
			top := [2]float64{dx, -ry - uni(r, 0.15, 0.3)}
			out = append(out, seg(dx, -ry, top[0], top[1]))
			lw := uni(r, 0.15, 0.3)
			out = append(out, append(arc(top[0]+lw, top[1], lw, lw*0.4, math.Pi, 2*math.Pi), arc(top[0]+lw, top[1], lw, lw*0.4, 0, math.Pi)...))
		case 5: // rays
			n := 3 + r.IntN(6)
			a0 := uni(r, 0, 2*math.Pi)
			for i := range n {
				a := a0 + 2*math.Pi*float64(i)/float64(n)
				x, y, c, s := edge(a)
				out = append(out, seg(x+0.08*c, y+0.08*s, x+0.3*c, y+0.3*s))
			}
		default: // marks inside: dots, a line, a cross
			switch r.IntN(3) {
			case 0:
				for _, x := range []float64{-rx * 0.35, rx * 0.35} {
					out = append(out, arc(x, -ry*0.2, 0.05, 0.05, 0, 2*math.Pi))
				}
			case 1: // across a ring, not a box: a box halved is a boxy 8
				if kind == 2 {
					out = append(out, seg(-rx*0.4, -ry*0.4, rx*0.4, ry*0.4))
				} else {
					out = append(out, seg(-rx*0.5, ry*0.2, rx*0.5, ry*0.2))
				}
			default:
				out = append(out, seg(-rx*0.4, -ry*0.4, rx*0.4, ry*0.4), seg(rx*0.4, -ry*0.4, -rx*0.4, ry*0.4))
			}
		}
	}
	return out
}

// blobs are three to six small separate marks (dots, rings, tiny coils,
// dashes, crosses), scattered, in a row, around a ring, or around a bigger
// mark as a paw print's toes.
func blobs(r *rand.Rand) []poly {
	n := 3 + r.IntN(4)
	mark := func(x, y, size float64) []poly {
		switch r.IntN(5) {
		case 0:
			return []poly{arc(x, y, size*0.3, size*0.3, 0, 2*math.Pi)}
		case 1:
			return []poly{arc(x, y, size, size*uni(r, 0.7, 1.2), 0, 2*math.Pi)}
		case 2:
			return []poly{turning(2, func(t, i, m float64) [2]float64 {
				rr := size * i / m
				return [2]float64{x + rr*math.Cos(t), y + rr*math.Sin(t)}
			})}
		case 3:
			a := uni(r, 0, math.Pi)
			return []poly{seg(x-size*math.Cos(a), y-size*math.Sin(a), x+size*math.Cos(a), y+size*math.Sin(a))}
		}
		return []poly{seg(x-size, y-size, x+size, y+size), seg(x+size, y-size, x-size, y+size)}
	}
	out := []poly{}
	size := uni(r, 0.08, 0.2)
	switch r.IntN(4) {
	case 0:
		for range n {
			out = append(out, mark(uni(r, -0.85, 0.85), uni(r, -0.85, 0.85), size)...)
		}
	case 1:
		sl := uni(r, -0.4, 0.4)
		for i := range n {
			x := -0.85 + 1.7*float64(i)/float64(n-1)
			out = append(out, mark(x, sl*x, size)...)
		}
	case 2:
		a0 := uni(r, 0, 2*math.Pi)
		for i := range n {
			a := a0 + 2*math.Pi*float64(i)/float64(n)
			out = append(out, mark(0.7*math.Cos(a), 0.7*math.Sin(a), size)...)
		}
	default:
		out = append(out, arc(0, 0.35, uni(r, 0.3, 0.45), uni(r, 0.25, 0.4), 0, 2*math.Pi))
		for i := range n - 1 {
			a := -math.Pi/2 + (float64(i)-float64(n-2)/2)*uni(r, 0.45, 0.7)
			out = append(out, arc(0.75*math.Cos(a), 0.35+0.8*math.Sin(a), size, size*1.2, 0, 2*math.Pi))
		}
	}
	return out
}

// star is a star of four to eight points in one stroke, or a star polygon
// drawn by joining every second or third corner.
func star(r *rand.Rand) []poly {
	k := 4 + r.IntN(5)
	a0 := uni(r, 0, 2*math.Pi)
	if r.IntN(2) == 0 {
		inner := uni(r, 0.25, 0.55)
		var p poly
		for i := 0; i <= 2*k; i++ {
			a := a0 + math.Pi*float64(i)/float64(k)
			rr := 0.9
			if i%2 == 1 {
				rr = inner
			}
			p = append(p, [2]float64{rr * math.Cos(a), rr * math.Sin(a)})
		}
		return []poly{p}
	}
	k = 5 + 2*r.IntN(2)
	step := 2 + r.IntN(2)
	var p poly
	for i := 0; i <= k; i++ {
		a := a0 + 2*math.Pi*float64(i*step)/float64(k)
		p = append(p, [2]float64{0.9 * math.Cos(a), 0.9 * math.Sin(a)})
	}
	return []poly{p}
}

// labelled is a pictogram, a symbol or an object with a word beside it or
// under it.
func labelled(r *rand.Rand) []poly {
	var a []poly
	switch r.IntN(3) {
	case 0:
		a = pictogram(r)
	case 1:
		a = symbol(r)
	default:
		a = object(r)
	}
	return placePair(a, anyWord(r), r.IntN(2) == 0)
}

// segments are the seven strokes of a seven-segment digit, each from one
// corner of the figure to another: a top, b upper right, c lower right,
// d bottom, e lower left, f upper left, g middle.
var segments = map[byte][2][2]float64{
	'a': {{-0.5, -1}, {0.5, -1}}, 'b': {{0.5, -1}, {0.5, 0}}, 'c': {{0.5, 0}, {0.5, 1}},
	'd': {{0.5, 1}, {-0.5, 1}}, 'e': {{-0.5, 1}, {-0.5, 0}}, 'f': {{-0.5, 0}, {-0.5, -1}}, 'g': {{-0.5, 0}, {0.5, 0}},
}

// segmentDigits are the segments of each digit, in the order a hand
// draws them, with the variants people write (a 6 and a 9 with or
// without their tail bar, a 7 with a side bar).
var segmentDigits = [10][]string{
	{"abcdef"}, {"bc"}, {"abged"}, {"abgcd", "abcdg"}, {"fgbc"}, {"afgcd"}, {"afedcg", "fedcg"}, {"abc", "fabc"}, {"abcdefg", "gbafgcde"}, {"gfabcd", "gfabc"},
}

// segmentDigit draws a digit from straight strokes, as on a seven-segment
// display, with each corner a little off: boxy digits are digits, not the
// boxes and letters among the generated non-digits. The pen runs on
// through segments that meet, or lifts between them.
func segmentDigit(r *rand.Rand) (int, []poly) {
	label := r.IntN(10)
	order := segmentDigits[label][r.IntN(len(segmentDigits[label]))]
	w := uni(r, 0.6, 1.1)
	jit := func(p [2]float64) [2]float64 {
		return [2]float64{p[0]*w + uni(r, -0.06, 0.06), p[1] + uni(r, -0.06, 0.06)}
	}
	corners := map[[2]float64][2]float64{}
	at := func(p [2]float64) [2]float64 {
		if q, ok := corners[p]; ok {
			return q
		}
		corners[p] = jit(p)
		return corners[p]
	}
	lift := r.IntN(3) == 0
	var out []poly
	for i := 0; i < len(order); i++ {
		s := segments[order[i]]
		a, b := s[0], s[1]
		if len(out) > 0 && !lift {
			last := out[len(out)-1]
			end := last[len(last)-1]
			switch end {
			case at(a):
				out[len(out)-1] = append(last, at(b))
				continue
			case at(b):
				out[len(out)-1] = append(last, at(a))
				continue
			}
		}
		out = append(out, poly{at(a), at(b)})
	}
	return label, out
}
