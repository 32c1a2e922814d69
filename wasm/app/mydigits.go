//go:build js && wasm

package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"syscall/js"

	"digitlab/game"
	"digitlab/mydigits"
	"digitlab/wasm/jsutil"
)

// digitsKey is the localStorage key of the user's digits: their file
// (mydigits.Encode) as base64.
const digitsKey = "digitlab-my-digits"

// maxDigitsBytes bounds a file of digits read from the page: Max digits
// compress to far less, and Decode refuses more than Max anyway.
const maxDigitsBytes = mydigits.Max * (1 + 784)

// pageDigits is the page's game.DigitStore: the digits live in
// localStorage, export downloads a file, import opens a file picker (a
// file of digits dropped on the page imports too: pageModels.read tells
// it from a model).
type pageDigits struct{ files *pageModels }

// storage returns window.localStorage, or an error where the page has none
// (storage disabled, an opaque origin).
func storage() (js.Value, error) {
	var s js.Value
	err := jsutil.Catch(func() error {
		s = js.Global().Get("localStorage")
		if !s.Truthy() {
			return errors.New("this browser keeps no local storage here")
		}
		return nil
	})
	return s, err
}

// Load returns the kept file, nil when there is none.
func (d pageDigits) Load() ([]byte, error) {
	s, err := storage()
	if err != nil {
		return nil, err
	}
	var text js.Value
	if err := jsutil.Catch(func() error { text = s.Call("getItem", digitsKey); return nil }); err != nil {
		return nil, err
	}
	if text.Type() != js.TypeString {
		return nil, nil
	}
	data, err := base64.StdEncoding.DecodeString(text.String())
	if err != nil {
		return nil, fmt.Errorf("the browser's copy is not base64: %v", err)
	}
	return data, nil
}

// Keep stores data; a full storage is an error the app shows.
func (d pageDigits) Keep(data []byte) error {
	s, err := storage()
	if err != nil {
		return err
	}
	return jsutil.Catch(func() error {
		s.Call("setItem", digitsKey, base64.StdEncoding.EncodeToString(data))
		return nil
	})
}

// Export downloads data as a file called name.
func (d pageDigits) Export(name string, data []byte) (string, error) {
	return d.files.Save(name, data)
}

// Import shows the file picker; the file comes back through pageModels.read.
func (d pageDigits) Import() string { return d.files.pick(&d.files.digitsPicker, mydigits.Ext) }

// exposeDigitsAPI adds to window.digitlab:
//
//   - teach(label) → "" or an error: keeps the drawing on the pad as one
//     of the user's digits, as a click on the chip does; the outcome is in
//     state().mine.message;
//   - exportDigits() → a Promise of JSON {"name", "base64"} of the file of
//     the user's digits;
//   - importDigits(data) → "" or why the file is refused, with data the
//     file as base64 text, a Uint8Array or an ArrayBuffer;
//   - clearDigits() → "": forgets every digit, kept ones included.
func exposeDigitsAPI(app *game.App) {
	api := js.Global().Get("digitlab")
	api.Set("teach", apiFunc("teach", func(args []js.Value) (string, error) {
		const want = "a digit 0 to 9"
		if len(args) < 1 {
			return "", errors.New("needs " + want)
		}
		if t, ok := jsutil.TypeOf(args[0]); !ok || t != js.TypeNumber {
			return "", fmt.Errorf("needs %s, not %s", want, typeName(args[0]))
		}
		f := args[0].Float()
		if f != float64(int(f)) || f < 0 || f > 9 {
			return "", fmt.Errorf("needs %s, not %v", want, f)
		}
		return "", app.Teach(int(f))
	}))
	api.Set("exportDigits", js.FuncOf(func(js.Value, []js.Value) any {
		var executor js.Func
		executor = js.FuncOf(func(_ js.Value, args []js.Value) any {
			resolve := args[0]
			app.ExportDigits(func(name string, data []byte) {
				resolve.Invoke(mustJSON(map[string]string{"name": name, "base64": base64.StdEncoding.EncodeToString(data)}))
			})
			return nil
		})
		defer executor.Release()
		return js.Global().Get("Promise").New(executor)
	}))
	api.Set("importDigits", apiFunc("importDigits", func(args []js.Value) (string, error) {
		data, err := fileArg(args, maxDigitsBytes, "a file of your digits")
		if err != nil {
			return "", err
		}
		return app.ImportDigits(data), nil
	}))
	api.Set("clearDigits", apiFunc("clearDigits", func([]js.Value) (string, error) { app.ClearDigits(); return "", nil }))
}
