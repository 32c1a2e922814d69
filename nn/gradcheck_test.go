package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// lossAt runs a float64 network on its loaded rows and returns the loss the
// trainer minimizes: mean cross-entropy plus λ/2·Σw² over the weights.
// In training mode (train) batch normalization uses the batch's
// statistics.
func lossAt(n *Net[float64], labels []uint8, rows int, l2 float64, train bool) float64 {
	n.forward(rows, train)
	loss, _ := n.lossGrad(labels, rows)
	for _, p := range n.params {
		if p.weight {
			for _, w := range p.data {
				loss += l2 / 2 * w * w
			}
		}
	}
	return loss
}

// TestGradientCheck compares the analytic gradients with central finite
// differences, in float64, for every activation, with and without L2,
// through three hidden layers.
func TestGradientCheck(t *testing.T) {
	for _, act := range Activations {
		for _, l2 := range []float64{0, 0.01} {
			t.Run(act+"/l2="+formatFloat(l2), func(t *testing.T) {
				cfg := DefaultConfig()
				cfg.Hidden = []int{9, 8, 8}
				cfg.Activation = act
				cfg.Init = InitHeNormal
				cfg.L2 = l2
				checkGradients(t, cfg, sparseInput, 200)
			})
		}
	}
}

// TestGradientCheckConv does the same through convolutional parts: valid
// and same padding, kernels of odd and even size, filter counts that take
// each path of convAccumulate, pooling of 2 and 3, pooling first, and
// images with flat patches, where a pooling window holds equal maxima for
// any weights (every window of a convolution over a flat patch sees the
// same values) and the gradient must go to exactly one of them.
func TestGradientCheckConv(t *testing.T) {
	for _, tc := range []struct {
		conv, hidden, act string
		l2                float64
	}{
		{"3c3-p2-4c3s-p2", "none", ActReLU, 0},
		{"8c5s-p2-16c3-p3", "none", ActTanh, 0.01},
		{"2c4s-p2-3c2", "8", ActELU, 0},
		{"p2-5c3-p2", "none", ActSigmoid, 0.01},
		{"4c1-p4", "8", ActLeakyReLU, 0},
		{"16c3s-p3", "none", ActLinear, 0},
	} {
		t.Run(tc.conv+"/"+tc.act, func(t *testing.T) {
			cfg, err := ParseConfig("conv=" + tc.conv + "&hidden=" + tc.hidden + "&act=" + tc.act + "&init=he-normal&l2=" + formatFloat(tc.l2))
			if err != nil {
				t.Fatal(err)
			}
			checkGradients(t, cfg, patchyInput, 100)
		})
	}
}

// sparseInput sets 30% of the pixels at random, sparse like MNIST, to
// cover the zero skips.
func sparseInput(x []float64, rng *rand.Rand) {
	for i := range x {
		if rng.Float64() < 0.3 {
			x[i] = rng.Float64()
		}
	}
}

// patchyInput is sparseInput with a flat square of ink in every image, so
// that convolutions and poolings over it see ties.
func patchyInput(x []float64, rng *rand.Rand) {
	sparseInput(x, rng)
	for r := 0; r < len(x)/Inputs; r++ {
		y0, x0 := 4+rng.IntN(8), 4+rng.IntN(8)
		for y := y0; y < y0+12; y++ {
			for c := x0; c < x0+12; c++ {
				x[r*Inputs+y*28+c] = 0.75
			}
		}
	}
}

// checkGradients builds cfg in float64 on four input rows filled by fill,
// with random biases, and compares every bias and a sample of the weights
// (all of the small layers) with central differences of the loss. At least
// minChecked gradients must be checked.
func checkGradients(t *testing.T, cfg Config, fill func([]float64, *rand.Rand), minChecked int) {
	t.Helper()
	checkGradientsMode(t, cfg, fill, minChecked, false, func(*Net[float64], *rand.Rand) {})
}

// checkGradientsMode is checkGradients in training mode (train: batch
// normalization by the batch's statistics; the configs have no dropout) or
// evaluation mode, after prepare has set up the network.
func checkGradientsMode(t *testing.T, cfg Config, fill func([]float64, *rand.Rand), minChecked int, train bool, prepare func(*Net[float64], *rand.Rand)) {
	t.Helper()
	// noise is the absolute error of a central difference with step eps
	// on a loss near 2.3 in float64 (about 2.3·2⁻⁵²/eps): gradients
	// smaller than it cannot be checked relatively.
	const rows, eps, tol, noise = 4, 1e-6, 1e-4, 1e-9
	l2 := cfg.L2
	n, err := NewNet[float64](cfg, rows)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	fill(n.acts[0][:rows*Inputs], rng)
	for _, p := range n.params {
		if !p.weight {
			for i := range p.data {
				p.data[i] = 0.1 * rng.NormFloat64()
			}
		}
	}
	prepare(n, rng)
	labels := []uint8{3, 1, 4, 1}
	n.forward(rows, train)
	n.lossGrad(labels, rows)
	n.backward(rows)
	checked, significant, worst := 0, 0, 0.0
	for pi, p := range n.params {
		analytic := append([]float64(nil), p.grad...)
		for i := range p.data {
			if len(p.data) > 1000 && i%37 != 0 {
				continue
			}
			a := analytic[i]
			if p.weight {
				a += l2 * p.data[i]
			}
			orig := p.data[i]
			p.data[i] = orig + eps
			up := lossAt(n, labels, rows, l2, train)
			p.data[i] = orig - eps
			down := lossAt(n, labels, rows, l2, train)
			p.data[i] = orig
			num := (up - down) / (2 * eps)
			scale := math.Max(math.Abs(a)+math.Abs(num), 1e-7)
			rel := math.Abs(a-num) / scale
			if scale > 1e-6 {
				significant++
				worst = math.Max(worst, rel)
			}
			if rel > tol && math.Abs(a-num) > noise {
				t.Errorf("param %d[%d]: analytic %.10g, numeric %.10g, relative error %.2g", pi, i, a, num, rel)
			}
			checked++
		}
	}
	// Most gradients must be large enough for the relative test to bite,
	// or the check proves nothing.
	if checked < minChecked || significant < checked/2 {
		t.Fatalf("checked %d gradients, only %d above the noise floor", checked, significant)
	}
	t.Logf("%d gradients (%d above the noise floor), worst relative error %.2g", checked, significant, worst)
}
