package drawset

import (
	"math"
	"math/rand/v2"
)

// SealedVDigits returns n drawn digits of half h of the sealed verdict
// set, the controls beside its non-digits: the sealed drawn-digit set's
// families and pens, from the verdict set's own seeds.
func SealedVDigits(seed uint64, n int, h Half) []Sample { return sealed.VDigits(seed, n, h) }

// SealedVOthers returns n drawings of half h of the sealed verdict set
// that are not digits, the families of sealedOtherShapes in turn, with
// the sealed pens and placements.
func SealedVOthers(seed uint64, n int, h Half) []Sample { return sealed.VOthers(seed, n, h) }

// sealedCyrillic are Cyrillic capitals unlike any digit: Ж, Ш, Д, И, Л.
var sealedCyrillic = []shape{
	{poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0.05, 0}, vec{0.45, 0.5}, vec{0.05, 1}), poly(vec{0.95, 0}, vec{0.55, 0.5}, vec{0.95, 1})},
	{poly(vec{0.05, 0}, vec{0.05, 1}, vec{0.95, 1}, vec{0.95, 0}), poly(vec{0.5, 0}, vec{0.5, 1})},
	{poly(vec{0.1, 0.8}, vec{0.3, 0}, vec{0.8, 0}, vec{0.8, 0.8}), poly(vec{0, 1}, vec{0, 0.8}, vec{1, 0.8}, vec{1, 1})},
	{poly(vec{0.1, 0}, vec{0.1, 1}, vec{0.9, 0}, vec{0.9, 1})},
	{poly(vec{0, 1}, vec{0.35, 0}, vec{0.9, 0}, vec{0.9, 1})},
}

// sealedKatakana are katakana unlike any digit: キ, サ, ミ, ホ.
var sealedKatakana = []shape{
	{poly(vec{0.1, 0.3}, vec{0.9, 0.25}), poly(vec{0.05, 0.6}, vec{0.95, 0.55}), poly(vec{0.45, 0}, vec{0.55, 1})},
	{poly(vec{0, 0.35}, vec{1, 0.35}), poly(vec{0.3, 0.05}, vec{0.3, 0.6}), join(poly(vec{0.7, 0}, vec{0.7, 0.55}), bez(vec{0.7, 0.55}, vec{0.7, 0.8}, vec{0.5, 0.95}, vec{0.3, 1}))},
	{poly(vec{0.2, 0.05}, vec{0.8, 0.2}), poly(vec{0.25, 0.42}, vec{0.75, 0.57}), poly(vec{0.1, 0.78}, vec{0.9, 0.98})},
	{poly(vec{0.05, 0.3}, vec{0.95, 0.3}), poly(vec{0.5, 0}, vec{0.5, 1}, vec{0.4, 0.92}), poly(vec{0.28, 0.55}, vec{0.05, 0.85}), poly(vec{0.72, 0.55}, vec{0.95, 0.85})},
}

// hangulVowelA is ㅏ, the right half of the Hangul syllables below.
var hangulVowelA = []path{poly(vec{0.78, 0}, vec{0.78, 1}), poly(vec{0.78, 0.45}, vec{0.98, 0.45})}

// sealedHangul are Hangul syllables: 바, 머, 타, 파.
var sealedHangul = []shape{
	append(shape{poly(vec{0.05, 0.05}, vec{0.05, 0.85}, vec{0.52, 0.85}, vec{0.52, 0.05}), poly(vec{0.05, 0.45}, vec{0.52, 0.45})}, hangulVowelA...),
	{poly(vec{0.05, 0.15}, vec{0.05, 0.75}), poly(vec{0.05, 0.15}, vec{0.55, 0.15}, vec{0.55, 0.75}), poly(vec{0.05, 0.75}, vec{0.55, 0.75}), poly(vec{0.88, 0}, vec{0.88, 1}), poly(vec{0.65, 0.45}, vec{0.88, 0.45})},
	append(shape{poly(vec{0.55, 0.1}, vec{0.05, 0.1}, vec{0.05, 0.85}, vec{0.55, 0.85}), poly(vec{0.05, 0.47}, vec{0.5, 0.47})}, hangulVowelA...),
	append(shape{poly(vec{0.02, 0.15}, vec{0.58, 0.15}), poly(vec{0.17, 0.15}, vec{0.2, 0.75}), poly(vec{0.43, 0.15}, vec{0.4, 0.75}), poly(vec{0, 0.78}, vec{0.6, 0.78})}, hangulVowelA...),
}

// sealedGreek are Greek capitals not drawn elsewhere: Ψ, Ξ, Π.
var sealedGreek = []shape{
	{bez(vec{0.05, 0.05}, vec{0.05, 0.65}, vec{0.95, 0.65}, vec{0.95, 0.05}), poly(vec{0.5, 0}, vec{0.5, 1})},
	{poly(vec{0.05, 0}, vec{0.95, 0}), poly(vec{0.22, 0.5}, vec{0.78, 0.5}), poly(vec{0.05, 1}, vec{0.95, 1})},
	{poly(vec{0, 0}, vec{1, 0}), poly(vec{0.22, 0}, vec{0.22, 1}), poly(vec{0.78, 0}, vec{0.78, 1})},
}

// starOutline is the outline of a five-pointed star around c, outer radius
// ro and inner ri, from its top point.
func starOutline(c vec, ro, ri float64) path {
	p := make(path, 11)
	for i := range p {
		rad := ro
		if i%2 == 1 {
			rad = ri
		}
		p[i] = at(c, rad, rad, -90+36*float64(i))
	}
	return p
}

// sealedOtherShapes are the sealed verdict set's non-digit families, none
// of them in another set: letters of other alphabets, pictures of things
// (a tent, a castle, a rocket, a bicycle, a spider, a snail, a cactus, a
// palm tree, an anchor, a lock, a bell, a turtle, a caterpillar, a
// pencil, a fork, a comb, a wine glass, a racket, a tulip, balloons),
// pictures with marks in them (a crossed box, a game of noughts and
// crosses), symbols drawn in new ways (a shooting star, a heart with an
// arrow, a winking face, a fletched arrow, a row of ticks), a sun behind
// a cloud, a signature and a crossed-out word. Shapes that a person could
// take for a digit on the contact sheets (a ring with a tick or a
// planet's ring, a star left unfinished, a kite, a candle) are left out.
// The families are drawn no narrower than 0.85 of their own width, so
// that squeezing does not turn a picture into a digit-like stroke.
var sealedOtherShapes = []otherShape{
	{"cyrillic", true, symbolFamily(sealedCyrillic...)},
	{"katakana", true, symbolFamily(sealedKatakana...)},
	{"hangul", true, symbolFamily(sealedHangul...)},
	{"greek-capitals", true, symbolFamily(sealedGreek...)},
	{"shooting-star", true, func(r *rand.Rand) shape {
		c := vec{0.68, 0.32}
		s := shape{starOutline(c, 0.3, uni(r, 0.11, 0.15))}
		for k := -1; k <= 1; k++ {
			d := vec{0.1, -0.1}.mul(float64(k))
			s = append(s, poly(vec{0.45, 0.55}.add(d), vec{uni(r, 0, 0.15), uni(r, 0.85, 1)}.add(d)))
		}
		return s
	}},
	{"heart-arrow", true, func(r *rand.Rand) shape {
		h := shape{join(bez(vec{0.5, 0.95}, vec{0.0, 0.55}, vec{0.15, 0.05}, vec{0.5, 0.3}), bez(vec{0.5, 0.3}, vec{0.85, 0.05}, vec{1.0, 0.55}, vec{0.5, 0.95}))}
		return append(h, poly(vec{0, 0.85}, vec{1, 0.15}), poly(vec{0.82, 0.15}, vec{1, 0.15}, vec{0.95, 0.33}),
			poly(vec{0.02, 0.7}, vec{0.08, 0.81}), poly(vec{0.14, 0.92}, vec{0.08, 0.81}))
	}},
	{"winking-face", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		return shape{arc(c, 0.5, 0.5, -90, 270), arc(vec{0.33, 0.36}, 0.04, 0.05, 0, 360), poly(vec{0.57, 0.38}, vec{0.65, 0.32}, vec{0.73, 0.38}),
			arc(c, 0.3, 0.25, 15, 165), join(poly(vec{0.52, 0.74}, vec{0.52, 0.82}), arc(vec{0.58, 0.82}, 0.06, 0.06, 180, 0), poly(vec{0.64, 0.82}, vec{0.64, 0.72}))}
	}},
	{"tent", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0, 1}, vec{1, 1}), poly(vec{0.08, 1}, vec{0.5, 0.12}, vec{0.92, 1}), poly(vec{0.5, 0.12}, vec{0.52, 0}, vec{0.65, 0.05}, vec{0.52, 0.1}),
			poly(vec{0.38, 1}, vec{0.5, uni(r, 0.55, 0.65)}, vec{0.62, 1})}
	}},
	{"castle", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.1, 1}, vec{0.1, 0.15}, vec{0.25, 0.15}, vec{0.25, 0}, vec{0.42, 0}, vec{0.42, 0.15}, vec{0.58, 0.15}, vec{0.58, 0}, vec{0.75, 0}, vec{0.75, 0.15}, vec{0.9, 0.15}, vec{0.9, 1}),
			join(poly(vec{0.38, 1}, vec{0.38, 0.75}), arc(vec{0.5, 0.75}, 0.12, 0.12, 180, 360), poly(vec{0.62, 0.75}, vec{0.62, 1})), poly(vec{0.05, 1}, vec{0.95, 1})}
	}},
	{"sun-cloud", true, func(r *rand.Rand) shape {
		s := shape{arc(vec{0.38, 0.4}, 0.22, 0.22, 130, 340)}
		for _, a := range []float64{160, 200, 240, 280, 320} {
			s = append(s, poly(at(vec{0.38, 0.4}, 0.29, 0.29, a), at(vec{0.38, 0.4}, 0.4, 0.4, a)))
		}
		return append(s, join(arc(vec{0.3, 0.82}, 0.14, 0.14, 90, 270), arc(vec{0.55, 0.68}, 0.2, 0.2, 180, 360), arc(vec{0.84, 0.82}, 0.14, 0.14, 270, 450), poly(vec{0.84, 0.96}, vec{0.3, 0.96})))
	}},
	{"fork", true, func(r *rand.Rand) shape {
		s := shape{join(poly(vec{0.5, 1}, vec{0.5, 0.45}), bez(vec{0.5, 0.45}, vec{0.3, 0.45}, vec{0.25, 0.35}, vec{0.25, 0.25}), poly(vec{0.25, 0.25}, vec{0.25, 0})),
			join(poly(vec{0.75, 0}, vec{0.75, 0.25}), bez(vec{0.75, 0.25}, vec{0.75, 0.35}, vec{0.7, 0.45}, vec{0.5, 0.45}))}
		for _, x := range []float64{0.42, 0.58} {
			s = append(s, poly(vec{x, 0}, vec{x, 0.3}))
		}
		return jitter(s, r, 0.015)
	}},
	{"tic-tac-toe", true, func(r *rand.Rand) shape {
		s := jitter(shape{poly(vec{0.33, 0}, vec{0.33, 1}), poly(vec{0.67, 0}, vec{0.67, 1}), poly(vec{0, 0.33}, vec{1, 0.33}), poly(vec{0, 0.67}, vec{1, 0.67})}, r, 0.02)
		cx, cy := float64(r.IntN(3)), float64(r.IntN(3))
		s = append(s, poly(vec{cx/3 + 0.05, cy/3 + 0.05}, vec{cx/3 + 0.28, cy/3 + 0.28}), poly(vec{cx/3 + 0.28, cy/3 + 0.05}, vec{cx/3 + 0.05, cy/3 + 0.28}))
		ox := math.Mod(cx+1+float64(r.IntN(2)), 3)
		return append(s, arc(vec{ox/3 + 0.167, (2-cy)/3 + 0.167}, 0.11, 0.11, -90, 270))
	}},
	{"crossed-box", true, func(r *rand.Rand) shape {
		return jitter(shape{poly(vec{0, 0}, vec{1, 0}, vec{1, 1}, vec{0, 1}, vec{0, 0}), poly(vec{0.15, 0.15}, vec{0.85, 0.85}), poly(vec{0.85, 0.15}, vec{0.15, 0.85})}, r, 0.02)
	}},
	{"signature", true, func(r *rand.Rand) shape {
		// A tall looped initial, a run of small loops, a swoosh under it all.
		p := join(bez(vec{0.02, 0.75}, vec{0.05, -0.05}, vec{0.22, -0.05}, vec{0.16, 0.6}), bez(vec{0.16, 0.6}, vec{0.14, 0.75}, vec{0.2, 0.7}, vec{0.25, 0.6}))
		n := 4 + r.IntN(3)
		for k := 0; k < n; k++ {
			x := 0.25 + 0.7*float64(k)/float64(n)
			p = join(p, bez(vec{x, 0.6}, vec{x + 0.1, 0.35}, vec{x + 0.02, 0.3}, vec{x + 0.03, 0.6}), poly(vec{x + 0.03, 0.6}, vec{x + 0.7/float64(n), 0.6}))
		}
		return shape{p, bez(vec{0, 0.95}, vec{0.35, 0.8}, vec{0.7, 1.0}, vec{1, 0.82})}
	}},
	{"crossed-out-word", true, func(r *rand.Rand) shape {
		// A line of writing, a row of humps, struck through.
		var p path
		n := 5 + r.IntN(4)
		for k := 0; k <= n*6; k++ {
			x := float64(k) / float64(n*6)
			p = append(p, vec{x, 0.6 - 0.2*math.Abs(math.Sin(math.Pi*x*float64(n)))})
		}
		return shape{p, poly(vec{-0.03, uni(r, 0.45, 0.52)}, vec{1.03, uni(r, 0.45, 0.52)})}
	}},
	{"balloon-bunch", true, func(r *rand.Rand) shape {
		var s shape
		for _, c := range []vec{{0.22, 0.25}, {0.5, 0.17}, {0.78, 0.27}} {
			s = append(s, arc(c, 0.15, 0.17, 90, 450), poly(c.add(vec{0, 0.17}), vec{0.5 + uni(r, -0.03, 0.03), 1}))
		}
		return s
	}},
	{"racket", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.32}
		s := shape{arc(c, 0.28, 0.32, 90, 450)}
		for _, x := range []float64{-0.14, 0, 0.14} {
			h := 0.32 * math.Sqrt(1-x*x/0.28/0.28)
			s = append(s, poly(vec{c.X + x, c.Y - h}, vec{c.X + x, c.Y + h}))
		}
		for _, y := range []float64{-0.16, 0, 0.16} {
			w := 0.28 * math.Sqrt(1-y*y/0.32/0.32)
			s = append(s, poly(vec{c.X - w, c.Y + y}, vec{c.X + w, c.Y + y}))
		}
		return append(s, poly(vec{0.46, 0.64}, vec{0.46, 1}, vec{0.54, 1}, vec{0.54, 0.64}))
	}},
	{"tulip", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.3, 0.08}, vec{0.4, 0.22}, vec{0.5, 0.02}, vec{0.6, 0.22}, vec{0.7, 0.08}), bez(vec{0.7, 0.08}, vec{0.76, 0.45}, vec{0.6, 0.48}, vec{0.5, 0.48}), bez(vec{0.5, 0.48}, vec{0.4, 0.48}, vec{0.24, 0.45}, vec{0.3, 0.08})),
			poly(vec{0.5, 0.48}, vec{0.5, 1}), join(bez(vec{0.5, 0.9}, vec{0.3, 0.85}, vec{0.2, 0.7}, vec{0.14, 0.58}), bez(vec{0.14, 0.58}, vec{0.34, 0.62}, vec{0.45, 0.72}, vec{0.5, 0.82}))}
	}},
	{"wine-glass", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.2, 0}, vec{0.8, 0}), bez(vec{0.8, 0}, vec{0.82, 0.45}, vec{0.6, 0.5}, vec{0.5, 0.5}), bez(vec{0.5, 0.5}, vec{0.4, 0.5}, vec{0.18, 0.45}, vec{0.2, 0})),
			poly(vec{0.5, 0.5}, vec{0.5, 0.93}), bez(vec{0.22, 1}, vec{0.35, 0.92}, vec{0.65, 0.92}, vec{0.78, 1}), poly(vec{0.25, 0.2}, vec{0.75, 0.2})}
	}},
	{"ticks-row", true, func(r *rand.Rand) shape {
		var s shape
		for k := 0; k < 3; k++ {
			x := 0.34 * float64(k)
			s = append(s, poly(vec{x, 0.55}, vec{x + 0.09, 0.75}, vec{x + 0.3, uni(r, 0.25, 0.35)}))
		}
		return s
	}},
	{"fletched-arrow", true, func(r *rand.Rand) shape {
		s := shape{poly(vec{0.02, 0.98}, vec{0.98, 0.02}), poly(vec{0.72, 0.05}, vec{0.98, 0.02}, vec{0.95, 0.28})}
		for _, t := range []float64{0.06, 0.13, 0.2} {
			b := lerp(vec{0.02, 0.98}, vec{0.98, 0.02}, t)
			s = append(s, poly(b.add(vec{-0.1, -0.02}), b, b.add(vec{0.02, 0.1})))
		}
		return s
	}},
	{"pencil", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0, 0.4}, vec{0.78, 0.4}, vec{1, 0.5}, vec{0.78, 0.6}, vec{0, 0.6}, vec{0, 0.4}), poly(vec{0.78, 0.4}, vec{0.78, 0.6}), poly(vec{0.12, 0.4}, vec{0.12, 0.6}), poly(vec{0.93, 0.47}, vec{0.93, 0.53})}
	}},
	{"bicycle", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.2, 0.72}, 0.2, 0.2, 0, 360), arc(vec{0.8, 0.72}, 0.2, 0.2, 0, 360),
			poly(vec{0.2, 0.72}, vec{0.45, 0.72}, vec{0.72, 0.4}, vec{0.35, 0.4}, vec{0.2, 0.72}), poly(vec{0.8, 0.72}, vec{0.7, 0.3}),
			poly(vec{0.62, 0.3}, vec{0.78, 0.28}), poly(vec{0.35, 0.4}, vec{0.32, 0.3}), poly(vec{0.25, 0.3}, vec{0.4, 0.3})}
	}},
	{"spider", true, func(r *rand.Rand) shape {
		s := shape{arc(vec{0.5, 0.55}, 0.15, 0.18, 0, 360), arc(vec{0.5, 0.3}, 0.08, 0.08, 0, 360)}
		for k := 0; k < 4; k++ {
			y := 0.45 + 0.08*float64(k)
			d := uni(r, -0.04, 0.04)
			s = append(s, poly(vec{0.37, y}, vec{0.18, y - 0.15 + d}, vec{0.02, y + 0.1}), poly(vec{0.63, y}, vec{0.82, y - 0.15 - d}, vec{0.98, y + 0.1}))
		}
		return s
	}},
	{"snail", true, func(r *rand.Rand) shape {
		c := vec{0.55, 0.5}
		return shape{shrinkingArc(c, 0.3, 0.3, 90, 90-uni(r, 600, 700), 0.8),
			join(poly(vec{0.95, 0.8}, vec{0.1, 0.8}), bez(vec{0.1, 0.8}, vec{0.0, 0.8}, vec{0.0, 0.6}, vec{0.12, 0.55}), poly(vec{0.12, 0.55}, vec{0.22, 0.8})),
			poly(vec{0.08, 0.58}, vec{0.0, 0.35}), poly(vec{0.13, 0.57}, vec{0.15, 0.35})}
	}},
	{"cactus", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.4, 1}, vec{0.4, 0.1}), arc(vec{0.5, 0.1}, 0.1, 0.1, 180, 360), poly(vec{0.6, 0.1}, vec{0.6, 1})),
			poly(vec{0.4, 0.65}, vec{0.12, 0.65}, vec{0.12, 0.3}, vec{0.24, 0.3}, vec{0.24, 0.53}, vec{0.4, 0.53}),
			poly(vec{0.6, 0.55}, vec{0.88, 0.55}, vec{0.88, 0.25}, vec{0.76, 0.25}, vec{0.76, 0.43}, vec{0.6, 0.43}), poly(vec{0.1, 1}, vec{0.9, 1})}
	}},
	{"rocket", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.36, 0.85}, vec{0.36, 0.32}), bez(vec{0.36, 0.32}, vec{0.36, 0.12}, vec{0.45, 0.04}, vec{0.5, 0}), bez(vec{0.5, 0}, vec{0.55, 0.04}, vec{0.64, 0.12}, vec{0.64, 0.32}), poly(vec{0.64, 0.32}, vec{0.64, 0.85}, vec{0.36, 0.85})),
			poly(vec{0.36, 0.55}, vec{0.12, 0.9}, vec{0.36, 0.85}), poly(vec{0.64, 0.55}, vec{0.88, 0.9}, vec{0.64, 0.85}), arc(vec{0.5, 0.38}, 0.07, 0.07, 0, 360),
			poly(vec{0.42, 0.88}, vec{0.5, 1}, vec{0.58, 0.88})}
	}},
	{"bell", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0.1, 0.8}, vec{0.3, 0.7}, vec{0.22, 0.12}, vec{0.5, 0.12}), bez(vec{0.5, 0.12}, vec{0.78, 0.12}, vec{0.7, 0.7}, vec{0.9, 0.8}), poly(vec{0.9, 0.8}, vec{0.1, 0.8})),
			arc(vec{0.5, 0.9}, 0.07, 0.07, 0, 360), arc(vec{0.5, 0.06}, 0.06, 0.06, 90, 450)}
	}},
	{"turtle", true, func(r *rand.Rand) shape {
		// A domed shell with a pattern, four legs, a head and a tail.
		return shape{join(arc(vec{0.5, 0.65}, 0.35, 0.35, 180, 360), poly(vec{0.85, 0.65}, vec{0.15, 0.65})),
			poly(vec{0.35, 0.35}, vec{0.42, 0.5}, vec{0.58, 0.5}, vec{0.65, 0.35}), poly(vec{0.42, 0.5}, vec{0.38, 0.65}), poly(vec{0.58, 0.5}, vec{0.62, 0.65}),
			poly(vec{0.25, 0.65}, vec{0.22, 0.8}), poly(vec{0.4, 0.65}, vec{0.4, 0.8}), poly(vec{0.6, 0.65}, vec{0.6, 0.8}), poly(vec{0.75, 0.65}, vec{0.78, 0.8}),
			join(poly(vec{0.85, 0.58}, vec{0.92, 0.5}), arc(vec{0.95, 0.5}, 0.05, 0.05, 180, 470)), poly(vec{0.15, 0.62}, vec{0.03, 0.68})}
	}},
	{"caterpillar", true, func(r *rand.Rand) shape {
		// A row of round segments, a head with feelers.
		var s shape
		n := 4 + r.IntN(2)
		for k := 0; k < n; k++ {
			s = append(s, arc(vec{0.1 + 0.15*float64(k), 0.65 + uni(r, -0.05, 0.05)}, 0.09, 0.09, 0, 360))
		}
		h := vec{0.1 + 0.15*float64(n), 0.5}
		return append(s, arc(h, 0.1, 0.1, 0, 360), poly(h.add(vec{-0.03, -0.1}), h.add(vec{-0.08, -0.3})), poly(h.add(vec{0.04, -0.09}), h.add(vec{0.1, -0.28})))
	}},
	{"palm-tree", true, func(r *rand.Rand) shape {
		top := vec{0.5, 0.3}
		s := shape{bez(vec{0.5, 1}, vec{0.58, 0.75}, vec{0.44, 0.5}, top), bez(vec{0.58, 1}, vec{0.66, 0.75}, vec{0.52, 0.5}, top.add(vec{0.06, 0}))}
		for _, e := range []vec{{0.0, 0.45}, {0.12, 0.1}, {0.5, 0}, {0.88, 0.1}, {1.0, 0.45}} {
			m := lerp(top, e, 0.5).add(vec{0, -0.12})
			s = append(s, bez(top, m, m, e))
		}
		return s
	}},
	{"anchor", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.5, 0.08}, 0.08, 0.08, 90, 450), poly(vec{0.5, 0.16}, vec{0.5, 0.98}), poly(vec{0.28, 0.3}, vec{0.72, 0.3}),
			join(poly(vec{0.06, 0.58}, vec{0.12, 0.7}), arc(vec{0.5, 0.6}, 0.38, 0.38, 165, 15), poly(vec{0.88, 0.7}, vec{0.94, 0.58}))}
	}},
	{"comb", true, func(r *rand.Rand) shape {
		// A bar with a row of teeth hanging from it.
		s := shape{poly(vec{0, 0.3}, vec{1, 0.3}, vec{1, 0.45}, vec{0, 0.45}, vec{0, 0.3})}
		n := 7 + r.IntN(5)
		for k := 0; k < n; k++ {
			x := 0.05 + 0.9*float64(k)/float64(n-1)
			s = append(s, poly(vec{x, 0.45}, vec{x, uni(r, 0.65, 0.75)}))
		}
		return s
	}},
	{"lock", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.28, 0.42}, vec{0.28, 0.28}), arc(vec{0.5, 0.28}, 0.22, 0.26, 180, 360), poly(vec{0.72, 0.28}, vec{0.72, 0.42})),
			poly(vec{0.1, 0.42}, vec{0.9, 0.42}, vec{0.9, 1}, vec{0.1, 1}, vec{0.1, 0.42}), arc(vec{0.5, 0.62}, 0.05, 0.05, 0, 360), poly(vec{0.5, 0.67}, vec{0.5, 0.82})}
	}},
}
