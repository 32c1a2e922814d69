package drawset

import "testing"

// TestPassersbySheet writes contact sheets of the passersby sets into the
// folder $PASSERSBY_SHEET (see writeHalvesSheets). They are for checking
// by eye, and only by eye, that every digit reads as its digit and every
// non-digit as none: no classifier reads the passersby sets before they
// are measured. Without $PASSERSBY_SHEET it is skipped.
func TestPassersbySheet(t *testing.T) {
	writeHalvesSheets(t, sheetDir(t, "PASSERSBY_SHEET", "passersby"), passersby)
}

// writeHalvesSheets writes the contact sheets of a set split into halves
// into dir: for each half, its digits and its verdict digits a row per
// family (ten drawings of it, with their pens) and the first 80 of each
// as the set hands them out, and its non-digits a row per family. The
// files are named after the set, the half and the part.
func writeHalvesSheets(t *testing.T, dir string, s Halves) {
	t.Helper()
	for h := range Half(2) {
		prefix := s.name + "-" + halfName(h)
		order := s.Families(h)
		for _, set := range []struct {
			name string
			gen  func(seed uint64, n int, h Half) []Sample
		}{{"digits", s.Digits}, {"vdigits", s.VDigits}} {
			ds := set.gen(1, 2000, h)
			writeFamilySheets(t, dir, prefix+"-"+set.name, ds, order)
			writeInTurnSheets(t, dir, prefix+"-"+set.name+"-in-turn", ds)
		}
		writeFamilySheets(t, dir, prefix+"-nondigits", s.VOthers(1, 400, h), order)
	}
}
