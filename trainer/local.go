package trainer

import (
	"runtime"
	"sync"
)

// Local runs an Engine on its own goroutine with Serve: the desktop app's
// trainer. Send never blocks, and Latest returns the newest snapshot, so a
// frame loop can call both every tick.
type Local struct {
	queue *Queue
	stop  chan struct{}
	done  chan struct{}

	mu      sync.Mutex
	latest  *Snapshot
	version uint64
}

// NewLocal starts a goroutine that owns a new Engine.
func NewLocal(data Data, opts Options) *Local {
	l := &Local{queue: NewQueue(), stop: make(chan struct{}), done: make(chan struct{})}
	l.latest = &Snapshot{Progress: Progress{Run: RunLoading}}
	go func() {
		defer close(l.done)
		Serve(NewEngine(data, opts), l.queue, localHost{l})
	}()
	return l
}

// Send queues a command (coalesced with those not yet handled, see Queue).
// It always returns true: no command is dropped.
func (l *Local) Send(cmd Command) bool {
	l.queue.Push(cmd)
	return true
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

// localHost is Local's side of Serve.
type localHost struct{ *Local }

// Publish keeps s for Latest; its weights go to the user interface, so
// none are reused.
func (l localHost) Publish(s Snapshot, withWeights bool) []float32 {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !withWeights {
		s.Weights, s.WeightsStep = l.latest.Weights, l.latest.WeightsStep
	}
	l.latest = &s
	l.version++
	return nil
}

// Yield lets other goroutines run: natively the scheduler preempts a busy
// goroutine anyway, but a single-threaded runtime (js/wasm, where the
// package's tests also run) switches only when asked.
func (l localHost) Yield() { runtime.Gosched() }

func (l localHost) Done() <-chan struct{} { return l.stop }
