package game

import (
	"testing"

	"digitlab/nn"
	"digitlab/trainer"
)

// TestClassifierBlock checks that the classifier builds each network on
// the block of the one before when that is big enough, grows it as
// trainer.WeightsCap says when it is not, and predicts what the trained
// network does either way.
func TestClassifierBlock(t *testing.T) {
	tests := []struct {
		config string
		grows  bool
	}{
		{"hidden=64x32", true}, // the first block
		{"hidden=32&act=tanh", false},
		{"hidden=64x32&seed=3", false},
		{"hidden=128x128", true},
		{"hidden=1024x1024", true}, // past a quarter of the largest: the largest
		{"hidden=1024x1024x1024x1024", false},
		{"hidden=16", false},
	}
	var c classifier
	var img [784]float32
	for i := range img {
		img[i] = float32(i%7) / 7
	}
	for k, tt := range tests {
		cfg, err := nn.ParseConfig(tt.config)
		if err != nil {
			t.Fatal(err)
		}
		before := c.block
		s := snapshotOf(t, cfg, trainer.RunTraining, k+1)
		c.sync(s)
		if !c.ready {
			t.Fatalf("%s: not ready after its snapshot", tt.config)
		}
		grew := before == nil || &before[:1][0] != &c.block[:1][0]
		if grew != tt.grows {
			t.Errorf("%s: block grew %v, want %v", tt.config, grew, tt.grows)
		}
		if want := trainer.WeightsCap(cfg.DenseParams()); grew && cap(c.block) != want {
			t.Errorf("%s: a block of %d numbers, want %d", tt.config, cap(c.block), want)
		}
		trained, err := nn.NewNet[float32](cfg, 1)
		if err != nil {
			t.Fatal(err)
		}
		var got, want [nn.Classes]float32
		c.net.Predict(img[:], got[:])
		trained.Predict(img[:], want[:])
		if got != want {
			t.Errorf("%s: the classifier predicts %v, the network %v", tt.config, got, want)
		}
	}
}
