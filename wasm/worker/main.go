//go:build js && wasm

// Command worker is the training module of the web page. It runs in a Web
// Worker (public/worker.js) with the MNIST data that worker.js fetches (see
// data.go) and a trainer.Engine served by trainer.Serve, and talks to the page by
// postMessage (the page's side is wasm/app/bridge.go).
//
// Go WebAssembly has one thread: a loop that never blocks never receives a
// message. So Serve trains in slices of trainer.WorkSlice and then yields to
// the event loop by posting a message to itself through a MessageChannel and
// waiting for it; that costs about 1.5% of throughput, where time.Sleep
// would cost 17-44% (measured in headless Chromium 156, where the browser
// clamps a 1 ms sleep to about 4 ms). Incoming commands go
// into a trainer.Queue, which coalesces a burst (no command is refused).
//
// A worker that public/loader.js starts with the page is named
// pageWorkerPrefix followed by the page's query string: as soon as its
// first data file is decoded, it starts the run that the address asks for
// (link.Parse, as the app reads it: a bad key keeps its default, and the
// app shows the warning) with trainer.OpEarly, while the page module is
// still downloading. The app's own first start of the same config adopts
// the run (see trainer.OpEarly). Such a worker fetches mnist-more.bin only
// once the app is up (see public/worker.js), unless its run needs those
// images.
package main

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"
	"syscall/js"

	"digitlab/link"
	"digitlab/nn"
	"digitlab/trainer"
	"digitlab/wasm/jsutil"
)

func main() {
	// WebAssembly memory never shrinks, so a heap that overshoots once
	// keeps its size for the worker's life (see trainer.WorkerMemoryLimit
	// and trainer.WorkerGCPercent).
	debug.SetMemoryLimit(trainer.WorkerMemoryLimit)
	debug.SetGCPercent(trainer.WorkerGCPercent)
	scope := js.Global()
	post := func(msg map[string]any, transfer ...any) {
		scope.Call("postMessage", msg, transfer)
	}
	queue := trainer.NewQueue()
	scope.Set("onmessage", js.FuncOf(func(_ js.Value, args []js.Value) any {
		var cmd trainer.Command
		data := args[0].Get("data")
		if data.Type() != js.TypeString {
			cmd.Op = "not a JSON string"
		} else if err := json.Unmarshal([]byte(data.String()), &cmd); err != nil {
			cmd.Op = "invalid JSON: " + err.Error()
		}
		queue.Push(cmd) // the engine refuses a bad one in its next snapshot
		return nil
	}))
	post(map[string]any{"type": "ready"})

	data, err := loadFirst()
	if err != nil {
		post(map[string]any{"type": "error", "message": "training data: " + err.Error()})
		select {} // never return: wasm_exec.js would throw on the next message
	}
	engine := trainer.NewEngine(trainer.Data{Train: data.train, Val: data.val}, trainer.Options{Coming: nn.MaxTrainSize - data.train.Len(), DrawnComing: true})
	if query, ok := strings.CutPrefix(scope.Get("name").String(), pageWorkerPrefix); ok {
		cfg := link.Parse(query).Config
		// The run waits for what it needs: fetch it now, not once the app
		// is up, and only that.
		if cfg.TrainSize > data.train.Len() {
			scope.Call("digitlabFetchMore")
		}
		if cfg.Drawn {
			scope.Call("digitlabFetchDrawn")
		}
		queue.Push(trainer.Command{Op: trainer.OpEarly, Config: cfg.String()})
	}
	go growLater(data, queue, post)
	go drawnLater(queue, post)
	trainer.Serve(engine, queue, &workerHost{post: post, yield: newYielder()})
}

// pageWorkerPrefix starts the name public/loader.js gives the worker it
// starts with the page; the page's query string follows.
const pageWorkerPrefix = "digitlab-page"

// workerHost posts Serve's snapshots to the page: the progress as JSON,
// the mistakes' pixels as a transferred Uint8Array beside it (see
// trainer.Progress.DetachMistakePixels; wasm/app/bridge.go attaches them
// again), the weights as a transferred Float32Array.
type workerHost struct {
	post  func(msg map[string]any, transfer ...any)
	yield func()
	// pixels holds the mistakes' pixels of the message being posted,
	// reused from one message to the next.
	pixels []byte
}

// Publish copies the weights into a new Float32Array (transferred to the
// page), so Serve may reuse them.
func (h *workerHost) Publish(s trainer.Snapshot, withWeights bool) []float32 {
	h.pixels = s.DetachMistakePixels(h.pixels[:0])
	text, err := json.Marshal(s.Progress)
	if err != nil { // a bug: the engine's figures are finite by contract
		h.post(map[string]any{"type": "error", "message": fmt.Sprint("training worker: ", err)})
		return s.Weights
	}
	pixels := js.Global().Get("Uint8Array").New(len(h.pixels))
	js.CopyBytesToJS(pixels, h.pixels)
	msg := map[string]any{"type": "progress", "json": string(text), "pixels": pixels, "memory": wasmMemory()}
	transfer := []any{pixels.Get("buffer")}
	if !withWeights {
		h.post(msg, transfer...)
		return nil
	}
	weights := jsutil.Float32Array(s.Weights)
	msg["weights"] = weights
	h.post(msg, append(transfer, weights.Get("buffer"))...)
	return s.Weights
}

func (h *workerHost) Yield() { h.yield() }

func (h *workerHost) Done() <-chan struct{} { return nil }

// wasmMemory returns the byte size of this module's WebAssembly memory, as
// public/worker.js exposes it (0 if it does not), so that the page can tell
// when a fresh worker would give memory back.
func wasmMemory() int {
	if f := js.Global().Get("digitlabWasmMemory"); f.Type() == js.TypeFunction {
		return f.Invoke().Int()
	}
	return 0
}

// newYielder returns a function that lets the JS event loop run once (so
// queued messages are delivered) and then returns.
func newYielder() func() {
	channel := js.Global().Get("MessageChannel").New()
	woken := make(chan struct{}, 1)
	channel.Get("port1").Set("onmessage", js.FuncOf(func(js.Value, []js.Value) any {
		woken <- struct{}{}
		return nil
	}))
	port := channel.Get("port2")
	return func() {
		port.Call("postMessage", nil)
		<-woken
	}
}
