package game

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/augment"
	"digitlab/game/ui"
	"digitlab/nn"
)

// Sizes of the settings panel.
const (
	// settingsTallH: a panel at least this high holds every setting in
	// one column; a shorter and wide one gets two.
	settingsTallH = 600
	rowH          = 26 // a stepper or a chip
	rowGap        = 3
	captionH      = 14 // a caption above chips
	labelW        = 100
	stepperW      = 136
	unitsW        = 80 // one layer's units stepper
	chipPadX      = 8  // text inset of a chip
	chipGap       = 5
	sectionGap    = 8
	configLineH   = 15
)

// The values the remedy and convolution steppers offer. The conv list goes
// from none to the deep preset's part; a part typed into the address that
// is not in it is shown as it is, after them.
var (
	convSteps     = []string{"", "8c5-p2", "8c5-p2-16c5-p2", "16c5-p2-32c5-p2"}
	clipSteps     = []float64{0, 0.1, 0.5, 1, 5}
	patienceSteps = []int{0, 2, 3, 5, 10, 20}
)

// settings is the panel of every network and training setting. It is
// rebuilt whenever the config changes, because the rows depend on it (one
// units stepper per hidden layer, momentum only for its optimizer).
//
// The panel is made of sections (network, training, remedies), packed into
// one column, or two on a wide and short panel. When they do not all fit,
// the panel has pages, and a row of page chips at its top; only the shown
// page's controls exist.
type settings struct {
	area     ui.Rect
	buttons  []*button
	steppers []*stepper
	texts    []panelText
	config   []string // the compact config, wrapped; none when it does not fit
	configX  float64
	configY  float64
	page     int // the page shown, 0 when the panel has one page
	pages    int
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

// settingsSection is one titled group of rows of the panel.
type settingsSection struct {
	title string // as the panel shows it, in capitals
	page  string // as the page chips name it
	rows  func(b *panelBuilder, cfg nn.Config)
}

var settingsSections = [...]settingsSection{
	{"NETWORK", "Network", networkRows},
	{"TRAINING", "Training", trainingRows},
	{"REMEDIES", "Remedies", remedyRows},
}

// buildSettings lays out page (clamped to the pages there are) of the
// panel for cfg in area. Each control edits a copy of cfg through edit;
// the page chips call turn with the page they show.
func buildSettings(area ui.Rect, cfg nn.Config, p *painter, edit editor, page int, turn func(page int)) *settings {
	s := &settings{area: area}
	// A wide and short panel (a phone on its side) has two columns.
	cols := 1
	if area.W >= 2*ui.ControlsW && area.H < settingsTallH {
		cols = 2
	}
	in := area.Inset(ui.PanelPad)
	colW := (in.W - float64(cols-1)*(ui.Gap+2*ui.PanelPad)) / float64(cols)
	var heights [len(settingsSections)]float64
	for i, sec := range settingsSections {
		b := &panelBuilder{s: &settings{}, col: ui.Column{Area: ui.Rect{W: colW, H: area.H}, Gap: rowGap}, f: p.fonts, edit: edit}
		b.section(sec, cfg)
		heights[i] = b.col.Used()
	}
	pages := packSections(heights[:], in.H, cols)
	if len(pages) > 1 { // make room for the page chips and pack again
		pages = packSections(heights[:], in.H-rowH-sectionGap, cols)
	}
	s.pages, s.page = len(pages), min(max(page, 0), len(pages)-1)
	if s.pages == 1 {
		s.page = 0
	}

	b := &panelBuilder{s: s, f: p.fonts, edit: edit}
	top := in
	if s.pages > 1 {
		var r ui.Rect
		r, top = in.CutTop(rowH, sectionGap)
		s.pageChips(r, pages, p.fonts, turn)
	}
	var last ui.Column
	for c, secs := range pages[s.page] {
		x := top.X + float64(c)*(colW+ui.Gap+2*ui.PanelPad)
		b.col = ui.Column{Area: ui.Rect{X: x, Y: top.Y, W: colW, H: top.H}, Gap: rowGap}
		for k, i := range secs {
			if k > 0 {
				b.col.Skip(sectionGap)
			}
			b.section(settingsSections[i], cfg)
		}
		last = b.col
	}

	// The compact config, under the last column, when there is room.
	b.col = last
	b.col.Skip(sectionGap)
	config := p.fonts.mono13.wrap(cfg.String(), colW, "&")
	if y := b.col.Next(0).Y; y+captionH+rowGap+float64(len(config))*configLineH <= in.Bottom() {
		b.caption("Config")
		s.config, s.configX, s.configY = config, b.col.Area.X, b.col.Next(0).Y
	}
	return s
}

// packSections puts sections of the given heights, in order, into columns
// of height h, cols columns a page; it returns each page's columns' section
// indexes. A section higher than a column gets a column of its own.
func packSections(heights []float64, h float64, cols int) [][][]int {
	pages := [][][]int{{{}}}
	used := 0.0
	for i, sh := range heights {
		page := pages[len(pages)-1]
		col := page[len(page)-1]
		need := sh
		if len(col) > 0 {
			need += sectionGap
		}
		if len(col) > 0 && used+need > h {
			if len(page) < cols {
				page = append(page, nil)
			} else {
				pages = append(pages, [][]int{nil})
				page = pages[len(pages)-1]
			}
			used, need = 0, sh
		}
		page[len(page)-1] = append(page[len(page)-1], i)
		pages[len(pages)-1] = page
		used += need
	}
	return pages
}

// pageChips lays out one chip per page in r, named "settings-page:N"
// (from 1) and labelled with the page's sections.
func (s *settings) pageChips(r ui.Rect, pages [][][]int, f *fonts, turn func(int)) {
	rects := make([]ui.Rect, len(pages))
	ui.SplitEvenly(r, rects)
	for n, cols := range pages {
		label := ""
		for _, col := range cols {
			for _, i := range col {
				if label != "" {
					label += " & "
				}
				label += settingsSections[i].page
			}
		}
		n := n
		s.buttons = append(s.buttons, &button{
			name: fmt.Sprintf("settings-page:%d", n+1), rect: rects[n], label: label, kind: buttonChip,
			selected: n == s.page, onClick: func() { turn(n) },
		})
	}
}

// panelBuilder adds rows to a settings panel, one under the other in col.
type panelBuilder struct {
	s    *settings
	col  ui.Column
	f    *fonts
	edit editor
}

func (b *panelBuilder) section(sec settingsSection, cfg nn.Config) {
	r := b.col.Next(16)
	b.s.texts = append(b.s.texts, panelText{sec.title, b.f.bold13, r, colTextDim, alignLeft})
	b.col.Skip(2)
	sec.rows(b, cfg)
}

func (b *panelBuilder) caption(text string) {
	b.s.texts = append(b.s.texts, panelText{text, b.f.regular13, b.col.Next(captionH), colTextDim, alignLeft})
}

// labelled adds a row with label on its left and returns the rest of it.
func (b *panelBuilder) labelled(label string) ui.Rect {
	r := b.col.Next(rowH)
	l, rest := r.CutLeft(labelW, 0)
	b.s.texts = append(b.s.texts, panelText{label, b.f.regular13, l, colTextDim, alignLeft})
	return rest
}

// chips adds a chip per name, flowing in r (a new row of the column when
// r is empty), named group:name; the one equal to selected is selected.
func (b *panelBuilder) chips(r ui.Rect, group string, names, labels []string, selected string, set func(c *nn.Config, v string)) {
	widths := make([]float64, len(names))
	for i, n := range labels {
		widths[i] = b.f.regular13.width(n) + 2*chipPadX
	}
	inRow := !r.Empty()
	if !inRow {
		r = b.col.Next(0)
	}
	rects, h := ui.Flow(r, widths, rowH, chipGap, chipGap)
	if !inRow {
		b.col.Skip(h)
	}
	b.addChips(rects, group, names, labels, selected, set)
}

func (b *panelBuilder) addChips(rects []ui.Rect, group string, names, labels []string, selected string, set func(c *nn.Config, v string)) {
	for i, n := range names {
		v := n
		b.s.buttons = append(b.s.buttons, &button{
			name: group + ":" + v, rect: rects[i], label: labels[i], kind: buttonChip, selected: v == selected,
			onClick: func() { b.edit(func(c *nn.Config) { set(c, v) }) },
		})
	}
}

// stepThrough adds a stepper named name in r that shows cur with show
// and steps to next(dir), for dir -1 and +1; an arrow is off when its step
// stays on cur. set writes the value stepped to.
func stepThrough[V comparable](b *panelBuilder, name string, r ui.Rect, cur V, next func(dir int) V, show func(V) string, set func(c *nn.Config, v V)) *stepper {
	st := &stepper{name: name, rect: r, value: show(cur), canDec: next(-1) != cur, canInc: next(+1) != cur,
		onStep: func(dir int) { b.edit(func(c *nn.Config) { set(c, next(dir)) }) }}
	b.s.steppers = append(b.s.steppers, st)
	return st
}

// stepStrings steps through list; a cur that is not in it comes after it.
func (b *panelBuilder) stepStrings(name string, r ui.Rect, list []string, cur string, show func(string) string, set func(c *nn.Config, v string)) *stepper {
	if !slices.Contains(list, cur) {
		list = append(slices.Clip(list), cur)
	}
	i := slices.Index(list, cur)
	return stepThrough(b, name, r, cur, func(dir int) string { return list[min(max(i+dir, 0), len(list)-1)] }, show, set)
}

func (b *panelBuilder) stepInts(name string, r ui.Rect, list []int, cur int, show func(int) string, set func(c *nn.Config, v int)) *stepper {
	return stepThrough(b, name, r, cur, func(dir int) int { return ui.StepInt(list, cur, dir) }, show, set)
}

func (b *panelBuilder) stepFloats(name string, r ui.Rect, list []float64, cur float64, show func(float64) string, set func(c *nn.Config, v float64)) *stepper {
	return stepThrough(b, name, r, cur, func(dir int) float64 { return ui.StepFloat(list, cur, dir) }, show, set)
}

// right is the right-hand part of r, w wide.
func right(r ui.Rect, w float64) ui.Rect { x, _ := r.CutRight(w, 0); return x }

// offOr shows 0 as "off" and any other value with show.
func offOr[V int | float64](show func(V) string) func(V) string {
	return func(v V) string {
		if v == 0 {
			return "off"
		}
		return show(v)
	}
}

// networkRows are the network's shape: the convolutional part, the dense
// layers, their activation and initialization.
func networkRows(b *panelBuilder, cfg nn.Config) {
	b.stepStrings("conv", b.labelled("Convolutions"), convSteps, cfg.Conv,
		func(v string) string {
			if v == "" {
				return "none"
			}
			return v
		}, func(c *nn.Config, v string) { c.Conv = v })
	layers := len(cfg.Hidden)
	b.s.steppers = append(b.s.steppers, &stepper{name: "layers", rect: right(b.labelled("Hidden layers"), stepperW),
		value: strconv.Itoa(layers), canDec: layers > 0, canInc: layers < nn.MaxHiddenLayers,
		onStep: func(dir int) {
			b.edit(func(c *nn.Config) {
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
	b.caption("Units per layer, input side first")
	row := b.col.Next(rowH)
	if layers == 0 {
		none := "none: softmax regression on the pixels"
		if cfg.Conv != "" {
			none = "none: softmax on the convolutions' outputs"
		}
		b.s.texts = append(b.s.texts, panelText{none, b.f.regular13, row, colTextMuted, alignLeft})
	}
	for i, u := range cfg.Hidden {
		i := i
		r := ui.Rect{X: row.X + float64(i)*(unitsW+4), Y: row.Y, W: unitsW, H: rowH}
		b.stepInts(fmt.Sprintf("units%d", i+1), r, ui.UnitSteps, u, strconv.Itoa, func(c *nn.Config, v int) { c.Hidden[i] = v })
	}
	b.caption("Activation")
	b.chips(ui.Rect{}, "activation", nn.Activations, nn.Activations, cfg.Activation, func(c *nn.Config, v string) { c.Activation = v })
	b.caption("Initialization")
	b.chips(ui.Rect{}, "init", nn.Inits, nn.Inits, cfg.Init, func(c *nn.Config, v string) { c.Init = v })
}

// trainingRows are how the network learns: the optimizer and its step,
// the batches, the data and the seed.
func trainingRows(b *panelBuilder, cfg nn.Config) {
	b.caption("Optimizer")
	b.chips(ui.Rect{}, "optimizer", nn.Optimizers, nn.Optimizers, cfg.Optimizer, func(c *nn.Config, v string) { c.Optimizer = v })
	// Momentum: the stepper lines up with the others, the Nesterov switch
	// sits between it and the label.
	mrow := b.labelled("Momentum")
	usesMomentum := cfg.Optimizer == nn.OptMomentum
	msr, rest := mrow.CutRight(stepperW, 8)
	nb, _ := rest.CutRight(b.f.regular13.width("Nesterov")+2*chipPadX, 0)
	ms := b.stepFloats("momentum", msr, ui.Momenta, cfg.Momentum, ui.FormatValue, func(c *nn.Config, v float64) { c.Momentum = v })
	ms.disabled = !usesMomentum
	b.s.buttons = append(b.s.buttons, &button{name: "nesterov", rect: nb, label: "Nesterov", kind: buttonChip,
		selected: cfg.Nesterov, disabled: !usesMomentum,
		onClick: func() { b.edit(func(c *nn.Config) { c.Nesterov = !c.Nesterov }) }})
	b.stepFloats("lr", right(b.labelled("Learning rate"), stepperW), ui.LearningRates, cfg.LearningRate, ui.FormatValue, func(c *nn.Config, v float64) { c.LearningRate = v })
	b.stepInts("batch", right(b.labelled("Batch size"), stepperW), ui.BatchSizes, cfg.BatchSize, strconv.Itoa, func(c *nn.Config, v int) { c.BatchSize = v })
	// The switch that adds the user's own digits to the training images
	// sits between the label and the stepper.
	trow := b.labelled("Training images")
	tsr, rest := trow.CutRight(stepperW, 8)
	b.stepInts("train", tsr, ui.TrainSizes, cfg.TrainSize,
		func(v int) string { return ui.FormatCount(int64(v)) }, func(c *nn.Config, v int) { c.TrainSize = v })
	mr, _ := rest.CutRight(b.f.regular13.width(mineLabel)+2*chipPadX, 0)
	b.s.buttons = append(b.s.buttons, &button{name: "mine", rect: mr, label: mineLabel, kind: buttonChip,
		selected: cfg.Mine, onClick: func() { b.edit(func(c *nn.Config) { c.Mine = !c.Mine }) }})
	seed := cfg.Seed
	b.s.steppers = append(b.s.steppers, &stepper{name: "seed", rect: right(b.labelled("Seed"), stepperW),
		value: strconv.FormatUint(seed, 10), canDec: seed > 0, canInc: seed < ^uint64(0),
		onStep: func(dir int) {
			b.edit(func(c *nn.Config) {
				if dir < 0 {
					c.Seed--
				} else {
					c.Seed++
				}
			})
		}})
}

// mineLabel is the switch of the mine key: train on the user's digits too.
const mineLabel = "+ mine"

// remedyRows are the settings that answer a failure rather than define the
// network or its training: dropout, weight decay, early stopping and
// augmentation against overfitting (augmentation also for drawings unlike
// MNIST), batch norm against vanishing gradients, clipping against
// divergence.
func remedyRows(b *panelBuilder, cfg nn.Config) {
	// Batch norm shares the dropout row: both act after every layer. Its
	// switch sits between the label and the stepper.
	drow := b.labelled("Dropout")
	dsr, rest := drow.CutRight(stepperW, 8)
	b.stepFloats("dropout", dsr, ui.Dropouts, cfg.Dropout, ui.FormatValue, func(c *nn.Config, v float64) { c.Dropout = v })
	bnW := b.f.regular13.width("Batch norm") + 2*chipPadX
	bnr, _ := rest.CutRight(bnW, 0)
	b.s.buttons = append(b.s.buttons, &button{name: "bn", rect: bnr, label: "Batch norm", kind: buttonChip,
		selected: cfg.BatchNorm, onClick: func() { b.edit(func(c *nn.Config) { c.BatchNorm = !c.BatchNorm }) }})
	b.stepFloats("l2", right(b.labelled("L2 weight decay"), stepperW), ui.L2s, cfg.L2, ui.FormatValue, func(c *nn.Config, v float64) { c.L2 = v })
	b.stepFloats("clip", right(b.labelled("Gradient clip"), stepperW), clipSteps, cfg.Clip,
		offOr(ui.FormatValue), func(c *nn.Config, v float64) { c.Clip = v })
	b.stepInts("patience", right(b.labelled("Early stopping"), stepperW), patienceSteps, cfg.Patience,
		offOr(func(v int) string { return fmt.Sprintf("after %d", v) }), func(c *nn.Config, v int) { c.Patience = v })
	levels := make([]string, augment.MaxLevel+1)
	for l := range levels {
		levels[l] = augment.Level(l).String()
	}
	b.chips(b.labelled("Augmentation"), "augment", levels, levels, cfg.Augment.String(), func(c *nn.Config, v string) {
		c.Augment, _ = augment.ParseLevel(v) // v is one of levels
	})
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
