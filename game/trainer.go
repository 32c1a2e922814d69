package game

import "digitlab/trainer"

// Trainer is the training backend the app drives. On the desktop it is a
// goroutine (trainer.Local); in the browser it is a Web Worker running its
// own WebAssembly module (package wasm/app's worker bridge). The UI only
// sends commands and reads snapshots, so it cannot tell which one it has.
type Trainer interface {
	// Send queues a command and never blocks; false means it was dropped.
	Send(cmd trainer.Command) bool
	// Latest returns the newest snapshot, which the caller must not
	// modify, and a version that grows with every new snapshot.
	Latest() (*trainer.Snapshot, uint64)
}
