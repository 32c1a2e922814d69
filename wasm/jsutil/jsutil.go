//go:build js && wasm

package jsutil

import (
	"fmt"
	"syscall/js"
	"unsafe"
)

// Float32Array returns a new JS Float32Array holding a copy of v. WebAssembly
// is little-endian like typed arrays, so the copy is one byte copy.
// js.CopyBytesToJS only takes a Uint8Array, hence the view.
func Float32Array(v []float32) js.Value {
	arr := js.Global().Get("Float32Array").New(len(v))
	if len(v) > 0 {
		bytes := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(v))), 4*len(v))
		view := js.Global().Get("Uint8Array").New(arr.Get("buffer"), arr.Get("byteOffset"), arr.Get("byteLength"))
		js.CopyBytesToJS(view, bytes)
	}
	return arr
}

// Float32s copies a JS Float32Array into dst (grown as needed) and returns it.
func Float32s(arr js.Value, dst []float32) []float32 {
	n := arr.Get("length").Int()
	if cap(dst) < n {
		dst = make([]float32, n)
	}
	dst = dst[:n]
	if n > 0 {
		bytes := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(dst))), 4*n)
		view := js.Global().Get("Uint8Array").New(arr.Get("buffer"), arr.Get("byteOffset"), arr.Get("byteLength"))
		js.CopyBytesToGo(bytes, view)
	}
	return dst
}

// TypeOf returns v's type, and false for a type syscall/js does not know
// (a BigInt makes js.Value.Type panic with "bad type flag").
func TypeOf(v js.Value) (t js.Type, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return v.Type(), true
}

// Value is a Node over a JavaScript value. It reads properties through
// Reflect.get called from Go: syscall/js's Get and Index let an exception
// thrown by a getter or a Proxy unwind through the Go module (which then
// cannot go on), while a call turns it into a panic with a js.Error. Run
// the decoding under Catch.
type Value struct{ V js.Value }

func reflectGet(v js.Value, key any) js.Value {
	return js.Global().Get("Reflect").Call("get", v, key)
}

func (v Value) Array() (int, bool) {
	if !js.Global().Get("Array").Call("isArray", v.V).Bool() {
		return 0, false
	}
	n := reflectGet(v.V, "length")
	if t, ok := TypeOf(n); !ok || t != js.TypeNumber || !(n.Float() >= 0) {
		return 0, false
	}
	return int(min(n.Float(), 1<<31)), true
}

func (v Value) Index(i int) Node { return Value{reflectGet(v.V, i)} }

func (v Value) Number() (float64, bool) {
	if t, ok := TypeOf(v.V); !ok || t != js.TypeNumber {
		return 0, false
	}
	return v.V.Float(), true
}

// Catch runs f and returns what it panicked with as an error, if it did: a
// JavaScript exception (a throwing getter, toJSON or Proxy trap reached
// through syscall/js) arrives in Go as a panic with a js.Error.
func Catch(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	return f()
}
