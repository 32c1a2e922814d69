package drawset

import (
	"path/filepath"
	"testing"
)

// TestSealedSheet writes contact sheets of both sealed sets' tuning halves
// into the folder $SEALED_SHEET, five families to a sheet, for checking by
// eye that every digit reads as its digit and every non-digit as none. It
// measures nothing: the sets were written to be measured once, after
// tuning. Without $SEALED_SHEET it is skipped.
func TestSealedSheet(t *testing.T) {
	dir := sheetDir(t, "SEALED_SHEET", "sealed")
	for _, g := range []struct {
		name string
		ss   []Sample
		fams []string
	}{
		{"digits", SealedDigits(1, 3000, SealedTune), sealed.Families(SealedTune)},
		{"verdict-digits", SealedVDigits(1, 1000, SealedTune), nil},
		{"nondigits", SealedVOthers(1, 1000, SealedTune), sealed.Families(SealedTune)},
	} {
		rows := rowsBy(g.ss, sheetCols, byFamily, notePen)
		if g.name == "verdict-digits" { // one sheet of the controls, a row per digit
			page := rows.names[:min(len(rows.names), sheetRows)]
			savePNG(t, filepath.Join(dir, g.name+".png"), netLook.draw(t, page, rows))
			continue
		}
		writeSheets(t, dir, g.name, netLook, g.fams, rows)
	}
}
