package drawset

import (
	"math"
	"math/rand/v2"
)

const (
	// BlindTuning is the half of the blind set that may be looked at and
	// tuned on.
	BlindTuning = Tune
	// BlindHeldOut is the half that is measured once, when the verdict is
	// frozen. Same families and pens, other seeds.
	BlindHeldOut = Held
)

// blindSeed is the PCG seed of half h of the blind set: the seed plus 8
// (tuning) or 9 (held-out) times HeldOutSeedBase, clear of every Part's.
func blindSeed(seed uint64, h Half) uint64 { return halfSeed(seed, int(h), 8, "blind") }

// BlindDigits returns n drawn digits of the blind set's half h, the labels
// in turn 0, 1, ..., 9. Their shape families (BlindFamilies) and pens are
// in no Part: written after the verdict's other sets had been looked at,
// to measure it on ways of writing nobody tuned it for. Drawing i depends
// only on (seed, h, i).
func BlindDigits(seed uint64, n int, h Half) []Sample {
	return digitsInTurn(blindSeed(seed, h), n, HeldOut, blindShapes, blindPens, drawDigit)
}

// BlindOthers returns n drawings of the blind set's half h that are not
// digits, the families of blindOtherShapes in turn, drawn with the blind
// pens but "squashed" (the last one), which makes an infinity sign an 8.
func BlindOthers(seed uint64, n int, h Half) []Sample {
	return othersInTurn(blindSeed(seed, h), n, HeldOut, blindOtherShapes, blindPens[:len(blindPens)-1], drawOther)
}

// BlindFamilies returns the digit families, pens and non-digit families of
// the blind set.
func BlindFamilies() []string {
	return familyNames(blindShapes, blindOtherShapes, blindPens)
}

// familyNames lists a set's digit families, non-digit families and pens
// ("pen " and its name), in that order: the names its reports group by.
func familyNames(digits []digitShape, others []otherShape, pens []pen) []string {
	var out []string
	for _, d := range digits {
		out = append(out, digitFamily(d))
	}
	for _, o := range others {
		out = append(out, o.name)
	}
	for _, p := range pens {
		out = append(out, "pen "+p.name)
	}
	return out
}

// blindShapes are the blind set's ways of writing each digit: a slashed
// and a boxy 0, 1s with a hook or a long base, 2s with a curl or a sharp
// neck, 3s in two pieces or with a flat top and a sharp middle, 4s slanted
// or with a long bar, 5s with their hat apart or a round corner, 6s curling
// inwards or from a straight slash, 7s with a curved top or a hooked stem,
// 8s leaning or drawn as two separate rings, 9s with a hooked tail, a q-like
// stem or the stem drawn apart.
var blindShapes = []digitShape{
	{0, "slashed", true, func(r *rand.Rand) shape {
		rx := uni(r, 0.2, 0.3)
		return shape{arc(vec{0.3, 0.5}, rx, 0.5, -90, -90-uni(r, 355, 380)), poly(vec{0.3 + rx*0.8, 0.15}, vec{0.3 - rx*0.8, 0.85})}
	}},
	{0, "boxy", true, func(r *rand.Rand) shape {
		w := uni(r, 0.4, 0.6)
		k := uni(r, 0.08, 0.15)
		return shape{join(poly(vec{w / 2, 0}, vec{w - k, 0}), arc(vec{w - k, k}, k, k, -90, 0), poly(vec{w, k}, vec{w, 1 - k}),
			arc(vec{w - k, 1 - k}, k, k, 0, 90), poly(vec{w - k, 1}, vec{k, 1}), arc(vec{k, 1 - k}, k, k, 90, 180),
			poly(vec{0, 1 - k}, vec{0, k}), arc(vec{k, k}, k, k, 180, 270), poly(vec{k, 0}, vec{w/2 + 0.05, 0.01}))}
	}},
	{0, "overlapping-start", true, func(r *rand.Rand) shape {
		// Starts inside at the top and runs on past the start: a small
		// loop-over at the top, as fast writers close a 0.
		return shape{arc(vec{0.3, 0.5}, uni(r, 0.2, 0.28), 0.48, -60, -60-uni(r, 400, 440))}
	}},

	{1, "hook-top", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0.1, 0.2}, vec{0.2, 0.1}, vec{0.28, 0.05}, vec{0.32, 0}), bez(vec{0.32, 0}, vec{0.33, 0.3}, vec{0.3, 0.7}, vec{0.3, 1}))}
	}},
	{1, "long-base", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.18, 0.15}, vec{0.32, 0}, vec{0.31, 1}), poly(vec{0.02, 1}, vec{uni(r, 0.55, 0.65), 1})}
	}},
	{1, "leaning-stick", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.4 + uni(r, 0, 0.08), 0}, vec{0.2, 1})}
	}},

	{2, "curl-base", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.25, 380)
		return shape{join(arc(c, 0.27, 0.25, uni(r, 175, 200), 380), bez(e, vec{0.45, 0.6}, vec{0.15, 0.8}, vec{0.05, 0.95}),
			arc(vec{0.1, 0.93}, 0.06, 0.05, 180, 400), poly(vec{0.12, 0.98}, vec{uni(r, 0.55, 0.65), 0.97}))}
	}},
	{2, "sharp-neck", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.25}
		return shape{join(arc(c, 0.27, 0.25, 190, 360), poly(at(c, 0.27, 0.25, 360), vec{0.55, 0.35}, vec{0.03, 1}, vec{0.6, 1}))}
	}},
	{2, "question", true, func(r *rand.Rand) shape {
		c := vec{0.32, 0.3}
		return shape{join(arc(c, 0.28, 0.3, 200, 420), bez(at(c, 0.28, 0.3, 420), vec{0.3, 0.7}, vec{0.1, 0.85}, vec{0.05, 1})),
			poly(vec{0.0, 1}, vec{uni(r, 0.55, 0.65), 1.02})}
	}},

	{3, "two-pieces", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.3, 0.24}, 0.25, 0.24, 200, 440), arc(vec{0.3, 0.76}, 0.3, 0.24, 290, uni(r, 500, 520))}
	}},
	{3, "sharp-middle", true, func(r *rand.Rand) shape {
		m := vec{uni(r, 0.2, 0.3), 0.48}
		return shape{join(bez(vec{0.05, 0.08}, vec{0.3, -0.05}, vec{0.65, 0.0}, vec{0.55, 0.2}), poly(vec{0.55, 0.2}, m),
			bez(m, vec{0.7, 0.5}, vec{0.7, 1.02}, vec{0.3, 1}), bez(vec{0.3, 1}, vec{0.15, 1}, vec{0.05, 0.95}, vec{0.02, 0.88}))}
	}},
	{3, "flat-top-round", true, func(r *rand.Rand) shape {
		lo := vec{0.3, 0.7}
		return shape{join(poly(vec{0.05, 0}, vec{0.58, 0}, vec{0.3, 0.4}), arc(lo, 0.3, 0.3, 260, uni(r, 490, 510)))}
	}},

	{4, "slanted-open", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.55, 0.68)
		return shape{poly(vec{0.3, 0}, vec{0.0, bar}, vec{0.62, bar}), poly(vec{0.5, 0.2}, vec{0.47, 1})}
	}},
	{4, "long-bar", true, func(r *rand.Rand) shape {
		bar := uni(r, 0.6, 0.7)
		return shape{poly(vec{0.1, 0}, vec{0.08, bar}), poly(vec{0.0, bar}, vec{0.7, bar + 0.02}), poly(vec{0.45, 0.1}, vec{0.45, 1})}
	}},
	{4, "pointed", true, func(r *rand.Rand) shape {
		// A closed 4 written with its stem first, then the diagonal and bar.
		return shape{poly(vec{0.45, 0}, vec{0.45, 1}), poly(vec{0.45, 0}, vec{0.0, 0.66}, vec{0.65, 0.64})}
	}},

	{5, "hat-apart", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.7}
		return shape{join(poly(vec{0.1, 0.08}, vec{0.07, 0.45}), bez(vec{0.07, 0.45}, vec{0.4, 0.32}, vec{0.65, 0.45}, at(c, 0.3, 0.28, 360)), arc(c, 0.3, 0.28, 360, 500)),
			poly(vec{0.2, 0}, vec{uni(r, 0.55, 0.65), -0.02})}
	}},
	{5, "round-corner", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.68}
		return shape{join(poly(vec{0.6, 0}, vec{0.15, 0}), bez(vec{0.15, 0}, vec{0.08, 0.1}, vec{0.05, 0.3}, vec{0.08, 0.42}),
			bez(vec{0.08, 0.42}, vec{0.3, 0.35}, vec{0.6, 0.4}, at(c, 0.3, 0.3, 350)), arc(c, 0.3, 0.3, 350, uni(r, 480, 510)))}
	}},

	{6, "curl-in", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.7}
		s := at(c, 0.28, 0.28, 180)
		return shape{join(bez(vec{0.55, 0}, vec{0.25, 0.05}, vec{s.X, 0.3}, s), arc(c, 0.28, 0.28, 180, -140), arc(vec{0.26, 0.62}, 0.15, 0.14, -140, -300))}
	}},
	{6, "slash-loop", true, func(r *rand.Rand) shape {
		c, rr := vec{0.3, 0.74}, uni(r, 0.22, 0.27)
		s := at(c, rr, rr, 200)
		return shape{join(poly(vec{uni(r, 0.5, 0.6), 0}, s), arc(c, rr, rr, 200, -150))}
	}},
	{6, "narrow", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.7}
		s := at(c, 0.16, 0.28, 180)
		return shape{join(bez(vec{0.42, 0}, vec{0.2, 0.1}, vec{s.X, 0.3}, s), arc(c, 0.16, 0.28, 180, -170))}
	}},

	{7, "curved-top", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0, 0.1}, vec{0.15, -0.05}, vec{0.45, 0.08}, vec{0.62, 0}), poly(vec{0.62, 0}, vec{uni(r, 0.2, 0.3), 1}))}
	}},
	{7, "hooked-stem", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.02, 0}, vec{0.62, 0}), bez(vec{0.62, 0}, vec{0.4, 0.35}, vec{0.3, 0.7}, vec{0.35, 1}))}
	}},
	{7, "bar-apart", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.62, 0.02}, vec{uni(r, 0.15, 0.25), 1}), poly(vec{0.0, 0}, vec{0.55, 0})}
	}},

	{8, "leaning", true, func(r *rand.Rand) shape {
		t := -uni(r, 15, 30)
		return shape{join(tiltedArc(vec{0.3, 0.26}, 0.2, 0.24, t, 0, -180), tiltedArc(vec{0.3, 0.74}, 0.26, 0.26, t, -90, 270), tiltedArc(vec{0.3, 0.26}, 0.2, 0.24, t, 180, 0))}
	}},
	{8, "two-rings", true, func(r *rand.Rand) shape {
		k := uni(r, 0.42, 0.5)
		return shape{arc(vec{0.3, k / 2}, 0.2, k/2, 90, 450), arc(vec{0.3, k + (1-k)/2}, 0.26, (1-k)/2, -90, 270)}
	}},
	{8, "x-cross", true, func(r *rand.Rand) shape {
		// Drawn as an X whose ends are joined by a curve at the top and at
		// the bottom.
		return shape{join(poly(vec{0.05, 0.1}, vec{0.55, 0.9}), bez(vec{0.55, 0.9}, vec{0.65, 1.05}, vec{-0.05, 1.05}, vec{0.05, 0.9}),
			poly(vec{0.05, 0.9}, vec{0.55, 0.1}), bez(vec{0.55, 0.1}, vec{0.65, -0.05}, vec{-0.05, -0.05}, vec{0.05, 0.1}))}
	}},

	{9, "hooked-tail", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.26, 0)
		return shape{join(arc(c, 0.27, 0.26, 0, -360), bez(e, vec{0.58, 0.6}, vec{0.5, 1.02}, vec{0.2, 0.98}))}
	}},
	{9, "q-like", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.28}
		return shape{arc(c, 0.26, 0.27, -20, -380), poly(vec{0.55, 0.05}, vec{0.55, 1}, vec{0.62, 0.92})}
	}},
	{9, "stem-apart", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.25}
		return shape{arc(c, 0.25, 0.24, 0, -370), poly(vec{0.57, 0.2}, vec{uni(r, 0.5, 0.58), 1})}
	}},
}

// blindPens are the blind set's ways of drawing: plain, a fast sloppy hand,
// strokes broken into pieces, each stroke sketched two or three times, a
// bold letter filled in with three lines, a slip corrected by drawing part
// of a stroke again, a strong tilt or slant, and squashed proportions.
var blindPens = []pen{
	{"plain", 2, true, asIs},
	{"sloppy", 2, true, sloppy},
	{"broken", 1, true, broken},
	{"sketched", 1, true, sketched},
	{"bold", 1, true, bold},
	{"corrected", 1, true, corrected},
	{"tilted", 1, true, tilted},
	{"squashed", 1, true, squashed},
}

// sloppy is a fast hand: corners cut round, each stroke a little off where
// it should start, so strokes that should meet miss or cross.
func sloppy(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.01)
		q := make(path, len(p))
		const win = 6
		for j := range p {
			var sum vec
			n := 0
			for k := max(0, j-win); k <= min(len(p)-1, j+win); k++ {
				sum = sum.add(p[k])
				n++
			}
			q[j] = sum.mul(1 / float64(n))
		}
		q[0], q[len(q)-1] = p[0], p[len(p)-1]
		d := vec{uni(r, -0.05, 0.05), uni(r, -0.05, 0.05)}
		for j := range q {
			q[j] = q[j].add(d)
		}
		out[i] = q
	}
	return out
}

// broken lifts the pen two or three times along each long stroke, leaving
// small gaps: a pen that skips, or a hesitant hand.
func broken(s shape, r *rand.Rand) shape {
	var out shape
	for _, p := range s {
		l := length(p)
		n := 1 + r.IntN(3)
		if l < 0.3 {
			n = 1
		}
		gap := uni(r, 0.02, 0.05)
		for k := 0; k < n; k++ {
			a, b := l*float64(k)/float64(n), l*float64(k+1)/float64(n)
			if k > 0 {
				a += gap
			}
			out = append(out, subpath(p, a, b))
		}
	}
	return out
}

// sketched draws every stroke two or three times, each pass a little off
// the last, as someone sketching does.
func sketched(s shape, r *rand.Rand) shape {
	var out shape
	for _, p := range s {
		for k := 0; k < 2+r.IntN(2); k++ {
			d := vec{uni(r, -0.03, 0.03), uni(r, -0.03, 0.03)}
			q := mapShape(shape{p}, func(v vec) vec { return v.add(d) })[0]
			if k%2 == 1 {
				q = reversed(q)
			}
			out = append(out, q)
		}
	}
	return out
}

// bold fills a thick letter in with three parallel lines per stroke.
func bold(s shape, r *rand.Rand) shape {
	w := uni(r, 0.02, 0.04)
	var out shape
	for _, p := range s {
		p = dense(p, 0.01)
		out = append(out, offset(p, w), p, offset(p, -w))
	}
	return out
}

// corrected goes over a part of one stroke again, a little to the side,
// as someone fixing a slip does.
func corrected(s shape, r *rand.Rand) shape {
	i := r.IntN(len(s))
	l := length(s[i])
	a := l * uni(r, 0, 0.5)
	fix := offset(subpath(s[i], a, a+l*uni(r, 0.25, 0.5)), uni(r, -0.04, 0.04))
	return append(append(shape(nil), s...), fix)
}

// tilted turns the whole shape 15 to 30 degrees either way, or shears it
// as a strong italic, beyond the placement's own small rotation.
func tilted(s shape, r *rand.Rand) shape {
	a := uni(r, 15, 30) * math.Pi / 180
	if r.IntN(2) == 0 {
		a = -a
	}
	shear := 0.0
	if r.IntN(2) == 0 {
		a, shear = 0, uni(r, 0.35, 0.6)
	}
	sn, cs := math.Sincos(a)
	return mapShape(s, func(v vec) vec {
		x, y := v.X-0.3+shear*(0.5-v.Y), v.Y-0.5
		return vec{x*cs - y*sn, x*sn + y*cs}
	})
}

// squashed makes the shape much wider or much narrower than usual.
func squashed(s shape, r *rand.Rand) shape {
	k := uni(r, 1.5, 1.9)
	if r.IntN(2) == 0 {
		k = uni(r, 0.35, 0.55)
	}
	return mapShape(s, func(v vec) vec { return vec{v.X * k, v.Y} })
}

// mapShape returns a copy of s with f applied to every point.
func mapShape(s shape, f func(vec) vec) shape {
	out := make(shape, len(s))
	for i, p := range s {
		q := make(path, len(p))
		for j, v := range p {
			q[j] = f(v)
		}
		out[i] = q
	}
	return out
}

// blindOtherShapes are the blind set's non-digit families, in no Part:
// lower-case letters and capitals unlike digits, words, arrows, an
// asterisk, a frowning face, a grid, a spring of loops, a ballot box,
// random polylines, a ball of scribble, polygons, concentric rings,
// parallel waves, braces and a sideways 8 (the infinity sign).
var blindOtherShapes = []otherShape{
	{"lowercase", true, symbolFamily(
		shape{join(poly(vec{0, 1}, vec{0, 0.4}), bez(vec{0, 0.45}, vec{0.05, 0.3}, vec{0.45, 0.25}, vec{0.45, 0.55}), poly(vec{0.45, 0.55}, vec{0.45, 1}, vec{0.45, 0.55}),
			bez(vec{0.45, 0.55}, vec{0.5, 0.25}, vec{0.9, 0.3}, vec{0.9, 0.55}), poly(vec{0.9, 0.55}, vec{0.9, 1}))}, // m
		shape{poly(vec{0, 0.4}, vec{0.25, 1}, vec{0.5, 0.5}, vec{0.75, 1}, vec{1, 0.4})},                                                                        // w
		shape{poly(vec{0.1, 0}, vec{0.1, 1}), poly(vec{0.7, 0.4}, vec{0.1, 0.75}, vec{0.7, 1})},                                                                 // k
		shape{join(poly(vec{0.1, 0}, vec{0.1, 1}), bez(vec{0.1, 0.6}, vec{0.2, 0.35}, vec{0.7, 0.35}, vec{0.7, 0.6}), poly(vec{0.7, 0.6}, vec{0.7, 1}))},        // h
		shape{poly(vec{0.2, 0.1}, vec{0.2, 0.85}, vec{0.4, 1}), poly(vec{0, 0.35}, vec{0.45, 0.35})},                                                            // t
		shape{poly(vec{0.1, 0.3}, vec{0.1, 1}), poly(vec{0.15, 0.05}, vec{0.15, 0.1}), poly(vec{0.4, 0.3}, vec{0.4, 1}), poly(vec{0.45, 0.05}, vec{0.45, 0.1})}, // ii
	)},
	{"capitals", true, symbolFamily(
		shape{poly(vec{0.1, 0}, vec{0.1, 1}, vec{0.8, 1})},                                                                                                                // L
		shape{poly(vec{0, 0}, vec{1, 0}), poly(vec{0.5, 0}, vec{0.5, 1})},                                                                                                 // T
		shape{arc(vec{0.55, 0.5}, 0.45, 0.5, -30, -330), poly(vec{0.95, 0.75}, vec{0.95, 0.55}, vec{0.6, 0.55})},                                                          // G
		shape{poly(vec{0, 0}, vec{0.25, 1}, vec{0.5, 0.2}, vec{0.75, 1}, vec{1, 0}), poly(vec{0.1, 0.5}, vec{0.9, 0.5})},                                                  // W barred
		shape{join(poly(vec{0.1, 1}, vec{0.1, 0}), bez(vec{0.1, 0}, vec{0.9, 0}, vec{0.9, 0.5}, vec{0.1, 0.5}), bez(vec{0.1, 0.5}, vec{1, 0.5}, vec{1, 1}, vec{0.1, 1}))}, // B
	)},
	{"word", true, func(r *rand.Rand) shape {
		// Three to five printed letters in a row, each in a cell.
		letters := "AEFHKMNRWXY"
		n := 3 + r.IntN(3)
		var s shape
		for i := 0; i < n; i++ {
			for _, p := range letterStrokes[letters[r.IntN(len(letters))]] {
				q := make(path, len(p))
				for j, v := range p {
					q[j] = vec{float64(i)*1.2 + v.X, v.Y}
				}
				s = append(s, q)
			}
		}
		return jitter(s, r, 0.05)
	}},
	{"arrows", true, symbolFamily(
		shape{poly(vec{0, 0.5}, vec{1, 0.5}), poly(vec{0.2, 0.3}, vec{0, 0.5}, vec{0.2, 0.7}), poly(vec{0.8, 0.3}, vec{1, 0.5}, vec{0.8, 0.7})}, // double arrow
		shape{poly(vec{0.5, 1}, vec{0.5, 0}), poly(vec{0.25, 0.25}, vec{0.5, 0}, vec{0.75, 0.25})},                                              // up
		shape{poly(vec{0, 1}, vec{1, 0}), poly(vec{0.6, 0}, vec{1, 0}, vec{1, 0.4})},                                                            // diagonal
		shape{poly(vec{0, 0.35}, vec{0.6, 0.35}, vec{0.6, 0.15}, vec{1, 0.5}, vec{0.6, 0.85}, vec{0.6, 0.65}, vec{0, 0.65}, vec{0, 0.35})},      // block arrow
	)},
	{"asterisk", true, func(r *rand.Rand) shape {
		n := 3 + r.IntN(2)
		var s shape
		for i := 0; i < n; i++ {
			a := 180*float64(i)/float64(n) + uni(r, -8, 8)
			s = append(s, poly(at(vec{0.5, 0.5}, 0.5, 0.5, a), at(vec{0.5, 0.5}, 0.5, 0.5, a+180)))
		}
		return s
	}},
	{"frown", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.5, 0.5}, 0.5, 0.5, 0, 360), arc(vec{0.33, 0.38}, 0.04, 0.05, 0, 360), arc(vec{0.67, 0.38}, 0.04, 0.05, 0, 360),
			arc(vec{0.5, 0.85}, 0.22, uni(r, 0.1, 0.18), 200, 340)}
	}},
	{"grid", true, func(r *rand.Rand) shape {
		return jitter(shape{poly(vec{0.33, 0}, vec{0.33, 1}), poly(vec{0.67, 0}, vec{0.67, 1}), poly(vec{0, 0.33}, vec{1, 0.33}), poly(vec{0, 0.67}, vec{1, 0.67})}, r, 0.04)
	}},
	{"spring", true, func(r *rand.Rand) shape {
		// A row of loops, as "eeee" or a coil is drawn.
		n := 3 + r.IntN(3)
		var p path
		for i := 0; i < n; i++ {
			c := vec{float64(i) * 0.5, 0.5}
			p = join(p, arc(c, 0.35, 0.45, 180, -180+uni(r, -10, 10)))
		}
		return shape{p}
	}},
	{"ballot-box", true, func(r *rand.Rand) shape {
		box := shape{regular(4, 45)}
		if r.IntN(2) == 0 {
			return append(box, poly(vec{0.2, 0.2}, vec{0.8, 0.8}), poly(vec{0.8, 0.2}, vec{0.2, 0.8}))
		}
		return append(box, poly(vec{0.15, 0.5}, vec{0.4, 0.8}, vec{0.95, 0.05}))
	}},
	{"polyline", true, func(r *rand.Rand) shape {
		p := path{{uni(r, 0, 1), uni(r, 0, 1)}}
		for i := 0; i < 4+r.IntN(5); i++ {
			p = append(p, vec{uni(r, 0, 1), uni(r, 0, 1)})
		}
		return shape{p}
	}},
	{"scribble-ball", true, func(r *rand.Rand) shape {
		var p path
		a := uni(r, 0, 360)
		for i := 0; i < 6+r.IntN(4); i++ {
			rr := uni(r, 0.3, 0.5)
			c := vec{0.5 + uni(r, -0.1, 0.1), 0.5 + uni(r, -0.1, 0.1)}
			next := a + uni(r, 250, 400)
			p = join(p, arc(c, rr, rr*uni(r, 0.7, 1.1), a, next))
			a = next
		}
		return shape{p}
	}},
	{"polygon", true, func(r *rand.Rand) shape {
		n := 5 + r.IntN(4)
		if r.IntN(3) == 0 {
			return shape{regular(4, uni(r, -5, 5))} // a diamond
		}
		return shape{regular(n, uni(r, 0, 360))}
	}},
	{"rings", true, func(r *rand.Rand) shape {
		s := shape{arc(vec{0.5, 0.5}, 0.5, 0.5, 0, 360), arc(vec{0.5, 0.5}, 0.3, 0.3, 0, 360)}
		if r.IntN(2) == 0 {
			s = append(s, arc(vec{0.5, 0.5}, 0.1, 0.1, 0, 360))
		}
		return s
	}},
	{"waves", true, func(r *rand.Rand) shape {
		var s shape
		for k := 0; k < 2+r.IntN(3); k++ {
			y := 0.2 + 0.25*float64(k)
			p := make(path, 41)
			for i := range p {
				x := float64(i) / 40
				p[i] = vec{x, y + 0.08*math.Sin(x*4*math.Pi)}
			}
			s = append(s, p)
		}
		return s
	}},
	{"braces", true, symbolFamily(
		shape{join(bez(vec{0.45, 0}, vec{0.2, 0}, vec{0.35, 0.45}, vec{0.1, 0.5}), bez(vec{0.1, 0.5}, vec{0.35, 0.55}, vec{0.2, 1}, vec{0.45, 1})),
			join(bez(vec{0.55, 0}, vec{0.8, 0}, vec{0.65, 0.45}, vec{0.9, 0.5}), bez(vec{0.9, 0.5}, vec{0.65, 0.55}, vec{0.8, 1}, vec{0.55, 1}))},
		shape{poly(vec{0.3, 0}, vec{0.1, 0}, vec{0.1, 1}, vec{0.3, 1}), poly(vec{0.7, 0}, vec{0.9, 0}, vec{0.9, 1}, vec{0.7, 1})},
	)},
	{"infinity", true, func(r *rand.Rand) shape {
		return shape{join(arc(vec{0.25, 0.5}, 0.25, uni(r, 0.2, 0.3), 0, 360), arc(vec{0.75, 0.5}, 0.25, 0.25, 180, -180))}
	}},
}
