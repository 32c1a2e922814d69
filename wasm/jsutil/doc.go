// Package jsutil is the JavaScript glue shared by the page and the worker
// modules: moving float32 slices across postMessage without per-element
// calls, and reading untrusted JavaScript values (the page API's
// arguments) with limits, without letting them crash the module. The
// decoders read through the Node interface, so they also run (and are
// fuzzed) outside a browser; the syscall/js parts build for js/wasm only.
package jsutil
