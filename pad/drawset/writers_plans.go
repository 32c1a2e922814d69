package drawset

import (
	"math"
	"math/rand/v2"
)

// allograph is one way of writing a digit, as a plan of strokes in glyph
// space that the writer's traits (their loop size and how far they close
// a loop) and the drawing's own randomness vary. Held-only allographs are
// written only by the writers of the held-out half.
type allograph struct {
	label    int
	name     string
	heldOnly bool
	make     func(r *rand.Rand, w *writer) plan
}

// family names an allograph as Sample.Family does: "4/open".
func (a *allograph) family() string { return string(rune('0'+a.label)) + "/" + a.name }

// j is a little randomness for a coordinate of a plan.
func j(r *rand.Rand, x, spread float64) float64 { return x + uni(r, -spread, spread) }

// turns is how far round a writer takes a loop that should close: a
// full turn plus their habit, give or take a little.
func turns(r *rand.Rand, w *writer) float64 { return 360 * (1 + w.close + r.NormFloat64()*0.03) }

// writerAllographs are the ways the writers write each digit, written
// from how people write them, one held-only way per digit (the last of
// each digit's):
//   - 0: an oval from the top, anticlockwise or clockwise, one that goes
//     on past its start, a narrow one; held: a teardrop, pointed at the
//     top;
//   - 1: a plain stick, with a short flag, with a flag and a base; held:
//     the long up-stroke of a continental 1;
//   - 2: round with a plain base, with a loop where the neck meets the
//     base, angular; held: a ball where the pen lands;
//   - 3: two round bowls, a flat top (a Z-like 3), a sharp middle; held:
//     a small loop at the middle;
//   - 4: open (a down-stroke, the bar, then the stem), closed (a
//     diagonal to the bar), in one stroke going back up the stem; held:
//     open with a slanted first stroke and a short stem;
//   - 5: the hat last, the hat first in one stroke, the hat first apart;
//     held: a square belly;
//   - 6: a big loop, a small loop under a long curved stem, a straight
//     stem; held: a stem hooked over at the top;
//   - 7: plain, with a bar across the stem, a curved stem; held: a tick
//     down at the left end of the top;
//   - 8: one stroke from the top right, its mirror from the top left, two
//     circles; held: one stroke that leaves the top loop open;
//   - 9: a head and a straight stem in one stroke, a curved stem, the
//     head and stem apart; held: an angular head.
var writerAllographs = []*allograph{
	{0, "oval", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(loopAims(v(0.3, 0.5), j(r, 0.26, 0.03), 0.5, j(r, -80, 10), -turns(r, w))...)}
	}},
	{0, "clockwise", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(loopAims(v(0.3, 0.5), j(r, 0.26, 0.03), 0.5, j(r, -100, 10), turns(r, w))...)}
	}},
	{0, "overlap", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(loopAims(v(0.3, 0.5), j(r, 0.25, 0.03), 0.5, j(r, -70, 15), -turns(r, w)-uni(r, 30, 70))...)}
	}},
	{0, "narrow", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(loopAims(v(0.3, 0.5), j(r, 0.16, 0.02), 0.5, j(r, -90, 10), -turns(r, w))...)}
	}},
	{0, "teardrop", true, func(r *rand.Rand, w *writer) plan {
		x := j(r, 0.3, 0.03)
		return plan{vias(v(x, 0)).then(v(0.12, 0.3), v(0.04, 0.62), v(0.14, 0.92), v(0.3, 1), v(0.47, 0.92), v(0.56, 0.62), v(0.48, 0.3), v(x+0.02, 0.01))}
	}},

	{1, "stick", false, func(r *rand.Rand, w *writer) plan {
		x := j(r, 0.3, 0.02)
		return plan{vias(v(x, 0), v(x+j(r, 0, 0.02), 0.5), v(x+j(r, 0, 0.03), 1))}
	}},
	{1, "flag", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(j(r, 0.22, 0.03), j(r, 0.22, 0.04))).then(v(0.34, 0), v(0.34, 1))}
	}},
	{1, "flag-base", false, func(r *rand.Rand, w *writer) plan {
		return plan{
			vias(v(j(r, 0.22, 0.03), j(r, 0.22, 0.04))).then(v(0.34, 0), v(0.34, 1)),
			vias(v(j(r, 0.12, 0.03), 1), v(j(r, 0.56, 0.03), 1)),
		}
	}},
	{1, "continental", true, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(j(r, 0.04, 0.03), j(r, 0.42, 0.05))).then(v(0.38, 0), v(0.37, 1))}
	}},

	{2, "round", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.04, j(r, 0.22, 0.04)), v(0.14, 0.05), v(0.32, 0), v(0.5, 0.1), v(0.52, 0.3), v(0.38, 0.52), v(0.18, 0.75), v(0.03, 0.97)).then(v(j(r, 0.58, 0.04), j(r, 0.97, 0.02)))}
	}},
	{2, "loop", false, func(r *rand.Rand, w *writer) plan {
		k := 0.09 * w.loop * uni(r, 0.8, 1.2)
		c := v(0.12, 0.89)
		return plan{vias(v(0.04, j(r, 0.22, 0.04)), v(0.14, 0.05), v(0.32, 0), v(0.5, 0.1), v(0.52, 0.3), v(0.38, 0.52), v(0.2, 0.76),
			at(c, k, k, 60), at(c, k, k, 120), at(c, k, k, 180), at(c, k, k, 240), at(c, k, k, 300), at(c, k, k, 360), at(c, k, k, 420), v(0.58, j(r, 0.96, 0.02)))}
	}},
	{2, "angular", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.03, j(r, 0.32, 0.04))).then(v(0.33, 0)).then(v(0.56, j(r, 0.27, 0.04))).then(v(0.03, 0.97)).then(v(0.58, 0.97))}
	}},
	{2, "ball", true, func(r *rand.Rand, w *writer) plan {
		k := 0.07 * w.loop
		c := v(0.1, 0.22)
		return plan{vias(at(c, k, k, 0), at(c, k, k, 90), at(c, k, k, 180), at(c, k, k, 270), v(0.3, 0.01), v(0.5, 0.1), v(0.52, 0.3), v(0.38, 0.52), v(0.18, 0.75), v(0.03, 0.97)).then(v(0.58, 0.97))}
	}},

	{3, "round", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.06, j(r, 0.12, 0.04)), v(0.25, 0), v(0.47, 0.06), v(0.52, 0.22), v(0.4, 0.4), v(j(r, 0.22, 0.04), 0.47), v(0.45, 0.55), v(0.56, 0.75), v(0.46, 0.94), v(0.25, 1), v(0.03, j(r, 0.88, 0.04)))}
	}},
	{3, "flat-top", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, 0.02)).then(v(0.55, 0.02)).then(v(0.16, 0.44)).then(v(0.4, 0.46), v(0.55, 0.62), v(0.52, 0.86), v(0.3, 1), v(0.02, j(r, 0.87, 0.04)))}
	}},
	{3, "sharp-middle", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, j(r, 0.14, 0.04)), v(0.25, 0), v(0.48, 0.08), v(0.5, 0.26), v(0.24, j(r, 0.47, 0.03))).then(v(0.5, 0.6), v(0.55, 0.8), v(0.4, 0.97), v(0.2, 1), v(0.03, 0.9))}
	}},
	{3, "middle-loop", true, func(r *rand.Rand, w *writer) plan {
		k := 0.06 * w.loop
		return plan{vias(v(0.06, 0.12), v(0.25, 0), v(0.47, 0.06), v(0.52, 0.22), v(0.42, 0.4), v(0.26, 0.46), v(0.2-k, 0.5), v(0.2, 0.5+k), v(0.3, 0.53), v(0.47, 0.58), v(0.56, 0.77), v(0.46, 0.95), v(0.25, 1), v(0.03, 0.89))}
	}},

	{4, "open", false, func(r *rand.Rand, w *writer) plan {
		y := j(r, 0.6, 0.05)
		return plan{
			vias(v(j(r, 0.1, 0.03), 0)).then(v(0.04, y)).then(v(j(r, 0.6, 0.03), y)),
			vias(v(0.45, j(r, 0.06, 0.04)), v(0.45, 1)),
		}
	}},
	{4, "closed", false, func(r *rand.Rand, w *writer) plan {
		y, x := j(r, 0.66, 0.04), j(r, 0.42, 0.03)
		return plan{
			vias(v(x, 0)).then(v(0.02, y)).then(v(j(r, 0.6, 0.03), y)),
			vias(v(x, 0), v(x+0.01, 1)),
		}
	}},
	{4, "one-stroke", false, func(r *rand.Rand, w *writer) plan {
		y := j(r, 0.6, 0.04)
		return plan{vias(v(j(r, 0.12, 0.03), 0)).then(v(0.05, y)).then(v(0.46, y)).then(v(0.46, 0.02)).then(v(0.45, 1))}
	}},
	{4, "slanted-open", true, func(r *rand.Rand, w *writer) plan {
		y := j(r, 0.62, 0.04)
		return plan{
			vias(v(j(r, 0.28, 0.03), 0)).then(v(0.02, y)).then(v(0.6, y)),
			vias(v(0.46, j(r, 0.3, 0.05)), v(0.45, 1)),
		}
	}},

	{5, "hat-last", false, func(r *rand.Rand, w *writer) plan {
		return plan{
			vias(v(0.1, 0.03)).then(v(0.08, j(r, 0.45, 0.04))).then(fiveBelly(r)...),
			vias(v(0.1, 0.03), v(j(r, 0.55, 0.04), j(r, 0.02, 0.03))),
		}
	}},
	{5, "hat-first", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(j(r, 0.56, 0.04), 0.02)).then(v(0.1, 0.03)).then(v(0.08, j(r, 0.45, 0.04))).then(fiveBelly(r)...)}
	}},
	{5, "hat-apart", false, func(r *rand.Rand, w *writer) plan {
		return plan{
			vias(v(0.12, 0.02), v(j(r, 0.56, 0.04), j(r, 0.01, 0.02))),
			vias(v(0.1, j(r, 0.05, 0.03))).then(v(0.08, j(r, 0.45, 0.04))).then(fiveBelly(r)...),
		}
	}},
	{5, "square-belly", true, func(r *rand.Rand, w *writer) plan {
		return plan{
			vias(v(0.1, 0.03)).then(v(0.08, 0.45)).then(v(0.5, 0.45)).then(v(0.52, 0.95)).then(v(0.03, 0.95)),
			vias(v(0.1, 0.03), v(0.55, 0.03)),
		}
	}},

	{6, "big-loop", false, func(r *rand.Rand, w *writer) plan {
		return plan{sixStem(r, w, 0.25, v(0.5, 0.06), v(0.3, 0.02), v(0.13, 0.2), v(0.05, 0.5))}
	}},
	{6, "small-loop", false, func(r *rand.Rand, w *writer) plan {
		return plan{sixStem(r, w, 0.16, v(0.48, 0.02), v(0.24, 0.2), v(0.12, 0.5), v(0.13, 0.72))}
	}},
	{6, "straight-stem", false, func(r *rand.Rand, w *writer) plan {
		return plan{sixStem(r, w, 0.2, v(j(r, 0.48, 0.04), 0))}
	}},
	{6, "hooked-top", true, func(r *rand.Rand, w *writer) plan {
		return plan{sixStem(r, w, 0.22, v(0.52, 0.2), v(0.54, 0.07), v(0.4, 0), v(0.2, 0.14), v(0.07, 0.46))}
	}},

	{7, "plain", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.02, j(r, 0.04, 0.03))).then(v(0.58, 0.04)).then(v(j(r, 0.22, 0.05), 1))}
	}},
	{7, "bar", false, func(r *rand.Rand, w *writer) plan {
		return plan{
			vias(v(0.02, j(r, 0.04, 0.03))).then(v(0.58, 0.04)).then(v(0.24, 1)),
			vias(v(j(r, 0.18, 0.04), 0.52), v(j(r, 0.52, 0.04), 0.5)),
		}
	}},
	{7, "curved-stem", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.02, 0.04)).then(v(0.58, 0.04)).then(v(0.46, 0.3), v(0.35, 0.62), v(j(r, 0.3, 0.04), 1))}
	}},
	{7, "tick", true, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.03, j(r, 0.2, 0.04))).then(v(0.04, 0.03)).then(v(0.58, 0.04)).then(v(0.22, 1))}
	}},

	{8, "one-stroke", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(eightPath(r, w, false, false)...)}
	}},
	{8, "mirror", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(eightPath(r, w, true, false)...)}
	}},
	{8, "two-circles", false, func(r *rand.Rand, w *writer) plan {
		top, bot := uni(r, 0.17, 0.21), uni(r, 0.23, 0.27)
		return plan{
			vias(loopAims(v(0.3, 0.23), top, 0.23, j(r, 90, 20), pick(r, 1.0, -1.0)*turns(r, w))...),
			vias(loopAims(v(0.3, 0.73), bot, 0.27, j(r, -90, 20), pick(r, 1.0, -1.0)*turns(r, w))...),
		}
	}},
	{8, "open-top", true, func(r *rand.Rand, w *writer) plan {
		return plan{vias(eightPath(r, w, false, true)...)}
	}},

	{9, "straight-stem", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(append(nineHead(r, w), v(0.52, 0.5), v(j(r, 0.5, 0.04), 1))...)}
	}},
	{9, "curved-stem", false, func(r *rand.Rand, w *writer) plan {
		return plan{vias(append(nineHead(r, w), v(0.52, 0.55), v(0.46, 0.88), v(0.3, 1), v(0.14, 0.94))...)}
	}},
	{9, "head-apart", false, func(r *rand.Rand, w *writer) plan {
		k := 0.22 * w.loop
		return plan{
			vias(loopAims(v(0.3, 0.25), k, k*uni(r, 0.95, 1.15), j(r, -20, 20), -turns(r, w))...),
			vias(v(0.3+k, j(r, 0.12, 0.05)), v(j(r, 0.5, 0.03), 1)),
		}
	}},
	{9, "angular-head", true, func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.52, 0.1)).then(v(0.1, 0.08)).then(v(0.09, 0.42)).then(v(0.52, 0.42)).then(v(0.52, 0.05)).then(v(0.5, 1))}
	}},
}

// fiveBelly is the belly of a 5, from where the stem ends.
func fiveBelly(r *rand.Rand) []vec {
	return []vec{v(0.3, 0.37), v(0.5, 0.47), v(j(r, 0.56, 0.03), 0.7), v(0.45, 0.92), v(0.25, 0.99), v(0.03, j(r, 0.89, 0.04))}
}

// sixStem is a 6's stem through the points, then its loop of radius k
// (times the writer's loop size) at the bottom, entered on its left and
// gone round anticlockwise as far as the writer closes loops. Points of
// the stem that a large loop would hold are left out, so that the stem
// meets the loop at its side instead of crossing it.
func sixStem(r *rand.Rand, w *writer, k float64, stem ...vec) stroke {
	k *= w.loop * uni(r, 0.9, 1.1)
	c := v(0.3, 1-k*1.1)
	rx, ry := k*1.05, k*1.1
	pts := stem[:1]
	for _, p := range stem[1:] {
		if dx, dy := (p.X-c.X)/rx, (p.Y-c.Y)/ry; dx*dx+dy*dy > 1.1 {
			pts = append(pts, p)
		}
	}
	// The hand joins the loop where the stem's line from its last point
	// touches it on the left, so the stem does not cut across the loop.
	last := pts[len(pts)-1]
	q := vec{(last.X - c.X) / rx, (last.Y - c.Y) / ry}
	d := math.Hypot(q.X, q.Y)
	a0 := (math.Atan2(q.Y, q.X) - math.Acos(1/d)) * 180 / math.Pi
	return vias(append(pts, loopAims(c, rx, ry, a0, -turns(r, w))...)...)
}

// nineHead is a 9's head, from its right side round anticlockwise as far
// as the writer closes loops (but never far past the join), ending where
// the stem sets off.
func nineHead(r *rand.Rand, w *writer) []vec {
	k := 0.22 * min(w.loop, 1.15) * uni(r, 0.9, 1.1)
	past := min(w.close, 0.04) + r.NormFloat64()*0.02 // past the join the stem would cross the head
	return loopAims(v(0.52-k, 0.03+k), k, k*uni(r, 0.9, 1.1), j(r, -10, 10), -360*(1+past))
}

// eightPath is a figure eight in one stroke, from the top right over the
// top to the left, down through the middle to the bottom loop and back
// up; mirrored, from the top left; open, stopping on the right of the
// top loop, from its top, the top loop left open on the right.
func eightPath(r *rand.Rand, w *writer, mirror, open bool) []vec {
	mid := v(j(r, 0.3, 0.03), j(r, 0.46, 0.03))
	t := 0.2 * w.loop
	pts := []vec{v(0.48, 0.1), v(0.4, 0.02), v(0.3, 0)}
	pts = append(pts, loopAims(v(0.3, 0.22), t, 0.22, -90, -90)[1:]...) // round the top left
	pts = append(pts, v(0.16, 0.36), mid, v(0.46, 0.58))
	pts = append(pts, loopAims(v(0.3, 0.76), 0.25, 0.24, -40, 250)[1:]...) // the bottom loop, clockwise
	pts = append(pts, mid, v(0.44, 0.34), v(0.3+t, 0.22))
	if open { // up the right side, no further
		return mirrored(pts[1:], mirror)
	}
	pts = append(pts, loopAims(v(0.3, 0.22), t, 0.22, 0, -90+w.close*300)[1:]...) // up the top right
	return mirrored(pts, mirror)
}

// mirrored returns the points mirrored left to right if mirror is set.
func mirrored(pts []vec, mirror bool) []vec {
	if mirror {
		for i := range pts {
			pts[i].X = 0.6 - pts[i].X
		}
	}
	return pts
}

// nonDigit is a family of drawings that are not digits, and its plan.
type nonDigit struct {
	name string
	make func(r *rand.Rand, w *writer) plan
}

// writerNonDigits are what the writers draw that is not a digit: capital
// and small letters that look like no digit, two short words, symbols,
// marks, shapes, doodles and scribbles. Left out, because in a hand they
// can be a digit: O, Q, D, C and o (a 0); I, l, J, L, T, !, r and i
// without its word (a 1 or a 7); S, s and $ (a 5); Z, z and ? (a 2); b,
// G and e alone (a 6); a, d, g, q, y and P (a 9, or a 4); B and & (an
// 8); n, h, u and t (a 4 or an h-like 4); @ (a 0 or a 6); < and ^ (a 4's
// or a 7's corner); and V and v, which a hooked landing can make into a
// 7 or a 1.
var writerNonDigits = []nonDigit{
	{"A", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 1)).then(v(0.35, 0)).then(v(0.7, 1)), vias(v(0.16, j(r, 0.6, 0.05)), v(0.55, 0.6))}
	}},
	{"E", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.55, 0)).then(v(0.05, 0)).then(v(0.05, 1)).then(v(0.57, 1)), vias(v(0.05, 0.5), v(j(r, 0.45, 0.05), 0.5))}
	}},
	{"F", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.58, 0)).then(v(0.05, 0)).then(v(0.05, 1)), vias(v(0.05, 0.48), v(j(r, 0.42, 0.05), 0.48))}
	}},
	{"H", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, 0), v(0.05, 1)), vias(v(0.6, 0), v(0.6, 1)), vias(v(0.05, 0.5), v(0.6, j(r, 0.5, 0.04)))}
	}},
	{"K", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, 0), v(0.05, 1)), vias(v(0.56, 0)).then(v(0.07, 0.55)).then(v(0.6, 1))}
	}},
	{"M", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 1)).then(v(0.06, 0)).then(v(0.38, j(r, 0.6, 0.06))).then(v(0.7, 0)).then(v(0.76, 1))}
	}},
	{"N", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, 1)).then(v(0.05, 0)).then(v(0.6, 1)).then(v(0.6, 0))}
	}},
	{"R", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, 1)).then(v(0.05, 0)).then(v(0.38, 0.02), v(0.56, 0.15), v(0.53, 0.38), v(0.3, 0.5)).then(v(0.07, 0.5)).then(v(0.6, 1))}
	}},
	{"W", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0)).then(v(0.2, 1)).then(v(0.4, j(r, 0.35, 0.1))).then(v(0.6, 1)).then(v(0.8, 0))}
	}},
	{"X", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0), v(0.65, 1)), vias(v(0.65, 0), v(0, 1))}
	}},
	{"Y", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0), v(0.32, 0.5)), vias(v(0.66, 0)).then(v(0.32, 0.5)).then(v(0.32, 1))}
	}},
	{"k", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.05, 0), v(0.05, 1)), vias(v(0.45, 0.42)).then(v(0.07, 0.72)).then(v(0.5, 1))}
	}},
	{"m", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.02, 0.5)).then(v(0.02, 1)).then(v(0.03, 0.62), v(0.17, 0.5), v(0.32, 0.6)).then(v(0.33, 1)).then(v(0.34, 0.62), v(0.5, 0.5), v(0.64, 0.6)).then(v(0.65, 1))}
	}},
	{"w", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0.5)).then(v(0.16, 1)).then(v(0.32, 0.6)).then(v(0.48, 1)).then(v(0.64, 0.5))}
	}},
	{"x", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0.5), v(0.48, 1)), vias(v(0.48, 0.5), v(0, 1))}
	}},
	{"word-me", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0.55)).then(v(0.02, 1)).then(v(0.06, 0.62), v(0.16, 0.52), v(0.26, 0.62)).then(v(0.27, 1)).then(v(0.3, 0.62), v(0.42, 0.52), v(0.52, 0.62)).then(
			v(0.54, 0.98), v(0.66, 0.8), v(0.82, 0.72), v(0.84, 0.6), v(0.74, 0.54), v(0.64, 0.68), v(0.68, 0.92), v(0.82, 1), v(0.98, 0.92))}
	}},
	{"word-we", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0.52)).then(v(0.12, 1)).then(v(0.24, 0.62)).then(v(0.36, 1)).then(v(0.48, 0.54), v(0.52, 0.7),
			v(0.62, 0.8), v(0.78, 0.72), v(0.8, 0.6), v(0.7, 0.54), v(0.6, 0.68), v(0.64, 0.92), v(0.78, 1), v(0.94, 0.92))}
	}},
	{"plus", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.35, 0.1), v(0.35, 0.9)), vias(v(0, j(r, 0.5, 0.04)), v(0.7, 0.5))}
	}},
	{"hash", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.25, 0), v(0.18, 1)), vias(v(0.6, 0), v(0.53, 1)), vias(v(0, 0.32), v(0.8, 0.32)), vias(v(-0.03, 0.68), v(0.77, 0.68))}
	}},
	{"asterisk", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.4, 0.1), v(0.4, 0.9)), vias(v(0.05, 0.3), v(0.75, 0.7)), vias(v(0.75, 0.3), v(0.05, 0.7))}
	}},
	{"equals", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0.35), v(0.8, j(r, 0.35, 0.03))), vias(v(0, 0.65), v(0.8, j(r, 0.65, 0.03)))}
	}},
	{"percent", func(r *rand.Rand, w *writer) plan {
		k := 0.12
		return plan{vias(loopAims(v(0.15, 0.17), k, k, -90, -360)...), vias(v(0.7, 0), v(0.05, 1)), vias(loopAims(v(0.62, 0.83), k, k, -90, -360)...)}
	}},
	{"wave", func(r *rand.Rand, w *writer) plan {
		var p []vec
		for k := range 9 {
			p = append(p, v(float64(k)*0.2, 0.5+0.2*math.Sin(float64(k)*math.Pi/2)))
		}
		return plan{vias(p...)}
	}},
	{"check", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, j(r, 0.55, 0.05))).then(v(0.28, 1)).then(v(j(r, 0.85, 0.08), 0))}
	}},
	{"arrow", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0.5), v(1.1, 0.5)), vias(v(0.82, 0.3)).then(v(1.1, 0.5)).then(v(0.82, 0.7))}
	}},
	{"heart", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.45, 0.3)).then(v(0.35, 0.08), v(0.15, 0.05), v(0.03, 0.25), v(0.15, 0.55)).then(v(0.45, 0.95)).then(v(0.75, 0.55), v(0.87, 0.25), v(0.75, 0.05), v(0.55, 0.08), v(0.45, 0.3))}
	}},
	{"star", func(r *rand.Rand, w *writer) plan {
		var s stroke
		for k := range 6 {
			a := -90 + float64(k*144)
			s = append(s, via{at(v(0.5, 0.52), 0.5, 0.5, a), true})
		}
		return plan{s}
	}},
	{"triangle", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.4, 0)).then(v(0.8, 0.8)).then(v(0, 0.8)).then(v(0.4, 0))}
	}},
	{"box", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0, 0)).then(v(0.8, 0)).then(v(0.8, 0.8)).then(v(0, 0.8)).then(v(0, 0))}
	}},
	{"spiral", func(r *rand.Rand, w *writer) plan {
		var p []vec
		for a := 0.0; a <= 1080; a += 30 {
			k := 0.04 + 0.42*a/1080
			p = append(p, at(v(0.5, 0.5), k, k, a))
		}
		return plan{vias(p...)}
	}},
	{"smiley", func(r *rand.Rand, w *writer) plan {
		return plan{
			vias(loopAims(v(0.5, 0.5), 0.5, 0.5, -90, -turns(r, w))...),
			vias(v(0.33, 0.33), v(0.34, 0.4)), vias(v(0.66, 0.33), v(0.67, 0.4)),
			vias(loopAims(v(0.5, 0.5), 0.28, 0.26, 20, 140)...),
		}
	}},
	{"sun", func(r *rand.Rand, w *writer) plan {
		pl := plan{vias(loopAims(v(0.5, 0.5), 0.22, 0.22, -90, -turns(r, w))...)}
		for k := range 8 {
			a := float64(k) * 45
			pl = append(pl, vias(at(v(0.5, 0.5), 0.3, 0.3, a), at(v(0.5, 0.5), 0.5, 0.5, a)))
		}
		return pl
	}},
	{"house", func(r *rand.Rand, w *writer) plan {
		return plan{vias(v(0.1, 0.4)).then(v(0.1, 1)).then(v(0.9, 1)).then(v(0.9, 0.4)).then(v(0.1, 0.4)), vias(v(0, 0.45)).then(v(0.5, 0)).then(v(1, 0.45))}
	}},
	{"zigzag", func(r *rand.Rand, w *writer) plan {
		var s stroke
		for k := range 7 {
			s = append(s, via{v(float64(k)*0.18, 0.3+0.4*float64(k%2)), true})
		}
		return plan{s}
	}},
	{"scribble", func(r *rand.Rand, w *writer) plan {
		var p []vec
		for k := range 12 + r.IntN(8) { // back and forth across the box
			p = append(p, v(0.65*float64(k%2)+uni(r, 0, 0.35), uni(r, 0, 0.8)))
		}
		return plan{vias(p...)}
	}},
	{"hatching", func(r *rand.Rand, w *writer) plan {
		var pl plan
		for k := range 5 {
			x := float64(k) * 0.18
			pl = append(pl, vias(v(x+0.25, 0), v(x, 0.8)))
		}
		return pl
	}},
	{"cloud", func(r *rand.Rand, w *writer) plan {
		// Five bumps over the top, from the left end of a flat base to its
		// right end, then the base back.
		c := v(0.6, 0.55)
		s := vias(v(0, 0.55))
		for k := range 5 {
			a := 180 + float64(k)*36
			s = s.then(at(c, 0.72, 0.5, a+9), at(c, 0.76, 0.56, a+18), at(c, 0.72, 0.5, a+27), at(c, 0.6, 0.4, a+36))
		}
		return plan{s.then(v(0, 0.55))}
	}},
}
