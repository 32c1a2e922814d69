package drawset

import "testing"

// TestPassersbySheet writes contact sheets of the passersby sets into the
// folder $PASSERSBY_SHEET: for each half, its digits a row per family
// (ten drawings of it, with their pens), the first 80 digits as the set
// hands them out, and its non-digits a row per family. They are for
// checking by eye, and only by eye, that every digit reads as its digit
// and every non-digit as none: no classifier reads the passersby sets
// before they are measured. Without $PASSERSBY_SHEET it is skipped.
func TestPassersbySheet(t *testing.T) {
	dir := sheetDir(t, "PASSERSBY_SHEET", "passersby")
	for h := range Half(2) {
		half := halfName(h)
		order := passersby.Families(h)
		for _, set := range []struct {
			name string
			gen  func(seed uint64, n int, h Half) []Sample
		}{{"digits", passersby.Digits}, {"vdigits", passersby.VDigits}} {
			ds := set.gen(1, 2000, h)
			writeFamilySheets(t, dir, "passersby-"+half+"-"+set.name, ds, order)
			writeInTurnSheets(t, dir, "passersby-"+half+"-"+set.name+"-in-turn", ds)
		}
		writeFamilySheets(t, dir, "passersby-"+half+"-nondigits", passersby.VOthers(1, 400, h), order)
	}
}
