package drawset

import (
	"fmt"
	"os"
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
	dir := os.Getenv("STRANGERS_SHEET")
	if dir == "" {
		t.Skip("set STRANGERS_SHEET to a folder to write the strangers sets' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for h, half := range []string{"tuning", "held-out"} {
		ds := StrangersDigits(1, 2000, StrangersHalf(h))
		fams, rows := strangersRows(ds)
		writeWritersSheets(t, dir, "strangers-"+half+"-digits", fams, rows)
		var keys []string
		inTurn := map[string][]sheetCell{}
		for i, s := range ds[:80] {
			key := fmt.Sprintf("drawings %d-%d", i/10*10, i/10*10+9)
			if i%10 == 0 {
				keys = append(keys, key)
			}
			inTurn[key] = append(inTurn[key], sheetCell{s, s.Family[2:] + " " + s.Pen})
		}
		writeWritersSheets(t, dir, "strangers-"+half+"-in-turn", keys, inTurn)
		others, orows := strangersRows(StrangersVOthers(1, 200, StrangersHalf(h)))
		writeWritersSheets(t, dir, "strangers-"+half+"-nondigits", others, orows)
	}
}

// strangersRows groups drawings by family, in the order the families
// first come, up to a row's worth of each, noted by pen.
func strangersRows(ss []Sample) ([]string, map[string][]sheetCell) {
	var keys []string
	rows := map[string][]sheetCell{}
	for _, s := range ss {
		if _, ok := rows[s.Family]; !ok {
			keys = append(keys, s.Family)
		}
		if len(rows[s.Family]) < writersCols {
			rows[s.Family] = append(rows[s.Family], sheetCell{s, s.Pen})
		}
	}
	sortStrangers(keys)
	return keys, rows
}

// sortStrangers puts families in the order of strangerDigits and
// strangerOthers.
func sortStrangers(keys []string) {
	rank := map[string]int{}
	for i, f := range append(append([]strangerFamily(nil), strangerDigits...), strangerOthers...) {
		rank[f.family()] = i
	}
	for i := 1; i < len(keys); i++ {
		for k := i; k > 0 && rank[keys[k]] < rank[keys[k-1]]; k-- {
			keys[k], keys[k-1] = keys[k-1], keys[k]
		}
	}
}
