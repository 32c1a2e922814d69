package nn

import (
	"math"
	"testing"
)

func TestExp32(t *testing.T) {
	worst := 0.0
	for x := float32(-87); x < 88.5; x += 0.00731 {
		got, want := float64(exp32(x)), math.Exp(float64(x))
		if rel := math.Abs(got-want) / want; rel > worst {
			worst = rel
		}
	}
	if worst > 5e-7 {
		t.Errorf("worst relative error %.3g", worst)
	}
	special := []struct{ in, want float32 }{
		{0, 1}, {100, float32(math.Inf(1))}, {-100, 0}, {float32(math.Inf(-1)), 0},
	}
	for _, s := range special {
		if got := exp32(s.in); got != s.want {
			t.Errorf("exp32(%v) = %v, want %v", s.in, got, s.want)
		}
	}
	if nan := exp32(float32(math.NaN())); nan == nan {
		t.Error("exp32(NaN) is not NaN")
	}
}

func TestFloat32ActivationsMatchFloat64(t *testing.T) {
	for x64 := -30.0; x64 < 30; x64 += 0.013 {
		x := float64(float32(x64)) // the float32 input, exactly
		checks := []struct {
			name      string
			got, want float64
		}{
			{"sigmoid", float64(sigmoidT(float32(x))), sigmoid(x)},
			{"tanh", float64(tanhT(float32(x))), math.Tanh(x)},
			{"expm1", float64(expm1T(float32(x))), math.Expm1(x)},
		}
		for _, c := range checks {
			if diff := math.Abs(c.got - c.want); diff > 5e-7*math.Max(1, math.Abs(c.want)) {
				t.Fatalf("%s(%g) = %g, want %g", c.name, x, c.got, c.want)
			}
		}
	}
}
