package game

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"digitlab/evidence"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// stateEvidence reads the state's evidence object (nil for null).
func stateEvidence(t *testing.T, a *App) *evidenceJSON {
	t.Helper()
	var st struct{ Evidence *evidenceJSON }
	if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
		t.Fatal(err)
	}
	return st.Evidence
}

// neighbourQueries returns the neighbours queries among the commands sent
// since the last take.
func neighbourQueries(ft *fakeTrainer) []trainer.Command {
	var qs []trainer.Command
	for _, c := range ft.take() {
		if c.Op == trainer.OpNeighbours {
			qs = append(qs, c)
		}
	}
	return qs
}

// The Why tab explains what the pad holds: nothing, a drawing (asking the
// trainer for its neighbours once, after the stroke ends, and taking only
// the answer for that image), or an inspected validation image; the
// state shows it while the tab is selected.
func TestWhyViewExplainsThePad(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	snap := snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1)
	ft.set(snap)
	tick(a)
	if e := stateEvidence(t, a); e != nil {
		t.Fatalf("evidence %+v while the curves are shown", e)
	}
	click(t, a, "tab:why")
	tick(a)
	e := stateEvidence(t, a)
	if e == nil || e.Winner != -1 || !strings.Contains(e.Sentence, "Draw a digit") {
		t.Fatalf("an empty pad: %+v", e)
	}
	if q := neighbourQueries(ft); len(q) != 0 {
		t.Errorf("queries about an empty pad: %d", len(q))
	}

	// A stroke: no query while it is open, one when it ends.
	x, y, _, _, _ := a.ControlRect("pad")
	tick(a, pointerEvent{mouseID, pointerDown, x + 80, y + 60})
	tick(a, pointerEvent{mouseID, pointerMove, x + 200, y + 60})
	tick(a)
	if q := neighbourQueries(ft); len(q) != 0 {
		t.Errorf("%d queries while the stroke is open", len(q))
	}
	tick(a, pointerEvent{mouseID, pointerUp, x + 140, y + 230})
	tick(a)
	tick(a)
	qs := neighbourQueries(ft)
	if len(qs) != 1 || qs[0].Image == nil {
		t.Fatalf("%d queries after the stroke, want 1 with an image", len(qs))
	}
	for i, g := range qs[0].Image {
		if want := mix(0, 0xff, a.padV.input[i]); g != want {
			t.Fatalf("query pixel %d is %d, the network's input %d", i, g, want)
		}
	}
	win, second := evidence.Top2(&a.pred.probs)
	e = stateEvidence(t, a)
	if e == nil || e.Winner != win || e.RunnerUp != second || len(e.Neighbours) != 0 {
		t.Fatalf("a drawing: %+v, want winner %d, runner-up %d, no neighbours yet", e, win, second)
	}
	if a.pred.verdict == pad.Digit && !strings.Contains(e.Sentence, "came second") {
		t.Errorf("a drawing read as a digit: %q", e.Sentence)
	}

	// An answer about another image is not taken; the one about the pad is.
	answer := func(img []byte, labels ...int) {
		s := *snap
		s.Neighbours = &trainer.Neighbours{Image: img}
		for i, l := range labels {
			s.Neighbours.Near = append(s.Neighbours.Near, trainer.Neighbour{Neighbour: evidence.Neighbour{Index: i, Label: l}, Pixels: make([]byte, nn.Inputs)})
		}
		ft.set(&s)
		tick(a)
	}
	answer(make([]byte, nn.Inputs), 1, 1, 1, 1, 1, 1)
	if e := stateEvidence(t, a); len(e.Neighbours) != 0 {
		t.Errorf("took the neighbours of another image: %v", e.Neighbours)
	}
	before := a.views[ui.TabWhy].look()
	answer(qs[0].Image[:], win, win, second, win, 3, win)
	e = stateEvidence(t, a)
	if len(e.Neighbours) != trainer.NeighboursK || e.Neighbours[2] != second || !strings.Contains(e.Sentence, "closest training images") {
		t.Errorf("with neighbours: %+v", e)
	}
	if a.views[ui.TabWhy].look().user == before.user {
		t.Error("the neighbours' arrival does not change the view's look")
	}
	tick(a)
	if q := neighbourQueries(ft); len(q) != 0 {
		t.Errorf("%d more queries about the same image", len(q))
	}

	// A validation image from the Errors tab.
	px := make([]byte, nn.Inputs)
	for i := 200; i < 600; i += 3 {
		px[i] = 255
	}
	a.padV.inspect(trainer.Mistake{Mistake: nn.Mistake{Label: 4, Predicted: 9}, Pixels: px})
	tick(a)
	tick(a)
	e = stateEvidence(t, a)
	if e == nil || !strings.Contains(e.Sentence, "from the validation set") || len(e.Neighbours) != 0 {
		t.Errorf("an inspected image: %+v", e)
	}
	if qs := neighbourQueries(ft); len(qs) != 1 || string(qs[0].Image[:]) != string(px) {
		t.Errorf("%d queries about the inspected image, want 1 with its pixels", len(qs))
	}
	click(t, a, "tab:errors")
	if e := stateEvidence(t, a); e != nil {
		t.Errorf("evidence %+v after leaving the tab", e)
	}
}

// The Why tab's parts lie inside its panel, apart, with room for a line of
// the sentence, on the desktop and on phones.
func TestWhyLayoutFits(t *testing.T) {
	for _, p := range []ui.Rect{
		{X: 388, Y: 110, W: 404, H: 462},  // desktop
		{X: 8, Y: 194, W: 374, H: 454},    // portrait
		{X: 8, Y: 194, W: 344, H: 284},    // a small portrait
		{X: 8, Y: 108, W: 828, H: 117.33}, // landscape
		{X: 8, Y: 108, W: 560, H: 274},
	} {
		l := layWhy(p)
		parts := map[string]ui.Rect{"title": l.Title, "input": l.Input, "map": l.Map, "legend": l.Legend, "sentence": l.Sentence}
		for k := range l.Thumbs {
			parts["thumb"+string(rune('0'+k))] = l.Thumbs[k]
			parts["caption"+string(rune('0'+k))] = l.Captions[k]
		}
		if !l.NearTitle.Empty() {
			parts["near title"] = l.NearTitle
		}
		for name, r := range parts {
			if r.X < p.X || r.Y < p.Y || r.Right() > p.Right()+0.01 || r.Bottom() > p.Bottom()+0.01 || r.Empty() {
				t.Errorf("%v: the %s %v is not inside", p, name, r)
			}
		}
		if l.Sentence.H < 17 {
			t.Errorf("%v: no line for the sentence: %v", p, l.Sentence)
		}
		if l.Input.W < 28 || l.Input.Right() > l.Map.X {
			t.Errorf("%v: input %v and map %v", p, l.Input, l.Map)
		}
		for _, th := range append(l.Captions, l.Map, l.Legend) {
			if overlaps(th, l.Sentence) {
				t.Errorf("%v: %v overlaps the sentence %v", p, th, l.Sentence)
			}
		}
	}
}

// New weights reach the Why tab in the tick they arrive, as they reach
// the pad's bars: the two never show different answers.
func TestWhyViewFollowsTheWeightsAtOnce(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	cfg := nn.DefaultConfig()
	ft.set(snapshotOf(t, cfg, trainer.RunTraining, 1))
	tick(a)
	click(t, a, "tab:why")
	a.DrawStrokes([][][2]float32{{{80, 60}, {200, 60}, {140, 230}}})
	tick(a)
	v := a.views[ui.TabWhy].(*whyView)
	for seed := uint64(2); seed < 6; seed++ {
		c := cfg
		c.Seed = seed
		s := snapshotOf(t, c, trainer.RunTraining, 1)
		s.Config = cfg.String() // the same run, other weights
		s.WeightsStep = int64(seed)
		ft.set(s)
		tick(a)
		if v.c.Probs != a.pred.probs {
			t.Fatalf("weights %d: the tab explains %v, the pad shows %v", seed, v.c.Probs, a.pred.probs)
		}
	}
}

// A 0 struck through reaches the network as its oval alone, a 1 with a
// flag and a base as its stem (pad's tidy leaves the rest out): the state
// says so, the Why tab's sentence tells the user why the input lacks the
// strokes, and a plain 0 or a stick says neither.
func TestLeftOutStrokesExplained(t *testing.T) {
	var oval [][2]float32
	for deg := -90; deg <= 270; deg += 10 {
		r := float64(deg) * math.Pi / 180
		oval = append(oval, [2]float32{float32(140 + 60*math.Cos(r)), float32(140 + 100*math.Sin(r))})
	}
	slash := [][2]float32{{195, 35}, {85, 245}}
	stem := [][2]float32{{150, 30}, {148, 250}}
	for _, tc := range []struct {
		name            string
		strokes         [][][2]float32
		struck, flagged bool
		kept            [][][2]float32 // what the network reads
	}{
		{"a 0 struck through", [][][2]float32{oval, slash}, true, false, [][][2]float32{oval}},
		{"the slash first", [][][2]float32{slash, oval}, true, false, [][][2]float32{oval}},
		{"a plain 0", [][][2]float32{oval}, false, false, nil},
		{"a 0 with a level bar (θ)", [][][2]float32{oval, {{70, 140}, {210, 140}}}, false, false, nil},
		{"a 1 with a flag and a base", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 252}, {195, 250}}}, false, true, [][][2]float32{stem}},
		{"a stick", [][][2]float32{stem}, false, false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, ft := newTestApp(t, Options{})
			ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
			click(t, a, "tab:why") // first: the tab reads the prediction before the pad repaints
			drawOn(t, a, tc.strokes)
			tick(a) // the tab updates before the pad: it explains the drawing a tick later
			var st struct {
				Prediction struct{ Struck, Flagged, Empty bool }
			}
			if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
				t.Fatal(err)
			}
			if p := st.Prediction; p.Empty || p.Struck != tc.struck || p.Flagged != tc.flagged {
				t.Errorf("prediction: empty %v, struck %v, flagged %v; want struck %v, flagged %v", p.Empty, p.Struck, p.Flagged, tc.struck, tc.flagged)
			}
			e := stateEvidence(t, a)
			if e == nil {
				t.Fatal("no evidence in the Why tab")
			}
			if says := strings.Contains(e.Sentence, "slash through the oval was left out"); says != tc.struck {
				t.Errorf("the sentence %q; want the slash mentioned: %v", e.Sentence, tc.struck)
			}
			if says := strings.Contains(e.Sentence, "flag and base of a 1"); says != tc.flagged {
				t.Errorf("the sentence %q; want the flag mentioned: %v", e.Sentence, tc.flagged)
			}
			if tc.kept != nil {
				var want [pad.NetPixels]float32
				pad.Preprocess(mustPadDrawing(t, tc.kept), &want)
				if a.padV.input != want {
					t.Error("the network's input is not that of the strokes kept alone")
				}
			}
		})
	}
}

// mustPadDrawing makes a pad.Drawing of strokes.
func mustPadDrawing(t *testing.T, strokes [][][2]float32) *pad.Drawing {
	t.Helper()
	var d pad.Drawing
	if err := d.AddStrokes(strokes); err != nil {
		t.Fatal(err)
	}
	return &d
}
