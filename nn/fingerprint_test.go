package nn

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"strings"
	"testing"
)

// TestFingerprint trains a few configs that exercise every kernel (each
// optimizer, widths the SIMD kernels take and ones they leave to Go, exp
// through sigmoid and ELU, dropout, L2, convolutions with the filter counts
// the SSE kernels take and one they leave to Go, same padding, pooling,
// both augmentation levels, draw-robust as the pad recommends it, and the
// remedies: batch normalization after
// dense layers and convolutions, clipping, early stopping; the user's
// digits, moved and augmented; the drawn digits) and writes a
// fingerprint of each
// run's weights to the file named by $DIGITLAB_FINGERPRINT. make test-wasm
// runs it natively (SSE assembly), in WebAssembly with the Go loops and with
// the SIMD kernels, and requires the three files to be identical: the same
// seed gives the same run on the desktop and in the browser. Without the
// variable it is skipped.
func TestFingerprint(t *testing.T) {
	path := os.Getenv("DIGITLAB_FINGERPRINT")
	if path == "" {
		t.Skip("DIGITLAB_FINGERPRINT is not set (make test-wasm sets it)")
	}
	train, test := realMNIST(t)
	var out strings.Builder
	for _, c := range []string{
		"",
		"act=sigmoid&hidden=128x64&opt=rmsprop&l2=0.0001",
		"act=elu&hidden=100x30&dropout=0.2&opt=momentum&nesterov=1&lr=0.01",
		"act=tanh&hidden=64&opt=sgd&lr=0.1&batch=50",
		"act=leaky-relu&hidden=36x36x36&init=he-normal&opt=adam&l2=0.001&batch=16",
		"preset=cnn",
		"conv=6c3s-p3-8c3-p2&hidden=16&act=elu&dropout=0.1&opt=momentum&lr=0.01&l2=0.0001",
		"augment=light&batch=64",
		"augment=strong&act=elu&dropout=0.1",
		"preset=draw-robust",
		"preset=fix-deep-sigmoid-bn",
		"preset=fix-diverge-clip",
		"preset=fix-overfit-early-stop",
		"conv=6c3s-p2-8c3-p2&hidden=24&bn=1&clip=0.5&dropout=0.1&opt=rmsprop&batch=20",
		"mine=1",
		"mine=1&augment=light&batch=20",
		"ones=1&mine=1&batch=24",
	} {
		cfg, err := ParseConfig(c)
		if err != nil {
			t.Fatal(err)
		}
		// Package pad/ones draws the 1s of ones=1 (draw-robust) and pins
		// its own drawings on every platform; here a bar stands in for it,
		// and test images for the drawn digits of drawn=1.
		tr, err := NewTrainer(cfg, train, test, TrainerOptions{EvalEvery: 4000, ValLimit: 500, DrawOne: new(drawBar).draw, Drawn: test.Head(50)})
		if err != nil {
			t.Fatal(err)
		}
		if err := tr.SetMine(test.Head(20)); err != nil { // mixed in with mine=1
			t.Fatal(err)
		}
		tr.Step(400)
		h := fnv.New64a()
		for _, w := range tr.Network().AppendWeights(nil) {
			b := math.Float32bits(w)
			h.Write([]byte{byte(b), byte(b >> 8), byte(b >> 16), byte(b >> 24)})
		}
		// The weights must match bit for bit. The validation loss is written
		// to 12 significant digits: it goes through float64 e^x and ln x,
		// which are assembly natively on amd64 and Go's loops in
		// WebAssembly, and may differ in the last bit (the float32
		// gradients they feed practically never do).
		fmt.Fprintf(&out, "%s: weights %016x, validation loss %.12g\n", cfg, h.Sum64(), tr.LastEval().Loss)
	}
	if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
