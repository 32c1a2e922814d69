//go:build js && wasm

package main

import (
	"strconv"
	"sync"
	"syscall/js"
	"time"

	"digitlab/pad"
)

// checkerFiles are the not-a-digit checker's files, which make web copies
// into public/ beside the page: app.wasm is built with the lazyassets tag,
// which leaves them out of it (about 0.11 MB compressed), so the
// page module arrives sooner and the checker follows once the app is up.
var checkerFiles = [2]string{"notdigit.model", "digitspace.bin"}

// checkerRetry is how long the page waits before fetching the files again
// after a failure (an offline first visit, a server restarting).
const checkerRetry = 5 * time.Second

// lazyChecker fetches the checker's files when the app starts and makes the
// checker once both are in. Get is game.Options.Checker: nil until then.
type lazyChecker struct {
	mu    sync.Mutex
	check *pad.Checker
}

// newLazyChecker starts fetching the files.
func newLazyChecker() *lazyChecker {
	l := &lazyChecker{}
	go l.load()
	return l
}

// Get returns the checker, or nil while its files are still coming.
func (l *lazyChecker) Get() *pad.Checker {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.check
}

// load fetches both files until it has them, waiting checkerRetry after a
// failure, and makes the checker. Files that arrive but are damaged are a
// build error: the pad then keeps saying it is loading the checker, and the
// console says why.
func (l *lazyChecker) load() {
	for {
		var data [2][]byte
		var err error
		for i, name := range checkerFiles {
			if data[i], err = fetchBytes(name); err != nil {
				break
			}
		}
		if err == nil {
			c, err := pad.LoadChecker(data[0], data[1])
			if err != nil {
				js.Global().Get("console").Call("error", "Digit Lab: the digit checker's files are damaged: "+err.Error())
				return
			}
			l.mu.Lock()
			l.check = c
			l.mu.Unlock()
			return
		}
		consoleWarn("Digit Lab: could not load the digit checker, trying again: " + err.Error())
		time.Sleep(checkerRetry)
	}
}

// fetchBytes fetches a file next to the page and returns its bytes. It
// blocks its goroutine only; the page runs on meanwhile.
func fetchBytes(name string) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	var onBody, onResponse, onError js.Func
	onError = js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{err: jsError(name, args[0])}
		return nil
	})
	onBody = js.FuncOf(func(_ js.Value, args []js.Value) any {
		arr := js.Global().Get("Uint8Array").New(args[0])
		data := make([]byte, arr.Get("byteLength").Int())
		js.CopyBytesToGo(data, arr)
		done <- result{data: data}
		return nil
	})
	onResponse = js.FuncOf(func(_ js.Value, args []js.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			done <- result{err: &fetchError{name: name, msg: "the server answered " + strconv.Itoa(res.Get("status").Int())}}
			return nil
		}
		res.Call("arrayBuffer").Call("then", onBody, onError)
		return nil
	})
	defer onError.Release()
	defer onBody.Release()
	defer onResponse.Release()
	js.Global().Call("fetch", name).Call("then", onResponse, onError)
	r := <-done
	return r.data, r.err
}

func consoleWarn(msg string) { js.Global().Get("console").Call("warn", msg) }

// fetchError is a failed fetch of a file.
type fetchError struct{ name, msg string }

func (e *fetchError) Error() string { return e.name + ": " + e.msg }

func jsError(name string, v js.Value) error {
	return &fetchError{name: name, msg: js.Global().Get("String").Invoke(v).String()}
}
