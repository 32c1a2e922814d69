package game

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// fakeFiles records what the app saves and how often it asks for a file.
type fakeFiles struct {
	name  string
	data  []byte
	opens int
}

func (f *fakeFiles) Save(name string, data []byte) (string, error) {
	f.name, f.data = name, bytes.Clone(data)
	return "Saved " + name, nil
}

func (f *fakeFiles) Open() string { f.opens++; return "" }

// aSeven is a drawing the tests classify.
var aSeven = [][][2]float32{{{80, 60}, {200, 60}, {140, 230}}}

// drawnApp returns an app whose run of cfg has its initial weights and
// whose pad holds aSeven, classified.
func drawnApp(t *testing.T, cfg nn.Config, opts Options) (*App, *fakeTrainer) {
	t.Helper()
	a, ft := newTestApp(t, opts)
	ft.set(snapshotOf(t, cfg, trainer.RunTraining, 1))
	if err := a.DrawStrokes(aSeven); err != nil {
		t.Fatal(err)
	}
	tick(a)
	checkProbs(t, a)
	return a, ft
}

// savedFile saves the app's model through the automation method.
func savedFile(t *testing.T, a *App) (string, []byte) {
	t.Helper()
	var name string
	var data []byte
	var err error
	a.SaveModel(func(n string, d []byte, e error) { name, data, err = n, d, e })
	tick(a)
	if err != nil || len(data) == 0 {
		t.Fatalf("SaveModel: %d bytes, %v", len(data), err)
	}
	return name, data
}

type modelState struct {
	Model      modelJSON
	Prediction struct{ Probs []float64 }
}

func stateOf(t *testing.T, a *App) modelState {
	t.Helper()
	var s modelState
	if err := json.Unmarshal([]byte(a.StateJSON()), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// A saved model loads back into another app, running another network, and
// reads the same drawing with the same probabilities until it is closed.
func TestModelRoundTripInTheApp(t *testing.T) {
	for _, tc := range []struct{ name, saved, other string }{
		{"dense", "hidden=32x16&act=tanh&seed=3", "hidden=64&seed=9"},
		{"conv", "conv=4c3-p2&hidden=16&seed=5", "hidden=16&seed=2"},
		{"batch norm", "hidden=24&bn=1&act=elu&seed=4", "conv=4c5-p2&seed=6"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, _ := nn.ParseConfig(tc.saved)
			other, _ := nn.ParseConfig(tc.other)
			src, _ := drawnApp(t, cfg, Options{})
			want := src.pred.probs
			name, data := savedFile(t, src)
			if !strings.HasSuffix(name, ModelExt) || !strings.Contains(name, string(cfg.Activation)) {
				t.Errorf("file name %q", name)
			}

			dst, _ := drawnApp(t, other, Options{})
			own := dst.pred.probs
			if own == want {
				t.Fatal("the two networks read the drawing alike: the test cannot tell them apart")
			}
			if msg := dst.LoadModel(name, data); msg != "" {
				t.Fatal(msg)
			}
			tick(dst)
			if dst.pred.probs != want {
				t.Errorf("loaded model reads %v, the saved one read %v", dst.pred.probs, want)
			}
			s := stateOf(t, dst)
			if !s.Model.Loaded || s.Model.Config != cfg.String() || s.Model.Name != name {
				t.Errorf("state model %+v, want loaded %q from %q", s.Model, cfg.String(), name)
			}
			if got := dst.model.look().text; !strings.Contains(got, "Loaded model: "+modelSummary(cfg)) || !strings.Contains(got, "not the training run") {
				t.Errorf("the strip says %q", got)
			}
			// Saving now saves the loaded model, byte for byte.
			if n2, again := savedFile(t, dst); n2 != name || !bytes.Equal(again, data) {
				t.Errorf("saving the loaded model gave %q (%d bytes), want %q (%d bytes)", n2, len(again), name, len(data))
			}
			click(t, dst, "model:close")
			if dst.model.loaded() || dst.pred.probs != own {
				t.Errorf("after closing, loaded %v, probabilities %v, want the run's %v", dst.model.loaded(), dst.pred.probs, own)
			}
		})
	}
}

// The file gets the run's own config even when the app's network was built
// for an earlier run of the same shape.
func TestSavedModelHasTheRunsConfig(t *testing.T) {
	first, _ := nn.ParseConfig("hidden=32&lr=0.001")
	second, _ := nn.ParseConfig("hidden=32&lr=0.01&l2=0.0001")
	a, ft := drawnApp(t, first, Options{})
	ft.set(snapshotOf(t, second, trainer.RunTraining, 2))
	tick(a)
	_, data := savedFile(t, a)
	net, err := nn.LoadModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := net.Config(); !got.Equal(second) {
		t.Errorf("saved config %v, want the run's %v", got, second)
	}
}

// A bad file gives nn.LoadModel's message, in the return value and the
// strip, and changes nothing: the loaded model (or the run) keeps reading
// the drawing.
func TestLoadModelRejectsBadFiles(t *testing.T) {
	cfg, _ := nn.ParseConfig("hidden=16&act=tanh&seed=8")
	a, _ := drawnApp(t, cfg, Options{})
	name, good := savedFile(t, a)
	a.LoadModel(name, good)
	tick(a)
	before, beforeState := a.pred.probs, stateOf(t, a).Model
	flip := bytes.Clone(good)
	flip[len(flip)/2] ^= 0x10
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not a model", []byte("PK\x03\x04 a zip file, say")},
		{"truncated", good[:len(good)-9]},
		{"flipped bit", flip},
	} {
		_, want := nn.LoadModel(tc.data)
		msg := a.LoadModel(tc.name, tc.data)
		if want == nil || msg != want.Error() {
			t.Errorf("%s: message %q, want nn.LoadModel's %v", tc.name, msg, want)
		}
		tick(a)
		s := stateOf(t, a).Model
		if !s.Error || !strings.Contains(s.Message, strings.TrimPrefix(msg, "nn: ")) {
			t.Errorf("%s: the strip says %q (error %v)", tc.name, s.Message, s.Error)
		}
		if a.pred.probs != before || !s.Loaded || s.Config != beforeState.Config || s.Name != beforeState.Name {
			t.Errorf("%s: the bad file changed the model: %+v, probabilities %v", tc.name, s, a.pred.probs)
		}
	}
}

// The buttons save through ModelFiles, ask it for a file, and say what
// happened; before any weights there is nothing to save.
func TestModelButtons(t *testing.T) {
	files := &fakeFiles{}
	a, ft := newTestApp(t, Options{Models: files})
	tick(a)
	click(t, a, "model:save")
	if files.data != nil || !a.model.bad || !strings.Contains(a.model.note, errNoModel.Error()) {
		t.Errorf("saving without weights: saved %d bytes, note %q", len(files.data), a.model.note)
	}
	cfg := nn.DefaultConfig()
	ft.set(snapshotOf(t, cfg, trainer.RunTraining, 1))
	tick(a)
	click(t, a, "model:save")
	if net, err := nn.LoadModel(files.data); err != nil || !net.Config().Equal(cfg) {
		t.Errorf("the Save button saved a file that loads as %v, %v", net, err)
	}
	if a.model.bad || a.model.note != "Saved "+files.name {
		t.Errorf("after saving, the strip says %q", a.model.note)
	}
	click(t, a, "model:load")
	if files.opens != 1 {
		t.Errorf("the Load button asked for %d files", files.opens)
	}

	bare, _ := newTestApp(t, Options{})
	tick(bare)
	click(t, bare, "model:load")
	if !bare.model.bad || bare.model.note == "" {
		t.Errorf("without ModelFiles the Load button says %q", bare.model.note)
	}
	for range modelErrorTicks {
		tick(bare)
	}
	if bare.model.note != "" {
		t.Errorf("the message %q outlived its time", bare.model.note)
	}
}

// In every form the buttons lie inside the drawing panel without touching
// Clear, the title, the guess or each other, and are finger-sized on a
// phone; the strip's × starts no stroke.
func TestModelButtonsLayout(t *testing.T) {
	for _, size := range [][2]int{{1280, 800}, {390, 844}, {320, 568}, {844, 390}, {667, 375}} {
		a, ft := newTestApp(t, Options{})
		ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
		a.Layout(size[0], size[1])
		tick(a)
		l := a.padV.layout
		save, load := a.model.save.rect, a.model.load.rect
		panel := a.screen.Drawing
		others := map[string]ui.Rect{"clear": l.Clear, "title": l.Title, "guess": a.padV.guessArea(), "pad": l.Pad, "preview": l.Preview, "load": load}
		for name, r := range map[string]ui.Rect{"save": save, "load": load} {
			if r.X < panel.X || r.Right() > panel.Right() || r.Y < panel.Y || r.Bottom() > panel.Bottom() {
				t.Errorf("%v: %s %v outside the panel %v", size, name, r, panel)
			}
			if a.form != ui.Desktop && (r.H < ui.TouchH || r.W < 40) {
				t.Errorf("%v: %s %v is smaller than a finger", size, name, r)
			}
			for o, q := range others {
				if o != name && overlaps(r, q) {
					t.Errorf("%v: %s %v overlaps %s %v", size, name, r, o, q)
				}
			}
		}
		a.LoadModel("", savedBytes(t, a))
		tick(a)
		x, y, w, h, ok := a.ControlRect("model:close")
		if !ok {
			t.Fatalf("%v: no × while a model is loaded", size)
		}
		tick(a, pointerEvent{mouseID, pointerDown, x + w/2, y + h/2})
		tick(a, pointerEvent{mouseID, pointerUp, x + w/2, y + h/2})
		if !a.padV.drawing.Empty() || a.model.loaded() {
			t.Errorf("%v: pressing × drew %v and left the model loaded %v", size, a.padV.drawing.Export(), a.model.loaded())
		}
	}
}

func savedBytes(t *testing.T, a *App) []byte { _, d := savedFile(t, a); return d }

func overlaps(a, b ui.Rect) bool {
	if a.Empty() || b.Empty() {
		return false
	}
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}
