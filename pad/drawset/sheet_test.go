package drawset

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	imgdraw "image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"digitlab/pad"
)

// The contact-sheet tests (Test*Sheet) write pictures of a set's drawings
// for checking by eye, and only by eye, that every digit reads as its
// digit and every non-digit as none: no classifier reads a set before it
// is measured. They write only when asked, into the folder their
// environment variable names; sheetDir is where every one of them
// starts.

// sheetDir returns the folder named by the environment variable env,
// made if need be, for the contact sheets of sets; without env it skips
// the test.
func sheetDir(t *testing.T, env, sets string) string {
	t.Helper()
	dir := os.Getenv(env)
	if dir == "" {
		t.Skipf("set %s to a folder to write the %s sets' contact sheets", env, sets)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// halfName names half h in the sheets' file names.
func halfName(h Half) string { return [2]string{"tuning", "held-out"}[h] }

// sheetCell is a drawing and the note under it.
type sheetCell struct {
	s    Sample
	note string
}

// contactRows are the rows of a contact sheet: their names, in the order
// they first came, and each row's cells.
type contactRows struct {
	names []string
	cells map[string][]sheetCell
}

// add puts c at the end of row name, unless the row holds most cells.
func (r *contactRows) add(name string, c sheetCell, most int) {
	if r.cells == nil {
		r.cells = map[string][]sheetCell{}
	}
	if _, ok := r.cells[name]; !ok {
		r.names = append(r.names, name)
	}
	if len(r.cells[name]) < most {
		r.cells[name] = append(r.cells[name], c)
	}
}

// rowsBy groups drawings into rows named by key, at most most to a row,
// each noted by note.
func rowsBy(ss []Sample, most int, key, note func(Sample) string) contactRows {
	var rows contactRows
	for _, s := range ss {
		rows.add(key(s), sheetCell{s, note(s)}, most)
	}
	return rows
}

// oneOfEach is the first drawing of each family, perRow families to a
// row, each row named by its first family, each drawing noted by note.
func oneOfEach(ss []Sample, perRow int, note func(Sample) string) contactRows {
	var rows contactRows
	seen := map[string]bool{}
	for _, s := range ss {
		if seen[s.Family] {
			continue
		}
		seen[s.Family] = true
		name := s.Family
		if (len(seen)-1)%perRow != 0 {
			name = rows.names[len(rows.names)-1]
		}
		rows.add(name, sheetCell{s, note(s)}, perRow)
	}
	return rows
}

// byFamily and byPen name a drawing's row; notePen is the note under
// it.
func byFamily(s Sample) string { return s.Family }
func byPen(s Sample) string    { return "pen " + s.Pen }
func notePen(s Sample) string  { return s.Pen }

// sortByRank puts names in the order they have in order.
func sortByRank(names, order []string) {
	slices.SortStableFunc(names, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
}

// sheetLook is how a contact sheet shows its drawings.
type sheetLook int

const (
	// netLook shows each drawing as the pad shows it (sheetPad pixels
	// square) above the 28x28 image Preprocess makes of it (zoomed
	// sheetZoom times), its note under both, sheetCols to a row, sheetRows
	// rows to a sheet.
	netLook sheetLook = iota
	// eventsLook shows the whole pad shrunk to writersCell pixels, the
	// strokes drawn in white and the pointer's events as red dots, its
	// note under it, writersCols to a row, writersRows rows to a sheet.
	// It draws the strokes itself (no Preprocess, no renderer of the
	// pad's).
	eventsLook
)

// Layout of netLook's sheets.
const (
	sheetPad   = 112
	sheetZoom  = 4
	sheetCols  = 8
	sheetRows  = 5
	sheetLabel = 150
	sheetGap   = 6
)

// Layout of eventsLook's sheets.
const (
	writersCell  = 120
	writersCols  = 10
	writersRows  = 8
	writersLabel = 110
)

// writeSheets writes the rows named in names that hold a drawing, as
// look shows them, into dir as prefix-00.png, prefix-01.png, ...
func writeSheets(t *testing.T, dir, prefix string, look sheetLook, names []string, rows contactRows) {
	t.Helper()
	names = slices.DeleteFunc(slices.Clone(names), func(n string) bool { return len(rows.cells[n]) == 0 })
	perPage := map[sheetLook]int{netLook: sheetRows, eventsLook: writersRows}[look]
	for k := 0; k < len(names); k += perPage {
		page := names[k:min(k+perPage, len(names))]
		savePNG(t, filepath.Join(dir, fmt.Sprintf("%s-%02d.png", prefix, k/perPage)), look.draw(t, page, rows))
	}
}

// draw draws the named rows as the look shows them.
func (look sheetLook) draw(t *testing.T, names []string, rows contactRows) image.Image {
	t.Helper()
	if look == eventsLook {
		return eventsSheet(names, rows)
	}
	return netSheet(t, names, rows)
}

// netSheet draws rows of drawings as netLook shows them, each row headed
// by its name.
func netSheet(t *testing.T, names []string, rows contactRows) image.Image {
	t.Helper()
	netSide := pad.NetSide * sheetZoom
	cellH := sheetPad + netSide + 16
	w := sheetLabel + sheetCols*(sheetPad+sheetGap) + sheetGap
	h := len(names)*(cellH+sheetGap) + sheetGap
	img := image.NewGray(image.Rect(0, 0, w, h))
	imgdraw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{90}), image.Point{}, imgdraw.Src)
	raster := make([]float32, sheetPad*sheetPad)
	var net [pad.NetPixels]float32
	for i, name := range names {
		y0 := sheetGap + i*(cellH+sheetGap)
		sheetText(img, name, 4, y0+sheetPad/2)
		for c, cell := range rows.cells[name] {
			var d pad.Drawing
			if err := d.AddStrokes(cell.s.Strokes); err != nil {
				t.Fatalf("%s: %v", cell.s.Style(), err)
			}
			x0 := sheetLabel + sheetGap + c*(sheetPad+sheetGap)
			pad.RenderPad(&d, raster, sheetPad, 0)
			sheetBlit(img, raster, sheetPad, 1, x0, y0)
			pad.Preprocess(&d, &net)
			sheetBlit(img, net[:], pad.NetSide, sheetZoom, x0, y0+sheetPad)
			sheetText(img, cell.note, x0, y0+sheetPad+netSide+13)
		}
	}
	return img
}

// eventsSheet draws rows of drawings as eventsLook shows them, each row
// headed by its name.
func eventsSheet(names []string, rows contactRows) image.Image {
	cellH := writersCell + 14
	img := image.NewRGBA(image.Rect(0, 0, writersLabel+writersCols*(writersCell+4), len(names)*(cellH+4)+4))
	imgdraw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{70, 70, 70, 255}), image.Point{}, imgdraw.Src)
	for i, name := range names {
		y0 := 4 + i*(cellH+4)
		sheetText(img, name, 4, y0+writersCell/2)
		for c, cell := range rows.cells[name] {
			x0 := writersLabel + c*(writersCell+4)
			drawPadCell(img, cell.s, x0, y0)
			sheetText(img, cell.note, x0, y0+writersCell+12)
		}
	}
	return img
}

// savePNG writes img to path, encoded before the file is made, so that
// an encoding error leaves no half-written sheet to be looked at.
func savePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
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
func sheetText(img imgdraw.Image, s string, x, y int) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(color.White), Face: basicfont.Face7x13, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

// drawPadCell draws a drawing's strokes, the whole pad shrunk into a
// writersCell square at (x0, y0): black ground, white lines two pixels
// wide between the events, and the events in red.
func drawPadCell(img *image.RGBA, s Sample, x0, y0 int) {
	imgdraw.Draw(img, image.Rect(x0, y0, x0+writersCell, y0+writersCell), image.NewUniform(color.Black), image.Point{}, imgdraw.Src)
	k := float64(writersCell-1) / pad.Size
	dot := func(x, y float64, c color.RGBA, r int) {
		px, py := int(math.Round(x*k)), int(math.Round(y*k))
		for dy := -r; dy <= r; dy++ {
			for dx := -r; dx <= r; dx++ {
				if qx, qy := px+dx, py+dy; qx >= 0 && qy >= 0 && qx < writersCell && qy < writersCell {
					img.SetRGBA(x0+qx, y0+qy, c)
				}
			}
		}
	}
	white, red := color.RGBA{255, 255, 255, 255}, color.RGBA{255, 60, 60, 255}
	for _, st := range s.Strokes {
		for i := 1; i < len(st); i++ {
			a, b := st[i-1], st[i]
			n := int(math.Hypot(float64(b[0]-a[0]), float64(b[1]-a[1]))*k*2) + 1
			for q := 0; q <= n; q++ {
				f := float32(q) / float32(n)
				dot(float64(a[0]+(b[0]-a[0])*f), float64(a[1]+(b[1]-a[1])*f), white, 1)
			}
		}
	}
	for _, st := range s.Strokes {
		for _, p := range st {
			dot(float64(p[0]), float64(p[1]), red, 0)
		}
	}
}

// writeDigitSheets writes <prefix>-digits, a row per font (the part of a
// family after its "/"), its drawings of 0 to 9 cycling over the columns,
// and <prefix>-pens, a row per pen, in the order of families.
func writeDigitSheets(t *testing.T, dir, prefix string, digits []Sample, families []string) {
	t.Helper()
	font := func(s Sample) string { return s.Family[strings.Index(s.Family, "/")+1:] }
	fonts := rowsBy(digits, sheetCols, font, notePen)
	writeSheets(t, dir, prefix+"-digits", netLook, fonts.names, fonts)
	writeSheets(t, dir, prefix+"-pens", netLook, families, rowsBy(digits, sheetCols, byPen, notePen))
}
