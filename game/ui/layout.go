package ui

import (
	"math"

	"digitlab/pad"
)

// The reference logical screen: the desktop layout at its most
// comfortable. A window at least this large (in CSS or window pixels) is
// laid out at this height, and as wide as its shape asks (FormFor).
const (
	ScreenW = 1280
	ScreenH = 800
)

// Spacing of the screen.
const (
	Margin      = 16  // between the screen edge and the panels
	Gap         = 12  // between panels
	TopBarH     = 56  // title, training buttons and status
	BannerLineH = 24  // one startup warning
	ControlsW   = 360 // the settings panel on the left
	PanelPad    = 14  // inside a panel, around its content
	PreviewSide = 5 * pad.NetSide
	// CentreMinW is the narrowest the centre column (the tabs' views and
	// the diagnosis) gets: the drawing panel gives way to it first.
	CentreMinW = 370
	// DiagnosisMinH is the lowest the diagnosis panel gets on a short
	// screen, room for the first finding.
	DiagnosisMinH = 150
)

// PadColumnW is the width of the drawing panel with the network's input
// beside the pad: the pad at one logical pixel per pad unit, and the
// preview at 5x.
const PadColumnW = pad.Size + Gap + PreviewSide + 2*PanelPad

// Screen is where the parts of the screen go.
type Screen struct {
	W, H      float64 // the logical screen
	Form      Form
	Switch    Rect // the page switch of a phone layout; empty on the desktop
	TopBar    Rect
	Controls  Rect // settings panel, full height on the left
	Banner    Rect // startup warnings over the charts and pad; empty if none
	Tabs      Rect // the tab bar of the centre column
	Content   Rect // the selected tab's view, under the tab bar
	Loss, Acc Rect // the two charts of the curves tab, inside Content
	Diagnosis Rect // the findings, always under the tab's view
	Drawing   Rect // drawing pad panel
}

// ScreenLayout lays a desktop screen of w x h logical pixels out (FormFor
// gives the size) with room for bannerLines lines of startup warnings (0
// for no banner). Three columns: the settings panel, full height on the
// left; the centre column of the tab bar, the tab's view and the
// diagnosis; the drawing panel on the right. The banner spans the centre
// and the drawing panel, so the settings panel keeps its full height. The
// centre column takes the width the others leave, at least CentreMinW: on
// a narrow screen the drawing panel narrows (DrawingW), on a wide one the
// centre widens. The diagnosis takes 30% of the centre's height, between
// DiagnosisMinH and DiagnosisH.
func ScreenLayout(w, h float64, bannerLines int) Screen {
	s := Screen{W: w, H: h, Form: Desktop}
	all := Rect{0, 0, w, h}
	s.TopBar, all = all.CutTop(TopBarH, 0)
	body := all.Inset(Margin)
	s.Controls, body = body.CutLeft(ControlsW, Gap)
	if bannerLines > 0 {
		s.Banner, body = body.CutTop(BannerH(bannerLines), Gap)
	}
	s.Drawing, body = body.CutRight(DrawingW(body.W-CentreMinW-Gap), Gap)
	s.Tabs, body = body.CutTop(TabsH, TabsGap)
	diagH := math.Round(math.Min(DiagnosisH, math.Max(DiagnosisMinH, 0.3*body.H)))
	s.Diagnosis, s.Content = body.CutBottom(diagH, Gap)
	chartH := (s.Content.H - Gap) / 2
	s.Loss, s.Acc = s.Content.CutTop(chartH, Gap)
	return s
}

// StackedMinW is the narrowest drawing panel, with the answer under the
// pad (DrawingLayout): its two columns of bars need the room.
const StackedMinW = 320

// DrawingW is the width of the desktop drawing panel when it may take up
// to room: PadColumnW when that fits, else room, but at least
// StackedMinW.
func DrawingW(room float64) float64 {
	if room >= PadColumnW {
		return PadColumnW
	}
	return math.Floor(math.Max(room, StackedMinW))
}

// MaxBannerLines is the most warning lines the banner shows; further
// warnings are summarized in the last line.
const MaxBannerLines = 3

// DiagnosisH is the height of the diagnosis panel under the tab's view:
// room for the first finding in full and one line of each next one.
const DiagnosisH = 200

// TabsH is the height of the centre column's tab bar, TabsGap the space
// under it.
const (
	TabsH   = 30
	TabsGap = 8
)

// BannerH is the height of a banner with n lines.
func BannerH(n int) float64 { return float64(min(n, MaxBannerLines))*BannerLineH + 12 }

// TopBar is where the parts of the top bar go.
type TopBar struct {
	Title, Subtitle   Rect
	Play, Step, Reset Rect
	Status            Rect // run state, epoch, samples, speed
}

// TopBarLayout places the title over the settings column and the training
// buttons over the charts, each button as wide as its label needs.
func TopBarLayout(bar Rect, playW, stepW, resetW float64) TopBar {
	var t TopBar
	left := Rect{Margin, bar.Y, ControlsW, bar.H}
	t.Title = Rect{left.X, bar.Y + 8, left.W, 24}
	t.Subtitle = Rect{left.X, bar.Y + 32, left.W, 16}
	row := Rect{Margin + ControlsW + Gap, bar.Y + 12, bar.W - 2*Margin - ControlsW - Gap, 32}
	bs := row.Row(8, playW, stepW, resetW)
	t.Play, t.Step, t.Reset = bs[0], bs[1], bs[2]
	t.Status = Rect{t.Reset.Right() + 20, row.Y, row.Right() - t.Reset.Right() - 20, row.H}
	return t
}

// DrawingPanel is where the parts of the drawing panel go.
type DrawingPanel struct {
	Title, Clear Rect
	Pad          Rect // square; one logical pixel per pad unit at pad.Size
	PreviewLabel Rect // empty when the preview sits beside the guess
	Preview      Rect // the network's 28x28 input, a whole multiple of it
	GuessLabel   Rect
	Guess        Rect // the predicted digit, large
	BarsTitle    Rect
	// Bars are one row per class: label, bar, percentage; in one column,
	// or two of five when the height is short. All empty when there is no
	// room for them (a phone).
	Bars     [10]Rect
	BarsNote Rect // keyboard shortcuts; empty when there is no room
}

// Sizes of the desktop drawing panel: its header, the rows of the bars,
// and DeskTeachRoom, what the teaching strip under the bars needs (game's
// teacher: a line and a row of buttons, and a gap).
const (
	drawHeaderH   = 28
	barRowH       = 20
	barRowGap     = 3
	barsTitleH    = 18
	DeskTeachRoom = 16 + 6 + 26 + 8
	// sidePadMin is the smallest pad beside which the preview and the
	// guess still fit (their label, a 3x preview, the guess's big digit).
	sidePadMin = 16 + 6 + 3*pad.NetSide + 14 + 16 + 84
)

// barsH is the height of the bars in rows rows.
func barsH(rows int) float64 { return float64(rows)*(barRowH+barRowGap) - barRowGap }

// DrawingLayout lays out the desktop drawing panel p. At PadColumnW wide
// the preview sits beside the pad, at 5x (3x or 4x when a short panel
// shrinks the pad), and the bars follow under them, in one column when
// the height allows, else in two; the pad is pad.Size square unless the
// height is short. A narrower panel stacks: the pad as wide as the panel
// allows, the preview (3x) beside the guess under it, then the bars in two
// columns, as on a phone; so does a panel too short for a pad of
// sidePadMin beside the preview. Each arrangement keeps DeskTeachRoom
// under the bars.
func DrawingLayout(p Rect, clearW float64) DrawingPanel {
	var d DrawingPanel
	in := p.Inset(PanelPad)
	header, rest := in.CutTop(drawHeaderH, 10)
	d.Clear, d.Title = header.CutRight(clearW, 8)
	// Beside: the pad shrinks with the height, the bars go to two columns
	// first.
	cols := 1
	under := float64(16 + barsTitleH + 8 + DeskTeachRoom)
	side := math.Min(pad.Size, rest.H-under-barsH(10))
	if side < pad.Size {
		cols = 2
		side = math.Min(pad.Size, rest.H-under-barsH(5))
	}
	if p.W < PadColumnW || side < sidePadMin {
		return stackedDrawing(d, rest)
	}
	top, rest := rest.CutTop(side, 16)
	var col Rect
	d.Pad, col = top.CutLeft(side, Gap)
	preview := math.Min(PreviewSide, math.Floor((side-(sidePadMin-3*pad.NetSide))/pad.NetSide)*pad.NetSide)
	d.PreviewLabel, col = col.CutTop(16, 6)
	d.Preview, col = col.CutTop(preview, 14)
	d.Preview.W = preview
	d.GuessLabel, col = col.CutTop(16, 0)
	d.Guess = col
	d.BarsTitle, rest = rest.CutTop(barsTitleH, 8)
	d.Bars = barRows(rest, cols)
	rest.Y, rest.H = d.Bars[9].Bottom(), rest.Bottom()-d.Bars[9].Bottom()
	// The note (keyboard shortcuts) goes at the bottom if there is room.
	if rest.H >= 18+DeskTeachRoom {
		d.BarsNote, _ = rest.CutBottom(18, 0)
	}
	return d
}

// stackedDrawing lays the pad, the guess's row and two columns of bars
// out one under the other in rest, the panel under its header.
func stackedDrawing(d DrawingPanel, rest Rect) DrawingPanel {
	const rowGap = 12
	side := math.Max(0, math.Floor(math.Min(rest.W, rest.H-(rowGap+PhoneGuessRowH+10+barsH(5)+DeskTeachRoom))))
	d.Pad, rest = rest.CutTop(side, rowGap)
	d.Pad.X, d.Pad.W = rest.X+math.Floor((rest.W-side)/2), side
	row, rest := rest.CutTop(PhoneGuessRowH, 10)
	d.Preview, row = row.CutLeft(PhonePreviewSide, Gap)
	d.Preview.H = PhonePreviewSide
	d.GuessLabel, d.Guess = row.CutTop(16, 0)
	d.Bars = barRows(rest, 2)
	return d
}

// barRows lays the ten bars' rows out from the top of r, in one column or
// two of five side by side.
func barRows(r Rect, cols int) [10]Rect {
	var bars [10]Rect
	per := (10 + cols - 1) / cols
	colW := (r.W - float64(cols-1)*colGap) / float64(cols)
	for i := range bars {
		c, k := i/per, i%per
		bars[i] = Rect{r.X + float64(c)*(colW+colGap), r.Y + float64(k)*(barRowH+barRowGap), colW, barRowH}
	}
	return bars
}

// BarRow splits one row of the probability bars into the digit label, the
// bar track and the percentage.
func BarRow(r Rect) (label, track, pct Rect) {
	label, rest := r.CutLeft(22, 8)
	pct, track = rest.CutRight(52, 8)
	return label, track.withHeight(12), pct
}

// withHeight keeps r's vertical centre and sets its height.
func (r Rect) withHeight(h float64) Rect {
	return Rect{r.X, r.CenterY() - h/2, r.W, h}
}

// ChartLayout is where the parts of a chart panel go.
type ChartLayout struct {
	Title  Rect
	Legend Rect // right of the title: the series and their current values
	Plot   Rect // the area the curves are drawn in
	YLabel Rect // room for the y tick labels, left of Plot
	XLabel Rect // room for the x tick labels, under Plot
	XTitle Rect // the x axis title; empty on a panel under chartTitledH
}

// chartTitledH is the lowest chart panel with the x axis's title: a lower
// one gives the title's room to the plot.
const chartTitledH = 160

// ChartPanelLayout lays out a chart panel p.
func ChartPanelLayout(p Rect) ChartLayout {
	var c ChartLayout
	in := p.Inset(PanelPad)
	header, rest := in.CutTop(20, 10)
	c.Title = header
	c.Legend = header
	if p.H >= chartTitledH {
		c.XTitle, rest = rest.CutBottom(16, 0)
	}
	c.XLabel, rest = rest.CutBottom(18, 2)
	c.YLabel, c.Plot = rest.CutLeft(40, 8)
	c.Plot.W -= 6 // room for the last x tick label to overhang
	c.XLabel.X, c.XLabel.W = c.Plot.X, c.Plot.W
	if !c.XTitle.Empty() {
		c.XTitle.X, c.XTitle.W = c.Plot.X, c.Plot.W
	}
	return c
}
