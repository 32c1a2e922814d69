package trainer

import "digitlab/nn"

// Bytes of a worker's WebAssembly memory beyond what a run's network needs:
// the Go runtime, the decoded MNIST images (30,000 × 784 bytes) and the
// module's own data. Measured with make soak's figures (hidden=128 keeps
// the worker at about 67 MB).
const workerBaseBytes = 56 << 20

// WorkerBytes estimates the WebAssembly memory a worker needs to train
// cfg: its base plus twice the live heap of a run (the garbage collector
// lets the heap grow to about twice what is live). The live heap is the
// parameters five times over (weights, gradients, two optimizer moments, the
// copy for the update ratio) and two float32 buffers per layer output
// (the activations, the dropout masks and the two shared gradient buffers
// together take about that) for max(batch, probe) rows. It is a rough
// figure, for deciding whether a fresh worker would give memory back.
func WorkerBytes(cfg nn.Config) int64 {
	params, units := int64(0), int64(nn.Inputs)
	in := int64(nn.Inputs)
	for _, h := range append(append([]int(nil), cfg.Hidden...), nn.Classes) {
		params += in*int64(h) + int64(h)
		units += 3 * int64(h) // dense output, activation, dropout
		in = int64(h)
	}
	rows := int64(max(cfg.BatchSize, 256))
	live := 4 * (5*params + 2*rows*units)
	return workerBaseBytes + 2*live
}

// WantsFreshWorker reports whether a worker whose WebAssembly memory has
// grown to current bytes should be replaced by a fresh one before it trains
// cfg: WebAssembly memory never shrinks, so a worker that once trained a big
// network keeps its size; a fresh one for a much smaller network gives the
// difference back. It asks for at least 64 MB to win and for the worker to
// hold more than twice what cfg needs, so that small changes of shape do not
// restart the worker.
func WantsFreshWorker(current int64, cfg nn.Config) bool {
	need := WorkerBytes(cfg)
	return current > 2*need && current-need > 64<<20
}
