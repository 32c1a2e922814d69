//go:build js && wasm

// Command app is the page module of Digit Lab: the ebiten app (package game)
// driven by a training Web Worker, with the window.digitlab API for
// automation and embedding (see README.md). The URL's query string sets the
// first run's config and may carry shared runs (runs=...); bad keys keep
// their defaults and the app says why.
package main

import (
	"runtime/debug"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game"
)

// memoryLimit is the Go memory the page's garbage collector aims to stay
// under. WebAssembly memory never shrinks, so a heap that overshoots once
// keeps its size. With the largest network the page holds about 38 MB
// live (the classifier's weights and the one weights buffer, 16 MB each,
// and about 6 MB of its own); without a limit the collector would let the
// heap grow to twice that before collecting. Under this limit it collects
// every few seconds then, and the page's WebAssembly memory stays near
// 63 MB in the soak (about 10 MB of it the module's data and the runtime's own).
const memoryLimit = 56 << 20

func main() {
	debug.SetMemoryLimit(memoryLimit)
	opts := game.OptionsFromQuery(js.Global().Get("location").Get("search").String())
	opts.Share = shareLink
	models := &pageModels{}
	opts.Models = models
	opts.Digits = pageDigits{files: models}
	opts.Checker = newLazyChecker().Get
	opts.Atlas = newLazyAtlas().Get
	app := game.New(newWorkerTrainer(), opts)
	models.app = app
	exposeAPI(app)
	models.exposeModelAPI()
	exposeDigitsAPI(app)
	models.watchDrops()
	ebiten.SetWindowTitle("Digit Lab")
	if err := ebiten.RunGame(app); err != nil {
		js.Global().Get("console").Call("error", "Digit Lab stopped: "+err.Error())
	}
}

// shareLink puts the link to query in the address bar (without reloading)
// and tries to copy it to the clipboard.
func shareLink(query string) string {
	g := js.Global()
	g.Get("history").Call("replaceState", nil, "", "?"+query)
	href := g.Get("location").Get("href").String()
	if cb := g.Get("navigator").Get("clipboard"); cb.Truthy() {
		// The promise may be refused (no permission, no focus); the address
		// bar has the link either way.
		var done js.Func
		done = js.FuncOf(func(js.Value, []js.Value) any { done.Release(); return nil })
		cb.Call("writeText", href).Call("then", done, done)
	}
	return "The address bar now holds the link to these runs."
}
