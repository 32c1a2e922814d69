package game

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"digitlab/game/ui"
	"digitlab/internal/testnet"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/pad/drawset"
	"digitlab/trainer"
)

// doubtCase is a drawing and what the pad says it could also be.
type doubtCase struct {
	strokes [][][2]float32
	also    pad.Also
}

// doubtCases are the first drawings of drawset's part Fresh that the
// checker takes for digits and net reads with each kind of doubt, as
// pad.AlsoOf says: disputed by the checker's subspaces, doubted by the
// views alone, and read without a doubt.
func doubtCases(t *testing.T, net *nn.Network) (disputed, doubted, sure doubtCase) {
	t.Helper()
	var r pad.Reader
	check := pad.NewChecker()
	var probs [nn.Classes]float32
	var img [pad.NetPixels]float32
	for _, s := range drawset.Digits(1, 400, drawset.Fresh) {
		var d pad.Drawing
		if d.AddStrokes(s.Strokes) != nil || !pad.Preprocess(&d, &img) {
			continue
		}
		j := check.Check(&img, &d)
		k := r.Read(net, &d, &probs)
		if j.Verdict != pad.Digit || k < 0 {
			continue
		}
		c := doubtCase{s.Strokes, pad.AlsoOf(r.Doubt(), j, k)}
		switch {
		case c.also.ByChecker && disputed.strokes == nil:
			disputed = c
		case c.also.Label >= 0 && !c.also.ByChecker && doubted.strokes == nil:
			doubted = c
		case c.also.Label < 0 && sure.strokes == nil:
			sure = c
		}
	}
	if disputed.strokes == nil || doubted.strokes == nil || sure.strokes == nil {
		t.Fatalf("part Fresh's first 400 digits lack a drawing disputed (%v), doubted (%v) or read without a doubt (%v)", disputed.strokes != nil, doubted.strokes != nil, sure.strokes != nil)
	}
	return disputed, doubted, sure
}

// trainedDoubtCases returns a snapshot of the default network trained for
// two epochs and doubtCases' drawings for it.
func trainedDoubtCases(t *testing.T) (snap *trainer.Snapshot, disputed, doubted, sure doubtCase) {
	t.Helper()
	net := testnet.Default(t, 2)
	snap = snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1)
	snap.Weights = net.AppendWeights(nil)
	disputed, doubted, sure = doubtCases(t, net)
	return snap, disputed, doubted, sure
}

// shownText is every text of a's next frame, joined by single spaces.
func shownText(a *App) string {
	var lines []string
	for _, tr := range traceFrame(a, a.screen.W, a.screen.H) {
		lines = append(lines, tr.text)
	}
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

// drawOn draws strokes on a's pad and lets the app read them.
func drawOn(t *testing.T, a *App, strokes [][][2]float32) {
	t.Helper()
	tick(a)
	if err := a.DrawStrokes(strokes); err != nil {
		t.Fatal(err)
	}
	tick(a)
}

// The state's doubt is pad.AlsoOf's on the drawing, and the pad says it
// under the answer: "could also be a" the checker's nearest digit for a
// drawing its subspaces dispute, the runner-up for one the views doubt,
// and nothing for one read without a doubt.
func TestPredictionDoubt(t *testing.T) {
	snap, disputed, doubted, sure := trainedDoubtCases(t)
	for _, tc := range []struct {
		name string
		c    doubtCase
		by   string
	}{
		{"a drawing the checker disputes", disputed, "checker"},
		{"a drawing the views doubt", doubted, "views"},
		{"a drawing read without a doubt", sure, ""},
	} {
		a, ft := newTestApp(t, Options{})
		ft.set(snap)
		drawOn(t, a, tc.c.strokes)
		var st struct {
			Prediction struct {
				Verdict   string
				Label     int
				Probs     [nn.Classes]float64
				Doubt     bool
				AlsoLabel int
				AlsoBy    string
			}
		}
		if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
			t.Fatal(err)
		}
		p := st.Prediction
		if p.Verdict != "digit" {
			t.Fatalf("%s: verdict %q: pick a drawing the checker takes for a digit", tc.name, p.Verdict)
		}
		also := tc.c.also.Label
		if tc.by == "views" {
			// The runner-up of the probabilities the state shows.
			also = -1
			for k, q := range p.Probs {
				if k != p.Label && (also < 0 || q > p.Probs[also]) {
					also = k
				}
			}
		}
		doubtful := tc.by != ""
		if p.Doubt != doubtful || p.AlsoLabel != also || p.AlsoBy != tc.by || also == p.Label {
			t.Errorf("%s: label %d, doubt %v, alsoLabel %d, alsoBy %q; want doubt %v, alsoLabel %d, alsoBy %q (probs %v)", tc.name, p.Label, p.Doubt, p.AlsoLabel, p.AlsoBy, doubtful, also, tc.by, p.Probs)
		}
		shown := shownText(a)
		says := strings.Contains(shown, "could also be") || strings.Contains(shown, "or a")
		if says != doubtful || (doubtful && !strings.Contains(shown, alsoText[also][0]) && !strings.Contains(shown, alsoText[also][1])) {
			t.Errorf("%s: the pad says %q", tc.name, shown)
		}
	}
}

// On every phone and desktop size, both doubts under an answer (the
// checker's and the views') are drawn whole, inside the area the guess
// is redrawn in, over no other text.
func TestDoubtsFitUnderTheAnswer(t *testing.T) {
	for _, size := range [][2]float64{
		{390, 844}, {360, 640}, {320, 568}, {844, 390}, {740, 360}, {667, 375},
		{1024, 600}, {1280, 720}, {1920, 1080},
	} {
		a, ft := newTestApp(t, Options{})
		ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
		sw, sh := a.layoutAt(size[0], size[1], 1)
		drawOn(t, a, [][][2]float32{{{80, 60}, {200, 60}, {140, 230}}})
		if a.form != ui.Desktop {
			a.setPage(ui.PageDraw)
			tick(a)
		}
		a.pred.unsure, a.pred.also, a.pred.suggest = true, (a.pred.label+1)%nn.Classes, true
		name := fmt.Sprintf("%vx%v", size[0], size[1])
		area := a.padV.guessArea()
		// The lines of the doubts and the suggestion, as wrapped: any text
		// of theirs but a bar's lone digit.
		forms := append(append(unsureText[:], alsoText[a.pred.also][:]...), suggestText[:]...)
		var got []string
		for _, tr := range traceFrame(a, sw, sh) {
			if len(tr.text) <= 2 || !slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(f, tr.text) }) {
				continue
			}
			got = append(got, tr.text)
			if !inside(tr.box, area) {
				t.Errorf("%s: %q at %v, outside the guess's area %v", name, tr.text, tr.box, area)
			}
		}
		shown := strings.Join(strings.Fields(strings.Join(got, " ")), " ")
		if !strings.Contains(shown, alsoText[a.pred.also][0]) && !strings.Contains(shown, alsoText[a.pred.also][1]) {
			t.Errorf("%s: drew %q, want it to say %q or %q", name, got, alsoText[a.pred.also][0], alsoText[a.pred.also][1])
		}
		check(t, a, name, sw, sh)
	}
}

// Under a doubted answer the pad suggests the preset made for drawings,
// unless the network is that preset's (any seed); a sure answer gets no
// suggestion.
func TestPadSuggestsDrawRobust(t *testing.T) {
	robust, err := nn.LookupPreset(drawingPreset)
	if err != nil {
		t.Fatal(err)
	}
	reseeded, noOnes := robust.Config.Clone(), robust.Config.Clone()
	reseeded.Seed, noOnes.Ones = 7, false
	for _, tc := range []struct {
		name string
		cfg  nn.Config
		want bool
	}{
		{"default", nn.DefaultConfig(), false},
		{"draw-robust", robust.Config, true},
		{"draw-robust, seed 7", reseeded, true},
		{"draw-robust without drawn 1s", noOnes, false},
	} {
		if got := readsDrawings(tc.cfg); got != tc.want {
			t.Errorf("readsDrawings(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}

	snap, disputed, doubted, sure := trainedDoubtCases(t)
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    string
	}{
		{"a drawing the checker disputes", disputed.strokes, drawingPreset},
		{"a drawing the views doubt", doubted.strokes, drawingPreset},
		{"a drawing read without a doubt", sure.strokes, ""},
	} {
		a, ft := newTestApp(t, Options{})
		ft.set(snap)
		drawOn(t, a, tc.strokes)
		var st struct{ Prediction struct{ Suggest string } }
		if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
			t.Fatal(err)
		}
		if st.Prediction.Suggest != tc.want {
			t.Errorf("%s: state suggests %q, want %q", tc.name, st.Prediction.Suggest, tc.want)
		}
		shown := shownText(a)
		says := strings.Contains(shown, suggestText[0]) || strings.Contains(shown, suggestText[1])
		if says != (tc.want != "") {
			t.Errorf("%s: the pad says %q", tc.name, shown)
		}
	}
}

// The suggestion is a link: pressing it loads the suggested preset and
// trains it from the start, as the Presets tab does, on every form of
// screen; it is a control for automation only while it shows, and a
// finger-sized one on a phone.
func TestPadSuggestionLoadsDrawRobust(t *testing.T) {
	robust, err := nn.LookupPreset(drawingPreset)
	if err != nil {
		t.Fatal(err)
	}
	const name = "suggest:" + drawingPreset
	snap, _, doubted, sure := trainedDoubtCases(t)
	doubtful := doubted.strokes
	for _, size := range [][2]float64{{1280, 800}, {1024, 640}, {390, 844}, {844, 390}} {
		sn := fmt.Sprintf("%vx%v", size[0], size[1])
		a, ft := newTestApp(t, Options{})
		ft.set(snap)
		a.layoutAt(size[0], size[1], 1)
		if a.form != ui.Desktop {
			a.setPage(ui.PageDraw)
		}
		drawOn(t, a, sure.strokes)
		if _, _, _, _, ok := a.ControlRect(name); ok {
			t.Errorf("%s: a sure answer has a %q control", sn, name)
		}
		a.clearPad()
		drawOn(t, a, doubtful)
		x, y, w, h, ok := a.ControlRect(name)
		if !ok {
			t.Errorf("%s: no %q control under a doubted answer (state %s)", sn, name, a.StateJSON())
			continue
		}
		r := ui.Rect{X: x, Y: y, W: w, H: h}
		g := a.padV.guessArea()
		if r.X < g.X || r.Right() > g.Right() || r.CenterY() < g.Y || r.CenterY() > g.Bottom() || w < 40 || h < ui.TouchH {
			t.Errorf("%s: the suggestion's area %v is not a part of the guess's %v at least 40 wide and %v high", sn, r, g, ui.TouchH)
		}
		for n, o := range a.rects {
			if n != name && n != "content" && n != "diagnosis" && overlaps(r, o) {
				t.Errorf("%s: the suggestion's area %v overlaps %s %v", sn, r, n, o)
			}
		}
		ft.take()
		click(t, a, name)
		cmds := ft.take()
		if len(cmds) != 1 || cmds[0].Op != trainer.OpStart || !cmds[0].On || cmds[0].Config != robust.Config.String() {
			t.Errorf("%s: pressing the suggestion sent %+v, want a start of %q", sn, cmds, robust.Config.String())
		}
		if !a.cfg.Equal(robust.Config) {
			t.Errorf("%s: the config is %q after pressing the suggestion", sn, a.cfg)
		}
	}
}
