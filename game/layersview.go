package game

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/diagnose"
	"digitlab/game/ui"
	"digitlab/nn"
)

// layersView shows the health of every convolution and dense layer from
// the trainer's newest probe, live: the share of stuck units (a
// convolution's units are its filters), the gradient norm and the weight
// spread on log scales, and the size of each update. A layer whose bars go
// red is where the diagnosis looks. With batch normalization a fifth
// column shows each normalization's running statistics, the mean and
// variance it divides by in evaluation. A network with convolutions also
// shows its first convolution's filters, from the newest weights: trained,
// they turn into stroke and edge detectors; untrained or broken, they stay
// noise (or all alike).
type layersView struct {
	noPointer
	panel  ui.Rect
	layout ui.LayersPanel
	cfg    nn.Config
	health nn.Health
	ok     bool // a probe is there
	ver    uint64

	filterK    int         // side of the first convolution's kernels; 0 without one
	filters    [][]float32 // its filters at filterStep, copied from the snapshot
	filterStep int64
	filterMax  float32 // the largest |weight| of all filters, their colour scale
}

// The columns of the table.
const (
	colStuck = iota
	colGrad
	colSpread
	colUpdate
	colNorm // only with batch normalization
	numHealthCols
)

var healthHeaders = [numHealthCols]string{"stuck", "gradient", "spread", "update", "norm"}

// healthShort are the headers of a narrow table (a small phone).
var healthShort = [numHealthCols]string{"stuck", "grad.", "spread", "upd.", "norm"}

var healthLegend = [numHealthCols]string{
	"stuck: share of dead, saturated or identical units (filters)",
	"gradient: |∂loss/∂W| on the probe, log scale 1e-8…100",
	"spread: std of the weights; tick: the fan-in rule √(1/in)",
	"update: |ΔW|/|W| per step; tick: a healthy 1e-3",
	"norm: batch norm's running variance (bar: range, log) and ±mean",
}

// tableColumns returns how many columns the table of cfg has: the batch norm
// column only when there is batch normalization.
func tableColumns(cfg nn.Config) int {
	if cfg.BatchNorm {
		return numHealthCols
	}
	return colNorm
}

func newLayersView() *layersView { return &layersView{} }

func (v *layersView) resize(s *ui.Screen) {
	v.place(s.Content)
}

// place lays the table out in r for the layers of the run shown.
func (v *layersView) place(r ui.Rect) {
	v.panel = r
	k, filters := v.cfg.FirstConv()
	rows := len(v.cfg.ConvLayers()) + len(v.cfg.Hidden) + 1
	v.layout = ui.LayersLayout(r, rows, tableColumns(v.cfg), filters, k)
}

func (v *layersView) look() tabLook { return tabLook{data: v.ver} }

func (v *layersView) follow(f *feed) {
	if f.snap != nil && f.runOK {
		v.setData(f.run, f.snap.History)
		v.setFilters(f.run, f.snap.Weights, f.snap.WeightsStep)
	}
}

// setFilters keeps a copy of the first convolution's filters from weights,
// taken at step, when they are new.
func (v *layersView) setFilters(cfg nn.Config, weights []float32, step int64) {
	k, n := cfg.FirstConv()
	if n == 0 {
		if v.filters != nil {
			v.filters, v.filterK = nil, 0
			v.ver++
		}
		return
	}
	if step == v.filterStep && k == v.filterK && n == len(v.filters) {
		return
	}
	_, fs := nn.FirstFilters(cfg, weights)
	if len(fs) == 0 {
		return // a snapshot without weights
	}
	if k != v.filterK || n != len(v.filters) { // the copies' shape changed
		v.filters = make([][]float32, n)
		for i := range v.filters {
			v.filters[i] = make([]float32, k*k)
		}
	}
	v.filterK, v.filterStep, v.filterMax = k, step, 0
	for i, f := range fs {
		copy(v.filters[i], f)
		for _, w := range f {
			v.filterMax = max(v.filterMax, abs32(w))
		}
	}
	v.ver++
}

func abs32(x float32) float32 { return float32(math.Abs(float64(x))) }

// setData takes the run's config and its newest probe.
func (v *layersView) setData(cfg nn.Config, h nn.History) {
	var last nn.Health
	ok := len(h.Health) > 0
	if ok {
		last = h.Health[len(h.Health)-1]
	}
	if ok == v.ok && last.Step == v.health.Step && updateOf(last) == updateOf(v.health) && cfg.Equal(v.cfg) {
		return
	}
	shape := !cfg.SameShape(v.cfg) || cfg.BatchNorm != v.cfg.BatchNorm
	v.cfg, v.health, v.ok = cfg, last, ok
	v.ver++
	if shape {
		v.place(v.panel)
	}
}

// updateOf returns the output layer's update ratio of a probe: the
// trainer fills every layer's in after the step that follows the probe,
// so a snapshot taken between the two holds the probe without them.
func updateOf(h nn.Health) float64 {
	if len(h.Layers) == 0 {
		return 0
	}
	return h.Layers[len(h.Layers)-1].UpdateRatio
}

func (v *layersView) drawChrome(dst *ebiten.Image, p *painter) {
	f := p.fonts
	l := v.layout
	p.panel(dst, v.panel, 10, colPanel, colPanelBorder)
	p.textIn(dst, f.bold15, "Layer health", l.Title, alignLeft, colText)
	for j, h := range l.Header {
		title := healthHeaders[j]
		if f.bold13.width(title)+4 > h.W { // a narrow column
			title = f.bold13.ellipsize(healthShort[j], h.W-4)
		}
		p.textIn(dst, f.bold13, title, h, alignLeft, colTextDim)
	}
	for j, r := range l.Legend {
		p.textIn(dst, f.regular13, f.regular13.ellipsize(healthLegend[j], r.W), r, alignLeft, colTextMuted)
	}
	if len(l.Filters) > 0 {
		k, n := v.cfg.FirstConv()
		title := fmt.Sprintf("First convolution: %d filters %d×%d · red excites, blue inhibits", n, k, k)
		p.textIn(dst, f.regular13, f.regular13.ellipsize(title, l.FiltersTitle.W), l.FiltersTitle, alignLeft, colTextDim)
	}
}

// drawFilters draws each filter of the first convolution as its k×k
// weights, red for positive and blue for negative, on one scale for all.
func (v *layersView) drawFilters(c *canvas, p *painter) {
	for i, r := range v.layout.Filters {
		c.restore(r)
		if i >= len(v.filters) || v.filterK == 0 {
			p.rect(c.dst, r, colRaised)
			continue
		}
		px := r.W / float64(v.filterK)
		for j, w := range v.filters[i] {
			cell := ui.Rect{X: r.X + float64(j%v.filterK)*px, Y: r.Y + float64(j/v.filterK)*px, W: px, H: px}
			p.rect(c.dst, cell, weightColour(w, v.filterMax))
		}
	}
}

// weightColour shades a weight from the panel's raised grey: red as it
// nears max, blue as it nears −max.
func weightColour(w, maxAbs float32) color.RGBA {
	t := 0.0
	if maxAbs > 0 {
		t = float64(w / maxAbs)
	}
	tint := colBad
	if t < 0 {
		tint, t = colTrain, -t
	}
	return blend(colRaised, tint, t)
}

// logFrac places v on a log scale from lo to hi, clamped to 0..1.
func logFrac(v, lo, hi float64) float64 {
	if !(v > 0) {
		return 0
	}
	return min(max((math.Log10(v)-math.Log10(lo))/(math.Log10(hi)-math.Log10(lo)), 0), 1)
}

// shortNum writes a positive number in 2 significant digits, with an
// exponent when it is very small or large.
func shortNum(v float64) string {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0) || v >= math.MaxFloat64:
		return "overflow"
	case v == 0:
		return "0"
	case v >= 0.01 && v < 1000:
		return strconv.FormatFloat(v, 'g', 2, 64)
	}
	return strconv.FormatFloat(v, 'e', 1, 64)
}

func (v *layersView) draw(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	l := v.layout
	c.restore(l.Note)
	v.drawFilters(c, p)
	for i := range l.Names {
		c.restore(l.Names[i])
		for _, cell := range l.Cells[i] {
			c.restore(cell)
		}
	}
	if !v.ok {
		p.textIn(dst, f.regular13, "waiting for the first probe…", l.Note, alignLeft, colTextMuted)
		return
	}
	// A narrow or short panel drops the details: first the step, then
	// the probe's size.
	seen := ui.FormatCount(v.health.Samples)
	notes := []string{
		fmt.Sprintf("Probe of 256 training images at %s images (step %s)", seen, ui.FormatCount(v.health.Step)),
		fmt.Sprintf("Probe of 256 training images at %s images", seen),
		fmt.Sprintf("probe at %s images", seen),
	}
	note := notes[len(notes)-1]
	for _, n := range notes {
		if f.regular13.width(n) <= l.Note.W {
			note = n
			break
		}
	}
	p.textIn(dst, f.regular13, f.regular13.ellipsize(note, l.Note.W), l.Note, alignLeft, colTextMuted)
	convs := v.cfg.ConvLayers()
	for i, cl := range convs {
		if i >= len(l.Names) || i >= len(v.health.Conv) {
			break
		}
		lh := v.health.Conv[i]
		v.rowName(dst, p, l.Names[i], fmt.Sprintf("conv %d", i+1), fmt.Sprintf("%s %d×%d", cl.Name, cl.OutH, cl.OutW), v.cfg.Activation)
		v.rowCells(dst, p, i, lh, diagnose.GradeConv(v.cfg, v.health, lh, cl.FanIn), cl.FanIn, true)
	}
	sizes := v.cfg.Layers()
	grades := diagnose.GradeLayers(v.cfg, v.health)
	for i, lh := range v.health.Layers {
		row := len(convs) + i
		if row >= len(l.Names) || i+1 >= len(sizes) {
			break
		}
		output := i == len(v.health.Layers)-1
		name, kind := fmt.Sprintf("hidden %d", i+1), v.cfg.Activation
		if output {
			name, kind = "output", "softmax"
		}
		v.rowName(dst, p, l.Names[row], name, fmt.Sprintf("%d→%d", sizes[i], sizes[i+1]), kind)
		var g diagnose.LayerGrades
		if i < len(grades) {
			g = grades[i]
		}
		v.rowCells(dst, p, row, lh, g, sizes[i], !output)
	}
}

// rowName writes a row's layer name, its size and its activation, as far
// as the row's height allows.
func (v *layersView) rowName(dst *ebiten.Image, p *painter, r ui.Rect, name, size, kind string) {
	f := p.fonts
	p.text(dst, f.bold13, name, r.X, r.Y+13, colText)
	if r.H < ui.HealthRowMin {
		return // a one-line row
	}
	p.text(dst, f.regular13, f.regular13.ellipsize(size, r.W), r.X, r.Y+30, colTextMuted)
	if r.H >= 50 {
		p.text(dst, f.regular13, kind, r.X, r.Y+46, colTextMuted)
	}
}

// rowCells draws the measures of row's layer lh, graded by g, whose
// weights each sum fanIn inputs. A hidden layer or convolution has a
// stuck share, and a batch normalization after it (the config's norms
// follow the rows in order, the output aside).
func (v *layersView) rowCells(dst *ebiten.Image, p *painter, row int, lh nn.LayerHealth, g diagnose.LayerGrades, fanIn int, hidden bool) {
	cells := v.layout.Cells[row]
	if hidden {
		v.cell(dst, p, cells[colStuck], g.StuckShare, -1, ui.FormatPercent(g.StuckShare), g.StuckWhat, gradeColour(g.Stuck))
	} else {
		v.cell(dst, p, cells[colStuck], -1, -1, "—", "", colTextMuted)
	}
	v.cell(dst, p, cells[colGrad], logFrac(lh.GradNorm, 1e-8, 100), -1, shortNum(lh.GradNorm), "", gradeColour(g.Gradient))
	rule := nn.FanInStd(fanIn)
	v.cell(dst, p, cells[colSpread], logFrac(lh.WeightStd, 1e-3, 10), logFrac(rule, 1e-3, 10), shortNum(lh.WeightStd), "rule "+shortNum(rule), gradeColour(g.Spread))
	upd := lh.UpdateRatio
	v.cell(dst, p, cells[colUpdate], logFrac(upd, 1e-7, 1), logFrac(1e-3, 1e-7, 1), shortNum(upd), "", gradeColour(g.Update))
	if len(cells) <= colNorm {
		return
	}
	if !hidden || row >= len(v.health.Norms) {
		v.cell(dst, p, cells[colNorm], -1, -1, "—", "", colTextMuted)
		return
	}
	v.normCell(dst, p, cells[colNorm], v.health.Norms[row])
}

// normCell draws a batch normalization's running variances as a range on
// a log scale, least to most over the channels, with a tick at 1 (where
// they start), their mean, and the largest |running mean| under it.
func (v *layersView) normCell(dst *ebiten.Image, p *painter, r ui.Rect, s nn.NormStats) {
	track, val := ui.HealthCell(r)
	if track.Empty() {
		p.text(dst, p.fonts.regular13, p.fonts.regular13.ellipsize(normVarText(s), val.W), val.X, val.Y+13, colText)
		return
	}
	p.roundRect(dst, track, 3, colRaised)
	lo, hi := logFrac(s.VarMin, 1e-3, 1e3), logFrac(s.VarMax, 1e-3, 1e3)
	x0 := math.Round(track.X + track.W*lo)
	w := math.Max(math.Round(track.W*(hi-lo)), 4)
	p.roundRect(dst, ui.Rect{X: math.Min(x0, track.Right()-w), Y: track.Y, W: w, H: track.H}, 3, colAccent)
	x := math.Round(track.X + track.W*logFrac(1, 1e-3, 1e3))
	p.vline(dst, x, track.Y-3, track.Bottom()+3, colText)
	f := p.fonts.regular13
	p.text(dst, f, f.ellipsize(normVarText(s), val.W), val.X, val.Y+13, colText)
	if val.H >= 30 {
		p.text(dst, f, f.ellipsize(normMeanText(s), val.W), val.X, val.Y+29, colTextMuted)
	}
}

// normVarText writes a normalization's mean running variance over its
// channels (the bar shows their range), and normMeanText the largest
// |running mean|: both fit the narrow column.
func normVarText(s nn.NormStats) string { return shortNum(s.VarMean) }

func normMeanText(s nn.NormStats) string {
	return "±" + shortNum(max(math.Abs(s.MeanMin), math.Abs(s.MeanMax)))
}

// gradeColour colours a measure by diagnose's grade of it, so that the tab
// turns amber or red exactly where the Diagnosis panel speaks.
func gradeColour(g diagnose.Grade) color.RGBA {
	switch g {
	case diagnose.GradeBad:
		return colBad
	case diagnose.GradeWarn:
		return colWarn
	}
	return colGood
}

// cell draws a bar filled to frac (negative: no bar) with an optional tick
// at mark, and the value under it, followed by a muted note.
func (v *layersView) cell(dst *ebiten.Image, p *painter, r ui.Rect, frac, mark float64, value, note string, col color.RGBA) {
	track, val := ui.HealthCell(r)
	if frac >= 0 && !track.Empty() {
		p.roundRect(dst, track, 3, colRaised)
		if w := math.Round(track.W * frac); w >= 1 {
			p.roundRect(dst, ui.Rect{X: track.X, Y: track.Y, W: math.Max(w, 4), H: track.H}, 3, col)
		}
		if mark >= 0 {
			x := math.Round(track.X + track.W*mark)
			p.vline(dst, x, track.Y-3, track.Bottom()+3, colText)
		}
	}
	f := p.fonts.regular13
	vc := colText
	if col == colBad || col == colWarn {
		vc = col // a bad value reads in its colour even where the bar is empty (a zero gradient)
	}
	p.text(dst, f, f.ellipsize(value, val.W), val.X, val.Y+13, vc)
	if note != "" && val.H >= 30 {
		p.text(dst, f, f.ellipsize(note, val.W), val.X, val.Y+29, colTextMuted)
	}
}
