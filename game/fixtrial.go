package game

import "digitlab/nn"

// startFix trains cfg, a finding's fixed config, from the start, with the
// run it fixes pinned as the baseline of the comparison so that the
// Compare tab shows the two runs against each other (the diagnosis
// panel's Try the fix).
func (a *App) startFix(cfg nn.Config) {
	if cur, ok := a.book.Current(); ok {
		a.book.Pin(cur.ID)
	}
	a.startOver(cfg)
}
