//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"math"
	"syscall/js"

	"digitlab/game"
	"digitlab/game/ui"
)

// exposeAPI sets window.digitlab, the page's API for automation and
// embedding (documented in README.md). Every function returns a string: JSON
// for state and controlRect, "" or an error message for the others.
func exposeAPI(app *game.App) {
	api := map[string]any{
		"state": js.FuncOf(func(js.Value, []js.Value) any { return pageState(app) }),
		"setConfig": js.FuncOf(func(_ js.Value, args []js.Value) any {
			if len(args) < 1 || args[0].Type() != js.TypeString {
				return "setConfig needs a config string such as \"act=elu&lr=0.01\""
			}
			return app.SetConfig(args[0].String())
		}),
		"train": js.FuncOf(func(_ js.Value, args []js.Value) any {
			app.SetTraining(len(args) == 0 || args[0].Truthy())
			return ""
		}),
		"reset":    js.FuncOf(func(js.Value, []js.Value) any { app.Reset(); return "" }),
		"clearPad": js.FuncOf(func(js.Value, []js.Value) any { app.ClearPad(); return "" }),
		"drawStrokes": js.FuncOf(func(_ js.Value, args []js.Value) any {
			if len(args) < 1 {
				return "drawStrokes needs strokes: [[[x, y], ...], ...] in the 280x280 pad's coordinates"
			}
			strokes, err := readStrokes(args[0])
			if err == nil {
				err = app.DrawStrokes(strokes)
			}
			if err != nil {
				return err.Error()
			}
			return ""
		}),
		"controlRect": js.FuncOf(func(_ js.Value, args []js.Value) any {
			if len(args) < 1 {
				return "null"
			}
			x, y, w, h, ok := app.ControlRect(args[0].String())
			if !ok {
				return "null"
			}
			sw, sh := app.ScreenSize()
			return mustJSON(toPage(ui.Rect{X: x, Y: y, W: w, H: h}, sw, sh))
		}),
	}
	js.Global().Set("digitlab", js.ValueOf(api))
}

// pageState is the app's StateJSON plus "pad": the pad's rectangle in the
// page's CSS pixels, so that tests and embedders can aim real pointer
// events at it.
func pageState(app *game.App) string {
	var state map[string]json.RawMessage
	if err := json.Unmarshal([]byte(app.StateJSON()), &state); err != nil || state == nil {
		return app.StateJSON()
	}
	var pad ui.Rect
	if err := json.Unmarshal(state["padRect"], &pad); err == nil {
		w, h := app.ScreenSize()
		state["pad"] = json.RawMessage(mustJSON(toPage(pad, w, h)))
	}
	return mustJSON(state)
}

type pageRect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// toPage maps a logical rectangle to CSS pixels: ebiten scales the logical
// screen (sw x sh) to fit its canvas and centres it (letterboxing).
func toPage(r ui.Rect, sw, sh float64) pageRect {
	canvas := js.Global().Get("document").Call("querySelector", "canvas")
	if !canvas.Truthy() {
		return pageRect{}
	}
	box := canvas.Call("getBoundingClientRect")
	cw, ch := box.Get("width").Float(), box.Get("height").Float()
	if sw <= 0 || sh <= 0 {
		return pageRect{}
	}
	scale := math.Min(cw/sw, ch/sh)
	ox := box.Get("left").Float() + (cw-sw*scale)/2
	oy := box.Get("top").Float() + (ch-sh*scale)/2
	return pageRect{X: ox + r.X*scale, Y: oy + r.Y*scale, W: r.W * scale, H: r.H * scale}
}

// readStrokes reads [[[x, y], ...], ...] from a JS array (or a JSON string
// of one). JSON turns NaN into null, so nulls are refused rather than read
// as zeros.
func readStrokes(v js.Value) ([][][2]float32, error) {
	text := v.String()
	if v.Type() != js.TypeString {
		text = js.Global().Get("JSON").Call("stringify", v).String()
	}
	var raw [][][]*float64
	if err := json.Unmarshal([]byte(text), &raw); err != nil {
		return nil, fmt.Errorf("strokes must look like [[[x, y], ...], ...]: %v", err)
	}
	strokes := make([][][2]float32, len(raw))
	for i, stroke := range raw {
		strokes[i] = make([][2]float32, len(stroke))
		for j, p := range stroke {
			if len(p) != 2 || p[0] == nil || p[1] == nil {
				return nil, fmt.Errorf("stroke %d, point %d: want [x, y] with two finite numbers", i, j)
			}
			strokes[i][j] = [2]float32{float32(*p[0]), float32(*p[1])}
		}
	}
	return strokes, nil
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("digitlab: " + err.Error())
	}
	return string(b)
}
