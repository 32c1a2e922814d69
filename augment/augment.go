package augment

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// The image geometry, as in MNIST.
const (
	Side   = 28
	Pixels = Side * Side
	centre = 14 // pixel index of MNIST's centre of mass, on both axes
)

// Level is how strongly Apply distorts an image.
type Level int

// The levels; see the package documentation for what each does.
const (
	Off Level = iota
	Light
	Strong
	MaxLevel = Strong
)

func (l Level) String() string {
	switch l {
	case Off:
		return "off"
	case Light:
		return "light"
	case Strong:
		return "strong"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// ParseLevel reads a level by name (off, light, strong, in any case) or by
// number (0, 1, 2), as a config string or a URL gives it.
func ParseLevel(s string) (Level, error) {
	for l := Off; l <= MaxLevel; l++ {
		if strings.EqualFold(s, l.String()) || s == strconv.Itoa(int(l)) {
			return l, nil
		}
	}
	return Off, fmt.Errorf("must be off, light or strong (or 0, 1, 2)")
}

// limits bound the random draws of a level.
type limits struct {
	rotDeg   int // rotation, whole degrees either way; at most len(sinQ16)-1
	scaleLo  int // inverse scale range, in 1/256 (the image is scaled by 256/that)
	scaleHi  int
	shear256 int // shear, in 1/256, either way
	shift256 int // shift, in 1/256 pixel, either way
	thick    bool
	waist256 int // move of the waist (see waistRow), in 1/256 pixel, either way
}

var levels = [...]limits{
	Light:  {rotDeg: 8, scaleLo: 233, scaleHi: 284, shear256: 38, shift256: 2 * 256},
	Strong: {rotDeg: 10, scaleLo: 233, scaleHi: 284, shear256: 77, shift256: 256, thick: true, waist256: 5 * 256},
}

// sinQ16 and cosQ16 are sin and cos of 0..15 degrees times 65536, rounded:
// a table rather than math.Sin, so no platform's rounding enters.
var (
	sinQ16 = [16]int64{0, 1144, 2287, 3430, 4572, 5712, 6850, 7987, 9121, 10252, 11380, 12505, 13626, 14742, 15855, 16962}
	cosQ16 = [16]int64{65536, 65526, 65496, 65446, 65376, 65287, 65177, 65048, 64898, 64729, 64540, 64332, 64104, 63856, 63589, 63303}
)

// sym draws an integer uniformly from [-k, k].
func sym(r *rand.Rand, k int) int64 { return int64(r.IntN(2*k+1) - k) }

// Apply writes into dst a copy of src distorted at the given level, with
// randomness from r. dst and src must not overlap. It panics if either is
// not Pixels long or the level is unknown.
func Apply(dst, src []uint8, level Level, r *rand.Rand) {
	if len(dst) != Pixels || len(src) != Pixels {
		panic(fmt.Sprintf("augment: Apply needs %d-pixel images, got %d and %d", Pixels, len(dst), len(src)))
	}
	if level < Off || level > MaxLevel {
		panic(fmt.Sprintf("augment: unknown level %d", int(level)))
	}
	if level == Off {
		copy(dst, src)
		return
	}
	lim := levels[level]
	// The inverse map, destination pixel -> source position, as a rotation
	// times a shear times a scale, in 16-bit fixed point.
	deg := sym(r, lim.rotDeg)
	sn, cs := sinQ16[abs(deg)], cosQ16[abs(deg)]
	if deg < 0 {
		sn = -sn
	}
	k := sym(r, lim.shear256) << 8 // Q16
	s := int64(lim.scaleLo+r.IntN(lim.scaleHi-lim.scaleLo+1)) << 8
	// [[cs, cs*k - sn], [sn, sn*k + cs]] * s
	a := cs * s >> 16
	b := (cs*k>>16 - sn) * s >> 16
	c := sn * s >> 16
	d := (sn*k>>16 + cs) * s >> 16
	tx, ty := sym(r, lim.shift256)<<8, sym(r, lim.shift256)<<8
	thick := 0
	if lim.thick {
		thick = r.IntN(3) - 1 // thinner, as drawn, thicker
	}
	var waist int64
	if lim.waist256 > 0 {
		waist = sym(r, lim.waist256) << 8
	}
	warp(dst, src, a, b, c, d, tx, ty, waist)
	switch thick {
	case 1:
		stroke(dst, thicker)
	case -1:
		stroke(dst, thinner)
	}
}

// Strengths of the stroke filter, in 1/256: a thicker stroke gains a rim
// three quarters as bright as its edge; a thinner one loses about a third
// of the difference to its faintest neighbour.
const thicker, thinner = 192, -96

func abs(v int64) int64 { return max(v, -v) }

// padW is the side of a source image copied with a one-pixel border of
// zeros, so that bilinear sampling and the 4-neighbourhood read no pixel
// outside the buffer and need no bounds checks per pixel.
const padW = Side + 2

// bordered copies img into the middle of a padW*padW buffer of zeros and
// returns the box of its ink (x0..x1, y0..y1 inclusive), or ok false when
// the image is blank. A row is tested for ink eight pixels at a time, and
// an inked row is searched only outside the box found so far.
func bordered(dst *[padW * padW]uint8, img []uint8) (x0, y0, x1, y1 int, ok bool) {
	x0, y0, x1, y1 = Side, Side, -1, -1
	for y := 0; y < Side; y++ {
		row := img[y*Side : (y+1)*Side : (y+1)*Side]
		if binary.LittleEndian.Uint64(row[0:])|binary.LittleEndian.Uint64(row[8:])|
			binary.LittleEndian.Uint64(row[16:])|uint64(binary.LittleEndian.Uint32(row[24:])) == 0 {
			continue
		}
		copy(dst[(y+1)*padW+1:(y+1)*padW+1+Side], row)
		if x1 < 0 {
			y0 = y
		}
		y1 = y
		for x := 0; x < x0; x++ {
			if row[x] != 0 {
				x0 = x
				break
			}
		}
		for x := Side - 1; x > x1; x-- {
			if row[x] != 0 {
				x1 = x
				break
			}
		}
	}
	return x0, y0, x1, y1, x1 >= 0
}

// waistHalf is half the height, in pixels, of the band waistRow reshapes:
// MNIST's 20-pixel ink box about its centre of mass.
const waistHalf = 10

// waistRow returns the row, relative to the centre and in 16-bit fixed
// point, that destination row y shows once the shift ty is taken off and
// the digit's waist moved by waist: the band of rows within waistHalf of
// the centre is split at the centre, and the part above it is stretched
// to end at waist while the part below is squeezed by as much (or the
// other way round), so the top and bottom of the band, and every row
// outside it, stay where they were. A 6 whose waist moves up gets a larger
// loop and a shorter stem, a 9 the other way a larger head; 8s, 3s and 2s
// get unequal halves: the proportions people's digits vary by, which an
// affine map cannot give. The map is monotonic and continuous, so strokes
// are neither torn nor folded, and it costs one division per row.
func waistRow(y int, ty, waist int64) int64 {
	const h = waistHalf << 16
	v := int64(y-centre)<<16 - ty
	switch {
	case waist == 0 || v <= -h || v >= h:
		return v
	case v < waist: // [-h, waist] onto [-h, 0]
		return -h + (v+h)*h/(waist+h)
	default: // [waist, h] onto [0, h]
		return (v - waist) * h / (h - waist)
	}
}

// warp samples src bilinearly at the inverse-mapped position of every
// destination pixel: source = M (w(dest - centre - t)) + centre, with M =
// [[a, b], [c, d]], t in 16-bit fixed point and w moving the digit's waist
// by waist pixels (Q16) along y (waistRow). Positions outside src read 0.
//
// Only the pixels whose sample lands next to the source's ink box are
// computed: a sample at (ix+fx, iy+fy) reads pixels ix..ix+1 and iy..iy+1,
// so outside ix in [x0-1, x1] and iy in [y0-1, y1] it reads only zeros.
// Along a row the sample position moves in a straight line, so those pixels
// are one run: the loop walks to its start, computes it, and stops at its
// end. The cost follows the size of the digit rather than of the image.
func warp(dst, src []uint8, a, b, c, d, tx, ty, waist int64) {
	var p [padW * padW]uint8
	x0, y0, x1, y1, ok := bordered(&p, src)
	clear(dst)
	if !ok {
		return
	}
	const one = 1 << 16
	// Sample positions (Q16) whose four pixels can hold ink; a position s
	// is inside when uint64(s-min) <= span.
	sxMin, sxSpan := int64(x0-1)<<16, uint64(x1-x0+2)<<16-1
	syMin, sySpan := int64(y0-1)<<16, uint64(y1-y0+2)<<16-1
	for y := 0; y < Side; y++ {
		dy := waistRow(y, ty, waist)
		dx := int64(-centre)<<16 - tx
		// Q16 source position of the row's first pixel; stepping x adds (a, c).
		sx := (a*dx+b*dy)>>16 + centre*one
		sy := (c*dx+d*dy)>>16 + centre*one
		row := dst[y*Side : (y+1)*Side]
		x := 0
		for ; x < Side && (uint64(sx-sxMin) > sxSpan || uint64(sy-syMin) > sySpan); x++ {
			sx += a
			sy += c
		}
		for ; x < Side && uint64(sx-sxMin) <= sxSpan && uint64(sy-syMin) <= sySpan; x++ {
			ix, iy := sx>>16, sy>>16
			fx, fy := (sx>>8)&0xff, (sy>>8)&0xff
			sx += a
			sy += c
			i := (iy+1)*padW + ix + 1
			q := (*[padW + 2]uint8)(p[i : i+padW+2]) // one bounds check for the four
			p00, p01, p10, p11 := int64(q[0]), int64(q[1]), int64(q[padW]), int64(q[padW+1])
			top := p00*(256-fx) + p01*fx
			bot := p10*(256-fx) + p11*fx
			v := (top*(256-fy) + bot*fy + 1<<15) >> 16
			// v if v >= faint, else 0, without a branch: inside a digit's
			// box, ink and background alternate too irregularly for the
			// branch predictor.
			row[x] = uint8(v &^ ((v - faint) >> 63))
		}
	}
}

// faint is the least ink warp keeps: bilinear sampling smears every edge
// into a rim of faint pixels (it raises the inked pixels of an MNIST digit
// by about a third, 150 to 196 at the light level, 29 of them below 16),
// and the training kernels pay for every pixel that is not zero, however
// faint. Below 16 of 255, a pixel carries almost nothing.
const faint = 16

// stroke thickens (w > 0) or thins (w < 0) the strokes of img in place. To
// thicken, each pixel becomes the larger of itself and w/256 of its
// brightest 4-neighbour; to thin, each inked pixel moves -w/256 of the way
// towards its faintest 4-neighbour, so edges fade and cores stay. A pixel
// with no ink next to it stays 0 either way.
func stroke(img []uint8, w int) {
	var p [padW * padW]uint8
	x0, y0, x1, y1, ok := bordered(&p, img)
	if !ok {
		return
	}
	// Only the ink box and its rim can change.
	xa, xb := max(x0-1, 0), min(x1+1, Side-1)
	for y := max(y0-1, 0); y <= min(y1+1, Side-1); y++ {
		out := img[y*Side+xa : y*Side+xb+1]
		for k := range out {
			i := (y+1)*padW + xa + k + 1
			q := (*[2*padW + 1]uint8)(p[i-padW : i+padW+1]) // the pixel and its 4-neighbourhood
			u, l, v, r, d := int(q[0]), int(q[padW-1]), int(q[padW]), int(q[padW+1]), int(q[2*padW])
			if w > 0 {
				out[k] = uint8(max(v, max(l, r, u, d)*w>>8))
			} else {
				// Without a branch on v: a pixel with no ink (v-1 < 0)
				// stays 0.
				t := v + (v-min(l, r, u, d))*w>>8
				out[k] = uint8(t &^ ((v - 1) >> 63))
			}
		}
	}
}
