//go:build js && wasm

package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"syscall/js"

	"digitlab/game"
	"digitlab/wasm/jsutil"
)

// maxModelBytes is the most of a file the page reads as a model: the
// largest network the settings allow is under 20 MB, and a bigger file is
// cut here, so that nn.LoadModel refuses it with its own message instead
// of the page holding a huge file in memory.
const maxModelBytes = 64 << 20

// pageModels is the page's game.ModelFiles: saving downloads a file
// (a Blob and an <a download>), opening shows a file picker. A file picked
// or dropped on the page (watchDrops) goes to app.LoadModel.
type pageModels struct {
	app    *game.App // set once the app exists, before it runs
	picker js.Value  // the hidden <input type=file>, made on first use
	// digitsPicker is the one of the user's digits' Import (mydigits.go).
	digitsPicker js.Value
}

// Save downloads data as a file called name.
func (m *pageModels) Save(name string, data []byte) (msg string, err error) {
	err = jsutil.Catch(func() error {
		g := js.Global()
		arr := g.Get("Uint8Array").New(len(data))
		js.CopyBytesToJS(arr, data)
		blob := g.Get("Blob").New([]any{arr}, map[string]any{"type": "application/octet-stream"})
		url := g.Get("URL").Call("createObjectURL", blob)
		a := g.Get("document").Call("createElement", "a")
		a.Set("href", url)
		a.Set("download", name)
		a.Get("style").Set("display", "none")
		g.Get("document").Get("body").Call("appendChild", a)
		a.Call("click")
		a.Call("remove")
		// The download has taken the URL by the next task; revoke it a
		// while later all the same, as some browsers read it late.
		var revoke js.Func
		revoke = js.FuncOf(func(js.Value, []js.Value) any {
			g.Get("URL").Call("revokeObjectURL", url)
			revoke.Release()
			return nil
		})
		g.Call("setTimeout", revoke, 60000)
		return nil
	})
	if err != nil {
		return "", err
	}
	return "Downloaded " + name, nil
}

// Open shows the file picker. A browser opens it only while the user's
// gesture is fresh: a mouse press is (the app sees it a tick later), a
// finger only when it lifts, so without that the picker opens at the next
// pointerup.
func (m *pageModels) Open() string { return m.pick(&m.picker, game.ModelExt) }

// pick shows the file picker *picker, made on first use for files named
// *ext (see Open).
func (m *pageModels) pick(picker *js.Value, ext string) string {
	err := jsutil.Catch(func() error {
		if !picker.Truthy() {
			*picker = m.newPicker(ext)
		}
		g := js.Global()
		if act := g.Get("navigator").Get("userActivation"); act.Truthy() && !act.Get("isActive").Bool() {
			var once js.Func
			once = js.FuncOf(func(js.Value, []js.Value) any {
				picker.Call("click")
				once.Release()
				return nil
			})
			g.Call("addEventListener", "pointerup", once, map[string]any{"once": true, "capture": true})
			return nil
		}
		picker.Call("click")
		return nil
	})
	if err != nil {
		return "Cannot open a file here: " + err.Error()
	}
	return ""
}

// newPicker makes a hidden file input for files named *ext, whose choice
// is read (read).
func (m *pageModels) newPicker(ext string) js.Value {
	doc := js.Global().Get("document")
	in := doc.Call("createElement", "input")
	in.Set("type", "file")
	in.Set("accept", ext+",application/octet-stream")
	in.Get("style").Set("display", "none")
	in.Call("addEventListener", "change", js.FuncOf(func(js.Value, []js.Value) any {
		if files := in.Get("files"); files.Length() > 0 {
			m.read(files.Index(0))
		}
		in.Set("value", "") // the same file picked again is a change too
		return nil
	}))
	doc.Get("body").Call("appendChild", in)
	return in
}

// watchDrops loads a file dropped anywhere on the page (the canvas fills
// it). The listeners capture the events on the window, ahead of ebiten's
// own on the canvas, and stop them there: the app takes the file once.
func (m *pageModels) watchDrops() {
	g := js.Global()
	opts := map[string]any{"capture": true}
	g.Call("addEventListener", "dragover", js.FuncOf(func(_ js.Value, args []js.Value) any {
		args[0].Call("preventDefault") // allow the drop
		return nil
	}), opts)
	g.Call("addEventListener", "drop", js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := args[0]
		e.Call("preventDefault")
		e.Call("stopPropagation")
		if dt := e.Get("dataTransfer"); dt.Truthy() {
			if files := dt.Get("files"); files.Truthy() && files.Length() > 0 {
				m.read(files.Index(0))
			}
		}
		return nil
	}), opts)
}

// read reads the start of file (a File or Blob), up to maxModelBytes, and
// imports it as the user's digits if it is a file of them, else loads it
// as a model.
func (m *pageModels) read(file js.Value) {
	name := ""
	if n := file.Get("name"); n.Type() == js.TypeString {
		name = n.String()
	}
	var done, failed js.Func
	release := func() { done.Release(); failed.Release() }
	done = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer release()
		arr := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, arr.Length())
		js.CopyBytesToGo(data, arr)
		if game.IsDigitsFile(data) {
			m.app.ImportDigits(data)
			return nil
		}
		m.app.LoadModel(name, data)
		return nil
	})
	failed = js.FuncOf(func(_ js.Value, args []js.Value) any {
		defer release()
		m.app.LoadModel(name, nil) // nn.LoadModel's message for no data
		return nil
	})
	file.Call("slice", 0, maxModelBytes).Call("arrayBuffer").Call("then", done, failed)
}

// exposeModelAPI adds to window.digitlab:
//
//   - saveModel() → a Promise of JSON: {"name", "base64"} of the model file
//     of the network that reads the pad, or {"error"};
//   - loadModel(data, name?) → "" or nn.LoadModel's message, with data the
//     file as base64 text, a Uint8Array or an ArrayBuffer.
func (m *pageModels) exposeModelAPI() {
	api := js.Global().Get("digitlab")
	api.Set("saveModel", js.FuncOf(func(js.Value, []js.Value) any {
		var executor js.Func
		executor = js.FuncOf(func(_ js.Value, args []js.Value) any {
			resolve := args[0]
			m.app.SaveModel(func(name string, data []byte, err error) {
				if err != nil {
					resolve.Invoke(mustJSON(map[string]string{"error": err.Error()}))
					return
				}
				resolve.Invoke(mustJSON(map[string]string{"name": name, "base64": base64.StdEncoding.EncodeToString(data)}))
			})
			return nil
		})
		defer executor.Release()
		return js.Global().Get("Promise").New(executor)
	}))
	api.Set("loadModel", apiFunc("loadModel", func(args []js.Value) (string, error) {
		data, err := fileArg(args, maxModelBytes, "a model file")
		if err != nil {
			return "", err
		}
		name := "model" + game.ModelExt
		if len(args) > 1 && args[1].Type() == js.TypeString && jsLength(args[1]) <= maxNameLen {
			name = args[1].String()
		}
		return m.app.LoadModel(name, data), nil
	}))
}

// fileArg reads a file (what names it) of at most limit bytes from base64
// text, a Uint8Array or an ArrayBuffer, checking its size before copying
// it.
func fileArg(args []js.Value, limit int, what string) ([]byte, error) {
	want := what + " as base64 text, a Uint8Array or an ArrayBuffer"
	if len(args) < 1 {
		return nil, errors.New("needs " + want)
	}
	v := args[0]
	if t, ok := jsutil.TypeOf(v); ok && t == js.TypeString {
		if n := jsLength(v); n > limit/3*4+4 {
			return nil, fmt.Errorf("the text is %d characters long; %s is at most %d bytes", n, what, limit)
		}
		data, err := base64.StdEncoding.DecodeString(v.String())
		if err != nil {
			return nil, fmt.Errorf("not base64: %v", err)
		}
		return data, nil
	}
	g := js.Global()
	if t, ok := jsutil.TypeOf(v); !ok || t != js.TypeObject {
		return nil, fmt.Errorf("needs %s, not %s", want, typeName(v))
	}
	switch {
	case v.InstanceOf(g.Get("ArrayBuffer")):
		v = g.Get("Uint8Array").New(v)
	case !v.InstanceOf(g.Get("Uint8Array")):
		return nil, errors.New("needs " + want)
	}
	if n := v.Length(); n > limit {
		return nil, fmt.Errorf("%d bytes; %s is at most %d", n, what, limit)
	}
	data := make([]byte, v.Length())
	js.CopyBytesToGo(data, v)
	return data, nil
}
