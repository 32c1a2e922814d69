package game

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"digitlab/diagnose"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// longSnapshot is a run with a severe finding whose message is taller than
// any screen's diagnosis panel, whose fix ends with "(end of fix)", and a
// second, short finding.
func longSnapshot(t *testing.T, variant int) *trainer.Snapshot {
	t.Helper()
	cfg := nn.DefaultConfig()
	cfg.Dropout = 0.83
	s := snapshotOf(t, cfg, trainer.RunTraining, 1)
	s.Samples = 40000
	var msg []string
	for i := range 14 {
		msg = append(msg, fmt.Sprintf("Sentence %d of a long finding, measured at %d images, says what the run shows.", i+1, 40000+variant))
	}
	s.Findings = []diagnose.Finding{
		{Code: diagnose.CodeUnderfitting, Severity: diagnose.Severe, Message: strings.Join(msg, " "),
			Fix: "Lower dropout (now 0.83) to 0.5 or less; change them together (end of fix).", Change: "dropout=0"},
		{Code: diagnose.CodeLRTooLow, Severity: diagnose.Warning, Message: "Slow.", Fix: "Raise it.", Change: "lr=0.01"},
	}
	return s
}

// panelState reads the state's diagnosis.
func panelState(t *testing.T, a *App) diagnosisJSON {
	t.Helper()
	var st struct {
		Diagnosis diagnosisJSON `json:"diagnosis"`
	}
	if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
		t.Fatal(err)
	}
	return st.Diagnosis
}

// A finding taller than the diagnosis panel scrolls a line at a time, by
// the wheel over it or by dragging it (a finger on a phone), so that its
// last line, what to try, can be read on every screen; new numbers in the
// same finding keep the place, another finding starts at its top, and
// nothing scrolled overlaps the rest of the panel.
func TestLongFindingScrolls(t *testing.T) {
	for _, size := range [][2]float64{{1280, 800}, {1024, 640}, {390, 844}, {844, 390}} {
		for _, how := range []string{"wheel", "drag"} {
			name := fmt.Sprintf("%vx%v %s", size[0], size[1], how)
			t.Run(name, func(t *testing.T) {
				a, ft := newTestApp(t, Options{})
				sw, sh := a.layoutAt(size[0], size[1], 1)
				ft.set(longSnapshot(t, 0))
				tick(a)
				a.setPage(ui.PageTrain)
				tick(a)
				st := panelState(t, a)
				if st.Code != diagnose.CodeUnderfitting || st.Above != 0 || st.Below == 0 || len(st.Shown) < 2 {
					t.Fatalf("before scrolling: %+v, want the top of a cut text", st)
				}
				if strings.Contains(strings.Join(st.Shown, " "), "Try:") {
					t.Fatalf("the fix shows before scrolling: %q", st.Shown)
				}
				if !strings.Contains(a.diag.summary, "scroll for more") {
					t.Errorf("summary %q does not say the text scrolls", a.diag.summary)
				}
				x, y, w, h, ok := a.ControlRect("diagnosis:text")
				if !ok {
					t.Fatal("no diagnosis:text to scroll")
				}
				cx, cy := x+w/2, y+h-8 // on the text's last line in view, clear of the fix button
				id := mouseID
				if a.form != ui.Desktop {
					id = 0 // a finger
				}
				// scroll moves by n lines, down when n > 0.
				scroll := func(n int) {
					if how == "wheel" {
						a.update(&intents{hover: true, hoverX: cx, hoverY: cy, wheelLines: float64(n)})
						return
					}
					tick(a, pointerEvent{id, pointerDown, cx, cy})
					tick(a, pointerEvent{id, pointerMove, cx, cy - float64(n)*diagLineH})
					tick(a, pointerEvent{id, pointerUp, cx, cy - float64(n)*diagLineH})
				}
				scroll(1)
				if got := panelState(t, a); got.Above != 1 || got.Shown[0] != st.Shown[1] {
					t.Fatalf("one line down: %+v, want the second line first", got)
				}
				for range 40 {
					scroll(2)
				}
				st = panelState(t, a)
				text := strings.Join(st.Shown, " ")
				if st.Below != 0 || !strings.Contains(text, "Try:") || !strings.HasSuffix(text, "(end of fix).") {
					t.Fatalf("at the bottom: %+v, want the whole fix in view", st)
				}
				if strings.Contains(a.diag.summary, "scroll for more") {
					t.Errorf("at the bottom the summary still says %q", a.diag.summary)
				}
				check(t, a, name+" scrolled to the end", sw, sh)

				// The next snapshot's numbers change; the place stays.
				ft.set(longSnapshot(t, 500))
				tick(a)
				if got := panelState(t, a); got.Above != st.Above || got.Below != 0 {
					t.Errorf("after new numbers: %+v, want the same place (%d above)", got, st.Above)
				}
				scroll(-3)
				if got := panelState(t, a); got.Above != st.Above-3 {
					t.Errorf("three lines up: %d above, want %d", got.Above, st.Above-3)
				}
				check(t, a, name+" scrolled back a little", sw, sh)

				// Another finding starts at its top.
				click(t, a, "finding:"+diagnose.CodeLRTooLow)
				if got := panelState(t, a); got.Code != diagnose.CodeLRTooLow || got.Above != 0 || got.Below != 0 {
					t.Errorf("the short finding: %+v, want all of it in view", got)
				}
				if _, _, _, _, ok := a.ControlRect("diagnosis:text"); ok {
					t.Error("a text that fits has a scroll area")
				}
				click(t, a, "finding:"+diagnose.CodeUnderfitting)
				if got := panelState(t, a); got.Above != 0 || got.Below == 0 {
					t.Errorf("back to the long one: %+v, want its top", got)
				}
				// A drag that begins on Try the fix scrolls nothing.
				fx, fy, fw, fh, ok := a.ControlRect("fix:" + diagnose.CodeUnderfitting)
				if !ok {
					t.Fatal("no Try the fix button")
				}
				tick(a, pointerEvent{id, pointerDown, fx + fw/2, fy + fh/2})
				tick(a, pointerEvent{id, pointerMove, fx + fw/2, fy + fh/2 - 3*diagLineH})
				if got := panelState(t, a); got.Above != 0 {
					t.Errorf("a drag from the fix button scrolled %d lines", got.Above)
				}
			})
		}
	}
}

// The wheel scrolls only the text under the pointer, and a wheel turned
// over the rest of the screen leaves it.
func TestWheelElsewhereLeavesTheFinding(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	a.layoutAt(1280, 800, 1)
	ft.set(longSnapshot(t, 0))
	tick(a)
	pad := a.padV.layout.Pad
	a.update(&intents{hover: true, hoverX: pad.X + pad.W/2, hoverY: pad.Y + pad.H/2, wheelLines: 3})
	if got := panelState(t, a); got.Above != 0 {
		t.Errorf("a wheel over the pad scrolled the finding: %+v", got)
	}
}

// A run without findings is called healthy only when it reads as a
// healthy run does: after 30,000 images at 37% the panel says no cause
// was found yet, in words and in the state, and at 95% that there are no
// problems.
func TestQuietPanelTellsTheTruth(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	a.layoutAt(1280, 800, 1)
	for _, tt := range []struct {
		samples int64
		acc     float64
		status  string
		title   string
	}{
		{5000, 0.37, diagnose.QuietWatching, "Watching the run"},
		{30000, 0.37, diagnose.QuietNoCause, "No cause found yet"},
		{60000, 0.95, diagnose.QuietHealthy, "No problems found"},
	} {
		s := snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1)
		s.Samples = tt.samples
		s.History.Val = []nn.Point{{Samples: tt.samples, Loss: 1, Acc: tt.acc}}
		ft.set(s)
		tick(a)
		tick(a)
		st := panelState(t, a)
		if st.Status != tt.status || len(st.Shown) != 2 || st.Shown[0] != tt.title || st.Code != "" {
			t.Errorf("%d images at %.0f%%: diagnosis %+v, want %s titled %q", tt.samples, 100*tt.acc, st, tt.status, tt.title)
		}
		if a.diag.quiet.Title != tt.title {
			t.Errorf("%d images at %.0f%%: the panel shows %q, want %q", tt.samples, 100*tt.acc, a.diag.quiet.Title, tt.title)
		}
	}
	s := longSnapshot(t, 0)
	ft.set(s)
	tick(a)
	if st := panelState(t, a); st.Status != diagnosisFindings || st.Code != diagnose.CodeUnderfitting {
		t.Errorf("with findings: %+v, want status findings, code underfitting", st)
	}
}
