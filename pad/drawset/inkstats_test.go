package drawset

import (
	"math"
	"slices"
)

// inkStats is what the sets' variety tests measure of their drawings:
// each drawing's ink box (lo, hi corners, in pad units), and, per pen,
// the distances between the points it reported in a row.
type inkStats struct {
	lo, hi [][2]float32
	steps  map[string][]float64
}

// measureInk measures ss (see inkStats).
func measureInk(ss []Sample) inkStats {
	m := inkStats{steps: map[string][]float64{}}
	for _, s := range ss {
		lo, hi := [2]float32{1e9, 1e9}, [2]float32{-1e9, -1e9}
		for _, st := range s.Strokes {
			for j, p := range st {
				lo = [2]float32{min(lo[0], p[0]), min(lo[1], p[1])}
				hi = [2]float32{max(hi[0], p[0]), max(hi[1], p[1])}
				if j > 0 {
					m.steps[s.Pen] = append(m.steps[s.Pen], math.Hypot(float64(p[0]-st[j-1][0]), float64(p[1]-st[j-1][1])))
				}
			}
		}
		m.lo, m.hi = append(m.lo, lo), append(m.hi, hi)
	}
	return m
}

// medianStep is the median distance between pen's points in a row, NaN
// if it drew none.
func (m inkStats) medianStep(pen string) float64 {
	v := slices.Sorted(slices.Values(m.steps[pen]))
	if len(v) == 0 {
		return math.NaN()
	}
	return v[len(v)/2]
}
