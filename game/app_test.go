package game

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// fakeTrainer records commands and serves a snapshot the test sets.
type fakeTrainer struct {
	mu   sync.Mutex
	cmds []trainer.Command
	snap *trainer.Snapshot
	ver  uint64
	full bool // drop every command
}

func (f *fakeTrainer) Send(c trainer.Command) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.full {
		return false
	}
	f.cmds = append(f.cmds, c)
	return true
}

func (f *fakeTrainer) Latest() (*trainer.Snapshot, uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.snap, f.ver
}

func (f *fakeTrainer) set(s *trainer.Snapshot) {
	f.mu.Lock()
	f.snap, f.ver = s, f.ver+1
	f.mu.Unlock()
}

// take returns the commands sent since the last take.
func (f *fakeTrainer) take() []trainer.Command {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := f.cmds
	f.cmds = nil
	return c
}

// snapshotOf returns a snapshot of a run of cfg with freshly initialized
// weights, as a trainer would send it.
func snapshotOf(t *testing.T, cfg nn.Config, run string, runID int) *trainer.Snapshot {
	t.Helper()
	net, err := nn.NewNet[float32](cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	s := &trainer.Snapshot{Weights: net.AppendWeights(nil)}
	s.Run, s.RunID, s.Config = run, runID, cfg.String()
	s.History.Train = []nn.Point{{Samples: 1000, Loss: 2, Acc: 0.3}, {Samples: 2000, Loss: 1, Acc: 0.6}}
	s.History.Val = []nn.Point{{Samples: 2000, Loss: 1.1, Acc: 0.55}}
	s.TrainLoss, s.TrainAcc, s.ValLoss, s.ValAcc = 1, 0.6, 1.1, 0.55
	return s
}

func newTestApp(t *testing.T, opts Options) (*App, *fakeTrainer) {
	t.Helper()
	ft := &fakeTrainer{}
	a := New(ft, opts)
	return a, ft
}

// tick runs one Update with the given pointer events.
func tick(a *App, events ...pointerEvent) {
	a.update(&intents{pointers: events})
}

// click presses and releases the mouse in the middle of the named control.
func click(t *testing.T, a *App, name string) {
	t.Helper()
	x, y, w, h, ok := a.ControlRect(name)
	if !ok {
		t.Fatalf("no control %q", name)
	}
	cx, cy := x+w/2, y+h/2
	tick(a, pointerEvent{mouseID, pointerDown, cx, cy})
	tick(a, pointerEvent{mouseID, pointerUp, cx, cy})
}

func TestNewStartsTraining(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Activation = nn.ActELU
	_, ft := newTestApp(t, Options{Config: cfg})
	cmds := ft.take()
	if len(cmds) != 1 || cmds[0].Op != trainer.OpStart || !cmds[0].On || cmds[0].Config != cfg.String() {
		t.Fatalf("New sent %+v, want one start of %q training", cmds, cfg.String())
	}
}

func TestNewRejectsInvalidConfig(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.BatchSize = 0
	a, ft := newTestApp(t, Options{Config: cfg})
	if got := ft.take(); got[0].Config != nn.DefaultConfig().String() {
		t.Errorf("started %q, want the default", got[0].Config)
	}
	if len(a.warnings) != 1 || !strings.Contains(a.warnings[0], "batch") {
		t.Errorf("warnings %q should name the bad field", a.warnings)
	}
}

// Clicking each kind of control sends the command its change needs.
func TestControlsSendCommands(t *testing.T) {
	def := nn.DefaultConfig()
	with := func(f func(c *nn.Config)) string {
		c := def.Clone()
		f(&c)
		return c.String()
	}
	tests := []struct {
		control string
		want    []trainer.Command
	}{
		{"activation:elu", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Activation = nn.ActELU }), On: true}}},
		{"init:he-normal", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Init = nn.InitHeNormal }), On: true}}},
		{"optimizer:sgd", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Optimizer = nn.OptSGD }), On: true}}},
		{"layers:inc", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Hidden = []int{128, 128} }), On: true}}},
		{"layers:dec", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Hidden = []int{} }), On: true}}},
		{"units1:inc", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Hidden = []int{256} }), On: true}}},
		{"batch:dec", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.BatchSize = 16 }), On: true}}},
		{"train:dec", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.TrainSize = 10000 }), On: true}}},
		{"seed:inc", []trainer.Command{{Op: trainer.OpStart, Config: with(func(c *nn.Config) { c.Seed = 2 }), On: true}}},
		{"lr:inc", []trainer.Command{{Op: trainer.OpLive, Config: with(func(c *nn.Config) { c.LearningRate = 0.003 })}}},
		{"lr:dec", []trainer.Command{{Op: trainer.OpLive, Config: with(func(c *nn.Config) { c.LearningRate = 0.0003 })}}},
		{"dropout:inc", []trainer.Command{{Op: trainer.OpLive, Config: with(func(c *nn.Config) { c.Dropout = 0.1 })}}},
		{"l2:inc", []trainer.Command{{Op: trainer.OpLive, Config: with(func(c *nn.Config) { c.L2 = 1e-5 })}}},
		{"dropout:dec", nil},  // already 0: disabled
		{"nesterov", nil},     // Adam has no momentum: disabled
		{"momentum:inc", nil}, // likewise
		{"play", []trainer.Command{{Op: trainer.OpTrain, On: false}}},
		{"step", []trainer.Command{{Op: trainer.OpStep}}},
		{"reset", []trainer.Command{{Op: trainer.OpStart, Config: def.String(), On: true}}},
	}
	for _, tt := range tests {
		a, ft := newTestApp(t, Options{})
		ft.set(snapshotOf(t, def, trainer.RunTraining, 1))
		tick(a)
		ft.take()
		click(t, a, tt.control)
		got := ft.take()
		if len(got) != len(tt.want) {
			t.Errorf("%s: sent %+v, want %+v", tt.control, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: sent %+v, want %+v", tt.control, got[i], tt.want[i])
			}
		}
	}
}

// With the momentum optimizer, momentum and Nesterov restart or go live.
func TestMomentumControls(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Optimizer = nn.OptMomentum
	a, ft := newTestApp(t, Options{Config: cfg})
	ft.set(snapshotOf(t, cfg, trainer.RunPaused, 1))
	a.SetTraining(false)
	tick(a)
	ft.take()
	click(t, a, "momentum:inc")
	if got := ft.take(); len(got) != 1 || got[0].Op != trainer.OpLive || !strings.Contains(got[0].Config, "momentum=0.95") {
		t.Errorf("momentum:inc sent %+v", got)
	}
	click(t, a, "nesterov")
	if got := ft.take(); len(got) != 1 || got[0].Op != trainer.OpStart || got[0].On || !strings.Contains(got[0].Config, "nesterov=1") {
		t.Errorf("nesterov sent %+v, want a paused restart with nesterov=1", got)
	}
}

func TestPlayRestartsADivergedRun(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	s := snapshotOf(t, nn.DefaultConfig(), trainer.RunDiverged, 1)
	s.Diverged = "loss became NaN at step 10"
	ft.set(s)
	tick(a)
	ft.take()
	if a.top.play.label != "Restart" {
		t.Errorf("play label %q, want Restart", a.top.play.label)
	}
	click(t, a, "play")
	if got := ft.take(); len(got) != 1 || got[0].Op != trainer.OpStart || !got[0].On {
		t.Errorf("play on a diverged run sent %+v, want a training start", got)
	}
}

// A trainer that stops working (the browser's worker could not start) is
// said once, whole, in the banner; the status line says training stopped.
func TestFailedTrainerIsReported(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	tick(a)
	// As the page's bridge reports a worker that never started: no run, no weights.
	s := &trainer.Snapshot{}
	s.Run, s.Error = trainer.RunFailed, "the training worker could not start: worker.wasm: the server answered 404 Not Found"
	ft.set(s)
	tick(a)
	ft.set(s) // a second message with the same error
	tick(a)
	var st struct {
		Run      string   `json:"run"`
		Training bool     `json:"training"`
		Warnings []string `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
		t.Fatal(err)
	}
	if st.Run != trainer.RunFailed || st.Training {
		t.Errorf("run %q, training %v; want failed and not training", st.Run, st.Training)
	}
	if len(st.Warnings) != 1 || !strings.Contains(st.Warnings[0], s.Error) || !strings.Contains(st.Warnings[0], "Reload") {
		t.Errorf("banner %q should hold the whole error once, and what to do", st.Warnings)
	}
	if a.top.status.state != "stopped" || a.top.status.err != "" {
		t.Errorf("status %+v: want stopped, the error only in the banner", a.top.status)
	}
	if !a.pred.noNet {
		t.Error("the pad should say no network will come, not that it waits for one")
	}
}

func TestKeyboardIntents(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
	tick(a)
	ft.take()
	a.update(&intents{togglePlay: true})
	a.update(&intents{step: true})
	a.update(&intents{reset: true})
	got := ft.take()
	want := []string{trainer.OpTrain, trainer.OpStep, trainer.OpStart}
	if len(got) != 3 {
		t.Fatalf("sent %+v", got)
	}
	for i, op := range want {
		if got[i].Op != op {
			t.Errorf("command %d is %q, want %q", i, got[i].Op, op)
		}
	}
	if got[2].On {
		t.Error("reset after a step should stay paused")
	}
}

func TestDroppedCommandIsReported(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.full = true
	click(t, a, "step")
	var st map[string]any
	json.Unmarshal([]byte(a.StateJSON()), &st)
	if e, _ := st["error"].(string); !strings.Contains(e, "dropped") {
		t.Errorf("error %q should say the command was dropped", e)
	}
}

// Every documented control has a rectangle on screen, and no two overlap.
func TestControlRects(t *testing.T) {
	for _, opt := range []string{nn.OptAdam, nn.OptMomentum} {
		cfg := nn.DefaultConfig()
		cfg.Optimizer = opt
		cfg.Hidden = []int{1024, 1024, 1024, 1024}
		a, _ := newTestApp(t, Options{Config: cfg, Warnings: []string{"a warning"}})
		names := []string{"play", "step", "reset", "clear", "pad", "banner:close", "nesterov", "bn"}
		for _, group := range []struct {
			prefix string
			names  []string
		}{{"activation:", nn.Activations}, {"init:", nn.Inits}, {"optimizer:", nn.Optimizers}, {"augment:", []string{"off", "light", "strong"}}} {
			for _, n := range group.names {
				names = append(names, group.prefix+n)
			}
		}
		for _, s := range []string{"layers", "units1", "units2", "units3", "units4", "dropout", "momentum", "lr", "batch", "l2", "train", "seed", "conv", "clip", "patience"} {
			names = append(names, s+":dec", s+":inc")
		}
		rects := map[string]ui.Rect{}
		for _, n := range names {
			x, y, w, h, ok := a.ControlRect(n)
			if !ok {
				t.Errorf("%s: no control %q", opt, n)
				continue
			}
			r := ui.Rect{X: x, Y: y, W: w, H: h}
			if r.Empty() || r.X < 0 || r.Y < 0 || r.Right() > ui.ScreenW || r.Bottom() > ui.ScreenH {
				t.Errorf("%s: %q at %v is off screen", opt, n, r)
			}
			rects[n] = r
		}
		for n, r := range rects {
			for m, o := range rects {
				if n < m && r.X < o.Right() && o.X < r.Right() && r.Y < o.Bottom() && o.Y < r.Bottom() {
					t.Errorf("%s: %q %v overlaps %q %v", opt, n, r, m, o)
				}
			}
		}
		if _, _, _, _, ok := a.ControlRect("units5:inc"); ok {
			t.Error("a fifth layer's stepper should not exist")
		}
		// The settings panel holds all its controls.
		for n, r := range rects {
			if strings.Contains(n, ":") && !strings.HasPrefix(n, "banner") && r.Bottom() > a.screen.Controls.Bottom()-ui.PanelPad {
				t.Errorf("%s: %q %v spills out of the settings panel %v", opt, n, r, a.screen.Controls)
			}
		}
	}
}

func TestStateJSON(t *testing.T) {
	a, ft := newTestApp(t, Options{Warnings: []string{"lr=banana: not a number — using the default 0.001"}})
	s := snapshotOf(t, nn.DefaultConfig(), trainer.RunDiverged, 3)
	s.TrainLoss = math.NaN()
	s.ValLoss = math.Inf(1)
	s.Epoch, s.Samples, s.SamplesPerSec = 1.25, 25000, 1234
	ft.set(s)
	tick(a)
	var st map[string]any
	if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
		t.Fatalf("StateJSON is not JSON: %v\n%s", err, a.StateJSON())
	}
	for _, k := range []string{"run", "epoch", "samplesSeen", "trainLoss", "trainAcc", "valLoss", "valAcc", "samplesPerSec", "ticksPerSec", "config", "prediction", "padRect", "warnings", "error"} {
		if _, ok := st[k]; !ok {
			t.Errorf("StateJSON lacks %q", k)
		}
	}
	if st["run"] != "diverged" || st["epoch"] != 1.25 || st["samplesSeen"] != 25000.0 || st["trainLoss"] != nil || st["valLoss"] != nil {
		t.Errorf("StateJSON = %s", a.StateJSON())
	}
	if st["config"] != nn.DefaultConfig().String() {
		t.Errorf("config %q", st["config"])
	}
	pr := st["prediction"].(map[string]any)
	if pr["empty"] != true || pr["label"] != -1.0 || len(pr["probs"].([]any)) != 10 {
		t.Errorf("prediction %v", pr)
	}
	r := st["padRect"].(map[string]any)
	if r["w"] != float64(pad.Size) || r["h"] != float64(pad.Size) {
		t.Errorf("padRect %v", r)
	}
	if w := st["warnings"].([]any); len(w) != 1 {
		t.Errorf("warnings %v", w)
	}
	// A snapshot without findings (nil) still gives a list, for scripts
	// that call findings.some(...).
	for _, k := range []string{"findings", "runs"} {
		if _, ok := st[k].([]any); !ok {
			t.Errorf("%s is %v, want a list", k, st[k])
		}
	}
	click(t, a, "banner:close")
	json.Unmarshal([]byte(a.StateJSON()), &st)
	if w := st["warnings"].([]any); len(w) != 0 {
		t.Errorf("warnings after closing the banner: %v", w)
	}
	if _, _, _, _, ok := a.ControlRect("banner:close"); ok {
		t.Error("the closed banner still has a close button")
	}
	// A run waiting for its training images says what for.
	s = snapshotOf(t, nn.DefaultConfig(), trainer.RunLoading, 4)
	s.Waiting = "12000 of 60000 training images"
	ft.set(s)
	tick(a)
	json.Unmarshal([]byte(a.StateJSON()), &st)
	if st["run"] != trainer.RunLoading || st["waiting"] != s.Waiting {
		t.Errorf("run %v waiting %v, want %q %q", st["run"], st["waiting"], trainer.RunLoading, s.Waiting)
	}
}

func TestSetConfig(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
	tick(a)
	ft.take()
	if msg := a.SetConfig("lr=banana"); msg != "lr=banana: not a number" {
		t.Errorf("SetConfig(lr=banana) = %q", msg)
	}
	if msg := a.SetConfig("lr=0.01"); msg != "" {
		t.Errorf("SetConfig(lr=0.01) = %q", msg)
	}
	if got := ft.take(); len(got) != 0 {
		t.Errorf("SetConfig acted before the next Update: %+v", got)
	}
	tick(a)
	if got := ft.take(); len(got) != 1 || got[0].Op != trainer.OpLive {
		t.Errorf("lr change sent %+v, want live", got)
	}
	a.SetConfig("act=tanh&lr=0.01")
	tick(a)
	if got := ft.take(); len(got) != 1 || got[0].Op != trainer.OpStart || !strings.Contains(got[0].Config, "act=tanh") {
		t.Errorf("activation change sent %+v, want start", got)
	}
	if a.set.buttons[0].name != "activation:relu" || a.set.buttons[0].selected {
		t.Error("the settings panel does not show the new config")
	}
}

// A "7" drawn with the mouse, and the same by DrawStrokes, is classified
// once weights are there, and Clear empties the pad again.
func TestDrawingIsClassified(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	tick(a)
	if a.pred.ready {
		t.Fatal("ready before any weights")
	}
	ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
	tick(a)
	if !a.pred.ready || !a.pred.empty {
		t.Fatalf("prediction %+v, want ready and empty", a.pred)
	}
	x, y, _, _, _ := a.ControlRect("pad")
	pts := [][2]float64{{80, 60}, {200, 60}, {140, 230}}
	tick(a, pointerEvent{mouseID, pointerDown, x + pts[0][0], y + pts[0][1]})
	tick(a, pointerEvent{mouseID, pointerMove, x + pts[1][0], y + pts[1][1]})
	// A second finger elsewhere does not disturb the stroke.
	tick(a, pointerEvent{mouseID, pointerMove, x + pts[2][0], y + pts[2][1]}, pointerEvent{3, pointerDown, x + 10, y + 10})
	tick(a, pointerEvent{mouseID, pointerUp, x + pts[2][0], y + pts[2][1]})
	if s, p := a.padV.drawing.Len(); s != 1 || p != 3 {
		t.Errorf("drawing has %d strokes, %d points; want 1, 3", s, p)
	}
	checkPrediction(t, a)
	click(t, a, "clear")
	if !a.padV.drawing.Empty() || !a.pred.empty {
		t.Error("Clear left ink or a prediction")
	}

	if err := a.DrawStrokes([][][2]float32{{{80, 60}, {200, 60}, {140, 230}}}); err != nil {
		t.Fatal(err)
	}
	tick(a)
	var st struct {
		Prediction struct {
			Empty bool
			Label int
			Probs []float64
		}
	}
	json.Unmarshal([]byte(a.StateJSON()), &st)
	if st.Prediction.Empty || st.Prediction.Label != a.pred.label || st.Prediction.Probs[st.Prediction.Label] <= 0 {
		t.Errorf("state prediction %+v after DrawStrokes", st.Prediction)
	}
	a.ClearPad()
	tick(a)
	if !a.padV.drawing.Empty() {
		t.Error("ClearPad left ink")
	}
}

func TestDrawStrokesValidates(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	tests := []struct {
		strokes [][][2]float32
		want    error
	}{
		{[][][2]float32{{}}, pad.ErrEmptyStroke},
		{[][][2]float32{{{float32(math.NaN()), 1}}}, pad.ErrNotFinite},
		{[][][2]float32{{{1000, 1}}}, pad.ErrOutside},
		{make([][][2]float32, pad.MaxStrokes+1), pad.ErrTooManyStrokes},
	}
	for _, tt := range tests {
		if err := a.DrawStrokes(tt.strokes); !errors.Is(err, tt.want) {
			t.Errorf("DrawStrokes(%v...) = %v, want %v", len(tt.strokes), err, tt.want)
		}
	}
	tick(a)
	if !a.padV.drawing.Empty() {
		t.Error("rejected strokes reached the pad")
	}
}

// The classifier rebuilds its network for a new shape or activation, and
// keeps the last finite weights when a run diverges.
func TestClassifierFollowsRuns(t *testing.T) {
	var c classifier
	cfg := nn.DefaultConfig()
	s := snapshotOf(t, cfg, trainer.RunTraining, 1)
	c.sync(s)
	if !c.ready || c.runID != 1 {
		t.Fatalf("classifier %+v after the first snapshot", c)
	}
	net := c.net
	bad := *s
	bad.Weights = append([]float32(nil), s.Weights...)
	bad.Weights[0] = float32(math.NaN())
	bad.WeightsStep = 10
	c.sync(&bad)
	if !c.ready || c.step != 0 {
		t.Errorf("NaN weights were loaded: step %d", c.step)
	}
	cfg.Activation = nn.ActTanh
	c.sync(snapshotOf(t, cfg, trainer.RunTraining, 2))
	if c.net == net || c.net.Config().Activation != nn.ActTanh {
		t.Error("a new activation did not rebuild the network")
	}
	net = c.net
	cfg.Seed = 7
	c.sync(snapshotOf(t, cfg, trainer.RunTraining, 3))
	if c.net != net || c.runID != 3 {
		t.Error("a new seed rebuilt the network instead of loading weights")
	}
	// Weights of another shape (in flight from an old run) are ignored.
	old := snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 3)
	old.Config = cfg.String()
	old.Weights = old.Weights[:10]
	old.WeightsStep = 99
	c.sync(old)
	if c.step == 99 {
		t.Error("weights of the wrong length were loaded")
	}
}

// Draw runs on every screen state without panicking.
func TestDrawSmoke(t *testing.T) {
	a, ft := newTestApp(t, Options{Warnings: []string{"w1", "w2", "w3", "w4"}})
	screen := ebiten.NewImage(ui.ScreenW, ui.ScreenH)
	a.Draw(screen) // loading
	for _, run := range []string{trainer.RunTraining, trainer.RunPaused, trainer.RunDiverged, trainer.RunFinished} {
		s := snapshotOf(t, nn.DefaultConfig(), run, 1)
		s.History.Train = append(s.History.Train, nn.Point{Samples: 3000, Loss: math.Inf(1), Acc: math.NaN()})
		s.Error = "some refusal"
		ft.set(s)
		a.DrawStrokes([][][2]float32{{{80, 60}, {200, 60}, {140, 230}}})
		tick(a)
		a.Draw(screen)
	}
}

// The automation methods may be called from other goroutines while the
// game ticks (run with -race).
func TestAutomationConcurrency(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				_ = a.StateJSON()
				a.ControlRect("play")
				a.SetConfig("lr=0.01")
				a.SetTraining(i%2 == 0)
				a.DrawStrokes([][][2]float32{{{10, 10}, {200, 200}}})
				a.ClearPad()
				a.Reset()
			}
		}()
	}
	for i := 0; i < 100; i++ {
		tick(a)
	}
	wg.Wait()
	tick(a)
	if !json.Valid([]byte(a.StateJSON())) {
		t.Error("StateJSON is not JSON")
	}
}

// checkPrediction fails unless the app shows a prediction of a digit whose
// probabilities sum to 1.
func checkPrediction(t *testing.T, a *App) {
	t.Helper()
	if a.pred.label < 0 || a.pred.label > 9 {
		t.Fatalf("prediction %+v", a.pred)
	}
	checkProbs(t, a)
}

// checkProbs fails unless the app holds the network's probabilities for
// the pad's image, summing to 1, whatever the verdict on it.
func checkProbs(t *testing.T, a *App) {
	t.Helper()
	if a.pred.empty || !a.pred.ready {
		t.Fatalf("prediction %+v", a.pred)
	}
	var sum float32
	for _, p := range a.pred.probs {
		sum += p
	}
	if math.Abs(float64(sum)-1) > 1e-4 {
		t.Errorf("probabilities sum to %v", sum)
	}
}

// Config changes queued before an Update coalesce: the Update applies the
// last one only, with one command to the trainer, and a change queued after
// that Update is applied by the next one.
func TestSetConfigBurstCoalesces(t *testing.T) {
	seeds := func(n int) []string {
		var s []string
		for i := range n {
			s = append(s, fmt.Sprintf("hidden=%d&seed=%d", 16+i%64, i+1))
		}
		return s
	}
	tests := []struct {
		name  string
		calls []string
	}{
		{"one", []string{"act=tanh"}},
		{"two", []string{"act=tanh", "act=elu&seed=9"}},
		{"1,000 then a preset", append(seeds(1000), nn.Presets()[1].Name)},
		{"1,000 then a config", append(seeds(1000), "hidden=64&act=tanh&seed=4242")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ft := newTestApp(t, Options{})
			ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
			tick(a)
			ft.take()
			for _, c := range tt.calls {
				if msg := a.SetConfig(c); msg != "" {
					t.Fatalf("SetConfig(%q) = %q", c, msg)
				}
			}
			last := tt.calls[len(tt.calls)-1]
			want, err := nn.ParseConfig(last)
			if p, perr := nn.LookupPreset(last); perr == nil {
				want, err = p.Config, nil
			}
			if err != nil {
				t.Fatal(err)
			}
			tick(a)
			if got := ft.take(); len(got) != 1 || got[0].Config != want.String() {
				t.Fatalf("the Update after %d SetConfig calls sent %d commands, want one for %q", len(tt.calls), len(got), want.String())
			}
			if a.cfg.String() != want.String() {
				t.Errorf("config %q, want %q", a.cfg.String(), want.String())
			}
			a.SetConfig("hidden=40&seed=77")
			tick(a)
			if got := ft.take(); len(got) != 1 || !strings.HasPrefix(got[0].Config, "hidden=40&") {
				t.Errorf("a change after the burst sent %+v, want a start of hidden=40", got)
			}
		})
	}
}
