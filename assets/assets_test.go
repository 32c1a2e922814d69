package assets

import (
	"bytes"
	"testing"

	"digitlab/mnist"
)

func TestMNIST(t *testing.T) {
	b, err := MNIST()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		set  mnist.Set
		want [mnist.Classes]int
	}{
		{"train", b.Train, [mnist.Classes]int{2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000}},
		// The published label counts of the MNIST test set.
		{"test", b.Test, [mnist.Classes]int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}},
	}
	for _, tt := range tests {
		if err := tt.set.Validate(); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
		if got := tt.set.Histogram(); got != tt.want {
			t.Errorf("%s: label histogram %v, want %v", tt.name, got, tt.want)
		}
	}
	if b.Train.Len() != 20000 || b.Test.Len() != 10000 {
		t.Errorf("got %d train and %d test images, want 20000 and 10000", b.Train.Len(), b.Test.Len())
	}
}

// TestFull checks that Full holds all of MNIST's training images, the
// subset of MNIST first, and the same test images.
func TestFull(t *testing.T) {
	sub, err := MNIST()
	if err != nil {
		t.Fatal(err)
	}
	full, err := Full()
	if err != nil {
		t.Fatal(err)
	}
	if err := full.Train.Validate(); err != nil {
		t.Fatal(err)
	}
	// The published label counts of the MNIST training set.
	if got, want := full.Train.Histogram(), [mnist.Classes]int{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}; got != want {
		t.Errorf("label histogram %v, want %v", got, want)
	}
	n := sub.Train.Len()
	if !bytes.Equal(full.Train.Images[:n*mnist.Pixels], sub.Train.Images) || !bytes.Equal(full.Train.Labels[:n], sub.Train.Labels) {
		t.Error("the first training images are not MNIST's subset")
	}
	if !bytes.Equal(full.Test.Images, sub.Test.Images) || !bytes.Equal(full.Test.Labels, sub.Test.Labels) {
		t.Error("the test images differ from MNIST's")
	}
}

// BenchmarkDecode measures MNIST; its MB/s are of the embedded files.
func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(mnistBin) + len(mnistMoreBin)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MNIST(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDrawn checks the drawn digits: about 1,200 of each digit (the
// generator draws each of its nine sets' labels in turn, 12,000 drawings
// in all, and leaves out the few that no view of the pad can render:
// 11 of them), every image with ink, none of them blank or all ink.
func TestDrawn(t *testing.T) {
	s, err := Drawn()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	const drawn, leftOut = 1200, 12 // of each digit: drawn, at most left out
	for d, n := range s.Histogram() {
		if n > drawn || n < drawn-leftOut {
			t.Errorf("%d drawn %ds, want %d, at most %d fewer", n, d, drawn, leftOut)
		}
	}
	for i := range s.Len() {
		ink := 0
		for _, p := range s.Images[i*mnist.Pixels : (i+1)*mnist.Pixels] {
			if p > 127 {
				ink++
			}
		}
		if ink < 10 || ink > mnist.Pixels/2 {
			t.Errorf("drawn digit %d (a %d) has %d inked pixels", i, s.Labels[i], ink)
		}
	}
}
