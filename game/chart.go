package game

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
)

// metric picks the value a chart plots from a curve point.
type metric int

const (
	metricLoss metric = iota
	metricAcc
)

func (m metric) of(p nn.Point) float64 {
	if m == metricAcc {
		return p.Acc
	}
	return p.Loss
}

// chart plots the training and validation curves of one metric against the
// samples seen. Its axes are computed in Update when a snapshot brings other
// curves; Draw only maps and draws.
type chart struct {
	title  string
	unit   string // what the y axis measures
	metric metric
	layout ui.ChartLayout

	train, val []nn.Point
	// fit is the fit probe (nn.History.Fit), shown for a run whose
	// training curve is distorted (diagnose.CurveDistorted); nil otherwise.
	fit     []nn.Point
	x, y    ui.Axis
	version uint64 // grows when the curves change

	xs, ys []float64 // scratch for the mapped points
	// scratch for the ticks drawn
	xTicks, yTicks []float64
}

// tickGap and xTickGap are the least distances between two y and two x
// tick labels, in logical pixels: a 13-pixel label and a little air, and
// the width of "600k" and a gap.
const (
	tickGap  = 16
	xTickGap = 44
)

func newChart(title, unit string, m metric, r ui.Rect) *chart {
	return &chart{title: title, unit: unit, metric: m, layout: ui.ChartPanelLayout(r)}
}

// setData takes the curves of a snapshot, the fit probe's with them when
// withFit, and fits the axes to them. Curves equal to the ones shown
// change nothing.
func (c *chart) setData(h nn.History, withFit bool) {
	var fit []nn.Point
	if withFit {
		fit = h.Fit
	}
	if c.version > 0 && samePoints(c.train, h.Train) && samePoints(c.val, h.Val) && samePoints(c.fit, fit) && (c.fit == nil) == (fit == nil) {
		return
	}
	c.version++
	c.train, c.val, c.fit = h.Train, h.Val, fit
	var samples, values []float64
	var maxS float64
	for _, s := range [][]nn.Point{h.Train, h.Val, fit} {
		for _, p := range s {
			samples = append(samples, float64(p.Samples))
			values = append(values, c.metric.of(p))
			maxS = math.Max(maxS, float64(p.Samples))
		}
	}
	c.x = ui.SamplesAxis(maxS, 6)
	if c.metric == metricAcc {
		c.y = ui.AccAxis(samples, values)
	} else {
		c.y = ui.LossAxis(samples, values)
	}
}

// samePoints reports whether a and b hold the same points, bit for bit (a
// NaN equals itself: a diverged curve does not redraw every frame).
func samePoints(a, b []nn.Point) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || &a[0] == &b[0] {
		return true
	}
	for i := range a {
		p, q := a[i], b[i]
		if p.Samples != q.Samples || math.Float64bits(p.Loss) != math.Float64bits(q.Loss) || math.Float64bits(p.Acc) != math.Float64bits(q.Acc) {
			return false
		}
	}
	return true
}

// units returns the descriptions of the y axis, longest first, for the
// header to show the longest that fits.
func (c *chart) units() []string {
	if c.y.Log {
		return []string{c.unit + ", log scale", "log scale"}
	}
	return []string{c.unit}
}

// format writes a value of the chart's metric.
func (c *chart) format(v float64) string {
	if c.metric == metricAcc {
		return ui.FormatPercent(v)
	}
	return ui.FormatLoss(v)
}

func (c *chart) tickLabel(v float64) string {
	if c.metric == metricAcc {
		return ui.FormatPercentTick(v, c.y.Step)
	}
	return ui.FormatTick(v, c.y.Step)
}

func (c *chart) resize(r ui.Rect) { c.layout = ui.ChartPanelLayout(r) }

func (c *chart) px(v float64) float64 {
	pl := c.layout.Plot
	return pl.X + c.x.Frac(v)*pl.W
}

func (c *chart) py(v float64) float64 {
	pl := c.layout.Plot
	return pl.Bottom() - c.y.Frac(v)*pl.H
}

// drawChrome draws what does not change with the curves: the panel, the
// title and the x axis title.
func (c *chart) drawChrome(dst *ebiten.Image, p *painter, panel ui.Rect) {
	f := p.fonts
	l := c.layout
	p.panel(dst, panel, 10, colPanel, colPanelBorder)
	p.textIn(dst, f.bold15, c.title, l.Title, alignLeft, colText)
	if !l.XTitle.Empty() { // a short chart has no room for it
		p.textIn(dst, f.regular13, "samples seen", l.XTitle, alignCenter, colTextMuted)
	}
}

// drawData draws the rest of the panel over its chrome: the legend with the
// latest values, what the y axis measures, the grid, the axes and the
// curves.
func (c *chart) drawData(cv *canvas, p *painter, panel ui.Rect) {
	cv.restore(panel)
	dst := cv.dst
	f := p.fonts
	l := c.layout

	// The legend with the latest values from the right, then what the y
	// axis measures in the room left between it and the title.
	legend := []struct {
		name string
		pts  []nn.Point
		col  color.RGBA
	}{{"train", c.train, colTrain}, {"validation", c.val, colVal}}
	var vals [2]string
	need := 0.0 // the legend's width with its names
	for i, e := range legend {
		vals[i] = "–"
		if n := len(e.pts); n > 0 {
			vals[i] = c.format(c.metric.of(e.pts[n-1]))
		}
		need += f.bold13.width(vals[i]) + f.regular13.width(e.name) + 6 + 20 + 18
	}
	// A narrow chart (two side by side on a phone) keeps the colours and
	// values and drops the names: the colours are the same in every chart;
	// a narrower one keeps the values in their curves' colours.
	fit := l.Legend.W - f.bold15.width(c.title) - 8
	names := need <= fit
	valuesOnly := !names && f.bold13.width(vals[0]+vals[1])+2*(20+18) > fit
	x := l.Legend.Right()
	for i := len(legend) - 1; i >= 0; i-- {
		e := legend[i]
		val := vals[i]
		vw := f.bold13.width(val)
		x -= vw
		if valuesOnly {
			p.textIn(dst, f.bold13, val, ui.Rect{X: x, Y: l.Legend.Y, W: vw, H: l.Legend.H}, alignLeft, e.col)
			x -= 10
			continue
		}
		p.textIn(dst, f.bold13, val, ui.Rect{X: x, Y: l.Legend.Y, W: vw, H: l.Legend.H}, alignLeft, colText)
		if names {
			nw := f.regular13.width(e.name)
			x -= nw + 6
			p.textIn(dst, f.regular13, e.name, ui.Rect{X: x, Y: l.Legend.Y, W: nw, H: l.Legend.H}, alignLeft, colTextDim)
		}
		x -= 20
		cy := math.Round(l.Legend.CenterY())
		p.rect(dst, ui.Rect{X: x, Y: cy - 1, W: 14, H: 3}, e.col)
		x -= 18
	}
	unitX := l.Title.X + f.bold15.width(c.title) + 8
	room := x - unitX
	for _, u := range c.units() {
		if f.regular13.width(u) <= room {
			p.textIn(dst, f.regular13, u, ui.Rect{X: unitX, Y: l.Title.Y, W: room, H: l.Title.H}, alignLeft, colTextMuted)
			break
		}
	}

	// Grid, axes and tick labels.
	pl := l.Plot
	c.yTicks = c.y.AppendThin(c.yTicks[:0], pl.H, tickGap)
	for _, v := range c.yTicks {
		y := math.Round(c.py(v))
		if v != c.y.Lo {
			p.hline(dst, pl.X, pl.Right(), y, colGrid)
		}
		p.textIn(dst, f.regular13, c.tickLabel(v), ui.Rect{X: l.YLabel.X, Y: y - 8, W: l.YLabel.W, H: 16}, alignRight, colTextMuted)
	}
	p.hline(dst, pl.X, pl.Right()+1, pl.Bottom(), colAxis)
	p.vline(dst, pl.X, pl.Y, pl.Bottom(), colAxis)
	c.xTicks = c.x.AppendThin(c.xTicks[:0], pl.W, xTickGap)
	for _, v := range c.xTicks {
		xv := math.Round(c.px(v))
		p.vline(dst, xv, pl.Bottom(), pl.Bottom()+4, colAxis)
		s := ui.FormatSI(v)
		w := f.regular13.width(s)
		lx := math.Min(math.Max(xv-w/2, l.XLabel.X-8), l.XLabel.Right()+6-w)
		p.textIn(dst, f.regular13, s, ui.Rect{X: lx, Y: l.XLabel.Y, W: w, H: l.XLabel.H}, alignLeft, colTextMuted)
	}

	c.drawFitKey(dst, p)
	if len(c.train) == 0 && len(c.val) == 0 {
		p.textIn(dst, f.regular13, "no data yet", pl, alignCenter, colTextMuted)
		return
	}
	// Curves, clipped to the plot (a little wider, so lines on the edge
	// keep their full width).
	sub := p.clip(dst, ui.Rect{X: pl.X - 1, Y: pl.Y - 2, W: pl.W + 3, H: pl.H + 3})
	c.drawSeries(sub, p, c.train, 1.5, colTrain, false)
	c.drawSeries(sub, p, c.fit, 1.5, colFit, true)
	c.drawSeries(sub, p, c.val, 2, colVal, true)
}

// drawFitKey names the fit probe's curve, when the chart shows one, left
// of the x axis title: the legend above has room for two entries only
// (three dropped every name, and two blues told apart by nothing). It
// says "train, whole net" where that fits beside the centred title,
// "whole net" where only that does, and nothing on a chart too short for
// the title row.
func (c *chart) drawFitKey(dst *ebiten.Image, p *painter) {
	l := c.layout
	if c.fit == nil || l.XTitle.Empty() {
		return
	}
	f := p.fonts
	room := (l.XTitle.W-f.regular13.width("samples seen"))/2 - 8 - 20
	for _, name := range []string{"train, whole net", "whole net"} {
		if w := f.regular13.width(name); w <= room {
			cy := math.Round(l.XTitle.CenterY())
			p.rect(dst, ui.Rect{X: l.XTitle.X, Y: cy - 1, W: 14, H: 3}, colFit)
			p.textIn(dst, f.regular13, name, ui.Rect{X: l.XTitle.X + 20, Y: l.XTitle.Y, W: w, H: l.XTitle.H}, alignLeft, colTextDim)
			return
		}
	}
}

// drawSeries draws one curve; values that cannot be placed (NaN, or not
// positive on a log axis) break the line.
func (c *chart) drawSeries(dst *ebiten.Image, p *painter, pts []nn.Point, w float64, col color.RGBA, dots bool) {
	c.xs, c.ys = c.xs[:0], c.ys[:0]
	pl := c.layout.Plot
	for _, pt := range pts {
		v := c.metric.of(pt)
		var y float64
		switch {
		case math.IsNaN(v):
			y = math.NaN()
		case math.IsInf(v, 1):
			y = pl.Y - 10 // exploded: pin just above the top
		default:
			y = min(max(c.py(v), pl.Y-10), pl.Bottom()+10)
		}
		c.xs = append(c.xs, c.px(float64(pt.Samples)))
		c.ys = append(c.ys, y)
	}
	p.polyline(dst, c.xs, c.ys, w, col)
	if (dots && len(pts) <= 40) || len(pts) == 1 {
		for i := range c.xs {
			if !math.IsNaN(c.ys[i]) {
				p.circle(dst, c.xs[i], c.ys[i], 2.5, col)
			}
		}
	}
}
