package game

import (
	_ "embed"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/assets/fontatlas"
)

// sprite is a rectangle of the shape sheet.
type sprite struct{ x, y, w, h float32 }

// maxDisc is the largest disc diameter on the shape sheet, in device
// pixels; rounded corners and dots use discs up to this size: 28 logical
// pixels at device scale 3.
const maxDisc = 84

// lineWidths are the widths, in device pixels, of the anti-aliased line
// profiles on the sheet: the app's 1.5, 2 and 2.5 logical pixels at device
// scales from 0.8 to 3 stroke with the closest.
var lineWidths = []float64{1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5}

// triW and triH are the size of the arrow triangles in logical pixels.
const triW, triH = 8, 12

// lineProfileN is the number of texels across a line profile.
const lineProfileN = 16

// shapeSheet is a texture of pre-rendered anti-aliased shapes: a solid
// texel, discs of every diameter up to maxDisc, cross-section profiles for
// lines and small triangles at each device scale of the font atlas. Drawing shapes from it needs no anti-aliasing
// pass, which costs a whole extra render per draw call: on a software GL
// (Xvfb, SwiftShader) anti-aliased draw calls hold the app near 1 tick/s.
type shapeSheet struct {
	img   *ebiten.Image
	solid sprite
	discs [maxDisc + 1]sprite
	lines map[float64]sprite
	tris  map[int]triangles // by scale (fontatlas.Scales)
}

// triangles are the arrows at one scale: triW x triH logical pixels.
type triangles struct{ left, right sprite }

// sheetBuilder packs coverage masks into rows of a sheet. Without pix it
// only lays them out.
type sheetBuilder struct {
	w, h       int
	pix        []byte // coverage; nil: lay out only
	x, y, rowH int
}

func (b *sheetBuilder) add(w, h int, cov func(x, y int) float64) sprite {
	const pad = 1
	if b.x+w+2*pad > b.w {
		b.x, b.y, b.rowH = 0, b.y+b.rowH, 0
	}
	if b.y+h+2*pad > b.h {
		panic("game: the shape sheet is full")
	}
	ox, oy := b.x+pad, b.y+pad
	for y := 0; y < h && b.pix != nil; y++ {
		for x := 0; x < w; x++ {
			b.pix[(oy+y)*b.w+ox+x] = uint8(math.Round(255 * math.Min(1, math.Max(0, cov(x, y)))))
		}
	}
	b.x += w + 2*pad
	b.rowH = max(b.rowH, h+2*pad)
	return sprite{float32(ox), float32(oy), float32(w), float32(h)}
}

// discCoverage is supersample's coverage of pixel (px, py) by the disc of
// radius r centred at (r, r). The sheet's 84 discs hold 13 million
// samples, so only the pixels on a rim test their 64 samples: the disc is convex, so a pixel whose
// four corner samples are inside is wholly covered, and one whose nearest
// point to the centre within its samples' span is outside is not covered
// at all. Every coordinate and square here is a small multiple of 1/256,
// exact in float64, so the tests decide exactly as supersample's do.
func discCoverage(px, py int, r float64) float64 {
	const n = 8
	in := func(fx, fy float64) bool { return (fx-r)*(fx-r)+(fy-r)*(fy-r) <= r*r }
	x0, y0 := float64(px)+0.5/n, float64(py)+0.5/n
	x1, y1 := float64(px)+(n-0.5)/n, float64(py)+(n-0.5)/n
	if in(x0, y0) && in(x1, y0) && in(x0, y1) && in(x1, y1) {
		return 1
	}
	if !in(min(max(r, x0), x1), min(max(r, y0), y1)) {
		return 0
	}
	c := 0
	for j := 0; j < n; j++ {
		dy := float64(py) + (float64(j)+0.5)/n - r
		for i := 0; i < n; i++ {
			dx := float64(px) + (float64(i)+0.5)/n - r
			if dx*dx+dy*dy <= r*r {
				c++
			}
		}
	}
	return float64(c) / (n * n)
}

// supersample returns the fraction of a pixel's 8x8 sample grid inside.
func supersample(px, py int, inside func(x, y float64) bool) float64 {
	const n = 8
	c := 0
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			if inside(float64(px)+(float64(i)+0.5)/n, float64(py)+(float64(j)+0.5)/n) {
				c++
			}
		}
	}
	return float64(c) / (n * n)
}

// sheetFile is the shape sheet's texture as buildShapeSheet renders it:
// white, its coverage premultiplied (4 bytes a pixel, sheetPixels), its
// rows as tall as the shapes reach. On a loaded machine, rendering it took
// every start of the page 0.25-0.7 s before its first frame, and spreading
// one byte of coverage to four another 0.05-0.1 s (WebAssembly runs a
// function's first call unoptimized, and each is one long call); as data
// it costs the page module about 20 KB of brotli. TestShapeSheetFile
// checks it and, with SHAPE_SHEET=write, writes it.
//
//go:embed shapes.rgba
var sheetFile []byte

// newShapeSheet lays the sheet out and makes its texture from sheetFile.
// The file is part of the program, so one that does not fit the layout is
// a build error: it panics.
func newShapeSheet() *shapeSheet {
	s, b := buildShapeSheet(false)
	// The texture ends below the last row of shapes and its padding: the
	// rest of the builder's rows are empty, and each start uploads what
	// the texture holds.
	h := b.y + b.rowH
	if len(sheetFile) != 4*b.w*h {
		panic("game: shapes.rgba does not fit the shape sheet's layout: write it again (see TestShapeSheetFile)")
	}
	s.img = ebiten.NewImage(b.w, h)
	s.img.WritePixels(sheetFile) // ebiten copies it
	return s
}

// sheetPixels returns the texture of a rendered sheet's first h rows:
// white, premultiplied by the coverage.
func sheetPixels(b *sheetBuilder, h int) []byte {
	pix := make([]byte, 4*b.w*h)
	for i, a := range b.pix[:b.w*h] {
		pix[4*i], pix[4*i+1], pix[4*i+2], pix[4*i+3] = a, a, a, a
	}
	return pix
}

// buildShapeSheet lays out the shapes of the sheet and, if render, renders
// their coverage into the builder's pix, without the texture, which needs
// ebiten.
func buildShapeSheet(render bool) (*shapeSheet, *sheetBuilder) {
	const w, h = 1024, 512
	b := &sheetBuilder{w: w, h: h}
	if render {
		b.pix = make([]byte, w*h)
	}
	s := &shapeSheet{lines: map[float64]sprite{}, tris: map[int]triangles{}}
	s.solid = b.add(4, 4, func(int, int) float64 { return 1 })
	for d := maxDisc; d >= 1; d-- {
		// A disc is symmetric about its centre lines, and mirroring a
		// sample's offset from the centre is exact, so one quarter of its
		// pixels gives them all.
		r, q := float64(d)/2, (d+1)/2
		var quarter []float64
		if render {
			quarter = make([]float64, q*q)
			for y := range q {
				for x := range q {
					quarter[y*q+x] = discCoverage(x, y, r)
				}
			}
		}
		s.discs[d] = b.add(d, d, func(x, y int) float64 { return quarter[min(y, d-1-y)*q+min(x, d-1-x)] })
	}
	for _, lw := range lineWidths {
		half := lw/2 + 1 // the quad reaches one pixel past the line for its fringe
		s.lines[lw] = b.add(lineProfileN, 3, func(x, _ int) float64 {
			d := ((float64(x)+0.5)/lineProfileN*2 - 1) * half
			return lw/2 + 0.5 - math.Abs(d)
		})
	}
	tri := func(left bool, k float64) func(x, y int) float64 {
		return func(x, y int) float64 {
			return supersample(x, y, func(fx, fy float64) bool {
				fx, fy = fx/k, fy/k
				if left {
					fx = triW - fx
				}
				// Right-pointing: from (0,0)-(0,12) to the tip (8,6).
				return fx >= 0 && fy >= fx*6/8 && fy <= 12-fx*6/8
			})
		}
	}
	for _, sc := range fontatlas.Scales {
		k := float64(sc)
		s.tris[sc] = triangles{left: b.add(triW*sc, triH*sc, tri(true, k)), right: b.add(triW*sc, triH*sc, tri(false, k))}
	}
	return s, b
}
