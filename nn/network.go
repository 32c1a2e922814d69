package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Inputs and Classes fix the task: 28×28 grey images, ten digits.
const (
	Inputs  = 28 * 28
	Classes = 10
)

// Streams of the seeded generator: each random process gets its own stream,
// so that turning dropout on does not change the initial weights, and
// changing the batch size does not change them either.
const (
	streamInit uint64 = iota + 1
	streamShuffle
	streamDropout
	streamAugment
	streamMine
	streamOnes
	streamDrawn
)

// newRand returns the generator of one stream of a seed.
func newRand(seed, stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }

// Net is a multilayer perceptron for MNIST: dense layers with an activation
// (and dropout) after each hidden one, and a softmax output trained with
// cross-entropy. Its element type is float32 for real use (Network) and
// float64 for the gradient check.
//
// A Net owns its working buffers, sized for up to Capacity rows at once, so
// that training steps, evaluation and prediction do not allocate. It is
// therefore not safe for concurrent use.
type Net[T Float] struct {
	cfg      Config
	layers   []layer[T]
	params   []*param[T]
	dropouts []*dropout[T]
	dense    []*dense[T]
	// convs are the convolutions, input side first, and convAct[k] the
	// index in layers of convs[k]'s activation, as hiddenAct is for dense
	// layers (the trainer's health probe reads both).
	convs   []*conv2d[T]
	convAct []int
	// norms are the batch normalizations (Config.BatchNorm), input side
	// first; their running statistics follow the parameters in the
	// weights.
	norms []*batchNorm[T]
	// hiddenAct[k] is the index in layers of the activation of hidden
	// dense layer k: acts[hiddenAct[k]] holds its pre-activations and
	// acts[hiddenAct[k]+1] its activations.
	hiddenAct []int
	// acts[k] is the input of layer k; acts[len(layers)] holds the logits.
	acts [][]T
	// grads[k] is the loss gradient at acts[k]; grads[0] is never needed.
	// Backward needs only two at a time (a layer's dy and dx), so they
	// alternate between two buffers of the widest layer (sharedGrads).
	grads    [][]T
	capRows  int
	pixelLUT [256]T
}

// Network is the float32 network that the trainer and the app use.
type Network = Net[float32]

// NewNetwork builds a network from a valid config, with weights initialized
// from cfg.Seed. It returns the config's validation error otherwise.
func NewNetwork(cfg Config) (*Network, error) { return NewNet[float32](cfg, cfg.BatchSize) }

// NewNet builds a network whose buffers hold up to capRows rows at once;
// evaluation runs in chunks of that many rows (at most evalRows).
func NewNet[T Float](cfg Config, capRows int) (*Net[T], error) {
	return newNet[T](cfg, capRows, false, nil)
}

// NewPredictor builds a network that only predicts, one image at a time
// (Predict after SetWeights; its weights are zero before): a copy of a
// network trained elsewhere, such as the page's copy of the one its worker
// trains. Its dense layers have no gradients, which halves the memory of
// its parameters (16 MB instead of 32 for 4×1024 units), and their weights
// and biases lie in block[:cfg.DenseParams()], or in a new block if block
// is too small. A program that follows networks of changing shapes can pass
// the same block each time (once the network built on it is no longer
// used), instead of freeing and allocating megabytes of every size, which
// leaves holes that a heap in memory that never shrinks (WebAssembly's)
// grows around.
func NewPredictor(cfg Config, block []float32) (*Network, error) {
	return newNet[float32](cfg, 1, true, block)
}

// DenseParams returns the number of weights and biases of the dense
// layers of a network of c: all its parameters but those of the
// convolutional part and of batch normalization.
func (c Config) DenseParams() int {
	sizes, n := c.Layers(), 0
	for k := 0; k+1 < len(sizes); k++ {
		n += sizes[k]*sizes[k+1] + sizes[k+1]
	}
	return n
}

// newNet builds a network, or a predictor (see NewPredictor) whose dense
// weights lie in block if it is big enough.
func newNet[T Float](cfg Config, capRows int, predictor bool, block []T) (*Net[T], error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("nn: %w", err)
	}
	cfg = cfg.Clone()
	n := &Net[T]{cfg: cfg, capRows: max(capRows, 1)}
	for p := range n.pixelLUT {
		n.pixelLUT[p] = T(p) / 255
	}
	dropRng := newRand(cfg.Seed, streamDropout)
	n.addConv(cfg, dropRng)
	sizes := cfg.Layers()
	var free []T // the rest of a predictor's block
	if predictor {
		need := cfg.DenseParams()
		if cap(block) < need {
			block = make([]T, need)
		}
		free = block[:need]
		clear(free)
	}
	for k := 0; k+1 < len(sizes); k++ {
		in, out := sizes[k], sizes[k+1]
		var d *dense[T]
		if predictor {
			d, free = denseOn(in, out, free[:in*out+out]), free[in*out+out:]
		} else {
			d = newDense[T](in, out)
		}
		n.dense = append(n.dense, d)
		n.layers = append(n.layers, d)
		n.params = append(n.params, d.w, d.b)
		if k+2 < len(sizes) { // hidden layer
			n.hiddenAct = append(n.hiddenAct, n.addNonlinear(cfg, out, 1, dropRng))
		}
	}
	n.acts = make([][]T, len(n.layers)+1)
	n.grads = make([][]T, len(n.layers)+1)
	n.acts[0] = make([]T, n.capRows*Inputs)
	for k, l := range n.layers {
		n.acts[k+1] = make([]T, n.capRows*l.Out())
	}
	n.sharedGrads()
	if predictor {
		return n, nil
	}
	// Weights are drawn input side first, so a network without a
	// convolutional part draws exactly what it always has.
	initRng := newRand(cfg.Seed, streamInit)
	for _, p := range n.params {
		if p.weight {
			initWeights(p.data, cfg.Init, p.fanIn, p.fanOut, initRng)
		}
	}
	return n, nil
}

// addConv appends the layers of the convolutional part of a valid config:
// each convolution followed by the activation and dropout, as a hidden
// layer is, and each pooling.
func (n *Net[T]) addConv(cfg Config, dropRng *rand.Rand) {
	stages, _ := parseConv(cfg.Conv)
	s := inputShape
	for _, st := range stages {
		if st.pool > 0 {
			p := newMaxPool[T](s, st.pool, n.capRows)
			n.layers = append(n.layers, p)
			s = p.out
			continue
		}
		c := newConv2d[T](s, st)
		s = c.out
		n.layers = append(n.layers, c)
		n.params = append(n.params, c.w, c.b)
		n.convs = append(n.convs, c)
		n.convAct = append(n.convAct, n.addNonlinear(cfg, s.c, s.h*s.w, dropRng))
	}
}

// addNonlinear appends what follows a hidden layer or a convolution of
// channels×positions outputs: batch normalization if the config asks for
// it, the activation and dropout. It returns the activation's index in
// layers.
func (n *Net[T]) addNonlinear(cfg Config, channels, positions int, dropRng *rand.Rand) int {
	units := channels * positions
	if cfg.BatchNorm {
		bn := newBatchNorm[T](channels, positions)
		n.norms = append(n.norms, bn)
		n.layers = append(n.layers, bn)
		n.params = append(n.params, bn.gamma, bn.beta)
	}
	n.layers = append(n.layers, &activation[T]{kind: cfg.Activation, size: units})
	drop := &dropout[T]{size: units, rate: cfg.Dropout, mask: make([]T, n.capRows*units), rng: dropRng}
	n.dropouts = append(n.dropouts, drop)
	n.layers = append(n.layers, drop)
	return len(n.layers) - 2
}

// sharedGrads points grads[1:] into two buffers, each as long as the
// widest layer's output: grads[k] and grads[k+1] always lie in different
// buffers, and a layer's backward reads only its dy and writes only its
// dx, so no gradient is overwritten before it is used. For a 4×1024
// network with batch 1024 this keeps 8 MB of gradients instead of 48 MB.
func (n *Net[T]) sharedGrads() {
	widest := 0
	for _, l := range n.layers {
		widest = max(widest, l.Out())
	}
	bufs := [2][]T{make([]T, n.capRows*widest), make([]T, n.capRows*widest)}
	last := len(n.layers)
	for k, l := range n.layers {
		n.grads[k+1] = bufs[(last-k-1)%2][:n.capRows*l.Out()]
	}
}

// evalRows is the chunk size of evaluation.
const evalRows = 256

// Config returns a copy of the network's config.
func (n *Net[T]) Config() Config { return n.cfg.Clone() }

// NumParams returns the number of numbers the network is made of, the
// length of what AppendWeights writes: the trainable parameters and the
// running statistics of batch normalization.
func (n *Net[T]) NumParams() int {
	total := 0
	for _, p := range n.params {
		total += len(p.data)
	}
	for _, b := range n.norms {
		total += len(b.runMean) + len(b.runVar)
	}
	return total
}

// setLiveSettings applies the settings that may change during a run.
func (n *Net[T]) setDropout(rate float64) {
	n.cfg.Dropout = rate
	for _, d := range n.dropouts {
		d.rate = rate
	}
}

// loadPixels writes rows images (pixel bytes, 784 each) scaled to 0..1 into
// the input buffer, starting at row first.
func (n *Net[T]) loadPixels(row int, pixels []uint8) {
	dst := n.acts[0][row*Inputs : (row+1)*Inputs]
	for i, p := range pixels[:Inputs] {
		dst[i] = n.pixelLUT[p]
	}
}

// forward runs the layers on the first rows rows of the input buffer.
func (n *Net[T]) forward(rows int, train bool) {
	for k, l := range n.layers {
		l.forward(n.acts[k], n.acts[k+1], rows, train)
	}
}

// lossGrad computes the mean softmax cross-entropy of the logits against
// labels, its gradient at the logits (into the last grads buffer), and how
// many rows the logits classify correctly. The log-sum-exp is shifted by the
// largest logit, so no exponential overflows.
func (n *Net[T]) lossGrad(labels []uint8, rows int) (loss float64, correct int) {
	last := len(n.layers)
	logits, grad := n.acts[last], n.grads[last]
	inv := 1 / float64(rows)
	for r := 0; r < rows; r++ {
		z := logits[r*Classes : (r+1)*Classes]
		g := grad[r*Classes : (r+1)*Classes]
		y := int(labels[r])
		m, arg := z[0], 0
		for j, v := range z {
			if v > m {
				m, arg = v, j
			}
		}
		if arg == y {
			correct++
		}
		var s float64
		for j, v := range z {
			e := math.Exp(float64(v - m))
			g[j] = T(e)
			s += e
		}
		loss += math.Log(s) - float64(z[y]-m)
		for j := range g {
			g[j] = T(float64(g[j]) / s * inv)
		}
		g[y] -= T(inv)
	}
	return loss * inv, correct
}

// backward propagates the gradient at the logits back through every layer,
// after clearing the parameter gradients.
func (n *Net[T]) backward(rows int) {
	for _, p := range n.params {
		clear(p.grad)
	}
	for k := len(n.layers) - 1; k >= 0; k-- {
		var dx []T
		if k > 0 {
			dx = n.grads[k]
		}
		n.layers[k].backward(n.acts[k], n.acts[k+1], n.grads[k+1], dx, rows)
	}
}

// Predict writes the ten class probabilities of one image (784 values in
// 0..1, row by row) into probs. It does not allocate.
func (n *Net[T]) Predict(image []T, probs []T) {
	if len(image) != Inputs || len(probs) != Classes {
		panic(fmt.Sprintf("nn: Predict needs %d inputs and %d outputs, got %d and %d", Inputs, Classes, len(image), len(probs)))
	}
	copy(n.acts[0], image)
	n.forward(1, false)
	softmax(n.acts[len(n.layers)][:Classes], probs)
}

// softmax writes exp(z)/Σexp(z) into p, shifted by max(z) for stability.
func softmax[T Float](z, p []T) {
	m := z[0]
	for _, v := range z {
		m = max(m, v)
	}
	var s float64
	for j, v := range z {
		e := math.Exp(float64(v - m))
		p[j] = T(e)
		s += e
	}
	for j := range p {
		p[j] = T(float64(p[j]) / s)
	}
}

// AppendWeights appends every parameter, layer by layer (weights row by
// row, then biases; γ then β of a batch normalization), and then the
// running mean and variance of each batch normalization, to dst and
// returns it: the form of a snapshot sent from a training worker to a
// page, and of a saved model. It grows dst at most once: growing it number
// by number would allocate about five times the weights' size in garbage
// (80 MB for 4×1024 units), which a WebAssembly heap keeps for good.
func (n *Net[T]) AppendWeights(dst []float32) []float32 {
	dst = slices.Grow(dst, n.NumParams())
	for _, t := range n.tensors() {
		for _, v := range t {
			dst = append(dst, float32(v))
		}
	}
	return dst
}

// tensors lists the network's numbers in AppendWeights order; it
// allocates, so a training step must not call it.
func (n *Net[T]) tensors() [][]T {
	ts := make([][]T, 0, len(n.params)+2*len(n.norms))
	for _, p := range n.params {
		ts = append(ts, p.data)
	}
	for _, b := range n.norms {
		ts = append(ts, b.runMean, b.runVar)
	}
	return ts
}

// SetWeights loads parameters written by AppendWeights of a network of the
// same shape. It rejects a slice of the wrong length or with values that are
// not finite, and then leaves the network unchanged.
func (n *Net[T]) SetWeights(src []float32) error {
	if len(src) != n.NumParams() {
		return fmt.Errorf("nn: weights: got %d numbers, the network %v has %d", len(src), n.cfg.Layers(), n.NumParams())
	}
	for i, v := range src {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return fmt.Errorf("nn: weights: number %d is %v", i, v)
		}
	}
	off := 0
	for _, t := range n.tensors() {
		for i := range t {
			t[i] = T(src[off+i])
		}
		off += len(t)
	}
	return nil
}
