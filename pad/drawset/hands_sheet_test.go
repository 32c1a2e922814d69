package drawset

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// TestHandsSheet writes contact sheets of the hands sets into the folder
// $HANDS_SHEET. The trace sheets show, a row per face, every glyph the
// sets draw, filled in grey with its traced strokes over it, each stroke
// in its own colour and a white dot where the pen goes down: for checking
// that the centre lines have no hairs, no doubled lines and closed loops,
// and that the pen lifts are a person's. The sample sheets show both
// halves' drawings as the pad draws them and the network sees them. They
// are for checking by eye, and only by eye, that every digit reads as its
// digit and every non-digit as none: no classifier reads these sets
// before they are measured. Without $HANDS_SHEET it is skipped.
func TestHandsSheet(t *testing.T) {
	writeTracedSheets(t, sheetDir(t, "HANDS_SHEET", "hands"), handsCase.loadSystem(t))
}

// writeTracedSheets writes the trace sheets of a set traced from
// handwriting fonts (writeTraceSheets) and, for each half, its digit and
// pen sheets (writeDigitSheets) and its non-digit sheet, eight glyphs to
// a row, each named by its face and glyph instead of its pen, so that a
// glyph to leave out can be named.
func writeTracedSheets(t *testing.T, dir string, f *traced) {
	t.Helper()
	writeTraceSheets(t, dir, f.spec)
	faceAndGlyph := func(s Sample) string { return strings.TrimPrefix(s.Family, "BecauseWe") }
	for h := range Half(2) {
		prefix := f.spec.name + "-" + halfName(h)
		writeDigitSheets(t, dir, prefix, f.Digits(1, 2000, h), f.Families(h))
		others := oneOfEach(f.VOthers(1, 1000, h), sheetCols, faceAndGlyph)
		writeSheets(t, dir, prefix+"-nondigits", netLook, others.names, others)
	}
}

// traceCell is the side of a glyph's cell on a trace sheet, in pixels.
const traceCell = 110

// strokeColours tell a glyph's strokes apart on a trace sheet.
var strokeColours = []color.RGBA{{220, 30, 30, 255}, {30, 90, 230, 255}, {20, 160, 40, 255}, {200, 120, 0, 255}, {150, 40, 200, 255}, {0, 160, 170, 255}}

// writeTraceSheets writes <set>-trace-<face>.png for every face of the
// set: its digits, then its non-digit glyphs, filled and traced.
func writeTraceSheets(t *testing.T, dir string, sp *tracedSpec) {
	t.Helper()
	for _, face := range sp.faces {
		data, err := os.ReadFile(face.path)
		if err != nil {
			t.Fatal(err)
		}
		fnt, err := parseTTF(data)
		if err != nil {
			t.Fatal(err)
		}
		ppem, err := faceScale(fnt, face.path)
		if err != nil {
			t.Fatal(err)
		}
		glyphs := "0123456789" + handLetters
		cols := 12
		rowsN := (len([]rune(glyphs)) + cols - 1) / cols
		img := image.NewRGBA(image.Rect(0, 0, cols*traceCell, rowsN*traceCell+20))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		d := font.Drawer{Dst: img, Src: image.NewUniform(color.Black), Face: basicfont.Face7x13, Dot: fixed.P(4, rowsN*traceCell+14)}
		d.DrawString(face.name + " (" + face.hand + ", " + [2]string{"tuning", "held out"}[sp.halfOf(face.hand)] + ")")
		for k, c := range []rune(glyphs) {
			bm, ok := rasterGlyph(fnt, c, ppem)
			if !ok {
				continue
			}
			filled := &bitmap{bm.w, bm.h, append([]bool(nil), bm.pix...)}
			strokes, width := skeletonStrokes(bm, handMinSpur, face.sketched)
			x0, y0 := (k%cols)*traceCell, (k/cols)*traceCell
			scale := float64(traceCell-6) / float64(max(filled.w, filled.h))
			for y := 0; y < traceCell; y++ {
				for x := 0; x < traceCell; x++ {
					if filled.at(int(float64(x-3)/scale), int(float64(y-3)/scale)) {
						img.SetRGBA(x0+x, y0+y, color.RGBA{200, 200, 200, 255})
					}
				}
			}
			for i, s := range strokes {
				col := strokeColours[i%len(strokeColours)]
				for j := 1; j < len(s); j++ {
					a, b := s[j-1], s[j]
					n := int(a.dist(b)*scale*2) + 1
					for q := 0; q <= n; q++ {
						p := lerp(a, b, float64(q)/float64(n))
						img.SetRGBA(x0+3+int(p.X*scale), y0+3+int(p.Y*scale), col)
					}
				}
				st := s[0]
				for dy := -2; dy <= 2; dy++ {
					for dx := -2; dx <= 2; dx++ {
						img.SetRGBA(x0+3+int(st.X*scale)+dx, y0+3+int(st.Y*scale)+dy, color.RGBA{0, 0, 0, 255})
					}
				}
			}
			d := font.Drawer{Dst: img, Src: image.NewUniform(color.Black), Face: basicfont.Face7x13, Dot: fixed.P(x0+2, y0+12)}
			label := fmt.Sprintf("%c %d w%.0f", c, len(strokes), width)
			if strings.ContainsRune(sp.leftOut[face.name], c) {
				label += " OUT"
			}
			d.DrawString(label)
		}
		savePNG(t, filepath.Join(dir, sp.name+"-trace-"+face.name+".png"), img)
	}
}
