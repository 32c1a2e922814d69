package drawset

import (
	"fmt"
	"testing"
)

// TestStrangersSheet writes contact sheets of the strangers sets into the
// folder $STRANGERS_SHEET: for each half, its digits a row per family (ten
// drawings of it, with their pens), the first 80 digits as the set hands
// them out, and its non-digits a row per family. They are for checking
// by eye, and only by eye, that every digit reads as its digit and every
// non-digit as none: no classifier reads the strangers sets before they
// are measured. Without $STRANGERS_SHEET it is skipped.
func TestStrangersSheet(t *testing.T) {
	dir := sheetDir(t, "STRANGERS_SHEET", "strangers")
	for h := range Half(2) {
		half := halfName(h)
		ds := strangers.Digits(1, 2000, h)
		writeFamilySheets(t, dir, "strangers-"+half+"-digits", ds, strangers.Families(h))
		writeInTurnSheets(t, dir, "strangers-"+half+"-in-turn", ds)
		writeFamilySheets(t, dir, "strangers-"+half+"-nondigits", strangers.VOthers(1, 200, h), strangers.Families(h))
	}
}

// writeFamilySheets writes drawings of a half of a set split by family as
// eventsLook shows them, a row per family (up to writersCols drawings of
// it, noted by pen) in the order of order, the half's families.
func writeFamilySheets(t *testing.T, dir, prefix string, ss []Sample, order []string) {
	t.Helper()
	rows := rowsBy(ss, writersCols, byFamily, notePen)
	sortByRank(rows.names, order)
	writeSheets(t, dir, prefix, eventsLook, rows.names, rows)
}

// writeInTurnSheets writes the first 80 digits as a set hands them out,
// ten to a row, each noted by its family and pen.
func writeInTurnSheets(t *testing.T, dir, prefix string, ds []Sample) {
	t.Helper()
	var rows contactRows
	for i, s := range ds[:80] {
		rows.add(fmt.Sprintf("drawings %d-%d", i/10*10, i/10*10+9), sheetCell{s, s.Family[2:] + " " + s.Pen}, 10)
	}
	writeSheets(t, dir, prefix, eventsLook, rows.names, rows)
}
