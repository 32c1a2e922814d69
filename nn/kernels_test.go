package nn

import "testing"

// TestKernels checks the hand-unrolled kernels against plain loops at every
// length around the unrolling boundaries.
func TestKernels(t *testing.T) {
	for n := 0; n <= 70; n++ {
		x, y, want := make([]float32, n), make([]float32, n+3), make([]float32, n+3)
		var wantDot float32
		for i := range x {
			x[i] = float32(i%7) - 2.5
			y[i], want[i] = float32(i), float32(i)
		}
		for i := range x {
			want[i] += 0.5 * x[i]
		}
		axpy(0.5, x, y)
		for i := range want {
			if y[i] != want[i] {
				t.Fatalf("axpy n=%d: y[%d] = %v, want %v", n, i, y[i], want[i])
			}
		}
		axpyGo(0.5, x, y[:n])
		for i := range x {
			wantDot += x[i] * y[i]
		}
		if got := dot(x, y); got != wantDot && (got-wantDot)/wantDot > 1e-5 {
			t.Fatalf("dot n=%d: %v, want %v", n, got, wantDot)
		}
	}
}
