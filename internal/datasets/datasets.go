// Package datasets loads MNIST for the command-line tools and the desktop
// app: the bundled 20,000-image subset (embedded, always there), the app's
// 60,000 (both embedded bundles) or the full 60,000 images from the Go
// module cache.
package datasets

import (
	"digitlab/mnist"
	"digitlab/nn"
)

// Kinds of data.
const (
	Subset = "subset" // the embedded 20,000 training images
	Full   = "full"   // all 60,000 training images, from the GoMNIST module
	// Bundled is the 60,000 training images the app trains on: both
	// embedded bundles, with 16 grey levels, in their class-balanced order.
	Bundled = "bundled"
)

// Data is a training set and the 10,000 MNIST test images, which serve as
// the validation set (as in the seed's Keras examples: MNIST has no separate
// validation split).
type Data struct {
	Train, Test nn.Dataset
	// Drawn is the drawn digits a config with nn.Config.Drawn mixes in
	// (assets.Drawn), whatever the kind of data.
	Drawn nn.Dataset
}

// FromBundle views a decoded bundle as nn datasets (no copy).
func FromBundle(b *mnist.Bundle) Data {
	return Data{
		Train: nn.Dataset{Pixels: b.Train.Images, Labels: b.Train.Labels},
		Test:  nn.Dataset{Pixels: b.Test.Images, Labels: b.Test.Labels},
	}
}
