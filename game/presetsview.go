package game

import (
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
)

// presetsView lists the seed's examples and the gallery of failures; one
// click loads a preset as the config and starts it. Under the list it says
// what the preset under the pointer (or the one last loaded) shows.
type presetsView struct {
	panel   ui.Rect
	layout  ui.PresetsPanel
	presets []nn.Preset
	load    func(nn.Preset)

	hover  int    // row under the pointer, -1 for none
	loaded string // name of the preset last loaded, if the config is still it

	userLook lookVersion[presetsLook]
}

// presetsLook is what the view is drawn from besides the layout.
type presetsLook struct {
	hover  int
	loaded string
}

func newPresetsView(load func(nn.Preset)) *presetsView {
	return &presetsView{presets: nn.Presets(), load: load, hover: -1}
}

func (v *presetsView) resize(s *ui.Screen) {
	v.panel, v.layout = s.Content, ui.PresetsLayout(s.Content, len(v.presets))
}

func (v *presetsView) look() tabLook {
	return tabLook{user: v.userLook.of(presetsLook{v.hover, v.loaded})}
}

func (v *presetsView) hovering() bool { return v.hover >= 0 }

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
		if in.hovers(r) {
			v.hover = i
		}
		if in.pressed(r) {
			v.loaded = v.presets[i].Name
			v.load(v.presets[i])
		}
	}
}

// rects adds each preset's row by name, "preset:<name>".
func (v *presetsView) rects(m map[string]ui.Rect) {
	for i, r := range v.layout.Rows {
		m["preset:"+v.presets[i].Name] = r
	}
}

func (v *presetsView) drawChrome(dst *ebiten.Image, p *painter) {
	p.panel(dst, v.panel, 10, colPanel, colPanelBorder)
	f := p.fonts
	p.textIn(dst, f.bold15, "Presets", v.layout.Title, alignLeft, colText)
	x := v.layout.Title.X + f.bold15.width("Presets") + 8
	p.textIn(dst, f.regular13, "one click loads and trains", ui.Rect{X: x, Y: v.layout.Title.Y, W: v.layout.Title.Right() - x, H: v.layout.Title.H}, alignLeft, colTextMuted)
}

// draw draws the rows and the description.
func (v *presetsView) draw(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	rows := v.layout.Rows
	c.restore(ui.Rect{X: v.layout.About.X, Y: rows[0].Y, W: v.layout.About.W, H: v.layout.About.Bottom() - rows[0].Y})
	about := -1
	for i, r := range rows {
		pr := v.presets[i]
		fill, nameCol := colRaised, colText
		switch {
		case pr.Name == v.loaded:
			fill, nameCol = colSelected, rgb(0xFFFFFF)
			if about < 0 {
				about = i
			}
		case i == v.hover:
			fill = colRaisedHover
		}
		p.roundRect(dst, r, 6, fill)
		p.textIn(dst, f.bold13, pr.Name, ui.Rect{X: r.X + 10, Y: r.Y, W: r.W - 20, H: r.H}, alignLeft, nameCol)
		tag, tc := presetTag(pr)
		if pr.Name == v.loaded {
			tc = rgb(0xFFFFFF)
		}
		if f.bold13.width(pr.Name)+f.regular13.width(tag)+32 > r.W {
			continue // a narrow column: the About line under the rows says it
		}
		p.textIn(dst, f.regular13, tag, ui.Rect{X: r.X + 10, Y: r.Y, W: r.W - 20, H: r.H}, alignRight, tc)
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
