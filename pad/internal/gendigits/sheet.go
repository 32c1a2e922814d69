package main

import (
	"image"
	"image/color"
	"image/png"
	"os"

	"digitlab/pad"
)

// Layout of a contact sheet: a label column, then one cell per drawing of
// that label, separated by grey gutters so each frame's edge is visible.
const (
	zoom   = 4   // screen pixels per network pixel on the preprocessed sheet
	padCel = 140 // side of a cell on the pad sheet
	gutter = 4
	labelW = 40
)

// writeSheet renders every drawing, as Preprocess makes it (asPad false) or
// as RenderPad shows it (asPad true), one row per label in label order, and
// writes the result as a PNG.
func writeSheet(path string, ds []drawing, asPad bool) error {
	rows := map[int][]drawing{}
	cols := 0
	for _, d := range ds {
		rows[d.Label] = append(rows[d.Label], d)
		cols = max(cols, len(rows[d.Label]))
	}
	cell := pad.NetSide * zoom
	if asPad {
		cell = padCel
	}
	w := labelW + cols*(cell+gutter) + gutter
	h := 10*(cell+gutter) + gutter
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 90
	}
	var net [pad.NetPixels]float32
	raster := make([]float32, padCel*padCel)
	for label := 0; label < 10; label++ {
		y0 := gutter + label*(cell+gutter)
		drawLabel(img, label, 8, y0+cell/2-15)
		for c, dr := range rows[label] {
			var d pad.Drawing
			if err := d.AddStrokes(dr.Strokes); err != nil {
				return err
			}
			x0 := labelW + gutter + c*(cell+gutter)
			if asPad {
				pad.RenderPad(&d, raster, padCel, 0)
				blit(img, raster, padCel, 1, x0, y0)
			} else {
				pad.Preprocess(&d, &net)
				blit(img, net[:], pad.NetSide, zoom, x0, y0)
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// blit draws a side*side image of values in [0, 1] at (x0, y0), each value
// as a zoom*zoom block, white ink on black as MNIST is usually shown.
func blit(img *image.Gray, v []float32, side, zoom, x0, y0 int) {
	for y := 0; y < side*zoom; y++ {
		for x := 0; x < side*zoom; x++ {
			img.SetGray(x0+x, y0+y, color.Gray{uint8(v[(y/zoom)*side+x/zoom]*255 + 0.5)})
		}
	}
}

// digitFont is a 3x5 bitmap of each digit, one row per string.
var digitFont = [10][5]string{
	{"###", "#.#", "#.#", "#.#", "###"},
	{".#.", "##.", ".#.", ".#.", "###"},
	{"###", "..#", "###", "#..", "###"},
	{"###", "..#", "###", "..#", "###"},
	{"#.#", "#.#", "###", "..#", "..#"},
	{"###", "#..", "###", "..#", "###"},
	{"###", "#..", "###", "#.#", "###"},
	{"###", "..#", ".#.", ".#.", ".#."},
	{"###", "#.#", "###", "#.#", "###"},
	{"###", "#.#", "###", "..#", "###"},
}

// drawLabel writes the digit n at (x0, y0) in 6-pixel blocks.
func drawLabel(img *image.Gray, n, x0, y0 int) {
	const s = 6
	for r, row := range digitFont[n] {
		for c, ch := range row {
			if ch != '#' {
				continue
			}
			for y := 0; y < s; y++ {
				for x := 0; x < s; x++ {
					img.SetGray(x0+c*s+x, y0+r*s+y, color.Gray{255})
				}
			}
		}
	}
}
