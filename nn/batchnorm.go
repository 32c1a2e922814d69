package nn

import "math"

// Constants of batch normalization, PyTorch's defaults: the running
// averages keep 90% of their value at each training step, and ε keeps the
// division finite for a unit that does not vary.
const (
	bnKeep    = 0.9
	bnEpsilon = 1e-5
)

// batchNorm normalizes each of its channels (the units of a dense layer,
// the filters of a convolution, whose output is height×width×channels with
// the channel varying fastest) to zero mean and unit variance, then scales
// by γ and shifts by β (learned, starting at 1 and 0). Training uses the
// batch's statistics over rows×positions values per channel and updates
// running averages of them (the variance unbiased, as PyTorch keeps it);
// evaluation uses the running averages, so that an image's prediction does
// not depend on the others in its batch. A batch with one value per
// channel leaves the running averages alone: its variance is undefined.
type batchNorm[T Float] struct {
	channels, positions int
	gamma, beta         *param[T]
	// runMean and runVar are the running statistics, part of the weights
	// a snapshot or a model file holds (Net.AppendWeights).
	runMean, runVar []T
	// mean and inv are the per-channel mean and 1/√(var+ε) of the last
	// forward pass, in training or evaluation mode (train).
	mean, inv []T
	train     bool
	sum, sum2 []float64
}

func newBatchNorm[T Float](channels, positions int) *batchNorm[T] {
	b := &batchNorm[T]{
		channels: channels, positions: positions,
		gamma:   &param[T]{data: make([]T, channels), grad: make([]T, channels)},
		beta:    &param[T]{data: make([]T, channels), grad: make([]T, channels)},
		runMean: make([]T, channels), runVar: make([]T, channels),
		mean: make([]T, channels), inv: make([]T, channels),
		sum: make([]float64, channels), sum2: make([]float64, channels),
	}
	for c := range channels {
		b.gamma.data[c] = 1
		b.runVar[c] = 1
	}
	return b
}

func (b *batchNorm[T]) In() int             { return b.channels * b.positions }
func (b *batchNorm[T]) Out() int            { return b.channels * b.positions }
func (b *batchNorm[T]) params() []*param[T] { return []*param[T]{b.gamma, b.beta} }

func (b *batchNorm[T]) forward(x, y []T, rows int, train bool) {
	n, ch := rows*b.In(), b.channels
	x, y = x[:n], y[:n]
	b.train = train
	if train {
		b.batchStats(x, rows)
	} else {
		for c := range ch {
			b.mean[c] = b.runMean[c]
			b.inv[c] = T(1 / math.Sqrt(float64(b.runVar[c])+bnEpsilon))
		}
	}
	g, be := b.gamma.data[:ch], b.beta.data[:ch]
	mean, inv := b.mean[:ch], b.inv[:ch]
	for p := 0; p < n; p += ch {
		xp, yp := x[p:p+ch], y[p:p+ch]
		for c, v := range xp {
			yp[c] = g[c]*((v-mean[c])*inv[c]) + be[c]
		}
	}
}

// batchStats sets mean and inv from the batch, in float64 sums, and
// updates the running averages.
func (b *batchNorm[T]) batchStats(x []T, rows int) {
	ch := b.channels
	sum, sum2 := b.sum[:ch], b.sum2[:ch]
	clear(sum)
	clear(sum2)
	for p := 0; p < len(x); p += ch {
		for c, v := range x[p : p+ch] {
			sum[c] += float64(v)
		}
	}
	m := float64(rows * b.positions)
	for c := range sum {
		sum[c] /= m
	}
	for p := 0; p < len(x); p += ch {
		for c, v := range x[p : p+ch] {
			d := float64(v) - sum[c]
			sum2[c] += d * d
		}
	}
	for c := range ch {
		variance := sum2[c] / m
		b.mean[c] = T(sum[c])
		b.inv[c] = T(1 / math.Sqrt(variance+bnEpsilon))
		if m > 1 {
			b.runMean[c] = T(bnKeep*float64(b.runMean[c]) + (1-bnKeep)*sum[c])
			b.runVar[c] = T(bnKeep*float64(b.runVar[c]) + (1-bnKeep)*sum2[c]/(m-1))
		}
	}
}

// backward differentiates the last forward pass: through the batch's
// statistics after a training pass, dx = γ/σ·(dy − mean(dy) − x̂·mean(dy·x̂)),
// or through the fixed affine map after an evaluation pass (the trainer's
// health probe), dx = γ/σ·dy.
func (b *batchNorm[T]) backward(x, _, dy, dx []T, rows int) {
	n, ch := rows*b.In(), b.channels
	x, dy = x[:n], dy[:n]
	g := b.gamma.data[:ch]
	mean, inv := b.mean[:ch], b.inv[:ch]
	sdy, sdyx := b.sum[:ch], b.sum2[:ch]
	clear(sdy)
	clear(sdyx)
	for p := 0; p < n; p += ch {
		xp, dyp := x[p:p+ch], dy[p:p+ch]
		for c, v := range xp {
			d := float64(dyp[c])
			sdy[c] += d
			sdyx[c] += d * float64((v-mean[c])*inv[c])
		}
	}
	gg, gb := b.gamma.grad[:ch], b.beta.grad[:ch]
	for c := range ch {
		gg[c] += T(sdyx[c])
		gb[c] += T(sdy[c])
	}
	if dx == nil {
		return
	}
	dx = dx[:n]
	if !b.train {
		for p := 0; p < n; p += ch {
			dyp, dxp := dy[p:p+ch], dx[p:p+ch]
			for c, d := range dyp {
				dxp[c] = g[c] * inv[c] * d
			}
		}
		return
	}
	m := float64(rows * b.positions)
	for c := range ch {
		sdy[c] /= m
		sdyx[c] /= m
	}
	for p := 0; p < n; p += ch {
		xp, dyp, dxp := x[p:p+ch], dy[p:p+ch], dx[p:p+ch]
		for c, v := range xp {
			xhat := (v - mean[c]) * inv[c]
			dxp[c] = g[c] * inv[c] * (dyp[c] - T(sdy[c]) - xhat*T(sdyx[c]))
		}
	}
}
