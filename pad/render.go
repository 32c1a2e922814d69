package pad

import (
	"fmt"
	"math"
)

// DefaultPenWidth is the display pen width, in pad units, that RenderPad uses
// when given a width that is not a positive finite number. It only affects
// what the user sees: Preprocess ignores it and draws with NetPenWidth.
const DefaultPenWidth = 16

// edgeWidth is the width, in destination pixels, of the anti-aliasing ramp at
// the border of a line: coverage falls linearly from 1 to 0 across it. One
// pixel approximates box-filtering a hard-edged line, which is what both a
// screen and MNIST's anti-aliased downsampling do.
const edgeWidth = 1

// minLevel is the smallest value a renderer writes. Fainter fringe pixels are
// written as exactly 0: MNIST stores bytes, so anything under half a grey
// level is 0 there too, and exact zeros let the network skip the input.
const minLevel = 0.5 / 255

// RenderPad rasterizes the drawing into dst for display: side*side values in
// row-major order, 0 for background and up to 1 for ink, with the whole pad
// mapped onto side pixels. Strokes are drawn as anti-aliased lines penWidth
// pad units wide with round caps and joins. A penWidth that is not a positive
// finite number means DefaultPenWidth. A nil drawing renders as empty.
//
// It panics if side is not positive or dst holds fewer than side*side values;
// both are programmer errors.
func RenderPad(d *Drawing, dst []float32, side int, penWidth float32) {
	if side <= 0 || len(dst) < side*side {
		panic(fmt.Sprintf("pad: RenderPad needs side > 0 and side*side values, got side %d and %d values", side, len(dst)))
	}
	if !(penWidth > 0) || !finite(penWidth) {
		penWidth = DefaultPenWidth
	}
	var strokes []Stroke
	if d != nil {
		strokes = d.strokes
	}
	k := float32(side) / Size
	// Pixel i covers pad units [i/k, (i+1)/k); its centre is pixel coordinate i.
	t := transform{scale: k, offX: -0.5, offY: -0.5}
	rasterize(strokes, dst[:side*side], side, t, penWidth*k/2)
}

// transform maps a pad point p to pixel coordinates, in which pixel (i, j) has
// its centre at (i, j): u = (p.X-originX)*scale + offX, and likewise for v.
// Subtracting an origin near the ink first keeps float32 precision when the
// scale is large (a tiny drawing blown up to fill the network's frame).
type transform struct {
	originX, originY float32
	scale            float32
	offX, offY       float32
}

func (t transform) apply(p Point) (u, v float32) {
	return (p.X-t.originX)*t.scale + t.offX, (p.Y-t.originY)*t.scale + t.offY
}

// rasterize draws the strokes into dst (side*side values) as lines of the
// given radius in pixels, with round caps.
//
// It computes, for every pixel centre, the distance to the nearest segment of
// any stroke, and turns that distance into coverage through a linear ramp
// edgeWidth wide centred on the line's border. Taking the nearest segment
// makes overlapping segments and joints merge into one shape instead of adding
// up, and the distance is exact however far apart consecutive points are, so
// sparse input draws continuous lines. dst first holds squared distances,
// capped where coverage reaches 0, so no scratch memory is needed.
func rasterize(strokes []Stroke, dst []float32, side int, t transform, radius float32) {
	reach := radius + edgeWidth/2.0
	far := reach * reach
	for i := range dst {
		dst[i] = far
	}
	for _, s := range strokes {
		au, av := t.apply(s[0])
		if len(s) == 1 {
			stamp(dst, side, au, av, au, av, reach)
		}
		for _, p := range s[1:] {
			bu, bv := t.apply(p)
			stamp(dst, side, au, av, bu, bv, reach)
			au, av = bu, bv
		}
	}
	for i, d2 := range dst {
		if d2 >= far {
			dst[i] = 0
			continue
		}
		c := (radius-float32(math.Sqrt(float64(d2))))/edgeWidth + 0.5
		switch {
		case c >= 1:
			c = 1
		case c < minLevel:
			c = 0
		}
		dst[i] = c
	}
}

// stamp lowers the squared distances in dst to those from the segment
// (au,av)-(bu,bv), for the pixels within reach of it.
func stamp(dst []float32, side int, au, av, bu, bv, reach float32) {
	x0, x1 := pixelRange(min(au, bu)-reach, max(au, bu)+reach, side)
	y0, y1 := pixelRange(min(av, bv)-reach, max(av, bv)+reach, side)
	du, dv := bu-au, bv-av
	l2 := du*du + dv*dv
	var inv float32
	if l2 > 0 {
		inv = 1 / l2
	}
	for y := y0; y <= y1; y++ {
		row := dst[y*side : (y+1)*side]
		pv := float32(y) - av
		for x := x0; x <= x1; x++ {
			pu := float32(x) - au
			// Project the pixel centre onto the segment, clamped to its ends.
			f := (pu*du + pv*dv) * inv
			f = min(max(f, 0), 1)
			eu, ev := pu-f*du, pv-f*dv
			if d2 := eu*eu + ev*ev; d2 < row[x] {
				row[x] = d2
			}
		}
	}
}

// pixelRange returns the pixel indices whose centres lie in [lo, hi], clipped
// to [0, side-1]; the range is empty (first > last) if none do.
func pixelRange(lo, hi float32, side int) (first, last int) {
	if hi < 0 || lo > float32(side-1) || !(lo <= hi) {
		return 0, -1
	}
	first = int(math.Ceil(float64(max(lo, 0))))
	last = int(math.Floor(float64(min(hi, float32(side-1)))))
	return first, last
}
