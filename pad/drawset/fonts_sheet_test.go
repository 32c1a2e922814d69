package drawset

import (
	"os"
	"strings"
	"testing"
)

// TestFontsSheet writes contact sheets of both halves of the fonts sets
// into the folder $FONTS_SHEET: the digits, a row per font and digit
// group, the pens, a row per pen, and the non-digits, a row per eight
// families. They are for checking by eye, and only by eye, that every
// digit reads as its digit and every non-digit as none: no classifier
// reads these sets before they are measured. Without $FONTS_SHEET it is
// skipped.
func TestFontsSheet(t *testing.T) {
	dir := os.Getenv("FONTS_SHEET")
	if dir == "" {
		t.Skip("set FONTS_SHEET to a folder to write the fonts sets' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := LoadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []struct {
		name string
		h    FontsHalf
	}{{"tuning", FontsTune}, {"held-out", FontsHeld}} {
		writeDigitSheets(t, dir, "fonts-"+h.name, f.Digits(1, 4000, h.h), f.Families(h.h))
		// Non-digits: eight families to a row, one drawing each.
		others := f.VOthers(1, 1200, h.h)
		byRow := map[string][]Sample{}
		var rows []string
		seen := map[string]bool{}
		for _, s := range others {
			if seen[s.Family] {
				continue
			}
			seen[s.Family] = true
			k := len(seen) - 1
			name := others[0].Family
			if len(rows) > 0 {
				name = rows[len(rows)-1]
			}
			if k%sheetCols == 0 {
				name = s.Family
				rows = append(rows, name)
			}
			byRow[name] = append(byRow[name], s)
		}
		writeSheetsInOrder(t, dir, "fonts-"+h.name+"-nondigits", rows, byRow)
	}
}

// writeDigitSheets writes <prefix>-digits, a row per font (the part of a
// family after its "/"), its drawings of 0 to 9 cycling over the columns,
// and <prefix>-pens, a row per pen, in the order of families.
func writeDigitSheets(t *testing.T, dir, prefix string, digits []Sample, families []string) {
	t.Helper()
	byFont, pens := map[string][]Sample{}, map[string][]Sample{}
	var fonts []string
	for _, s := range digits {
		font := s.Family[strings.Index(s.Family, "/")+1:]
		if _, ok := byFont[font]; !ok {
			fonts = append(fonts, font)
		}
		if len(byFont[font]) < sheetCols {
			byFont[font] = append(byFont[font], s)
		}
		if k := "pen " + s.Pen; len(pens[k]) < sheetCols {
			pens[k] = append(pens[k], s)
		}
	}
	writeSheetsInOrder(t, dir, prefix+"-digits", fonts, byFont)
	writeSheetsInOrder(t, dir, prefix+"-pens", families, pens)
}
