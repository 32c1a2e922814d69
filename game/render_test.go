package game

import (
	"fmt"
	"image"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// TestMain runs the tests inside ebiten's game loop, as ebiten's own tests
// do, so that they can read pixels back (ReadPixels panics before a game
// runs).
func TestMain(m *testing.M) {
	g := &testLoop{m: m, code: 1}
	if err := ebiten.RunGame(g); err != nil {
		panic(err)
	}
	os.Exit(g.code)
}

type testLoop struct {
	m    *testing.M
	code int
}

func (g *testLoop) Update() error {
	g.code = g.m.Run()
	return ebiten.Termination
}

func (*testLoop) Draw(*ebiten.Image)         {}
func (*testLoop) Layout(int, int) (int, int) { return 320, 240 }

// wholeFrame draws the app's screen from scratch, as the first frame does,
// without disturbing what the app remembers of its own screen.
func wholeFrame(a *App) *ebiten.Image {
	saved := a.cache
	a.cache = screenCache{}
	img := ebiten.NewImage(ui.ScreenW, ui.ScreenH)
	a.Draw(img)
	a.cache.chrome.Deallocate()
	a.cache = saved
	return img
}

// diffPixels describes where got and want differ, or returns "". Channels
// may differ by a few levels: a software GL does not always blend the
// anti-aliased curves to the same last bit, even drawing the same frame
// twice.
func diffPixels(got, want *ebiten.Image) string {
	const tolerance = 3
	far := func(a, b byte) bool { return int(a) > int(b)+tolerance || int(b) > int(a)+tolerance }
	b := got.Bounds()
	g, w := make([]byte, 4*b.Dx()*b.Dy()), make([]byte, 4*b.Dx()*b.Dy())
	got.ReadPixels(g)
	want.ReadPixels(w)
	n := 0
	var box image.Rectangle
	for i := 0; i < len(g); i += 4 {
		if far(g[i], w[i]) || far(g[i+1], w[i+1]) || far(g[i+2], w[i+2]) || far(g[i+3], w[i+3]) {
			p := image.Pt(i/4%b.Dx(), i/4/b.Dx())
			box = box.Union(image.Rectangle{Min: p, Max: p.Add(image.Pt(1, 1))})
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d pixels differ, within %v", n, box)
}

// Drawing only what changed, over the screen of the frames before, gives
// the same pixels as drawing the whole screen afresh, whatever changed.
func TestDrawOnlyWhatChangedMatchesWholeFrame(t *testing.T) {
	cfg := nn.DefaultConfig()
	a, ft := newTestApp(t, Options{Warnings: []string{"lr=banana: not a number — using the default 0.001"}})
	screen := ebiten.NewImage(ui.ScreenW, ui.ScreenH)
	defer screen.Deallocate()
	hover := func(name string) func() {
		return func() {
			x, y, w, h, ok := a.ControlRect(name)
			if !ok {
				t.Fatalf("no control %q", name)
			}
			a.update(&intents{hover: true, hoverX: x + w/2, hoverY: y + h/2})
		}
	}
	padAt := func(x, y float64) (float64, float64) {
		r := a.padV.layout.Pad
		return r.X + x, r.Y + y
	}
	stroke := func(phase phase, x, y float64) func() {
		return func() {
			px, py := padAt(x, y)
			tick(a, pointerEvent{mouseID, phase, px, py})
		}
	}
	snap := func(run string, points int) func() {
		return func() {
			s := snapshotOf(t, cfg, run, 1)
			for i := range points {
				s.History.Train = append(s.History.Train, nn.Point{Samples: int64(3000 + 1000*i), Loss: 1 / float64(i+2), Acc: 0.6 + 0.3*float64(i)/float64(points)})
			}
			s.Samples, s.Epoch, s.SamplesPerSec = int64(3000+1000*points), float64(points)/50, 20000+float64(points)
			ft.set(s)
			tick(a)
		}
	}
	clickOn := func(name string) func() { return func() { click(t, a, name) } }
	// Steps by the user show at once: the frame right after them is
	// compared too. A snapshot's news may wait for the training regions'
	// turn.
	steps := []struct {
		name   string
		do     func()
		atOnce bool
	}{
		{"first frame", func() {}, true},
		{"nothing changed", func() { tick(a) }, true},
		{"a snapshot", snap(trainer.RunTraining, 0), false},
		{"more points", snap(trainer.RunTraining, 40), false},
		{"hover over a chip", hover("activation:elu"), true},
		{"hover over a stepper arrow", hover("lr:inc"), true},
		{"hover over play", hover("play"), true},
		{"hover over the banner's close", hover("banner:close"), true},
		{"hover ends", func() { tick(a) }, true},
		{"a stroke starts", stroke(pointerDown, 80, 60), true},
		{"the stroke goes on", stroke(pointerMove, 200, 60), true},
		{"the stroke ends", stroke(pointerUp, 140, 230), true},
		{"new weights", snap(trainer.RunTraining, 60), false},
		{"paused", snap(trainer.RunPaused, 60), false},
		{"a config change", clickOn("activation:elu"), true},
		{"the pad is cleared", func() { a.ClearPad(); tick(a) }, true},
		{"saving without somewhere to save", clickOn("model:save"), true},
		{"a model is loaded", func() { a.LoadModel("m.dlm", savedBytes(t, a)); tick(a) }, true},
		{"hover over the model's ×", hover("model:close"), true},
		{"the model is closed", clickOn("model:close"), true},
		{"the banner is closed", clickOn("banner:close"), true},
		{"a dropped command", func() { ft.full = true; click(t, a, "step"); ft.full = false }, true},
		{"diverged", snap(trainer.RunDiverged, 60), false},
		{"the compare tab", clickOn("tab:compare"), true},
		{"hover over a run", hover("run:1"), true},
		{"hover over a run's pin", hover("run:1:pin"), true},
		{"hover over Share link", hover("runs:share"), true},
		{"the current run pinned", clickOn("runs:pin"), false},
		{"the presets tab", clickOn("tab:presets"), true},
		{"hover over a preset", hover("preset:fail-zeros"), true},
		{"the errors tab", clickOn("tab:errors"), true},
		{"the layers tab", clickOn("tab:layers"), true},
		{"the curves tab", clickOn("tab:curves"), true},
	}
	check := func(when string) {
		t.Helper()
		a.Draw(screen)
		want := wholeFrame(a)
		if d := diffPixels(screen, want); d != "" {
			t.Errorf("%s: %s", when, d)
		}
		want.Deallocate()
	}
	for _, s := range steps {
		s.do()
		if s.atOnce {
			check("right after " + s.name)
		}
		// Let the regions that follow the training have their turn.
		for range dataRefreshTicks {
			tick(a)
		}
		check("after " + s.name)
	}
}

// The regions that follow the training are redrawn at most every
// dataRefreshTicks, while what the user does shows in the next frame.
func TestTrainingRegionsAreThrottled(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	screen := ebiten.NewImage(ui.ScreenW, ui.ScreenH)
	defer screen.Deallocate()
	s := snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1)
	ft.set(s)
	tick(a)
	a.Draw(screen)
	if a.cache.status != a.top.status {
		t.Fatal("the first frame does not show the status")
	}

	// New numbers wait for their turn.
	s2 := *s
	s2.Samples = 5000
	ft.set(&s2)
	tick(a)
	a.Draw(screen)
	if a.cache.status == a.top.status {
		t.Error("new numbers were drawn before their turn")
	}
	for range dataRefreshTicks {
		tick(a)
	}
	a.Draw(screen)
	if a.cache.status != a.top.status {
		t.Error("new numbers were not drawn in their turn")
	}

	// A new state of the run shows at once.
	s3 := s2
	s3.Run = trainer.RunPaused
	ft.set(&s3)
	tick(a)
	a.Draw(screen)
	if a.cache.status != a.top.status {
		t.Error("a paused run was not shown at once")
	}

	// So does a stroke, and the prediction it makes.
	a.DrawStrokes([][][2]float32{{{80, 60}, {200, 60}, {140, 230}}})
	tick(a)
	a.Draw(screen)
	if a.cache.pad != a.padV.look() || a.cache.pred != a.pred || a.pred.empty {
		t.Error("a stroke or its prediction was not drawn at once")
	}
}

// The status line shows the training speed once there is a figure, and
// says it is measuring before that instead of "0 samples/s".
func TestStatusSpeed(t *testing.T) {
	tests := []struct {
		run  string
		rate float64
		want string // "" = no speed fact at all
	}{
		{trainer.RunTraining, 22600, "22.6k samples/s"},
		{trainer.RunTraining, 0, "measuring speed…"},
		{trainer.RunPaused, 0, ""},
		{trainer.RunFinished, 22600, ""},
	}
	for _, tt := range tests {
		_, _, facts := statusOf(&trainer.Snapshot{Progress: trainer.Progress{Run: tt.run, SamplesPerSec: tt.rate}})
		var got string
		for _, f := range facts {
			if strings.Contains(f, "samples/s") || strings.Contains(f, "speed") {
				got = f
			}
		}
		if got != tt.want {
			t.Errorf("%s at %v: speed fact %q, want %q (facts %q)", tt.run, tt.rate, got, tt.want, facts)
		}
	}
}

// The status line says how many training images a waiting run still
// waits for.
func TestStatusWaiting(t *testing.T) {
	tests := []struct {
		waiting, want string
	}{
		{"", "loading the training data…"},
		{"20000 of 60000 training images", "loading the training data: 20000 of 60000 training images"},
	}
	for _, tt := range tests {
		_, _, facts := statusOf(&trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunLoading, Waiting: tt.waiting}})
		if len(facts) != 1 || facts[0] != tt.want {
			t.Errorf("waiting %q: facts %q, want [%q]", tt.waiting, facts, tt.want)
		}
	}
}

// The screen is drawn at the device's scale, except that it never has more
// than maxDevicePixels, which bounds the page's memory.
func TestDeviceScale(t *testing.T) {
	for _, tc := range []struct{ w, h, d, want float64 }{
		{1440, 900, 2, 2},
		{390, 844, 3, 3},
		{1920, 1080, 2, 2},
		{2560, 1440, 2, 1.5},
		{1280, 800, 1, 1},
	} {
		if got := deviceScale(tc.w, tc.h, tc.d); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%vx%v at %v: scale %v, want %v", tc.w, tc.h, tc.d, got, tc.want)
		}
		if px := tc.w * tc.h * deviceScale(tc.w, tc.h, tc.d) * deviceScale(tc.w, tc.h, tc.d); px > maxDevicePixels*(1+1e-9) {
			t.Errorf("%vx%v at %v: %v device pixels", tc.w, tc.h, tc.d, px)
		}
	}
}

// A layout at device scale 2 draws through a view of scale 2 (the screen
// twice the outside size), and pointer positions read in device pixels
// land on the same logical controls.
func TestLayoutAtDeviceScale(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	w, h := a.layoutAt(1280, 800, 2)
	if w != 2560 || h != 1600 || a.p.view.k != 2 {
		t.Fatalf("screen %vx%v, view %+v", w, h, a.p.view)
	}
	x, y, rw, rh, _ := a.ControlRect("reset")
	in := intents{pointers: []pointerEvent{{mouseID, pointerDown, 2 * (x + rw/2), 2 * (y + rh/2)}}, hover: true, hoverX: 2 * (x + rw/2), hoverY: 2 * (y + rh/2)}
	a.p.view.toLogical(&in)
	if e := in.pointers[0]; !a.top.reset.rect.Contains(e.x, e.y) || !in.hovers(a.top.reset.rect) {
		t.Errorf("the press at device (%v, %v) lands at logical (%v, %v), off reset %v", 2*(x+rw/2), 2*(y+rh/2), e.x, e.y, a.top.reset.rect)
	}
}

// Text is drawn from the atlas of the smallest scale that covers the
// device's pixels, so glyphs are scaled down rather than blown up.
func TestAtlasScale(t *testing.T) {
	for _, tc := range []struct {
		k    float64
		want int
	}{{0.8, 1}, {1, 1}, {1.05, 1}, {1.125, 2}, {2, 2}, {2.25, 3}, {3, 3}, {4, 3}} {
		if got := atlasScale(tc.k); got != tc.want {
			t.Errorf("atlasScale(%v) = %d, want %d", tc.k, got, tc.want)
		}
	}
}

// A status line too narrow for every fact (a phone) drops the speed
// first, then says the rest shortly, instead of cutting a number in two.
func TestStatusFitsItsRoom(t *testing.T) {
	training := &trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunTraining, Epoch: 5.34, Epochs: 30, Samples: 106752, SamplesPerSec: 39200}}
	diverged := &trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunDiverged, Epoch: 0.2, Epochs: 30, Samples: 4000, Diverged: "loss became NaN at step 120"}}
	tests := []struct {
		name string
		s    *trainer.Snapshot
		want [maxFactVariants]string
	}{
		{"training", training, [maxFactVariants]string{
			"epoch 5.3 of 30  ·  106,752 samples  ·  39.2k samples/s",
			"epoch 5.3 of 30  ·  106,752 samples",
			"epoch 5.3/30  ·  106.8k samples",
			"epoch 5.3/30  ·  106.8k"}},
		{"diverged", diverged, [maxFactVariants]string{
			"epoch 0.2 of 30  ·  4,000 samples  ·  loss became NaN at step 120",
			"epoch 0.2/30  ·  4k samples  ·  loss became NaN at step 120",
			"epoch 0.2/30  ·  4k"}},
		{"loading", &trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunLoading}}, [maxFactVariants]string{"loading the training data…"}},
	}
	for _, tt := range tests {
		_, _, facts := statusOf(tt.s)
		if got := factVariants(tt.s, facts); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	// In portrait on a 390-pixel phone the status shows a whole variant.
	a, ft := newTestApp(t, Options{})
	a.layoutAt(390, 844, 1)
	ft.set(&trainer.Snapshot{Progress: training.Progress})
	tick(a)
	var shown []string
	a.p.trace = func(_ ui.Rect, text string, _ *face) { shown = append(shown, text) }
	a.top.drawStatus(&canvas{dst: ebiten.NewImage(390, 844), all: true}, a.p)
	a.p.trace = nil
	if !slices.Contains(shown, "epoch 5.3/30  ·  106.8k samples") && !slices.Contains(shown, "epoch 5.3/30  ·  106.8k") {
		t.Errorf("the phone's status drew %q, want a short variant whole", shown)
	}
}
