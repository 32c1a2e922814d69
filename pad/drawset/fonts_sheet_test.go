package drawset

import "testing"

// TestFontsSheet writes contact sheets of both halves of the fonts sets
// into the folder $FONTS_SHEET: the digits, a row per font and digit
// group, the pens, a row per pen, and the non-digits, a row per eight
// families. They are for checking by eye, and only by eye, that every
// digit reads as its digit and every non-digit as none: no classifier
// reads these sets before they are measured. Without $FONTS_SHEET it is
// skipped.
func TestFontsSheet(t *testing.T) {
	dir := sheetDir(t, "FONTS_SHEET", "fonts")
	f := testFonts(t)
	for h := range Half(2) {
		half := halfName(h)
		writeDigitSheets(t, dir, "fonts-"+half, f.Digits(1, 4000, h), f.Families(h))
		others := oneOfEach(f.VOthers(1, 1200, h), sheetCols, notePen)
		writeSheets(t, dir, "fonts-"+half+"-nondigits", netLook, others.names, others)
	}
}
