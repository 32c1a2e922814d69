package trainer

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"digitlab/nn"
)

func TestQueueCoalesces(t *testing.T) {
	start := func(c string, on bool) Command { return Command{Op: OpStart, Config: c, On: on} }
	live := func(c string) Command { return Command{Op: OpLive, Config: c} }
	train := func(on bool) Command { return Command{Op: OpTrain, On: on} }
	step, reset := Command{Op: OpStep}, Command{Op: OpReset}
	img1, img2 := new([nn.Inputs]byte), new([nn.Inputs]byte)
	near := func(img *[nn.Inputs]byte) Command { return Command{Op: OpNeighbours, Image: img} }
	more := testData(600, 1)
	grow := Command{Op: OpGrow, Train: &more}
	mine1, mine2 := testData(3, 5), testData(4, 6)
	mine := func(d *nn.Dataset) Command { return Command{Op: OpMine, Digits: d} }
	tests := []struct {
		name string
		push []Command
		want []Command
	}{
		{"a start replaces everything", []Command{live("a"), train(true), step, reset, start("b", true)}, []Command{start("b", true)}},
		{"the last live change wins", []Command{live("a"), live("b"), live("c")}, []Command{live("c")}},
		{"a live change folds into a start", []Command{start("a", true), live("b")}, []Command{start("b", true)}},
		{"the last train wins", []Command{train(true), train(false)}, []Command{train(false)}},
		{"steps and resets keep their order", []Command{step, step, reset, train(true), live("x")}, []Command{step, step, reset, train(true), live("x")}},
		{"the newest neighbours query replaces one queued", []Command{near(img1), train(true), near(img2)}, []Command{near(img2), train(true)}},
		{"a start drops a neighbours query", []Command{near(img1), start("a", true)}, []Command{start("a", true)}},
		{"a start keeps the grows before it", []Command{live("a"), grow, train(true), start("b", true)}, []Command{grow, start("b", true)}},
		{"a live change after a start and a train folds into the start", []Command{start("a", false), train(true), live("b"), live("c")}, []Command{start("c", false), train(true)}},
		{"a live change after a step stays after it", []Command{start("a", false), step, train(true), live("b")}, []Command{start("a", false), step, train(true), live("b")}},
		{"a live change after a reset stays after it", []Command{start("a", true), reset, live("b")}, []Command{start("a", true), reset, live("b")}},
		{"a live change folds past a grow, a neighbours query and digits", []Command{start("a", true), grow, near(img1), mine(&mine1), live("b")}, []Command{start("b", true), grow, near(img1), mine(&mine1)}},
		{"a start keeps the user's digits", []Command{mine(&mine1), train(true), start("b", true)}, []Command{mine(&mine1), start("b", true)}},
		{"the newest digits replace those queued", []Command{mine(&mine1), step, mine(&mine2)}, []Command{mine(&mine2), step}},
		{"a start replaces an early start, keeping digits", []Command{{Op: OpEarly, Config: "a"}, mine(&mine1), start("a", true)}, []Command{mine(&mine1), start("a", true)}},
		{"an early start replaces what is queued but grows", []Command{train(true), grow, {Op: OpEarly, Config: "a"}}, []Command{grow, {Op: OpEarly, Config: "a"}}},
		{"a live change folds into an early start", []Command{{Op: OpEarly, Config: "a"}, live("b")}, []Command{{Op: OpEarly, Config: "b"}}},
	}
	for _, tt := range tests {
		q := NewQueue()
		for _, c := range tt.push {
			q.Push(c)
		}
		if got := q.Take(); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
		if q.Len() != 0 {
			t.Errorf("%s: Take left %d commands", tt.name, q.Len())
		}
	}
}

// randomConfig returns a valid config string of any shape the app allows
// (up to 4×1024 units), trained on at most the test data's 500 images.
func randomConfig(rng *rand.Rand) string {
	layers := make([]string, rng.IntN(5))
	for i := range layers {
		layers[i] = fmt.Sprint(8 + rng.IntN(1017))
	}
	hidden := "none"
	if len(layers) > 0 {
		hidden = layers[0]
		for _, l := range layers[1:] {
			hidden += "x" + l
		}
	}
	acts := nn.Activations
	return fmt.Sprintf("hidden=%s&act=%s&lr=%g&batch=%d&train=%d&seed=%d",
		hidden, acts[rng.IntN(len(acts))], 1e-4+rng.Float64()/10, 1+rng.IntN(1024), 100+rng.IntN(401), rng.Uint64())
}

// A burst of 1,000 config changes, starts and live changes mixed, ends with
// the engine on the last one within a second, every command accepted.
func TestBurstEndsOnTheLastConfig(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	l := NewLocal(Data{Train: testData(500, 1), Val: testData(200, 2)}, Options{Epochs: 1000})
	defer l.Close()
	var last string
	for i := 0; i < 1000; i++ {
		last = randomConfig(rng)
		op := OpStart
		if rng.IntN(2) == 0 {
			op = OpLive
		}
		if !l.Send(Command{Op: op, Config: last, On: true}) {
			t.Fatalf("command %d dropped", i)
		}
	}
	cfg, err := nn.ParseConfig(last)
	if err != nil {
		t.Fatal(err)
	}
	want := cfg.String()
	// A wide bound for a loaded machine: what it tells apart is a burst
	// coalesced (the last config within about a second, measured quiet)
	// from one replayed start by start, which takes minutes.
	limit := 15 * time.Second
	if runtime.GOARCH == "wasm" { // Go's wasm loops under node, without SIMD, train several times slower
		limit *= 3
	}
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if s, _ := l.Latest(); s.Config == want {
			if s.Error != "" || s.Run == RunFailed {
				t.Fatalf("on the last config but %q: %s", s.Run, s.Error)
			}
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	s, _ := l.Latest()
	t.Fatalf("after %v the engine runs %s, want %s", limit, s.Config, want)
}

// recordingHost counts what Serve publishes.
type recordingHost struct {
	mu                       sync.Mutex
	withWeights, withoutThem int
	yields                   int
	done                     chan struct{}
}

func (h *recordingHost) Publish(s Snapshot, withWeights bool) []float32 {
	h.mu.Lock()
	defer h.mu.Unlock()
	if withWeights != (s.Weights != nil || s.Run == RunLoading) {
		panic(fmt.Sprintf("Publish(withWeights=%v) with %d weights", withWeights, len(s.Weights)))
	}
	if withWeights {
		h.withWeights++
	} else {
		h.withoutThem++
	}
	return nil
}
func (h *recordingHost) Yield() {
	h.mu.Lock()
	h.yields++
	h.mu.Unlock()
	runtime.Gosched() // let the test's goroutine run on js/wasm's single thread
}
func (h *recordingHost) Done() <-chan struct{} { return h.done }

// Serve publishes progress every ProgressEvery and weights every
// WeightsEvery while training, and yields between work slices.
func TestServePublishesOnSchedule(t *testing.T) {
	h := &recordingHost{done: make(chan struct{})}
	q := NewQueue()
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		Serve(NewEngine(Data{Train: testData(500, 1), Val: testData(200, 2)}, Options{Epochs: 100000}), q, h)
	}()
	q.Push(Command{Op: OpStart, Config: smallConfig(), On: true})
	const span = 10 * WeightsEvery
	time.Sleep(span)
	close(h.done)
	<-finished
	h.mu.Lock()
	defer h.mu.Unlock()
	// Over span, about span/WeightsEvery weight snapshots and the progress
	// snapshots between them; wide bounds for a loaded machine.
	if h.withWeights < 3 || h.withWeights > int(span/WeightsEvery)+3 {
		t.Errorf("%d snapshots with weights in %v", h.withWeights, span)
	}
	if h.withoutThem < int(span/WeightsEvery)/2 { // at least one every two weight snapshots, for a loaded machine
		t.Errorf("%d progress snapshots without weights in %v (every %v expected)", h.withoutThem, span, ProgressEvery)
	}
	if h.yields < 10 {
		t.Errorf("%d yields", h.yields)
	}
}
