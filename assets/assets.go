package assets

import (
	_ "embed"
	"fmt"
	"slices"

	"digitlab/mnist"
)

// mnistBin and mnistMoreBin are the bundles written by cmd/mkassets.
// Nothing writes to them: mnist.Decode only reads its input.
var (
	//go:embed mnist.bin
	mnistBin []byte
	//go:embed mnist-more.bin
	mnistMoreBin []byte
)

// MNIST decodes the embedded bundle mnist.bin: 20,000 training images,
// 2,000 of each digit in a stratified shuffled order, and the 10,000 MNIST
// test images in their original order.
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

// Full decodes both embedded bundles: all 60,000 MNIST training images,
// MNIST's 20,000 first and then mnist-more.bin's 40,000 (so the first N are
// the same images as MNIST's for N up to 20,000, and the page's worker,
// which fetches the same two files, trains on the same images), and the
// 10,000 test images. It costs about three times what MNIST does.
func Full() (*mnist.Bundle, error) {
	b, err := mnist.Decode(mnistBin)
	if err != nil {
		return nil, err
	}
	more, err := mnist.Decode(mnistMoreBin)
	if err != nil {
		return nil, fmt.Errorf("mnist-more.bin: %w", err)
	}
	b.Train = mnist.Set{
		Images: slices.Concat(b.Train.Images, more.Train.Images),
		Labels: slices.Concat(b.Train.Labels, more.Train.Labels),
	}
	return b, nil
}
