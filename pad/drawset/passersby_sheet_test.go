package drawset

import (
	"fmt"
	"os"
	"slices"
	"testing"
)

// TestPassersbySheet writes contact sheets of the passersby sets into the
// folder $PASSERSBY_SHEET: for each half, its digits a row per family
// (ten drawings of it, with their pens), the first 80 digits as the set
// hands them out, and its non-digits a row per family. They are for
// checking by eye, and only by eye, that every digit reads as its digit
// and every non-digit as none: no classifier reads the passersby sets
// before they are measured. Without $PASSERSBY_SHEET it is skipped.
func TestPassersbySheet(t *testing.T) {
	dir := os.Getenv("PASSERSBY_SHEET")
	if dir == "" {
		t.Skip("set PASSERSBY_SHEET to a folder to write the passersby sets' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for h, half := range []string{"tuning", "held-out"} {
		for _, set := range []struct {
			name string
			gen  func(uint64, int, PassersbyHalf) []Sample
		}{{"digits", PassersbyDigits}, {"vdigits", PassersbyVDigits}} {
			ds := set.gen(1, 2000, PassersbyHalf(h))
			fams, rows := passersbyRows(ds)
			writeWritersSheets(t, dir, "passersby-"+half+"-"+set.name, fams, rows)
			var keys []string
			inTurn := map[string][]sheetCell{}
			for i, s := range ds[:80] {
				key := fmt.Sprintf("drawings %d-%d", i/10*10, i/10*10+9)
				if i%10 == 0 {
					keys = append(keys, key)
				}
				inTurn[key] = append(inTurn[key], sheetCell{s, s.Family[2:] + " " + s.Pen})
			}
			writeWritersSheets(t, dir, "passersby-"+half+"-"+set.name+"-in-turn", keys, inTurn)
		}
		others, orows := passersbyRows(PassersbyVOthers(1, 400, PassersbyHalf(h)))
		writeWritersSheets(t, dir, "passersby-"+half+"-nondigits", others, orows)
	}
}

// passersbyRows groups drawings by family, in the order of
// passersbyDigits and passersbyOthers, up to a row's worth of each, noted
// by pen.
func passersbyRows(ss []Sample) ([]string, map[string][]sheetCell) {
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
	rank := map[string]int{}
	for i, f := range slices.Concat(passersbyDigits, passersbyOthers) {
		rank[f.family()] = i
	}
	slices.SortFunc(keys, func(a, b string) int { return rank[a] - rank[b] })
	return keys, rows
}
