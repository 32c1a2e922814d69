package drawset

import (
	"image"
	"image/color"
	imgdraw "image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"digitlab/pad"
)

// Layout of a contact sheet: each drawing as the pad shows it (sheetPad
// pixels square) above the 28x28 image Preprocess makes of it (zoomed
// sheetZoom times), its pen written under both, one row per family.
const (
	sheetPad   = 112
	sheetZoom  = 4
	sheetCols  = 8
	sheetRows  = 5 // families per sheet
	sheetLabel = 150
	sheetGap   = 6
)

// TestSealedSheet writes contact sheets of both sealed sets' tuning halves
// into the folder $SEALED_SHEET, five families to a sheet, for checking by
// eye that every digit reads as its digit and every non-digit as none. It
// measures nothing: the sets were written to be measured once, after
// tuning. Without $SEALED_SHEET it is skipped.
func TestSealedSheet(t *testing.T) {
	dir := os.Getenv("SEALED_SHEET")
	if dir == "" {
		t.Skip("set SEALED_SHEET to a folder to write the sealed sets' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	groups := []struct {
		name string
		ss   []Sample
		fams []string
	}{
		{"digits", SealedDigits(1, 3000, SealedTune), SealedFamilies()},
		{"verdict-digits", SealedVDigits(1, 1000, SealedTune), nil},
		{"nondigits", SealedVOthers(1, 1000, SealedTune), SealedVFamilies()},
	}
	for _, g := range groups {
		byFam := map[string][]Sample{}
		var order []string
		for _, s := range g.ss {
			if _, ok := byFam[s.Family]; !ok {
				order = append(order, s.Family)
			}
			if len(byFam[s.Family]) < sheetCols {
				byFam[s.Family] = append(byFam[s.Family], s)
			}
		}
		if g.name == "verdict-digits" { // one sheet of the controls, a row per digit
			var rows [][]Sample
			for _, f := range order[:min(len(order), sheetRows)] {
				rows = append(rows, byFam[f])
			}
			writeContactSheet(t, filepath.Join(dir, g.name+".png"), order[:len(rows)], rows)
			continue
		}
		writeSheetsInOrder(t, dir, g.name, g.fams, byFam)
	}
}

// writeContactSheet draws rows of drawings, each row headed by its name.
func writeContactSheet(t *testing.T, path string, names []string, rows [][]Sample) {
	t.Helper()
	netSide := pad.NetSide * sheetZoom
	cellH := sheetPad + netSide + 16
	w := sheetLabel + sheetCols*(sheetPad+sheetGap) + sheetGap
	h := len(rows)*(cellH+sheetGap) + sheetGap
	img := image.NewGray(image.Rect(0, 0, w, h))
	imgdraw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{90}), image.Point{}, imgdraw.Src)
	raster := make([]float32, sheetPad*sheetPad)
	var net [pad.NetPixels]float32
	for i, row := range rows {
		y0 := sheetGap + i*(cellH+sheetGap)
		sheetText(img, names[i], 4, y0+sheetPad/2)
		for c, s := range row {
			var d pad.Drawing
			if err := d.AddStrokes(s.Strokes); err != nil {
				t.Fatalf("%s: %v", s.Style(), err)
			}
			x0 := sheetLabel + sheetGap + c*(sheetPad+sheetGap)
			pad.RenderPad(&d, raster, sheetPad, 0)
			sheetBlit(img, raster, sheetPad, 1, x0, y0)
			pad.Preprocess(&d, &net)
			sheetBlit(img, net[:], pad.NetSide, sheetZoom, x0, y0+sheetPad)
			sheetText(img, s.Pen, x0, y0+sheetPad+netSide+13)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	t.Log("wrote", path)
}

// sheetBlit draws a side*side image of values in [0, 1] at (x0, y0), white
// ink on black, each value as a zoom*zoom block.
func sheetBlit(img *image.Gray, v []float32, side, zoom, x0, y0 int) {
	for y := 0; y < side*zoom; y++ {
		for x := 0; x < side*zoom; x++ {
			img.SetGray(x0+x, y0+y, color.Gray{uint8(min(max(v[(y/zoom)*side+x/zoom], 0), 1)*255 + 0.5)})
		}
	}
}

// sheetText writes s in white with its baseline at (x, y).
func sheetText(img *image.Gray, s string, x, y int) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(color.Gray{255}), Face: basicfont.Face7x13, Dot: fixed.P(x, y)}
	d.DrawString(s)
}
