package drawset

import (
	"fmt"
	"testing"
)

// TestWritersSheet writes contact sheets of the writers sets into the
// folder $WRITERS_SHEET: for each half, its digits a row per allograph
// (by different writers), its writers a row each (their 0 to 9, to see
// that a writer is one person), and its non-digits a row per family,
// each drawing named by its writer and device (eventsLook). The sheets
// are for checking by eye, and only by eye, that every digit reads as
// its digit and every non-digit as none: no classifier reads these sets
// before they are measured. Without $WRITERS_SHEET it is skipped.
func TestWritersSheet(t *testing.T) {
	dir := sheetDir(t, "WRITERS_SHEET", "writers")
	names := map[int]string{}
	for _, w := range writersRoster() {
		names[w.id] = fmt.Sprintf("%s %s", w.name, w.dev.name)
	}
	var allographs []string
	for _, a := range writerAllographs {
		allographs = append(allographs, a.family())
	}
	for h := range Half(2) {
		half := halfName(h)
		ds, ids := writersDigits(halfSeed(1, int(h), 36, "writers"), 3000, int(h))
		var byFam, byWriter contactRows
		for i, s := range ds {
			c := sheetCell{s, names[ids[i]]}
			if !writerIn(byFam.cells[s.Family], c.note) {
				byFam.add(s.Family, c, writersCols)
			}
			byWriter.add(c.note, sheetCell{s, s.Family}, 10)
		}
		sortByRank(byFam.names, allographs)
		writeSheets(t, dir, "writers-"+half+"-digits", eventsLook, byFam.names, byFam)
		writeSheets(t, dir, "writers-"+half+"-writers", eventsLook, byWriter.names, byWriter)
		nds, oids := writersOthers(halfSeed(1, int(h), 38, "writers"), 20*len(writerNonDigits), int(h))
		var byOther contactRows
		for i, s := range nds {
			byOther.add(s.Family, sheetCell{s, names[oids[i]]}, writersCols)
		}
		writeSheets(t, dir, "writers-"+half+"-nondigits", eventsLook, byOther.names, byOther)
	}
}

// writerIn reports whether a writer already has a cell in the row, so a
// row of an allograph shows as many writers as it can.
func writerIn(cells []sheetCell, note string) bool {
	for _, c := range cells {
		if c.note == note {
			return true
		}
	}
	return false
}
