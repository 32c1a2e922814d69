package game

import (
	"fmt"
	"time"

	"digitlab/link"
	"digitlab/nn"
	"digitlab/runs"
	"digitlab/trainer"
)

// compareRuns is how many runs the comparison keeps.
const compareRuns = 6

// runBook is the app's record of the runs it compares: a runs.Book (whose
// reads it offers as its own) that follows the trainer's runs, and the
// Compare tab's actions on it. The trainer numbers its runs itself; the
// book gives each run it records an ID of its own.
type runBook struct {
	*runs.Book
	engineRun int       // the trainer's ID of the run followed
	bookRun   int       // the book's ID of that run
	secs      float64   // time spent training it
	lastSeen  time.Time // when it was last seen
	// share publishes a link's query and says what it did (Options.Share);
	// nil: the link is only shown.
	share func(query string) string
}

// newRunBook returns a book holding the runs of a shared link, run pin
// (from 1; 0 for none) of them pinned, and a warning for the banner when
// the comparison cannot keep them all ("" when it can).
func newRunBook(shared []runs.Run, pin int, share func(string) string) (*runBook, string) {
	b := &runBook{Book: runs.NewBook(compareRuns), share: share}
	b.AddShared(shared, pin)
	return b, sharedWarning(shared, pin)
}

// sharedWarning says how many of a link's runs the comparison keeps, when
// it cannot keep them all. The session's own run takes one of the
// compareRuns places as soon as it trains, so the link's runs have the
// others: a book of that size says which of them survive.
func sharedWarning(shared []runs.Run, pin int) string {
	n := len(shared)
	room := runs.NewBook(max(compareRuns-1, runs.MinCap))
	kept := n - room.AddShared(shared, pin)
	if kept == n {
		return ""
	}
	recent := min(n, room.Cap())
	if kept > recent { // the pinned run is older than the last ones, and kept too
		return fmt.Sprintf("The link shares %d runs; the comparison keeps the pinned one and the last %d", n, recent)
	}
	return fmt.Sprintf("The link shares %d runs; the comparison keeps the last %d", n, kept)
}

// follow records the run of snapshot s, whose config is cfg, as seen at
// now: a new trainer run begins a new entry once it has trained; each
// snapshot updates its curve and its training time.
func (b *runBook) follow(s *trainer.Snapshot, cfg nn.Config, now time.Time) {
	if s.RunID != b.engineRun {
		if s.Samples == 0 {
			return // not a run to compare until it trains (many are replaced at once)
		}
		b.engineRun, b.secs, b.lastSeen = s.RunID, 0, now
		b.bookRun = b.Begin(cfg)
	}
	if s.Run == trainer.RunTraining {
		b.secs += min(now.Sub(b.lastSeen).Seconds(), 1) // a stalled page does not count
	}
	b.lastSeen = now
	b.Update(b.bookRun, runs.CurveFromHistory(s.History.Val), s.Epoch, b.secs, s.Run == trainer.RunDiverged)
}

// togglePin makes run id the baseline, or unpins it if it is.
func (b *runBook) togglePin(id int) {
	if base, ok := b.Baseline(); ok && base.ID == id {
		b.Unpin()
		return
	}
	b.Pin(id)
}

// togglePinCurrent unpins the baseline, or pins the current run if none is
// pinned.
func (b *runBook) togglePinCurrent() {
	if _, ok := b.Baseline(); ok {
		b.Unpin()
	} else if cur, ok := b.Current(); ok {
		b.Pin(cur.ID)
	}
}

// shareLink builds the link to cfg and the compared runs, hands it to the
// host and returns what to tell the user.
func (b *runBook) shareLink(cfg nn.Config) string {
	base, _ := b.Baseline()
	q := link.Query(cfg, b.Runs(), base.ID)
	if b.share == nil {
		return "Link: ?" + q
	}
	return b.share(q)
}
