package assets

import (
	_ "embed"

	"digitlab/mnist"
)

// mnistBin is the bundle written by cmd/mkassets. Nothing writes to it:
// mnist.Decode only reads its input.
//
//go:embed mnist.bin
var mnistBin []byte

// MNIST decodes the embedded bundle: 20,000 training images, 2,000 of each
// digit in a stratified shuffled order, and the 10,000 MNIST test images in
// their original order.
//
// Every call decodes afresh and returns sets the caller owns and may
// modify. A call costs what doc.go states (tens of milliseconds natively,
// a few times that in a browser) and allocates about 24 MB for the sets plus
// 6 MB that are garbage on return; call it once and keep the result rather
// than calling it per use. An error means the binary was built with a
// damaged mnist.bin.
func MNIST() (*mnist.Bundle, error) {
	return mnist.Decode(mnistBin)
}
