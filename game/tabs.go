package game

import (
	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// tabView is the view of one tab of the centre column. App holds one per
// ui.Tab and treats them all alike: it lays them out, feeds them, lets the
// selected one follow the pointer, name its controls and draw.
type tabView interface {
	// resize lays the view out for the screen s; its place is s.Content.
	resize(s *ui.Screen)
	// follow takes what changed in the app: the current config or a new
	// snapshot. Every view gets every feed, selected or not, so that it is
	// up to date when it is shown; a feed equal to the last one should
	// change nothing.
	follow(f *feed)
	// update follows the pointer and acts on clicks; only the selected
	// view gets the input.
	update(in *intents)
	// hovering reports whether the pointer is over one of its controls,
	// for the pointer cursor.
	hovering() bool
	// rects adds its controls' rectangles by name, for ControlRect.
	rects(m map[string]ui.Rect)
	// look returns the versions of what the view is drawn from; render.go
	// redraws the view when one moves.
	look() tabLook
	// drawChrome draws the static parts: panels, titles, labels.
	drawChrome(dst *ebiten.Image, p *painter)
	// draw draws the rest over the chrome, restoring the chrome under what
	// it draws first (canvas.restore).
	draw(c *canvas, p *painter)
}

// tabLabelWidths is the width of each tab's label in a chip's font.
func tabLabelWidths(f *fonts) [ui.NumTabs]float64 {
	var w [ui.NumTabs]float64
	for i, l := range ui.TabLabels {
		w[i] = f.regular13.width(l)
	}
	return w
}

// feed is what the views follow besides the pointer.
type feed struct {
	cfg  nn.Config         // the current config, as the controls show it
	snap *trainer.Snapshot // the trainer's newest snapshot; nil before the first
	// run is the config of snap's run, if runOK (it parsed).
	run   nn.Config
	runOK bool
}

// tabLook is what a view's drawing depends on, as two versions: user moves
// with what the user does (a hover, a click), and is drawn in the next
// frame; data moves with the training, and is drawn at the pace of the
// regions that follow the training (dataRefreshTicks).
type tabLook struct{ user, data uint64 }

// lookVersion numbers the looks of a region: the number moves whenever the
// look differs from the one given last, so a view can turn a comparable
// look of its own into a tabLook version.
type lookVersion[L comparable] struct {
	last L
	n    uint64
}

func (v *lookVersion[L]) of(look L) uint64 {
	if v.n == 0 || look != v.last {
		v.last = look
		v.n++
	}
	return v.n
}

// noPointer is for views with nothing to click: they ignore the pointer
// and name no controls.
type noPointer struct{}

func (noPointer) update(*intents)          {}
func (noPointer) hovering() bool           { return false }
func (noPointer) rects(map[string]ui.Rect) {}
