package runs

import (
	"fmt"
	"slices"

	"digitlab/nn"
)

// Run is one training run as the comparison shows it.
type Run struct {
	// ID numbers runs 1, 2, 3… in the order they started (shown as "#3").
	ID     int
	Config nn.Config
	// Curve is the validation accuracy curve, at most MaxPoints points.
	Curve []Point
	// BestAcc is the best validation accuracy seen (0..1), over the whole
	// curve the run reported, not only the points kept.
	BestAcc  float64
	Epochs   float64
	Seconds  float64
	Diverged bool
	// Shared marks a run decoded from a link, not trained in this session.
	Shared bool
}

// clone returns a deep copy, so callers never alias a Book's slices.
func (r Run) clone() Run {
	r.Config = r.Config.Clone()
	r.Curve = slices.Clone(r.Curve)
	if r.Curve == nil {
		r.Curve = []Point{}
	}
	return r
}

// MinCap is the smallest capacity of a Book: the comparison is meant to
// show several runs side by side.
const MinCap = 4

// Book keeps the last Cap runs, the current run always among them, and one
// pinned baseline, which is kept however old it gets. It holds at most Cap+1
// runs: the baseline is the extra one when it is older than the last Cap. A Book is not safe for concurrent use; the app owns it on its
// update loop. Use NewBook; the zero value is not usable.
type Book struct {
	cap     int
	runs    []Run // oldest first, IDs increasing
	nextID  int
	current int // ID of the current run, 0 for none
	pinned  int // ID of the baseline, 0 for none
	version int
}

// NewBook returns an empty book that keeps the last capacity runs and a
// baseline. It panics if capacity is below MinCap, a programmer error.
func NewBook(capacity int) *Book {
	if capacity < MinCap {
		panic(fmt.Sprintf("runs: capacity %d below %d", capacity, MinCap))
	}
	return &Book{cap: capacity, nextID: 1}
}

// Cap returns the number of recent runs kept; an older baseline is kept too.
func (b *Book) Cap() int { return b.cap }

// Version returns a number that changes whenever the book does, so a UI
// can keep its drawings until it changes.
func (b *Book) Version() int { return b.version }

func (b *Book) changed() { b.version++ }

// Begin starts a new run of cfg (a deep copy is kept), makes it the current
// run and returns its ID. When the book is over capacity it evicts the
// oldest run that is neither pinned nor current.
func (b *Book) Begin(cfg nn.Config) int {
	id := b.add(Run{Config: cfg})
	b.current = id
	b.evict()
	b.changed()
	return id
}

// add appends r with a new ID and returns the ID.
func (b *Book) add(r Run) int {
	r = r.clone()
	r.ID = b.nextID
	b.nextID++
	b.runs = append(b.runs, r)
	return r.ID
}

// evict keeps the current run, the newest other runs up to Cap in all,
// and the baseline, and drops the rest. The current run is the newest
// unless shared runs came after it; it then takes the slot of the oldest
// of the newest.
func (b *Book) evict() {
	if len(b.runs) <= b.cap {
		return
	}
	keep := make(map[int]bool, b.cap+1)
	if b.index(b.current) >= 0 {
		keep[b.current] = true
	}
	for i := len(b.runs) - 1; i >= 0 && len(keep) < b.cap; i-- {
		keep[b.runs[i].ID] = true
	}
	keep[b.pinned] = true
	b.runs = slices.DeleteFunc(b.runs, func(r Run) bool { return !keep[r.ID] })
}

func (b *Book) index(id int) int {
	if id <= 0 {
		return -1
	}
	return slices.IndexFunc(b.runs, func(r Run) bool { return r.ID == id })
}

// Update sets the progress of run id: its curve (thinned to MaxPoints),
// epochs, seconds and whether it diverged. BestAcc is the best accuracy of
// the whole curve given, before thinning, so a peak between kept points
// is not lost. An unknown id is ignored: the run may have been evicted
// while its last progress was on its way. The version changes only if the
// run did.
func (b *Book) Update(id int, curve []Point, epochs, seconds float64, diverged bool) {
	i := b.index(id)
	if i < 0 {
		return
	}
	r := &b.runs[i]
	c := Downsample(curve, MaxPoints)
	best := BestAcc(curve)
	if slices.Equal(r.Curve, c) && r.BestAcc == best && r.Epochs == epochs && r.Seconds == seconds && r.Diverged == diverged {
		return
	}
	r.Curve, r.BestAcc, r.Epochs, r.Seconds, r.Diverged = c, best, epochs, seconds, diverged
	b.changed()
}

// Current returns the current run, the one Begin started last; false
// before the first Begin.
func (b *Book) Current() (Run, bool) { return b.get(b.current) }

// Baseline returns the pinned run; false if none is pinned.
func (b *Book) Baseline() (Run, bool) { return b.get(b.pinned) }

func (b *Book) get(id int) (Run, bool) {
	i := b.index(id)
	if i < 0 {
		return Run{}, false
	}
	return b.runs[i].clone(), true
}

// Runs returns deep copies of every run, oldest first.
func (b *Book) Runs() []Run {
	out := make([]Run, len(b.runs))
	for i, r := range b.runs {
		out[i] = r.clone()
	}
	return out
}

// Pin makes run id the baseline, replacing any other; it reports false
// for an unknown id. The former baseline is evicted if it is older than the
// last Cap runs.
func (b *Book) Pin(id int) bool {
	if b.index(id) < 0 {
		return false
	}
	if b.pinned != id {
		b.pinned = id
		b.evict()
		b.changed()
	}
	return true
}

// Unpin forgets the baseline; its run goes too if it is older than the last
// Cap runs.
func (b *Book) Unpin() {
	if b.pinned == 0 {
		return
	}
	b.pinned = 0
	b.evict()
	b.changed()
}

// Clear forgets every run except the current one, and the baseline unless
// it is the current run.
func (b *Book) Clear() {
	n, pinned := len(b.runs), b.pinned
	b.runs = slices.DeleteFunc(b.runs, func(r Run) bool { return r.ID != b.current })
	if b.pinned != b.current {
		b.pinned = 0
	}
	if len(b.runs) != n || b.pinned != pinned {
		b.changed()
	}
}

// AddShared adds runs decoded from a link, in order, as Shared runs with
// new IDs (their own IDs are ignored) and curves of at most MaxPoints.
// pinned, when it is a position in rs counted from 1, makes that run the
// baseline, as it was for the person who shared them (0 pins nothing). If
// the runs exceed the capacity, the oldest that are neither pinned nor
// current are evicted, which may include the first of rs: AddShared
// returns how many of rs it could not keep, so that the app can say so.
func (b *Book) AddShared(rs []Run, pinned int) (dropped int) {
	if len(rs) == 0 {
		return 0
	}
	ids := make([]int, len(rs))
	for i, r := range rs {
		r.Shared = true
		r.Curve = Downsample(r.Curve, MaxPoints)
		ids[i] = b.add(r)
		if i+1 == pinned {
			b.pinned = ids[i]
		}
	}
	b.evict()
	b.changed()
	for _, id := range ids {
		if b.index(id) < 0 {
			dropped++
		}
	}
	return dropped
}
