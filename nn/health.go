package nn

import (
	"fmt"
	"math"
)

// Thresholds of the health measures (see LayerHealth).
const (
	saturationMargin = 0.02 // output within this of a bound counts as flat
	saturatedShare   = 0.9  // share of probe images a unit must be flat on
)

// probe measures every dense layer and convolution on the fixed probe
// batch (the first ProbeSize training images, in evaluation mode) and
// records a Health. It draws no random numbers, so probing does not change
// the run.
func (t *Trainer) probe() {
	n := t.net
	rows := t.probeRows
	for r := 0; r < rows; r++ {
		n.loadPixels(r, t.train.Image(r))
		t.labels[r] = t.train.Labels[r]
	}
	n.forward(rows, false)
	loss, _ := n.lossGrad(t.labels, rows)
	n.backward(rows)

	h := Health{Step: t.steps, Samples: t.samples, Loss: loss, Layers: make([]LayerHealth, len(n.dense))}
	for k, d := range n.dense {
		lh := &h.Layers[k]
		lh.Units, lh.Weights = d.out, len(d.w.data)
		lh.GradNorm = norm(d.w.grad)
		lh.WeightStd = stdDev(d.w.data)
		out := n.acts[len(n.layers)] // logits for the output layer
		if k < len(n.dense)-1 {
			a := n.hiddenAct[k]
			pre, act := n.acts[a][:rows*d.out], n.acts[a+1][:rows*d.out]
			lh.Dead, lh.Saturated, lh.Identical = unitStats(pre, act, rows, d.out, t.cfg.Activation)
			out = act
		}
		lh.MeanAbsAct = meanAbs(out[:rows*d.out])
		copy(t.prevWeights[k], d.w.data)
	}
	if len(n.convs) > 0 {
		h.Conv = make([]LayerHealth, len(n.convs))
	}
	for k, c := range n.convs {
		h.Conv[k] = t.convHealth(k, c, rows)
		copy(t.prevWeights[len(n.dense)+k], c.w.data)
	}
	for _, b := range n.norms {
		h.Norms = append(h.Norms, b.stats())
	}
	t.ratioDue = true
	bad := math.IsNaN(loss) || math.IsInf(loss, 0)
	if !bad || len(t.hist.Health) == 0 { // keep the last sane probe (the first is always kept)
		t.hist.addHealth(h.finite())
	}
	if bad && t.state == Training {
		t.diverge(fmt.Sprintf("the health probe's loss became non-finite at step %d", t.steps))
	}
}

// convHealth measures convolution k, c, after the probe's passes. Its
// output is rows·positions rows of one value per filter (HWC), so the
// dense layers' unit measures apply as they are, each filter a unit.
func (t *Trainer) convHealth(k int, c *conv2d[float32], rows int) LayerHealth {
	n := t.net
	a := n.convAct[k]
	units, cells := c.out.c, rows*c.out.h*c.out.w
	pre, act := n.acts[a][:cells*units], n.acts[a+1][:cells*units]
	lh := LayerHealth{Units: units, Weights: len(c.w.data), GradNorm: norm(c.w.grad), WeightStd: stdDev(c.w.data), MeanAbsAct: meanAbs(act)}
	lh.Dead, lh.Saturated, lh.Identical = unitStats(pre, act, cells, units, t.cfg.Activation)
	// The activation is followed by its dropout, and then by the stage's
	// pooling if it has one.
	if p, ok := n.layers[a+2].(*maxPool[float32]); ok {
		lh.PooledAbsAct = meanAbs(n.acts[a+3][:rows*p.Out()])
	}
	return lh
}

// finite returns h with every NaN or infinite measure replaced as in
// finiteOr: a probe of an overflowing network still encodes as JSON.
func (h Health) finite() Health {
	h.Loss = finiteOr(h.Loss)
	for k := range h.Layers {
		l := &h.Layers[k]
		l.Dead, l.Saturated, l.Identical = finiteOr(l.Dead), finiteOr(l.Saturated), finiteOr(l.Identical)
		l.MeanAbsAct, l.GradNorm, l.WeightStd, l.UpdateRatio = finiteOr(l.MeanAbsAct), finiteOr(l.GradNorm), finiteOr(l.WeightStd), finiteOr(l.UpdateRatio)
	}
	for k := range h.Conv {
		l := &h.Conv[k]
		l.Dead, l.Saturated, l.Identical = finiteOr(l.Dead), finiteOr(l.Saturated), finiteOr(l.Identical)
		l.MeanAbsAct, l.PooledAbsAct, l.GradNorm, l.WeightStd, l.UpdateRatio = finiteOr(l.MeanAbsAct), finiteOr(l.PooledAbsAct), finiteOr(l.GradNorm), finiteOr(l.WeightStd), finiteOr(l.UpdateRatio)
	}
	for k := range h.Norms {
		s := &h.Norms[k]
		s.MeanMin, s.MeanMax, s.VarMin, s.VarMean, s.VarMax, s.GammaMean = finiteOr(s.MeanMin), finiteOr(s.MeanMax), finiteOr(s.VarMin), finiteOr(s.VarMean), finiteOr(s.VarMax), finiteOr(s.GammaMean)
	}
	return h
}

// stats summarizes b's running statistics and scale.
func (b *batchNorm[T]) stats() NormStats {
	s := NormStats{Channels: b.channels, MeanMin: math.Inf(1), MeanMax: math.Inf(-1), VarMin: math.Inf(1), VarMax: math.Inf(-1)}
	for c := range b.channels {
		m, v := float64(b.runMean[c]), float64(b.runVar[c])
		s.MeanMin, s.MeanMax = min(s.MeanMin, m), max(s.MeanMax, m)
		s.VarMin, s.VarMax = min(s.VarMin, v), max(s.VarMax, v)
		s.VarMean += v
		s.GammaMean += math.Abs(float64(b.gamma.data[c]))
	}
	ch := float64(max(b.channels, 1))
	s.VarMean /= ch
	s.GammaMean /= ch
	return s
}

// measureUpdateRatio completes the latest Health with ‖ΔW‖/‖W‖ of the step
// that followed it.
func (t *Trainer) measureUpdateRatio() {
	t.ratioDue = false
	last := &t.hist.Health[len(t.hist.Health)-1]
	for k, d := range t.net.dense {
		last.Layers[k].UpdateRatio = updateRatio(d.w.data, t.prevWeights[k])
	}
	for k, c := range t.net.convs {
		if k < len(last.Conv) {
			last.Conv[k].UpdateRatio = updateRatio(c.w.data, t.prevWeights[len(t.net.dense)+k])
		}
	}
}

// updateRatio returns ‖w−prev‖/‖w‖, or 0 for all-zero weights.
func updateRatio(w, prev []float32) float64 {
	var diff, size float64
	for i, v := range w {
		delta := float64(v - prev[i])
		diff += delta * delta
		size += float64(v) * float64(v)
	}
	if size == 0 {
		return 0
	}
	return finiteOr(math.Sqrt(diff / size))
}

// unitStats returns the shares of dead, saturated and identical units of a
// hidden layer from its pre-activations and activations (rows×units). The
// activation's description says which measures apply: off units for
// rectifiers, flat ends for saturating functions.
func unitStats(pre, act []float32, rows, units int, kind string) (dead, saturated, identical float64) {
	info, _ := Activation(kind)
	var nDead, nSat, nSame int
	lo, hi := float32(info.Lo), float32(info.Hi)
	for j := 0; j < units; j++ {
		alive, flat, same := false, 0, true
		for r := 0; r < rows; r++ {
			p, a := pre[r*units+j], act[r*units+j]
			if p > 0 {
				alive = true
			}
			if a-lo < saturationMargin || hi-a < saturationMargin {
				flat++
			}
			if a != act[r*units] {
				same = false
			}
		}
		if info.Rectifier && !alive {
			nDead++
		}
		if info.CanSaturate && float64(flat) >= saturatedShare*float64(rows) {
			nSat++
		}
		if same && j > 0 {
			nSame++
		}
	}
	u := float64(units)
	if units > 1 {
		identical = float64(nSame) / float64(units-1)
	}
	return float64(nDead) / u, float64(nSat) / u, identical
}

func norm(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	return math.Sqrt(s)
}

func meanAbs(v []float32) float64 {
	var s float64
	for _, x := range v {
		s += math.Abs(float64(x))
	}
	return s / float64(max(len(v), 1))
}

func stdDev(v []float32) float64 {
	var sum, sq float64
	for _, x := range v {
		sum += float64(x)
		sq += float64(x) * float64(x)
	}
	n := float64(max(len(v), 1))
	mean := sum / n
	return math.Sqrt(max(sq/n-mean*mean, 0))
}
