// Package testnet gives tests a trained network: the default config after
// a few epochs on the bundled images, seeded, so the same network on every
// run, and good enough that what it reads means something.
package testnet

import (
	"testing"

	"digitlab/assets"
	"digitlab/internal/datasets"
	"digitlab/nn"
)

// Default trains nn.DefaultConfig for epochs on the bundled images.
func Default(t testing.TB, epochs int) *nn.Network {
	t.Helper()
	// assets.MNIST rather than datasets.Load, which reads GoMNIST's files
	// too and so is not built for WebAssembly, where pad's tests also run.
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	data := datasets.FromBundle(b)
	tr, err := nn.NewTrainer(nn.DefaultConfig(), data.Train, data.Test, nn.TrainerOptions{Epochs: epochs, ValLimit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for tr.State() == nn.Training {
		tr.Step(100)
	}
	if tr.State() != nn.Finished {
		t.Fatalf("training ended %v", tr.State())
	}
	return tr.Network()
}
