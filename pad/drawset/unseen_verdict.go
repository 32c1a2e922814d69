package drawset

import (
	"math"
	"math/rand/v2"
)

// The verdict's unseen set holds drawings written after every other set
// had been looked at while tuning pad.Checker: non-digit families
// (UnseenVFamilies) that no other set draws, and digits in shapes and
// pens of their own. Both halves hold the same families. UnseenVTune,
// from the seed plus 14*HeldOutSeedBase, may be looked at and tuned on;
// UnseenVHeld, from the seed plus 15*HeldOutSeedBase, is measured once,
// at the end. Neither is trained on.
const (
	UnseenVTune = Tune
	UnseenVHeld = Held
)

// unseenV is the verdict's unseen set, held out as a whole.
var unseenV = wholeSet{uvDigitShapes, uvOtherShapes, uvPens, uvDraw, [2]float64{0.6, 1.2}}

// unseenVSeed is the PCG seed of half h of the verdict's unseen set: the
// seed plus 14 or 15 times HeldOutSeedBase.
func unseenVSeed(seed uint64, h Half) uint64 { return halfSeed(seed, int(h), 14, "unseen verdict") }

// UnseenVDigits returns n drawn digits of half h, the labels in turn 0, 1,
// ..., 9. Drawing i depends only on (seed, h, i).
func UnseenVDigits(seed uint64, n int, h Half) []Sample {
	return unseenV.digitSet(unseenVSeed(seed, h), n, h)
}

// UnseenVOthers returns n drawings of half h that are not digits, the
// families of uvOtherShapes in turn, with the same pens as the digits.
func UnseenVOthers(seed uint64, n int, h Half) []Sample {
	return unseenV.otherSet(unseenVSeed(seed, h), n, h)
}

// UnseenVFamilies returns the digit families, non-digit families and pens
// of the unseen set.
func UnseenVFamilies() []string {
	return familyNames(uvDigitShapes, uvOtherShapes, uvPens)
}

// uvPens are the unseen set's ways of drawing: plain; a backhand that
// leans left; wide, flat writing; an angular hand that turns every curve
// into a few straight segments; a child's hand, large wobble and strokes
// that miss each other; a felt marker drawn as four close lines; and tiny
// writing (see uvDraw).
var uvPens = []pen{
	{"plain", 3, true, asIs},
	{"backhand", 1, true, asIs}, // the lean is the placement's, see uvDraw
	{"wide", 1, true, asIs},     // the stretch is the placement's, see uvDraw
	{"angular", 1, true, uvAngular},
	{"child", 1, true, uvChild},
	{"felt-marker", 1, true, uvFelt},
	{"tiny", 1, true, asIs}, // the size is the placement's, see uvDraw
}

// uvAngular keeps 6 to 9 points of every stroke and joins them straight.
func uvAngular(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		l := length(p)
		k := 5 + r.IntN(4)
		q := path{p[0]}
		for j := 1; j < k; j++ {
			q = append(q, pointAt(p, l*(float64(j)+uni(r, -0.2, 0.2))/float64(k)))
		}
		out[i] = append(q, p[len(p)-1])
	}
	return out
}

// uvChild is a young hand: every stroke moved and scaled a little on its
// own, so joins miss or cross, and a slow large wobble along each.
func uvChild(s shape, r *rand.Rand) shape {
	out := make(shape, len(s))
	for i, p := range s {
		p = dense(p, 0.01)
		d := vec{uni(r, -0.06, 0.06), uni(r, -0.06, 0.06)}
		k := uni(r, 0.85, 1.15)
		lo, hi := bounds(shape{p})
		c := lerp(lo, hi, 0.5)
		ph, f := uni(r, 0, 2*math.Pi), uni(r, 1.5, 3)
		amp := uni(r, 0.015, 0.04)
		var t float64
		q := make(path, len(p))
		for j, v := range p {
			if j > 0 {
				t += v.dist(p[j-1])
			}
			w := math.Sin(2*math.Pi*f*t + ph)
			q[j] = c.add(v.sub(c).mul(k)).add(d).add(vec{amp * w, amp * math.Cos(2*math.Pi*f*0.7*t+ph)})
		}
		out[i] = q
	}
	return out
}

// uvFelt is a broad felt pen: every stroke as four parallel lines across
// its width.
func uvFelt(s shape, r *rand.Rand) shape {
	w := uni(r, 0.015, 0.03)
	var out shape
	for _, p := range s {
		p = dense(p, 0.01)
		for _, k := range []float64{-1.5, -0.5, 0.5, 1.5} {
			out = append(out, offset(p, k*w))
		}
	}
	return out
}

// uvDraw places the shape as draw does, then lets the pen change the
// placement: backhand leans left, wide flattens, tiny is 20 to 36 pad
// units tall, anywhere on the pad.
func uvDraw(s shape, pn pen, r *rand.Rand, aspect float64) [][][2]float32 {
	s = pn.apply(s, r)
	pl := randomPlacement(r, false)
	pl.aspect *= aspect
	switch pn.name {
	case "backhand":
		pl.slant = uni(r, -0.55, -0.25)
	case "wide":
		pl.aspect *= uni(r, 1.4, 2)
	case "tiny":
		pl.h = uni(r, 20, 36)
	}
	return pointerStrokes(s, pl, false, r)
}

// uvDigitShapes are the unseen set's ways of writing each digit, two to
// three per digit, none in another set.
var uvDigitShapes = []digitShape{
	{0, "uv-teardrop", true, func(r *rand.Rand) shape {
		// Round top, pointed bottom, drawn anticlockwise from the top.
		w := uni(r, 0.25, 0.32)
		return shape{join(bez(vec{0.3, 0}, vec{0.3 - w*1.4, 0}, vec{0.3 - w, 0.7}, vec{0.3, 1}), bez(vec{0.3, 1}, vec{0.3 + w, 0.7}, vec{0.3 + w*1.4, 0}, vec{0.28, 0.02}))}
	}},
	{0, "uv-clockwise-tilted", true, func(r *rand.Rand) shape {
		return shape{tiltedArc(vec{0.3, 0.5}, uni(r, 0.2, 0.28), 0.5, uni(r, -15, 15), -100, -100+uni(r, 360, 385))}
	}},
	{1, "uv-flag-underline", true, func(r *rand.Rand) shape {
		// A flag, a stem, and a base under it, all in one stroke.
		return shape{join(poly(vec{0.12, 0.2}, vec{0.32, 0}, vec{0.32, 1}), poly(vec{0.32, 1}, vec{0.1, 1}, vec{0.55, 1}))}
	}},
	{1, "uv-stem-base", true, func(r *rand.Rand) shape {
		// An upside-down T: a stem and a base, no flag.
		w := uni(r, 0.15, 0.25)
		return shape{poly(vec{0.3, 0}, vec{0.3, 1}), poly(vec{0.3 - w, 1}, vec{0.3 + w, 1})}
	}},
	{2, "uv-swan", true, func(r *rand.Rand) shape {
		// A long curved neck and a base that flicks upwards at its end.
		return shape{join(bez(vec{0.02, 0.18}, vec{0.15, -0.05}, vec{0.65, -0.05}, vec{0.5, 0.4}),
			bez(vec{0.5, 0.4}, vec{0.4, 0.65}, vec{0.1, 0.85}, vec{0.03, 0.98}),
			bez(vec{0.03, 0.98}, vec{0.25, 0.9}, vec{0.45, 1.0}, vec{0.62, uni(r, 0.8, 0.9)}))}
	}},
	{2, "uv-bottom-swoop", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.27}
		e := at(c, 0.27, 0.25, 370)
		return shape{join(arc(c, 0.27, 0.25, 190, 370), bez(e, vec{0.5, 0.55}, vec{0.15, 0.85}, vec{0.05, 0.95}),
			bez(vec{0.05, 0.95}, vec{0.2, 1.05}, vec{0.45, 0.98}, vec{0.62, 1}))}
	}},
	{3, "uv-deep-middle", true, func(r *rand.Rand) shape {
		// The middle comes far back to the left.
		m := vec{uni(r, 0.05, 0.15), 0.5}
		return shape{join(bez(vec{0.05, 0.12}, vec{0.35, -0.1}, vec{0.85, 0.25}, m), bez(m, vec{0.95, 0.45}, vec{0.8, 1.1}, vec{0.02, 0.9}))}
	}},
	{3, "uv-big-lower", true, func(r *rand.Rand) shape {
		// A small top bowl, a large lower one whose tail curls up.
		return shape{join(arc(vec{0.33, 0.18}, 0.17, 0.17, 200, 450), arc(vec{0.3, 0.63}, 0.3, 0.3, 270, 520), arc(vec{0.08, 0.72}, 0.06, 0.06, 130, -90))}
	}},
	{4, "uv-short-stem", true, func(r *rand.Rand) shape {
		// An open 4 whose stem barely goes below the bar.
		return shape{poly(vec{0.25, 0}, vec{0, 0.6}, vec{0.62, 0.6}), poly(vec{0.45, 0.25}, vec{0.45, uni(r, 0.78, 0.88)})}
	}},
	{4, "uv-rounded-corner", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.05, 0}, vec{0.05, 0.45}), bez(vec{0.05, 0.45}, vec{0.05, 0.6}, vec{0.1, 0.62}, vec{0.25, 0.62}), poly(vec{0.25, 0.62}, vec{0.6, 0.62})),
			poly(vec{0.45, 0.1}, vec{0.45, 1})}
	}},
	{4, "uv-tall-triangle", true, func(r *rand.Rand) shape {
		// A closed 4 drawn in one stroke: up the stem, down the diagonal, across.
		return shape{poly(vec{0.45, 1}, vec{0.45, 0}, vec{0.0, uni(r, 0.6, 0.72)}, vec{0.62, uni(r, 0.6, 0.72)})}
	}},
	{5, "uv-curl-tail", true, func(r *rand.Rand) shape {
		c := vec{0.28, 0.67}
		return shape{join(poly(vec{0.1, 0}, vec{0.07, 0.4}), arc(c, 0.27, 0.27, 215, 450), arc(vec{0.15, 0.82}, 0.07, 0.07, 90, -120)), poly(vec{0.1, 0.0}, vec{0.58, 0.02})}
	}},
	{5, "uv-tall-stem", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.55, 0}, vec{0.08, 0}, vec{0.08, 0.58}), arc(vec{0.3, 0.78}, 0.24, 0.21, 235, 480))}
	}},
	{6, "uv-snail", true, func(r *rand.Rand) shape {
		// A stem that winds into the loop and on inwards.
		return shape{join(bez(vec{0.5, 0}, vec{0.2, 0.1}, vec{0.02, 0.4}, vec{0.05, 0.7}), shrinkingArc(vec{0.3, 0.72}, 0.26, 0.26, 180, 180-uni(r, 400, 480), 0.5))}
	}},
	{6, "uv-angular-stem", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.5, 0}, vec{0.08, 0.55}), arc(vec{0.3, 0.75}, 0.24, 0.24, 200, 200-360))}
	}},
	{7, "uv-serif-top", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.02, 0.15}, vec{0.02, 0}, vec{0.6, 0}), poly(vec{0.6, 0}, vec{uni(r, 0.15, 0.3), 1}))}
	}},
	{7, "uv-s-stem", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0, 0.05}, vec{0.2, -0.03}, vec{0.4, 0.05}, vec{0.6, 0}),
			bez(vec{0.6, 0}, vec{0.3, 0.3}, vec{0.45, 0.65}, vec{0.2, 1})), poly(vec{0.15, 0.5}, vec{0.55, 0.48})}
	}},
	{8, "uv-bottom-first", true, func(r *rand.Rand) shape {
		// Starts at the waist, the lower loop first, then the upper.
		return shape{join(arc(vec{0.3, 0.72}, 0.29, 0.27, -90, 270), arc(vec{0.3, 0.24}, 0.22, 0.23, 90, -270))}
	}},
	{8, "uv-tilted-rings", true, func(r *rand.Rand) shape {
		// Two leaning ovals, drawn apart, overlapping at the waist.
		return shape{tiltedArc(vec{0.32, 0.25}, 0.2, 0.24, uni(r, 10, 30), 0, 360), tiltedArc(vec{0.28, 0.72}, 0.27, 0.27, uni(r, -20, 0), -90, 270)}
	}},
	{9, "uv-circle-tick", true, func(r *rand.Rand) shape {
		// A round head, then a short straight tail from its right side.
		return shape{arc(vec{0.3, 0.3}, 0.28, 0.28, 0, -360), poly(vec{0.58, 0.3}, vec{0.55, uni(r, 0.9, 1)})}
	}},
	{9, "uv-hook-back", true, func(r *rand.Rand) shape {
		c := vec{0.3, 0.28}
		return shape{join(arc(c, 0.26, 0.26, 20, -340), poly(at(c, 0.26, 0.26, 20), vec{0.5, 0.8}), bez(vec{0.5, 0.8}, vec{0.45, 1.05}, vec{0.15, 1.05}, vec{0.05, 0.85}))}
	}},
}

// uvLetters are letters and a sign unlike any digit that no other set
// draws: e, f, r, n, u, y, x in lower case, and ≠.
var uvLetters = []shape{
	{join(poly(vec{0.05, 0.55}, vec{0.9, 0.55}), arc(vec{0.5, 0.6}, 0.42, 0.4, 0, -300))},                                                                 // e
	{join(bez(vec{0.8, 0.05}, vec{0.6, -0.05}, vec{0.4, 0}, vec{0.4, 0.3}), poly(vec{0.4, 0.3}, vec{0.4, 1})), poly(vec{0.15, 0.4}, vec{0.7, 0.4})},       // f
	{poly(vec{0.2, 0.3}, vec{0.2, 1}), bez(vec{0.2, 0.55}, vec{0.3, 0.3}, vec{0.6, 0.25}, vec{0.85, 0.35})},                                               // r
	{join(poly(vec{0.1, 0.3}, vec{0.1, 1}), bez(vec{0.1, 0.55}, vec{0.2, 0.25}, vec{0.85, 0.25}, vec{0.85, 0.55}), poly(vec{0.85, 0.55}, vec{0.85, 1}))},  // n
	{join(poly(vec{0.1, 0.3}, vec{0.1, 0.75}), bez(vec{0.1, 0.75}, vec{0.1, 1.05}, vec{0.85, 1.05}, vec{0.85, 0.7}), poly(vec{0.85, 0.3}, vec{0.85, 1}))}, // u
	{poly(vec{0.1, 0.2}, vec{0.5, 0.65}), poly(vec{0.9, 0.2}, vec{0.35, 1})},                                                                              // y
	{poly(vec{0.1, 0.3}, vec{0.9, 1}), poly(vec{0.9, 0.3}, vec{0.1, 1})},                                                                                  // x
	{poly(vec{0, 0.35}, vec{1, 0.35}), poly(vec{0, 0.65}, vec{1, 0.65}), poly(vec{0.7, 0.1}, vec{0.3, 0.9})},                                              // ≠
}

// uvCJK are a few common CJK characters: 人, 木, 山, 口, 田, 日.
var uvCJK = []shape{
	{bez(vec{0.5, 0}, vec{0.5, 0.5}, vec{0.3, 0.8}, vec{0, 1}), bez(vec{0.48, 0.35}, vec{0.6, 0.7}, vec{0.8, 0.9}, vec{1, 1})},
	{poly(vec{0, 0.3}, vec{1, 0.3}), poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0.5, 0.3}, vec{0.05, 0.85}), poly(vec{0.5, 0.3}, vec{0.95, 0.85})},
	{poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0.05, 0.35}, vec{0.05, 1}, vec{0.95, 1}, vec{0.95, 0.35})},
	{poly(vec{0.1, 0.1}, vec{0.1, 0.9}), poly(vec{0.1, 0.1}, vec{0.9, 0.1}, vec{0.9, 0.9}), poly(vec{0.1, 0.9}, vec{0.9, 0.9})},
	{poly(vec{0.05, 0}, vec{0.05, 1}), poly(vec{0.05, 0}, vec{0.95, 0}, vec{0.95, 1}), poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0.05, 0.5}, vec{0.95, 0.5}), poly(vec{0.05, 1}, vec{0.95, 1})},
	{poly(vec{0.2, 0}, vec{0.2, 1}), poly(vec{0.2, 0}, vec{0.8, 0}, vec{0.8, 1}), poly(vec{0.2, 0.5}, vec{0.8, 0.5}), poly(vec{0.2, 1}, vec{0.8, 1})},
}

// uvOtherShapes are the unseen set's non-digit families: what a user
// scribbles to test the pad, none of them in another set.
var uvOtherShapes = []otherShape{
	{"uv-letters", true, symbolFamily(uvLetters...)},
	{"uv-cjk", true, symbolFamily(uvCJK...)},
	{"at-sign", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		return shape{join(arc(c, 0.2, 0.22, 0, 360), poly(at(c, 0.2, 0.22, 0), vec{0.72, 0.7}), bez(vec{0.72, 0.7}, vec{0.95, 0.8}, vec{1.05, 0.3}, vec{0.8, 0.12}),
			arc(c, 0.5, 0.5, -40, -40-uni(r, 270, 300)))}
	}},
	{"ampersand", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.95, 1}, vec{0.25, 0.4}), bez(vec{0.25, 0.4}, vec{0.0, 0.15}, vec{0.45, -0.1}, vec{0.5, 0.15}),
			bez(vec{0.5, 0.15}, vec{0.5, 0.35}, vec{0.0, 0.5}, vec{0.05, 0.8}), bez(vec{0.05, 0.8}, vec{0.1, 1.1}, vec{0.6, 1.0}, vec{0.9, 0.55}))}
	}},
	{"percent", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.2, 0.2}, 0.15, 0.18, 0, 360), poly(vec{0.9, 0}, vec{0.1, 1}), arc(vec{0.8, 0.8}, 0.15, 0.18, 0, 360)}
	}},
	{"hash", true, func(r *rand.Rand) shape {
		return jitter(shape{poly(vec{0.4, 0}, vec{0.25, 1}), poly(vec{0.8, 0}, vec{0.65, 1}), poly(vec{0.05, 0.33}, vec{0.95, 0.33}), poly(vec{0, 0.67}, vec{0.9, 0.67})}, r, 0.03)
	}},
	{"snowman", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.5, 0.22}, 0.17, 0.17, 0, 360), arc(vec{0.5, 0.66}, 0.3, 0.3, 0, 360),
			poly(vec{0.22, 0.55}, vec{0, 0.35}), poly(vec{0.78, 0.55}, vec{1, 0.35}), arc(vec{0.5, 0.6}, 0.02, 0.02, 0, 360), arc(vec{0.5, 0.75}, 0.02, 0.02, 0, 360)}
	}},
	{"balloon", true, func(r *rand.Rand) shape {
		p := make(path, 31)
		for i := range p {
			t := float64(i) / 30
			p[i] = vec{0.5 + 0.06*math.Sin(t*3*math.Pi), 0.62 + 0.38*t}
		}
		return shape{arc(vec{0.5, 0.32}, uni(r, 0.22, 0.3), 0.3, 90, 450), p}
	}},
	{"lollipop", true, func(r *rand.Rand) shape {
		return shape{shrinkingArc(vec{0.5, 0.3}, 0.3, 0.3, 90, 90+uni(r, 900, 1080), 0.15), poly(vec{0.5, 0.6}, vec{0.5 + uni(r, -0.1, 0.1), 1})}
	}},
	{"magnifier", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.38, 0.38}, 0.36, 0.36, 0, 360), poly(vec{0.64, 0.64}, vec{1, 1}), poly(vec{0.68, 0.6}, vec{0.98, 0.92})}
	}},
	{"glasses", true, func(r *rand.Rand) shape {
		return shape{arc(vec{0.22, 0.5}, 0.2, 0.18, 0, 360), arc(vec{0.78, 0.5}, 0.2, 0.18, 0, 360),
			bez(vec{0.42, 0.48}, vec{0.46, 0.42}, vec{0.54, 0.42}, vec{0.58, 0.48}), poly(vec{0.02, 0.45}, vec{0, 0.3}), poly(vec{0.98, 0.45}, vec{1, 0.3})}
	}},
	{"bow-tie", true, func(r *rand.Rand) shape {
		h := uni(r, 0.3, 0.45)
		return shape{poly(vec{0.5, 0.5}, vec{0, 0.5 - h}, vec{0, 0.5 + h}, vec{0.5, 0.5}, vec{1, 0.5 - h}, vec{1, 0.5 + h}, vec{0.5, 0.5})}
	}},
	{"crown", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.05, 1}, vec{0, 0.2}, vec{0.27, 0.6}, vec{0.5, 0}, vec{0.73, 0.6}, vec{1, 0.2}, vec{0.95, 1}, vec{0.05, 1})}
	}},
	{"leaf", true, func(r *rand.Rand) shape {
		s := shape{join(bez(vec{0, 1}, vec{0.1, 0.3}, vec{0.6, 0}, vec{1, 0}), bez(vec{1, 0}, vec{0.9, 0.5}, vec{0.5, 0.9}, vec{0, 1})), poly(vec{0.05, 0.95}, vec{0.8, 0.2})}
		for _, t := range []float64{0.35, 0.55} {
			m := lerp(vec{0.05, 0.95}, vec{0.8, 0.2}, t)
			s = append(s, poly(m, m.add(vec{0, -0.15})), poly(m, m.add(vec{0.15, 0})))
		}
		return s
	}},
	{"apple", true, func(r *rand.Rand) shape {
		return shape{join(bez(vec{0.5, 0.25}, vec{0.1, 0.05}, vec{-0.1, 0.7}, vec{0.3, 1}), bez(vec{0.3, 1}, vec{0.45, 1.05}, vec{0.55, 1.05}, vec{0.7, 1}),
			bez(vec{0.7, 1}, vec{1.1, 0.7}, vec{0.9, 0.05}, vec{0.5, 0.25})), poly(vec{0.5, 0.25}, vec{0.55, 0}), bez(vec{0.55, 0.1}, vec{0.65, 0}, vec{0.8, 0}, vec{0.85, 0.05})}
	}},
	{"mushroom", true, func(r *rand.Rand) shape {
		return shape{join(arc(vec{0.5, 0.5}, 0.5, 0.45, 180, 360), poly(vec{1, 0.5}, vec{0, 0.5})), poly(vec{0.38, 0.5}, vec{0.35, 1}, vec{0.65, 1}, vec{0.62, 0.5})}
	}},
	{"ghost", true, func(r *rand.Rand) shape {
		p := join(poly(vec{0, 1}, vec{0, 0.4}), arc(vec{0.5, 0.4}, 0.5, 0.4, 180, 360), poly(vec{1, 0.4}, vec{1, 1}))
		for i := 0; i < 3; i++ {
			x := 1 - float64(i)/3
			p = join(p, arc(vec{x - 1.0/6, 1}, 1.0/6, 0.1, 0, -180))
		}
		return shape{p, arc(vec{0.33, 0.4}, 0.06, 0.08, 0, 360), arc(vec{0.67, 0.4}, 0.06, 0.08, 0, 360)}
	}},
	{"birds", true, func(r *rand.Rand) shape {
		var s shape
		for i := 0; i < 1+r.IntN(3); i++ {
			c := vec{uni(r, 0.2, 0.8), uni(r, 0.2, 0.8)}
			w := uni(r, 0.15, 0.25)
			s = append(s, join(arc(c.add(vec{-w / 2, 0.05}), w/2, w/3, 200, 340), arc(c.add(vec{w / 2, 0.05}), w/2, w/3, 200, 340)))
		}
		return s
	}},
	{"paw-print", true, func(r *rand.Rand) shape {
		s := shape{arc(vec{0.5, 0.72}, 0.25, 0.2, 0, 360)}
		for _, c := range []vec{{0.15, 0.4}, {0.38, 0.2}, {0.62, 0.2}, {0.85, 0.4}} {
			s = append(s, arc(c, 0.09, 0.11, 0, 360))
		}
		return s
	}},
	{"raindrops", true, func(r *rand.Rand) shape {
		var s shape
		for i := 0; i < 2+r.IntN(3); i++ {
			c := vec{uni(r, 0.1, 0.9), uni(r, 0.1, 0.8)}
			k := uni(r, 0.08, 0.14)
			s = append(s, join(poly(c, c.add(vec{-k, 1.6 * k})), arc(c.add(vec{0, 1.6 * k}), k, k, 180, 0), poly(c.add(vec{k, 1.6 * k}), c)))
		}
		return s
	}},
	{"ladder", true, func(r *rand.Rand) shape {
		s := shape{poly(vec{0.25, 0}, vec{0.25, 1}), poly(vec{0.75, 0}, vec{0.75, 1})}
		n := 3 + r.IntN(3)
		for i := 0; i < n; i++ {
			y := (float64(i) + 0.5) / float64(n)
			s = append(s, poly(vec{0.25, y}, vec{0.75, y}))
		}
		return jitter(s, r, 0.02)
	}},
	{"refresh-arrow", true, func(r *rand.Rand) shape {
		a := uni(r, 280, 330)
		c := vec{0.5, 0.5}
		e := at(c, 0.45, 0.45, -60+a)
		return shape{arc(c, 0.45, 0.45, -60, -60+a), poly(e.add(vec{-0.2, 0.02}), e, e.add(vec{0.02, -0.2}))}
	}},
	{"return-arrow", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.9, 0}, vec{0.9, 0.6}, vec{0.05, 0.6}), poly(vec{0.3, 0.35}, vec{0.05, 0.6}, vec{0.3, 0.85})}
	}},
	{"sparkle", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		return shape{join(bez(vec{0.5, 0}, c, c, vec{1, 0.5}), bez(vec{1, 0.5}, c, c, vec{0.5, 1}), bez(vec{0.5, 1}, c, c, vec{0, 0.5}), bez(vec{0, 0.5}, c, c, vec{0.5, 0}))}
	}},
	{"shading", true, func(r *rand.Rand) shape {
		// Colouring in a blob: one stroke back and forth, the rows close together.
		var p path
		n := 8 + r.IntN(8)
		for i := 0; i <= n; i++ {
			y := float64(i) / float64(n)
			w := 0.5 * math.Sqrt(max(0, 1-(2*y-1)*(2*y-1))) * uni(r, 0.8, 1.1)
			if i%2 == 0 {
				p = append(p, vec{0.5 - w, y}, vec{0.5 + w, y + 0.5/float64(n)})
			} else {
				p = append(p, vec{0.5 + w, y}, vec{0.5 - w, y + 0.5/float64(n)})
			}
		}
		return shape{p}
	}},
	{"squiggle", true, func(r *rand.Rand) shape {
		// A smooth curve through random points.
		var p path
		a := vec{uni(r, 0, 1), uni(r, 0, 1)}
		for i := 0; i < 2+r.IntN(3); i++ {
			b := vec{uni(r, 0, 1), uni(r, 0, 1)}
			p = join(p, bez(a, vec{uni(r, 0, 1), uni(r, 0, 1)}, vec{uni(r, 0, 1), uni(r, 0, 1)}, b))
			a = b
		}
		return shape{p}
	}},
	{"dash", true, func(r *rand.Rand) shape {
		// A single line across, level or a little bent: a minus, an underline.
		b := uni(r, -0.06, 0.06)
		return shape{bez(vec{0, 0.5}, vec{0.33, 0.5 + b}, vec{0.67, 0.5 + b}, vec{1, 0.5 + uni(r, -0.1, 0.1)})}
	}},
	{"dots", true, func(r *rand.Rand) shape {
		var s shape
		for i := 0; i < 3+r.IntN(5); i++ {
			c := vec{uni(r, 0, 1), uni(r, 0, 1)}
			s = append(s, arc(c, 0.02, 0.02, 0, 360))
		}
		return s
	}},
	{"tally-marks", true, func(r *rand.Rand) shape {
		var s shape
		for i := 0; i < 4; i++ {
			x := 0.15 + 0.22*float64(i)
			s = append(s, poly(vec{x, 0.05}, vec{x + uni(r, -0.03, 0.03), 0.95}))
		}
		return append(s, poly(vec{0, 0.8}, vec{1, 0.2}))
	}},
	{"bone", true, func(r *rand.Rand) shape {
		return shape{join(poly(vec{0.2, 0.4}, vec{0.8, 0.4}), arc(vec{0.88, 0.32}, 0.1, 0.1, 150, 400), arc(vec{0.88, 0.68}, 0.1, 0.1, -40, 210),
			poly(vec{0.8, 0.6}, vec{0.2, 0.6}), arc(vec{0.12, 0.68}, 0.1, 0.1, -30, -220), arc(vec{0.12, 0.32}, 0.1, 0.1, 140, -110))}
	}},
	{"peace-sign", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.5}
		return shape{arc(c, 0.5, 0.5, 0, 360), poly(vec{0.5, 0}, vec{0.5, 1}), poly(at(c, 0.5, 0.5, 135), c, at(c, 0.5, 0.5, 45))}
	}},
	{"speech-bubble", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.4}
		return shape{join(arc(c, 0.5, 0.35, 110, 440), poly(at(c, 0.5, 0.35, 80), vec{0.2, 1}, at(c, 0.5, 0.35, 110)))}
	}},
	{"dagger-cross", true, func(r *rand.Rand) shape {
		return shape{poly(vec{0.5, 0}, vec{0.5, 1}), poly(vec{0.15, uni(r, 0.25, 0.35)}, vec{0.85, 0.3})}
	}},
	{"sunrise", true, func(r *rand.Rand) shape {
		c := vec{0.5, 0.8}
		s := shape{poly(vec{0, 0.8}, vec{1, 0.8}), arc(c, 0.3, 0.3, 180, 360)}
		for _, a := range []float64{200, 235, 270, 305, 340} {
			s = append(s, poly(at(c, 0.38, 0.38, a), at(c, 0.55, 0.55, a)))
		}
		return s
	}},
}
