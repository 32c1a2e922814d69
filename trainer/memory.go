package trainer

import (
	"slices"

	"digitlab/nn"
)

// The training worker's memory, for deciding when a fresh worker (in the
// browser, where WebAssembly memory never shrinks) beats the current one.
// The figures were measured in headless Chromium (a worker training
// hidden=128 holds 88 MB of WebAssembly memory once all of MNIST has
// arrived, one training 4×1024 units with batch 1024 246 MB; see
// TestWorkerBytes).
const (
	// WorkerMemoryLimit is the Go memory the worker's garbage collector
	// aims to stay under (debug.SetMemoryLimit): the largest network the
	// app allows (4×1024 units, batch 1024) lives in it with the collector
	// running every few seconds, and the worker's WebAssembly memory stays
	// under the 300 MB the app aims for.
	WorkerMemoryLimit = 200 << 20
	// WorkerGCPercent is the worker's GOGC: garbage may grow to a quarter
	// of what is live before the collector runs (Go's default lets it grow
	// to as much). Progress messages leave a few MB of garbage a second; at
	// the default, a worker switching from a small run to the largest one
	// had about 100 MB of it left to collect while the new run was built,
	// and grew to 262 MB instead of 216.
	WorkerGCPercent = 25
	// workerHeapBase is the live Go heap of a worker besides its run: the
	// MNIST images it holds once mnist-more.bin has arrived (60,000
	// training and 10,000 test images of 784 bytes, and a copy of the
	// first 2,000 test images) and the runtime's own.
	workerHeapBase = 60 << 20
	// workerNonHeap is the WebAssembly memory of a worker besides its Go
	// heap: the module's data, stacks and the runtime's structures.
	workerNonHeap = 10 << 20
	// workerHeapBudget is the most live Go heap a worker may reach while
	// the engine holds two runs: the garbage and the holes the old run
	// leaves behind come on top (a worker holding 246 MB of live runs grew
	// to 313 MB of WebAssembly memory), so it is well under the 300 MB the
	// app aims for.
	workerHeapBudget = 200 << 20
)

// runBytes estimates the live heap of a run of cfg: nn's own count of
// what its layers, optimizer and health probe allocate.
func runBytes(cfg nn.Config) int64 { return 4 * int64(cfg.TrainingFloats()) }

// WorkerBytes estimates the WebAssembly memory a worker needs to train
// cfg: besides its base, a heap of what is live and the garbage that
// WorkerGCPercent allows, but no more than the memory limit unless what is
// live is more.
func WorkerBytes(cfg nn.Config) int64 {
	live := workerHeapBase + runBytes(cfg)
	return workerNonHeap + max(live, min(live+live*WorkerGCPercent/100, WorkerMemoryLimit))
}

// WantsFreshWorker reports whether a worker whose WebAssembly memory has
// grown to current bytes, training a run of old, should be replaced by a
// fresh one before it starts a run of next (a new config, or old again for
// a reset). Two cases call for one:
//
//   - next needs much less memory than the worker holds: WebAssembly
//     memory never shrinks, so a fresh worker gives the difference back.
//     It asks for at least 64 MB to win and for the worker to hold more
//     than twice what next needs, so that small changes of shape do not
//     restart the worker.
//   - both runs do not fit in the worker's budget together: the engine
//     builds the new run before it lets go of the old one, so the worker's
//     memory would grow by the new run for good (a reset of the largest
//     network took a worker from 216 to 371 MB).
func WantsFreshWorker(current int64, old, next nn.Config) bool {
	need := WorkerBytes(next)
	if current > 2*need && current-need > 64<<20 {
		return true
	}
	return workerHeapBase+runBytes(old)+runBytes(next) > workerHeapBudget
}

// WeightsCap returns the capacity to give a buffer that must hold n
// weights in a heap that never shrinks (the page's WebAssembly memory):
// n for a small network, and once n is past a quarter of it, the size of
// the largest multilayer perceptron the app allows (4×1024 units, 16 MB),
// with batch normalization's parameters and running statistics (four
// numbers a unit), so that the same buffer serves it with and without.
// A page that follows networks of growing sizes then allocates one big
// buffer at most, instead of big ones of every size, whose holes the heap
// grows around: the page's memory went from 36 to 82 MB switching from
// 2×1024 to 4×1024 units, and stays at 63 MB with this.
func WeightsCap(n int) int {
	largest := nn.DefaultConfig()
	largest.Hidden = slices.Repeat([]int{nn.MaxUnits}, nn.MaxHiddenLayers)
	if big := largest.DenseParams() + 4*nn.MaxHiddenLayers*nn.MaxUnits; n > big/4 {
		return max(n, big)
	}
	return n
}
