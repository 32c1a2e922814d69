package nn

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"digitlab/augment"
)

func newSynthTrainer(t testing.TB, cfg Config, opts TrainerOptions) *Trainer {
	t.Helper()
	data := synthData(2000, 1)
	tr, err := NewTrainer(cfg, data, synthData(500, 2), opts)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func smallConfig() Config {
	c := DefaultConfig()
	c.Hidden = []int{32}
	c.TrainSize = 1000
	return c
}

func historyJSON(t *testing.T, tr *Trainer) string {
	data, err := json.Marshal(tr.History())
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestSameSeedSameHistory(t *testing.T) {
	for _, change := range []func(*Config){
		func(c *Config) {},
		func(c *Config) { c.Dropout = 0.3; c.Activation = ActELU },
		func(c *Config) { c.Optimizer = OptMomentum; c.Nesterov = true; c.LearningRate = 0.05 },
		func(c *Config) { c.Augment = augment.Strong },
	} {
		cfg := smallConfig()
		change(&cfg)
		opts := TrainerOptions{SmoothEvery: 5, HealthEvery: 20, EvalEvery: 300}
		a, b := newSynthTrainer(t, cfg, opts), newSynthTrainer(t, cfg, opts)
		a.Step(80)
		b.Step(40)
		b.Step(40)
		if ha, hb := historyJSON(t, a), historyJSON(t, b); ha != hb {
			t.Errorf("%v: same seed, different histories", cfg)
		}
		if len(a.History().Train) == 0 || len(a.History().Val) == 0 || len(a.History().Health) < 2 {
			t.Fatalf("history not recorded: %+v", a.History())
		}
		cfg.Seed++
		c := newSynthTrainer(t, cfg, opts)
		c.Step(80)
		if historyJSON(t, a) == historyJSON(t, c) {
			t.Errorf("%v: different seeds gave the same history", cfg)
		}
	}
}

func TestTrainingLearnsAndEpochsEnd(t *testing.T) {
	cfg := smallConfig()
	tr := newSynthTrainer(t, cfg, TrainerOptions{Epochs: 2})
	for tr.State() == Training {
		tr.Step(10)
	}
	if tr.State() != Finished || tr.Epoch() != 2 {
		t.Fatalf("state %v after %d epochs", tr.State(), tr.Epoch())
	}
	if want := int64(2 * cfg.TrainSize); tr.Samples() != want {
		t.Errorf("saw %d samples in 2 epochs of %d", tr.Samples(), cfg.TrainSize)
	}
	e := tr.LastEval()
	if e.Accuracy < 0.8 {
		t.Errorf("validation accuracy %.3f after 2 epochs on easy data", e.Accuracy)
	}
	total := 0
	for _, row := range e.Confusion {
		for _, v := range row {
			total += v
		}
	}
	if total != e.N || e.N != 500 {
		t.Errorf("confusion matrix counts %d of %d images", total, e.N)
	}
	if n := tr.Step(5); n != 0 {
		t.Errorf("a finished run trained %d more batches", n)
	}
}

// TestFitProbe: each evaluation also measures the whole network on the
// first FitProbeImages training images as they are, at the same sample
// count: under dropout and strong augmentation, where the training curve
// measures thinned networks on distorted images, it reads them as the
// network does, well above that curve once it has learned.
func TestFitProbe(t *testing.T) {
	cfg := smallConfig()
	cfg.Dropout, cfg.Augment = 0.5, augment.Strong
	tr := newSynthTrainer(t, cfg, TrainerOptions{Epochs: 3})
	for tr.State() == Training {
		tr.Step(10)
	}
	h := tr.History()
	if len(h.Fit) != len(h.Val) || len(h.Fit) == 0 {
		t.Fatalf("%d fit points beside %d validation points", len(h.Fit), len(h.Val))
	}
	for i, p := range h.Fit {
		if p.Samples != h.Val[i].Samples {
			t.Errorf("fit point %d at %d samples, validation at %d", i, p.Samples, h.Val[i].Samples)
		}
	}
	whole := tr.Evaluate(tr.train, FitProbeImages)
	if last := h.Fit[len(h.Fit)-1]; last.Acc != whole.Accuracy || last.Loss != finiteOr(whole.Loss) {
		t.Errorf("last fit point %+v, the network reads %.4f (loss %.4f) of the first training images", last, whole.Accuracy, whole.Loss)
	}
	if fit, curve := h.Fit[len(h.Fit)-1].Acc, tr.LastEpoch().Acc; fit <= curve {
		t.Errorf("the whole network reads %.3f of its training images, the curve of thinned networks on distorted images %.3f", fit, curve)
	}
}

func TestDivergenceStopsWithTheStep(t *testing.T) {
	cfg := smallConfig()
	cfg.Init, cfg.Activation, cfg.Optimizer, cfg.LearningRate = InitNormal1, ActLinear, OptSGD, 10
	tr := newSynthTrainer(t, cfg, TrainerOptions{})
	tr.Step(500)
	if tr.State() != Diverged {
		t.Fatalf("lr 10 with N(0,1) weights did not diverge: %v, loss %v", tr.State(), tr.History().Train)
	}
	if tr.DivergedReason() == "" || tr.Steps() >= 500 {
		t.Errorf("reason %q after %d steps", tr.DivergedReason(), tr.Steps())
	}
	steps := tr.Steps()
	if tr.Step(10) != 0 || tr.Steps() != steps {
		t.Error("a diverged run kept training")
	}
	for _, p := range tr.History().Train {
		if math.IsNaN(p.Loss) || math.IsInf(p.Loss, 0) {
			t.Errorf("a non-finite loss reached the history: %v", p)
		}
	}
}

func TestHistoryIsBounded(t *testing.T) {
	cfg := smallConfig()
	cfg.BatchSize = 8
	tr := newSynthTrainer(t, cfg, TrainerOptions{SmoothEvery: 1, HealthEvery: 1, EvalEvery: 50, ValLimit: 10, HistoryCap: 16})
	tr.Step(400)
	h := tr.History()
	if len(h.Train) > 16 || len(h.Val) > 16 || len(h.Fit) > 16 || len(h.Health) > 16 {
		t.Fatalf("history grew past its cap: %d %d %d %d", len(h.Train), len(h.Val), len(h.Fit), len(h.Health))
	}
	if h.TrainWindow < 16 {
		t.Errorf("window %d did not grow as points merged", h.TrainWindow)
	}
	// The merged curve still spans the whole run.
	if last := h.Train[len(h.Train)-1].Samples; last < int64(400*8-h.TrainWindow*8) {
		t.Errorf("last point at %d samples of %d", last, 400*8)
	}
	for i := 1; i < len(h.Train); i++ {
		if h.Train[i].Samples <= h.Train[i-1].Samples {
			t.Fatalf("training curve not increasing at %d: %v", i, h.Train)
		}
	}
}

func TestHealthSeesDeadAndIdenticalUnits(t *testing.T) {
	tests := []struct {
		name            string
		change          func(*Config)
		dead, identical bool
	}{
		{"healthy", func(c *Config) {}, false, false},
		{"zeros", func(c *Config) { c.Init = InitZeros }, true, true},
	}
	for _, tt := range tests {
		cfg := smallConfig()
		tt.change(&cfg)
		tr := newSynthTrainer(t, cfg, TrainerOptions{})
		h := tr.History().Health[0].Layers[0]
		if (h.Dead > 0.9) != tt.dead || (h.Identical > 0.9) != tt.identical {
			t.Errorf("%s: dead %.2f identical %.2f", tt.name, h.Dead, h.Identical)
		}
		if tt.name == "healthy" && (h.GradNorm == 0 || h.WeightStd == 0) {
			t.Errorf("healthy layer has gradient norm %v and weight std %v", h.GradNorm, h.WeightStd)
		}
		tr.Step(1)
		ratio := tr.History().Health[0].Layers[1].UpdateRatio
		if tt.name == "healthy" && !(ratio > 1e-5 && ratio < 1) {
			t.Errorf("update ratio %v", ratio)
		}
	}
}

func TestSetLive(t *testing.T) {
	cfg := smallConfig()
	tr := newSynthTrainer(t, cfg, TrainerOptions{})
	live := cfg.Clone()
	live.LearningRate, live.Dropout, live.L2 = 0.01, 0.5, 1e-4
	if err := tr.SetLive(live); err != nil {
		t.Fatal(err)
	}
	if !tr.Config().Equal(live) {
		t.Errorf("config %v, want %v", tr.Config(), live)
	}
	shape := live.Clone()
	shape.Hidden = []int{64}
	if err := tr.SetLive(shape); err == nil {
		t.Error("a shape change was applied live")
	}
	bad := live.Clone()
	bad.LearningRate = -1
	if err := tr.SetLive(bad); err == nil {
		t.Error("an invalid learning rate was accepted")
	}
}

func TestTrainerRejectsBadInput(t *testing.T) {
	data := synthData(200, 1)
	cfg := DefaultConfig()
	cfg.TrainSize = 5000
	if _, err := NewTrainer(cfg, data, data, TrainerOptions{}); err == nil {
		t.Error("asked for 5000 of 200 images and got no error")
	}
	broken := Dataset{Pixels: data.Pixels[:100], Labels: data.Labels}
	cfg.TrainSize = 100
	if _, err := NewTrainer(cfg, broken, data, TrainerOptions{}); err == nil {
		t.Error("mismatched pixels and labels accepted")
	}
}

func TestStepAndPredictDoNotAllocate(t *testing.T) {
	for i, opt := range Optimizers {
		cfg := smallConfig()
		cfg.Optimizer, cfg.Dropout, cfg.L2 = opt, 0.2, 1e-4
		cfg.Augment = augment.Level(i % int(augment.MaxLevel+1))
		tr := newSynthTrainer(t, cfg, TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20})
		if allocs := testing.AllocsPerRun(20, func() { tr.step() }); allocs != 0 {
			t.Errorf("%s: %v allocations per training step", opt, allocs)
		}
	}
	n, _ := NewNetwork(DefaultConfig())
	img, probs := make([]float32, Inputs), make([]float32, Classes)
	img[300] = 1
	if allocs := testing.AllocsPerRun(20, func() { n.Predict(img, probs) }); allocs != 0 {
		t.Errorf("%v allocations per prediction", allocs)
	}
	var sum float32
	for _, p := range probs {
		sum += p
	}
	if math.Abs(float64(sum)-1) > 1e-5 {
		t.Errorf("probabilities sum to %v", sum)
	}
}

// A run ends Diverged, with the step, as soon as any loss it measures
// (training batch, validation, health probe) stops being finite, and
// everything it reports still encodes as JSON. The first row is a run whose
// validation loss overflows while the training loss is still finite (a
// training set smaller than the batch).
func TestNonFiniteEndsDiverged(t *testing.T) {
	train, val := realMNIST(t)
	cases := []string{
		"hidden=30x37x31&act=leaky-relu&init=glorot-uniform&opt=sgd&lr=9.76&batch=877&train=144&seed=651131805",
		"hidden=30x37x31&act=leaky-relu&init=glorot-uniform&opt=sgd&lr=9.76&batch=877&train=1000&seed=651131805",
		"hidden=8x8&act=linear&init=normal-1&opt=momentum&lr=10&batch=1&train=100&seed=9",
	}
	for _, c := range cases {
		cfg, err := ParseConfig(c)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := NewTrainer(cfg, train, val, TrainerOptions{Epochs: 50, EvalEvery: 100, ValLimit: 500})
		if err != nil {
			t.Fatal(err)
		}
		for tr.State() == Training {
			tr.Step(1)
			if _, err := json.Marshal(struct {
				H  History
				E  Evaluation
				P  Point
				Ms [MaxMistakes]Mistake
			}{*tr.History(), tr.LastEval(), tr.LastEpoch(), tr.LastEval().Mistakes}); err != nil {
				t.Fatalf("%s at step %d: %v", c, tr.Steps(), err)
			}
		}
		if tr.State() != Diverged || !strings.Contains(tr.DivergedReason(), fmt.Sprintf("step %d", tr.Steps())) {
			t.Errorf("%s: %v after %d steps, reason %q", c, tr.State(), tr.Steps(), tr.DivergedReason())
		}
	}
}

// Augmentation has a stream of its own: it leaves the order of the images
// alone (so a run with it off is the run without the key), it changes what
// the network learns, and switching it on live at step k gives the same
// weights every time, and at step 0 the same as starting with it on.
func TestAugmentStream(t *testing.T) {
	const steps = 40 // more than one epoch of smallConfig at batch 32
	run := func(start augment.Level, switchAt int, to augment.Level) *Trainer {
		cfg := smallConfig()
		cfg.Augment = start
		tr := newSynthTrainer(t, cfg, TrainerOptions{})
		tr.Step(switchAt)
		live := cfg.Clone()
		live.Augment = to
		if err := tr.SetLive(live); err != nil {
			t.Fatal(err)
		}
		tr.Step(steps - switchAt)
		return tr
	}
	weights := func(tr *Trainer) []float32 { return tr.Network().AppendWeights(nil) }
	off, strong := run(augment.Off, 0, augment.Off), run(augment.Strong, 0, augment.Strong)
	if !slices.Equal(off.order, strong.order) {
		t.Error("augmentation changed the order of the images")
	}
	if slices.Equal(weights(off), weights(strong)) {
		t.Error("augment=strong trained the same weights as augment=off")
	}
	for _, tc := range []struct {
		name string
		a, b *Trainer
		same bool
	}{
		{"on from the start = switched on at step 0", run(augment.Light, 0, augment.Light), run(augment.Off, 0, augment.Light), true},
		{"switched at step 10, twice", run(augment.Off, 10, augment.Light), run(augment.Off, 10, augment.Light), true},
		{"switched at step 10 vs at step 0", run(augment.Off, 10, augment.Light), run(augment.Off, 0, augment.Light), false},
		{"light vs strong", run(augment.Light, 0, augment.Light), strong, false},
	} {
		if got := slices.Equal(weights(tc.a), weights(tc.b)); got != tc.same {
			t.Errorf("%s: same weights %v, want %v", tc.name, got, tc.same)
		}
	}
}
