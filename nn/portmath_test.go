package nn

import (
	"math"
	"math/rand/v2"
	"testing"
)

// expPortable and logPortable agree with math.Exp and math.Log to within
// two units in the last place (amd64's assembly Exp is itself off by up to
// that much), and on the special cases.
func TestPortableMath(t *testing.T) {
	ulps := func(a, b float64) uint64 {
		x, y := math.Float64bits(a), math.Float64bits(b)
		return max(x, y) - min(x, y)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		name     string
		got, ref func(float64) float64
		lo, hi   float64
	}{
		{"exp", expPortable, math.Exp, -700, 700},
		{"exp near 0", expPortable, math.Exp, -1e-9, 1e-9},
		{"log", logPortable, math.Log, 1e-300, 1e300},
		{"log of a softmax sum", logPortable, math.Log, 1, 10},
	} {
		for i := 0; i < 100000; i++ {
			x := tc.lo + (tc.hi-tc.lo)*rng.Float64()
			if tc.name == "log" {
				x = math.Exp(math.Log(tc.lo) + (math.Log(tc.hi)-math.Log(tc.lo))*rng.Float64())
			}
			if u := ulps(tc.got(x), tc.ref(x)); u > 2 {
				t.Fatalf("%s(%v) = %v, math says %v (%d ulps)", tc.name, x, tc.got(x), tc.ref(x), u)
			}
		}
	}
	for _, tc := range []struct {
		got, want float64
	}{
		{expPortable(math.Inf(1)), math.Inf(1)}, {expPortable(math.Inf(-1)), 0}, {expPortable(800), math.Inf(1)}, {expPortable(0), 1},
		{logPortable(0), math.Inf(-1)}, {logPortable(1), 0}, {logPortable(math.Inf(1)), math.Inf(1)},
	} {
		if tc.got != tc.want {
			t.Errorf("got %v, want %v", tc.got, tc.want)
		}
	}
	if !math.IsNaN(expPortable(math.NaN())) || !math.IsNaN(logPortable(-1)) {
		t.Error("NaN cases")
	}
}
