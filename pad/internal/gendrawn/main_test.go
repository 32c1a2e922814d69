package main

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"digitlab/assets"
	"digitlab/mnist"
)

// TestBundledFileIsGenerated checks that assets/drawn.bin holds what this
// command draws: its first drawings, rendered again from the same seed
// and quantized as the file keeps them, match byte for byte, with their
// labels; and the sets give the labels in turn.
func TestBundledFileIsGenerated(t *testing.T) {
	const n = 40
	sets, err := drawnSets(n)
	if err != nil {
		t.Fatal(err)
	}
	got := render(sets[0], rand.New(rand.NewPCG(Seed, 0)))
	want, err := assets.Drawn()
	if err != nil {
		t.Fatal(err)
	}
	q, err := mnist.Quantize(got, assets.GreyLevels)
	if err != nil {
		t.Fatal(err)
	}
	if q.Len() != n || !bytes.Equal(q.Images, want.Images[:n*mnist.Pixels]) || !bytes.Equal(q.Labels, want.Labels[:n]) {
		t.Errorf("the first %d drawings rendered now differ from assets/drawn.bin's (rendered %d): run go run ./pad/internal/gendrawn", n, q.Len())
	}
	for _, ss := range sets {
		for i, s := range ss {
			if s.Label != i%10 {
				t.Fatalf("drawing %d is a %d, want %d", i, s.Label, i%10)
			}
		}
	}
}
