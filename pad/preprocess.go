package pad

import "math"

// The network's input frame, as in MNIST: NetSide*NetSide values in row-major
// order, 0 for background and up to 1 for ink (pixel/255 on MNIST's scale).
const (
	NetSide   = 28
	NetPixels = NetSide * NetSide
)

// NetCentre is where Preprocess puts the intensity-weighted centre of mass of
// the image, in pixel indices on both axes. MNIST centres each digit's mass
// in the 28x28 field; over its test set the mean centre of mass is
// (14.01, 13.99) in pixel indices, so index 14, not the geometric 13.5.
const NetCentre = 14

// NetInkBox is the side, in network pixels, of the box the ink fills along the
// longer side of the digit. MNIST fitted each digit, strokes included, into a
// 20x20 box: every test digit's non-zero pixels span exactly 20 pixels on
// the longer axis.
const NetInkBox = 20

// NetPenWidth is the width, in network pixels, of the pen Preprocess draws
// with. The width is fixed in the normalized frame, so it is proportional to
// the size of the digit on the pad and independent of the display pen: a tiny
// and a huge drawing, or a thin-pen and a thick-pen one, of the same shape
// give the same image.
//
// The value matches MNIST. Measured as 2*ink/total variation (a band of
// width w has ink w and two unit edges per unit of length), MNIST's test
// digits have a median stroke width of 2.40 pixels (1.81 to 3.32 from the
// 10th to the 90th percentile), and 46.5% of their non-zero pixels are above
// 0.9. With the one-pixel anti-aliasing ramp, a 2.5-pixel pen gives the
// drawings in testdata a median of 2.41 and 48% (TestDigitsLookLikeMNIST);
// round caps and corners make the measure a little less than the pen.
const NetPenWidth = 2.5

// centreline is the length, in network pixels, of the longer side of the
// bounding box of the stroke centrelines for a pen that wide: the ink box
// less the pen and its anti-aliased fringe, so that the non-zero pixels
// span NetInkBox.
func centreline(pen float32) float32 { return NetInkBox - pen - edgeWidth }

// Thresholds below which Preprocess declines a drawing as a stray dot rather
// than a digit: a tap, or a click with a little jitter, is a few pad units
// long and wide, while the smallest deliberate digit (a short "1") is a line
// at least MinInkExtent long. Both must be under their threshold for the
// drawing to be declined, so a small but elaborate scribble still counts.
const (
	MinInkExtent = 12 // longer side of the centreline box, pad units
	MinInkLength = 20 // total length of all strokes, pad units
)

// comPasses bounds the renders Preprocess spends on centring. Rendering is
// almost translation-invariant, so after one correction the centre of mass is
// typically within 0.01 pixel; the last pass is the final render.
const comPasses = 3

// comTolerance is the remaining centring error, in pixels, that is not worth
// another render.
const comTolerance = 0.01

// Ink summarizes the geometry of a drawing's stroke centrelines.
type Ink struct {
	Min, Max Point   // bounding box of all points; zero if there are none
	Length   float32 // total length of all segments, in pad units
	Points   int
}

// Ink measures the drawing. A nil drawing has no ink.
func (d *Drawing) Ink() Ink {
	var in Ink
	if d == nil || d.points == 0 {
		return in
	}
	in.Min = d.strokes[0][0]
	in.Max = in.Min
	in.Points = d.points
	var length float64
	for _, s := range d.strokes {
		prev := s[0]
		for _, p := range s {
			in.Min = Point{min(in.Min.X, p.X), min(in.Min.Y, p.Y)}
			in.Max = Point{max(in.Max.X, p.X), max(in.Max.Y, p.Y)}
			length += math.Hypot(float64(p.X-prev.X), float64(p.Y-prev.Y))
			prev = p
		}
	}
	in.Length = float32(length)
	return in
}

// Extent returns the longer side of the bounding box.
func (in Ink) Extent() float32 {
	return max(in.Max.X-in.Min.X, in.Max.Y-in.Min.Y)
}

// TooSmall reports whether the ink is too little to be a digit: no points at
// all, or a stray dot (extent under MinInkExtent and length under
// MinInkLength), or a box with no extent to scale from.
func (in Ink) TooSmall() bool {
	e := in.Extent()
	return in.Points == 0 || e <= 0 || (e < MinInkExtent && in.Length < MinInkLength)
}

// Preprocess turns the drawing into the 28x28 image an MNIST network expects,
// working on the vector strokes rather than on a screen raster:
//
//  1. crop to the bounding box of the stroke centrelines;
//  2. scale, keeping the aspect ratio, so that the ink (centrelines plus pen
//     and anti-aliased fringe) spans NetInkBox pixels along its longer side;
//  3. draw the strokes with a pen NetPenWidth pixels wide, anti-aliased, so
//     the pen is proportional to the digit's size whatever pen the display
//     used;
//  4. place the digit so that its intensity-weighted centre of mass falls on
//     pixel (NetCentre, NetCentre), by rendering the strokes directly at the
//     shifted position (a few renders, no resampling blur).
//
// Values are in [0, 1] and the background is exactly 0. Ink pushed past the
// frame by the centring is clipped, as in MNIST.
//
// The drawing is first tidied (see tidy): strokes that go over ink already
// drawn are left out, and a stroke that continues the one before it, as a
// line or an outline drawn in overlapping pieces does, is joined to it.
//
// When the strokes trace the outline of a thick letter (see outline), the
// band they outline is filled, as Reader fills it: the image is then the
// thick letter the network reads, for the verdict, the evidence and the
// person looking at the network's input alike.
//
// It returns false, with dst all zeros, if the drawing is nil, empty or a
// stray dot (see Ink.TooSmall). It allocates the outline test's scratch
// memory on every call; a Preprocessor keeps it. It panics if dst is nil.
func Preprocess(d *Drawing, dst *[NetPixels]float32) (ok bool) {
	var p Preprocessor
	return p.Preprocess(d, dst)
}

// Preprocessor is Preprocess with the outline test's scratch memory kept
// from one drawing to the next, so that preprocessing does not allocate.
// The zero value is ready to use; it is not safe for concurrent use.
type Preprocessor struct {
	// AsDrawn renders the strokes as they were drawn, untidied. The
	// verdict's bundled networks were trained on drawings rendered so
	// (pad/internal/genverdict sets it, to make the same files again):
	// networks trained on tidied drawings rejected fewer non-digits.
	AsDrawn bool
	tidy    tidy
	out     outline
}

// Preprocess is the package's Preprocess. The drawing is first tidied
// (see tidy): strokes that go over ink already drawn are left out, and a
// stroke that continues the one before it is joined to it.
func (p *Preprocessor) Preprocess(d *Drawing, dst *[NetPixels]float32) (ok bool) {
	p.out.fill, p.tidy.struck, p.tidy.flagged = false, false, false
	if in := d.Ink(); !in.TooSmall() {
		if !p.AsDrawn {
			if td := p.tidy.apply(d, in); td != d {
				d, in = td, td.Ink()
			}
		}
		p.out.measure(d, in)
	}
	return preprocess(d, dst, NetPenWidth, &p.out)
}

// preprocess is Preprocess with a pen pen pixels wide, which also fills the
// band o outlines, if any (o may be nil).
func preprocess(d *Drawing, dst *[NetPixels]float32, pen float32, o *outline) (ok bool) {
	if dst == nil {
		panic("pad: Preprocess needs a destination image")
	}
	clear(dst[:])
	in := d.Ink()
	if in.TooSmall() {
		return false
	}
	fill := o != nil && o.fill
	if fill {
		pen = o.pen
	}
	// Start with the box centred on the frame, then move the centre of mass.
	t := transform{
		originX: (in.Min.X + in.Max.X) / 2,
		originY: (in.Min.Y + in.Max.Y) / 2,
		scale:   centreline(pen) / in.Extent(),
		offX:    NetCentre,
		offY:    NetCentre,
	}
	for pass := 1; ; pass++ {
		rasterize(d.strokes, dst[:], NetSide, t, pen/2)
		if fill {
			o.fillClosed(d.strokes, dst[:], NetSide, t)
		}
		if pass == comPasses {
			break
		}
		cx, cy, mass := centreOfMass(dst)
		if mass == 0 { // everything clipped away: cannot happen from a centred start
			break
		}
		dx, dy := NetCentre-cx, NetCentre-cy
		if abs(dx) < comTolerance && abs(dy) < comTolerance {
			break
		}
		t.offX += dx
		t.offY += dy
	}
	return true
}

// centreOfMass returns the intensity-weighted mean pixel index of img on both
// axes, and the total intensity.
func centreOfMass(img *[NetPixels]float32) (x, y, mass float32) {
	var sx, sy, sm float64
	for j := 0; j < NetSide; j++ {
		var row float64
		for i, v := range img[j*NetSide : (j+1)*NetSide] {
			row += float64(v)
			sx += float64(v) * float64(i)
		}
		sy += row * float64(j)
		sm += row
	}
	if sm == 0 {
		return 0, 0, 0
	}
	return float32(sx / sm), float32(sy / sm), float32(sm)
}

func abs(v float32) float32 { return max(v, -v) }

// Outlined reports whether the last drawing Preprocess was given traced the
// outline of a thick letter, its band filled in the image.
func (p *Preprocessor) Outlined() bool { return p.out.fill }

// Struck reports whether the last Preprocess left out the slash of a 0
// struck through (see struckSlash), so that a display can say why the
// network's input lacks a stroke the person drew.
func (p *Preprocessor) Struck() bool { return p.tidy.struck }

// Flagged reports whether the last Preprocess left out the flag (and the
// base) of a 1 (see flaggedOne), for the same reason.
func (p *Preprocessor) Flagged() bool { return p.tidy.flagged }
