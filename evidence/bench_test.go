package evidence

import (
	"testing"

	"digitlab/assets"
	"digitlab/nn"
)

// realData returns the bundled MNIST training and test images, as the
// browser's worker holds them.
func realData(b *testing.B) (train, test nn.Dataset) {
	b.Helper()
	m, err := assets.MNIST()
	if err != nil {
		b.Fatal(err)
	}
	return nn.Dataset{Pixels: m.Train.Images, Labels: m.Train.Labels}, nn.Dataset{Pixels: m.Test.Images, Labels: m.Test.Labels}
}

// BenchmarkNearest is one query of the Why tab: the 6 training images
// (of the bundled 20,000) closest to a test image.
func BenchmarkNearest(b *testing.B) {
	train, test := realData(b)
	x := NewIndex(train)
	var dst []Neighbour
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		dst = x.Nearest(test.Image(i%test.Len()), 6, 0, dst)
	}
}

// BenchmarkNewIndex is what the first query costs on top: the norms of
// the 20,000 training images.
func BenchmarkNewIndex(b *testing.B) {
	train, _ := realData(b)
	for b.Loop() {
		NewIndex(train)
	}
}

// BenchmarkSaliency is the map of one image through the default network.
func BenchmarkSaliency(b *testing.B) {
	_, test := realData(b)
	net, err := nn.NewNet[float32](nn.DefaultConfig(), 1)
	if err != nil {
		b.Fatal(err)
	}
	var img [nn.Inputs]float32
	for i, p := range test.Image(0) {
		img[i] = float32(p) / 255
	}
	var m Map
	for b.Loop() {
		Saliency(net, &img, 3, 5, &m)
	}
}
