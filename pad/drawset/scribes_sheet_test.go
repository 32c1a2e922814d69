package drawset

import "testing"

// TestScribesSheet writes contact sheets of the scribes sets into the
// folder $SCRIBES_SHEET, as TestHandsSheet does for the hands sets: a
// trace sheet per face (its glyphs filled, its traced strokes over them)
// and both halves' digits, pens and non-digits as the pad draws them.
// They are for checking by eye, and only by eye, that every centre line
// is a pen's and every digit reads as its digit and every non-digit as
// none: no classifier reads these sets before they are measured. Without
// $SCRIBES_SHEET it is skipped.
func TestScribesSheet(t *testing.T) {
	writeTracedSheets(t, sheetDir(t, "SCRIBES_SHEET", "scribes"), scribesCase.loadSystem(t))
}
