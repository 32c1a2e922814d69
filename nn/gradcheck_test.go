package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// lossAt runs a float64 network on its loaded rows and returns the loss the
// trainer minimizes: mean cross-entropy plus λ/2·Σw² over the weights.
func lossAt(n *Net[float64], labels []uint8, rows int, l2 float64) float64 {
	n.forward(rows, false)
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
	// noise is the absolute error of a central difference with step eps
	// on a loss near 2.3 in float64 (about 2.3·2⁻⁵²/eps): gradients
	// smaller than it cannot be checked relatively.
	const rows, eps, tol, noise = 4, 1e-6, 1e-4, 1e-9
	for _, act := range Activations {
		for _, l2 := range []float64{0, 0.01} {
			t.Run(act+"/l2="+formatFloat(l2), func(t *testing.T) {
				cfg := DefaultConfig()
				cfg.Hidden = []int{9, 8, 8}
				cfg.Activation = act
				cfg.Init = InitHeNormal
				cfg.L2 = l2
				n, err := NewNet[float64](cfg, rows)
				if err != nil {
					t.Fatal(err)
				}
				rng := rand.New(rand.NewPCG(7, 7))
				for i := range n.acts[0][:rows*Inputs] {
					if rng.Float64() < 0.3 { // sparse like MNIST, to cover the zero skip
						n.acts[0][i] = rng.Float64()
					}
				}
				for _, p := range n.params {
					if !p.weight {
						for i := range p.data {
							p.data[i] = 0.1 * rng.NormFloat64()
						}
					}
				}
				labels := []uint8{3, 1, 4, 1}
				n.forward(rows, false)
				n.lossGrad(labels, rows)
				n.backward(rows)
				checked, significant, worst := 0, 0, 0.0
				for pi, p := range n.params {
					analytic := append([]float64(nil), p.grad...)
					// Every bias and a sample of weights (all of the small layers).
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
						up := lossAt(n, labels, rows, l2)
						p.data[i] = orig - eps
						down := lossAt(n, labels, rows, l2)
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
				// Most gradients must be large enough for the relative test
				// to bite, or the check proves nothing.
				if checked < 200 || significant < checked/2 {
					t.Fatalf("checked %d gradients, only %d above the noise floor", checked, significant)
				}
				t.Logf("%d gradients (%d above the noise floor), worst relative error %.2g", checked, significant, worst)
			})
		}
	}
}
