package drawset

import (
	"fmt"
	"image"
	"image/color"
	imgdraw "image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"digitlab/pad"
)

// Layout of the writers sets' contact sheets: cells of the whole pad
// shrunk to writersCell pixels, writersCols to a row, writersRows rows to
// a sheet.
const (
	writersCell  = 120
	writersCols  = 10
	writersRows  = 8
	writersLabel = 110
)

// TestWritersSheet writes contact sheets of the writers sets into the
// folder $WRITERS_SHEET: for each half, its digits a row per allograph
// (by different writers), its writers a row each (their 0 to 9, to see
// that a writer is one person), and its non-digits a row per family.
// Each cell is the whole pad, the strokes drawn in white and the pointer's
// events as red dots, named by the writer and device. The sheets are for
// checking by eye, and only by eye, that every digit reads as its digit
// and every non-digit as none: no classifier reads these sets before
// they are measured. The sheets draw the strokes themselves (no
// Preprocess, no renderer of the pad's). Without $WRITERS_SHEET it is
// skipped.
func TestWritersSheet(t *testing.T) {
	dir := os.Getenv("WRITERS_SHEET")
	if dir == "" {
		t.Skip("set WRITERS_SHEET to a folder to write the writers sets' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	names := map[int]string{}
	for _, w := range writersRoster() {
		names[w.id] = fmt.Sprintf("%s %s", w.name, w.dev.name)
	}
	for h, half := range []string{"tuning", "held-out"} {
		ds, ids := writersDigits(halfSeed(1, h, 36, "writers"), 3000, h)
		byFam, byWriter := map[string][]sheetCell{}, map[string][]sheetCell{}
		var fams, writers []string
		for i, s := range ds {
			c := sheetCell{s, names[ids[i]]}
			if _, ok := byFam[s.Family]; !ok {
				fams = append(fams, s.Family)
			}
			if len(byFam[s.Family]) < writersCols && !writerIn(byFam[s.Family], c.note) {
				byFam[s.Family] = append(byFam[s.Family], c)
			}
			w := names[ids[i]]
			if _, ok := byWriter[w]; !ok {
				writers = append(writers, w)
			}
			if len(byWriter[w]) < 10 {
				byWriter[w] = append(byWriter[w], sheetCell{s, s.Family})
			}
		}
		sortFamilies(fams)
		writeWritersSheets(t, dir, "writers-"+half+"-digits", fams, byFam)
		writeWritersSheets(t, dir, "writers-"+half+"-writers", writers, byWriter)
		nds, oids := writersOthers(halfSeed(1, h, 38, "writers"), 20*len(writerNonDigits), h)
		byOther := map[string][]sheetCell{}
		var others []string
		for i, s := range nds {
			if _, ok := byOther[s.Family]; !ok {
				others = append(others, s.Family)
			}
			if len(byOther[s.Family]) < writersCols {
				byOther[s.Family] = append(byOther[s.Family], sheetCell{s, names[oids[i]]})
			}
		}
		writeWritersSheets(t, dir, "writers-"+half+"-nondigits", others, byOther)
	}
}

// sheetCell is a drawing and the note under it.
type sheetCell struct {
	s    Sample
	note string
}

// writerIn reports whether a writer already has a cell in the row, so a
// row of an allograph shows as many writers as it can.
func writerIn(cells []sheetCell, note string) bool {
	for _, c := range cells {
		if c.note == note {
			return true
		}
	}
	return false
}

// sortFamilies puts digit families in the order of writerAllographs.
func sortFamilies(fams []string) {
	rank := map[string]int{}
	for i, a := range writerAllographs {
		rank[a.family()] = i
	}
	for i := 1; i < len(fams); i++ {
		for k := i; k > 0 && rank[fams[k]] < rank[fams[k-1]]; k-- {
			fams[k], fams[k-1] = fams[k-1], fams[k]
		}
	}
}

// writeWritersSheets writes prefix-NN.png, writersRows rows to a sheet.
func writeWritersSheets(t *testing.T, dir, prefix string, keys []string, rows map[string][]sheetCell) {
	t.Helper()
	for k := 0; k < len(keys); k += writersRows {
		page := keys[k:min(k+writersRows, len(keys))]
		cellH := writersCell + 14
		img := image.NewRGBA(image.Rect(0, 0, writersLabel+writersCols*(writersCell+4), len(page)*(cellH+4)+4))
		imgdraw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{70, 70, 70, 255}), image.Point{}, imgdraw.Src)
		for i, key := range page {
			y0 := 4 + i*(cellH+4)
			writersText(img, key, 4, y0+writersCell/2)
			for c, cell := range rows[key] {
				x0 := writersLabel + c*(writersCell+4)
				drawPadCell(img, cell.s, x0, y0)
				writersText(img, cell.note, x0, y0+writersCell+12)
			}
		}
		path := filepath.Join(dir, fmt.Sprintf("%s-%02d.png", prefix, k/writersRows))
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		f.Close()
		t.Log("wrote", path)
	}
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

// writersText writes s in white with its baseline at (x, y).
func writersText(img *image.RGBA, s string, x, y int) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(color.White), Face: basicfont.Face7x13, Dot: fixed.P(x, y)}
	d.DrawString(s)
}
