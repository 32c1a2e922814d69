//go:build js && wasm

// Command app is the page module of Digit Lab: the ebiten app (package game)
// driven by a training Web Worker, with the window.digitlab API for
// automation and embedding (see README.md). The URL's query string sets the
// first run's config; bad keys keep their defaults and the app says why.
package main

import (
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game"
	"digitlab/nn"
)

func main() {
	query := js.Global().Get("location").Get("search").String()
	cfg, errs := nn.ParseConfigLenient(query)
	app := game.New(newWorkerTrainer(), game.Options{Config: cfg, Warnings: game.ConfigWarnings(errs)})
	exposeAPI(app)
	ebiten.SetWindowTitle("Digit Lab")
	if err := ebiten.RunGame(app); err != nil {
		js.Global().Get("console").Call("error", "Digit Lab stopped: "+err.Error())
	}
}
