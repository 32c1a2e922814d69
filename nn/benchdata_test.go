package nn

import (
	"sync"
	"testing"

	"digitlab/assets"
)

type mnistData struct {
	train, test Dataset
	err         error
}

// loadMNIST decodes the bundled MNIST once per test binary (about a second
// in WebAssembly), for the tests and benchmarks that need real digits.
var loadMNIST = sync.OnceValue(func() mnistData {
	b, err := assets.MNIST()
	if err != nil {
		return mnistData{err: err}
	}
	return mnistData{
		train: Dataset{Pixels: b.Train.Images, Labels: b.Train.Labels},
		test:  Dataset{Pixels: b.Test.Images, Labels: b.Test.Labels},
	}
})

// realMNIST returns the bundled 20,000 training and 10,000 test images.
func realMNIST(tb testing.TB) (train, test Dataset) {
	tb.Helper()
	d := loadMNIST()
	if d.err != nil {
		tb.Fatal(d.err)
	}
	return d.train, d.test
}
