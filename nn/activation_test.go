package nn

import (
	"math"
	"testing"
)

// TestActivationInfoMatchesLayers holds each description's F and Deriv to
// the layer that computes the activation, on both sides of zero.
func TestActivationInfoMatchesLayers(t *testing.T) {
	xs := []float64{-3, -0.5, -1e-3, 0, 1e-3, 0.7, 2.5}
	for _, name := range Activations {
		info, ok := Activation(name)
		if !ok || info.Name != name {
			t.Fatalf("%s: no description", name)
		}
		a := &activation[float64]{kind: name, size: len(xs)}
		y, dy, dx := make([]float64, len(xs)), make([]float64, len(xs)), make([]float64, len(xs))
		for i := range dy {
			dy[i] = 1
		}
		a.forward(xs, y, 1, false)
		a.backward(xs, y, dy, dx, 1)
		for i, x := range xs {
			if got := info.F(x); math.Abs(got-y[i]) > 1e-6 {
				t.Errorf("%s: F(%g) = %g, layer gives %g", name, x, got, y[i])
			}
			if got := info.Deriv(x); math.Abs(got-dx[i]) > 1e-6 {
				t.Errorf("%s: Deriv(%g) = %g, layer gives %g", name, x, got, dx[i])
			}
			if y[i] < info.Lo || y[i] > info.Hi {
				t.Errorf("%s: F(%g) = %g outside [%g, %g]", name, x, y[i], info.Lo, info.Hi)
			}
		}
	}
	if _, ok := Activation("swish"); ok {
		t.Error("unknown activation described")
	}
}

func TestFanInStd(t *testing.T) {
	for _, fanIn := range []int{1, 16, 784} {
		if got, want := FanInStd(fanIn), 1/math.Sqrt(float64(fanIn)); math.Abs(got-want) > 1e-12 {
			t.Errorf("FanInStd(%d) = %g, want %g", fanIn, got, want)
		}
	}
}
