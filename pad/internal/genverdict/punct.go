package main

import (
	"math"
	"math/rand/v2"

	"digitlab/pad"
)

// This file draws punctuation, signs and the letters the letter families
// lack, procedurally and in random hands, as non-digits. Handwritten
// punctuation is what a checker trained on pictures and letters takes
// for a digit most readily: a question mark is a 2 or a 7 with a dot, an
// exclamation mark a 1 with one, a dollar an S (a 5) with a stroke. What
// tells them from a digit is a small part (the dot, the bar, the stroke
// through), so each is drawn whole: partial never cuts one (keptWhole),
// since a question mark without its dot is a digit. Nothing here is
// drawn that a person could read as a digit alone: no lone bracket that
// is a bent 1, no lone slash, no degree sign (a 0), no empty pair of
// round brackets (an open 0).

// dot is a small mark a pen leaves for a full stop: a tiny ring, a short
// dash or a tick, at (x, y), about size across.
func dot(r *rand.Rand, x, y, size float64) poly {
	switch r.IntN(3) {
	case 0:
		return arc(x, y, size/2, size/2, 0, 2*math.Pi)
	case 1:
		a := uni(r, 0, math.Pi)
		return seg(x-size/2*math.Cos(a), y-size/2*math.Sin(a), x+size/2*math.Cos(a), y+size/2*math.Sin(a))
	}
	return path(x-size/3, y-size/3, x+size/3, y+size/3, x-size/4, y+size/3)
}

// turned returns the shape turned half a turn (an inverted ¿ or ¡).
func turned(ps []poly) []poly {
	out := make([]poly, len(ps))
	for i, p := range ps {
		q := make(poly, len(p))
		for k, v := range p {
			q[k] = [2]float64{-v[0], -v[1]}
		}
		out[i] = q
	}
	return out
}

// moved returns the shape scaled by s about the origin, then moved by
// (dx, dy).
func moved(ps []poly, s, dx, dy float64) []poly {
	out := make([]poly, len(ps))
	for i, p := range ps {
		q := make(poly, len(p))
		for k, v := range p {
			q[k] = [2]float64{v[0]*s + dx, v[1]*s + dy}
		}
		out[i] = q
	}
	return out
}

// questionMark draws a ? in one of the ways people write it: a round
// hook, a hook with a kinked or curled neck, an angular hook like a 7's
// top, a wide or a narrow one, its stem straight, bent or curving back,
// and always its dot, at some gap below.
func questionMark(r *rand.Rand) []poly {
	rx, ry := uni(r, 0.3, 0.55), uni(r, 0.25, 0.45)
	cy := -1 + ry + uni(r, 0, 0.1)
	var p poly
	switch r.IntN(3) {
	case 0, 1: // a round hook ending at the bottom of its circle, or past it
		a0 := math.Pi + uni(r, -0.3, 0.7)
		a1 := 2*math.Pi + math.Pi/2 + uni(r, -0.5, 0.3)
		p = arc(0, cy, rx, ry, a0, a1)
	default: // angular: up, across, down to the neck
		p = path(-rx, cy+uni(r, -0.1, 0.3), uni(r, -0.3, 0)*rx, cy-ry, rx, cy-ry*uni(r, 0.6, 1), rx*uni(r, 0.7, 1), cy, 0, cy+ry)
	}
	end := p[len(p)-1]
	stem := uni(r, 0.2, 0.55)
	bottom := end[1] + stem
	switch r.IntN(4) {
	case 0: // the neck bends back under the hook
		p = append(p, [2]float64{end[0] - uni(r, 0.05, 0.2), end[1] + stem*0.5}, [2]float64{end[0] - uni(r, 0, 0.1), bottom})
	case 1: // a curl at the bottom of the stem
		p = append(p, [2]float64{end[0], bottom - 0.1}, [2]float64{end[0] + 0.08, bottom})
	default:
		p = append(p, [2]float64{end[0] + uni(r, -0.1, 0.1), bottom})
	}
	// The gap must stay open at 28x28, where the pen is an eighth of
	// the ink's height.
	gap := uni(r, 0.28, 0.45)
	return []poly{p, dot(r, end[0]+uni(r, -0.08, 0.08), bottom+gap, uni(r, 0.06, 0.16))}
}

// exclamation draws a ! : a stem, straight, tapering (two strokes that
// meet) or leaning, and its dot.
func exclamation(r *rand.Rand) []poly {
	top, bottom := -1.0, uni(r, 0.3, 0.55)
	lean := uni(r, -0.1, 0.1)
	var out []poly
	if r.IntN(3) == 0 {
		w := uni(r, 0.08, 0.18)
		out = append(out, path(-w+lean, top, lean*0.3, bottom, w+lean, top))
	} else {
		out = append(out, seg(lean, top, 0, bottom))
	}
	return append(out, dot(r, uni(r, -0.05, 0.05), bottom+uni(r, 0.28, 0.45), uni(r, 0.06, 0.16)))
}

// punctuation draws a question or exclamation mark, turned as in Spanish,
// doubled or mixed (?? ?! !!), an interrobang, or a colon or semicolon.
func punctuation(r *rand.Rand) []poly {
	switch r.IntN(10) {
	case 0, 1, 2, 3:
		return questionMark(r)
	case 4:
		return turned(questionMark(r))
	case 5:
		return exclamation(r)
	case 6:
		if r.IntN(2) == 0 {
			return turned(exclamation(r))
		}
		q := questionMark(r)
		bottom := q[1][0][1] - uni(r, 0.15, 0.3)
		return append(q, seg(uni(r, -0.1, 0.05), -1, 0, bottom))
	case 7:
		a, b := questionMark, exclamation
		if r.IntN(2) == 0 {
			b = questionMark
		}
		if r.IntN(2) == 0 {
			a = exclamation
		}
		gap := uni(r, 0.35, 0.6)
		return append(moved(a(r), 0.9, -gap, 0), moved(b(r), 0.9, gap, 0)...)
	case 8: // a colon: two marks, one above the other
		size := uni(r, 0.15, 0.35)
		return []poly{dot(r, 0, -0.45, size), dot(r, 0, 0.45, size)}
	}
	// a semicolon: a mark above a comma
	size := uni(r, 0.15, 0.3)
	return []poly{dot(r, 0, -0.5, size), append(arc(0, 0.35, size/2, size/2, 0, 2*math.Pi), [2]float64{size / 2, 0.4}, [2]float64{-size / 2, 0.9})}
}

// sShape is an S in a box of about [-0.45, 0.45] by [-0.7, 0.7].
func sShape(r *rand.Rand) poly {
	w := uni(r, 0.3, 0.45)
	return append(arc(0, -0.35, w, 0.35, -0.4, -math.Pi*1.5), arc(0, 0.35, w, 0.35, -math.Pi/2, math.Pi*0.85)...)
}

// sign draws a sign from the keyboard or the margin: $ § & @ % € £ ¥ ¢ ♂
// ♀ ~ ≈ ^ ≠ ± ÷ { } [ (and a pair of brackets around a letter or a
// sign), an asterisk of spokes, a pound sign.
func sign(r *rand.Rand) []poly {
	switch r.IntN(18) {
	case 0: // $: an S with one or two strokes through it
		out := []poly{sShape(r)}
		x := uni(r, -0.05, 0.05)
		if r.IntN(3) == 0 {
			return append(out, seg(x-0.1, -0.95, x-0.1, 0.95), seg(x+0.1, -0.95, x+0.1, 0.95))
		}
		return append(out, seg(x, -1, x, 1))
	case 1: // §: an S above an S, overlapping in a loop
		a := moved([]poly{sShape(r)}, 0.7, 0, -0.38)
		b := moved([]poly{sShape(r)}, 0.7, 0, 0.38)
		return append(a, b...)
	case 2: // &
		p := path(0.55, 0.95, -0.25, -0.25, -0.3, -0.7, 0, -0.95, 0.3, -0.7, 0.15, -0.35, -0.45, 0.2, -0.45, 0.75, 0, 0.95, 0.4, 0.6, uni(r, 0.5, 0.7), 0.2)
		return []poly{chaikin(chaikin(p))}
	case 3: // @: a small a inside a ring that spirals out from it
		ax := uni(r, -0.1, 0.05)
		a := arc(ax, 0.05, 0.3, 0.35, 0, 2*math.Pi)
		tail := append(path(ax+0.3, -0.3, ax+0.3, 0.3), arc(0, 0, 0.85, 0.9, 0.45, 0.45-uni(r, 1.6, 1.9)*math.Pi)...)
		return []poly{a, tail}
	case 4: // %: rings and a slash, the rings open or closed, small or large
		rr := uni(r, 0.15, 0.3)
		sl := uni(r, -0.2, 0.2)
		return []poly{seg(0.6, -0.95, -0.6+sl, 0.95), arc(-0.45, -0.5, rr, rr*1.2, 0, 2*math.Pi), arc(0.45, 0.5, rr, rr*1.2, 0, 2*math.Pi)}
	case 5: // €: a C with two bars across its left
		out := []poly{arc(0.1, 0, 0.55, 0.9, 0.5, 2*math.Pi-0.5)}
		for _, y := range []float64{-0.2, 0.2} {
			out = append(out, seg(-0.7, y, 0.2, y))
		}
		return out
	case 6: // £: a hook, a stem curling into a base, a bar
		p := append(arc(0.15, -0.5, 0.35, 0.4, -0.2, -math.Pi), [2]float64{-0.2, 0.4}, [2]float64{-0.45, 0.9}, [2]float64{-0.1, 0.75}, [2]float64{0.55, 0.9})
		return []poly{p, seg(-0.55, 0, 0.2, 0)}
	case 7: // ♂: a ring with an arrow out of its upper right
		out := []poly{arc(-0.25, 0.25, 0.5, 0.5, 0, 2*math.Pi)}
		s := seg(0.1, -0.1, 0.8, -0.8)
		out = append(out, s)
		return append(out, head(s, uni(r, 0.2, 0.35))...)
	case 8: // ♀: a ring over a stem with a bar
		return []poly{arc(0, -0.4, 0.45, 0.45, 0, 2*math.Pi), seg(0, 0.05, 0, 0.95), seg(-0.35, 0.5, 0.35, 0.5)}
	case 9: // ~ and ≈
		n := 1 + r.IntN(2)
		amp := uni(r, 0.15, 0.3)
		var out []poly
		for k := range n {
			y0 := (float64(k) - float64(n-1)/2) * 0.5
			var p poly
			for i := 0; i <= 20; i++ {
				x := -0.9 + 1.8*float64(i)/20
				p = append(p, [2]float64{x, y0 - amp*math.Sin(x*math.Pi)})
			}
			out = append(out, p)
		}
		return out
	case 10: // ^
		return []poly{path(-0.6, 0.4, 0, -0.5, 0.6, 0.4)}
	case 11: // ¢: a c with a stroke through it
		return []poly{arc(0, 0, 0.45, 0.6, 0.6, 2*math.Pi-0.6), seg(0.05, -0.95, -0.05, 0.95)}
	case 12: // ≠ ±, ÷
		switch r.IntN(3) {
		case 0:
			return []poly{seg(-0.8, -0.3, 0.8, -0.3), seg(-0.8, 0.3, 0.8, 0.3), seg(0.4, -0.8, -0.4, 0.8)}
		case 1:
			return []poly{seg(-0.7, -0.2, 0.7, -0.2), seg(0, -0.9, 0, 0.5), seg(-0.7, 0.85, 0.7, 0.85)}
		}
		return []poly{seg(-0.8, 0, 0.8, 0), dot(r, 0, -0.55, 0.18), dot(r, 0, 0.55, 0.18)}
	case 13: // { or }
		p := chaikin(path(0.3, -1, 0, -0.9, 0, -0.15, -0.3, 0, 0, 0.15, 0, 0.9, 0.3, 1))
		if r.IntN(2) == 0 {
			for i := range p {
				p[i][0] = -p[i][0]
			}
		}
		return []poly{p}
	case 14: // [
		return []poly{path(0.3, -1, -0.2, -1, -0.2, 1, 0.3, 1)}
	case 15: // a pair of brackets around a letter or a sign
		keys, all := letterPool(capitals, smalls)
		inner := moved(styled(all[keys[r.IntN(len(keys))]], 0, r), 0.5, 0, 0)
		var open, shut poly
		switch r.IntN(3) {
		case 0:
			open, shut = arc(0.4, 0, 0.35, 0.95, math.Pi*0.7, math.Pi*1.3), arc(-0.4, 0, 0.35, 0.95, -math.Pi*0.3, math.Pi*0.3)
		case 1:
			open, shut = path(-0.45, -0.95, -0.7, -0.95, -0.7, 0.95, -0.45, 0.95), path(0.45, -0.95, 0.7, -0.95, 0.7, 0.95, 0.45, 0.95)
		default:
			open = chaikin(path(-0.45, -1, -0.65, -0.9, -0.65, -0.15, -0.85, 0, -0.65, 0.15, -0.65, 0.9, -0.45, 1))
			shut = make(poly, len(open))
			for i, v := range open {
				shut[i] = [2]float64{-v[0], v[1]}
			}
		}
		return append([]poly{open, shut}, inner...)
	case 16: // ¥: a Y with two bars
		return []poly{seg(-0.55, -1, 0, -0.1), seg(0.55, -1, 0, -0.1), seg(0, -0.1, 0, 1), seg(-0.4, 0.1, 0.4, 0.1), seg(-0.4, 0.4, 0.4, 0.4)}
	}
	// an asterisk of spokes from a centre
	n := 5 + r.IntN(4)
	a0 := uni(r, 0, 2*math.Pi)
	var out []poly
	for i := range n {
		a := a0 + 2*math.Pi*float64(i)/float64(n)
		out = append(out, seg(0, 0, 0.7*math.Cos(a), 0.7*math.Sin(a)))
	}
	return out
}

// scriptGlyphs are letters the letter families lack, as a joined-up hand
// writes them: a script E (two bowls opening right with a loop between:
// the loop and the entry curl tell it from a 3 written backwards), a k
// with a looped ascender, a v and a w
// with a lead-in and a flourish, a looped K, an X of curved strokes, a
// script H. Shapes are in glyph units ([-0.5, 0.5] by [-1, 1]).
var scriptGlyphs = []glyph{
	// script E
	{append(append(arc(0.05, -0.5, 0.4, 0.45, -0.6, -math.Pi*1.45), arc(0.12, -0.02, 0.08, 0.07, -math.Pi/2, math.Pi*1.3)...), arc(0.05, 0.5, 0.45, 0.5, -math.Pi*0.5, -math.Pi*2+0.6)...)},
	// k with a looped ascender
	{append(append(path(-0.35, 1, -0.35, -0.6), arc(-0.2, -0.65, 0.15, 0.35, math.Pi, 2*math.Pi)...), [2]float64{-0.35, 0.4}, [2]float64{0.25, 0.05}, [2]float64{0.3, 0.35}, [2]float64{-0.2, 0.45}, [2]float64{0.45, 1})},
	// v with a lead-in and a flourish
	{path(-0.55, 0.1, -0.4, -0.1, -0.1, 1, 0.35, -0.1, 0.2, 0.1, 0.55, 0)},
	// w with a lead-in and a flourish
	{path(-0.7, 0.1, -0.55, -0.1, -0.35, 1, -0.05, 0.1, 0.2, 1, 0.45, -0.1, 0.35, 0.1, 0.7, 0)},
	// looped K
	{seg(-0.4, -1, -0.4, 1), append(append(path(0.5, -1, -0.1, -0.1), arc(-0.15, 0, 0.1, 0.1, -math.Pi/2, math.Pi)...), [2]float64{0.1, 0.4}, [2]float64{0.5, 1})},
	// X of curved strokes
	{arc(-0.9, 0, 1.1, 1, -math.Pi*0.28, math.Pi*0.28), arc(0.9, 0, 1.1, 1, math.Pi*0.72, math.Pi*1.28)},
	// script H: two stems joined by a looped bar
	{chaikin(path(-0.6, -0.8, -0.35, -1, -0.35, 1)), chaikin(path(0.35, -1, 0.35, 1, 0.5, 0.9)), append(arc(-0.45, 0, 0.12, 0.1, 0, 2*math.Pi), [2]float64{0.35, 0})},
}

// scriptLetter draws one of scriptGlyphs in a hand style.
func scriptLetter(r *rand.Rand) []poly {
	return styled(scriptGlyphs[r.IntN(len(scriptGlyphs))], r.IntN(glyphStyles), r)
}

// marks counts the separate marks of img: groups of pixels above 0.2
// that touch (8 ways).
func marks(img *[pad.NetPixels]float32) int {
	const side = pad.NetSide
	seen := [pad.NetPixels]bool{}
	n := 0
	var stack []int
	for i, v := range img {
		if v <= 0.2 || seen[i] {
			continue
		}
		n++
		seen[i] = true
		stack = append(stack[:0], i)
		for len(stack) > 0 {
			k := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			x, y := k%side, k/side
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					u, w := x+dx, y+dy
					if u < 0 || w < 0 || u >= side || w >= side {
						continue
					}
					if j := w*side + u; img[j] > 0.2 && !seen[j] {
						seen[j] = true
						stack = append(stack, j)
					}
				}
			}
		}
	}
	return n
}

// keptWhole reports whether partial must not cut drawings of the family
// named: its marks are what tells them from a digit (a question mark
// without its dot, a pound sign without its bar).
func keptWhole(name string) bool {
	switch name {
	case "punctuation", "sign", "script-letter":
		return true
	}
	return false
}
