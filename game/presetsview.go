package game

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
)

// presetsView lists the seed's examples and the gallery of failures; one
// click loads a preset as the config and starts it. Under the list it says
// what the preset under the pointer (or the one last loaded) shows. A
// panel too small for all the rows shows them a page at a time.
type presetsView struct {
	panel      ui.Rect
	layout     ui.PresetsPanel
	presets    []nn.Preset
	load       func(nn.Preset)
	prev, next *button
	page       int     // of layout.PerPage presets
	nameW      float64 // the widest preset name, with its row's padding
	fonts      *fonts  // to wrap the descriptions, whose longest sizes the layout

	hover  int    // preset under the pointer, -1 for none
	loaded string // name of the preset last loaded, if the config is still it

	userLook lookVersion[presetsLook]
}

// presetsLook is what the view is drawn from besides the layout.
type presetsLook struct {
	hover      int
	loaded     string
	page       int
	prev, next buttonLook
}

func newPresetsView(load func(nn.Preset), f *fonts) *presetsView {
	v := &presetsView{presets: nn.Presets(), load: load, hover: -1, fonts: f}
	v.prev = &button{name: "presets:prev", label: "◄", onClick: func() { v.turn(-1) }}
	v.next = &button{name: "presets:next", label: "►", onClick: func() { v.turn(1) }}
	for _, p := range v.presets {
		v.nameW = max(v.nameW, f.bold13.width(p.Name)+20)
	}
	return v
}

// turn shows the page by pages further, if there is one.
func (v *presetsView) turn(by int) {
	if pg := v.page + by; pg >= 0 && pg < v.pages() {
		v.page = pg
	}
}

// pages returns how many pages the presets take.
func (v *presetsView) pages() int {
	return (len(v.presets) + v.layout.PerPage - 1) / max(v.layout.PerPage, 1)
}

// shown returns the index of the preset in row i of the page shown, and
// whether there is one.
func (v *presetsView) shown(i int) (int, bool) {
	k := v.page*v.layout.PerPage + i
	return k, i < len(v.layout.Rows) && k < len(v.presets)
}

func (v *presetsView) resize(s *ui.Screen) {
	minRow := 22.0
	if s.Form != ui.Desktop {
		minRow = ui.TouchH // a finger's target
	}
	w, lines := ui.PresetsAboutWidth(s.Content), 0
	for _, pr := range v.presets {
		lines = max(lines, len(v.fonts.regular13.wrap(pr.About, w, " ")))
	}
	v.panel, v.layout = s.Content, ui.PresetsLayout(s.Content, len(v.presets), v.nameW, minRow, ui.PresetsAboutHeight(lines))
	v.prev.rect, v.next.rect = v.layout.Prev, v.layout.Next
	v.page = min(v.page, v.pages()-1)
}

func (v *presetsView) look() tabLook {
	return tabLook{user: v.userLook.of(presetsLook{v.hover, v.loaded, v.page, v.prev.look(), v.next.look()})}
}

func (v *presetsView) hovering() bool { return v.hover >= 0 || v.prev.hover || v.next.hover }

// follow notes which preset the current config is, if any, so its row
// shows as loaded; a config edited away from every preset shows none.
func (v *presetsView) follow(f *feed) {
	cfg := f.cfg
	if v.loaded != "" {
		for _, p := range v.presets {
			if p.Name == v.loaded && p.Config.Equal(cfg) {
				return
			}
		}
	}
	v.loaded = ""
	for _, p := range v.presets {
		if p.Config.Equal(cfg) {
			v.loaded = p.Name
			return
		}
	}
}

func (v *presetsView) update(in *intents) {
	v.hover = -1
	for i, r := range v.layout.Rows {
		k, ok := v.shown(i)
		if !ok {
			break
		}
		if in.hovers(r) {
			v.hover = k
		}
		if in.pressed(r) {
			v.loaded = v.presets[k].Name
			v.load(v.presets[k])
		}
	}
	if v.pages() > 1 {
		v.prev.disabled, v.next.disabled = v.page == 0, v.page == v.pages()-1
		v.prev.update(in)
		v.next.update(in)
	}
}

// rects adds each shown preset's row by name, "preset:<name>", and the
// page buttons, "presets:prev" and "presets:next", when there are pages.
func (v *presetsView) rects(m map[string]ui.Rect) {
	for i, r := range v.layout.Rows {
		if k, ok := v.shown(i); ok {
			m["preset:"+v.presets[k].Name] = r
		}
	}
	if v.pages() > 1 {
		m[v.prev.name], m[v.next.name] = v.prev.rect, v.next.rect
	}
}

func (v *presetsView) drawChrome(dst *ebiten.Image, p *painter) {
	p.panel(dst, v.panel, 10, colPanel, colPanelBorder)
	f := p.fonts
	p.textIn(dst, f.bold15, "Presets", v.layout.Title, alignLeft, colText)
	x := v.layout.Title.X + f.bold15.width("Presets") + 8
	if w := v.layout.Title.Right() - x; w >= 40 {
		p.textIn(dst, f.regular13, f.regular13.ellipsize("one click loads and trains", w), ui.Rect{X: x, Y: v.layout.Title.Y, W: w, H: v.layout.Title.H}, alignLeft, colTextMuted)
	}
}

// draw draws the rows and the description.
func (v *presetsView) draw(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	rows := v.layout.Rows
	c.restore(ui.Rect{X: v.layout.About.X, Y: rows[0].Y, W: v.layout.About.W, H: v.layout.About.Bottom() - rows[0].Y})
	if v.pages() > 1 {
		c.restore(v.layout.Prev)
		c.restore(v.layout.Page)
		c.restore(v.layout.Next)
		v.prev.draw(dst, p)
		v.next.draw(dst, p)
		p.textIn(dst, f.regular13, fmt.Sprintf("%d/%d", v.page+1, v.pages()), v.layout.Page, alignCenter, colTextDim)
	}
	about := -1
	for k, pr := range v.presets {
		if pr.Name == v.loaded {
			about = k
		}
	}
	for i, r := range rows {
		k, ok := v.shown(i)
		if !ok {
			break
		}
		pr := v.presets[k]
		fill, nameCol := colRaised, colText
		switch {
		case pr.Name == v.loaded:
			fill, nameCol = colSelected, rgb(0xFFFFFF)
		case k == v.hover:
			fill = colRaisedHover
		}
		p.roundRect(dst, r, 6, fill)
		p.textIn(dst, f.bold13, f.bold13.ellipsize(pr.Name, r.W-20), ui.Rect{X: r.X + 10, Y: r.Y, W: r.W - 20, H: r.H}, alignLeft, nameCol)
		tag, tc := presetTag(pr)
		if pr.Name == v.loaded {
			tc = rgb(0xFFFFFF)
		}
		if f.bold13.width(pr.Name)+f.regular13.width(tag)+32 > r.W {
			continue // a narrow column: the About line under the rows says it
		}
		p.textIn(dst, f.regular13, tag, ui.Rect{X: r.X + 10, Y: r.Y, W: r.W - 20, H: r.H}, alignRight, tc)
	}
	if k, ok := v.shown(0); ok && v.layout.PerPage == 1 {
		// A page of one preset (a small phone) is read as a card: it
		// describes the preset on it, not the one loaded pages away.
		about = k
	}
	if v.hover >= 0 {
		about = v.hover
	}
	a := v.layout.About
	if about < 0 {
		p.textIn(dst, f.regular13, "Point at a preset to see what it shows.", ui.Rect{X: a.X, Y: a.Y, W: a.W, H: 18}, alignLeft, colTextMuted)
		return
	}
	pr := v.presets[about]
	y := a.Y + 13
	p.text(dst, f.bold13, pr.Name, a.X, y, colText)
	y += 18
	for _, line := range f.regular13.wrap(pr.About, a.W, " ") {
		if y > a.Bottom() {
			break
		}
		p.text(dst, f.regular13, line, a.X, y, colTextDim)
		y += 17
	}
}

// presetTag is what a preset's row says it is, and its colour.
func presetTag(pr nn.Preset) (string, color.RGBA) {
	switch {
	case pr.Shows != "":
		return "shows " + pr.Shows, colWarn
	case pr.Fixes != "":
		return "fixes " + pr.Fixes, colGood
	case strings.HasPrefix(pr.Name, "seed-"):
		return "the seed's example", colGood
	}
	return "", colGood
}
