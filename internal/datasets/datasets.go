// Package datasets loads MNIST for the command-line tools and the desktop
// app: the bundled 20,000-image subset (embedded, always there) or the full
// 60,000 images from the Go module cache.
package datasets

import (
	"fmt"

	"digitlab/assets"
	"digitlab/mnist"
	"digitlab/nn"
)

// Kinds of data.
const (
	Subset = "subset" // the embedded 20,000 training images
	Full   = "full"   // all 60,000 training images, from the GoMNIST module
)

// Data is a training set and the 10,000 MNIST test images, which serve as
// the validation set (as in the seed's Keras examples: MNIST has no separate
// validation split).
type Data struct {
	Train, Test nn.Dataset
}

// Load returns the data of a kind. For Full, dir is the folder with the four
// IDX .gz files; empty means the GoMNIST module's folder (downloaded through
// the Go module proxy if needed).
func Load(kind, dir string) (Data, error) {
	var b *mnist.Bundle
	var err error
	switch kind {
	case Subset:
		b, err = assets.MNIST()
	case Full:
		if dir == "" {
			dir, err = mnist.ModuleDataDir()
			if err != nil {
				return Data{}, err
			}
		}
		b, err = mnist.LoadDir(dir)
	default:
		return Data{}, fmt.Errorf("unknown data %q (want %s or %s)", kind, Subset, Full)
	}
	if err != nil {
		return Data{}, err
	}
	return FromBundle(b), nil
}

// FromBundle views a decoded bundle as nn datasets (no copy).
func FromBundle(b *mnist.Bundle) Data {
	return Data{
		Train: nn.Dataset{Pixels: b.Train.Images, Labels: b.Train.Labels},
		Test:  nn.Dataset{Pixels: b.Test.Images, Labels: b.Test.Labels},
	}
}
