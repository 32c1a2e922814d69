//go:build !js

package assets

import (
	"bytes"
	"os/exec"
	"testing"

	"digitlab/mnist"
)

// TestMNISTMatchesGoMNIST checks that the embedded bundles are what
// cmd/mkassets makes from the original files with its default flags: the
// MNIST test set, the training subset of seed 1, and all the training
// images in the stratified order of seed 1, each in GreyLevels. If this
// fails after a change to mnist.Subset, run make assets.
func TestMNISTMatchesGoMNIST(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to locate the GoMNIST module:", err)
	}
	dir, err := mnist.ModuleDataDir()
	if err != nil {
		t.Fatal(err)
	}
	full, err := mnist.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := MNIST()
	if err != nil {
		t.Fatal(err)
	}
	train, err := mnist.Subset(full.Train, 2000, 1)
	if err != nil {
		t.Fatal(err)
	}
	all, err := Full()
	if err != nil {
		t.Fatal(err)
	}
	stratified, err := mnist.Stratify(full.Train, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		got, want mnist.Set
	}{{"test", got.Test, full.Test}, {"train", got.Train, train}, {"full train", all.Train, stratified}} {
		if c.want, err = mnist.Quantize(c.want, GreyLevels); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(c.got.Labels, c.want.Labels) || !bytes.Equal(c.got.Images, c.want.Images) {
			t.Errorf("embedded %s set differs from the one made from GoMNIST", c.name)
		}
	}
}
