package game

import (
	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/link"
	"digitlab/nn"
	"digitlab/runs"
)

// tabView is the view of one tab of the centre column. Views that follow
// the pointer or have named controls also implement pointerView.
type tabView interface {
	// drawChrome draws the static parts: panels, titles, labels.
	drawChrome(dst *ebiten.Image, p *painter)
	// draw draws the rest over the chrome.
	draw(c *canvas, p *painter)
}

// pointerView is a tabView that reacts to the pointer.
type pointerView interface {
	update(in *intents)
	// rects adds its controls' rectangles by name, for ControlRect.
	rects(m map[string]ui.Rect)
}

// curvesView is the curves tab: the loss and accuracy charts, whose
// curves are regions of their own (drawn in drawRegions).
type curvesView struct{ a *App }

func (v curvesView) drawChrome(dst *ebiten.Image, p *painter) {
	v.a.loss.drawChrome(dst, p, v.a.screen.Loss)
	v.a.acc.drawChrome(dst, p, v.a.screen.Acc)
}

func (v curvesView) draw(c *canvas, _ *painter) { c.drew = true }

// updateTab lets the view of the selected tab follow the pointer.
func (a *App) updateTab(in *intents) {
	a.compare.sync(a.cfg)
	if v, ok := a.views[a.tab].(pointerView); ok {
		v.update(in)
	}
	a.compare.sync(a.cfg) // a click may have changed the runs
}

// tabLook is what the selected tab's view is drawn from, split into what
// the user changes (drawn at once) and what the training changes (drawn at
// the training regions' pace).
func (a *App) tabLook() (user, data any) {
	switch a.tab {
	case ui.TabPresets:
		return a.presets.look(), nil
	case ui.TabCompare:
		l := a.compare.look()
		return [4]any{l.hoverRow, l.hoverPin, l.hoverBtn, l.note}, [2]any{l.ver, l.bookVer}
	case ui.TabErrors:
		l := a.errs.look()
		return [3]any{l.hoverCell, l.hoverThumb, l.selected}, l.ver
	case ui.TabLayers:
		return nil, a.layers.look()
	}
	return nil, nil
}

// ShareQuery is the query string of a link to cfg and the compared runs
// rs with run pinned as the baseline (see link.Query).
func ShareQuery(cfg nn.Config, rs []runs.Run, pinned int) string { return link.Query(cfg, rs, pinned) }

// OptionsFromQuery reads a page's address (see link.Parse) into the
// options of a new App.
func OptionsFromQuery(query string) Options {
	l := link.Parse(query)
	return Options{Config: l.Config, Warnings: l.Warnings, Shared: l.Shared, SharedPin: l.Pin}
}
