package drawset

import "testing"

// TestGuestsSheet writes contact sheets of the guests sets into the
// folder $GUESTS_SHEET (see writeHalvesSheets). They are for checking by
// eye, and only by eye, that every digit reads as its digit and every
// non-digit as none: no classifier reads the guests sets before they are
// measured. Without $GUESTS_SHEET it is skipped.
func TestGuestsSheet(t *testing.T) {
	writeHalvesSheets(t, sheetDir(t, "GUESTS_SHEET", "guests"), guests)
}
