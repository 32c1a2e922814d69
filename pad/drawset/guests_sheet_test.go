package drawset

import "testing"

// TestGuestsSheet writes contact sheets of the guests sets into the
// folder $GUESTS_SHEET: for each half, its digits and its verdict
// digits a row per family (ten drawings of it, with their pens), the
// first 80 of each as the set hands them out, and its non-digits a row
// per family. They are for checking by eye, and only by eye, that every
// digit reads as its digit and every non-digit as none: no classifier
// reads the guests sets before they are measured. Without $GUESTS_SHEET
// it is skipped.
func TestGuestsSheet(t *testing.T) {
	dir := sheetDir(t, "GUESTS_SHEET", "guests")
	for h := range Half(2) {
		half := halfName(h)
		order := guests.Families(h)
		for _, set := range []struct {
			name string
			gen  func(seed uint64, n int, h Half) []Sample
		}{{"digits", guests.Digits}, {"vdigits", guests.VDigits}} {
			ds := set.gen(1, 2000, h)
			writeFamilySheets(t, dir, "guests-"+half+"-"+set.name, ds, order)
			writeInTurnSheets(t, dir, "guests-"+half+"-"+set.name+"-in-turn", ds)
		}
		writeFamilySheets(t, dir, "guests-"+half+"-nondigits", guests.VOthers(1, 400, h), order)
	}
}
