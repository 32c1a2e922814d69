package drawset

import (
	"fmt"
	"testing"
)

// TestTouristsSheet writes contact sheets of the tourists sets into the
// folder $TOURISTS_SHEET: those writeHalvesSheets writes, and
// tourists-<half>-families, thirty drawings of every family of each
// half, its digits from the drawn-digit set and its non-digits from the
// verdict set, as the pad shows them with the events the device
// reported. They are for checking by eye, and only by eye, that every
// digit reads as its digit and every non-digit as none: no classifier
// reads the tourists sets before they are measured. Without
// $TOURISTS_SHEET it is skipped.
func TestTouristsSheet(t *testing.T) {
	dir := sheetDir(t, "TOURISTS_SHEET", "tourists")
	writeHalvesSheets(t, dir, tourists)
	const each = 3 * writersCols
	for h := range Half(2) {
		fams := tourists.Families(h)
		ss := append(tourists.Digits(7, 40*each, h), tourists.VOthers(7, each*len(nonDigitFamilies(fams)), h)...)
		n := map[string]int{}
		var rows contactRows
		var names []string
		for _, s := range ss {
			if n[s.Family] == each {
				continue
			}
			row := fmt.Sprintf("%s %d", s.Family, n[s.Family]/writersCols)
			if n[s.Family]%writersCols == 0 {
				names = append(names, row)
			}
			rows.add(row, sheetCell{s, s.Pen}, writersCols)
			n[s.Family]++
		}
		writeSheets(t, dir, "tourists-"+halfName(h)+"-families", eventsLook, names, rows)
	}
}
