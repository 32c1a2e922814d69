package evidence

import (
	"math"

	"digitlab/nn"
)

// Map is a signed share of the answer per input pixel, row by row:
// positive pushes towards the winner, negative towards the runner-up.
type Map [nn.Inputs]float32

// Top2 returns the most and the second most probable classes (the lower
// class first on a tie).
func Top2(probs *[nn.Classes]float32) (win, second int) {
	win, second = 0, 1
	if probs[1] > probs[0] {
		win, second = 1, 0
	}
	for k := 2; k < nn.Classes; k++ {
		switch p := probs[k]; {
		case p > probs[win]:
			win, second = k, win
		case p > probs[second]:
			second = k
		}
	}
	return win, second
}

// Saliency fills m with the gradient of the logit margin z_win − z_second
// at img, times img: each pixel's share of how much more the network
// believes win than second.
func Saliency(net *nn.Network, img *[nn.Inputs]float32, win, second int, m *Map) {
	var coef, probs [nn.Classes]float32
	coef[win], coef[second] = 1, -1
	net.InputGradient(img[:], coef[:], m[:], probs[:])
	for i, v := range img {
		m[i] *= v
	}
}

// Masses returns the sums of the map's positive values and of its
// negative values' magnitudes: the evidence for the winner and against it.
func (m *Map) Masses() (toward, against float64) {
	for _, v := range m {
		if v > 0 {
			toward += float64(v)
		} else {
			against -= float64(v)
		}
	}
	return toward, against
}

// Peak returns the largest magnitude in the map, the scale to draw it at
// (0 for a map of zeros).
func (m *Map) Peak() float32 {
	var p float32
	for _, v := range m {
		p = max(p, float32(math.Abs(float64(v))))
	}
	return p
}

// Region is a ninth of the image (a 3×3 grid) and its share of one sign
// of the map.
type Region struct {
	Name  string  // "top left", "top", ..., "middle", ..., "bottom right"
	Share float64 // of the map's mass of that sign, 0..1
}

// regionNames are the ninths, row by row.
var regionNames = [9]string{"top left", "top", "top right", "left", "middle", "right", "bottom left", "bottom", "bottom right"}

// regionOf returns the ninth of pixel coordinate x or y: 0..8 → 0,
// 9..18 → 1, 19..27 → 2.
func regionOf(c int) int {
	switch {
	case c < 9:
		return 0
	case c < 19:
		return 1
	}
	return 2
}

// Strongest returns the ninth of the image that holds most of the map's
// positive mass (towards the winner) and the one that holds most of its
// negative mass (towards the runner-up). A sign with no mass gives a
// Region with Share 0 and no name.
func (m *Map) Strongest() (toward, against Region) {
	var pos, neg [9]float64
	for i, v := range m {
		r := 3*regionOf(i/28) + regionOf(i%28)
		if v > 0 {
			pos[r] += float64(v)
		} else {
			neg[r] -= float64(v)
		}
	}
	return strongest(&pos), strongest(&neg)
}

func strongest(mass *[9]float64) Region {
	best, total := 0, 0.0
	for r, v := range mass {
		total += v
		if v > mass[best] {
			best = r
		}
	}
	if total == 0 {
		return Region{}
	}
	return Region{Name: regionNames[best], Share: mass[best] / total}
}
