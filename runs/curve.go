package runs

import (
	"math"

	"digitlab/nn"
)

// Point is one point of a validation curve: the accuracy (a fraction, 0..1)
// measured after Samples training images.
type Point struct {
	Samples int64
	Acc     float64
}

// MaxPoints bounds a run's curve. It bounds the length of a shared link,
// and a chart overlay cannot show more points of several curves apart.
const MaxPoints = 40

// CurveFromHistory converts the validation series of an nn.History
// (History.Val) to a curve, dropping the loss. It returns a new slice, empty
// (not nil) for an empty series.
func CurveFromHistory(val []nn.Point) []Point {
	c := make([]Point, len(val))
	for i, p := range val {
		c[i] = Point{Samples: p.Samples, Acc: p.Acc}
	}
	return c
}

// Downsample returns at most n points of c, chosen evenly by index with the
// first and the last always kept, in a new slice. If c has n points or
// fewer it returns a copy. n below 2 is treated as 2.
func Downsample(c []Point, n int) []Point {
	n = max(n, 2)
	if len(c) <= n {
		return append([]Point{}, c...)
	}
	out := make([]Point, n)
	last := len(c) - 1
	for i := range out {
		// i·last/(n−1) rounds down, is strictly increasing because
		// last ≥ n−1, and reaches last at i = n−1.
		out[i] = c[i*last/(n-1)]
	}
	return out
}

// BestAcc returns the highest accuracy of c, ignoring NaN, or 0 for an
// empty curve.
func BestAcc(c []Point) float64 {
	best := 0.0
	for _, p := range c {
		if p.Acc > best { // false for NaN
			best = p.Acc
		}
	}
	return best
}

// clamp01 maps v into [0, 1], and NaN to 0.
func clamp01(v float64) float64 {
	if !(v > 0) {
		return 0
	}
	return math.Min(v, 1)
}
