package main

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"digitlab/pad"
)

// drawing is one entry of digits.json.
type drawing struct {
	Label   int            `json:"label"`
	Style   string         `json:"style"`
	Strokes [][][2]float32 `json:"strokes"`
}

// style is one way of drawing one digit, placed somewhere on the pad.
type style struct {
	label int
	name  string
	g     glyph
	pl    placement
}

// p is shorthand for a placement: height, width stretch, slant, rotation and
// centre on the pad.
func p(h, aspect, slant, rot, cx, cy float64) placement {
	return placement{h: h, aspect: aspect, slant: slant, rot: rot, cx: cx, cy: cy}
}

// styles lists every drawing, by label. Sizes run from 40 to 260 pad units
// tall; positions, slants and rotations differ so that no two drawings of a
// digit share a placement.
func styles() []style {
	return []style{
		{0, "oval", zeroOval(0.3), p(190, 1, 0, 0, 140, 140)},
		{0, "round", zeroOval(0.42), p(150, 1, 0, 0, 120, 150)},
		{0, "narrow-slanted", zeroOval(0.2), p(200, 1, 0.25, 0, 150, 130)},
		{0, "clockwise-gap", zeroClockwiseGap(), p(120, 1, 0.1, 0, 190, 90)},
		{0, "two-halves", zeroHalves(), p(170, 1.1, 0, 0, 135, 145)},
		{0, "egg", zeroEgg(), p(230, 1, 0.05, 0, 140, 140)},
		{0, "tiny-corner", zeroOval(0.3), p(45, 1, 0.1, 0, 50, 45)},

		{1, "line", oneLine(), p(200, 1, 0, 0, 140, 140)},
		{1, "slanted", oneLine(), p(180, 1, 0.3, 0, 150, 130)},
		{1, "flag", oneFlag(0.12, 0.22), p(210, 1, 0.05, 0, 130, 145)},
		{1, "flag-base", oneFlagBase(), p(190, 1, 0, 0, 140, 140)},
		{1, "upward", oneUpward(), p(150, 1, 0, 0, 100, 160)},
		{1, "long-flag", oneFlag(0.04, 0.36), p(240, 1, 0.1, 0, 150, 140)},
		{1, "tiny", oneLine(), p(40, 1, 0.15, 0, 220, 230)},

		{2, "curve", twoCurve(), p(190, 1, 0, 0, 140, 140)},
		{2, "loop", twoLoop(), p(200, 1.1, 0, 0, 140, 145)},
		{2, "angular", twoAngular(), p(160, 1, 0, 0, 150, 130)},
		{2, "wavy-base", twoWavyBase(), p(180, 1, 0.15, 0, 135, 140)},
		{2, "slanted", twoCurve(), p(210, 0.9, 0.3, 0, 140, 140)},
		{2, "small", twoLoop(), p(60, 1, 0.1, 0, 200, 70)},
		{2, "huge-wide", twoAngular(), p(260, 1.3, 0, 0, 140, 140)},

		{3, "round", threeRound(false), p(200, 1, 0, 0, 140, 140)},
		{3, "flat-top", threeFlatTop(), p(190, 1, 0.1, 0, 135, 145)},
		{3, "two-strokes", threeRound(true), p(170, 1, 0, 0, 150, 140)},
		{3, "cusp", threeCusp(), p(210, 1, 0.05, 0, 140, 140)},
		{3, "slanted", threeRound(false), p(180, 0.9, 0.3, 0, 130, 150)},
		{3, "small", threeFlatTop(), p(55, 1, 0, 0, 70, 210)},
		{3, "huge-wide", threeRound(false), p(260, 1.3, 0, 0, 140, 140)},

		{4, "open", fourOpen(0.6), p(190, 1, 0, 0, 140, 140)},
		{4, "closed", fourClosed(), p(200, 1, 0, 0, 140, 140)},
		{4, "closed-one-stroke", fourOneStroke(), p(170, 1, 0, 0, 150, 150)},
		{4, "open-slanted", fourOpen(0.55), p(210, 0.9, 0.25, 0, 140, 135)},
		{4, "closed-slanted", fourClosed(), p(180, 1, 0.2, -5, 140, 140)},
		{4, "open-small", fourOpen(0.65), p(50, 1, 0, 0, 210, 210)},
		{4, "closed-huge", fourClosed(), p(255, 1.1, 0, 0, 140, 140)},

		{5, "two-strokes", fiveTwoStrokes(0.3, 0.28), p(190, 1, 0, 0, 140, 140)},
		{5, "one-stroke", fiveOneStroke(), p(200, 1, 0.1, 0, 140, 140)},
		{5, "angular", fiveAngular(), p(170, 1, 0, 0, 130, 150)},
		{5, "big-bowl", fiveTwoStrokes(0.32, 0.32), p(200, 1, 0.05, 0, 140, 140)},
		{5, "hat-first", fiveHatFirst(), p(180, 0.9, 0.25, 0, 145, 135)},
		{5, "small", fiveOneStroke(), p(50, 1, 0.1, 0, 60, 60)},
		{5, "huge", fiveTwoStrokes(0.3, 0.28), p(255, 1.1, 0, 0, 140, 140)},

		{6, "curved", sixCurved(vec{0.3, 0.72}, 0.28, 0.27), p(190, 1, 0, 0, 140, 140)},
		{6, "straight-stem", sixStraight(), p(200, 1, 0, 0, 140, 140)},
		{6, "small-loop", sixCurved(vec{0.3, 0.79}, 0.24, 0.2), p(180, 1, 0.1, 0, 140, 140)},
		{6, "big-loop", sixCurved(vec{0.3, 0.66}, 0.3, 0.33), p(170, 1, 0, 0, 130, 145)},
		{6, "two-strokes", sixTwoStrokes(), p(200, 1, 0.2, 0, 140, 140)},
		{6, "small", sixCurved(vec{0.3, 0.72}, 0.28, 0.27), p(45, 1, 0.1, 0, 230, 60)},
		{6, "huge", sixStraight(), p(255, 1.1, 0.05, 0, 140, 140)},

		{7, "plain", sevenPlain(), p(190, 1, 0, 0, 140, 140)},
		{7, "crossbar", sevenCrossbar(), p(200, 1, 0, 0, 140, 140)},
		{7, "hook", sevenHook(), p(180, 1, 0.05, 0, 140, 140)},
		{7, "curved", sevenCurved(), p(190, 1, 0, 0, 130, 150)},
		{7, "slanted-crossbar", sevenCrossbar(), p(200, 0.9, 0.25, 0, 150, 140)},
		{7, "small", sevenPlain(), p(45, 1, 0, 0, 60, 220)},
		{7, "huge-wide", sevenHook(), p(255, 1.3, 0, 0, 140, 140)},

		{8, "one-stroke", eightOneStroke(0.5), p(200, 1, 0, 0, 140, 140)},
		{8, "two-loops", eightTwoLoops(), p(190, 1, 0, 0, 140, 140)},
		{8, "snowman", eightOneStroke(0.42), p(200, 1, 0, 0, 140, 140)},
		{8, "slanted", eightOneStroke(0.48), p(190, 0.9, 0.25, 0, 140, 140)},
		{8, "leaning-left", eightTwoLoops(), p(180, 1, -0.15, 0, 150, 140)},
		{8, "small", eightOneStroke(0.5), p(50, 1, 0, 0, 220, 220)},
		{8, "huge", eightOneStroke(0.47), p(260, 1.1, 0, 0, 140, 140)},

		{9, "straight-tail", nineStraight(), p(190, 1, 0, 0, 140, 140)},
		{9, "curved-tail", nineCurved(), p(200, 1, 0, 0, 140, 140)},
		{9, "hook", nineHook(), p(180, 1, 0.05, 0, 135, 145)},
		{9, "two-strokes", nineTwoStrokes(), p(190, 1, 0, 0, 140, 140)},
		{9, "slanted", nineStraight(), p(200, 0.9, 0.3, 0, 130, 140)},
		{9, "small", nineCurved(), p(50, 1, 0.1, 0, 70, 200)},
		{9, "huge", nineStraight(), p(255, 1.1, 0.05, 5, 140, 140)},
	}
}

// seed makes the mouse sampling reproducible.
const seed = 20240611

// generate draws every style and checks that it stays on the pad and that
// the pad package accepts it.
func generate() ([]drawing, error) {
	var out []drawing
	for i, st := range styles() {
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		dr := drawing{Label: st.label, Style: st.name}
		for _, s := range st.g {
			dr.Strokes = append(dr.Strokes, sample(s, st.pl, rng))
		}
		for _, s := range dr.Strokes {
			for _, xy := range s {
				if xy[0] < 0 || xy[0] > pad.Size || xy[1] < 0 || xy[1] > pad.Size {
					return nil, fmt.Errorf("digit %d %q leaves the pad at %v", st.label, st.name, xy)
				}
			}
		}
		var d pad.Drawing
		if err := d.AddStrokes(dr.Strokes); err != nil {
			return nil, fmt.Errorf("digit %d %q: %v", st.label, st.name, err)
		}
		out = append(out, dr)
	}
	return out, nil
}

// sample reports a stroke as a mouse would: a point every few pad units along
// the curve, with the spacing varying from sample to sample (the hand speeds
// up and slows down) and a little jitter. Larger digits are drawn faster, so
// their samples lie further apart: 5 to 15 units in all.
func sample(s stroke, pl placement, rng *rand.Rand) [][2]float32 {
	base := min(max(pl.h/18, minStep), 12)
	jitter := func(v vec) [2]float32 {
		return [2]float32{
			round1(v.X + rng.NormFloat64()*0.4),
			round1(v.Y + rng.NormFloat64()*0.4),
		}
	}
	pts := [][2]float32{jitter(pl.apply(s[0](0)))}
	for _, pc := range s {
		m := measure(pc, pl)
		l := m.length()
		// Walk along the piece in steps of arc length. The end of the piece is always a sample; a remainder too short
		// for a step is shared with the previous step, so every gap stays
		// within [minStep, maxStep] (except on pieces shorter than minStep).
		for d := 0.0; l-d > maxStep; {
			s := step(base, rng)
			if l-d-s < minStep {
				s = (l - d) / 2
			}
			d += s
			pts = append(pts, jitter(m.at(d)))
		}
		pts = append(pts, jitter(m.at(l)))
	}
	return pts
}

// Bounds on the distance between mouse samples, in pad units.
const minStep, maxStep = 5, 15

func step(base float64, rng *rand.Rand) float64 {
	return min(max(base*(0.7+0.6*rng.Float64()), minStep), maxStep)
}

// round1 rounds to one decimal, as a browser's pointer coordinates scaled to
// the pad would look, and keeps the JSON short.
func round1(v float64) float32 { return float32(math.Round(v*10) / 10) }

// encode writes the drawings as a JSON array with one drawing per line, so
// that a change to one style shows as a one-line diff.
func encode(ds []drawing) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, d := range ds {
		fmt.Fprintf(&b, `{"label": %d, "style": %q, "strokes": [`, d.Label, d.Style)
		for j, s := range d.Strokes {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('[')
			for k, xy := range s {
				if k > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('[')
				b.WriteString(strconv.FormatFloat(float64(xy[0]), 'f', -1, 32))
				b.WriteByte(',')
				b.WriteString(strconv.FormatFloat(float64(xy[1]), 'f', -1, 32))
				b.WriteByte(']')
			}
			b.WriteByte(']')
		}
		b.WriteString("]}")
		if i < len(ds)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]\n")
	return b.Bytes()
}
