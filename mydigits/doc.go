// Package mydigits keeps the user's own handwriting: the drawings they
// taught the app ("that's a 6"), each as the 28×28 image the network sees
// and its label. The set is small (at most Max digits), is kept across
// reloads by the platform (browser storage, a file on the desktop) in the
// versioned file format of Encode and Decode, and can be mixed into the
// training batches (nn.Trainer.SetMine) so that a few drawings count.
//
// The package is pure Go: it imports neither ebiten nor syscall/js, so it
// is tested natively and in WebAssembly alike.
package mydigits
