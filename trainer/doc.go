// Package trainer runs an nn training session for an interactive host and
// speaks the messages between them.
//
// An Engine owns one nn.Trainer at a time. The host feeds it Commands (start
// a run, pause, step, change a live setting, find the training images
// closest to an image) and calls Work with a time
// budget whenever it can spare the time; the Engine trains in that budget
// and never blocks longer. Snapshot reports where the run stands, with the
// curves and a copy of the weights, for a user interface to draw and to
// classify drawings with.
//
// Two hosts use the same Engine, so the desktop and the browser behave the
// same: Local runs it on a goroutine (the desktop app), and the browser's
// Web Worker runs it in its message loop (package wasm/worker), sending
// snapshots to the page. Nothing here imports ebiten or syscall/js.
package trainer
