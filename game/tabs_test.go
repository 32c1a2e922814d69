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
