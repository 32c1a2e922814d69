package trainer

import (
	"fmt"
	"math"
	"slices"
	"time"

	"digitlab/diagnose"
	"digitlab/evidence"
	"digitlab/mydigits"
	"digitlab/nn"
	"digitlab/pad/ones"
)

// Data is what an Engine trains and validates on.
type Data struct {
	Train, Val nn.Dataset
	// Drawn is the drawn digits a config with Drawn mixes into its
	// batches (assets.Drawn); without them such a config is refused.
	Drawn nn.Dataset
}

// Options of an Engine. Zero fields take the defaults in their comments.
type Options struct {
	// Epochs of each run before it is finished (default 30).
	Epochs int
	// Trainer schedules the measurements; its Epochs is overridden.
	// Default: evaluate 2,000 validation images every 10,000 samples and
	// at each epoch's end. At the browser's 45,000-50,000 samples/s that is
	// about five validation points a second, more than the charts redraw
	// (once a second); they cost the worker roughly a tenth of its training
	// (BenchmarkEngineTrainOnly against BenchmarkEngineDefault). A run on
	// more than WholeValAbove images evaluates all the validation images,
	// every 30,000 samples and at each epoch's end.
	Trainer nn.TrainerOptions
	// Coming is how many training images the host will add with grow
	// commands (the browser's worker: those still downloading). A run
	// that needs more images than the engine has, but no more than it will
	// have, waits for them (RunLoading, with Waiting) instead of being
	// refused, and starts when they come: the run then sees exactly the
	// images it would have seen had they all been there, so the same seed
	// and config give the same curves however the data arrived.
	Coming int
	// DrawnComing says the host will send the drawn digits (OpDrawn): a
	// run whose config has drawn on waits for them, as a run waits for
	// its training images, instead of being refused.
	DrawnComing bool
}

func (o Options) withDefaults() Options {
	if o.Epochs <= 0 {
		o.Epochs = 30
	}
	if o.Trainer.EvalEvery == 0 {
		o.Trainer.EvalEvery = 10000
	}
	if o.Trainer.ValLimit == 0 {
		o.Trainer.ValLimit = 2000
	}
	o.Trainer.Epochs = o.Epochs
	return o
}

// WholeValAbove is the training-set size above which a run validates on
// all the validation images (MNIST's 10,000 test images) rather than
// Options.Trainer's ValLimit (default 2,000). The first 2,000 test images
// are harder than the rest (a network that reads 95.9% of all 10,000 reads
// 95.1% of them), so a figure on them is not MNIST's test accuracy, and
// on 2,000 images two standard errors are 0.9 points, more than the
// ±0.5 the parity table allows. Such a run needs more than the page's
// first data file (20,000 training images), so in the page it waits for
// the second, which brings the other 8,000 test images: the rule depends
// on the config alone, so a seed and config give the same curves on the
// desktop and in the page.
const WholeValAbove = 20000

// wholeValEvery is the samples between a whole-set run's evaluations
// (besides each epoch's end). Evaluating 10,000 images takes about a third
// of the time of training on 10,000 (natively, the seed's network), so
// every 10,000 samples it would slow the run by a third; every 30,000 it
// costs about a tenth, and at the page's 60,000 samples/s still gives two
// points a second, more than the charts redraw.
const wholeValEvery = 30000

// trainerOptions returns the measurement schedule of a run of cfg.
func (o Options) trainerOptions(cfg nn.Config) nn.TrainerOptions {
	t := o.Trainer
	if cfg.TrainSize > WholeValAbove {
		t.ValLimit = 0 // all
		t.EvalEvery = max(t.EvalEvery, wholeValEvery)
	}
	if t.DrawOne == nil { // each run its own drawer: a Drawer is not shared
		t.DrawOne = new(ones.Drawer).Draw
	}
	return t
}

// rateWindow is how much wall time the samples/s figure averages over;
// a run's first figure comes after firstRateWindow, so that a short run
// (natively one epoch takes a fraction of a second) still shows one.
const (
	rateWindow      = time.Second
	firstRateWindow = rateWindow / 4
)

// Engine runs one training session at a time; see the package doc. It is
// not safe for concurrent use: one host goroutine drives it.
type Engine struct {
	data    Data
	opts    Options
	tr      *nn.Trainer
	running bool
	runID   int
	lastErr string
	// index finds training images near a query, built at the first one;
	// near is the latest answer.
	index  *evidence.Index
	near   *Neighbours
	coming int
	// drawnComing is set until the host's OpDrawn (Options.DrawnComing).
	drawnComing bool
	wait        *waitingRun // the run that waits for its training images or drawn digits
	// early is set while the run was started by OpEarly and no command
	// has touched it: an OpStart of its config adopts it.
	early bool
	// mine is the user's digits (OpMine), given to each run; mineScore
	// is their score at mineAt, so that a snapshot of unchanged weights
	// does not evaluate them again.
	mine      nn.Dataset
	mineAt    mineKey
	mineScore [2]int

	// samples/s over the recent wall time spent training
	rateSince   time.Time
	rateSamples int64
	rate        float64
}

// waitingRun is a run that waits for the training images it needs.
type waitingRun struct {
	cfg     nn.Config
	running bool
}

// mineKey is what the score of the user's digits depends on.
type mineKey struct {
	runID int
	steps int64
	set   int // grows with each OpMine
}

// NewEngine returns an engine with no run; Handle a start Command to begin.
func NewEngine(data Data, opts Options) *Engine {
	o := opts.withDefaults()
	return &Engine{data: data, opts: o, coming: max(0, o.Coming), drawnComing: o.DrawnComing && data.Drawn.Len() == 0}
}

// Handle applies a command. A refused command returns an error, which the
// next Snapshot also carries; the current run goes on unchanged.
func (e *Engine) Handle(cmd Command) error {
	err := e.handle(cmd)
	e.lastErr = ""
	if err != nil {
		e.lastErr = err.Error()
	}
	return err
}

func (e *Engine) handle(cmd Command) error {
	early := e.early
	switch cmd.Op {
	case OpNeighbours, OpGrow, OpDrawn: // they leave the run as it is
	case OpMine:
		// The early run's batches had none of the user's digits: with
		// them mixed in, the asked run would not be the same run.
		e.early = early && !(cmd.Digits != nil && cmd.Digits.Len() > 0 && e.runConfig().Mine)
	default:
		e.early = false
	}
	switch cmd.Op {
	case OpStart, OpEarly:
		cfg, err := nn.ParseConfig(cmd.Config)
		if err != nil {
			return err
		}
		if cmd.Op == OpStart && early && cmd.On && e.runConfig().String() == cfg.String() {
			return nil // adopt the early run: the same seed and config, so the same run
		}
		if err := e.start(cfg, cmd.On || cmd.Op == OpEarly); err != nil {
			return err
		}
		e.early = cmd.Op == OpEarly
		return nil
	case OpReset:
		if e.wait != nil {
			return nil // the waiting run starts afresh when its images come
		}
		if e.tr == nil {
			return fmt.Errorf("trainer: no run to reset")
		}
		return e.start(e.tr.Config(), e.running)
	case OpTrain:
		if e.wait != nil {
			e.wait.running = cmd.On
		}
		e.running = cmd.On && e.tr != nil && e.tr.State() == nn.Training
		e.rateSince = time.Time{}
	case OpStep:
		e.running = false
		if e.tr != nil {
			e.tr.Step(1)
		}
	case OpLive:
		cfg, err := nn.ParseConfig(cmd.Config)
		if err != nil {
			return err
		}
		if e.tr == nil {
			return e.start(cfg, e.wait != nil && e.wait.running)
		}
		if !nn.CanChangeLive(e.tr.Config(), cfg) {
			return e.start(cfg, e.running)
		}
		return e.tr.SetLive(cfg)
	case OpNeighbours:
		return e.neighbours(cmd.Image)
	case OpMine:
		var d nn.Dataset
		if cmd.Digits != nil {
			d = *cmd.Digits
		}
		if err := checkMine(d); err != nil {
			return err
		}
		if e.tr != nil {
			e.tr.SetMine(d) // checked
		}
		e.mine = d
		e.mineAt.set++
	case OpGrow:
		var train nn.Dataset
		if cmd.Train != nil {
			train = *cmd.Train
		}
		return e.grow(train, cmd.Val)
	case OpDrawn:
		return e.drawn(cmd.Drawn)
	default:
		return fmt.Errorf("trainer: unknown command %q", cmd.Op)
	}
	return nil
}

func (e *Engine) start(cfg nn.Config, running bool) error {
	e.wait = nil
	have := e.data.Train.Len()
	if (cfg.TrainSize > have && cfg.TrainSize <= have+e.coming) || (cfg.Drawn && e.drawnComing) {
		e.tr, e.running = nil, false
		e.wait = &waitingRun{cfg: cfg, running: running}
		return nil
	}
	if cfg.Drawn && e.data.Drawn.Len() == 0 {
		return fmt.Errorf("drawn=1: the drawn digits did not load; pick a preset without them")
	}
	topts := e.opts.trainerOptions(cfg)
	topts.Drawn = e.data.Drawn
	tr, err := nn.NewTrainer(cfg, e.data.Train, e.data.Val, topts)
	if err != nil {
		return err
	}
	tr.SetMine(e.mine) // checked when it came
	e.tr = tr
	e.running = running
	e.runID++
	e.rate, e.rateSince = 0, time.Time{}
	return nil
}

// runConfig returns the config of the current or waiting run, or the
// zero Config if there is none.
func (e *Engine) runConfig() nn.Config {
	switch {
	case e.tr != nil:
		return e.tr.Config()
	case e.wait != nil:
		return e.wait.cfg
	}
	return nn.Config{}
}

// neighbours answers a query with the training images closest to img
// among those the current run trains on (all of them before a run).
func (e *Engine) neighbours(img *[nn.Inputs]byte) error {
	if img == nil {
		return fmt.Errorf("trainer: a neighbours query needs an image")
	}
	if e.index == nil {
		e.index = evidence.NewIndex(e.data.Train)
	}
	limit := 0
	if e.tr != nil {
		limit = e.tr.Config().TrainSize
	}
	near := &Neighbours{Image: append([]byte(nil), img[:]...)}
	for _, n := range e.index.Nearest(img[:], NeighboursK, limit, nil) {
		near.Near = append(near.Near, Neighbour{Neighbour: n, Pixels: e.data.Train.Image(n.Index)})
	}
	e.near = near
	return nil
}

// grow replaces the training images with train and the validation images
// with val (see OpGrow), and starts the waiting run once its images are
// there or no more will come. A run already going keeps the validation
// set it started with; its mistakes' pixels still come from e.data.Val,
// which starts with the same images.
func (e *Engine) grow(train nn.Dataset, val *nn.Dataset) error {
	if val != nil && val.Len() > e.data.Val.Len() {
		n := e.data.Val.Len()
		if len(val.Pixels) != val.Len()*nn.Inputs || !slices.Equal(val.Labels[:n], e.data.Val.Labels) || !slices.Equal(val.Pixels[:n*nn.Inputs], e.data.Val.Pixels) {
			return fmt.Errorf("trainer: the grown validation set does not start with the images there were")
		}
		e.data.Val = *val
	}
	if added := train.Len() - e.data.Train.Len(); added > 0 {
		e.data.Train = train
		e.index = nil // it indexes the images there were
		e.coming = max(0, e.coming-added)
	} else {
		e.coming = 0
	}
	if w := e.wait; w != nil && (w.cfg.TrainSize <= e.data.Train.Len() || e.coming == 0) {
		return e.start(w.cfg, w.running)
	}
	return nil
}

// drawn sets the drawn digits (see OpDrawn) and starts the waiting run
// if it waited for them alone.
func (e *Engine) drawn(d *nn.Dataset) error {
	e.drawnComing = false
	if d != nil && d.Len() > 0 {
		if len(d.Pixels) != d.Len()*nn.Inputs {
			return fmt.Errorf("trainer: the drawn digits hold %d bytes for %d images", len(d.Pixels), d.Len())
		}
		e.data.Drawn = *d
		if e.tr != nil {
			if err := e.tr.SetDrawn(*d); err != nil {
				return err
			}
		}
	}
	if w := e.wait; w != nil && w.cfg.Drawn && !(w.cfg.TrainSize > e.data.Train.Len() && e.coming > 0) {
		return e.start(w.cfg, w.running)
	}
	return nil
}

// Running reports whether the engine trains when given time.
func (e *Engine) Running() bool { return e.running }

// Work trains for about budget if the run is training and returns the
// number of batches trained.
func (e *Engine) Work(budget time.Duration) int {
	if !e.running || e.tr == nil {
		return 0
	}
	now := time.Now()
	if e.rateSince.IsZero() {
		e.rateSince, e.rateSamples = now, e.tr.Samples()
	}
	n := e.tr.RunFor(budget, 0)
	if e.tr.State() != nn.Training {
		e.running = false
	}
	window := rateWindow
	if e.rate == 0 {
		window = firstRateWindow
	}
	if elapsed := time.Since(e.rateSince); elapsed >= window {
		e.rate = float64(e.tr.Samples()-e.rateSamples) / elapsed.Seconds()
		e.rateSince, e.rateSamples = time.Now(), e.tr.Samples()
	}
	return n
}

// Snapshot returns where the run stands, with a copy of the history and, if
// withWeights, of the weights (appended to weights[:0] to reuse its memory).
func (e *Engine) Snapshot(withWeights bool, weights []float32) Snapshot {
	var s Snapshot
	s.Error = e.lastErr
	s.Epochs = e.opts.Epochs
	s.SIMD = nn.SIMD()
	s.Neighbours = e.near
	if e.tr == nil {
		s.Run = RunLoading
		if w := e.wait; w != nil {
			s.Config = w.cfg.String()
			s.Waiting = fmt.Sprintf("%d of %d training images", e.data.Train.Len(), w.cfg.TrainSize)
			if w.cfg.TrainSize <= e.data.Train.Len() {
				s.Waiting = "the drawn digits"
			}
		}
		return s
	}
	tr := e.tr
	s.RunID = e.runID
	s.Config = tr.Config().String()
	s.Run = runState(tr.State(), e.running)
	s.Epoch = tr.Epochs()
	s.Steps, s.Samples = tr.Steps(), tr.Samples()
	if e.running {
		s.SamplesPerSec = e.rate
	}
	s.Diverged = tr.DivergedReason()
	s.Stopped = tr.StoppedReason()
	s.History = tr.History().Clone()
	if h := s.History.Train; len(h) > 0 {
		s.TrainLoss, s.TrainAcc = h[len(h)-1].Loss, h[len(h)-1].Acc
	}
	if v := s.History.Val; len(v) > 0 { // the history's numbers are all finite
		s.ValLoss, s.ValAcc = v[len(v)-1].Loss, v[len(v)-1].Acc
	}
	ev := tr.LastEval()
	s.Confusion = ev.Confusion
	for _, m := range ev.Mistakes[:ev.NumMistakes] {
		s.Mistakes = append(s.Mistakes, Mistake{Mistake: m, Pixels: e.data.Val.Image(m.Index)})
	}
	s.MineRight, s.MineTotal = e.scoreMine()
	s.Findings = diagnose.Diagnose(diagnose.Input{Config: tr.Config(), History: s.History, Diverged: s.Diverged, Samples: s.Samples, Epochs: s.Epoch})
	if withWeights {
		s.Weights = tr.Network().AppendWeights(weights[:0])
		s.WeightsStep = tr.Steps()
	}
	return s
}

// checkMine refuses a set of the user's digits that is malformed or
// larger than a host ever sends.
func checkMine(d nn.Dataset) error {
	if d.Len() > mydigits.Max {
		return fmt.Errorf("trainer: %d of your digits; at most %d", d.Len(), mydigits.Max)
	}
	if len(d.Pixels) != d.Len()*nn.Inputs {
		return fmt.Errorf("trainer: your digits have %d pixels for %d labels", len(d.Pixels), d.Len())
	}
	for i, y := range d.Labels {
		if y >= nn.Classes {
			return fmt.Errorf("trainer: your digit %d has the label %d", i+1, y)
		}
	}
	return nil
}

// scoreMine returns how many of the user's digits the run's network reads
// right, and how many there are.
func (e *Engine) scoreMine() (right, total int) {
	if e.mine.Len() == 0 {
		return 0, 0
	}
	key := mineKey{runID: e.runID, steps: e.tr.Steps(), set: e.mineAt.set}
	if key != e.mineAt || e.mineScore[1] == 0 {
		ev := e.tr.Network().Evaluate(e.mine, 0)
		e.mineAt, e.mineScore = key, [2]int{int(math.Round(ev.Accuracy * float64(ev.N))), ev.N}
	}
	return e.mineScore[0], e.mineScore[1]
}

func runState(st nn.RunState, running bool) string {
	switch {
	case st == nn.Diverged:
		return RunDiverged
	case st == nn.Finished:
		return RunFinished
	case running:
		return RunTraining
	}
	return RunPaused
}
