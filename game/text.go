package game

import (
	"fmt"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/assets/fontatlas"
)

// glyph is one rune of a face: its place in the atlas texture, where its
// top-left corner goes relative to the pen on the baseline, and how far the
// pen then moves.
type glyph struct {
	sx, sy, w, h float32
	offX, offY   float64
	adv          float64
}

// face draws text at one font and pixel size from the pre-rendered atlas
// (see package fontatlas). Glyphs are placed at whole pixels, which keeps
// the text as crisp as it was rasterized.
type face struct {
	atlas     *ebiten.Image
	ascii     [128]*glyph
	other     map[rune]*glyph
	kern      map[[2]rune]float64
	ascent    float64
	descent   float64
	capHeight float64
}

// fonts are the faces the app uses.
type fonts struct {
	regular13, regular15, bold13, bold15, bold22, mono13, digits96 *face
}

// loadFonts turns the embedded atlas into a texture and its faces. The atlas
// is part of the program, so a broken one is a build error: it panics.
func loadFonts() *fonts {
	gray, m, err := fontatlas.Load()
	if err != nil {
		panic("game: " + err.Error())
	}
	b := gray.Bounds()
	pix := make([]byte, 4*b.Dx()*b.Dy())
	for i, a := range gray.Pix[:b.Dx()*b.Dy()] {
		pix[4*i], pix[4*i+1], pix[4*i+2], pix[4*i+3] = a, a, a, a // white, premultiplied
	}
	img := ebiten.NewImage(b.Dx(), b.Dy())
	img.WritePixels(pix)
	get := func(name string) *face {
		f := m.Face(name)
		if f == nil {
			panic(fmt.Sprintf("game: the font atlas has no face %q", name))
		}
		return newFace(img, f)
	}
	return &fonts{
		regular13: get("regular-13"), regular15: get("regular-15"),
		bold13: get("bold-13"), bold15: get("bold-15"), bold22: get("bold-22"),
		mono13: get("mono-13"), digits96: get("digits-96"),
	}
}

func newFace(img *ebiten.Image, f *fontatlas.Face) *face {
	fc := &face{atlas: img, other: map[rune]*glyph{}, kern: map[[2]rune]float64{},
		ascent: f.Ascent, descent: f.Descent, capHeight: f.CapHeight}
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

// glyph returns the glyph of r, or of '?' if the face lacks it.
func (f *face) glyph(r rune) *glyph {
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
// the baseline y, in colour c, to vs and is.
func (f *face) appendText(vs []ebiten.Vertex, is []uint16, s string, x, y float64, c color.Color) ([]ebiten.Vertex, []uint16) {
	cr, cg, cb, ca := colorFloats(c)
	by := math.Round(y)
	prev := rune(-1)
	for _, r := range s {
		g := f.glyph(r)
		if g == nil {
			continue
		}
		x += f.kern[[2]rune{prev, r}]
		prev = r
		if g.w > 0 && g.h > 0 {
			dx, dy := float32(math.Round(x)+g.offX), float32(by+g.offY)
			n := uint16(len(vs))
			vs = append(vs,
				ebiten.Vertex{DstX: dx, DstY: dy, SrcX: g.sx, SrcY: g.sy, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: dx + g.w, DstY: dy, SrcX: g.sx + g.w, SrcY: g.sy, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: dx, DstY: dy + g.h, SrcX: g.sx, SrcY: g.sy + g.h, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
				ebiten.Vertex{DstX: dx + g.w, DstY: dy + g.h, SrcX: g.sx + g.w, SrcY: g.sy + g.h, ColorR: cr, ColorG: cg, ColorB: cb, ColorA: ca},
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
