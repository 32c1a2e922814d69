package game

import (
	"testing"

	"digitlab/game/ui"
	"digitlab/nn"
)

// Every tab's view keeps the protocol: each control it names answers the
// pointer (the pointer cursor, and a look that shows it at once), and
// feeding it what it already has changes nothing.
func TestTabViewsKeepTheProtocol(t *testing.T) {
	a, ft := newTestApp(t, Options{})
	ft.set(richSnapshot(t, nn.DefaultConfig(), 1))
	tick(a)
	for tab := ui.Tab(0); tab < ui.NumTabs; tab++ {
		a.setTab(tab)
		tick(a)
		v := a.views[tab]
		names := map[string]ui.Rect{}
		v.rects(names)
		for name, r := range names {
			tick(a) // the pointer leaves
			before := v.look()
			a.update(&intents{hover: true, hoverX: r.CenterX(), hoverY: r.CenterY()})
			if !v.hovering() || !a.overControl() {
				t.Errorf("%s: the pointer over %q is not over a control", ui.TabNames[tab], name)
			}
			if v.look().user == before.user {
				t.Errorf("%s: the pointer over %q does not change the view's look", ui.TabNames[tab], name)
			}
		}
		tick(a)
		if v.hovering() {
			t.Errorf("%s: hovering with no pointer", ui.TabNames[tab])
		}
		before := v.look()
		a.feedViews()
		if after := v.look(); after != before {
			t.Errorf("%s: the same feed again changed the look from %+v to %+v", ui.TabNames[tab], before, after)
		}
	}
}

// On every screen, each tab's label fits inside its tab with at least 3 px
// on each side, and the tabs stay in the bar.
func TestTabLabelsFit(t *testing.T) {
	for _, size := range [][2]int{{1280, 800}, {1024, 640}, {390, 844}, {360, 640}, {320, 568}, {844, 390}} {
		a, _ := newTestApp(t, Options{})
		a.Layout(size[0], size[1])
		tick(a)
		bar := a.screen.Tabs
		for i, b := range a.tabs {
			if need := a.p.fonts.regular13.width(b.label) + 6; b.rect.W < need {
				t.Errorf("%v: tab %q is %.1f px wide, its label needs %.1f", size, b.label, b.rect.W, need)
			}
			if b.rect.X < bar.X-1e-9 || b.rect.Right() > bar.Right()+1e-9 {
				t.Errorf("%v: tab %d %v outside the bar %v", size, i, b.rect, bar)
			}
		}
	}
}
