package trainer

import (
	"fmt"

	"digitlab/diagnose"
	"digitlab/evidence"
	"digitlab/nn"
)

// Ops of a Command.
const (
	OpStart = "start" // start a new run of Config (Config must parse)
	// OpEarly starts Config's run, training, before the user interface has
	// asked for one (the browser's worker, from the page's address, while
	// the page module still downloads). The first OpStart of the same
	// config and On adopts that run instead of starting it over, so no step
	// is lost; any other command that touches the run ends the offer, and
	// a later OpStart starts over as usual.
	OpEarly = "early"
	OpTrain = "train" // On: train continuously or pause
	OpStep  = "step"  // pause and train exactly one batch
	OpReset = "reset" // start the current config over, paused or not as before
	OpLive  = "live"  // apply Config's live settings (the keys marked Live in nn.Keys)
	// OpNeighbours asks for the training images closest to Image; the
	// answer is Progress.Neighbours. It does not touch the run.
	OpNeighbours = "neighbours"
	// OpGrow replaces the training images with Train, which starts with
	// them and adds more (a host whose data arrives in parts sends it; it
	// cannot cross the worker boundary). A Train no larger than the
	// engine's says that no more images will come. Val, if it holds more
	// images than the engine's validation set and starts with the same
	// ones, replaces that too.
	OpGrow = "grow"
	// OpMine sets the user's own taught digits (Digits), which the run's
	// batches mix in while its config has mine on, and which each
	// snapshot scores (Progress.MineRight). It does not touch the run
	// otherwise; an empty set removes them.
	OpMine = "mine"
	// OpDrawn sets the drawn digits (Drawn) that a config with drawn on
	// mixes into its batches: a host whose data arrives later sends them
	// (they cannot cross the worker boundary). A nil or empty Drawn says
	// none will come. It does not touch a run that is going.
	OpDrawn = "drawn"
)

// Command is a request from the host to the engine. It crosses the Web
// Worker boundary as JSON.
type Command struct {
	Op     string `json:"op"`
	Config string `json:"config,omitempty"`
	On     bool   `json:"on,omitempty"`
	// Image is the query of OpNeighbours: 784 grey values. A pointer
	// keeps Command comparable.
	Image *[nn.Inputs]byte `json:"image,omitempty"`
	// Train is the training set of OpGrow (a pointer keeps Command
	// comparable).
	Train *nn.Dataset `json:"-"`
	// Val is the validation set of OpGrow, or nil.
	Val *nn.Dataset `json:"-"`
	// Digits are the user's digits of OpMine (a pointer keeps Command
	// comparable).
	Digits *nn.Dataset `json:"digits,omitempty"`
	// Drawn is the drawn digits of OpDrawn, or nil.
	Drawn *nn.Dataset `json:"-"`
}

// Run states of a Progress, as the app and window.digitlab.state() show them.
const (
	RunTraining = "training"
	RunPaused   = "paused"
	RunDiverged = "diverged"
	RunFinished = "finished"
	// RunLoading: no run yet (the worker is still starting), or the run
	// waits for the training images it needs (Waiting says how many).
	RunLoading = "loading"
	// RunFailed: the trainer itself stopped working (the browser's worker
	// could not start or crashed); Error says why. Only a reload helps.
	RunFailed = "failed"
)

// Progress is where a run stands. It crosses the Web Worker boundary as JSON.
type Progress struct {
	// Run is one of the Run* states.
	Run string `json:"run"`
	// Config is the run's compact config string.
	Config string `json:"config"`
	// RunID counts the runs started by the engine; it changes when a new
	// run begins, so a host can tell old snapshots from new ones.
	RunID int `json:"runId"`
	// Epoch is the number of completed epochs plus the current one's
	// fraction.
	Epoch         float64 `json:"epoch"`
	Epochs        int     `json:"epochs"`
	Steps         int64   `json:"steps"`
	Samples       int64   `json:"samples"`
	SamplesPerSec float64 `json:"samplesPerSec"`
	// TrainLoss and TrainAcc are the latest point of the training curve,
	// ValLoss and ValAcc the latest evaluation (accuracies 0..1).
	TrainLoss float64 `json:"trainLoss"`
	TrainAcc  float64 `json:"trainAcc"`
	ValLoss   float64 `json:"valLoss"`
	ValAcc    float64 `json:"valAcc"`
	// Diverged says what became NaN or infinite and at which step.
	Diverged string `json:"diverged,omitempty"`
	// Stopped says why a finished run stopped before its last epoch
	// (early stopping); its weights are then those of the best evaluation.
	Stopped string `json:"stopped,omitempty"`
	// Waiting is set while the run waits for its training images, as
	// "20000 of 60000 training images".
	Waiting string `json:"waiting,omitempty"`
	// Error is the reply to the last command that was refused.
	Error   string     `json:"error,omitempty"`
	History nn.History `json:"history"`
	// Findings is the diagnosis of the run so far, most severe first.
	Findings []diagnose.Finding `json:"findings"`
	// Mistakes are misclassified validation images of the latest
	// evaluation, with their pixels (784 bytes, base64 in JSON).
	Mistakes []Mistake `json:"mistakes"`
	// Confusion is the latest validation confusion matrix.
	Confusion [nn.Classes][nn.Classes]int `json:"confusion"`
	// Neighbours answers the latest OpNeighbours query; nil before one.
	Neighbours *Neighbours `json:"neighbours,omitempty"`
	// MineRight of MineTotal of the user's own digits (OpMine) are read
	// right by the run's network as it is at Steps; both 0 without digits
	// or a run.
	MineRight int `json:"mineRight"`
	MineTotal int `json:"mineTotal"`
	// WeightsStep is the step at which the snapshot's weights were taken.
	WeightsStep int64 `json:"weightsStep"`
	// SIMD is true when the engine trains with WebAssembly SIMD kernels
	// (nn.SIMD): in the browser's worker, unless the browser lacks SIMD.
	SIMD bool `json:"simd"`
}

// Snapshot is a Progress with a copy of the weights at WeightsStep, in
// nn.Network.AppendWeights order, for the host's own inference network.
type Snapshot struct {
	Progress
	Weights []float32 `json:"-"`
}

// Mistake is a misclassified validation image.
type Mistake struct {
	nn.Mistake
	// Pixels are the image's 784 grey values. The browser's worker sends
	// them beside the JSON (see DetachMistakePixels), where they are
	// nil and omitted.
	Pixels []byte `json:"pixels,omitempty"`
}

// DetachMistakePixels appends the pixels of p's mistakes to dst, in order,
// nn.Inputs bytes each, sets their Pixels to nil, and returns the extended
// buffer. The browser's worker sends that buffer as binary beside the
// progress JSON: in the JSON the pixels would be base64, 90% of an early
// message, and decoding them would cost the page's thread about ten times
// what the rest of the message costs (BenchmarkProgress). Each Pixels must
// hold nn.Inputs bytes.
func (p *Progress) DetachMistakePixels(dst []byte) []byte {
	for i := range p.Mistakes {
		m := &p.Mistakes[i]
		if len(m.Pixels) != nn.Inputs {
			panic(fmt.Sprintf("trainer: mistake %d has %d pixels", i, len(m.Pixels)))
		}
		dst = append(dst, m.Pixels...)
		m.Pixels = nil
	}
	return dst
}

// AttachMistakePixels gives p's mistakes their pixels from buf, laid out as
// DetachMistakePixels lays them out (the mistakes share buf). A buffer of
// the wrong size is an error: a worker and a page of different builds.
func (p *Progress) AttachMistakePixels(buf []byte) error {
	if len(buf) != len(p.Mistakes)*nn.Inputs {
		return fmt.Errorf("trainer: %d bytes of pixels for %d mistakes", len(buf), len(p.Mistakes))
	}
	for i := range p.Mistakes {
		p.Mistakes[i].Pixels = buf[i*nn.Inputs : (i+1)*nn.Inputs : (i+1)*nn.Inputs]
	}
	return nil
}

// NeighboursK is how many training images answer an OpNeighbours query.
const NeighboursK = 6

// Neighbours are the training images of the current run closest to a
// query, closest first (evidence.Index.Nearest), with their pixels.
type Neighbours struct {
	Image []byte      `json:"image"` // the query, so a host can match its answer
	Near  []Neighbour `json:"near"`
}

// Neighbour is one of Neighbours, with its 784 pixels.
type Neighbour struct {
	evidence.Neighbour
	Pixels []byte `json:"pixels"`
}
