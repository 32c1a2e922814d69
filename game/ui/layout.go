package ui

import "digitlab/pad"

// The logical screen. Ebiten scales it to the window, letterboxed.
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
)

// PadColumnW is the width of the drawing panel: the pad and, beside it, the
// image the network sees.
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

// ScreenLayout lays the screen out with room for bannerLines lines of
// startup warnings (0 for no banner). The banner spans the charts and the
// pad, so the settings panel keeps its full height.
func ScreenLayout(bannerLines int) Screen {
	s := Screen{W: ScreenW, H: ScreenH, Form: Desktop}
	all := Rect{0, 0, ScreenW, ScreenH}
	s.TopBar, all = all.CutTop(TopBarH, 0)
	body := all.Inset(Margin)
	s.Controls, body = body.CutLeft(ControlsW, Gap)
	if bannerLines > 0 {
		s.Banner, body = body.CutTop(BannerH(bannerLines), Gap)
	}
	s.Drawing, body = body.CutRight(PadColumnW, Gap)
	s.Tabs, body = body.CutTop(TabsH, TabsGap)
	s.Diagnosis, s.Content = body.CutBottom(DiagnosisH, Gap)
	chartH := (s.Content.H - Gap) / 2
	s.Loss, s.Acc = s.Content.CutTop(chartH, Gap)
	return s
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
	row := Rect{Margin + ControlsW + Gap, bar.Y + 12, ScreenW - 2*Margin - ControlsW - Gap, 32}
	bs := row.Row(8, playW, stepW, resetW)
	t.Play, t.Step, t.Reset = bs[0], bs[1], bs[2]
	t.Status = Rect{t.Reset.Right() + 20, row.Y, row.Right() - t.Reset.Right() - 20, row.H}
	return t
}

// DrawingPanel is where the parts of the drawing panel go.
type DrawingPanel struct {
	Title, Clear Rect
	Pad          Rect // pad.Size square: one logical pixel per pad unit
	PreviewLabel Rect
	Preview      Rect // the network's 28x28 input, PreviewSide square
	GuessLabel   Rect
	Guess        Rect // the predicted digit, large
	BarsTitle    Rect
	Bars         [10]Rect // one row per class: label, bar, percentage
	BarsNote     Rect     // keyboard shortcuts; empty when there is no room
}

// DrawingLayout lays out the drawing panel p.
func DrawingLayout(p Rect, clearW float64) DrawingPanel {
	var d DrawingPanel
	in := p.Inset(PanelPad)
	header, rest := in.CutTop(28, 10)
	d.Clear, d.Title = header.CutRight(clearW, 8)
	top, rest := rest.CutTop(pad.Size, 16)
	var side Rect
	d.Pad, side = top.CutLeft(pad.Size, Gap)
	d.PreviewLabel, side = side.CutTop(16, 6)
	d.Preview, side = side.CutTop(PreviewSide, 14)
	d.GuessLabel, side = side.CutTop(16, 0)
	d.Guess = side
	d.BarsTitle, rest = rest.CutTop(18, 8)
	const rowH, rowGap = 20, 3
	for i := range d.Bars {
		d.Bars[i], rest = rest.CutTop(rowH, rowGap)
	}
	// The note (keyboard shortcuts) goes at the bottom if there is room.
	if rest.H >= 18 {
		d.BarsNote, _ = rest.CutBottom(18, 0)
	}
	return d
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
	XTitle Rect // the x axis title
}

// ChartPanelLayout lays out a chart panel p.
func ChartPanelLayout(p Rect) ChartLayout {
	var c ChartLayout
	in := p.Inset(PanelPad)
	header, rest := in.CutTop(20, 10)
	c.Title = header
	c.Legend = header
	c.XTitle, rest = rest.CutBottom(16, 0)
	c.XLabel, rest = rest.CutBottom(18, 2)
	c.YLabel, c.Plot = rest.CutLeft(40, 8)
	c.Plot.W -= 6 // room for the last x tick label to overhang
	c.XLabel.X, c.XLabel.W = c.Plot.X, c.Plot.W
	c.XTitle.X, c.XTitle.W = c.Plot.X, c.Plot.W
	return c
}
