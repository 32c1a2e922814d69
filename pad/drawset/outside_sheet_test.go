package drawset

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestOutsideSheet writes contact sheets of both outside sets' tuning
// halves into the folder $OUTSIDE_SHEET, five families to a sheet (and
// one sheet of the pens, a row per pen), for checking by eye that every
// digit reads as its digit and every non-digit as none. It measures
// nothing: the held-out halves are measured once, and nothing here looks
// at them. Without $OUTSIDE_SHEET it is skipped.
func TestOutsideSheet(t *testing.T) {
	dir := os.Getenv("OUTSIDE_SHEET")
	if dir == "" {
		t.Skip("set OUTSIDE_SHEET to a folder to write the outside sets' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		name  string
		ss    []Sample
		fams  []string
		byPen bool
	}{
		{"digits", OutsideDigits(1, 3000, OutsideTune), OutsideFamilies(), false},
		{"pens", OutsideDigits(1, 3000, OutsideTune), OutsideFamilies(), true},
		{"nondigits", OutsideVOthers(1, 1200, OutsideTune), OutsideVFamilies(), false},
	} {
		key := func(s Sample) string { return s.Family }
		if g.byPen {
			key = func(s Sample) string { return "pen " + s.Pen }
		}
		byKey := map[string][]Sample{}
		for _, s := range g.ss {
			if k := key(s); len(byKey[k]) < sheetCols {
				byKey[k] = append(byKey[k], s)
			}
		}
		writeSheetsInOrder(t, dir, "outside-"+g.name, g.fams, byKey)
	}
}

// writeSheetsInOrder writes the rows of byKey named in keys, skipping
// those it has none of, sheetRows rows to a sheet, into dir as
// prefix-00.png, prefix-01.png, ...
func writeSheetsInOrder(t *testing.T, dir, prefix string, keys []string, byKey map[string][]Sample) {
	t.Helper()
	var names []string
	for _, k := range keys {
		if len(byKey[k]) > 0 {
			names = append(names, k)
		}
	}
	for k := 0; k < len(names); k += sheetRows {
		page := names[k:min(k+sheetRows, len(names))]
		rows := make([][]Sample, len(page))
		for i, n := range page {
			rows[i] = byKey[n]
		}
		writeContactSheet(t, filepath.Join(dir, fmt.Sprintf("%s-%02d.png", prefix, k/sheetRows)), page, rows)
	}
}
