package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
)

// buttonKind chooses how a button looks.
type buttonKind int

const (
	buttonNormal  buttonKind = iota // raised, for actions
	buttonPrimary                   // filled with the accent colour
	buttonChip                      // one option of a choice; selected shows it chosen
	buttonClose                     // the banner's ×, in the warning colours
)

// icon is a small shape drawn before a button's label.
type icon int

const (
	iconNone icon = iota
	iconPlay
	iconPause
	iconStep
)

// button is a clickable rectangle with a label. It calls onClick when a
// pointer goes down on it, unless it is disabled.
type button struct {
	name     string // for ControlRect, such as "play" or "activation:elu"
	rect     ui.Rect
	label    string
	kind     buttonKind
	icon     icon
	selected bool
	disabled bool
	onClick  func()

	hover bool

	shown      buttonLook // as last drawn on the screen
	shownValid bool
}

// buttonLook is everything a button is drawn from.
type buttonLook struct {
	rect     ui.Rect
	label    string
	icon     icon
	selected bool
	disabled bool
	hover    bool
}

func (b *button) look() buttonLook {
	return buttonLook{b.rect, b.label, b.icon, b.selected, b.disabled, b.hover}
}

// redraw draws the button over the chrome if it looks different from when
// it was last drawn. A view that redraws the area under its buttons
// itself draws them with draw instead, and makes their looks part of its
// own (compareView).
func (b *button) redraw(c *canvas, p *painter) {
	if dirty(c, &b.shown, &b.shownValid, b.look()) {
		c.restore(b.rect)
		b.draw(c.dst, p)
	}
}

func (b *button) update(in *intents) {
	b.hover = !b.disabled && in.hovers(b.rect)
	if !b.disabled && in.pressed(b.rect) && b.onClick != nil {
		b.onClick()
	}
}

func (b *button) draw(dst *ebiten.Image, p *painter) {
	f := p.fonts.bold13
	fill, textCol := colRaised, colText
	switch {
	case b.kind == buttonPrimary:
		fill, textCol = colAccent, rgb(0xFFFFFF)
		if b.hover {
			fill = colAccentHover
		}
	case b.kind == buttonChip && b.selected:
		fill, textCol, f = colSelected, rgb(0xFFFFFF), p.fonts.regular13
	case b.kind == buttonChip:
		fill, textCol, f = colRaised, colTextDim, p.fonts.regular13
		if b.hover {
			fill, textCol = colRaisedHover, colText
		}
	case b.kind == buttonClose:
		fill = colWarnBg
		if b.hover {
			fill = colWarnBorder
		}
		textCol = colWarn
	case b.hover:
		fill = colRaisedHover
	}
	if b.disabled {
		textCol = colTextMuted
		if b.kind == buttonChip && b.selected {
			fill, textCol = colRaisedHover, colTextDim
		}
	}
	p.roundRect(dst, b.rect, 6, fill)
	r := b.rect
	if b.icon != iconNone {
		const iw, gap = 10.0, 7.0
		w := iw + gap + f.width(b.label)
		x := math.Round(r.CenterX() - w/2)
		drawIcon(dst, p, b.icon, ui.Rect{X: x, Y: r.CenterY() - 5, W: iw, H: 10}, textCol)
		p.text(dst, f, b.label, x+iw+gap, baselineIn(f, r), textCol)
		return
	}
	p.textIn(dst, f, b.label, r, alignCenter, textCol)
}

// drawIcon draws a small play, pause or step symbol in r.
func drawIcon(dst *ebiten.Image, p *painter, ic icon, r ui.Rect, c color.Color) {
	switch ic {
	case iconPlay:
		p.arrow(dst, r.X+1, r.CenterY()-6, false, c)
	case iconPause:
		y := math.Round(r.CenterY() - 6)
		p.rect(dst, ui.Rect{X: math.Round(r.X + 1), Y: y, W: 3, H: 12}, c)
		p.rect(dst, ui.Rect{X: math.Round(r.X + 6), Y: y, W: 3, H: 12}, c)
	case iconStep:
		p.arrow(dst, r.X-1, r.CenterY()-6, false, c)
		p.rect(dst, ui.Rect{X: math.Round(r.Right() - 2), Y: math.Round(r.CenterY() - 6), W: 2, H: 12}, c)
	}
}

// stepperArrowW is the width of a stepper's arrow buttons.
const stepperArrowW = 28

// stepper shows a value between a "◀" and a "▶" button; clicking an arrow
// calls onStep with -1 or +1. An arrow is disabled when the value cannot
// move that way.
type stepper struct {
	name           string // arrows are name+":dec" and name+":inc"
	rect           ui.Rect
	value          string
	canDec, canInc bool
	disabled       bool
	onStep         func(dir int)
	arrowW         float64 // the arrows' width; 0 means stepperArrowW

	hoverDec, hoverInc bool

	shown      stepperLook // as last drawn on the screen
	shownValid bool
}

// stepperLook is everything a stepper is drawn from.
type stepperLook struct {
	rect               ui.Rect
	value              string
	canDec, canInc     bool
	disabled           bool
	hoverDec, hoverInc bool
}

func (s *stepper) look() stepperLook {
	return stepperLook{s.rect, s.value, s.canDec, s.canInc, s.disabled, s.hoverDec, s.hoverInc}
}

// redraw draws the stepper over the chrome if it looks different from when
// it was last drawn.
func (s *stepper) redraw(c *canvas, p *painter) {
	if dirty(c, &s.shown, &s.shownValid, s.look()) {
		c.restore(s.rect)
		s.draw(c.dst, p)
	}
}

func (s *stepper) decRect() ui.Rect { r, _ := s.rect.CutLeft(s.arrowWidth(), 0); return r }
func (s *stepper) incRect() ui.Rect { r, _ := s.rect.CutRight(s.arrowWidth(), 0); return r }

func (s *stepper) arrowWidth() float64 {
	if s.arrowW > 0 {
		return s.arrowW
	}
	return stepperArrowW
}

func (s *stepper) update(in *intents) {
	dec, inc := s.decRect(), s.incRect()
	okDec, okInc := !s.disabled && s.canDec, !s.disabled && s.canInc
	s.hoverDec, s.hoverInc = okDec && in.hovers(dec), okInc && in.hovers(inc)
	switch {
	case okDec && in.pressed(dec):
		s.onStep(-1)
	case okInc && in.pressed(inc):
		s.onStep(+1)
	}
}

func (s *stepper) draw(dst *ebiten.Image, p *painter) {
	p.roundRect(dst, s.rect, 6, colRaised)
	dec, inc := s.decRect(), s.incRect()
	arrow := func(r ui.Rect, dir float64, enabled, hover bool) {
		c := colTextDim
		if !enabled || s.disabled {
			c = colTextMuted
		}
		if hover {
			p.roundRect(dst, r.Inset(2), 5, colRaisedHover)
			c = colText
		}
		p.arrow(dst, r.CenterX()-4, r.CenterY()-6, dir > 0, c)
	}
	arrow(dec, 1, s.canDec, s.hoverDec)
	arrow(inc, -1, s.canInc, s.hoverInc)
	c := colText
	if s.disabled {
		c = colTextMuted
	}
	p.textIn(dst, p.fonts.bold13, s.value, s.rect, alignCenter, c)
}
