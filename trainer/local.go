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

// Local runs an Engine on its own goroutine: the desktop app's trainer. Send
// never blocks, and Latest returns the newest snapshot, so a frame loop can
// call both every tick.
type Local struct {
	cmds chan Command
	stop chan struct{}
	done chan struct{}

	mu      sync.Mutex
	latest  *Snapshot
	version uint64
}

// NewLocal starts a goroutine that owns a new Engine.
func NewLocal(data Data, opts Options) *Local {
	l := &Local{cmds: make(chan Command, 256), stop: make(chan struct{}), done: make(chan struct{})}
	l.latest = &Snapshot{Progress: Progress{Run: RunLoading}}
	go l.loop(NewEngine(data, opts))
	return l
}

// Send queues a command. If the queue is full (the engine is far behind) the
// command is dropped and Send returns false.
func (l *Local) Send(cmd Command) bool {
	select {
	case l.cmds <- cmd:
		return true
	default:
		return false
	}
}

// Latest returns the newest snapshot (do not modify it) and its version,
// which grows with every new snapshot.
func (l *Local) Latest() (*Snapshot, uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.latest, l.version
}

// Close stops the goroutine and waits for it.
func (l *Local) Close() {
	close(l.stop)
	<-l.done
}

func (l *Local) loop(e *Engine) {
	defer close(l.done)
	var lastProgress, lastWeights time.Time
	publish := func(withWeights bool) {
		s := e.Snapshot(withWeights, nil)
		l.mu.Lock()
		if !withWeights {
			s.Weights, s.WeightsStep = l.latest.Weights, l.latest.WeightsStep
		}
		l.latest = &s
		l.version++
		l.mu.Unlock()
		lastProgress = time.Now()
		if withWeights {
			lastWeights = lastProgress
		}
	}
	handle := func(cmd Command) {
		e.Handle(cmd)
		publish(true) // a command changes what the user sees: answer at once
	}
	for {
		if !e.Running() {
			select {
			case cmd := <-l.cmds:
				handle(cmd)
			case <-l.stop:
				return
			}
			continue
		}
	drain:
		for {
			select {
			case cmd := <-l.cmds:
				handle(cmd)
			case <-l.stop:
				return
			default:
				break drain
			}
		}
		e.Work(WorkSlice)
		if !e.Running() || time.Since(lastWeights) >= WeightsEvery {
			publish(true)
		} else if time.Since(lastProgress) >= ProgressEvery {
			publish(false)
		}
	}
}
