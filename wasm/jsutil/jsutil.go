//go:build js && wasm

// Package jsutil is the JavaScript glue shared by the page and the worker
// modules: moving float32 slices across postMessage without per-element
// calls.
package jsutil

import (
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
