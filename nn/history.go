package nn

import "math"

// Point is one value of a curve: the mean loss and accuracy (a fraction,
// 0..1) measured when Samples training images had been seen.
type Point struct {
	Samples int64   `json:"samples"`
	Loss    float64 `json:"loss"`
	Acc     float64 `json:"acc"`
}

// LayerHealth describes one dense layer or convolution on the trainer's
// fixed probe batch. Dead and Saturated apply to hidden layers and
// convolutions; they are 0 for the output. A convolution's units are its
// filters, each judged over every position of every probe image.
type LayerHealth struct {
	// Units is the layer's output size (a convolution's filter count).
	Units int `json:"units"`
	// Weights is the number of the layer's weights (biases aside), so
	// that GradNorm compares across layers of different sizes (GradRMS).
	Weights int `json:"weights"`
	// Dead is the fraction of units whose pre-activation is never positive
	// on the probe batch: a dead ReLU passes no gradient and never recovers.
	// It is measured for relu, leaky-relu and elu, and 0 otherwise.
	Dead float64 `json:"dead"`
	// Saturated is the fraction of sigmoid or tanh units that sit at a flat
	// end (output within 0.02 of their bounds) on at least 90% of the probe.
	Saturated float64 `json:"saturated"`
	// Identical is the fraction of units whose output equals the first
	// unit's on the whole probe batch: with zeros or constant
	// initialization every unit of a layer stays the same unit. It is 0
	// for the output layer.
	Identical float64 `json:"identical"`
	// MeanAbsAct is the mean |activation| after the nonlinearity (for the
	// output layer, of the logits).
	MeanAbsAct float64 `json:"meanAbsAct"`
	// PooledAbsAct is, for a convolution followed by max pooling, the mean
	// |value| the pooling hands on (0 otherwise): the scale the next layer
	// sees, above MeanAbsAct since each window keeps its largest value.
	PooledAbsAct float64 `json:"pooledAbsAct,omitempty"`
	// GradNorm is the L2 norm of the loss gradient at the layer's weights
	// on the probe batch.
	GradNorm float64 `json:"gradNorm"`
	// WeightStd is the standard deviation of the layer's weights.
	WeightStd float64 `json:"weightStd"`
	// UpdateRatio is ‖ΔW‖/‖W‖ over the training step after the probe; a
	// healthy run sits near 1e-3.
	UpdateRatio float64 `json:"updateRatio"`
}

// GradRMS is the root mean square of the loss gradient per weight,
// GradNorm/√Weights (0 without weights): the gradient's scale at the
// layer's depth, comparable between layers of any size.
func (l LayerHealth) GradRMS() float64 {
	if l.Weights == 0 {
		return 0
	}
	return l.GradNorm / math.Sqrt(float64(l.Weights))
}

// NormStats summarizes one batch normalization over its channels: the
// running mean and variance it normalizes with in evaluation, and its
// learned scale γ. The running statistics start at mean 0 and variance 1
// and follow the batches' (see batchNorm).
type NormStats struct {
	Channels int `json:"channels"`
	// MeanMin and MeanMax bound the channels' running means.
	MeanMin float64 `json:"meanMin"`
	MeanMax float64 `json:"meanMax"`
	// VarMin, VarMean and VarMax summarize the channels' running variances.
	VarMin  float64 `json:"varMin"`
	VarMean float64 `json:"varMean"`
	VarMax  float64 `json:"varMax"`
	// GammaMean is the mean |γ|.
	GammaMean float64 `json:"gammaMean"`
}

// Health is a probe of every dense layer and convolution, input side first.
type Health struct {
	Step    int64 `json:"step"`
	Samples int64 `json:"samples"`
	// Loss is the cross-entropy on the probe batch; the first probe, before
	// any step, shows whether the initialization starts near ln 10.
	Loss float64 `json:"loss"`
	// Layers holds the dense layers: Layers[k] goes from Config.Layers()[k]
	// to Config.Layers()[k+1].
	Layers []LayerHealth `json:"layers"`
	// Conv holds the convolutions of Config.Conv, in order.
	Conv []LayerHealth `json:"conv,omitempty"`
	// Norms holds each batch normalization (Config.BatchNorm): one after
	// each convolution, in order, then one after each hidden dense layer.
	Norms []NormStats `json:"norms,omitempty"`
}

// History is the record of a run. Every number in it is finite (an overflow
// is stored as math.MaxFloat64), so it always encodes as JSON. Its memory
// is bounded however long the run: each series holds at most its cap of points; when a series is full,
// neighbouring points are merged (the training curve averages pairs and
// doubles its smoothing window, the others keep every second point), so the
// whole run stays visible at a coarser grain.
type History struct {
	// Train holds the training loss and accuracy, averaged over windows of
	// TrainWindow batches.
	Train       []Point `json:"train"`
	TrainWindow int     `json:"trainWindow"`
	// Val holds each evaluation on the validation set.
	Val []Point `json:"val"`
	// Fit holds, beside each evaluation, the whole network (no dropout)
	// on the first FitProbeImages training images as they are (no
	// augmentation, nothing mixed in): how well the network fits its own
	// training images. The training curve cannot say that under dropout
	// or augmentation, since it measures the batches as trained: a
	// network memorizing 500 images behind dropout 0.5 levels off at 91%
	// there, and the diagnosis could not see it memorize.
	Fit []Point `json:"fit,omitempty"`
	// Health holds the probes, oldest first (thinned when full).
	Health []Health `json:"health"`
	// Initial is the probe taken before the first step, kept apart because
	// thinning may drop it from Health: it shows what the initialization
	// alone does.
	Initial Health `json:"initial"`
	cap     int
}

func newHistory(capacity, window int) History {
	return History{
		Train: make([]Point, 0, capacity), TrainWindow: window,
		Val: make([]Point, 0, capacity), Fit: make([]Point, 0, capacity), Health: make([]Health, 0, capacity), cap: capacity,
	}
}

// finiteOr returns v, or math.MaxFloat64 if v is NaN or infinite: the
// history stays encodable as JSON, and an overflow still reads as huge.
func finiteOr(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return math.MaxFloat64
	}
	return v
}

func (p Point) finite() Point { p.Loss, p.Acc = finiteOr(p.Loss), finiteOr(p.Acc); return p }

func (h *History) addTrain(p Point) {
	p = p.finite()
	if len(h.Train) == h.cap {
		half := h.cap / 2
		for i := 0; i < half; i++ {
			a, b := h.Train[2*i], h.Train[2*i+1]
			h.Train[i] = Point{Samples: b.Samples, Loss: (a.Loss + b.Loss) / 2, Acc: (a.Acc + b.Acc) / 2}
		}
		h.Train = h.Train[:half]
		h.TrainWindow *= 2
	}
	h.Train = append(h.Train, p)
}

func (h *History) addVal(p Point) { h.Val = thin(h.Val, h.cap); h.Val = append(h.Val, p.finite()) }

func (h *History) addFit(p Point) { h.Fit = thin(h.Fit, h.cap); h.Fit = append(h.Fit, p.finite()) }

func (h *History) addHealth(p Health) {
	if p.Step == 0 {
		h.Initial = p
	}
	h.Health = thin(h.Health, h.cap)
	h.Health = append(h.Health, p)
}

// thin keeps every second element (the newest included) once s is full.
func thin[E any](s []E, capacity int) []E {
	if len(s) < capacity {
		return s
	}
	n := 0
	for i := len(s) % 2; i < len(s); i += 2 {
		s[n] = s[i]
		n++
	}
	clear(s[n:])
	return s[:n]
}

// Clone returns a deep copy, safe to hand to another goroutine.
func (h History) Clone() History {
	c := h
	c.Train = append(make([]Point, 0, h.cap), h.Train...)
	c.Val = append(make([]Point, 0, h.cap), h.Val...)
	c.Fit = append(make([]Point, 0, h.cap), h.Fit...)
	c.Initial = h.Initial.clone()
	c.Health = make([]Health, len(h.Health), h.cap)
	for i, p := range h.Health {
		c.Health[i] = p.clone()
	}
	return c
}

// clone returns a deep copy of h.
func (h Health) clone() Health {
	h.Layers = append([]LayerHealth(nil), h.Layers...)
	h.Conv = append([]LayerHealth(nil), h.Conv...)
	h.Norms = append([]NormStats(nil), h.Norms...)
	return h
}
