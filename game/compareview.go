package game

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/runs"
	"digitlab/trainer"
)

// runColours tell the compared runs apart, by run ID.
var runColours = []color.RGBA{
	rgb(0xFF9F43), rgb(0x5B9BFF), rgb(0x3DD68C), rgb(0xE56BFF), rgb(0xFFD84D), rgb(0x4FD1E8),
}

func runColour(id int) color.RGBA { return runColours[(id-1+len(runColours))%len(runColours)] }

// compareView overlays the validation accuracy of the last runs and lists
// them in a table: what differs (from the pinned baseline, or else from
// the current config), best validation accuracy, epochs and time. A row's
// pin makes it the baseline; clicking a row loads its config; Clear
// forgets all but the current run; Share puts the config and the runs in
// the page's address (or prints it on the desktop).
type compareView struct {
	panel  ui.Rect
	touch  bool // a phone: rows and buttons a finger's height
	layout ui.ComparePanel
	chart  ui.ChartLayout
	book   *runBook
	cfg    nn.Config // the current config, for the differences

	load              func(nn.Config)
	clear, share, pin *button

	list       []runs.Run // what the table shows, oldest first
	bookVer    int
	x, y       ui.Axis
	hoverRow   int
	hoverPin   int
	note       string
	ver        uint64 // moves with the runs listed and the current config
	xs, ys     []float64
	xTicks     []float64 // the x ticks drawn
	drawnShape int       // rows the table was laid out for

	userLook lookVersion[compareUserLook]
}

// compareUserLook is what the user changes in the view; the rest follows
// ver.
type compareUserLook struct {
	hoverRow, hoverPin                  int // -1 for none
	hoverClear, hoverShare, hoverPinNow bool
	note                                string
}

func newCompareView(book *runBook, load func(nn.Config)) *compareView {
	v := &compareView{book: book, load: load, hoverRow: -1, hoverPin: -1, bookVer: -1}
	v.clear = &button{name: "runs:clear", label: "Clear", onClick: func() {
		v.book.Clear()
		v.note = "Kept only the current run."
	}}
	v.share = &button{name: "runs:share", label: "Share link", onClick: func() { v.note = v.book.shareLink(v.cfg) }}
	v.pin = &button{name: "runs:pin", label: "Pin current", onClick: v.book.togglePinCurrent}
	return v
}

func (v *compareView) resize(s *ui.Screen) {
	v.panel, v.touch = s.Content, s.Form != ui.Desktop
	v.relayout()
}

// relayout gives the table room for the runs it lists (at least 4), and
// the chart the rest, and fits the axes to it.
func (v *compareView) relayout() {
	v.drawnShape = min(max(len(v.list), 4), compareRuns)
	v.layout = ui.CompareLayout(v.panel, v.drawnShape, v.touch)
	v.chart = ui.ChartPanelLayout(v.layout.Chart)
	v.clear.rect, v.share.rect, v.pin.rect = v.layout.Clear, v.layout.Share, v.layout.Pin
	v.fitAxes() // the accuracy axis's ticks depend on the plot's height
}

func (v *compareView) look() tabLook {
	l := compareUserLook{v.hoverRow, v.hoverPin, v.clear.hover, v.share.hover, v.pin.hover, v.note}
	return tabLook{user: v.userLook.of(l), data: v.ver}
}

// follow takes the current config; the runs come from the book, which
// the app has updated before feeding the views.
func (v *compareView) follow(f *feed) { v.sync(f.cfg) }

// sync follows the book and the current config.
func (v *compareView) sync(cfg nn.Config) {
	if v.book.Version() == v.bookVer && cfg.Equal(v.cfg) {
		return
	}
	v.bookVer, v.cfg = v.book.Version(), cfg.Clone()
	v.list = v.book.Runs()
	v.ver++
	v.pin.label = "Pin current"
	if _, pinned := v.book.Baseline(); pinned {
		v.pin.label = "Unpin"
	}
	if min(max(len(v.list), 4), compareRuns) != v.drawnShape {
		v.relayout() // and fits the axes
		return
	}
	v.fitAxes()
}

// fitAxes fits the chart's axes to the runs' curves and the plot's height.
func (v *compareView) fitAxes() {
	var samples, values []float64
	maxS := 0.0
	for _, r := range v.list {
		for _, p := range r.Curve {
			samples = append(samples, float64(p.Samples))
			values = append(values, p.Acc)
			maxS = math.Max(maxS, float64(p.Samples))
		}
	}
	v.x = ui.SamplesAxis(maxS, 6)
	v.y = ui.RangeAccAxis(values, v.chart.Plot.H, 24)
}

// rows returns the table's rows, newest first, as many as fit.
func (v *compareView) rows() []runs.Run {
	var out []runs.Run
	for i := len(v.list) - 1; i >= 0 && len(out) < len(v.layout.Rows); i-- {
		out = append(out, v.list[i])
	}
	return out
}

func (v *compareView) pinRect(row ui.Rect) ui.Rect {
	_, _, _, _, _, pin := ui.CompareColumns(row, v.touch)
	if v.touch { // a finger's target: the row's height
		return pin
	}
	return ui.Rect{X: pin.X, Y: pin.CenterY() - 11, W: pin.W, H: 22}
}

// update follows the pointer over the rows and the buttons. A click acts
// after the rows have been looked at, as it may change them.
func (v *compareView) update(in *intents) {
	v.hoverRow, v.hoverPin = -1, -1
	var act func()
	for i, r := range v.rows() {
		row := v.layout.Rows[i]
		pr := v.pinRect(row)
		switch {
		case in.hovers(pr):
			v.hoverPin = i
		case in.hovers(row):
			v.hoverRow = i
		}
		switch {
		case in.pressed(pr):
			act = func() { v.book.togglePin(r.ID) }
		case in.pressed(row):
			act = func() { v.load(r.Config) }
		}
	}
	if act != nil {
		act()
	}
	for _, b := range v.buttons() {
		b.update(in)
	}
	v.sync(v.cfg) // a click may have changed the runs
}

func (v *compareView) buttons() [3]*button { return [3]*button{v.clear, v.share, v.pin} }

func (v *compareView) hovering() bool {
	return v.hoverRow >= 0 || v.hoverPin >= 0 || v.clear.hover || v.share.hover || v.pin.hover
}

// rects adds the buttons and each row's pin and row by name: "runs:clear",
// "runs:share", "runs:pin", "run:<id>" and "run:<id>:pin".
func (v *compareView) rects(m map[string]ui.Rect) {
	l := v.layout
	for _, b := range v.buttons() {
		m[b.name] = b.rect
	}
	for i, r := range v.rows() {
		m[fmt.Sprintf("run:%d", r.ID)] = l.Rows[i]
		m[fmt.Sprintf("run:%d:pin", r.ID)] = v.pinRect(l.Rows[i])
	}
}

func (v *compareView) drawChrome(dst *ebiten.Image, p *painter) {
	f := p.fonts
	p.panel(dst, v.layout.Table, 10, colPanel, colPanelBorder)
	if v.layout.Chart.Empty() { // a small screen: the table alone
		return
	}
	p.panel(dst, v.layout.Chart, 10, colPanel, colPanelBorder)
	p.textIn(dst, f.bold15, "Validation accuracy", v.chart.Title, alignLeft, colText)
	if !v.chart.XTitle.Empty() { // a short chart has no room for it
		p.textIn(dst, f.regular13, "samples seen", v.chart.XTitle, alignCenter, colTextMuted)
	}
}

func (v *compareView) draw(c *canvas, p *painter) {
	if !v.layout.Chart.Empty() {
		v.drawChart(c, p)
	}
	v.drawTable(c, p)
}

func (v *compareView) drawChart(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	l := v.chart
	titleW := f.bold15.width("Validation accuracy") + 10
	legend := ui.Rect{X: l.Legend.X + titleW, Y: l.Legend.Y, W: l.Legend.W - titleW, H: l.Legend.H}
	c.restore(legend)
	c.restore(ui.Rect{X: l.YLabel.X, Y: l.Plot.Y - 8, W: l.Plot.Right() + 8 - l.YLabel.X, H: l.XLabel.Bottom() - l.Plot.Y + 8})
	// Legend: the runs' names in their colours, from the right.
	x := legend.Right()
	for i := 0; i < len(v.list); i++ {
		r := v.list[len(v.list)-1-i]
		name := fmt.Sprintf("#%d", r.ID)
		w := f.bold13.width(name)
		if x-w-22 < legend.X {
			break
		}
		x -= w
		p.textIn(dst, f.bold13, name, ui.Rect{X: x, Y: legend.Y, W: w, H: legend.H}, alignLeft, runColour(r.ID))
		x -= 18
		p.rect(dst, ui.Rect{X: x, Y: math.Round(legend.CenterY()) - 1, W: 14, H: 3}, runColour(r.ID))
		x -= 10
	}

	pl := l.Plot
	for _, t := range v.y.Ticks {
		y := math.Round(pl.Bottom() - v.y.Frac(t)*pl.H)
		if t != v.y.Lo {
			p.hline(dst, pl.X, pl.Right(), y, colGrid)
		}
		p.textIn(dst, f.regular13, ui.FormatPercentTick(t, v.y.Step), ui.Rect{X: l.YLabel.X, Y: y - 8, W: l.YLabel.W, H: 16}, alignRight, colTextMuted)
	}
	p.hline(dst, pl.X, pl.Right()+1, pl.Bottom(), colAxis)
	p.vline(dst, pl.X, pl.Y, pl.Bottom(), colAxis)
	v.xTicks = v.x.AppendThin(v.xTicks[:0], pl.W, xTickGap)
	for _, t := range v.xTicks {
		xv := math.Round(pl.X + v.x.Frac(t)*pl.W)
		p.vline(dst, xv, pl.Bottom(), pl.Bottom()+4, colAxis)
		s := ui.FormatSI(t)
		w := f.regular13.width(s)
		lx := math.Min(math.Max(xv-w/2, l.XLabel.X-8), l.XLabel.Right()+6-w)
		p.textIn(dst, f.regular13, s, ui.Rect{X: lx, Y: l.XLabel.Y, W: w, H: l.XLabel.H}, alignLeft, colTextMuted)
	}
	if len(v.list) == 0 || !v.hasPoints() {
		p.textIn(dst, f.regular13, "the runs' curves appear after their first evaluation", pl, alignCenter, colTextMuted)
		return
	}
	sub := p.clip(dst, ui.Rect{X: pl.X - 1, Y: pl.Y - 2, W: pl.W + 3, H: pl.H + 3})
	base, pinned := v.book.Baseline()
	cur, _ := v.book.Current()
	for _, r := range v.list {
		w := 1.5
		if r.ID == cur.ID || (pinned && r.ID == base.ID) {
			w = 2.5
		}
		v.xs, v.ys = v.xs[:0], v.ys[:0]
		for _, pt := range r.Curve {
			v.xs = append(v.xs, pl.X+v.x.Frac(float64(pt.Samples))*pl.W)
			v.ys = append(v.ys, min(max(pl.Bottom()-v.y.Frac(pt.Acc)*pl.H, pl.Y-10), pl.Bottom()+10))
		}
		p.polyline(sub, v.xs, v.ys, w, runColour(r.ID))
		if len(v.xs) == 1 {
			p.circle(sub, v.xs[0], v.ys[0], 2.5, runColour(r.ID))
		}
	}
}

func (v *compareView) hasPoints() bool {
	for _, r := range v.list {
		if len(r.Curve) > 0 {
			return true
		}
	}
	return false
}

// rowHoverOut is how far the highlight of the row under the pointer
// reaches out of the row on each side, into the table panel's padding.
const rowHoverOut = 6

func (v *compareView) drawTable(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	l := v.layout
	in := l.Table.Inset(ui.PanelPad)
	c.restore(ui.Rect{X: in.X - rowHoverOut, Y: in.Y, W: in.W + 2*rowHoverOut, H: in.H})
	base, pinned := v.book.Baseline()
	against := "current config"
	if pinned {
		against = fmt.Sprintf("baseline #%d", base.ID)
	}
	hn, hd, hb, he, hs, _ := ui.CompareColumns(l.Header, v.touch)
	p.textIn(dst, f.bold13, "run", hn, alignLeft, colTextDim)
	p.textIn(dst, f.bold13, f.bold13.ellipsize("vs the "+against, hd.W), hd, alignLeft, colTextDim)
	p.textIn(dst, f.bold13, "best", hb, alignRight, colTextDim)
	p.textIn(dst, f.bold13, "epochs", he, alignRight, colTextDim)
	p.textIn(dst, f.bold13, "time", hs, alignRight, colTextDim)
	cur, _ := v.book.Current()
	for i, r := range v.rows() {
		row := l.Rows[i]
		if i == v.hoverRow {
			p.roundRect(dst, ui.Rect{X: row.X - rowHoverOut, Y: row.Y, W: row.W + 2*rowHoverOut, H: row.H}, 5, colFindingSel)
		}
		n, d, b, e, s, _ := ui.CompareColumns(row, v.touch)
		col := runColour(r.ID)
		p.rect(dst, ui.Rect{X: n.X, Y: math.Round(n.CenterY()) - 6, W: 4, H: 12}, col)
		p.textIn(dst, f.bold13, fmt.Sprintf("#%d", r.ID), ui.Rect{X: n.X + 8, Y: n.Y, W: n.W - 8, H: n.H}, alignLeft, colText)
		// What differs, on up to two lines.
		var diff string
		switch {
		case pinned && r.ID == base.ID:
			diff = "the baseline"
			if cfgDiff := runs.Diff(v.cfg, r.Config); len(cfgDiff) > 0 && r.ID != cur.ID {
				diff += ": " + strings.Join(cfgDiff, ", ")
			}
		case pinned:
			diff = strings.Join(runs.Diff(base.Config, r.Config), ", ")
		default:
			diff = strings.Join(runs.Diff(v.cfg, r.Config), ", ")
		}
		if diff == "" {
			diff = "same config"
		}
		if r.ID == cur.ID {
			diff = "now · " + diff
		}
		if r.Shared {
			diff = "shared · " + diff
		}
		if r.Diverged {
			diff += " · diverged"
		}
		lines := f.regular13.wrap(diff, d.W, " ,")
		if len(lines) > 2 {
			lines = []string{lines[0], f.regular13.ellipsize(strings.Join(lines[1:], ""), d.W)}
		}
		ty := d.Y + 13
		if len(lines) == 1 {
			ty = d.CenterY() + 4
		}
		for k, line := range lines {
			p.text(dst, f.regular13, line, d.X, ty+float64(k)*15, colTextDim)
		}
		best := "–"
		if len(r.Curve) > 0 {
			best = ui.FormatPercent(r.BestAcc)
		}
		p.textIn(dst, f.bold13, best, b, alignRight, colText)
		p.textIn(dst, f.regular13, fmt.Sprintf("%.1f", r.Epochs), e, alignRight, colTextDim)
		p.textIn(dst, f.regular13, formatDuration(r.Seconds), s, alignRight, colTextDim)
		pr := v.pinRect(row)
		fill, tc := colRaised, colTextDim
		switch {
		case pinned && r.ID == base.ID:
			fill, tc = colSelected, rgb(0xFFFFFF)
		case i == v.hoverPin:
			fill, tc = colRaisedHover, colText
		}
		p.roundRect(dst, pr, 5, fill)
		p.textIn(dst, f.regular13, "pin", pr, alignCenter, tc)
	}
	for _, b := range v.buttons() {
		b.draw(dst, p) // inside the table, which was restored whole
	}
	p.textIn(dst, f.regular13, f.regular13.ellipsize(v.tableNote(), l.Note.W), l.Note, alignLeft, colTextMuted)
}

// mixedValNote warns that the compared accuracies are not all on the same
// test images: a run on more than trainer.WholeValAbove images validates
// on all 10,000, the others on the first 2,000, which are harder (the same
// network reads about a point fewer of them), so two such runs' best
// accuracies differ by more than their networks do.
// It is short enough for the narrowest table (a landscape phone's).
const mixedValNote = "Test images differ: runs over 20,000 use all 10,000"

// tableNote is the line under the table: the last action's message, else
// a warning when the runs were scored on different test images, else how
// to use the table.
func (v *compareView) tableNote() string {
	if v.note != "" {
		return v.note
	}
	whole, part := false, false
	for _, r := range v.list {
		if r.Config.TrainSize > trainer.WholeValAbove {
			whole = true
		} else {
			part = true
		}
	}
	if whole && part {
		return mixedValNote
	}
	return "Click a run to load its config; pin one to compare against it."
}

// formatDuration writes seconds as "42 s", "3.5 min" or "1.2 h".
func formatDuration(s float64) string {
	switch {
	case s < 100:
		return fmt.Sprintf("%.0f s", s)
	case s < 6000:
		return fmt.Sprintf("%.1f min", s/60)
	}
	return fmt.Sprintf("%.1f h", s/3600)
}
