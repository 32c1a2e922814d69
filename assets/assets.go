package assets

import (
	_ "embed"
	"fmt"
	"slices"

	"digitlab/mnist"
)

// GreyLevels is the number of grey levels the embedded bundles keep
// (cmd/mkassets' default -levels; doc.go says why).
const GreyLevels = 16

// mnistBin and mnistMoreBin are the bundles written by cmd/mkassets.
// Nothing writes to them: mnist.Decode only reads its input.
var (
	//go:embed mnist.bin
	mnistBin []byte
	//go:embed mnist-more.bin
	mnistMoreBin []byte
	//go:embed drawn.bin
	drawnBin []byte
)

// Drawn decodes the embedded drawn.bin (pad/internal/gendrawn): 11,989
// digits drawn after real fonts and by pad/drawset's procedural writers,
// rendered as the pad renders a drawing, which a config with
// nn.Config.Drawn mixes into its batches.
// Every call decodes afresh (about 9.4 MB) and returns a set the caller
// owns. An error means the binary was built with a damaged file.
func Drawn() (mnist.Set, error) {
	b, err := mnist.Decode(drawnBin)
	if err != nil {
		return mnist.Set{}, fmt.Errorf("drawn.bin: %w", err)
	}
	return b.Train, nil
}

// MNIST decodes the embedded bundles and returns 20,000 training images,
// 2,000 of each digit in a stratified shuffled order (mnist.bin's), and the
// 10,000 MNIST test images in their original order (mnist.bin's 2,000 and
// mnist-more.bin's 8,000).
//
// Every call decodes afresh and returns sets the caller owns and may
// modify. A call costs what doc.go states (a fraction of a second
// natively, a few times that in a browser) and allocates about 25 MB for
// the sets plus 55 MB that are garbage on return; call it once and keep the result
// rather than calling it per use. An error means the binary was built with
// a damaged file.
func MNIST() (*mnist.Bundle, error) {
	first, more, err := decode()
	if err != nil {
		return nil, err
	}
	return &mnist.Bundle{Train: first.Train, Test: join(first.Test, more.Test)}, nil
}

// Full decodes both embedded bundles and returns all 60,000 MNIST training
// images, mnist.bin's 20,000 first and then mnist-more.bin's 40,000 (so the
// first N are MNIST's for N up to 20,000, and the page's worker, which
// fetches the same two files, trains on the same images), and the 10,000
// test images as MNIST returns them.
func Full() (*mnist.Bundle, error) {
	first, more, err := decode()
	if err != nil {
		return nil, err
	}
	return &mnist.Bundle{Train: join(first.Train, more.Train), Test: join(first.Test, more.Test)}, nil
}

// decode decodes both embedded bundles.
func decode() (first, more *mnist.Bundle, err error) {
	if first, err = mnist.Decode(mnistBin); err != nil {
		return nil, nil, fmt.Errorf("mnist.bin: %w", err)
	}
	if more, err = mnist.Decode(mnistMoreBin); err != nil {
		return nil, nil, fmt.Errorf("mnist-more.bin: %w", err)
	}
	return first, more, nil
}

// join returns a's images followed by b's, as a new set.
func join(a, b mnist.Set) mnist.Set {
	return mnist.Set{Images: slices.Concat(a.Images, b.Images), Labels: slices.Concat(a.Labels, b.Labels)}
}
