package game

import (
	"encoding/json"
	"image/color"
	"strings"
	"testing"

	"digitlab/diagnose"
	"digitlab/game/trial"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// brokenSnapshot is a run of sgd at a learning rate of 5 whose units died,
// after 20,000 images, with the dead-units finding and its change.
func brokenSnapshot(t *testing.T) (*trainer.Snapshot, nn.Config) {
	t.Helper()
	cfg := nn.DefaultConfig()
	cfg.Optimizer, cfg.LearningRate, cfg.Seed = nn.OptSGD, 5, 9
	s := snapshotOf(t, cfg, trainer.RunTraining, 1)
	s.Samples = 20500
	s.History.Val = []nn.Point{{Samples: 20000, Loss: 2.3, Acc: 0.114}}
	s.Findings = []diagnose.Finding{{Code: diagnose.CodeDeadUnits, Severity: diagnose.Severe,
		Message: "100% of the ReLU units of hidden layer 1 never activate.", Fix: "Lower the learning rate.",
		Change: "lr=0.05", Alternatives: []string{"lr=0.005"}}}
	return s, cfg
}

// stateTrial reads the fixTrial of the app's state.
func stateTrial(t *testing.T, a *App) (tr *trial.Trial, baseline int, runs int) {
	t.Helper()
	var st struct {
		FixTrial *trial.Trial `json:"fixTrial"`
		Baseline int          `json:"baseline"`
		Runs     []runJSON    `json:"runs"`
	}
	if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
		t.Fatal(err)
	}
	return st.FixTrial, st.Baseline, len(st.Runs)
}

// Clicking Try the fix trains the fixed config from the broken run's seed,
// pins the broken run, and once the fixed run has trained as long, the
// panel and the state say how it went; a fix that did not heal offers the
// next change.
func TestTryTheFix(t *testing.T) {
	tests := []struct {
		name      string
		acc       float64
		findings  []diagnose.Finding
		healed    bool
		sentence  string
		nextLabel string // the button's label after the outcome; "" for none
	}{
		{"healed", 0.959, nil, true, "Fixed: validation accuracy 11.4% → 95.9% after 20,000 images; the dead units are gone.", ""},
		{"still dead", 0.2, []diagnose.Finding{{Code: diagnose.CodeDeadUnits, Severity: diagnose.Severe, Message: "Still dead.", Change: "lr=0.005"}},
			false, "Not fixed: validation accuracy 11.4% → 20.0% after 20,000 images, but dead-units is still there. Next to try: lr=0.005.", "Try next: lr=0.005"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ft := newTestApp(t, Options{})
			broken, cfg := brokenSnapshot(t)
			ft.set(broken)
			tick(a)
			if tr, _, _ := stateTrial(t, a); tr != nil {
				t.Fatalf("a trial before any click: %+v", tr)
			}
			if !strings.Contains(a.StateJSON(), `"change":"lr=0.05"`) {
				t.Error("the state's finding lacks its change")
			}
			// The button is drawn: its fill is the accent colour.
			x, y, _, h, ok := a.ControlRect("fix:dead-units")
			if !ok {
				t.Fatal("no Try the fix button")
			}
			if got := color.RGBAModel.Convert(wholeFrame(a).At(int(x)+4, int(y+h/2))).(color.RGBA); got != colAccent {
				t.Errorf("the button's fill is %v, want the accent %v", got, colAccent)
			}
			ft.take()
			click(t, a, "fix:dead-units")
			want, _ := diagnose.Apply(cfg, "lr=0.05")
			cmds := ft.take()
			if len(cmds) != 1 || cmds[0].Op != trainer.OpStart || cmds[0].Config != want.String() || !cmds[0].On {
				t.Fatalf("Try the fix sent %+v, want a start of %s", cmds, want)
			}
			tr, base, _ := stateTrial(t, a)
			if tr == nil || tr.State != trial.Running || base == 0 {
				t.Fatalf("after the click: trial %+v, baseline %d", tr, base)
			}
			if _, _, _, _, ok := a.ControlRect("fix:dead-units"); ok {
				t.Error("the button stays while the fix is tried")
			}
			// The fixed run trains half as long, then as long.
			fixed := snapshotOf(t, want, trainer.RunTraining, 2)
			fixed.Samples, fixed.History.Val = 10000, []nn.Point{{Samples: 10000, Acc: 0.5}}
			ft.set(fixed)
			tick(a)
			if tr, _, _ := stateTrial(t, a); tr.State != trial.Running || !strings.Contains(a.diag.full[0].s, "10,000 of 20,000") {
				t.Errorf("half way: %+v, panel %q", tr, a.diag.full[0].s)
			}
			done := snapshotOf(t, want, trainer.RunTraining, 2)
			done.Samples = 20100
			done.History.Val = []nn.Point{{Samples: 10000, Acc: 0.5}, {Samples: 20000, Acc: tt.acc}}
			done.Findings = tt.findings
			ft.set(done)
			tick(a)
			tr, base2, nRuns := stateTrial(t, a)
			if tr.State != trial.Done || tr.Healed != tt.healed || tr.Sentence != tt.sentence {
				t.Errorf("outcome %+v, want healed %v: %q", tr, tt.healed, tt.sentence)
			}
			if base2 != base || nRuns != 2 {
				t.Errorf("baseline %d (was %d), %d runs compared, want the broken run pinned and 2 runs", base2, base, nRuns)
			}
			var panel []string
			for _, l := range a.diag.full {
				panel = append(panel, l.s)
			}
			if got := strings.Join(panel, " "); !strings.Contains(got, tt.sentence[:40]) {
				t.Errorf("the panel says %q, want the outcome", got)
			}
			label := ""
			if a.diag.fix != nil && a.diag.fix.name == "fix:dead-units" && strings.HasPrefix(a.diag.fix.label, "Try next") {
				label = a.diag.fix.label
			}
			if label != tt.nextLabel {
				t.Errorf("button %q, want %q", label, tt.nextLabel)
			}
			if tt.nextLabel != "" {
				click(t, a, "fix:dead-units")
				next, _ := diagnose.Apply(cfg, "lr=0.005")
				if cmds := ft.take(); len(cmds) != 1 || cmds[0].Config != next.String() {
					t.Errorf("Try next sent %+v, want a start of %s on the broken config", cmds, next)
				}
			}
			wholeFrame(a) // the outcome and the next button draw
		})
	}
}

// On every screen the Try the fix button lies inside the diagnosis panel
// and clear of the finding's code, beside it or, on a narrow panel (a
// phone on its side, with the longest code), under it.
func TestFixButtonClearsTheCode(t *testing.T) {
	for _, size := range [][2]int{{1280, 800}, {1024, 640}, {844, 390}, {390, 844}} {
		for _, code := range []string{diagnose.CodeDeadUnits, diagnose.CodeLRTooHigh} {
			checkFixButton(t, size, code)
		}
	}
}

func checkFixButton(t *testing.T, size [2]int, code string) {
	t.Helper()
	a, ft := newTestApp(t, Options{})
	a.Layout(size[0], size[1])
	broken, _ := brokenSnapshot(t)
	broken.Findings[0].Code = code
	ft.set(broken)
	tick(a)
	if a.form != ui.Desktop {
		click(t, a, "page:train")
	}
	x, y, w, h, ok := a.ControlRect("fix:" + code)
	if !ok {
		t.Fatalf("%v %s: no Try the fix button", size, code)
	}
	fix := ui.Rect{X: x, Y: y, W: w, H: h}
	var codeR ui.Rect
	for _, l := range a.diag.full {
		if l.s == code {
			codeR = ui.Rect{X: l.x, Y: l.y - l.f.ascent, W: l.f.width(l.s), H: l.f.ascent + l.f.descent}
		}
	}
	panel := a.screen.Diagnosis
	if codeR.Empty() || fix.X < codeR.Right() && codeR.X < fix.Right() && fix.Y < codeR.Bottom() && codeR.Y < fix.Bottom() {
		t.Errorf("%v %s: the button %v overlaps the code %v", size, code, fix, codeR)
	}
	if fix.X < panel.X || fix.Right() > panel.Right() || fix.Bottom() > panel.Bottom() {
		t.Errorf("%v %s: the button %v is outside the panel %v", size, code, fix, panel)
	}
}
