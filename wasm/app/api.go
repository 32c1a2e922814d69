//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"syscall/js"

	"digitlab/game"
	"digitlab/game/ui"
	"digitlab/pad"
	"digitlab/wasm/jsutil"
)

// Limits of the API's arguments, checked before the work: a config string
// or preset name is a few hundred characters at most (every key set is
// about 150), a control name a few dozen; strokes as JSON text take at most
// about 24 bytes a point.
const (
	maxConfigLen  = 4096
	maxNameLen    = 256
	maxStrokesLen = 24 * pad.MaxPoints
	// maxQuoted is the most of a bad value an error message repeats.
	maxQuoted = 120
)

// exposeAPI sets window.digitlab, the page's API for automation and
// embedding (documented in README.md). Every function returns a string: JSON
// for state and controlRect, "" or an error message for the others. Any
// argument is checked before it is used, and whatever it does (a BigInt, a
// Symbol, a getter or Proxy that throws) ends in an error message, never in
// a crash of the module.
func exposeAPI(app *game.App) {
	api := map[string]any{
		"state": apiFunc("state", func([]js.Value) (string, error) { return pageState(app), nil }),
		"setConfig": apiFunc("setConfig", func(args []js.Value) (string, error) {
			s, err := stringArg(args, maxConfigLen, "a config string such as \"act=elu&lr=0.01\" or a preset name")
			if err != nil {
				return "", err
			}
			return jsutil.Prefix(app.SetConfig(s), 2*maxQuoted), nil
		}),
		"train": apiFunc("train", func(args []js.Value) (string, error) {
			on := true
			if len(args) > 0 && !args[0].IsUndefined() {
				if t, ok := jsutil.TypeOf(args[0]); !ok || t != js.TypeBoolean {
					return "", errors.New("needs true (train) or false (pause)")
				}
				on = args[0].Bool()
			}
			app.SetTraining(on)
			return "", nil
		}),
		"reset":    apiFunc("reset", func([]js.Value) (string, error) { app.Reset(); return "", nil }),
		"clearPad": apiFunc("clearPad", func([]js.Value) (string, error) { app.ClearPad(); return "", nil }),
		"drawStrokes": apiFunc("drawStrokes", func(args []js.Value) (string, error) {
			strokes, err := readStrokes(args)
			if err == nil {
				err = app.DrawStrokes(strokes)
			}
			return "", err
		}),
		"controlRect": apiFunc("controlRect", func(args []js.Value) (string, error) {
			name, err := stringArg(args, maxNameLen, "a control name such as \"play\"")
			if err != nil {
				return "", err
			}
			x, y, w, h, ok := app.ControlRect(name)
			if !ok {
				return "null", nil
			}
			sw, sh := app.ScreenSize()
			return mustJSON(toPage(ui.Rect{X: x, Y: y, W: w, H: h}, sw, sh)), nil
		}),
	}
	js.Global().Set("digitlab", js.ValueOf(api))
}

// apiFunc wraps an API function: its error, or anything it panics with (a
// JavaScript exception reached through syscall/js arrives as a panic),
// becomes the returned string, prefixed with the function's name and cut
// to a short prefix.
func apiFunc(name string, f func(args []js.Value) (string, error)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		var out string
		err := jsutil.Catch(func() error {
			var err error
			out, err = f(args)
			return err
		})
		if err != nil {
			return name + ": " + jsutil.Prefix(err.Error(), 2*maxQuoted)
		}
		return out
	})
}

// stringArg returns the first argument if it is a string of at most max
// UTF-16 units; its length is read before the string is copied into Go.
func stringArg(args []js.Value, max int, want string) (string, error) {
	if len(args) < 1 {
		return "", fmt.Errorf("needs %s", want)
	}
	if t, ok := jsutil.TypeOf(args[0]); !ok || t != js.TypeString {
		return "", fmt.Errorf("needs %s, not %s", want, typeName(args[0]))
	}
	if n := jsLength(args[0]); n > max {
		return "", fmt.Errorf("the string is %d characters long; at most %d", n, max)
	}
	return args[0].String(), nil
}

// jsLength returns the length of a JavaScript string without copying it
// into Go (js.Value's Length and Get refuse strings; a String object
// wrapping it shares the characters).
func jsLength(s js.Value) int { return js.Global().Get("String").New(s).Get("length").Int() }

// typeName names v's JavaScript type for an error message.
func typeName(v js.Value) string {
	t, ok := jsutil.TypeOf(v)
	if !ok {
		return "a bigint"
	}
	if t == js.TypeObject && js.Global().Get("Array").Call("isArray", v).Bool() {
		return "an array"
	}
	return "a " + t.String()
}

// readStrokes reads [[[x, y], ...], ...] from an array or from its JSON
// text, structurally and within pad's limits (see jsutil.Strokes): nothing
// is serialized, so a cyclic or throwing value costs one short message.
func readStrokes(args []js.Value) ([][][2]float32, error) {
	if len(args) < 1 {
		return nil, errors.New("needs strokes: [[[x, y], ...], ...] in the 280x280 pad's coordinates")
	}
	if t, ok := jsutil.TypeOf(args[0]); ok && t == js.TypeString {
		if n := jsLength(args[0]); n > maxStrokesLen {
			return nil, fmt.Errorf("%w: the strokes' JSON is %d characters long, at most %d", jsutil.ErrTooBig, n, maxStrokesLen)
		}
		return jsutil.StrokesJSON(args[0].String(), 3*maxStrokesLen, pad.MaxStrokes, pad.MaxPoints)
	}
	return jsutil.Strokes(jsutil.Value{V: args[0]}, pad.MaxStrokes, pad.MaxPoints)
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

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("digitlab: " + err.Error())
	}
	return string(b)
}
