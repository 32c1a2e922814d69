package game

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/diagnose"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// richSnapshot is a snapshot with findings, a health probe, a confusion
// matrix and mistakes, as a trainer sends after an evaluation.
func richSnapshot(t *testing.T, cfg nn.Config, runID int) *trainer.Snapshot {
	t.Helper()
	s := snapshotOf(t, cfg, trainer.RunTraining, runID)
	s.Samples = 30000
	s.Findings = []diagnose.Finding{
		{Code: diagnose.CodeDeadUnits, Severity: diagnose.Severe, Message: "91% of the ReLU units of hidden layer 1 never activate.", Fix: "Lower the learning rate."},
		{Code: diagnose.CodeOverfitting, Severity: diagnose.Warning, Message: "Training accuracy is 99% but validation only 90%.", Fix: "Add dropout."},
	}
	layers := cfg.Layers()
	h := nn.Health{Step: 900, Samples: 28800, Loss: 0.4}
	for i := 1; i < len(layers); i++ {
		h.Layers = append(h.Layers, nn.LayerHealth{Units: layers[i], Dead: 0.91, GradNorm: 1e-3, WeightStd: 0.05, UpdateRatio: 2e-3})
	}
	s.History.Health = []nn.Health{h}
	for k := 0; k < nn.Classes; k++ {
		s.Confusion[k][k] = 180
		s.Confusion[k][(k+1)%nn.Classes] = 20
	}
	for k := 0; k < 5; k++ {
		px := make([]byte, 784)
		for i := 300; i < 480; i += 3 {
			px[i] = 255 // a few bright pixels
		}
		s.Mistakes = append(s.Mistakes, trainer.Mistake{Mistake: nn.Mistake{Index: 10 * k, Label: k, Predicted: (k + 1) % 10, Confidence: 0.8}, Pixels: px})
	}
	return s
}

// viewOf returns the view of tab as its concrete type.
func viewOf[V tabView](t *testing.T, a *App, tab ui.Tab) V {
	t.Helper()
	v, ok := a.views[tab].(V)
	if !ok {
		t.Fatalf("the view of tab %s is a %T", ui.TabNames[tab], a.views[tab])
	}
	return v
}

func TestTabsAndPresets(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	click(t, a, "play") // paused: a preset trains all the same
	ft.take()
	if _, _, _, _, ok := a.ControlRect("preset:fail-zeros"); ok {
		t.Fatal("the presets' rows are clickable while the curves tab shows")
	}
	click(t, a, "tab:presets")
	if a.tab != ui.TabPresets {
		t.Fatalf("tab %d after clicking the presets tab", a.tab)
	}
	click(t, a, "preset:fail-zeros")
	p, _ := nn.LookupPreset("fail-zeros")
	cmds := ft.take()
	if len(cmds) != 1 || cmds[0].Op != trainer.OpStart || cmds[0].Config != p.Config.String() || !cmds[0].On {
		t.Fatalf("clicking fail-zeros sent %+v, want a start of %s, training", cmds, p.Config)
	}
	click(t, a, "preset:fail-zeros") // again: starts it over
	if cmds := ft.take(); len(cmds) != 1 || cmds[0].Op != trainer.OpStart {
		t.Errorf("clicking the loaded preset again sent %+v, want a new start", cmds)
	}
	presets := viewOf[*presetsView](t, a, ui.TabPresets)
	if !a.cfg.Equal(p.Config) || presets.loaded != "fail-zeros" {
		t.Errorf("config %s, loaded %q", a.cfg, presets.loaded)
	}
	// Editing the config away from the preset unmarks it.
	a.edit(func(c *nn.Config) { c.Init = nn.InitHeNormal })
	if presets.loaded != "" {
		t.Errorf("preset %q still marked after a change", presets.loaded)
	}
}

func TestDiagnosisPanel(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.set(richSnapshot(t, nn.DefaultConfig(), 1))
	tick(a)
	d := a.diag
	if got := d.findings[d.selectedIndex()].Code; got != diagnose.CodeDeadUnits {
		t.Errorf("shown in full: %s, want the most severe, dead-units", got)
	}
	if len(d.full) < 3 || !strings.Contains(d.full[1].s+d.full[2].s, "91%") {
		t.Errorf("the full finding's lines %+v lack its message", d.full)
	}
	click(t, a, "finding:overfitting")
	if got := d.findings[d.selectedIndex()].Code; got != diagnose.CodeOverfitting {
		t.Errorf("after clicking overfitting, %s is shown in full", got)
	}
	if _, _, _, _, ok := a.ControlRect("finding:dead-units"); !ok {
		t.Error("the collapsed dead-units row is not clickable")
	}
}

// With more findings than rows, the rows follow the one shown in full,
// wrapping around: clicking the first row walks through every finding.
func TestDiagnosisReachesEveryFinding(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	s := richSnapshot(t, nn.DefaultConfig(), 1)
	codes := []string{diagnose.CodeSymmetry, diagnose.CodeBadInitScale, diagnose.CodeVanishing, diagnose.CodeNotLearning, diagnose.CodeOverfitting, diagnose.CodeLRTooHigh}
	s.Findings = nil
	for _, c := range codes {
		s.Findings = append(s.Findings, diagnose.Finding{Code: c, Severity: diagnose.Severe,
			Message: "A long message that takes two lines of the panel to say what is wrong with this run and why.",
			Fix:     "A fix that also takes more than one line: change this toggle, or that one, or both of them."})
	}
	ft.set(s)
	tick(a)
	d := a.diag
	if d.more == 0 {
		t.Fatalf("all %d findings fit; the test needs some hidden", len(codes))
	}
	seen := map[string]bool{}
	for range codes {
		seen[d.findings[d.selectedIndex()].Code] = true
		click(t, a, "finding:"+d.findings[d.rows[0].index].Code)
	}
	if len(seen) != len(codes) {
		t.Errorf("clicking the first row showed only %v of %v", seen, codes)
	}
}

func TestMistakeInspection(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.set(richSnapshot(t, nn.DefaultConfig(), 1))
	tick(a)
	click(t, a, "tab:errors")
	click(t, a, "mistake:2")
	if !a.padV.inspecting || a.padV.inspected.Index != 20 {
		t.Fatalf("inspecting %v image %d, want image 20", a.padV.inspecting, a.padV.inspected.Index)
	}
	checkProbs(t, a) // the test's images are dots, not digits: no label
	// Drawing goes back to the pad.
	x, y, w, h, _ := a.ControlRect("pad")
	tick(a, pointerEvent{mouseID, pointerDown, x + w/2, y + h/2})
	if a.padV.inspecting {
		t.Error("drawing on the pad did not end the inspection")
	}
	tick(a, pointerEvent{mouseID, pointerUp, x + w/2, y + h/2})
}

func TestRunComparison(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	first := nn.DefaultConfig()
	// A run replaced before it trained is not worth comparing.
	untrained := snapshotOf(t, first, trainer.RunPaused, 1)
	ft.set(untrained)
	tick(a)
	if n := len(a.book.Runs()); n != 0 {
		t.Errorf("%d runs recorded before any training", n)
	}
	ft.set(richSnapshot(t, first, 2))
	tick(a)
	second := first.Clone()
	second.LearningRate = 0.01
	ft.set(richSnapshot(t, second, 3))
	tick(a)
	rs := a.book.Runs()
	if len(rs) != 2 || !rs[0].Config.Equal(first) || !rs[1].Config.Equal(second) {
		t.Fatalf("runs %+v, want the two configs in order", rs)
	}
	if rs[1].BestAcc != 0.55 || len(rs[1].Curve) != 1 {
		t.Errorf("run 2 best %v, curve %v", rs[1].BestAcc, rs[1].Curve)
	}
	a.edit(func(c *nn.Config) { c.LearningRate = 0.01 }) // the controls follow run 2
	click(t, a, "tab:compare")
	click(t, a, "run:1:pin")
	if b, ok := a.book.Baseline(); !ok || b.ID != 1 {
		t.Fatalf("baseline %+v %v after pinning run 1", b, ok)
	}
	ft.take()
	click(t, a, "run:1") // loads its config
	if cmds := ft.take(); len(cmds) != 1 || cmds[0].Config != first.String() {
		t.Errorf("clicking run 1 sent %+v", cmds)
	}
	click(t, a, "runs:pin") // unpins
	if _, ok := a.book.Baseline(); ok {
		t.Error("Unpin left a baseline")
	}
	click(t, a, "runs:clear")
	if rs := a.book.Runs(); len(rs) != 1 || rs[0].ID != 2 {
		t.Errorf("after Clear: %+v, want only the current run 2", rs)
	}
	click(t, a, "runs:pin") // pins the current run, 2
	shared := ""
	a.book.share = func(q string) string { shared = q; return "shared" }
	click(t, a, "runs:share")
	opts := OptionsFromQuery("?" + shared)
	if len(opts.Warnings) > 0 || !opts.Config.Equal(a.cfg) || len(opts.Shared) != 1 || !opts.Shared[0].Config.Equal(second) || opts.SharedPin != 1 {
		t.Errorf("the shared link %q reads back as %+v", shared, opts)
	}
	if note := viewOf[*compareView](t, a, ui.TabCompare).note; note != "shared" {
		t.Errorf("note %q after sharing", note)
	}
	// The link opens on the comparison, with the shared runs in it and the
	// author's baseline pinned.
	b, _ := newTestApp(t, opts)
	rs = b.book.Runs()
	if b.tab != ui.TabCompare || len(rs) != 1 || !rs[0].Shared {
		t.Fatalf("a shared link opened on tab %d with runs %+v", b.tab, rs)
	}
	if base, ok := b.book.Baseline(); !ok || base.ID != rs[0].ID {
		t.Errorf("the shared link's baseline is #%d (%v), want the shared run #%d", base.ID, ok, rs[0].ID)
	}
}

// Every tab draws, with and without data, and with a banner.
func TestDrawTabs(t *testing.T) {
	for _, warnings := range [][]string{nil, {"w1", "w2", "w3"}} {
		a, ft := newTestApp(t, Options{Warnings: warnings})
		screen := ebiten.NewImage(ui.ScreenW, ui.ScreenH)
		for tab := ui.Tab(0); tab < ui.NumTabs; tab++ {
			a.setTab(tab)
			tick(a)
			a.Draw(screen)
		}
		cfg := nn.DefaultConfig()
		cfg.Hidden = []int{64, 64, 64, 64}
		ft.set(richSnapshot(t, cfg, 1))
		for tab := ui.Tab(0); tab < ui.NumTabs; tab++ {
			a.setTab(tab)
			tick(a)
			a.Draw(screen)
			if a.cache.tab != tab || !a.cache.tabDrawn {
				t.Errorf("tab %d was not drawn", tab)
			}
		}
		if n := len(viewOf[*layersView](t, a, ui.TabLayers).layout.Names); n != 5 {
			t.Errorf("the layers view has %d rows for 5 dense layers", n)
		}
	}
}

// Every preset's About fits under the list, on a desktop screen and on a
// phone: the view stops drawing lines at the bottom of its area, so a
// longer text would lose its end without a word (draw-robust's lost its
// last two lines once; on a phone the area held a line or two, and most
// Abouts were cut).
func TestPresetAboutFits(t *testing.T) {
	for _, sz := range [][2]int{{1280, 800}, {1024, 640}, {1366, 657}, {1920, 1080}, {390, 844}, {360, 740}, {320, 568}, {412, 915}, {844, 390}, {740, 360}, {667, 375}} {
		a, _ := newTestApp(t, Options{})
		a.Layout(sz[0], sz[1])
		tick(a)
		v := viewOf[*presetsView](t, a, ui.TabPresets)
		area := v.layout.About
		for _, p := range v.presets {
			lines := a.p.fonts.regular13.wrap(p.About, area.W, " ")
			// As draw draws them: the name at +13, the first line 18 under
			// it, then 17 apart; a line is drawn while its baseline is in.
			last := area.Y + 13 + 18 + 17*float64(len(lines)-1)
			if last > area.Bottom() {
				t.Errorf("%dx%d: %s's About takes %d lines, its last at %.0f, under the area's bottom %.0f", sz[0], sz[1], p.Name, len(lines), last, area.Bottom())
			}
		}
	}
}
