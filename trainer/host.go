package trainer

import (
	"sync"
	"time"
)

// Intervals at which a host publishes snapshots: the curves often, the
// weights (hundreds of kilobytes) a little less often.
const (
	ProgressEvery = 100 * time.Millisecond
	WeightsEvery  = 250 * time.Millisecond
	// WorkSlice is how long a host lets the engine train before it looks
	// at its messages again.
	WorkSlice = 20 * time.Millisecond
)

// Queue holds the commands an engine has not handled yet. It coalesces them
// so that it never needs to refuse one and a burst costs no more than its
// last command:
//   - a start (or early start) command replaces everything queued but
//     grow and mine commands (it sets the config and whether to train, which makes
//     earlier commands moot; a grow or mine brings data, which no start
//     replaces);
//   - a mine command replaces a queued mine command (its digits are the
//     whole set);
//   - a live change replaces a queued live change (the config it carries is
//     whole, so the last one wins), or is folded into a queued start that
//     no step or reset follows (the run starts on its config);
//   - a train command replaces a queued train command;
//   - a neighbours query replaces a queued neighbours query (only the
//     newest image's answer is wanted).
//
// Steps and resets queue as they come. Queue is safe for concurrent use.
type Queue struct {
	mu      sync.Mutex
	pending []Command
	wake    chan struct{}
}

// NewQueue returns an empty queue.
func NewQueue() *Queue { return &Queue{wake: make(chan struct{}, 1)} }

// Push adds cmd, coalescing as the type doc says. It never blocks.
func (q *Queue) Push(cmd Command) {
	q.mu.Lock()
	q.pending = coalesce(q.pending, cmd)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// coalesce returns pending with cmd added.
func coalesce(pending []Command, cmd Command) []Command {
	n := len(pending)
	switch {
	case cmd.Op == OpStart || cmd.Op == OpEarly:
		kept := pending[:0]
		for _, c := range pending {
			if c.Op == OpGrow || c.Op == OpMine || c.Op == OpDrawn {
				kept = append(kept, c)
			}
		}
		return append(kept, cmd)
	case n == 0:
	case cmd.Op == OpLive && pending[n-1].Op == OpLive:
		pending[n-1] = cmd
		return pending
	case cmd.Op == OpLive && startBefore(pending) >= 0:
		pending[startBefore(pending)].Config = cmd.Config
		return pending
	case cmd.Op == OpTrain && pending[n-1].Op == OpTrain:
		pending[n-1] = cmd
		return pending
	case cmd.Op == OpNeighbours || cmd.Op == OpMine:
		for i, p := range pending {
			if p.Op == cmd.Op {
				pending[i] = cmd
				return pending
			}
		}
	}
	return append(pending, cmd)
}

// startBefore returns the index of the start in pending that only
// commands leaving its run untrained and unchanged follow (trains, grows of
// the data, neighbours queries, the user's digits), or -1. A live change there folds into the
// start: the run has taken no step, so starting it with the new config is
// the same run, and a fresh browser worker then builds one network, not
// the old config's and then the new one's.
func startBefore(pending []Command) int {
	for i := len(pending) - 1; i >= 0; i-- {
		switch pending[i].Op {
		case OpStart, OpEarly:
			return i
		case OpTrain, OpGrow, OpNeighbours, OpMine, OpDrawn:
		default:
			return -1
		}
	}
	return -1
}

// Take removes and returns the queued commands, oldest first.
func (q *Queue) Take() []Command {
	q.mu.Lock()
	defer q.mu.Unlock()
	cmds := q.pending
	q.pending = nil
	return cmds
}

// Len returns the number of queued commands.
func (q *Queue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.pending)
}

// Wake returns a channel that receives after a Push; a receive may find
// the queue already emptied by Take.
func (q *Queue) Wake() <-chan struct{} { return q.wake }

// Host is what Serve needs from the platform that runs the engine: the
// desktop's goroutine (Local) or the browser's worker (package wasm/worker).
type Host interface {
	// Publish hands a snapshot to the user interface. withWeights says
	// whether it carries the weights; a host keeps the previous weights
	// otherwise. It returns a slice that Serve may reuse for the next
	// weights (a host that copied them out), or nil: a big network's
	// weights are megabytes, and four garbage copies a second would grow
	// the worker's memory, which never shrinks.
	Publish(s Snapshot, withWeights bool) (reuse []float32)
	// Yield runs between two work slices. The worker lets its event loop
	// deliver messages there (Go's wasm thread receives nothing while it
	// computes); a goroutine needs nothing.
	Yield()
	// Done is closed when the loop must end; nil never ends it.
	Done() <-chan struct{}
}

// Serve runs e for host until host.Done is closed: it handles every queued
// command before each work slice and answers each batch of commands with a
// snapshot with weights, trains in slices of WorkSlice while the run
// trains, and publishes progress every ProgressEvery and weights every
// WeightsEvery (and when the run stops).
func Serve(e *Engine, q *Queue, host Host) {
	var lastProgress, lastWeights time.Time
	var reuse []float32
	publish := func(withWeights bool) {
		if r := host.Publish(e.Snapshot(withWeights, reuse), withWeights); withWeights {
			reuse = r
		}
		lastProgress = time.Now()
		if withWeights {
			lastWeights = lastProgress
		}
	}
	done := host.Done()
	publish(true)
	for {
		if !e.Running() {
			select {
			case <-q.Wake():
			case <-done:
				return
			}
		}
		select {
		case <-done:
			return
		default:
		}
		if cmds := q.Take(); len(cmds) > 0 {
			for _, cmd := range cmds {
				e.Handle(cmd) // a refused command is reported in the snapshot
			}
			publish(true) // a command changes what the user sees: answer at once
		}
		if !e.Running() {
			continue
		}
		e.Work(WorkSlice)
		if !e.Running() || time.Since(lastWeights) >= WeightsEvery {
			publish(true)
		} else if time.Since(lastProgress) >= ProgressEvery {
			publish(false)
		}
		host.Yield()
	}
}
