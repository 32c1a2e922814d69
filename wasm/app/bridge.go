//go:build js && wasm

package main

import (
	"encoding/json"
	"sync"
	"syscall/js"

	"digitlab/nn"
	"digitlab/trainer"
	"digitlab/wasm/jsutil"
)

// workerTrainer is the browser's game.Trainer: it runs the training worker
// (public/worker.js), holds commands in a trainer.Queue until the worker
// says it is ready (a message posted before Go has set onmessage is silently
// lost) and then until the next tick, and keeps the newest snapshot the
// worker sends.
//
// It replaces its worker by a fresh one in two cases: the worker failed
// (the next command starts a new one, so a passing failure does not end
// training for good), and a run is about to start (a new config or a
// reset) whose network needs much less memory than the worker holds, or
// that would not fit beside the current one while the engine builds it
// (trainer.WantsFreshWorker): WebAssembly memory never shrinks, so only a
// new instance gives it back. A new worker
// starts with the config of the last run and whether it trained, and its
// run numbers continue the old worker's, so the app sees one sequence of
// runs.
type workerTrainer struct {
	mu      sync.Mutex
	worker  js.Value
	funcs   []js.Func // the current worker's handlers, released with it
	gen     int       // counts workers; messages of older ones are ignored
	ready   bool
	failed  bool
	queue   *trainer.Queue  // commands waiting for the worker to be ready
	memory  int64           // the worker's WebAssembly memory, as it last said
	config  string          // the config of the last start or live command
	train   bool            // whether the last commands asked to train
	runBase int             // added to the worker's run numbers
	mine    trainer.Command // the last OpMine, which a fresh worker gets first
	latest  *trainer.Snapshot
	version uint64
	// pending is the Float32Array of the newest weights not yet copied
	// into weights (undefined if none), with its step. They are copied
	// when the app asks for them (Latest), into the one buffer the page
	// keeps for weights: the weights of a big network are 16 MB, sent four
	// times a second, and the page's WebAssembly memory never shrinks, so
	// every extra copy in Go memory would stay in its peak for good.
	pending     js.Value
	pendingStep int64
	weights     []float32
}

// newWorkerTrainer adopts the worker that public/loader.js started while
// this module loaded (window.digitlabWorker), or starts one.
func newWorkerTrainer() *workerTrainer {
	w := &workerTrainer{queue: trainer.NewQueue(), latest: &trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunLoading}}}
	w.mu.Lock()
	defer w.mu.Unlock()
	onMessage, onError := w.handlers()
	if early := js.Global().Get("digitlabWorker"); early.Truthy() {
		w.worker = early.Call("adopt", onMessage, onError)
		return w
	}
	w.startLocked(onMessage, onError)
	return w
}

// handlers returns the message and error handlers of a new worker
// generation. w.mu is held.
func (w *workerTrainer) handlers() (onMessage, onError js.Func) {
	for _, f := range w.funcs {
		f.Release()
	}
	w.gen++
	gen := w.gen
	onMessage = js.FuncOf(func(_ js.Value, args []js.Value) any {
		w.receive(gen, args[0].Get("data"))
		return nil
	})
	onError = js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "the training worker failed"
		if m := args[0].Get("message"); m.Type() == js.TypeString {
			msg += ": " + m.String()
		}
		w.fail(gen, msg)
		return nil
	})
	w.funcs = []js.Func{onMessage, onError}
	return onMessage, onError
}

func (w *workerTrainer) startLocked(onMessage, onError js.Func) {
	w.worker = js.Global().Get("Worker").New("worker.js")
	w.worker.Set("onmessage", onMessage)
	w.worker.Set("onerror", onError)
}

// replaceLocked terminates the worker and starts a fresh one, which begins
// with cmds. w.mu is held.
func (w *workerTrainer) replaceLocked(cmds ...trainer.Command) {
	w.worker.Call("terminate")
	w.runBase = w.latest.RunID
	w.ready, w.failed, w.memory = false, false, 0
	w.queue.Take() // what the old worker had not received is moot: cmds restart
	if w.mine.Op != "" {
		w.queue.Push(w.mine)
	}
	for _, c := range cmds {
		w.queue.Push(c)
	}
	onMessage, onError := w.handlers()
	w.startLocked(onMessage, onError)
}

func (w *workerTrainer) receive(gen int, msg js.Value) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if gen != w.gen {
		return // a message from a terminated worker, in flight
	}
	switch msg.Get("type").String() {
	case "ready":
		w.ready = true
		w.postLocked(w.queue.Take()...)
	case "progress":
		var s trainer.Snapshot
		if err := json.Unmarshal([]byte(msg.Get("json").String()), &s.Progress); err != nil {
			w.failLocked("bad progress from the training worker: " + err.Error())
			return
		}
		if err := s.AttachMistakePixels(uint8s(msg.Get("pixels"))); err != nil {
			w.failLocked("bad progress from the training worker: " + err.Error())
			return
		}
		if m := msg.Get("memory"); m.Type() == js.TypeNumber {
			w.memory = int64(m.Float())
		}
		if w.runBase > 0 && s.RunID == 0 {
			return // a fresh worker with no run yet: the old snapshot stands
		}
		s.RunID += w.runBase
		if weights := msg.Get("weights"); weights.Truthy() {
			w.pending, w.pendingStep = weights, s.WeightsStep
		}
		s.Weights, s.WeightsStep = w.latest.Weights, w.latest.WeightsStep
		w.failed = false
		w.latest = &s
		w.version++
	case "notice": // something the user loses nothing by (no SIMD kernels)
		js.Global().Get("console").Call("warn", "Digit Lab training worker: "+msg.Get("message").String())
	case "error":
		w.failLocked(msg.Get("message").String())
	}
}

// uint8s returns a copy of a Uint8Array's bytes; nil if arr is none.
func uint8s(arr js.Value) []byte {
	if arr.Type() != js.TypeObject {
		return nil
	}
	b := make([]byte, arr.Get("length").Int())
	js.CopyBytesToGo(b, arr)
	return b
}

// fail marks the last snapshot failed with the error, so the app tells the
// user instead of waiting forever; the next command starts a fresh worker.
func (w *workerTrainer) fail(gen int, message string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if gen == w.gen {
		w.failLocked(message)
	}
}

func (w *workerTrainer) failLocked(message string) {
	s := *w.latest
	s.Run, s.Error = trainer.RunFailed, message
	w.latest = &s
	w.version++
	w.failed = true
}

// Send queues a command for the worker (see Latest); a burst is coalesced
// (see trainer.Queue), and nothing is dropped, so it returns true.
func (w *workerTrainer) Send(cmd trainer.Command) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch cmd.Op {
	case trainer.OpMine:
		w.mine = cmd
	case trainer.OpStart, trainer.OpTrain:
		w.train = cmd.On
	case trainer.OpStep:
		w.train = false
	}
	if cmd.Op == trainer.OpStart || cmd.Op == trainer.OpLive || cmd.Op == trainer.OpReset {
		old := w.config
		if cmd.Op != trainer.OpReset {
			w.config = cmd.Config
		}
		if w.ready && w.wantsFresh(cmd.Op, old, w.config) {
			on := cmd.On
			if cmd.Op != trainer.OpStart { // as the engine would: a new run trains if the old one did
				on = w.latest.Run == trainer.RunTraining
			}
			w.replaceLocked(trainer.Command{Op: trainer.OpStart, Config: w.config, On: on})
			return true
		}
	}
	if w.failed {
		w.replaceLocked(w.restartCommands(cmd)...)
		return true
	}
	w.queue.Push(cmd) // posted by the next Latest
	return true
}

// wantsFresh reports whether the worker, running a run of config old,
// should be replaced by a fresh one before command op starts a run of next
// (see trainer.WantsFreshWorker). A live change that the engine applies to
// the run as it is starts nothing, and keeps the worker.
func (w *workerTrainer) wantsFresh(op, old, next string) bool {
	nextCfg, err := nn.ParseConfig(next)
	if err != nil {
		return false // the engine refuses it
	}
	oldCfg, err := nn.ParseConfig(old)
	if err != nil {
		oldCfg = nn.DefaultConfig()
	}
	if op == trainer.OpLive && nn.CanChangeLive(oldCfg, nextCfg) {
		return false
	}
	return trainer.WantsFreshWorker(w.memory, oldCfg, nextCfg)
}

// restartCommands returns what a fresh worker replacing a failed one
// starts with to carry out cmd: the last config's run, then cmd.
func (w *workerTrainer) restartCommands(cmd trainer.Command) []trainer.Command {
	if cmd.Op == trainer.OpStart {
		return []trainer.Command{cmd}
	}
	start := trainer.Command{Op: trainer.OpStart, Config: w.config, On: w.train}
	if cmd.Op == trainer.OpLive || cmd.Op == trainer.OpReset {
		return []trainer.Command{start}
	}
	return []trainer.Command{start, cmd}
}

func (w *workerTrainer) postLocked(cmds ...trainer.Command) {
	for _, cmd := range cmds {
		text, err := json.Marshal(cmd)
		if err == nil {
			w.worker.Call("postMessage", string(text))
		}
	}
}

// Latest returns the newest snapshot and its version. It also posts the
// commands queued since the last call once the worker is ready: the app
// calls it once per tick, so a burst of commands within a tick (a script
// calling setConfig in a loop) crosses to the worker as one coalesced batch.
//
// The snapshot's weights are the page's one weights buffer, which the next
// call that finds newer weights overwrites: the app reads them only right
// after the call, to copy them into its classifier.
func (w *workerTrainer) Latest() (*trainer.Snapshot, uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ready {
		w.postLocked(w.queue.Take()...)
	}
	if !w.pending.IsUndefined() {
		if n := w.pending.Get("length").Int(); cap(w.weights) < n {
			w.weights = nil // let the collector have the old buffer
			w.weights = make([]float32, 0, trainer.WeightsCap(n))
		}
		w.weights = jsutil.Float32s(w.pending, w.weights)
		w.pending = js.Undefined()
		s := *w.latest
		s.Weights, s.WeightsStep = w.weights, w.pendingStep
		w.latest = &s
	}
	return w.latest, w.version
}
