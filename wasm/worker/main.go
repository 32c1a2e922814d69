//go:build js && wasm

// Command worker is the training module of the web page. It runs in a Web
// Worker (public/worker.js) with the bundled MNIST data and a
// trainer.Engine, and talks to the page by postMessage (see package wasm).
//
// Go WebAssembly has one thread: a loop that never blocks never receives a
// message. So the worker trains in slices of trainer.WorkSlice and then
// yields to the event loop by posting a message to itself through a
// MessageChannel and waiting for it; that costs about 1.5% of throughput,
// where time.Sleep would cost 17-44% (measured, see BROWSER-FACTS.md).
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"
	"time"

	"digitlab/assets"
	"digitlab/internal/datasets"
	"digitlab/trainer"
	"digitlab/wasm/jsutil"
)

func main() {
	scope := js.Global()
	post := func(msg map[string]any, transfer ...any) {
		scope.Call("postMessage", msg, transfer)
	}
	cmds := make(chan string, 256)
	scope.Set("onmessage", js.FuncOf(func(_ js.Value, args []js.Value) any {
		select {
		case cmds <- args[0].Get("data").String():
		default:
			post(map[string]any{"type": "error", "message": "training worker: command queue full; command dropped"})
		}
		return nil
	}))
	post(map[string]any{"type": "ready"})

	bundle, err := assets.MNIST()
	if err != nil {
		post(map[string]any{"type": "error", "message": "training data: " + err.Error()})
		select {} // never return: wasm_exec.js would throw on the next message
	}
	data := datasets.FromBundle(bundle)
	engine := trainer.NewEngine(trainer.Data{Train: data.Train, Val: data.Test}, trainer.Options{})

	yield := newYielder()
	var lastPublish time.Time
	publish := func() {
		snap := engine.Snapshot(true, nil)
		text, err := json.Marshal(snap.Progress)
		if err != nil {
			post(map[string]any{"type": "error", "message": fmt.Sprint("training worker: ", err)})
			return
		}
		weights := jsutil.Float32Array(snap.Weights)
		post(map[string]any{"type": "progress", "json": string(text), "weights": weights}, weights.Get("buffer"))
		lastPublish = time.Now()
	}
	handle := func(text string) {
		var cmd trainer.Command
		if err := json.Unmarshal([]byte(text), &cmd); err != nil {
			cmd = trainer.Command{Op: "invalid JSON: " + err.Error()}
		}
		engine.Handle(cmd) // a refused command is reported in the snapshot
		publish()
	}
	publish()
	for {
		if !engine.Running() {
			handle(<-cmds)
			continue
		}
	drain:
		for {
			select {
			case text := <-cmds:
				handle(text)
			default:
				break drain
			}
		}
		engine.Work(trainer.WorkSlice)
		if !engine.Running() || time.Since(lastPublish) >= trainer.WeightsEvery {
			publish()
		}
		yield()
	}
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
