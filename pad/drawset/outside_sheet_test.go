package drawset

import "testing"

// TestOutsideSheet writes contact sheets of both outside sets' tuning
// halves into the folder $OUTSIDE_SHEET, five families to a sheet (and
// one sheet of the pens, a row per pen), for checking by eye that every
// digit reads as its digit and every non-digit as none. It measures
// nothing: the held-out halves are measured once, and nothing here looks
// at them. Without $OUTSIDE_SHEET it is skipped.
func TestOutsideSheet(t *testing.T) {
	dir := sheetDir(t, "OUTSIDE_SHEET", "outside")
	digits, others := OutsideDigits(1, 3000, OutsideTune), OutsideVOthers(1, 1200, OutsideTune)
	writeSheets(t, dir, "outside-digits", netLook, outside.Families(OutsideTune), rowsBy(digits, sheetCols, byFamily, notePen))
	writeSheets(t, dir, "outside-pens", netLook, outside.Families(OutsideTune), rowsBy(digits, sheetCols, byPen, notePen))
	writeSheets(t, dir, "outside-nondigits", netLook, outside.Families(OutsideTune), rowsBy(others, sheetCols, byFamily, notePen))
}
