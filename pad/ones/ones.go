// Package ones draws the 1s that MNIST lacks: a 1 with a flag leaving its
// top, often with a base, as much of the world writes it. MNIST's 1s are
// nearly all a single stick (its writers were American), so a network
// trained on it reads a flagged 1 as 7 and a 1 with a base as 2: on the
// drawn-digit sets of cmd/padbench, draw-robust read such 1s 30-80% right
// by set while every other digit stayed above 75%. Mixed into the batches
// (nn.Config.Ones), these drawings teach the network the other way of
// writing 1 without a label-aware change to MNIST's own images.
//
// Each drawing is a random hand's 1 drawn as strokes on the pad and
// rendered as pad.Reader renders a drawing for the network (made upright,
// one of its views, its pen), so the network learns the image it will be
// shown. Everything random comes from the caller's *rand.Rand through
// Float64 and IntN, which are exact on every platform, and the geometry
// uses only arithmetic, square roots and math.Sincos (pure Go), so the
// same source draws the same bytes natively and in WebAssembly
// (TestDrawFingerprint pins them).
package ones

import (
	"math"
	"math/rand/v2"

	"digitlab/nn"
	"digitlab/pad"
)

// Label is the class every drawing is of.
const Label = 1

// Drawer draws 1s. The zero value is ready; it reuses its memory from one
// drawing to the next and is not safe for concurrent use.
type Drawer struct {
	reader  pad.Reader
	drawing pad.Drawing
	img     [pad.NetPixels]float32
	strokes [][][2]float32
}

// Draw writes a new 28x28 image of a 1 into dst (nn.Inputs bytes, 0 for
// background and 255 for full ink, as nn.Dataset stores images), drawing
// its random numbers from r.
func (d *Drawer) Draw(r *rand.Rand, dst []uint8) {
	if len(dst) != nn.Inputs {
		panic("ones: Draw needs a destination of nn.Inputs bytes")
	}
	for {
		d.strokes = strokes(r, d.strokes[:0])
		d.drawing.Clear()
		if err := d.drawing.AddStrokes(d.strokes); err != nil {
			panic("ones: a drawn 1 left the pad: " + err.Error())
		}
		if d.reader.RenderView(&d.drawing, r.IntN(pad.NumViews), &d.img) {
			break
		}
	}
	for i, v := range d.img {
		dst[i] = uint8(min(max(v, 0), 1)*255 + 0.5)
	}
}

// The shape of a drawn 1, in units of its height (or degrees): chosen so
// that a person reads every one as 1, judged on contact sheets
// (ONES_SHEET=file go test -run TestSheet ./pad/ones). A flag shallower
// than 25 degrees or longer than half the height is a 7's bar.
const (
	minHeight, maxHeight     = 120, 240 // pad units, of the pad's 280
	maxLean                  = 15       // the stem's lean from vertical, degrees either way
	minFlag, maxFlag         = 0.15, 0.5
	minFlagAngle, maxFlagAng = 25, 70 // below horizontal, leaving the top down and left
	flagBend                 = 0.15   // the flag's bow, of its length either way
	stemBend                 = 0.05
	minBase, maxBase         = 0.3, 0.9
	baseShift                = 0.2 // the base's centre off the stem's foot, of its width
	maxJitter                = 2.5 // a shaking hand, pad units
)

// strokes appends to out the strokes of a random 1: a stem, a flag drawn
// into it in one movement (three times in four) or added after it, and
// in half of them a base, joined to the stem's foot one time in three.
func strokes(r *rand.Rand, out [][][2]float32) [][][2]float32 {
	u := func(a, b float64) float64 { return a + (b-a)*r.Float64() }
	h := u(minHeight, maxHeight)
	cx, top := pad.Size/2+u(-20, 20), pad.Size/2-h/2
	sin, cos := math.Sincos(u(-maxLean, maxLean) * math.Pi / 180)
	tx, bx := cx+sin*h/2, cx-sin*h/2
	bot := top + h*cos
	jitter := u(0, maxJitter)
	shake := func() float64 { return jitter * (r.Float64() + r.Float64() - 1) }
	// curve is the path from (x0, y0) to (x1, y1) bowed sideways by bend
	// of its length, in k segments.
	curve := func(x0, y0, x1, y1, bend float64, k int) [][2]float32 {
		nx, ny := -(y1 - y0), x1-x0 // the normal, as long as the chord
		s := make([][2]float32, 0, k+1)
		for i := 0; i <= k; i++ {
			t := float64(i) / float64(k)
			off := bend * 4 * t * (1 - t)
			s = append(s, [2]float32{
				float32(x0 + (x1-x0)*t + nx*off + shake()),
				float32(y0 + (y1-y0)*t + ny*off + shake()),
			})
		}
		return s
	}
	flag := u(minFlag, maxFlag) * h
	fs, fc := math.Sincos(u(minFlagAngle, maxFlagAng) * math.Pi / 180)
	fx, fy := tx-flag*fc, top+flag*fs
	fb, sb := u(-flagBend, flagBend), u(-stemBend, stemBend)
	if r.IntN(4) == 0 {
		out = append(out, curve(tx, top, bx, bot, sb, 16), curve(tx, top, fx, fy, fb, 8))
	} else {
		s := curve(fx, fy, tx, top, fb, 8)
		out = append(out, append(s, curve(tx, top, bx, bot, sb, 16)[1:]...))
	}
	if r.IntN(2) == 0 {
		w := u(minBase, maxBase) * h
		c := bx + u(-baseShift, baseShift)*w
		b := curve(c-w/2, bot+u(-3, 3), c+w/2, bot+u(-3, 3), u(-stemBend, stemBend), 10)
		if r.IntN(3) == 0 { // the first stroke ends at the stem's foot
			out[0] = append(out[0], b...)
		} else {
			out = append(out, b)
		}
	}
	return fit(out)
}

// margin is how close to the pad's edge a drawing may come.
const margin = 4

// fit shrinks strokes about the pad's centre until they lie on the pad,
// margin inside its edge: a wide base under a stem drawn off-centre can
// reach past it. Preprocess scales every drawing to the same size, so
// this changes nothing the network sees but where the pen went.
func fit(strokes [][][2]float32) [][][2]float32 {
	const c = pad.Size / 2
	var reach float32 // the farthest a point lies from the centre, on either axis
	for _, s := range strokes {
		for _, p := range s {
			reach = max(reach, p[0]-c, c-p[0], p[1]-c, c-p[1])
		}
	}
	if reach <= c-margin {
		return strokes
	}
	k := (c - margin) / reach
	for _, s := range strokes {
		for i, p := range s {
			s[i] = [2]float32{c + (p[0]-c)*k, c + (p[1]-c)*k}
		}
	}
	return strokes
}
