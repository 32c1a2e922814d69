package ui

import "math"

// Rect is an axis-aligned rectangle in logical screen pixels: X, Y is the
// top-left corner, W and H the size. The zero Rect is empty.
type Rect struct{ X, Y, W, H float64 }

// Right returns X+W.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns Y+H.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// CenterX returns the horizontal centre.
func (r Rect) CenterX() float64 { return r.X + r.W/2 }

// CenterY returns the vertical centre.
func (r Rect) CenterY() float64 { return r.Y + r.H/2 }

// Empty reports whether r has no area.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Contains reports whether the point lies inside r (left and top edges
// included, right and bottom excluded, so neighbours never both claim it).
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Inset shrinks r by d on every side (grows it if d < 0). The size never
// goes below zero.
func (r Rect) Inset(d float64) Rect {
	return Rect{r.X + d, r.Y + d, math.Max(0, r.W-2*d), math.Max(0, r.H-2*d)}
}

// CutTop splits r into its top h pixels and the rest below a gap.
func (r Rect) CutTop(h, gap float64) (top, rest Rect) {
	h = math.Min(h, r.H)
	return Rect{r.X, r.Y, r.W, h}, Rect{r.X, r.Y + h + gap, r.W, math.Max(0, r.H-h-gap)}
}

// CutBottom splits r into its bottom h pixels and the rest above a gap.
func (r Rect) CutBottom(h, gap float64) (bottom, rest Rect) {
	h = math.Min(h, r.H)
	return Rect{r.X, r.Bottom() - h, r.W, h}, Rect{r.X, r.Y, r.W, math.Max(0, r.H-h-gap)}
}

// CutLeft splits r into its left w pixels and the rest to the right of a
// gap.
func (r Rect) CutLeft(w, gap float64) (left, rest Rect) {
	w = math.Min(w, r.W)
	return Rect{r.X, r.Y, w, r.H}, Rect{r.X + w + gap, r.Y, math.Max(0, r.W-w-gap), r.H}
}

// CutRight splits r into its right w pixels and the rest to the left of a
// gap.
func (r Rect) CutRight(w, gap float64) (right, rest Rect) {
	w = math.Min(w, r.W)
	return Rect{r.Right() - w, r.Y, w, r.H}, Rect{r.X, r.Y, math.Max(0, r.W-w-gap), r.H}
}

// Row lays out widths left to right from r's left edge with gap between
// them, each as tall as r.
func (r Rect) Row(gap float64, widths ...float64) []Rect {
	out := make([]Rect, len(widths))
	x := r.X
	for i, w := range widths {
		out[i] = Rect{x, r.Y, w, r.H}
		x += w + gap
	}
	return out
}

// Flow places boxes of the given widths and height h in rows from r's
// top-left corner, wrapping to a new row when a box would cross r's right
// edge (a box wider than r gets a row of its own). It returns the boxes and
// the height used.
func Flow(r Rect, widths []float64, h, gapX, gapY float64) ([]Rect, float64) {
	out := make([]Rect, len(widths))
	x, y := r.X, r.Y
	for i, w := range widths {
		if x > r.X && x+w > r.Right()+1e-9 {
			x, y = r.X, y+h+gapY
		}
		out[i] = Rect{x, y, w, h}
		x += w + gapX
	}
	if len(widths) == 0 {
		return out, 0
	}
	return out, y + h - r.Y
}

// Column hands out rows of a rectangle from top to bottom, the way a form is
// laid out: each Next takes the next h pixels and leaves gap below them.
type Column struct {
	Area Rect
	Gap  float64
	y    float64 // offset of the next row from Area.Y
}

// Next returns the next row of height h.
func (c *Column) Next(h float64) Rect {
	r := Rect{c.Area.X, c.Area.Y + c.y, c.Area.W, h}
	c.y += h + c.Gap
	return r
}

// Skip leaves d extra pixels of space.
func (c *Column) Skip(d float64) { c.y += d }

// Used returns the height used so far, without the last gap.
func (c *Column) Used() float64 { return math.Max(0, c.y-c.Gap) }
