package game

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"digitlab/augment"
	"digitlab/game/ui"
	"digitlab/nn"
)

// Each control of the panel edits its own setting, and only it.
func TestSettingsControlsEditTheirKey(t *testing.T) {
	for _, tc := range []struct {
		control string
		key     string
		want    func(c nn.Config) bool
	}{
		{"conv:inc", "conv", func(c nn.Config) bool { return c.Conv == "8c5-p2" }},
		{"bn", "bn", func(c nn.Config) bool { return c.BatchNorm }},
		{"mine", "mine", func(c nn.Config) bool { return c.Mine }},
		{"ones", "ones", func(c nn.Config) bool { return c.Ones }},
		{"drawn", "drawn", func(c nn.Config) bool { return c.Drawn }},
		{"clip:inc", "clip", func(c nn.Config) bool { return c.Clip == 0.1 }},
		{"patience:inc", "patience", func(c nn.Config) bool { return c.Patience == 2 }},
		{"augment:strong", "augment", func(c nn.Config) bool { return c.Augment == augment.Strong }},
		{"lr:inc", "lr", func(c nn.Config) bool { return c.LearningRate == 3e-3 }},
		{"dropout:inc", "dropout", func(c nn.Config) bool { return c.Dropout == 0.1 }},
	} {
		a, _ := newTestApp(t, Options{})
		before := a.cfg.Clone()
		click(t, a, tc.control)
		if !tc.want(a.cfg) {
			t.Errorf("%s: %s=%s", tc.control, tc.key, a.cfg.Value(tc.key))
		}
		for _, k := range nn.Keys() {
			if k.Name == tc.key {
				continue
			}
			if was := before.Value(k.Name); was != a.cfg.Value(k.Name) {
				t.Errorf("%s also changed %s from %s", tc.control, k.Name, was)
			}
		}
	}
}

// stepper returns the stepper named name, nil if there is none.
func (s *settings) stepper(name string) *stepper {
	for _, st := range s.steppers {
		if st.name == name {
			return st
		}
	}
	return nil
}

// controlRects returns the rectangle of every control, by name.
func (s *settings) controlRects() map[string]ui.Rect {
	m := map[string]ui.Rect{}
	s.rects(m)
	return m
}

// A conv part typed into the address that the stepper does not list is
// shown as it is, and stepping down from it goes back to the list.
func TestConvStepperKeepsAnUnlistedPart(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Conv = "4c3-p2"
	a, _ := newTestApp(t, Options{Config: cfg})
	st := a.set.stepper("conv")
	if st == nil || st.value != "4c3-p2" || st.canInc || !st.canDec {
		t.Fatalf("conv stepper %+v", st)
	}
	click(t, a, "conv:dec")
	if a.cfg.Conv != convSteps[len(convSteps)-1] {
		t.Errorf("conv after a step down = %q", a.cfg.Conv)
	}
}

// Whatever the screen, every control of the panel is on one of its pages,
// inside the panel and over no other; a desktop from 1024x640 up needs
// one page (with lower rows on a short one), a shorter one two. On a
// phone every control is at least ui.TouchH CSS pixels square (a
// finger's target); on every screen no text of the panel, control labels
// included, is under ui.MinCSSText CSS pixels.
func TestSettingsPagesHoldEveryControl(t *testing.T) {
	all := func(a *App) []string { // the controls of the page shown
		var names []string
		for n := range a.set.controlRects() {
			names = append(names, n)
		}
		return names
	}
	ref, _ := newTestApp(t, Options{})
	want := all(ref)
	slices.Sort(want)
	for _, tc := range []struct {
		w, h     int
		maxPages int
	}{
		{1280, 800, 1}, {1280, 720, 1}, {1920, 1080, 1}, {1024, 1366, 1}, {1024, 640, 1}, {1366, 657, 1},
		{1024, 600, 2}, {1280, 600, 2},
		{390, 844, 2}, {844, 390, 2}, {360, 640, 3},
	} {
		name := fmt.Sprintf("%dx%d", tc.w, tc.h)
		a, _ := newTestApp(t, Options{})
		a.Layout(tc.w, tc.h)
		tick(a)
		if _, _, _, _, ok := a.ControlRect("page:settings"); ok {
			click(t, a, "page:settings")
		}
		if a.set.pages > tc.maxPages {
			t.Errorf("%s: %d pages, want at most %d", name, a.set.pages, tc.maxPages)
		}
		var got []string
		for page := range a.set.pages {
			if a.set.pages > 1 {
				click(t, a, fmt.Sprintf("settings-page:%d", page+1))
				if a.set.page != page {
					t.Fatalf("%s: page chip %d shows page %d", name, page+1, a.set.page)
				}
			}
			rects := a.set.controlRects()
			k := a.p.view.k // CSS pixels per logical pixel: Layout is at device scale 1
			for n, r := range rects {
				if a.form != ui.Desktop && (r.W*k < ui.TouchH || r.H*k < ui.TouchH) {
					t.Errorf("%s page %d: %s is %.0fx%.0f CSS px, under a %d px touch target", name, page+1, n, r.W*k, r.H*k, ui.TouchH)
				}
			}
			texts := []*face{a.p.fonts.regular13, a.p.fonts.bold13} // the controls' labels
			for _, tx := range a.set.texts {
				texts = append(texts, tx.f)
			}
			for _, f := range texts {
				if css := f.size * k; css < ui.MinCSSText {
					t.Errorf("%s: %s text is %.1f CSS px, under %v", name, f.name, css, ui.MinCSSText)
				}
			}
			panel := a.screen.Controls.Inset(ui.PanelPad - 1)
			for n, r := range rects {
				if r.X < panel.X || r.Y < panel.Y || r.Right() > panel.Right() || r.Bottom() > panel.Bottom() {
					t.Errorf("%s page %d: %s %v outside the panel %v", name, page+1, n, r, panel)
				}
				for m, o := range rects {
					if n < m && r.X < o.Right() && o.X < r.Right() && r.Y < o.Bottom() && o.Y < r.Bottom() {
						t.Errorf("%s page %d: %s %v overlaps %s %v", name, page+1, n, r, m, o)
					}
				}
			}
			for _, n := range all(a) {
				if len(n) < 14 || n[:14] != "settings-page:" {
					got = append(got, n)
				}
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: the pages hold %v,\nwant %v", name, got, want)
		}
	}
}

// A control whose next value makes the config invalid leaves the config
// as it was and says why (a convolution in front of four layers of 1024
// units would give them too many weights).
func TestSettingsRefuseAnInvalidStep(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Hidden = []int{1024, 1024, 1024, 1024}
	a, _ := newTestApp(t, Options{Config: cfg})
	click(t, a, "conv:inc")
	if a.cfg.Conv != "" {
		t.Errorf("conv became %q", a.cfg.Conv)
	}
	if !strings.Contains(a.note, "dense weights") {
		t.Errorf("note %q does not say why", a.note)
	}
}

// The page chips name the sections on their page: a page that begins with
// the end of a section begun on the page before names that section too.
func TestSettingsPageChipsNameTheirSections(t *testing.T) {
	for _, tc := range []struct {
		w, h int
		want []string
	}{
		{390, 844, []string{"Network & Training", "Training & Remedies"}},
		{360, 640, []string{"Network", "Training", "Remedies"}},
		{1024, 600, []string{"Network & Training & …", "Remedies, more"}},
		{844, 390, []string{"Network & Training", "Training & Remedies"}},
	} {
		a, _ := newTestApp(t, Options{})
		a.Layout(tc.w, tc.h)
		tick(a)
		if _, _, _, _, ok := a.ControlRect("page:settings"); ok {
			click(t, a, "page:settings")
		}
		var got []string
		for _, b := range a.set.buttons {
			if strings.HasPrefix(b.name, "settings-page:") {
				got = append(got, b.label)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%dx%d: chips %q, want %q", tc.w, tc.h, got, tc.want)
		}
	}
}
