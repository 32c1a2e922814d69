package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"digitlab/augment"
)

// Dataset is a set of labelled 28×28 images: Pixels holds Len()·784 bytes
// (0 is background, 255 full ink, row by row), Labels one digit per image.
type Dataset struct {
	Pixels []uint8
	Labels []uint8
}

// Len returns the number of images.
func (d Dataset) Len() int { return len(d.Labels) }

// Image returns the pixels of image i (no copy).
func (d Dataset) Image(i int) []uint8 { return d.Pixels[i*Inputs : (i+1)*Inputs] }

// Head returns the first n images (all if n is larger or ≤ 0).
func (d Dataset) Head(n int) Dataset {
	if n <= 0 || n >= d.Len() {
		return d
	}
	return Dataset{Pixels: d.Pixels[:n*Inputs], Labels: d.Labels[:n]}
}

func (d Dataset) check(name string) error {
	if d.Len() == 0 {
		return fmt.Errorf("nn: %s set is empty", name)
	}
	if len(d.Pixels) != d.Len()*Inputs {
		return fmt.Errorf("nn: %s set has %d pixels for %d labels (want %d)", name, len(d.Pixels), d.Len(), d.Len()*Inputs)
	}
	for i, y := range d.Labels {
		if y >= Classes {
			return fmt.Errorf("nn: %s set: label %d of image %d is not a digit", name, y, i)
		}
	}
	return nil
}

// RunState is where a training run stands.
type RunState int

const (
	// Training: the run can take more steps.
	Training RunState = iota
	// Diverged: the loss or a weight became NaN or infinite; the run stops.
	Diverged
	// Finished: the run completed its epochs, or stopped early (see
	// Config.Patience and Trainer.StoppedReason).
	Finished
)

func (s RunState) String() string {
	switch s {
	case Training:
		return "training"
	case Diverged:
		return "diverged"
	case Finished:
		return "finished"
	}
	return fmt.Sprintf("RunState(%d)", int(s))
}

// FitProbeImages is how many training images (the first ones) each
// evaluation also measures the whole network on (History.Fit): enough to
// tell 99% from 95% (a point is 1,000 images' share, ±0.7 points at 95%),
// and half the page's 2,000 validation images, so an evaluation costs
// half as much again, about 3% of the training between two of them.
const FitProbeImages = 1000

// TrainerOptions schedule the measurements of a run. Zero fields take the
// defaults in their comments.
type TrainerOptions struct {
	// Epochs after which the run is Finished; 0 trains until stopped.
	Epochs int
	// EvalEvery is the number of training samples between evaluations on
	// the validation set; 0 evaluates at the end of each epoch only.
	EvalEvery int
	// ValLimit caps the validation images used by each evaluation (0: all).
	ValLimit int
	// SmoothEvery is the number of batches averaged into one point of the
	// training curve (default 50).
	SmoothEvery int
	// HealthEvery is the number of batches between health probes (default
	// 200); the first probe is taken before the first step.
	HealthEvery int
	// ProbeSize is the number of training images of the fixed health probe
	// batch (default 256).
	ProbeSize int
	// HistoryCap bounds each series of the history (default 1024, even).
	HistoryCap int
	// DrawOne draws an image of a 1 into dst from r, for a config with
	// Ones on (package pad/ones draws them; nn does not draw). NewTrainer
	// refuses such a config without it.
	DrawOne func(r *rand.Rand, dst []uint8)
	// Drawn is the drawn digits a config with Drawn on mixes into its
	// batches (assets.Drawn); NewTrainer refuses such a config without
	// them. The trainer keeps it; the caller must not modify it.
	Drawn Dataset
}

func (o TrainerOptions) withDefaults() TrainerOptions {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.SmoothEvery, 50)
	def(&o.HealthEvery, 200)
	def(&o.ProbeSize, 256)
	def(&o.HistoryCap, 1024)
	o.HistoryCap = max(4, o.HistoryCap&^1)
	return o
}

// Trainer trains a Network on a dataset in bounded steps that its caller
// schedules (Step, RunFor): it never blocks for long, so a frame loop or a
// worker's message loop can interleave it with other work. Everything random
// comes from Config.Seed: the same config, data and options give the same
// history, step for step.
type Trainer struct {
	cfg     Config
	opts    TrainerOptions
	net     *Network
	opt     optimizer[float32]
	train   Dataset
	val     Dataset
	order   []int32
	pos     int
	shuffle *rand.Rand
	labels  []uint8
	// augRng draws the distortions of Config.Augment, from its own stream
	// so that the shuffling is the same with augmentation on or off;
	// augImg holds the distorted image on its way into the input buffer.
	augRng *rand.Rand
	augImg []uint8
	// mine is the user's own digits (SetMine), mixed into the batches
	// while Config.Mine is on: mineRng picks and distorts them, from its
	// own stream of the seed; mineOwed counts batch rows towards the next
	// digit of theirs (one every MineEvery rows).
	mine     Dataset
	mineRng  *rand.Rand
	mineOwed int
	// onesRng draws the drawn 1s of Config.Ones, from their own stream;
	// onesOwed counts batch rows towards the next (one every OnesEvery);
	// oneImg holds a drawn 1 on its way to augmentation.
	onesRng  *rand.Rand
	onesOwed int
	oneImg   []uint8
	// drawnRng picks and distorts the drawn digits of Config.Drawn, from
	// their own stream; drawnOwed counts rows towards the next.
	drawnRng  *rand.Rand
	drawnOwed int

	epoch    int
	steps    int64
	samples  int64
	state    RunState
	diverged string
	busy     time.Duration

	hist        History
	winLoss     float64
	winCorrect  int
	winRows     int
	winBatches  int
	lastEval    int64
	lastValEval Evaluation
	// running sums over the current epoch, and the last completed epoch
	epochLoss    float64
	epochCorrect int
	epochRows    int
	lastEpoch    Point

	probeRows   int
	prevWeights [][]float32
	ratioDue    bool

	// early follows the best validation loss for early stopping.
	early earlyStop
}

// NewTrainer prepares a run of cfg on the first cfg.TrainSize images of
// train, evaluating on val. It returns an error for an invalid config, a
// config that asks for more images than train has, or malformed data.
func NewTrainer(cfg Config, train, val Dataset, opts TrainerOptions) (*Trainer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("nn: %w", err)
	}
	if err := train.check("training"); err != nil {
		return nil, err
	}
	if err := val.check("validation"); err != nil {
		return nil, err
	}
	if cfg.TrainSize > train.Len() {
		return nil, fmt.Errorf("nn: %w", &FieldError{Field: keyTrain, Value: fmt.Sprint(cfg.TrainSize),
			Msg: fmt.Sprintf("this data has %d training images", train.Len())})
	}
	if err := opts.canDraw(cfg); err != nil {
		return nil, err
	}
	if err := opts.canMixDrawn(cfg); err != nil {
		return nil, err
	}
	if opts.Drawn.Len() > 0 {
		if err := opts.Drawn.check("the drawn digits'"); err != nil {
			return nil, err
		}
	}
	opts = opts.withDefaults()
	cfg = cfg.Clone()
	probe := min(opts.ProbeSize, cfg.TrainSize)
	net, err := NewNet[float32](cfg, max(cfg.BatchSize, probe))
	if err != nil {
		return nil, err
	}
	t := &Trainer{
		cfg: cfg, opts: opts, net: net,
		opt:       newOptimizer(cfg, net.params),
		train:     train.Head(cfg.TrainSize),
		val:       val,
		order:     make([]int32, cfg.TrainSize),
		shuffle:   newRand(cfg.Seed, streamShuffle),
		augRng:    newRand(cfg.Seed, streamAugment),
		augImg:    make([]uint8, Inputs),
		mineRng:   newRand(cfg.Seed, streamMine),
		onesRng:   newRand(cfg.Seed, streamOnes),
		drawnRng:  newRand(cfg.Seed, streamDrawn),
		oneImg:    make([]uint8, Inputs),
		labels:    make([]uint8, max(cfg.BatchSize, probe)),
		hist:      newHistory(opts.HistoryCap, opts.SmoothEvery),
		probeRows: probe,
	}
	for i := range t.order {
		t.order[i] = int32(i)
	}
	t.shuffleOrder()
	for _, d := range net.dense {
		t.prevWeights = append(t.prevWeights, make([]float32, len(d.w.data)))
	}
	for _, c := range net.convs {
		t.prevWeights = append(t.prevWeights, make([]float32, len(c.w.data)))
	}
	t.probe()
	return t, nil
}

func (t *Trainer) shuffleOrder() {
	t.shuffle.Shuffle(len(t.order), func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
}

// Network returns the network being trained. It must not be used while the
// trainer steps (it shares the trainer's goroutine).
func (t *Trainer) Network() *Network { return t.net }

// Config returns a copy of the run's config (with any live changes).
func (t *Trainer) Config() Config { return t.cfg.Clone() }

// State returns where the run stands.
func (t *Trainer) State() RunState { return t.state }

// DivergedReason says what diverged and at which step, or "".
func (t *Trainer) DivergedReason() string { return t.diverged }

// History returns the record of the run (shared: Clone it to keep it).
func (t *Trainer) History() *History { return &t.hist }

// Epoch returns the number of completed epochs.
func (t *Trainer) Epoch() int { return t.epoch }

// EpochFraction returns how far the current epoch has gone, 0..1.
func (t *Trainer) EpochFraction() float64 { return float64(t.pos) / float64(len(t.order)) }

// Epochs returns the epochs done, the current one's fraction included: a
// run that mixes rows into its batches sees more samples an epoch than it
// has training images, so Samples/TrainSize is not this.
func (t *Trainer) Epochs() float64 { return float64(t.epoch) + t.EpochFraction() }

// Steps returns the number of batches trained.
func (t *Trainer) Steps() int64 { return t.steps }

// Samples returns the number of training images seen.
func (t *Trainer) Samples() int64 { return t.samples }

// Busy returns the time spent inside Step and RunFor.
func (t *Trainer) Busy() time.Duration { return t.busy }

// LastEpoch returns the mean training loss and accuracy over the last
// completed epoch (as Keras reports them: with dropout on, during the epoch's
// updates), or a zero Point before the first epoch ends.
func (t *Trainer) LastEpoch() Point { return t.lastEpoch }

// LastEval returns the latest evaluation on the validation set.
func (t *Trainer) LastEval() Evaluation { return t.lastValEval }

// CanChangeLive reports whether a run of from can switch to config to
// without starting over: only keys marked Live in the key table differ.
func CanChangeLive(from, to Config) bool {
	for _, k := range keyTable {
		if !k.Live && k.format(&from) != k.format(&to) {
			return false
		}
	}
	return true
}

// SetLive applies a config that CanChangeLive accepts to the running
// network; any other change returns an error and changes nothing.
func (t *Trainer) SetLive(cfg Config) error {
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("nn: %w", err)
	}
	if !CanChangeLive(t.cfg, cfg) {
		return fmt.Errorf("nn: %v cannot change during a run; start a new run", t.cfg.Layers())
	}
	if err := t.opts.canDraw(cfg); err != nil {
		return err
	}
	if err := t.opts.canMixDrawn(cfg); err != nil {
		return err
	}
	t.cfg = cfg.Clone()
	t.net.setDropout(cfg.Dropout)
	if m, ok := t.opt.(*momentum[float32]); ok {
		m.mu = cfg.Momentum
	}
	return nil
}

// RunFor trains batches until budget has elapsed (at least one batch, at
// most maxBatches if maxBatches > 0), or the run stops. It returns the
// number of batches trained.
func (t *Trainer) RunFor(budget time.Duration, maxBatches int) int {
	start := time.Now()
	done := 0
	for t.state == Training && (maxBatches <= 0 || done < maxBatches) {
		t.step()
		done++
		if time.Since(start) >= budget {
			break
		}
	}
	t.busy += time.Since(start)
	return done
}

// Step trains up to n batches and returns how many it trained (fewer when
// the run stops).
func (t *Trainer) Step(n int) int {
	start := time.Now()
	done := 0
	for ; done < n && t.state == Training; done++ {
		t.step()
	}
	t.busy += time.Since(start)
	return done
}

// step trains one batch: gather, forward, loss, backward, update. The batch
// is cut short at the end of an epoch, so every image is seen once per
// epoch.
func (t *Trainer) step() {
	rows, mine, ones, drawn := t.batchRows()
	for r := 0; r < rows; r++ {
		i := int(t.order[t.pos+r])
		img := t.train.Image(i)
		if t.cfg.Augment != augment.Off {
			augment.Apply(t.augImg, img, t.cfg.Augment, t.augRng)
			img = t.augImg
		}
		t.net.loadPixels(r, img)
		t.labels[r] = t.train.Labels[i]
	}
	t.pos += rows
	for r := rows; r < rows+mine; r++ {
		t.loadMine(r)
	}
	rows += mine
	for r := rows; r < rows+ones; r++ {
		t.loadOne(r)
	}
	rows += ones
	for r := rows; r < rows+drawn; r++ {
		t.loadDrawn(r)
	}
	rows += drawn
	t.net.forward(rows, true)
	loss, correct := t.net.lossGrad(t.labels, rows)
	t.steps++
	t.samples += int64(rows)
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		t.diverge(fmt.Sprintf("loss became %v at step %d", loss, t.steps))
		return
	}
	t.net.backward(rows)
	clipGradients(t.net.params, t.cfg.Clip)
	sum := t.opt.update(t.net.params, t.cfg.LearningRate, t.cfg.L2)
	if s := float64(sum); math.IsNaN(s) || math.IsInf(s, 0) {
		t.diverge(fmt.Sprintf("weights became %v at step %d", s, t.steps))
		return
	}
	if t.ratioDue {
		t.measureUpdateRatio()
	}

	t.epochLoss += loss * float64(rows)
	t.epochCorrect += correct
	t.epochRows += rows
	t.winLoss += loss * float64(rows)
	t.winCorrect += correct
	t.winRows += rows
	t.winBatches++
	if t.winBatches >= t.hist.TrainWindow {
		t.flushWindow()
	}
	if t.steps%int64(t.opts.HealthEvery) == 0 {
		t.probe()
	}
	endOfEpoch := t.pos == len(t.order)
	if t.opts.EvalEvery > 0 && !endOfEpoch && t.samples-t.lastEval >= int64(t.opts.EvalEvery) {
		t.evaluate(t.opts.ValLimit)
		if t.state == Training && t.early.observe(t.net, t.lastValEval.Loss, t.cfg.Patience) {
			t.stopEarly()
			return
		}
	}
	if endOfEpoch {
		t.epoch++
		t.pos = 0
		t.lastEpoch = Point{Samples: t.samples, Loss: t.epochLoss / float64(t.epochRows), Acc: float64(t.epochCorrect) / float64(t.epochRows)}.finite()
		t.epochLoss, t.epochCorrect, t.epochRows = 0, 0, 0
		t.shuffleOrder()
		t.flushWindow()
		t.evaluate(t.opts.ValLimit)
		if t.state == Training && t.early.observe(t.net, t.lastValEval.Loss, t.cfg.Patience) {
			t.stopEarly()
			return
		}
		if t.state == Training && t.opts.Epochs > 0 && t.epoch >= t.opts.Epochs {
			t.state = Finished
		}
	}
}

func (t *Trainer) diverge(why string) {
	t.state = Diverged
	t.diverged = why
	t.flushWindow()
}

// flushWindow closes the current smoothing window as one training point.
func (t *Trainer) flushWindow() {
	if t.winRows == 0 {
		return
	}
	t.hist.addTrain(Point{Samples: t.samples, Loss: t.winLoss / float64(t.winRows), Acc: float64(t.winCorrect) / float64(t.winRows)})
	t.winLoss, t.winCorrect, t.winRows, t.winBatches = 0, 0, 0, 0
}

// evaluate measures the validation set. A non-finite validation loss ends
// the run as Diverged even while the training loss is still finite: on a
// small training set the weights can grow until the logits of unseen images
// overflow before those of the training batches do. The stored evaluation
// keeps the history's rule (an overflow reads as math.MaxFloat64), so that
// nothing downstream meets a NaN.
func (t *Trainer) evaluate(limit int) {
	ev := t.net.Evaluate(t.val, limit)
	bad := math.IsNaN(ev.Loss) || math.IsInf(ev.Loss, 0)
	ev.Loss = finiteOr(ev.Loss)
	t.lastValEval = ev
	t.lastEval = t.samples
	if !bad { // an overflowed point would only flatten the curves; the reason says it
		t.hist.addVal(Point{Samples: t.samples, Loss: ev.Loss, Acc: ev.Accuracy})
		if fit := t.net.Evaluate(t.train, FitProbeImages); !math.IsNaN(fit.Loss) && !math.IsInf(fit.Loss, 0) {
			t.hist.addFit(Point{Samples: t.samples, Loss: fit.Loss, Acc: fit.Accuracy})
		}
	}
	if bad && t.state == Training {
		t.diverge(fmt.Sprintf("validation loss became non-finite at step %d (training loss still finite)", t.steps))
	}
}

// Evaluate runs the network in evaluation mode (no dropout) on the first
// limit images of d (all if limit ≤ 0) and returns the mean loss, the
// accuracy and the confusion matrix.
func (t *Trainer) Evaluate(d Dataset, limit int) Evaluation { return t.net.Evaluate(d, limit) }
