package nn

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// runPreset trains a preset changed by the query extra on real MNIST for
// at most epochs epochs (or until it stops) and returns the trainer.
func runPreset(t *testing.T, preset, extra string, epochs, trainSize int) *Trainer {
	t.Helper()
	train, test := realMNIST(t)
	cfg, err := ParseConfig("preset=" + preset + extra)
	if err != nil {
		t.Fatal(err)
	}
	if trainSize > 0 {
		cfg.TrainSize = trainSize
	}
	tr, err := NewTrainer(cfg, train, test.Head(2000), TrainerOptions{Epochs: epochs})
	if err != nil {
		t.Fatal(err)
	}
	for tr.State() == Training {
		tr.Step(50)
	}
	return tr
}

// Clipping the gradient's global norm turns the diverging preset (plain
// SGD at a learning rate of 3 on linear units) into a run that learns.
func TestClipRescuesDivergence(t *testing.T) {
	for _, tc := range []struct {
		extra  string
		state  RunState
		minAcc float64
	}{
		{"", Diverged, 0},
		{"&clip=0.1", Finished, 0.8},
	} {
		tr := runPreset(t, "fail-diverge", tc.extra, 1, 5000)
		ev := tr.LastEval()
		t.Logf("fail-diverge%s: %v, validation loss %.4g, accuracy %.3f %s", tc.extra, tr.State(), ev.Loss, ev.Accuracy, tr.DivergedReason())
		if tr.State() != tc.state {
			t.Errorf("fail-diverge%s ends %v, want %v (%s)", tc.extra, tr.State(), tc.state, tr.DivergedReason())
		}
		if tc.state == Finished && (math.IsNaN(ev.Loss) || ev.Accuracy < tc.minAcc) {
			t.Errorf("fail-diverge%s: validation loss %v, accuracy %.3f, want at least %.2f", tc.extra, ev.Loss, ev.Accuracy, tc.minAcc)
		}
	}
}

// clipGradients scales a gradient longer than the limit to exactly the
// limit, in its own direction, and leaves a shorter one (or any, with the
// limit off) alone.
func TestClipGradients(t *testing.T) {
	for _, tc := range []struct {
		limit, wantNorm float64
	}{
		{0, 13}, {20, 13}, {13, 13}, {6.5, 6.5}, {1, 1},
	} {
		a := &param[float64]{grad: []float64{3, 4}}
		b := &param[float64]{grad: []float64{12}}
		clipGradients([]*param[float64]{a, b}, tc.limit)
		got := math.Sqrt(a.grad[0]*a.grad[0] + a.grad[1]*a.grad[1] + b.grad[0]*b.grad[0])
		if math.Abs(got-tc.wantNorm) > 1e-12 || math.Abs(a.grad[0]/b.grad[0]-0.25) > 1e-12 {
			t.Errorf("clip %v: gradient %v %v, norm %v, want norm %v in the same direction", tc.limit, a.grad, b.grad, got, tc.wantNorm)
		}
	}
}

// Early stopping ends the overfitting preset well before its last epoch,
// as Finished with a reason, and leaves the network with the weights of
// its best evaluation: the last validation loss is the lowest of the run,
// and evaluating the network again gives it.
func TestEarlyStopKeepsTheBestWeights(t *testing.T) {
	p, err := LookupPreset("fail-overfit")
	if err != nil {
		t.Fatal(err)
	}
	for _, patience := range []int{3} {
		extra := "&patience=" + formatFloat(float64(patience))
		tr := runPreset(t, "fail-overfit", extra, p.Epochs, 0)
		val := tr.History().Val
		best := math.Inf(1)
		for _, v := range val[:len(val)-1] {
			best = math.Min(best, v.Loss)
		}
		last := val[len(val)-1].Loss
		t.Logf("patience %d: %v after %d epochs, last validation loss %.4f, best before it %.4f; %s", patience, tr.State(), tr.Epoch(), last, best, tr.StoppedReason())
		if tr.State() != Finished {
			t.Fatalf("patience %d: run ends %v", patience, tr.State())
		}
		if tr.Epoch() >= p.Epochs || !strings.Contains(tr.StoppedReason(), "did not improve") {
			t.Errorf("patience %d: stopped after %d of %d epochs, reason %q", patience, tr.Epoch(), p.Epochs, tr.StoppedReason())
		}
		if last != best || tr.LastEval().Loss != best {
			t.Errorf("patience %d: last validation loss %v, LastEval %v, best %v", patience, last, tr.LastEval().Loss, best)
		}
		_, test := realMNIST(t)
		if again := tr.Evaluate(test.Head(2000), 0).Loss; again != best {
			t.Errorf("patience %d: the network's weights give %v, the best evaluation %v", patience, again, best)
		}
	}
}

// Batch normalization lets the vanishing-gradient preset (four sigmoid
// layers with tiny initial weights and plain SGD) learn in the budget
// where it barely moves without.
func TestBatchNormRescuesDeepSigmoid(t *testing.T) {
	acc := map[string]float64{}
	for _, extra := range []string{"", "&bn=1"} {
		tr := runPreset(t, "fail-deep-sigmoid", extra, 1, 0)
		acc[extra] = tr.LastEval().Accuracy
		t.Logf("fail-deep-sigmoid%s: validation accuracy %.3f after one epoch", extra, acc[extra])
	}
	if acc[""] > 0.3 || acc["&bn=1"] < 0.5 {
		t.Errorf("accuracy %.3f without batch normalization, %.3f with: want under 0.3 and over 0.5", acc[""], acc["&bn=1"])
	}
}

// TestGradientCheckBatchNorm checks batch normalization after convolutions
// and hidden layers: in training mode through the batch's statistics, and
// in evaluation mode through random running statistics.
func TestGradientCheckBatchNorm(t *testing.T) {
	for _, tc := range []struct {
		query string
		train bool
	}{
		{"hidden=9x8&act=sigmoid&bn=1", true},
		{"hidden=9x8&act=tanh&bn=1&l2=0.01", false},
		{"conv=3c3-p2-4c3s-p2&hidden=8&act=relu&bn=1", true},
		{"conv=3c3-p2-4c3s-p2&hidden=none&act=elu&bn=1", false},
	} {
		name := tc.query + map[bool]string{true: "/train", false: "/eval"}[tc.train]
		t.Run(name, func(t *testing.T) {
			cfg, err := ParseConfig(tc.query + "&init=he-normal")
			if err != nil {
				t.Fatal(err)
			}
			checkGradientsMode(t, cfg, patchyInput, 60, tc.train, func(n *Net[float64], rng *rand.Rand) {
				if len(n.norms) == 0 {
					t.Fatal("no batch normalization in the network")
				}
				for _, b := range n.norms {
					for c := range b.runMean {
						b.runMean[c] = 0.2 * rng.NormFloat64()
						b.runVar[c] = 0.5 + rng.Float64()
					}
				}
			})
		})
	}
}

// In evaluation mode an image's prediction does not depend on the other
// images of its batch (running statistics), while in training mode it
// does (the batch's); and the running statistics travel with the weights.
func TestBatchNormEvaluationUsesRunningStatistics(t *testing.T) {
	cfg, err := ParseConfig("conv=4c3-p2&hidden=16&bn=1&batch=8&train=1000")
	if err != nil {
		t.Fatal(err)
	}
	tr := newSynthTrainer(t, cfg, TrainerOptions{})
	tr.Step(30)
	n := tr.Network()
	data := synthData(8, 5)
	logits := func(rows int, train bool) []float32 {
		for r := range rows {
			n.loadPixels(r, data.Image(r))
		}
		n.forward(rows, train)
		return append([]float32(nil), n.acts[len(n.layers)][:Classes]...)
	}
	alone, batched := logits(1, false), logits(8, false)
	trainAlone, trainBatched := logits(2, true), logits(8, true)
	for j := range alone {
		if alone[j] != batched[j] {
			t.Fatalf("evaluation: logits of image 0 alone %v, in a batch %v", alone, batched)
		}
	}
	same := true
	for j := range trainAlone {
		same = same && trainAlone[j] == trainBatched[j]
	}
	if same {
		t.Errorf("training mode: logits of image 0 do not depend on the batch: %v", trainAlone)
	}
	copyNet, err := NewNetwork(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := copyNet.SetWeights(n.AppendWeights(nil)); err != nil {
		t.Fatal(err)
	}
	img, p1, p2 := make([]float32, Inputs), make([]float32, Classes), make([]float32, Classes)
	for i, v := range data.Image(3) {
		img[i] = float32(v) / 255
	}
	n.Predict(img, p1)
	copyNet.Predict(img, p2)
	for j := range p1 {
		if p1[j] != p2[j] {
			t.Fatalf("a network loaded with the weights predicts %v, the original %v", p2, p1)
		}
	}
	if moved := n.norms[0].runMean[0] != 0 || n.norms[0].runVar[0] != 1; !moved {
		t.Errorf("the running statistics did not move in 30 steps")
	}
}

// bn=1 with one image per update is refused whichever key comes last,
// with a message that names the pair.
func TestBatchNormNeedsTwoRows(t *testing.T) {
	for _, q := range []string{"bn=1&batch=1", "batch=1&bn=1"} {
		_, err := ParseConfig(q)
		var fe *FieldError
		if !errors.As(err, &fe) || !strings.Contains(fe.Msg, "batch normalization needs at least 2") {
			t.Errorf("ParseConfig(%q) = %v", q, err)
		}
	}
	if _, err := ParseConfig("bn=1&batch=2"); err != nil {
		t.Errorf("bn=1&batch=2: %v", err)
	}
}

// The remedies are left out of the compact string while off, so configs
// without them keep their strings and links; on, they are written.
func TestRemedyKeysInTheString(t *testing.T) {
	for _, tc := range []struct {
		query, want string
	}{
		{"bn=0&clip=0&patience=0", DefaultConfig().String()},
		{"bn=1&clip=2.5&patience=4", "hidden=128&act=relu&init=glorot-uniform&bn=1&dropout=0&opt=adam&lr=0.001&momentum=0.9&nesterov=0&l2=0&clip=2.5&batch=32&train=20000&patience=4&seed=1"},
	} {
		c, err := ParseConfig(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.String(); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.query, got, tc.want)
		}
	}
}

// A training step with every remedy on allocates nothing.
func TestRemediesDoNotAllocate(t *testing.T) {
	for _, q := range []string{"hidden=32&bn=1&clip=1&patience=2&train=1000", "conv=4c3-p2&hidden=none&bn=1&dropout=0.1&train=1000"} {
		cfg, err := ParseConfig(q)
		if err != nil {
			t.Fatal(err)
		}
		tr := newSynthTrainer(t, cfg, TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20, EvalEvery: 1 << 30})
		if allocs := testing.AllocsPerRun(20, func() { tr.step() }); allocs != 0 {
			t.Errorf("%s: %v allocations per training step", q, allocs)
		}
	}
}
