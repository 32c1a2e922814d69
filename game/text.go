package game

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/assets/fontatlas"
)

// glyph is one rune of a face at one scale: its place in the atlas texture
// of that scale, where its top-left corner goes relative to the pen on the
// baseline, and how far the pen then moves (in pixels of that scale).
type glyph struct {
	sx, sy, w, h float32
	offX, offY   float64
	adv          float64
}

// glyphSet is a face's glyphs at one scale, cut from that scale's atlas.
type glyphSet struct {
	atlas *ebiten.Image
	ascii [128]*glyph
	other map[rune]*glyph
}

// face draws text at one font and size from the pre-rendered atlas (see
// package fontatlas). Its metrics, widths and kerning are those of the 1x
// rendering, in logical pixels, so that text lays out the same at every
// device scale; drawing takes the glyphs' shapes from the atlas of the
// scale the painter draws at (at), so that text is as crisp as the screen.
type face struct {
	name      string
	size      float64 // em size in logical pixels
	glyphSet          // 1x
	kern      map[[2]rune]float64
	ascent    float64
	descent   float64
	capHeight float64
	owner     *fonts
	scaled    map[int]*glyphSet // by scale, 1 included; filled on first use
}

// fonts are the faces the app uses, and the atlas textures of the scales
// drawn at so far.
type fonts struct {
	regular13, regular15, bold13, bold15, bold22, mono13, digits96 *face

	metrics *fontatlas.Metrics
	atlases map[int]*ebiten.Image
	// images returns the PNG image of a scale's atlas, nil while it loads
	// (Options.Atlas); it is not asked for 1x, which is always embedded.
	images func(scale int) []byte
	broken map[int]bool // scales whose image did not decode
}

// loadFonts takes the embedded atlas's metrics and its 1x texture; the
// images of the larger scales come from images (nil: the embedded ones).
// The embedded atlas is part of the program, so a broken one is a build
// error: it panics.
func loadFonts(images func(scale int) []byte) *fonts {
	m := fontatlas.LoadMetrics()
	if images == nil {
		images = fontatlas.Image
	}
	fs := &fonts{metrics: m, atlases: map[int]*ebiten.Image{}, images: images, broken: map[int]bool{}}
	img := fs.atlas(1)
	get := func(name string) *face {
		f := m.Face(name)
		if f == nil {
			panic(fmt.Sprintf("game: the font atlas has no face %q", name))
		}
		fc := newFace(img, f)
		fc.name, fc.owner = name, fs
		fc.scaled = map[int]*glyphSet{1: &fc.glyphSet}
		return fc
	}
	fs.regular13, fs.regular15 = get("regular-13"), get("regular-15")
	fs.bold13, fs.bold15, fs.bold22 = get("bold-13"), get("bold-15"), get("bold-22")
	fs.mono13, fs.digits96 = get("mono-13"), get("digits-96")
	return fs
}

// usable returns scale if its atlas image is in, else 1: the page draws
// with 1x glyphs, stretched, until its screen's scale arrives
// (Options.Atlas). It decodes the image on first use, so a screen at device
// scale 1 never holds the 2x and 3x glyphs in memory. An image that does
// not decode (a damaged download) leaves that scale at 1x glyphs for good.
func (fs *fonts) usable(scale int) int {
	if scale <= 1 || fs.broken[scale] {
		return 1
	}
	if _, ok := fs.atlases[scale]; ok {
		return scale
	}
	data := fs.images(scale)
	if data == nil {
		return 1
	}
	gray, err := fontatlas.DecodeImage(fs.metrics, scale, data)
	if err != nil {
		fs.broken[scale] = true
		return 1
	}
	fs.atlases[scale] = texture(gray)
	return scale
}

// atlas returns the texture of a scale's atlas: the embedded 1x one,
// decoded on first use, or one usable has decoded.
func (fs *fonts) atlas(scale int) *ebiten.Image {
	if img, ok := fs.atlases[scale]; ok {
		return img
	}
	gray, err := fontatlas.LoadImage(fs.metrics, scale)
	if err != nil {
		panic("game: " + err.Error())
	}
	img := texture(gray)
	fs.atlases[scale] = img
	return img
}

// texture turns a coverage image into white, premultiplied glyphs.
func texture(gray *image.Gray) *ebiten.Image {
	b := gray.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	for i, a := range gray.Pix[:b.Dx()*b.Dy()] {
		pix[4*i], pix[4*i+1], pix[4*i+2], pix[4*i+3] = a, a, a, a // white, premultiplied
	}
	img := ebiten.NewImage(b.Dx(), b.Dy())
	img.WritePixels(pix)
	return img
}

// atlasScale is the atlas scale to draw at k device pixels per logical
// pixel: the smallest one at least k (less a tenth, so that 1.05 still
// draws 1x glyphs at whole pixels), or the largest there is.
func atlasScale(k float64) int {
	for _, s := range fontatlas.Scales {
		if float64(s) >= k-0.1 {
			return s
		}
	}
	return fontatlas.Scales[len(fontatlas.Scales)-1]
}

// at returns the face's glyphs rendered at scale.
func (f *face) at(scale int) *glyphSet {
	if g, ok := f.scaled[scale]; ok {
		return g
	}
	img := f.owner.atlas(scale)
	af := f.owner.metrics.FaceAt(f.name, scale)
	if af == nil {
		panic(fmt.Sprintf("game: the font atlas has no face %q at %dx", f.name, scale))
	}
	g := &newFace(img, af).glyphSet
	f.scaled[scale] = g
	return g
}

func newFace(img *ebiten.Image, f *fontatlas.Face) *face {
	fc := &face{glyphSet: glyphSet{atlas: img, other: map[rune]*glyph{}}, kern: map[[2]rune]float64{},
		size: f.Size, ascent: f.Ascent, descent: f.Descent, capHeight: f.CapHeight}
	for _, g := range f.Glyphs {
		gl := &glyph{sx: float32(g.X), sy: float32(g.Y), w: float32(g.W), h: float32(g.H),
			offX: float64(g.OffX), offY: float64(g.OffY), adv: g.Advance}
		if g.Rune >= 0 && g.Rune < 128 {
			fc.ascii[g.Rune] = gl
		} else {
			fc.other[g.Rune] = gl
		}
	}
	for _, k := range f.Kern {
		fc.kern[[2]rune{k.A, k.B}] = k.Adjust
	}
	if fc.capHeight == 0 {
		fc.capHeight = fc.ascent * 0.7
	}
	return fc
}

// glyph returns the glyph of r, or of '?' if the set lacks it.
func (f *glyphSet) glyph(r rune) *glyph {
	var g *glyph
	if r >= 0 && r < 128 {
		g = f.ascii[r]
	} else {
		g = f.other[r]
	}
	if g == nil && r != '?' {
		return f.glyph('?')
	}
	return g
}

// width returns how far the pen moves drawing s.
func (f *face) width(s string) float64 {
	var w float64
	prev := rune(-1)
	for _, r := range s {
		if g := f.glyph(r); g != nil {
			w += g.adv + f.kern[[2]rune{prev, r}]
		}
		prev = r
	}
	return w
}

// appendText appends the quads that draw s with its pen starting at x on
// the baseline y (logical pixels), in colour c, to vs and is, for a screen
// of view v, with the glyphs of scale. The pen moves by the 1x advances
// (what width measured); each glyph is placed at whole device pixels.
func (f *face) appendText(vs []ebiten.Vertex, is []uint16, s string, x, y float64, c color.Color, v view, scale int) ([]ebiten.Vertex, []uint16) {
	cr, cg, cb, ca := colorFloats(c)
	set := f.at(scale)
	g2d := v.k / float64(scale) // device pixels per pixel of the glyphs' scale
	by := math.Round(v.oy + v.k*math.Round(y))
	prev := rune(-1)
	for _, r := range s {
		g := f.glyph(r)
		if g == nil {
			continue
		}
		x += f.kern[[2]rune{prev, r}]
		prev = r
		if d := set.glyph(r); d != nil && d.w > 0 && d.h > 0 {
			dx := float32(math.Round(v.ox+v.k*math.Round(x)) + d.offX*g2d)
			dy := float32(by + d.offY*g2d)
			w, h := d.w*float32(g2d), d.h*float32(g2d)
			n := uint16(len(vs))
			vs = append(vs,
				ebiten.Vertex{DstX: dx, DstY: dy, SrcX: d.sx, SrcY: d.sy, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: dx + w, DstY: dy, SrcX: d.sx + d.w, SrcY: d.sy, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: dx, DstY: dy + h, SrcX: d.sx, SrcY: d.sy + d.h, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: dx + w, DstY: dy + h, SrcX: d.sx + d.w, SrcY: d.sy + d.h, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
			)
			is = append(is, n, n+1, n+2, n+1, n+3, n+2)
		}
		x += g.adv
	}
	return vs, is
}

// ellipsize shortens s with a trailing "…" so that it fits in w pixels.
func (f *face) ellipsize(s string, w float64) string {
	if f.width(s) <= w {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := string(rs[:n]) + "…"
		if f.width(t) <= w {
			return t
		}
	}
	return "…"
}

// wrap breaks s into lines no wider than w, breaking after any of the
// runes in breaks (or anywhere, if a piece is still too wide).
func (f *face) wrap(s string, w float64, breaks string) []string {
	var lines []string
	rs := []rune(s)
	for len(rs) > 0 {
		n, lastBreak := 0, -1
		for n < len(rs) && f.width(string(rs[:n+1])) <= w {
			if containsRune(breaks, rs[n]) {
				lastBreak = n + 1
			}
			n++
		}
		if n == len(rs) {
			lines = append(lines, string(rs))
			break
		}
		if lastBreak > 0 {
			n = lastBreak
		}
		n = max(n, 1)
		lines = append(lines, string(rs[:n]))
		rs = rs[n:]
	}
	return lines
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// colorFloats returns c as straight-alpha floats for a vertex.
func colorFloats(c color.Color) (r, g, b, a float32) {
	pr, pg, pb, pa := c.RGBA()
	if pa == 0 {
		return 0, 0, 0, 0
	}
	return float32(pr) / float32(pa), float32(pg) / float32(pa), float32(pb) / float32(pa), float32(pa) / 0xffff
}
