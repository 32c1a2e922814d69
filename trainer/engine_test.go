package trainer

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"digitlab/nn"
)

// testData is a small learnable MNIST-like set: one blob of ink per class.
func testData(n int, seed uint64) nn.Dataset {
	rng := rand.New(rand.NewPCG(seed, 1))
	d := nn.Dataset{Pixels: make([]uint8, n*nn.Inputs), Labels: make([]uint8, n)}
	for i := 0; i < n; i++ {
		y := i % nn.Classes
		d.Labels[i] = uint8(y)
		cx, cy := 4+5*(y%5), 7+12*(y/5)
		for k := 0; k < 60; k++ {
			x, yy := cx+rng.IntN(4), cy+rng.IntN(6)
			d.Pixels[i*nn.Inputs+yy*28+x] = 255
		}
	}
	return d
}

func smallConfig() string { return "hidden=16&train=500&batch=16" }

func newTestEngine() *Engine {
	return NewEngine(Data{Train: testData(500, 1), Val: testData(200, 2)}, Options{Epochs: 3, Trainer: nn.TrainerOptions{EvalEvery: 100}})
}

func TestEngineCommands(t *testing.T) {
	e := newTestEngine()
	if s := e.Snapshot(false, nil); s.Run != RunLoading {
		t.Fatalf("before a run: %q", s.Run)
	}
	steps := []struct {
		cmd     Command
		wantRun string
		wantErr string
	}{
		{Command{Op: OpStart, Config: "act=swish"}, RunLoading, "act=swish"},
		{Command{Op: OpStart, Config: smallConfig()}, RunPaused, ""},
		{Command{Op: OpStep}, RunPaused, ""},
		{Command{Op: OpTrain, On: true}, RunTraining, ""},
		{Command{Op: OpLive, Config: smallConfig() + "&lr=0.01"}, RunTraining, ""},
		{Command{Op: OpTrain, On: false}, RunPaused, ""},
		{Command{Op: "fly"}, RunPaused, "unknown command"},
	}
	for _, s := range steps {
		err := e.Handle(s.cmd)
		snap := e.Snapshot(true, nil)
		if snap.Run != s.wantRun {
			t.Errorf("%+v: run %q, want %q", s.cmd, snap.Run, s.wantRun)
		}
		if (err != nil) != (s.wantErr != "") || (err != nil && !strings.Contains(err.Error(), s.wantErr)) || snap.Error != errText(err) {
			t.Errorf("%+v: error %v (snapshot %q), want %q", s.cmd, err, snap.Error, s.wantErr)
		}
	}
	snap := e.Snapshot(true, nil)
	if snap.Steps != 1 || !strings.Contains(snap.Config, "lr=0.01") {
		t.Errorf("after one step and a live change: steps %d config %s", snap.Steps, snap.Config)
	}
	if len(snap.Weights) != 784*16+16+16*10+10 || snap.WeightsStep != 1 {
		t.Errorf("weights %d at step %d", len(snap.Weights), snap.WeightsStep)
	}
	// A shape change during a run starts a new run.
	runID := snap.RunID
	e.Handle(Command{Op: OpLive, Config: "hidden=32&train=500&batch=16"})
	if s := e.Snapshot(false, nil); s.RunID != runID+1 || s.Steps != 0 {
		t.Errorf("shape change: run %d steps %d", s.RunID, s.Steps)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestEngineTrainsToTheEnd(t *testing.T) {
	e := newTestEngine()
	e.Handle(Command{Op: OpStart, Config: smallConfig(), On: true})
	for i := 0; i < 1000 && e.Running(); i++ {
		e.Work(5 * time.Millisecond)
	}
	s := e.Snapshot(false, nil)
	if s.Run != RunFinished || s.Epoch != 3 {
		t.Fatalf("run %q at epoch %v", s.Run, s.Epoch)
	}
	if s.ValAcc < 0.9 || len(s.History.Val) == 0 || len(s.History.Train) == 0 {
		t.Errorf("val acc %v, %d val points", s.ValAcc, len(s.History.Val))
	}
	wrong := 0
	for i, row := range s.Confusion {
		for j, n := range row {
			if i != j {
				wrong += n
			}
		}
	}
	if len(s.Mistakes) != min(wrong, nn.MaxMistakes) {
		t.Errorf("%d mistakes listed, %d in the confusion matrix", len(s.Mistakes), wrong)
	}
	for _, m := range s.Mistakes {
		if m.Label == m.Predicted || len(m.Pixels) != nn.Inputs || m.Confidence <= 0 || m.Confidence > 1 {
			t.Errorf("bad mistake %+v", m.Mistake)
		}
	}
	if e.Handle(Command{Op: OpTrain, On: true}); e.Running() {
		t.Error("a finished run started training again")
	}
	e.Handle(Command{Op: OpReset})
	if s := e.Snapshot(false, nil); s.Steps != 0 || s.Run != RunPaused {
		t.Errorf("after reset: %q with %d steps", s.Run, s.Steps)
	}
}

func TestLocalPublishesSnapshots(t *testing.T) {
	l := NewLocal(Data{Train: testData(500, 1), Val: testData(200, 2)}, Options{Epochs: 2})
	defer l.Close()
	_, v0 := l.Latest()
	if !l.Send(Command{Op: OpStart, Config: smallConfig(), On: true}) {
		t.Fatal("command dropped")
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if s, v := l.Latest(); v > v0 && s.Run == RunFinished {
			if len(s.Weights) == 0 || s.Samples != 1000 {
				t.Fatalf("finished snapshot without weights or with %d samples", s.Samples)
			}
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s, _ := l.Latest()
	t.Fatalf("no finished snapshot in time: %+v", s.Progress)
}

// A run's samples/s figure comes after a quarter of a second of training,
// not a whole one, and a new run starts without the old one's figure.
func TestEngineRateComesEarly(t *testing.T) {
	e := NewEngine(Data{Train: testData(500, 1), Val: testData(200, 2)}, Options{Epochs: 1000})
	e.Handle(Command{Op: OpStart, Config: smallConfig(), On: true})
	start := time.Now()
	for time.Since(start) < firstRateWindow+50*time.Millisecond {
		e.Work(10 * time.Millisecond)
	}
	if s := e.Snapshot(false, nil); s.SamplesPerSec <= 0 || s.Run != RunTraining {
		t.Fatalf("after %v of training: %q at %v samples/s", time.Since(start), s.Run, s.SamplesPerSec)
	}
	e.Handle(Command{Op: OpStart, Config: smallConfig(), On: true})
	if s := e.Snapshot(false, nil); s.SamplesPerSec != 0 {
		t.Errorf("a new run starts at %v samples/s", s.SamplesPerSec)
	}
}

// A run that stops early ends finished with the reason, and its snapshot
// carries the weights of its best evaluation: they give the snapshot's
// validation loss, the lowest of the run. The validation images carry the
// next digit's label, so that learning makes the validation loss worse.
func TestEngineStopsEarlyWithTheBestWeights(t *testing.T) {
	val := testData(200, 2)
	for i, y := range val.Labels {
		val.Labels[i] = (y + 1) % nn.Classes
	}
	e := NewEngine(Data{Train: testData(500, 1), Val: val}, Options{Epochs: 3, Trainer: nn.TrainerOptions{EvalEvery: 100}})
	e.Handle(Command{Op: OpStart, Config: smallConfig() + "&patience=2", On: true})
	for i := 0; i < 1000 && e.Running(); i++ {
		e.Work(5 * time.Millisecond)
	}
	s := e.Snapshot(true, nil)
	if s.Run != RunFinished || s.Stopped == "" || s.Epoch >= 3 {
		t.Fatalf("run %q at epoch %v, stopped %q", s.Run, s.Epoch, s.Stopped)
	}
	for _, v := range s.History.Val {
		if v.Loss < s.ValLoss {
			t.Errorf("validation loss %v at %d images, below the final %v", v.Loss, v.Samples, s.ValLoss)
		}
	}
	cfg, err := nn.ParseConfig(s.Config)
	if err != nil {
		t.Fatal(err)
	}
	n, err := nn.NewNetwork(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.SetWeights(s.Weights); err != nil {
		t.Fatal(err)
	}
	// A network built for one batch evaluates in chunks of another size,
	// so the loss is summed in another order.
	if got := n.Evaluate(val, 0).Loss; math.Abs(got-s.ValLoss) > 1e-12 {
		t.Errorf("the snapshot's weights give validation loss %v, the snapshot says %v", got, s.ValLoss)
	}
}

// A neighbours query is answered in the snapshots that follow, from the
// images the run trains on, without touching the run; a query without an
// image is refused.
func TestEngineNeighbours(t *testing.T) {
	e := newTestEngine()
	train := testData(500, 1)
	query := func(i int) *[nn.Inputs]byte { return (*[nn.Inputs]byte)(train.Image(i)) }
	if err := e.Handle(Command{Op: OpNeighbours, Image: query(7)}); err != nil {
		t.Fatal(err)
	}
	if s := e.Snapshot(false, nil); s.Neighbours == nil || s.Neighbours.Near[0].Index != 7 {
		t.Fatalf("before a run, the nearest to image 7: %+v", s.Neighbours)
	}
	if err := e.Handle(Command{Op: OpStart, Config: "hidden=16&train=100&batch=16"}); err != nil {
		t.Fatal(err)
	}
	before := e.Snapshot(false, nil)
	for _, tc := range []struct {
		image   int
		wantErr string
	}{
		{3, ""},
		{250, ""}, // beyond the run's 100 images: its neighbours are among them
		{-1, "needs an image"},
	} {
		cmd := Command{Op: OpNeighbours}
		if tc.image >= 0 {
			cmd.Image = query(tc.image)
		}
		err := e.Handle(cmd)
		s := e.Snapshot(false, nil)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(s.Error, tc.wantErr) {
				t.Errorf("query %d: error %v, snapshot %q; want %q", tc.image, err, s.Error, tc.wantErr)
			}
			continue
		}
		n := s.Neighbours
		if err != nil || n == nil || len(n.Near) != NeighboursK || string(n.Image) != string(train.Image(tc.image)) {
			t.Fatalf("query %d: %v, %+v", tc.image, err, n)
		}
		for i, nb := range n.Near {
			if nb.Index >= 100 || nb.Label != int(train.Labels[nb.Index]) || string(nb.Pixels) != string(train.Image(nb.Index)) {
				t.Errorf("query %d, neighbour %d: index %d label %d, not one of the run's images with its pixels", tc.image, i, nb.Index, nb.Label)
			}
		}
		if tc.image < 100 && (n.Near[0].Index != tc.image || n.Near[0].Distance != 0) {
			t.Errorf("query %d: the nearest is %+v, want the image itself", tc.image, n.Near[0].Neighbour)
		}
		if s.RunID != before.RunID || s.Steps != before.Steps || s.Run != before.Run {
			t.Errorf("query %d changed the run: %s step %d, was %s step %d", tc.image, s.Run, s.Steps, before.Run, before.Steps)
		}
	}
}

// TestEngineWaitsForItsImages checks that a run needing images still to
// come waits for them, starts when a grow brings them, and then trains
// exactly as it would have with all the images there from the start.
func TestEngineWaitsForItsImages(t *testing.T) {
	all := testData(500, 1)
	part := nn.Dataset{Pixels: all.Pixels[:200*nn.Inputs], Labels: all.Labels[:200]}
	val := testData(200, 2)
	opts := Options{Epochs: 3, Trainer: nn.TrainerOptions{EvalEvery: 100}}
	const cfg = "hidden=16&train=500&batch=16"
	tests := []struct {
		name    string
		grows   []nn.Dataset
		run     string // after the grows
		waiting string
		err     string
	}{
		{"no grow yet", nil, RunLoading, "200 of 500 training images", ""},
		{"a grow too small", []nn.Dataset{testData(300, 1)}, RunLoading, "300 of 500 training images", ""},
		{"the images come", []nn.Dataset{all}, RunTraining, "", ""},
		{"no more will come", []nn.Dataset{part}, RunLoading, "", "has 200 training images"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEngine(Data{Train: part, Val: val}, Options{Epochs: opts.Epochs, Trainer: opts.Trainer, Coming: 300})
			if err := e.Handle(Command{Op: OpStart, Config: cfg, On: true}); err != nil {
				t.Fatal(err)
			}
			var err error
			for _, g := range tt.grows {
				err = e.Handle(Command{Op: OpGrow, Train: &g})
			}
			s := e.Snapshot(false, nil)
			if s.Run != tt.run || s.Waiting != tt.waiting || !strings.Contains(errText(err), tt.err) {
				t.Errorf("run %q, waiting %q, error %q; want %q, %q, an error with %q", s.Run, s.Waiting, errText(err), tt.run, tt.waiting, tt.err)
			}
		})
	}

	// Same seed and config, same weights, whether the images came late.
	late := NewEngine(Data{Train: part, Val: val}, Options{Epochs: opts.Epochs, Trainer: opts.Trainer, Coming: 300})
	early := NewEngine(Data{Train: all, Val: val}, opts)
	late.Handle(Command{Op: OpStart, Config: cfg})
	late.Handle(Command{Op: OpGrow, Train: &all})
	early.Handle(Command{Op: OpStart, Config: cfg})
	if !sameSteps(late, early, 40) {
		t.Error("the run that waited for its images trained other weights than one that had them")
	}
}

// sameSteps steps both engines' runs n batches and reports whether they
// trained the same (non-empty) weights.
func sameSteps(a, b *Engine, n int) bool {
	for range n {
		a.Handle(Command{Op: OpStep})
		b.Handle(Command{Op: OpStep})
	}
	wa, wb := a.Snapshot(true, nil).Weights, b.Snapshot(true, nil).Weights
	return len(wa) > 0 && slices.Equal(wa, wb)
}

// TestEngineWaitingRunFollowsCommands checks that pausing, resetting and
// live changes while a run waits apply to it when it starts.
func TestEngineWaitingRunFollowsCommands(t *testing.T) {
	all := testData(500, 1)
	part := nn.Dataset{Pixels: all.Pixels[:200*nn.Inputs], Labels: all.Labels[:200]}
	tests := []struct {
		name string
		cmds []Command
		run  string
	}{
		{"paused while waiting", []Command{{Op: OpTrain, On: false}}, RunPaused},
		{"reset while waiting", []Command{{Op: OpReset}}, RunTraining},
		{"a live change while waiting", []Command{{Op: OpLive, Config: "hidden=16&train=500&batch=16&lr=0.01"}}, RunTraining},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEngine(Data{Train: part, Val: testData(200, 2)}, Options{Coming: 300})
			for _, c := range append([]Command{{Op: OpStart, Config: "hidden=16&train=500&batch=16", On: true}}, tt.cmds...) {
				if err := e.Handle(c); err != nil {
					t.Fatalf("%+v: %v", c, err)
				}
			}
			e.Handle(Command{Op: OpGrow, Train: &all})
			if s := e.Snapshot(false, nil); s.Run != tt.run {
				t.Errorf("run %q after the images came, want %q", s.Run, tt.run)
			}
		})
	}
}

// TestEngineAdoptsTheEarlyRun checks that a start of the early run's
// config takes it over with its steps, and that anything that makes the
// asked run differ from it starts over.
func TestEngineAdoptsTheEarlyRun(t *testing.T) {
	digits := testData(3, 9)
	mineCfg := smallConfig() + "&mine=on"
	tests := []struct {
		name  string
		early string
		then  []Command
		adopt bool
	}{
		{"same config", smallConfig(), []Command{{Op: OpStart, Config: smallConfig(), On: true}}, true},
		{"same config spelled otherwise", smallConfig(), []Command{{Op: OpStart, Config: "batch=16&train=500&hidden=16", On: true}}, true},
		{"after a neighbours query", smallConfig(), []Command{{Op: OpNeighbours, Image: &[nn.Inputs]byte{}}, {Op: OpStart, Config: smallConfig(), On: true}}, true},
		{"digits the run does not mix in", smallConfig(), []Command{{Op: OpMine, Digits: &digits}, {Op: OpStart, Config: smallConfig(), On: true}}, true},
		{"no digits for a run that mixes them", mineCfg, []Command{{Op: OpMine, Digits: &nn.Dataset{}}, {Op: OpStart, Config: mineCfg, On: true}}, true},
		{"digits for a run that mixes them", mineCfg, []Command{{Op: OpMine, Digits: &digits}, {Op: OpStart, Config: mineCfg, On: true}}, false},
		{"another seed", smallConfig(), []Command{{Op: OpStart, Config: smallConfig() + "&seed=2", On: true}}, false},
		{"paused", smallConfig(), []Command{{Op: OpStart, Config: smallConfig()}}, false},
		{"after a pause", smallConfig(), []Command{{Op: OpTrain}, {Op: OpStart, Config: smallConfig(), On: true}}, false},
		{"after a live change", smallConfig(), []Command{{Op: OpLive, Config: smallConfig()}, {Op: OpStart, Config: smallConfig(), On: true}}, false},
		{"the second start", smallConfig(), []Command{{Op: OpStart, Config: smallConfig(), On: true}, {Op: OpStart, Config: smallConfig(), On: true}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newTestEngine()
			if err := e.Handle(Command{Op: OpEarly, Config: tt.early}); err != nil {
				t.Fatal(err)
			}
			if !e.Running() {
				t.Fatal("the early run does not train")
			}
			e.Work(5 * time.Millisecond)
			before := e.Snapshot(false, nil)
			for _, c := range tt.then {
				if err := e.Handle(c); err != nil {
					t.Fatalf("%+v: %v", c, err)
				}
			}
			after := e.Snapshot(false, nil)
			adopted := after.RunID == before.RunID && after.Steps == before.Steps && before.Steps > 0
			if adopted != tt.adopt {
				t.Errorf("run %d at step %d, then run %d at step %d: adopted %v, want %v", before.RunID, before.Steps, after.RunID, after.Steps, adopted, tt.adopt)
			}
		})
	}
}

// TestEngineValidatesWholeSetAboveWholeValAbove checks that a run on more
// than WholeValAbove images evaluates all the validation images, less
// often, and a run on fewer the first ValLimit of them, every EvalEvery.
func TestEngineValidatesWholeSetAboveWholeValAbove(t *testing.T) {
	train, val := testData(WholeValAbove+100, 1), testData(2500, 2)
	tests := []struct {
		train     int
		wantN     int
		wantEvals int // in the first epoch, its end's included
	}{
		{WholeValAbove, 2000, WholeValAbove / 10000},
		{WholeValAbove + 100, 2500, 1},
	}
	for _, tt := range tests {
		e := NewEngine(Data{Train: train, Val: val}, Options{Epochs: 2})
		if err := e.Handle(Command{Op: OpStart, Config: fmt.Sprintf("hidden=16&batch=100&train=%d", tt.train)}); err != nil {
			t.Fatal(err)
		}
		for e.tr.Epoch() < 1 {
			e.tr.Step(1)
		}
		if n, evals := e.tr.LastEval().N, len(e.tr.History().Val); n != tt.wantN || evals != tt.wantEvals {
			t.Errorf("train=%d: %d evaluations, the last on %d images; want %d on %d", tt.train, evals, n, tt.wantEvals, tt.wantN)
		}
	}
}

// TestEngineGrowsItsValidationSet checks that a grow brings a larger
// validation set that starts with the engine's images, and refuses one
// that does not.
func TestEngineGrowsItsValidationSet(t *testing.T) {
	val := testData(300, 2)
	other := testData(300, 3)
	tests := []struct {
		name  string
		val   *nn.Dataset
		wantN int
		err   string
	}{
		{"none", nil, 100, ""},
		{"larger", &val, 300, ""},
		{"smaller", &nn.Dataset{Pixels: val.Pixels[:50*nn.Inputs], Labels: val.Labels[:50]}, 100, ""},
		{"other images", &other, 100, "does not start with"},
		{"pixels short", &nn.Dataset{Pixels: val.Pixels[:200*nn.Inputs], Labels: val.Labels}, 100, "does not start with"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := nn.Dataset{Pixels: val.Pixels[:100*nn.Inputs], Labels: val.Labels[:100]}
			e := NewEngine(Data{Train: testData(500, 1), Val: first}, Options{})
			train := testData(500, 1)
			err := e.Handle(Command{Op: OpGrow, Train: &train, Val: tt.val})
			if e.data.Val.Len() != tt.wantN || !strings.Contains(errText(err), tt.err) {
				t.Errorf("%d validation images, error %q; want %d, an error with %q", e.data.Val.Len(), errText(err), tt.wantN, tt.err)
			}
		})
	}
}

// TestEngineWholeSetRunSameWhenDataCameLate checks that a run on more than
// WholeValAbove images gives the same validation curve whether its
// training and validation images came with a grow (the page) or were there
// from the start (the desktop).
func TestEngineWholeSetRunSameWhenDataCameLate(t *testing.T) {
	train, val := testData(WholeValAbove+100, 1), testData(2500, 2)
	cfg := fmt.Sprintf("hidden=16&batch=100&train=%d", train.Len())
	part := nn.Dataset{Pixels: train.Pixels[:WholeValAbove*nn.Inputs], Labels: train.Labels[:WholeValAbove]}
	partVal := nn.Dataset{Pixels: val.Pixels[:2000*nn.Inputs], Labels: val.Labels[:2000]}
	late := NewEngine(Data{Train: part, Val: partVal}, Options{Epochs: 1, Coming: 100})
	early := NewEngine(Data{Train: train, Val: val}, Options{Epochs: 1})
	late.Handle(Command{Op: OpStart, Config: cfg})
	if err := late.Handle(Command{Op: OpGrow, Train: &train, Val: &val}); err != nil {
		t.Fatal(err)
	}
	early.Handle(Command{Op: OpStart, Config: cfg})
	for _, e := range []*Engine{late, early} {
		for e.tr.State() == nn.Training {
			e.tr.Step(1)
		}
	}
	a, b := late.tr.History().Val, early.tr.History().Val
	if len(a) == 0 || !slices.Equal(a, b) || late.tr.LastEval().N != val.Len() {
		t.Errorf("validation curve of the run whose images came late %v (last on %d images), from the start %v", a, late.tr.LastEval().N, b)
	}
}

// The engine draws the 1s of ones=1 itself (package pad/ones): a run with
// the key starts, trains other weights than the same run without it, and
// takes the key live.
func TestEngineDrawsOnes(t *testing.T) {
	weights := func(cfg string, live string) []float32 {
		e := newTestEngine()
		if err := e.Handle(Command{Op: OpStart, Config: cfg}); err != nil {
			t.Fatalf("start %s: %v", cfg, err)
		}
		if live != "" {
			if err := e.Handle(Command{Op: OpLive, Config: live}); err != nil {
				t.Fatalf("live %s: %v", live, err)
			}
		}
		for range 20 {
			e.Handle(Command{Op: OpStep})
		}
		s := e.Snapshot(true, nil)
		if s.Run != RunPaused || s.Steps != 20 || s.Error != "" {
			t.Fatalf("%s: run %q, %d steps, error %q", cfg, s.Run, s.Steps, s.Error)
		}
		return s.Weights
	}
	off := weights(smallConfig(), "")
	on := weights(smallConfig()+"&ones=1", "")
	switched := weights(smallConfig(), smallConfig()+"&ones=1")
	if slices.Equal(on, off) {
		t.Error("ones=1 trained the same weights as ones=0")
	}
	if !slices.Equal(switched, on) {
		t.Error("switching ones on before the first step trained other weights than starting with it")
	}
}

// TestEngineWaitsForDrawnDigits checks that a run with drawn on waits for
// the drawn digits a host sends later (OpDrawn), starts when they come,
// then trains as it would have with them there from the start, and is
// refused with a clear error if none will come; a run that needs both
// its images and the drawn digits waits for both.
func TestEngineWaitsForDrawnDigits(t *testing.T) {
	all := testData(500, 1)
	part := nn.Dataset{Pixels: all.Pixels[:200*nn.Inputs], Labels: all.Labels[:200]}
	val := testData(200, 2)
	drawn := testData(50, 3)
	opts := Options{Epochs: 3, Trainer: nn.TrainerOptions{EvalEvery: 100}}
	const cfg = "hidden=16&train=200&batch=16&drawn=1"
	tests := []struct {
		name    string
		config  string
		cmds    []Command
		run     string
		waiting string
		err     string
	}{
		{"not yet", cfg, nil, RunLoading, "the drawn digits", ""},
		{"they come", cfg, []Command{{Op: OpDrawn, Drawn: &drawn}}, RunTraining, "", ""},
		{"none will come", cfg, []Command{{Op: OpDrawn}}, RunLoading, "", "drawn=1: the drawn digits did not load; pick a preset without them"},
		{"drawn off does not wait", "hidden=16&train=200&batch=16", nil, RunTraining, "", ""},
		{"images and drawn digits: the digits first", "hidden=16&train=500&batch=16&drawn=1", []Command{{Op: OpDrawn, Drawn: &drawn}}, RunLoading, "200 of 500 training images", ""},
		{"images and drawn digits: both", "hidden=16&train=500&batch=16&drawn=1", []Command{{Op: OpGrow, Train: &all}, {Op: OpDrawn, Drawn: &drawn}}, RunTraining, "", ""},
		{"images and drawn digits: the images first", "hidden=16&train=500&batch=16&drawn=1", []Command{{Op: OpGrow, Train: &all}}, RunLoading, "the drawn digits", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := NewEngine(Data{Train: part, Val: val}, Options{Epochs: opts.Epochs, Trainer: opts.Trainer, Coming: 300, DrawnComing: true})
			if err := e.Handle(Command{Op: OpStart, Config: tt.config, On: true}); err != nil {
				t.Fatal(err)
			}
			var err error
			for _, c := range tt.cmds {
				err = e.Handle(c)
			}
			s := e.Snapshot(false, nil)
			if s.Run != tt.run || s.Waiting != tt.waiting || !strings.Contains(errText(err), tt.err) {
				t.Errorf("run %q, waiting %q, error %q; want %q, %q, an error with %q", s.Run, s.Waiting, errText(err), tt.run, tt.waiting, tt.err)
			}
		})
	}

	late := NewEngine(Data{Train: part, Val: val}, Options{Epochs: opts.Epochs, Trainer: opts.Trainer, DrawnComing: true})
	early := NewEngine(Data{Train: part, Val: val, Drawn: drawn}, Options{Epochs: opts.Epochs, Trainer: opts.Trainer, DrawnComing: true})
	late.Handle(Command{Op: OpStart, Config: cfg})
	late.Handle(Command{Op: OpDrawn, Drawn: &drawn})
	early.Handle(Command{Op: OpStart, Config: cfg})
	if !sameSteps(late, early, 40) {
		t.Error("the run that waited for the drawn digits trained other weights than one that had them")
	}
}
