package game

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
)

// The dark theme.
var (
	colBackground  = rgb(0x0E1116)
	colPanel       = rgb(0x161A22)
	colPanelBorder = rgb(0x242A37)
	colRaised      = rgb(0x1F2430)
	colRaisedHover = rgb(0x2A3142)
	colGrid        = rgb(0x232936)
	colAxis        = rgb(0x3A4254)
	colText        = rgb(0xE8EBF1)
	colTextDim     = rgb(0xA5AEBD)
	colTextMuted   = rgb(0x6E778A)
	colAccent      = rgb(0x4C8DFF)
	colAccentHover = rgb(0x6AA1FF)
	colSelected    = rgb(0x2D5BC4)
	colTrain       = rgb(0x5B9BFF)
	colVal         = rgb(0xFF9F43)
	colFit         = rgb(0xB4D0FF) // the whole network on training images: a paler train
	colGood        = rgb(0x3DD68C)
	colBad         = rgb(0xFF6B6B)
	colWarn        = rgb(0xFFC857)
	colWarnBg      = rgb(0x2E2614)
	colWarnBorder  = rgb(0x6B5520)
	colBar         = rgb(0x3B4458)
	colInk         = rgb(0xFFFFFF)
)

func rgb(v uint32) color.RGBA {
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

// blend mixes b into a by t, clamped to 0..1; the result is opaque.
func blend(a, b color.RGBA, t float64) color.RGBA {
	t = min(max(t, 0), 1)
	m := func(x, y uint8) uint8 { return uint8(float64(x) + t*(float64(y)-float64(x))) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 0xff}
}

// align says where text sits horizontally in its rectangle.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// view maps logical pixels, in which everything is laid out, to the
// device pixels of the screen image: a logical point (x, y) is drawn at
// (ox + k*x, oy + k*y). k is the device's pixel ratio times the layout's
// zoom (ui.FormFor), so that on a HiDPI screen the app draws at the
// screen's own resolution; ox, oy centre a letterboxed layout, in whole
// device pixels.
type view struct{ k, ox, oy float64 }

// identity is the view of a screen image as large as the logical screen.
var identity = view{k: 1}

// x and y map a logical coordinate to a device one.
func (v view) x(x float64) float64 { return v.ox + v.k*x }
func (v view) y(y float64) float64 { return v.oy + v.k*y }

// snap returns the device rectangle of r, its edges at whole device pixels.
func (v view) snap(r ui.Rect) (x0, y0, x1, y1 float64) {
	return math.Round(v.x(r.X)), math.Round(v.y(r.Y)), math.Round(v.x(r.Right())), math.Round(v.y(r.Bottom()))
}

// pixels returns the whole device pixels that r touches.
func (v view) pixels(r ui.Rect) image.Rectangle {
	return image.Rect(int(math.Floor(v.x(r.X))), int(math.Floor(v.y(r.Y))), int(math.Ceil(v.x(r.Right()))), int(math.Ceil(v.y(r.Bottom()))))
}

// toLogical maps the pointer positions of in, read from the screen in
// device pixels, to logical pixels.
func (v view) toLogical(in *intents) {
	for i := range in.pointers {
		e := &in.pointers[i]
		e.x, e.y = (e.x-v.ox)/v.k, (e.y-v.oy)/v.k
	}
	in.hoverX, in.hoverY = (in.hoverX-v.ox)/v.k, (in.hoverY-v.oy)/v.k
}

// painter draws the shapes and text of the screen from two textures, the
// font atlas and the shape sheet, so nothing needs an anti-aliasing pass.
// It takes logical coordinates and draws through its view at device
// pixels. It owns the vertex buffers it fills, so drawing a frame does not
// allocate.
type painter struct {
	fonts  *fonts
	shapes *shapeSheet
	view   view
	scale  int // of the font atlas and shape sprites drawn with (atlasScale)
	// textScale is the atlas scale text is drawn with: scale once its
	// image is in (fonts.usable), 1 until then.
	textScale int
	vs        []ebiten.Vertex
	is        []uint16
	// trace, when set, is told of every text (its box from ascent to
	// descent and the string) and every filled rectangle or image (text
	// "") drawn, in logical pixels: tests check with it that each panel's
	// drawing stays inside the panel.
	trace func(box ui.Rect, text string, f *face)
}

// newPainter returns a painter whose atlas images above 1x come from
// images (nil: the embedded ones; see Options.Atlas).
func newPainter(images func(scale int) []byte) *painter {
	return &painter{fonts: loadFonts(images), shapes: newShapeSheet(), view: identity, scale: 1, textScale: 1}
}

// setView makes the painter draw through v.
func (p *painter) setView(v view) {
	p.view, p.scale = v, atlasScale(v.k)
	p.textScale = p.fonts.usable(p.scale)
}

// textArrived reports whether the atlas image of the painter's scale has
// come in since text was last drawn with 1x glyphs instead, and then draws
// text with it: everything drawn before must be drawn again.
func (p *painter) textArrived() bool {
	s := p.fonts.usable(p.scale)
	if s == p.textScale {
		return false
	}
	p.textScale = s
	return true
}

// spriteFilter is the filter for sprites made for p.scale: nearest when
// they are drawn at their own size, linear when they are stretched.
func (p *painter) spriteFilter() ebiten.Filter {
	if p.view.k == float64(p.scale) {
		return ebiten.FilterNearest
	}
	return ebiten.FilterLinear
}

// flush draws the buffered quads from the shape sheet.
func (p *painter) flush(dst *ebiten.Image, filter ebiten.Filter) {
	if len(p.is) > 0 {
		dst.DrawTriangles(p.vs, p.is, p.shapes.img, &ebiten.DrawTrianglesOptions{Filter: filter})
	}
	p.vs, p.is = p.vs[:0], p.is[:0]
}

// quad appends a quad from (x0, y0) to (x1, y1), in device pixels, showing
// sprite region (sx, sy, sw, sh), tinted c.
func (p *painter) quad(x0, y0, x1, y1, sx, sy, sw, sh float32, c color.Color) {
	r, g, b, a := colorFloats(c)
	n := uint16(len(p.vs))
	p.vs = append(p.vs,
		ebiten.Vertex{DstX: x0, DstY: y0, SrcX: sx, SrcY: sy, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
		ebiten.Vertex{DstX: x1, DstY: y0, SrcX: sx + sw, SrcY: sy, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
		ebiten.Vertex{DstX: x0, DstY: y1, SrcX: sx, SrcY: sy + sh, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
		ebiten.Vertex{DstX: x1, DstY: y1, SrcX: sx + sw, SrcY: sy + sh, ColorR: r, ColorG: g, ColorB: b, ColorA: a},
	)
	p.is = append(p.is, n, n+1, n+2, n+1, n+3, n+2)
}

// solidQuad appends a filled rectangle, in device pixels.
func (p *painter) solidQuad(x0, y0, x1, y1 float32, c color.Color) {
	if x1 <= x0 || y1 <= y0 {
		return
	}
	s := p.shapes.solid
	p.quad(x0, y0, x1, y1, s.x+1.5, s.y+1.5, 1, 1, c)
}

// rect fills r, its edges snapped to whole device pixels.
func (p *painter) rect(dst *ebiten.Image, r ui.Rect, c color.Color) {
	if p.trace != nil {
		p.trace(r, "", nil)
	}
	x0, y0, x1, y1 := p.view.snap(r)
	p.solidQuad(float32(x0), float32(y0), float32(x1), float32(y1), c)
	p.flush(dst, ebiten.FilterNearest)
}

// roundRect fills r, snapped to whole device pixels, with corners of the
// given radius (in logical pixels; on the screen whole device pixels, at
// most maxDisc/2).
func (p *painter) roundRect(dst *ebiten.Image, r ui.Rect, radius float64, c color.Color) {
	if p.trace != nil {
		p.trace(r, "", nil)
	}
	x0, y0, x1, y1 := p.view.snap(r)
	rad := math.Round(math.Min(math.Min(radius*p.view.k, maxDisc/2), math.Floor(math.Min(x1-x0, y1-y0)/2)))
	if rad <= 0 {
		p.solidQuad(float32(x0), float32(y0), float32(x1), float32(y1), c)
		p.flush(dst, ebiten.FilterNearest)
		return
	}
	d := p.shapes.discs[int(2*rad)]
	k := float32(rad)
	X0, Y0, X1, Y1 := float32(x0), float32(y0), float32(x1), float32(y1)
	p.quad(X0, Y0, X0+k, Y0+k, d.x, d.y, k, k, c)
	p.quad(X1-k, Y0, X1, Y0+k, d.x+k, d.y, k, k, c)
	p.quad(X0, Y1-k, X0+k, Y1, d.x, d.y+k, k, k, c)
	p.quad(X1-k, Y1-k, X1, Y1, d.x+k, d.y+k, k, k, c)
	p.solidQuad(X0+k, Y0, X1-k, Y0+k, c)
	p.solidQuad(X0, Y0+k, X1, Y1-k, c)
	p.solidQuad(X0+k, Y1-k, X1-k, Y1, c)
	p.flush(dst, ebiten.FilterNearest)
}

// panel draws a rounded rectangle with a one-pixel border.
func (p *painter) panel(dst *ebiten.Image, r ui.Rect, radius float64, fill, border color.Color) {
	p.roundRect(dst, r, radius, border)
	p.roundRect(dst, r.Inset(1), radius-1, fill)
}

// hline draws a crisp horizontal line one logical pixel thick (grid lines,
// axes), at least one device pixel.
func (p *painter) hline(dst *ebiten.Image, x0, x1, y float64, c color.Color) {
	v := p.view
	t := math.Max(1, math.Round(v.k))
	Y := math.Round(v.y(math.Round(y)))
	p.solidQuad(float32(math.Round(v.x(math.Round(x0)))), float32(Y), float32(math.Round(v.x(math.Round(x1)))), float32(Y+t), c)
	p.flush(dst, ebiten.FilterNearest)
}

// vline draws a crisp vertical line one logical pixel thick, at least one
// device pixel.
func (p *painter) vline(dst *ebiten.Image, x, y0, y1 float64, c color.Color) {
	v := p.view
	t := math.Max(1, math.Round(v.k))
	X := math.Round(v.x(math.Round(x)))
	p.solidQuad(float32(X), float32(math.Round(v.y(math.Round(y0)))), float32(X+t), float32(math.Round(v.y(math.Round(y1)))), c)
	p.flush(dst, ebiten.FilterNearest)
}

// lineProfile returns the cross-section sprite of the listed width closest
// to w device pixels, and that width.
func (p *painter) lineProfile(w float64) (sprite, float64) {
	best := lineWidths[0]
	for _, lw := range lineWidths {
		if math.Abs(lw-w) < math.Abs(best-w) {
			best = lw
		}
	}
	return p.shapes.lines[best], best
}

// appendSegment appends an anti-aliased segment between two device points:
// a quad one pixel wider than the line on each side, textured with the
// line's cross-section.
func (p *painter) appendSegment(x0, y0, x1, y1 float64, prof sprite, w float64, c color.Color) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	half := w/2 + 1
	nx, ny := -dy/l*half, dx/l*half
	r, g, b, a := colorFloats(c)
	v := func(x, y float64, u float32) ebiten.Vertex {
		return ebiten.Vertex{DstX: float32(x), DstY: float32(y), SrcX: prof.x + u, SrcY: prof.y + 1.5, ColorR: r, ColorG: g, ColorB: b, ColorA: a}
	}
	n := uint16(len(p.vs))
	p.vs = append(p.vs, v(x0+nx, y0+ny, 0), v(x1+nx, y1+ny, 0), v(x0-nx, y0-ny, lineProfileN), v(x1-nx, y1-ny, lineProfileN))
	p.is = append(p.is, n, n+1, n+2, n+1, n+3, n+2)
}

// polyline strokes the path through the points (xs[i], ys[i]), w logical
// pixels wide, breaking it at points that are NaN, in one draw call.
func (p *painter) polyline(dst *ebiten.Image, xs, ys []float64, w float64, c color.Color) {
	v := p.view
	prof, w := p.lineProfile(w * v.k)
	for i := 1; i < len(xs); i++ {
		if math.IsNaN(xs[i-1] + ys[i-1] + xs[i] + ys[i]) {
			continue
		}
		p.appendSegment(v.x(xs[i-1]), v.y(ys[i-1]), v.x(xs[i]), v.y(ys[i]), prof, w, c)
		if len(p.vs) > 60000 {
			p.flush(dst, ebiten.FilterLinear)
		}
	}
	p.flush(dst, ebiten.FilterLinear)
}

// circle fills a disc of radius r centred near (cx, cy), snapped to whole
// device pixels (its diameter at most maxDisc of them).
func (p *painter) circle(dst *ebiten.Image, cx, cy, r float64, c color.Color) {
	v := p.view
	d := int(math.Min(math.Round(2*r*v.k), maxDisc))
	if d < 1 {
		return
	}
	s := p.shapes.discs[d]
	x, y := float32(math.Round(v.x(cx)-float64(d)/2)), float32(math.Round(v.y(cy)-float64(d)/2))
	p.quad(x, y, x+s.w, y+s.h, s.x, s.y, s.w, s.h, c)
	p.flush(dst, ebiten.FilterNearest)
}

// arrow draws a small triangle (8x12 logical pixels) pointing left or
// right with its top-left corner near (x, y).
func (p *painter) arrow(dst *ebiten.Image, x, y float64, left bool, c color.Color) {
	tri := p.shapes.tris[p.scale]
	s := tri.right
	if left {
		s = tri.left
	}
	v := p.view
	X, Y := float32(math.Round(v.x(math.Round(x)))), float32(math.Round(v.y(math.Round(y))))
	w, h := float32(triW*v.k), float32(triH*v.k)
	if v.k == float64(p.scale) {
		w, h = s.w, s.h
	}
	p.quad(X, Y, X+w, Y+h, s.x, s.y, s.w, s.h, c)
	p.flush(dst, p.spriteFilter())
}

// text draws s with its pen starting at x on the baseline y.
func (p *painter) text(dst *ebiten.Image, f *face, s string, x, y float64, c color.Color) {
	if p.trace != nil && s != "" {
		p.trace(ui.Rect{X: x, Y: y - f.ascent, W: f.width(s), H: f.ascent + f.descent}, s, f)
	}
	p.vs, p.is = f.appendText(p.vs[:0], p.is[:0], s, x, y, c, p.view, p.textScale)
	if len(p.is) > 0 {
		filter := ebiten.FilterLinear // stretched 1x glyphs, until the screen's scale is in
		if p.textScale == p.scale {
			filter = p.spriteFilter()
		}
		dst.DrawTriangles(p.vs, p.is, f.at(p.textScale).atlas, &ebiten.DrawTrianglesOptions{Filter: filter})
	}
	p.vs, p.is = p.vs[:0], p.is[:0]
}

// image draws img stretched over r, its edges at whole device pixels.
func (p *painter) image(dst, img *ebiten.Image, r ui.Rect, filter ebiten.Filter) {
	if p.trace != nil {
		p.trace(r, "", nil)
	}
	x0, y0, x1, y1 := p.view.snap(r)
	b := img.Bounds()
	if x1 <= x0 || y1 <= y0 || b.Empty() {
		return
	}
	op := &ebiten.DrawImageOptions{Filter: filter}
	op.GeoM.Scale((x1-x0)/float64(b.Dx()), (y1-y0)/float64(b.Dy()))
	op.GeoM.Translate(x0, y0)
	dst.DrawImage(img, op)
}

// clip returns the part of dst under r (whole device pixels), to draw in
// without spilling out of r; it keeps dst's coordinates.
func (p *painter) clip(dst *ebiten.Image, r ui.Rect) *ebiten.Image {
	return dst.SubImage(p.view.pixels(r)).(*ebiten.Image)
}

// devicePixels returns the side, in device pixels, of a square of side
// logical pixels: the size to render a texture at for it to be sharp.
func (p *painter) devicePixels(side float64) int {
	return max(int(math.Round(side*p.view.k)), 1)
}

// textIn draws s in r, aligned horizontally and centred vertically on its
// capital height.
func (p *painter) textIn(dst *ebiten.Image, f *face, s string, r ui.Rect, a align, c color.Color) {
	x := r.X
	switch a {
	case alignCenter:
		x = r.CenterX() - f.width(s)/2
	case alignRight:
		x = r.Right() - f.width(s)
	}
	p.text(dst, f, s, math.Round(x), baselineIn(f, r), c)
}

// baselineIn returns the baseline that centres capitals vertically in r.
func baselineIn(f *face, r ui.Rect) float64 {
	return math.Round(r.CenterY() + f.capHeight/2)
}

// colGridOverlay is the faint pixel grid over the network's input.
var colGridOverlay = color.RGBA{0x30, 0x38, 0x48, 0x90}
