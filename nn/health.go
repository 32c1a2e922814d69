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

// probe measures every dense layer on the fixed probe batch (the first
// ProbeSize training images, in evaluation mode) and records a Health. It
// draws no random numbers, so probing does not change the run.
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
		lh.Units = d.out
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
	t.ratioDue = true
	bad := math.IsNaN(loss) || math.IsInf(loss, 0)
	if !bad || len(t.hist.Health) == 0 { // keep the last sane probe (the first is always kept)
		t.hist.addHealth(h.finite())
	}
	if bad && t.state == Training {
		t.diverge(fmt.Sprintf("the health probe's loss became non-finite at step %d", t.steps))
	}
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
	return h
}

// measureUpdateRatio completes the latest Health with ‖ΔW‖/‖W‖ of the step
// that followed it.
func (t *Trainer) measureUpdateRatio() {
	t.ratioDue = false
	last := &t.hist.Health[len(t.hist.Health)-1]
	for k, d := range t.net.dense {
		var diff, size float64
		for i, w := range d.w.data {
			delta := float64(w - t.prevWeights[k][i])
			diff += delta * delta
			size += float64(w) * float64(w)
		}
		if size > 0 {
			last.Layers[k].UpdateRatio = finiteOr(math.Sqrt(diff / size))
		}
	}
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
