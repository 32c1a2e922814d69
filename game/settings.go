package game

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

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
	rowGap        = 3
	captionH      = 14 // a caption above chips
	labelW        = 100
	chipPadX      = 8 // text inset of a chip
	chipGap       = 5
	sectionGap    = 8
	configLineH   = 15
)

// controlSizes are the sizes of the panel's controls: row is the height of
// a stepper or a chip, arrow a stepper's arrow's width, stepper and units
// the widths of a stepper and of one layer's units stepper, and minChip
// the narrowest chip.
type controlSizes struct{ row, arrow, stepper, units, minChip float64 }

// mouseSizes suit a mouse, roomiest first: the panel takes the first that
// holds every setting on one page (a short desktop screen gets lower rows),
// else the last, with pages (fitSettings). The lowest row still leaves the
// 13-pixel labels 3 pixels above and below. touchSizes make every control
// at least ui.TouchH square, for a finger on a phone.
var (
	mouseSizes = []controlSizes{
		{row: 26, arrow: stepperArrowW, stepper: 136, units: 80},
		{row: 23, arrow: stepperArrowW, stepper: 136, units: 80},
		{row: 20, arrow: stepperArrowW, stepper: 136, units: 80},
	}
	touchSizes = []controlSizes{{row: ui.TouchH, arrow: ui.TouchH, stepper: 150, units: 2*ui.TouchH + 40, minChip: ui.TouchH}}
)

// fitSettings builds the panel (buildSettings) with the first of sizes
// that needs one page, or the last.
func fitSettings(area ui.Rect, cfg nn.Config, p *painter, sizes []controlSizes, edit editor, page int, turn func(page int)) *settings {
	for i, sz := range sizes {
		if s := buildSettings(area, cfg, p, sz, edit, page, turn); s.pages == 1 || i == len(sizes)-1 {
			return s
		}
	}
	panic("game: no control sizes")
}

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
// panel for cfg in area, its controls sized by sz. Each control edits a
// copy of cfg through edit; the page chips call turn with the page they
// show.
func buildSettings(area ui.Rect, cfg nn.Config, p *painter, sz controlSizes, edit editor, page int, turn func(page int)) *settings {
	// A wide and short panel (a phone on its side) has two columns.
	cols := 1
	if area.W >= 2*ui.ControlsW && area.H < settingsTallH {
		cols = 2
	}
	in := area.Inset(ui.PanelPad)
	colW := (in.W - float64(cols-1)*(ui.Gap+2*ui.PanelPad)) / float64(cols)
	build := func(top ui.Rect, page int) (*settings, *panelBuilder) {
		s := &settings{area: area}
		b := &panelBuilder{s: s, f: p.fonts, sz: sz, edit: edit,
			col: columns{area: ui.Rect{X: top.X, Y: top.Y, W: colW, H: top.H}, step: colW + ui.Gap + 2*ui.PanelPad, cols: cols, show: page}}
		for i := range settingsSections {
			b.section(i, cfg)
		}
		return s, b
	}
	s, b := build(in, 0)
	if b.pages() > 1 { // make room for the page chips and lay out again
		var r, top ui.Rect
		r, top = in.CutTop(sz.row, sectionGap)
		s, b = build(top, 0)
		pages := b.pages()
		page = min(max(page, 0), pages-1)
		s, b = build(top, page)
		s.pages, s.page = pages, page
		s.pageChips(r, b.sectionPages, p.fonts.regular13, turn)
	} else {
		s.pages = 1
	}

	// The compact config, under the last column, when there is room.
	b.col.skip(sectionGap)
	config := p.fonts.mono13.wrap(cfg.String(), colW, "&")
	if b.col.fits(captionH + rowGap + float64(len(config))*configLineH) {
		b.caption("Config")
		r := b.col.next(0)
		s.config, s.configX, s.configY = config, r.X, r.Y
	}
	s.keepShown()
	for _, st := range s.steppers {
		st.arrowW = sz.arrow
	}
	return s
}

// keepShown drops the controls and texts laid out on the pages not shown
// (left or right of the panel).
func (s *settings) keepShown() {
	on := func(r ui.Rect) bool { return r.X >= s.area.X && r.X < s.area.Right() }
	s.buttons = slices.DeleteFunc(s.buttons, func(b *button) bool { return !on(b.rect) })
	s.steppers = slices.DeleteFunc(s.steppers, func(st *stepper) bool { return !on(st.rect) })
	s.texts = slices.DeleteFunc(s.texts, func(t panelText) bool { return !on(t.r) })
	if !on(ui.Rect{X: s.configX}) {
		s.config = nil
	}
}

// offPage is how far a page not shown is laid out from the shown one.
const offPage = 100000

// columns hands out the rows of a panel top to bottom, column after
// column: column c is column c%cols of page c/cols. A row that does not
// fit under the rows of its column starts the next one. The columns of the
// pages not shown lie offPage pixels per page away from the panel.
type columns struct {
	area ui.Rect // the shown page's first column
	step float64 // from one column of a page to the next
	cols int     // columns a page
	show int     // the page shown
	c    int     // the column rows go into
	y    float64 // offset of the next row from the column's top
}

// fits reports whether h more pixels fit in the current column.
func (f *columns) fits(h float64) bool { return f.y+h <= f.area.H }

// keep starts the next column unless h more pixels fit in this one (or it
// is empty), so that what belongs together stays together.
func (f *columns) keep(h float64) {
	if f.y > 0 && !f.fits(h) {
		f.c, f.y = f.c+1, 0
	}
}

// next returns the next row of height h and leaves rowGap under it.
func (f *columns) next(h float64) ui.Rect {
	f.keep(h)
	x := f.area.X + float64(f.c%f.cols)*f.step + float64(f.c/f.cols-f.show)*offPage
	r := ui.Rect{X: x, Y: f.area.Y + f.y, W: f.area.W, H: h}
	f.y += h + rowGap
	return r
}

// skip leaves d pixels of space, except at the top of a column.
func (f *columns) skip(d float64) {
	if f.y > 0 {
		f.y += d
	}
}

// page is the page of the current column.
func (f *columns) page() int { return f.c / f.cols }

// pageChips lays out one chip per page in r, named "settings-page:N"
// (from 1) and labelled with the sections that begin on the page
// (secPages: each section's first and last page), so that a section split
// over two pages is named once, on its first; a page that no section
// begins on is "<section>, more", and one that also holds the end of a
// section begun before names it first when there is room. Labels are
// shortened to fit.
func (s *settings) pageChips(r ui.Rect, secPages [][2]int, f *face, turn func(int)) {
	rects := make([]ui.Rect, s.pages)
	ui.SplitEvenly(r, rects)
	for n := range rects {
		label, more := "", ""
		for i, sp := range secPages {
			switch {
			case sp[0] == n && label != "":
				label += " & " + settingsSections[i].page
			case sp[0] == n:
				label = settingsSections[i].page
			case sp[0] < n && n <= sp[1]:
				more = settingsSections[i].page + ", more"
			}
		}
		switch {
		case label == "":
			label = more
			if f.width(label) > rects[n].W-2*chipPadX {
				label = "more" // the chip after its section's names it
			}
		case more != "":
			// The rest of a section before the ones that begin here: a
			// page that starts with Training's last rows says so.
			if both := strings.TrimSuffix(more, ", more") + " & " + label; f.width(both) <= rects[n].W-2*chipPadX {
				label = both
			}
		}
		n := n
		s.buttons = append(s.buttons, &button{
			name: fmt.Sprintf("settings-page:%d", n+1), rect: rects[n], label: f.ellipsize(label, rects[n].W-2*chipPadX), kind: buttonChip,
			selected: n == s.page, onClick: func() { turn(n) },
		})
	}
}

// panelBuilder adds rows to a settings panel, one under the other in the
// columns of col.
type panelBuilder struct {
	s            *settings
	col          columns
	f            *fonts
	sz           controlSizes
	edit         editor
	sectionPages [][2]int // each section's first and last page
}

// pages is how many pages the rows laid out so far take.
func (b *panelBuilder) pages() int { return b.col.page() + 1 }

// section adds section i of settingsSections: its title, kept with its
// first row, then its rows.
func (b *panelBuilder) section(i int, cfg nn.Config) {
	sec := settingsSections[i]
	b.col.skip(sectionGap)
	b.col.keep(16 + rowGap + 2 + captionH + rowGap + b.sz.row)
	first := b.col.page()
	r := b.col.next(16)
	b.s.texts = append(b.s.texts, panelText{sec.title, b.f.bold13, r, colTextDim, alignLeft})
	b.col.skip(2)
	sec.rows(b, cfg)
	b.sectionPages = append(b.sectionPages, [2]int{first, b.col.page()})
}

// caption adds a caption, kept with the row under it.
func (b *panelBuilder) caption(text string) { b.captionOver(text, b.sz.row) }

// captionOver adds a caption, kept with the h pixels of rows under it.
func (b *panelBuilder) captionOver(text string, h float64) {
	b.col.keep(captionH + rowGap + h)
	b.s.texts = append(b.s.texts, panelText{text, b.f.regular13, b.col.next(captionH), colTextDim, alignLeft})
}

// labelled adds a row with label on its left and returns the rest of it.
func (b *panelBuilder) labelled(label string) ui.Rect {
	r := b.col.next(b.sz.row)
	l, rest := r.CutLeft(labelW, 0)
	b.s.texts = append(b.s.texts, panelText{label, b.f.regular13, l, colTextDim, alignLeft})
	return rest
}

// labelledFlow adds a row labelled label whose rest holds controls of
// the given widths flowed left to right, as many rows tall as they need,
// and returns their rectangles.
func (b *panelBuilder) labelledFlow(label string, widths []float64) []ui.Rect {
	// The chips start after the label's own width, not the label column:
	// the row's chips are a group of their own, and the room counts.
	lw := math.Min(labelW, b.f.regular13.width(label)+chipGap+4)
	restW := math.Max(0, b.col.area.W-lw)
	_, h := ui.Flow(ui.Rect{W: restW}, widths, b.sz.row, chipGap, chipGap)
	r := b.col.next(math.Max(h, b.sz.row))
	l, rest := r.CutLeft(lw, 0)
	l.H = b.sz.row // the label stays by the first row
	b.s.texts = append(b.s.texts, panelText{label, b.f.regular13, l, colTextDim, alignLeft})
	rects, _ := ui.Flow(rest, widths, b.sz.row, chipGap, chipGap)
	return rects
}

// chips adds a chip per name, flowing in r (a new row of the column when
// r is empty), named group:name; the one equal to selected is selected.
func (b *panelBuilder) chips(r ui.Rect, group string, names, labels []string, selected string, set func(c *nn.Config, v string)) {
	widths := make([]float64, len(names))
	for i, n := range labels {
		widths[i] = b.chipW(n)
	}
	if r.Empty() { // rows of their own: as many as the chips need
		r = b.col.next(b.chipsH(labels))
	}
	rects, _ := ui.Flow(r, widths, b.sz.row, chipGap, chipGap)
	b.addChips(rects, group, names, labels, selected, set)
}

// chipsH is the height of the rows that chips labelled labels need in a
// row of the column's width.
func (b *panelBuilder) chipsH(labels []string) float64 {
	widths := make([]float64, len(labels))
	for i, n := range labels {
		widths[i] = b.chipW(n)
	}
	_, h := ui.Flow(ui.Rect{W: b.col.area.W}, widths, b.sz.row, chipGap, chipGap)
	return h
}

// chipW is the width of a chip labelled label.
func (b *panelBuilder) chipW(label string) float64 {
	return math.Max(b.f.regular13.width(label)+2*chipPadX, b.sz.minChip)
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

// right is the right-hand part of r, as wide as a stepper.
func (b *panelBuilder) right(r ui.Rect) ui.Rect { x, _ := r.CutRight(b.sz.stepper, 0); return x }

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
	b.s.steppers = append(b.s.steppers, &stepper{name: "layers", rect: b.right(b.labelled("Hidden layers")),
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
	// The units steppers flow into as many rows as they need.
	widths := make([]float64, len(cfg.Hidden))
	for i := range widths {
		widths[i] = b.sz.units
	}
	_, h := ui.Flow(ui.Rect{W: b.col.area.W}, widths, b.sz.row, 4, rowGap)
	row := b.col.next(max(h, b.sz.row))
	rects, _ := ui.Flow(row, widths, b.sz.row, 4, rowGap)
	row.H = b.sz.row
	if layers == 0 {
		none := "none: softmax regression on the pixels"
		if cfg.Conv != "" {
			none = "none: softmax on the convolutions' outputs"
		}
		b.s.texts = append(b.s.texts, panelText{none, b.f.regular13, row, colTextMuted, alignLeft})
	}
	for i, u := range cfg.Hidden {
		i := i
		b.stepInts(fmt.Sprintf("units%d", i+1), rects[i], ui.UnitSteps, u, strconv.Itoa, func(c *nn.Config, v int) { c.Hidden[i] = v })
	}
	b.captionOver("Activation", b.chipsH(nn.Activations))
	b.chips(ui.Rect{}, "activation", nn.Activations, nn.Activations, cfg.Activation, func(c *nn.Config, v string) { c.Activation = v })
	b.captionOver("Initialization", b.chipsH(nn.Inits))
	b.chips(ui.Rect{}, "init", nn.Inits, nn.Inits, cfg.Init, func(c *nn.Config, v string) { c.Init = v })
}

// trainingRows are how the network learns: the optimizer and its step,
// the batches, the data and the seed.
func trainingRows(b *panelBuilder, cfg nn.Config) {
	b.captionOver("Optimizer", b.chipsH(nn.Optimizers))
	b.chips(ui.Rect{}, "optimizer", nn.Optimizers, nn.Optimizers, cfg.Optimizer, func(c *nn.Config, v string) { c.Optimizer = v })
	// Momentum: the stepper lines up with the others, the Nesterov switch
	// sits between it and the label.
	mrow := b.labelled("Momentum")
	usesMomentum := cfg.Optimizer == nn.OptMomentum
	msr, rest := mrow.CutRight(b.sz.stepper, 8)
	nb, _ := rest.CutRight(b.chipW("Nesterov"), 0)
	ms := b.stepFloats("momentum", msr, ui.Momenta, cfg.Momentum, ui.FormatValue, func(c *nn.Config, v float64) { c.Momentum = v })
	ms.disabled = !usesMomentum
	b.s.buttons = append(b.s.buttons, &button{name: "nesterov", rect: nb, label: "Nesterov", kind: buttonChip,
		selected: cfg.Nesterov, disabled: !usesMomentum,
		onClick: func() { b.edit(func(c *nn.Config) { c.Nesterov = !c.Nesterov }) }})
	b.stepFloats("lr", b.right(b.labelled("Learning rate")), ui.LearningRates, cfg.LearningRate, ui.FormatValue, func(c *nn.Config, v float64) { c.LearningRate = v })
	b.stepInts("batch", b.right(b.labelled("Batch size")), ui.BatchSizes, cfg.BatchSize, strconv.Itoa, func(c *nn.Config, v int) { c.BatchSize = v })
	// The switch that adds the user's own digits to the training images
	// sits between the label and the stepper.
	trow := b.labelled("Training images")
	tsr, rest := trow.CutRight(b.sz.stepper, 8)
	b.stepInts("train", tsr, ui.TrainSizes, cfg.TrainSize,
		func(v int) string { return ui.FormatCount(int64(v)) }, func(c *nn.Config, v int) { c.TrainSize = v })
	mr, _ := rest.CutRight(b.chipW(mineLabel), 0)
	b.s.buttons = append(b.s.buttons, &button{name: "mine", rect: mr, label: mineLabel, kind: buttonChip,
		selected: cfg.Mine, onClick: func() { b.edit(func(c *nn.Config) { c.Mine = !c.Mine }) }})
	seed := cfg.Seed
	b.s.steppers = append(b.s.steppers, &stepper{name: "seed", rect: b.right(b.labelled("Seed")),
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

// onesLabel is the chip of nn.Config.Ones: drawn 1s with a flag or a
// base, which MNIST lacks, mixed into the batches.
const onesLabel = "+ 1s"

// drawnLabel is the chip of nn.Config.Drawn: digits drawn after real
// fonts and handwriting typefaces, mixed into the batches.
const drawnLabel = "+ drawn"

// remedyRows are the settings that answer a failure rather than define the
// network or its training: dropout, weight decay, early stopping and
// augmentation against overfitting (augmentation also for drawings unlike
// MNIST), batch norm against vanishing gradients, clipping against
// divergence.
func remedyRows(b *panelBuilder, cfg nn.Config) {
	// Batch norm shares the dropout row: both act after every layer. Its
	// switch sits between the label and the stepper.
	drow := b.labelled("Dropout")
	dsr, rest := drow.CutRight(b.sz.stepper, 8)
	b.stepFloats("dropout", dsr, ui.Dropouts, cfg.Dropout, ui.FormatValue, func(c *nn.Config, v float64) { c.Dropout = v })
	bnr, _ := rest.CutRight(b.chipW("Batch norm"), 0)
	b.s.buttons = append(b.s.buttons, &button{name: "bn", rect: bnr, label: "Batch norm", kind: buttonChip,
		selected: cfg.BatchNorm, onClick: func() { b.edit(func(c *nn.Config) { c.BatchNorm = !c.BatchNorm }) }})
	b.stepFloats("l2", b.right(b.labelled("L2 weight decay")), ui.L2s, cfg.L2, ui.FormatValue, func(c *nn.Config, v float64) { c.L2 = v })
	b.stepFloats("clip", b.right(b.labelled("Gradient clip")), clipSteps, cfg.Clip,
		offOr(ui.FormatValue), func(c *nn.Config, v float64) { c.Clip = v })
	b.stepInts("patience", b.right(b.labelled("Early stopping")), patienceSteps, cfg.Patience,
		offOr(func(v int) string { return fmt.Sprintf("after %d", v) }), func(c *nn.Config, v int) { c.Patience = v })
	levels := make([]string, augment.MaxLevel+1)
	for l := range levels {
		levels[l] = augment.Level(l).String()
	}
	// After the levels, the switches that mix drawn 1s (nn.Config.Ones)
	// and digits drawn after fonts (nn.Config.Drawn) into the batches:
	// they too change what the network is shown, not what it is. The row
	// grows to two where the chips do not fit in one (a narrow phone),
	// rather than the panel taking a row more everywhere.
	widths := make([]float64, len(levels)+2)
	for i, l := range levels {
		widths[i] = b.chipW(l)
	}
	widths[len(levels)] = b.chipW(onesLabel)
	widths[len(levels)+1] = b.chipW(drawnLabel)
	rects := b.labelledFlow("Augment", widths)
	b.addChips(rects[:len(levels)], "augment", levels, levels, cfg.Augment.String(), func(c *nn.Config, v string) {
		c.Augment, _ = augment.ParseLevel(v) // v is one of levels
	})
	b.s.buttons = append(b.s.buttons, &button{name: "ones", rect: rects[len(levels)], label: onesLabel, kind: buttonChip,
		selected: cfg.Ones, onClick: func() { b.edit(func(c *nn.Config) { c.Ones = !c.Ones }) }})
	b.s.buttons = append(b.s.buttons, &button{name: "drawn", rect: rects[len(levels)+1], label: drawnLabel, kind: buttonChip,
		selected: cfg.Drawn, onClick: func() { b.edit(func(c *nn.Config) { c.Drawn = !c.Drawn }) }})
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
