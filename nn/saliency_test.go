package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestInputGradient compares InputGradient with central differences of
// the logit margin it differentiates, pixel by pixel, in float64, through
// dense layers of every activation, convolutions and pooling (pooling
// first included), batch normalization in evaluation mode, and dropout,
// which evaluation mode must leave out.
func TestInputGradient(t *testing.T) {
	// Sparse images cover the zero skips. Pooling needs ink everywhere: a
	// window of equal values (zeros, or a convolution's bias over zeros)
	// is a kink, where the finite difference disagrees with any gradient.
	inked := func(x []float64, rng *rand.Rand) {
		for i := range x {
			x[i] = 0.05 + 0.95*rng.Float64()
		}
	}
	for _, tc := range []struct {
		cfg  string
		fill func([]float64, *rand.Rand)
	}{
		{"hidden=16x8&act=tanh", sparseInput},
		{"hidden=12&act=relu", sparseInput},
		{"hidden=12&act=sigmoid", sparseInput},
		{"hidden=10x10&act=elu&dropout=0.5", sparseInput},
		{"hidden=8&act=leaky-relu&bn=1", sparseInput},
		{"hidden=none", sparseInput},
		{"conv=3c3-p2-4c3s-p2&hidden=8&act=tanh", inked},
		{"conv=p2-5c3-p2&hidden=none&act=sigmoid", inked},
		{"conv=8c5s-p2&hidden=none&act=elu&bn=1", inked},
	} {
		t.Run(tc.cfg, func(t *testing.T) {
			cfg, err := ParseConfig(tc.cfg + "&init=he-normal")
			if err != nil {
				t.Fatal(err)
			}
			n, err := NewNet[float64](cfg, 1)
			if err != nil {
				t.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(3, 9))
			for _, p := range n.params {
				if !p.weight {
					for i := range p.data {
						p.data[i] = 0.1 * rng.NormFloat64()
					}
				}
			}
			for _, b := range n.norms { // running statistics away from 0 and 1
				for c := range b.runMean {
					b.runMean[c], b.runVar[c] = 0.2*rng.NormFloat64(), 0.5+rng.Float64()
				}
			}
			img := make([]float64, Inputs)
			tc.fill(img, rng)
			coef := make([]float64, Classes)
			coef[3], coef[8] = 1, -1
			dx, probs := make([]float64, Inputs), make([]float64, Classes)
			n.InputGradient(img, coef, dx, probs)
			margin := func() float64 {
				copy(n.acts[0], img)
				n.forward(1, false)
				z := n.acts[len(n.layers)]
				return z[3] - z[8]
			}
			const eps, tol = 1e-6, 1e-4
			significant := 0
			for i := range img {
				orig := img[i]
				img[i] = orig + eps
				up := margin()
				img[i] = orig - eps
				down := margin()
				img[i] = orig
				num := (up - down) / (2 * eps)
				scale := math.Max(math.Abs(dx[i])+math.Abs(num), 1e-7)
				if scale > 1e-6 {
					significant++
				}
				if math.Abs(dx[i]-num)/scale > tol && math.Abs(dx[i]-num) > 1e-8 {
					t.Errorf("pixel %d: analytic %.10g, numeric %.10g", i, dx[i], num)
				}
			}
			// Pooling first passes a gradient to one pixel in four.
			if significant < Inputs/8 {
				t.Fatalf("only %d of %d gradients above the noise floor: the check proves nothing", significant, Inputs)
			}
			var sum float64
			for _, p := range probs {
				sum += p
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("probabilities sum to %v", sum)
			}
		})
	}
}

// InputGradient, like Predict, must not allocate: the app calls it as the
// user draws.
func TestInputGradientDoesNotAllocate(t *testing.T) {
	cfg, _ := ParseConfig("conv=4c3-p2&hidden=16&bn=1&dropout=0.3")
	n, err := NewNet[float32](cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	img, coef := make([]float32, Inputs), make([]float32, Classes)
	dx, probs := make([]float32, Inputs), make([]float32, Classes)
	img[300], coef[1], coef[2] = 1, 1, -1
	if a := testing.AllocsPerRun(5, func() { n.InputGradient(img, coef, dx, probs) }); a != 0 {
		t.Errorf("%v allocations per call", a)
	}
}
