//go:build js && wasm

package main

import (
	"encoding/json"
	"sync"
	"syscall/js"

	"digitlab/trainer"
	"digitlab/wasm/jsutil"
)

// workerTrainer is the browser's game.Trainer: it starts the training
// worker (public/worker.js), queues commands until the worker says it is
// ready (a message posted before Go has set onmessage is silently lost), and
// keeps the newest snapshot the worker sends.
type workerTrainer struct {
	worker js.Value

	mu      sync.Mutex
	ready   bool
	queue   []string
	latest  *trainer.Snapshot
	version uint64
}

// newWorkerTrainer adopts the worker that public/loader.js started while
// this module loaded (window.digitlabWorker), or starts one.
func newWorkerTrainer() *workerTrainer {
	w := &workerTrainer{latest: &trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunLoading}}}
	onMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		w.receive(args[0].Get("data"))
		return nil
	})
	onError := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg := "the training worker failed"
		if m := args[0].Get("message"); m.Type() == js.TypeString {
			msg += ": " + m.String()
		}
		w.fail(msg)
		return nil
	})
	if early := js.Global().Get("digitlabWorker"); early.Truthy() {
		w.worker = early.Call("adopt", onMessage, onError)
		return w
	}
	w.worker = js.Global().Get("Worker").New("worker.js")
	w.worker.Set("onmessage", onMessage)
	w.worker.Set("onerror", onError)
	return w
}

func (w *workerTrainer) receive(msg js.Value) {
	switch msg.Get("type").String() {
	case "ready":
		w.mu.Lock()
		w.ready = true
		queue := w.queue
		w.queue = nil
		w.mu.Unlock()
		for _, text := range queue {
			w.worker.Call("postMessage", text)
		}
	case "progress":
		var s trainer.Snapshot
		if err := json.Unmarshal([]byte(msg.Get("json").String()), &s.Progress); err != nil {
			w.fail("bad progress from the training worker: " + err.Error())
			return
		}
		w.mu.Lock()
		if weights := msg.Get("weights"); weights.Truthy() {
			s.Weights = jsutil.Float32s(weights, nil)
		} else {
			s.Weights, s.WeightsStep = w.latest.Weights, w.latest.WeightsStep
		}
		w.latest = &s
		w.version++
		w.mu.Unlock()
	case "notice": // something the user loses nothing by (no SIMD kernels)
		js.Global().Get("console").Call("warn", "Digit Lab training worker: "+msg.Get("message").String())
	case "error":
		w.fail(msg.Get("message").String())
	}
}

// fail keeps the last snapshot but marks it failed with the error, so the
// app tells the user instead of waiting forever.
func (w *workerTrainer) fail(message string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := *w.latest
	s.Run, s.Error = trainer.RunFailed, message
	w.latest = &s
	w.version++
}

// Send posts a command, or queues it until the worker is ready.
func (w *workerTrainer) Send(cmd trainer.Command) bool {
	text, err := json.Marshal(cmd)
	if err != nil {
		return false
	}
	w.mu.Lock()
	if !w.ready {
		w.queue = append(w.queue, string(text))
		w.mu.Unlock()
		return true
	}
	w.mu.Unlock()
	w.worker.Call("postMessage", string(text))
	return true
}

// Latest returns the newest snapshot and its version.
func (w *workerTrainer) Latest() (*trainer.Snapshot, uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.latest, w.version
}
