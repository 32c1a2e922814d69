package ui

import (
	"math"
	"strconv"
	"strings"
)

// The values the steppers of the settings panel walk through. A config may
// hold a value that is not listed (from a URL); stepping from it moves to
// the nearest listed value in that direction.
var (
	UnitSteps     = []int{8, 16, 32, 64, 128, 256, 512, 1024}
	BatchSizes    = []int{1, 8, 16, 32, 64, 128, 256, 512, 1024}
	TrainSizes    = []int{100, 300, 1000, 3000, 10000, 20000, 60000}
	LearningRates = []float64{1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3}
	L2s           = []float64{0, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1}
	Dropouts      = []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
	Momenta       = []float64{0, 0.5, 0.8, 0.9, 0.95, 0.99}
)

// DefaultUnits is the width of a hidden layer added to a network that has
// none.
const DefaultUnits = 128

// StepFloat returns the listed value next to cur in direction dir (+1 up,
// -1 down): the smallest listed value above cur, or the largest below it.
// At the end of the list it returns cur. The list must be ascending.
func StepFloat(list []float64, cur float64, dir int) float64 {
	const eps = 1e-9
	if dir > 0 {
		for _, v := range list {
			if v > cur*(1+eps)+eps*eps {
				return v
			}
		}
		return cur
	}
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] < cur*(1-eps)-eps*eps {
			return list[i]
		}
	}
	return cur
}

// StepInt is StepFloat for whole numbers.
func StepInt(list []int, cur, dir int) int {
	if dir > 0 {
		for _, v := range list {
			if v > cur {
				return v
			}
		}
		return cur
	}
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] < cur {
			return list[i]
		}
	}
	return cur
}

// FormatCount writes a whole number with thousands separators: 26,112.
func FormatCount(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// FormatValue writes a setting for a stepper: the shortest form that reads
// back as the same number, with exponents short (1e-5, 3e-4).
func FormatValue(v float64) string {
	if v == 0 {
		return "0"
	}
	a := math.Abs(v)
	if a >= 1e-3 && a < 1e6 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return trimFloat(strconv.FormatFloat(v, 'g', -1, 64))
}

// FormatPercent writes a fraction as a percentage with one decimal: 97.3%.
func FormatPercent(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	return strconv.FormatFloat(f*100, 'f', 1, 64) + "%"
}

// FormatLoss writes a loss with three significant digits, or "∞"/"NaN".
func FormatLoss(l float64) string {
	switch {
	case math.IsNaN(l):
		return "NaN"
	case math.IsInf(l, 1):
		return "inf"
	case l >= 1000:
		return trimFloat(strconv.FormatFloat(l, 'g', 3, 64))
	case l >= 100:
		return strconv.FormatFloat(l, 'f', 0, 64)
	case l >= 10:
		return strconv.FormatFloat(l, 'f', 1, 64)
	}
	return strconv.FormatFloat(l, 'f', 3, 64)
}
