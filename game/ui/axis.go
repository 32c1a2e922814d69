package ui

import (
	"math"
	"strconv"
	"strings"
)

// Axis maps data values onto a pixel range, linearly or on a log10 scale,
// and holds the values where it puts ticks.
type Axis struct {
	Lo, Hi float64   // the data range shown; Lo < Hi (both > 0 if Log)
	Log    bool      // log10 scale
	Ticks  []float64 // tick values within [Lo, Hi], ascending
	Step   float64   // distance between linear ticks (0 on a log axis)
}

// Frac returns where v falls on the axis, 0 at Lo and 1 at Hi; values
// outside the range give fractions outside [0, 1]. A non-positive value on
// a log axis gives -Inf.
func (a Axis) Frac(v float64) float64 {
	if a.Log {
		if v <= 0 {
			return math.Inf(-1)
		}
		return (math.Log10(v) - math.Log10(a.Lo)) / (math.Log10(a.Hi) - math.Log10(a.Lo))
	}
	return (v - a.Lo) / (a.Hi - a.Lo)
}

// AppendThin appends to dst the ticks of a that keep at least minGap
// pixels between neighbours on an axis h pixels long, so that their
// labels do not touch on a short chart: all of them if they are that far
// apart, else every k-th, on a linear axis those at multiples of k steps
// (every other tick of 0.1 keeps 0.2, 0.4, ... 1.0).
func (a Axis) AppendThin(dst []float64, h, minGap float64) []float64 {
	n := len(a.Ticks)
	if n < 2 {
		return append(dst, a.Ticks...)
	}
	gap := h * math.Abs(a.Frac(a.Ticks[1])-a.Frac(a.Ticks[0]))
	k := 1
	if gap > 0 && gap < minGap {
		k = int(math.Ceil(minGap / gap))
	}
	if k == 1 || n <= 2 {
		return append(dst, a.Ticks...)
	}
	for i, t := range a.Ticks {
		keep := i%k == 0
		if !a.Log && a.Step > 0 {
			keep = int64(math.Round(t/a.Step))%int64(k) == 0
		}
		if keep {
			dst = append(dst, t)
		}
	}
	return dst
}

// NiceNum returns a "nice" number close to x > 0: 1, 2, 5 or 10 times a
// power of ten. With round it is the nearest such number, otherwise the
// smallest one not below x (Heckbert, Graphics Gems, 1990).
func NiceNum(x float64, round bool) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return 1
	}
	exp := math.Floor(math.Log10(x))
	pow := math.Pow(10, exp)
	f := x / pow
	var nf float64
	if round {
		switch {
		case f < 1.5:
			nf = 1
		case f < 3:
			nf = 2
		case f < 7:
			nf = 5
		default:
			nf = 10
		}
	} else {
		switch {
		case f <= 1:
			nf = 1
		case f <= 2:
			nf = 2
		case f <= 5:
			nf = 5
		default:
			nf = 10
		}
	}
	return nf * pow
}

// LinearAxis returns an axis that covers lo..hi with about n ticks at a nice
// step, its ends rounded out to multiples of the step. A degenerate range
// is widened around its value.
func LinearAxis(lo, hi float64, n int) Axis {
	if !(hi > lo) {
		d := math.Max(math.Abs(lo)*0.1, 1e-3)
		lo, hi = lo-d, lo+d
	}
	step := NiceNum((hi-lo)/float64(max(n-1, 1)), true)
	a := Axis{Lo: math.Floor(lo/step+1e-9) * step, Hi: math.Ceil(hi/step-1e-9) * step, Step: step}
	a.Ticks = ticksBetween(a.Lo, a.Hi, step)
	return a
}

// ticksBetween returns the multiples of step in [lo, hi], computed from
// integers so that rounding errors do not pile up.
func ticksBetween(lo, hi, step float64) []float64 {
	first := math.Ceil(lo/step - 1e-9)
	last := math.Floor(hi/step + 1e-9)
	var ts []float64
	for k := first; k <= last && len(ts) < 100; k++ {
		v := k * step
		if math.Abs(v) < step*1e-9 {
			v = 0
		}
		ts = append(ts, v)
	}
	return ts
}

// SamplesAxis is the x axis of the curves: from 0 to the samples seen so
// far (at least 1,000), with about n ticks at nice steps. Its end is not
// rounded, so the newest point is at the right edge.
func SamplesAxis(maxSamples float64, n int) Axis {
	hi := math.Max(maxSamples, 1000)
	step := NiceNum(hi/float64(max(n-1, 1)), true)
	for hi/step > float64(n+1) { // the rounding chose too fine a step
		step = NiceNum(step*1.5, true)
	}
	return Axis{Lo: 0, Hi: hi, Step: step, Ticks: ticksBetween(0, hi, step)}
}

// focus returns the finite values of points taken after the first fifth of
// the run (all of them if that leaves fewer than two), so that the axes
// follow where the curves are now, not where they started.
func focus(samples, values []float64) []float64 {
	var maxS float64
	for _, s := range samples {
		maxS = math.Max(maxS, s)
	}
	var out, all []float64
	for i, v := range values {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		all = append(all, v)
		if samples[i] >= 0.2*maxS {
			out = append(out, v)
		}
	}
	if len(out) < 2 {
		return all
	}
	return out
}

// ExplodedLoss is the loss above which the loss chart switches to a log
// scale. A network that guesses uniformly has loss ln 10 ≈ 2.3; a loss far
// above that means the outputs are confidently wrong (too large initial
// weights or learning rate), and only a log scale shows both that and a
// normal loss.
const ExplodedLoss = 5

// LossAxis returns the y axis for the loss curves given every point's
// samples and loss (several series may be concatenated). The axis follows
// the later part of the run: a linear 0..max normally, a log10 scale by
// decades once the loss has exploded past ExplodedLoss. Points outside are
// clipped by the chart.
func LossAxis(samples, losses []float64) Axis {
	vs := focus(samples, losses)
	if len(vs) == 0 {
		return LinearAxis(0, 2.5, 6)
	}
	lo, hi := vs[0], vs[0]
	for _, v := range vs {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if hi <= ExplodedLoss {
		return LinearAxis(0, math.Max(hi*1.05, 0.05), 6)
	}
	lo = math.Max(lo, 1e-3)
	a := Axis{Log: true, Lo: math.Pow(10, math.Floor(math.Log10(lo))), Hi: math.Pow(10, math.Ceil(math.Log10(hi)))}
	if a.Hi/a.Lo < 100 {
		a.Lo = a.Hi / 100
	}
	for v := a.Lo; v <= a.Hi*1.0001; v *= 10 {
		a.Ticks = append(a.Ticks, v)
	}
	return a
}

// AccAxis returns the y axis for accuracies (fractions 0..1): up to 100%,
// from a nice value under the lowest accuracy of the later part of the run,
// so that the gap between 97% and 99% is visible.
func AccAxis(samples, accs []float64) Axis {
	vs := focus(samples, accs)
	lo := 0.0
	if len(vs) > 0 {
		lo = 1.0
		for _, v := range vs {
			lo = math.Min(lo, v)
		}
		lo = math.Max(0, lo-0.01)
	}
	if lo > 0.99 {
		lo = 0.99
	}
	a := LinearAxis(lo, 1, 6)
	a.Lo, a.Hi = math.Max(a.Lo, 0), 1
	a.Ticks = ticksBetween(a.Lo, a.Hi, a.Step)
	return a
}

// FormatTick writes a tick value of a linear axis with step, or of a log
// axis (step 0), with no more digits than the step needs.
func FormatTick(v, step float64) string {
	if step <= 0 { // log axis: decades
		return trimFloat(strconv.FormatFloat(v, 'g', 3, 64))
	}
	decimals := 0
	if step < 1 {
		decimals = int(math.Ceil(-math.Log10(step) - 1e-9))
	}
	return strconv.FormatFloat(v, 'f', decimals, 64)
}

// FormatPercentTick writes an accuracy tick (a fraction) as a percentage.
func FormatPercentTick(v, step float64) string {
	return FormatTick(v*100, step*100) + "%"
}

// FormatSI writes a count with a k or M suffix: 950, 20k, 1.5M.
func FormatSI(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e6:
		return trimFloat(strconv.FormatFloat(v/1e6, 'f', 1, 64)) + "M"
	case a >= 1e3:
		return trimFloat(strconv.FormatFloat(v/1e3, 'f', 1, 64)) + "k"
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}

// trimFloat drops a trailing ".0" and turns "1e-05" into "1e-5".
func trimFloat(s string) string {
	s = strings.TrimSuffix(s, ".0")
	if i := strings.Index(s, "e"); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		sign := ""
		if exp[0] == '-' || exp[0] == '+' {
			if exp[0] == '-' {
				sign = "-"
			}
			exp = exp[1:]
		}
		exp = strings.TrimLeft(exp, "0")
		s = mant + "e" + sign + exp
	}
	return s
}

// RangeAccAxis is an accuracy axis that shows every value, for comparing
// runs that may differ wildly (a failed run near 10%, a good one near
// 98%), with about one tick per tickPx of a plot plotH high.
func RangeAccAxis(accs []float64, plotH, tickPx float64) Axis {
	lo, hi := 1.0, 0.0
	for _, v := range accs {
		if !math.IsNaN(v) {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if lo > hi {
		lo, hi = 0, 1
	}
	a := LinearAxis(math.Max(0, lo-0.01), math.Min(1, hi+0.005), max(2, int(plotH/tickPx)))
	a.Lo, a.Hi = math.Max(a.Lo, 0), math.Min(a.Hi, 1)
	a.Ticks = ticksBetween(a.Lo, a.Hi, a.Step)
	return a
}
