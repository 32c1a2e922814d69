package game

import (
	"fmt"
	"image/color"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
)

// Sizes of the settings panel.
const (
	// settingsTallH: a panel at least this high holds every setting in
	// one column; a shorter and wide one gets two.
	settingsTallH = 600
	rowH          = 28 // a stepper or a chip
	rowGap        = 4
	captionH      = 14 // a caption above chips
	labelW        = 100
	stepperW      = 136
	unitsW        = 80 // one layer's units stepper
	chipPadX      = 8  // text inset of a chip
	chipGap       = 5
	sectionGap    = 8
	nesterovW     = 76
	configLineH   = 15
)

// settings is the panel of every network and training setting. It is
// rebuilt whenever the config changes, because the rows depend on it (one
// units stepper per hidden layer, momentum only for its optimizer).
type settings struct {
	area     ui.Rect
	buttons  []*button
	steppers []*stepper
	texts    []panelText
	config   []string // the compact config, wrapped; none when it does not fit
	configX  float64
	configY  float64
}

// panelText is a caption, a row label or a section title.
type panelText struct {
	s     string
	f     *face
	r     ui.Rect
	c     color.RGBA
	align align
}

// editor changes the config the panel shows; the app decides which trainer
// command that needs.
type editor func(func(c *nn.Config))

// buildSettings lays out the panel for cfg in area. Each control edits a
// copy of cfg through edit.
func buildSettings(area ui.Rect, cfg nn.Config, p *painter, edit editor) *settings {
	s := &settings{area: area}
	// A wide and short panel (a phone on its side) has the network's
	// settings in one column and the training's in a second.
	twoCols := area.W >= 2*ui.ControlsW && area.H < settingsTallH
	first, second := area, ui.Rect{}
	if twoCols {
		first, second = area.CutLeft((area.W-ui.Gap)/2, ui.Gap)
	}
	col := ui.Column{Area: first.Inset(ui.PanelPad), Gap: rowGap}
	f := p.fonts

	section := func(title string) {
		r := col.Next(16)
		s.texts = append(s.texts, panelText{title, f.bold13, r, colTextDim, alignLeft})
		col.Skip(2)
	}
	caption := func(text string) {
		s.texts = append(s.texts, panelText{text, f.regular13, col.Next(captionH), colTextDim, alignLeft})
	}
	labelled := func(label string) ui.Rect {
		r := col.Next(rowH)
		l, rest := r.CutLeft(labelW, 0)
		s.texts = append(s.texts, panelText{label, f.regular13, l, colTextDim, alignLeft})
		return rest
	}
	chips := func(group string, names []string, selected string, set func(c *nn.Config, v string)) {
		widths := make([]float64, len(names))
		for i, n := range names {
			widths[i] = f.regular13.width(n) + 2*chipPadX
		}
		rects, h := ui.Flow(col.Next(0), widths, rowH, chipGap, chipGap)
		col.Skip(h)
		for i, n := range names {
			v := n
			s.buttons = append(s.buttons, &button{
				name: group + ":" + v, rect: rects[i], label: v, kind: buttonChip, selected: v == selected,
				onClick: func() { edit(func(c *nn.Config) { set(c, v) }) },
			})
		}
	}
	stepInts := func(name string, r ui.Rect, list []int, cur int, show func(int) string, set func(c *nn.Config, v int)) *stepper {
		st := &stepper{name: name, rect: r, value: show(cur),
			canDec: ui.CanStepInt(list, cur, -1), canInc: ui.CanStepInt(list, cur, +1),
			onStep: func(dir int) { edit(func(c *nn.Config) { set(c, ui.StepInt(list, cur, dir)) }) }}
		s.steppers = append(s.steppers, st)
		return st
	}
	stepFloats := func(name string, r ui.Rect, list []float64, cur float64, set func(c *nn.Config, v float64)) *stepper {
		st := &stepper{name: name, rect: r, value: ui.FormatValue(cur),
			canDec: ui.CanStepFloat(list, cur, -1), canInc: ui.CanStepFloat(list, cur, +1),
			onStep: func(dir int) { edit(func(c *nn.Config) { set(c, ui.StepFloat(list, cur, dir)) }) }}
		s.steppers = append(s.steppers, st)
		return st
	}
	right := func(r ui.Rect, w float64) ui.Rect { x, _ := r.CutRight(w, 0); return x }

	section("NETWORK")
	layers := len(cfg.Hidden)
	s.steppers = append(s.steppers, &stepper{name: "layers", rect: right(labelled("Hidden layers"), stepperW),
		value: strconv.Itoa(layers), canDec: layers > 0, canInc: layers < nn.MaxHiddenLayers,
		onStep: func(dir int) {
			edit(func(c *nn.Config) {
				if dir < 0 {
					c.Hidden = c.Hidden[:len(c.Hidden)-1]
					return
				}
				u := ui.DefaultUnits
				if n := len(c.Hidden); n > 0 {
					u = c.Hidden[n-1]
				}
				c.Hidden = append(c.Hidden, u)
			})
		}})
	caption("Units per layer, input side first")
	row := col.Next(rowH)
	if layers == 0 {
		s.texts = append(s.texts, panelText{"none: softmax regression on the pixels", f.regular13, row, colTextMuted, alignLeft})
	}
	for i, u := range cfg.Hidden {
		i := i
		r := ui.Rect{X: row.X + float64(i)*(unitsW+4), Y: row.Y, W: unitsW, H: rowH}
		stepInts(fmt.Sprintf("units%d", i+1), r, ui.UnitSteps, u, strconv.Itoa, func(c *nn.Config, v int) { c.Hidden[i] = v })
	}
	caption("Activation")
	chips("activation", nn.Activations, cfg.Activation, func(c *nn.Config, v string) { c.Activation = v })
	caption("Initialization")
	chips("init", nn.Inits, cfg.Init, func(c *nn.Config, v string) { c.Init = v })
	stepFloats("dropout", right(labelled("Dropout"), stepperW), ui.Dropouts, cfg.Dropout, func(c *nn.Config, v float64) { c.Dropout = v })

	if twoCols {
		col = ui.Column{Area: second.Inset(ui.PanelPad), Gap: rowGap}
	} else {
		col.Skip(sectionGap)
	}
	section("TRAINING")
	caption("Optimizer")
	chips("optimizer", nn.Optimizers, cfg.Optimizer, func(c *nn.Config, v string) { c.Optimizer = v })
	// Momentum: the stepper lines up with the others, the Nesterov switch
	// sits between it and the label.
	mrow := labelled("Momentum")
	usesMomentum := cfg.Optimizer == nn.OptMomentum
	msr, rest := mrow.CutRight(stepperW, 8)
	nb, _ := rest.CutRight(nesterovW, 0)
	ms := stepFloats("momentum", msr, ui.Momenta, cfg.Momentum, func(c *nn.Config, v float64) { c.Momentum = v })
	ms.disabled = !usesMomentum
	s.buttons = append(s.buttons, &button{name: "nesterov", rect: nb, label: "Nesterov", kind: buttonChip,
		selected: cfg.Nesterov, disabled: !usesMomentum,
		onClick: func() { edit(func(c *nn.Config) { c.Nesterov = !c.Nesterov }) }})
	stepFloats("lr", right(labelled("Learning rate"), stepperW), ui.LearningRates, cfg.LearningRate, func(c *nn.Config, v float64) { c.LearningRate = v })
	stepInts("batch", right(labelled("Batch size"), stepperW), ui.BatchSizes, cfg.BatchSize, strconv.Itoa, func(c *nn.Config, v int) { c.BatchSize = v })
	stepFloats("l2", right(labelled("L2 weight decay"), stepperW), ui.L2s, cfg.L2, func(c *nn.Config, v float64) { c.L2 = v })
	stepInts("train", right(labelled("Training images"), stepperW), ui.TrainSizes, cfg.TrainSize,
		func(v int) string { return ui.FormatCount(int64(v)) }, func(c *nn.Config, v int) { c.TrainSize = v })
	seed := cfg.Seed
	s.steppers = append(s.steppers, &stepper{name: "seed", rect: right(labelled("Seed"), stepperW),
		value: strconv.FormatUint(seed, 10), canDec: seed > 0, canInc: seed < ^uint64(0),
		onStep: func(dir int) {
			edit(func(c *nn.Config) {
				if dir < 0 {
					c.Seed--
				} else {
					c.Seed++
				}
			})
		}})

	col.Skip(sectionGap)
	config := f.mono13.wrap(cfg.String(), col.Area.W, "&")
	if y := col.Next(0).Y; y+captionH+rowGap+float64(len(config))*configLineH <= area.Bottom()-ui.PanelPad {
		caption("Config")
		s.config, s.configX, s.configY = config, col.Area.X, col.Next(0).Y
	}
	return s
}

func (s *settings) update(in *intents) {
	for _, b := range s.buttons {
		b.update(in)
	}
	for _, st := range s.steppers {
		st.update(in)
	}
}

// drawChrome draws the panel, its captions and labels and the config
// string: everything but the controls, which change with the pointer.
func (s *settings) drawChrome(dst *ebiten.Image, p *painter) {
	p.panel(dst, s.area, 10, colPanel, colPanelBorder)
	for _, t := range s.texts {
		p.textIn(dst, t.f, t.s, t.r, t.align, t.c)
	}
	f := p.fonts.mono13
	x := s.configX
	for i, line := range s.config {
		p.text(dst, f, line, x, s.configY+f.ascent+float64(i)*configLineH, colTextMuted)
	}
}

// redraw draws the controls that changed since they were last drawn.
func (s *settings) redraw(c *canvas, p *painter) {
	for _, b := range s.buttons {
		b.redraw(c, p)
	}
	for _, st := range s.steppers {
		st.redraw(c, p)
	}
}

// rects adds the rectangle of every control to m, by name.
func (s *settings) rects(m map[string]ui.Rect) {
	for _, b := range s.buttons {
		m[b.name] = b.rect
	}
	for _, st := range s.steppers {
		m[st.name+":dec"] = st.decRect()
		m[st.name+":inc"] = st.incRect()
	}
}
