// Package wasm holds the browser entries of Digit Lab (GOOS=js GOARCH=wasm):
//
//   - wasm/app, the page module: the ebiten app (package game) with the
//     window.digitlab API, and the bridge to the training worker;
//   - wasm/worker, the worker module: an ebiten-free trainer.Engine with
//     the bundled MNIST data, run in a Web Worker so that training never
//     freezes the page (Go WebAssembly has one thread and no preemption);
//   - wasm/jsutil, the little JavaScript glue both share.
//
// The two modules talk by postMessage: the page sends trainer.Command JSON
// strings; the worker answers {type:"ready"} once it listens, then
// {type:"progress", json, weights} with a trainer.Progress and a
// Float32Array of the weights, or {type:"error", message}.
package wasm
