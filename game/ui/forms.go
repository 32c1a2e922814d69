package ui

import (
	"math"

	"digitlab/pad"
)

// Form is the shape of the screen the app lays itself out for.
type Form uint8

const (
	// Desktop is three columns (ScreenLayout), zoomed to the window.
	Desktop Form = iota
	// Portrait is a phone held upright: the pad and its answer first,
	// the rest behind the page switch.
	Portrait
	// Landscape is a phone on its side: a short top bar holding the page
	// switch, the pad beside its answer.
	Landscape
)

// FormNames are the forms as the state reports them.
var FormNames = [...]string{Desktop: "desktop", Portrait: "portrait", Landscape: "landscape"}

// DesktopMinW and DesktopMinH are the smallest outside size, in CSS (or
// window) pixels, that gets the desktop layout.
const (
	DesktopMinW = 1024
	DesktopMinH = 600
)

// Text sizes: MinTextPx is the em size of the smallest face the app draws
// (13 logical pixels), MinCSSText the smallest text a screen may show, in
// CSS pixels. DesktopMinZoom, their ratio, is the least zoom (CSS pixels
// per logical pixel) of the desktop layout.
const (
	MinTextPx      = 13
	MinCSSText     = 12
	DesktopMinZoom = float64(MinCSSText) / MinTextPx
)

// Phone layouts are laid out in CSS pixels, at least this large; a smaller
// outside size is letterboxed.
const (
	PhoneMinShort = 320
	PhoneMinLong  = 480
)

// FormFor returns the form for an outside size (CSS or window pixels) and
// the logical screen size to lay it out at. A phone is laid out at its
// outside size. The desktop is zoomed to fit ScreenW x ScreenH, but never
// below DesktopMinZoom, so that no text is under MinCSSText CSS pixels:
// the logical screen is the outside size over that zoom. A window of at
// least 1280x800 gets a screen of ScreenW x ScreenH or larger in one
// direction (wider on a wide window); a smaller one gets a smaller screen,
// down to 1109x650 at 1024x600, which ScreenLayout reflows.
func FormFor(w, h float64) (f Form, lw, lh float64) {
	switch {
	case w >= DesktopMinW && h >= DesktopMinH:
		z := math.Max(math.Min(w/ScreenW, h/ScreenH), DesktopMinZoom)
		// Whole pixels, rounded down, so that the screen's zoom stays at
		// least z; the nudge keeps w/z == ScreenW from rounding down.
		return Desktop, math.Floor(w/z + 1e-6), math.Floor(h/z + 1e-6)
	case w <= h:
		return Portrait, math.Max(math.Floor(w), PhoneMinShort), math.Max(math.Floor(h), PhoneMinLong)
	}
	return Landscape, math.Max(math.Floor(w), PhoneMinLong), math.Max(math.Floor(h), PhoneMinShort)
}

// Page is what a phone layout shows under its top bar.
type Page uint8

const (
	PageDraw     Page = iota // the pad and its answer
	PageTrain                // the tabs (curves and the rest) and the diagnosis
	PageSettings             // the settings panel
	NumPages
)

// PageNames are the pages as ControlRect ("page:<name>") and the state
// name them; PageLabels as the switch shows them.
var (
	PageNames  = [NumPages]string{PageDraw: "draw", PageTrain: "train", PageSettings: "settings"}
	PageLabels = [NumPages]string{PageDraw: "Draw", PageTrain: "Curves & tabs", PageSettings: "Settings"}
)

// Sizes of the phone layouts.
const (
	PhoneMargin = 8
	TouchH      = 40 // the height of anything a finger presses on a phone
	// PhoneTopH: the title and status, the buttons, the page switch.
	PhoneTopH = 6 + 32 + 6 + TouchH + 6 + TouchH + 8
	// LandTopH: one row of the page switch, the buttons and the status.
	LandTopH    = TouchH + 12
	PhoneTabsH  = TouchH
	PhoneDiagH  = 180
	LandDiagW   = 260 // the diagnosis beside the tab's view in landscape
	PhoneTitleW = 120 // "Digit Lab" in the portrait top bar
	// LandSwitchW is the page switch's widest in landscape, LandButtonsW
	// the room the training buttons need there.
	LandSwitchW  = 3 * 100
	LandButtonsW = 104 + 80 + 70 + 2*6
)

// PhoneLayout lays out a phone screen of w x h (Portrait or Landscape) with
// page showing. The pages lie side by side, each a screen wide: the ones
// not shown are laid out off the screen, where no pointer reaches them and
// drawing them draws nothing.
func PhoneLayout(form Form, w, h float64, bannerLines int, page Page) Screen {
	s := Screen{W: w, H: h, Form: form}
	all := Rect{0, 0, w, h}
	if form == Landscape {
		s.TopBar, all = all.CutTop(LandTopH, 0)
		// The buttons keep their room (LandButtonsW) and the status at
		// least a little.
		s.Switch = Rect{PhoneMargin, 6, math.Min(LandSwitchW, w-2*PhoneMargin-12-LandButtonsW-10), TouchH}
	} else {
		s.TopBar, all = all.CutTop(PhoneTopH, 0)
		s.Switch = Rect{PhoneMargin, 6 + 32 + 6 + TouchH + 6, w - 2*PhoneMargin, TouchH}
	}
	body := all.Inset(PhoneMargin)
	if bannerLines > 0 {
		// At least as high as its close button, a finger's target.
		s.Banner, body = body.CutTop(math.Max(BannerH(bannerLines), TouchH), PhoneMargin)
	}
	at := func(p Page) Rect {
		r := body
		r.X += float64(int(p)-int(page)) * w
		return r
	}
	s.Drawing = at(PageDraw)
	train := at(PageTrain)
	s.Tabs, train = train.CutTop(PhoneTabsH, TabsGap)
	if form == Landscape {
		// Too short to stack: the diagnosis beside the view, the two
		// charts side by side.
		s.Diagnosis, s.Content = train.CutRight(math.Min(LandDiagW, train.W/3), PhoneMargin)
		chartW := (s.Content.W - PhoneMargin) / 2
		s.Loss, s.Acc = s.Content.CutLeft(chartW, PhoneMargin)
	} else {
		diagH := math.Min(PhoneDiagH, train.H/3)
		s.Diagnosis, s.Content = train.CutBottom(diagH, PhoneMargin)
		chartH := (s.Content.H - PhoneMargin) / 2
		s.Loss, s.Acc = s.Content.CutTop(chartH, PhoneMargin)
	}
	s.Controls = at(PageSettings)
	return s
}

// PhoneTopBar lays out the top bar of a phone screen s: in portrait the
// title and status, then the buttons; in landscape the buttons and the
// status right of the page switch, without the title. Buttons are TouchH
// high.
func PhoneTopBar(s *Screen, playW, stepW, resetW float64) TopBar {
	var t TopBar
	var row Rect
	if s.Form == Landscape {
		row = Rect{s.Switch.Right() + 12, s.Switch.Y, s.W - PhoneMargin - s.Switch.Right() - 12, TouchH}
	} else {
		first := Rect{PhoneMargin, 6, s.W - 2*PhoneMargin, 32}
		t.Title, t.Status = first.CutLeft(PhoneTitleW, 8)
		t.Title.Y, t.Title.H = first.Y+4, 24
		row = Rect{PhoneMargin, first.Bottom() + 6, s.W - 2*PhoneMargin, TouchH}
	}
	bs := row.Row(6, playW, stepW, resetW)
	t.Play, t.Step, t.Reset = bs[0], bs[1], bs[2]
	if s.Form == Landscape {
		t.Status = Rect{t.Reset.Right() + 10, row.Y, math.Max(0, row.Right()-t.Reset.Right()-10), row.H}
	}
	return t
}

// SwitchLayout splits the page switch into NumPages equal buttons.
func SwitchLayout(r Rect) [NumPages]Rect {
	var out [NumPages]Rect
	SplitEvenly(r, out[:])
	return out
}

// Bars of a phone layout: five rows in each of two columns, without a
// title; on a phone on its side the rows are tighter, so that the bars and
// the teaching strip fit under the guess on a 360 px high screen.
// phoneAnswerH and landAnswerH are the heights of the answer: the guess's
// row and the bars. PhoneTeachRoom is what the teaching strip under them
// needs (game's teacher: a line and a row of buttons TouchH high, and the
// gaps).
const (
	rowH, rowGap, colGap = 18, 3, 16
	landRowH, landRowGap = 16, 1
	phoneAnswerH         = PhoneGuessRowH + 10 + 5*rowH + 4*rowGap
	landAnswerH          = landGuessRowH + 10 + 5*landRowH + 4*landRowGap
	PhoneTeachRoom       = 16 + 6 + TouchH + 4
)

// PhonePreviewSide is the side of the network's input on a phone: 3x.
// PhoneGuessRowH is the height of the row holding it and the guess: the
// guess's label and room for the 96 px digit.
const (
	PhonePreviewSide = 3 * pad.NetSide
	PhoneGuessRowH   = 16 + 96
	// landGuessRowH: on a phone on its side the row is as high as Clear
	// and Save and Load under it, and the 96 px digit's capitals fit.
	landGuessRowH = TouchH + 8 + TouchH
)

// PhoneDrawingLayout lays out the drawing panel p of a phone: in portrait
// the pad spans the panel's width with the answer under it; in landscape
// the pad spans its height with the answer beside it. The bars are in two
// columns of five, or left out on a screen too short for them.
func PhoneDrawingLayout(p Rect, clearW float64, form Form) DrawingPanel {
	var d DrawingPanel
	in := p.Inset(10)
	clearW = math.Max(clearW, 64)
	bars := true
	var side Rect
	if form == Landscape {
		// The pad spans the height; beside it the guess's row, with Clear
		// at its right end, and the bars under it.
		d.Pad, side = in.CutLeft(math.Min(in.H, in.W/2), Gap)
		d.Pad.H = d.Pad.W
		bars = side.H >= landAnswerH+PhoneTeachRoom
	} else {
		// The pad is as wide as the panel unless the answer under it
		// needs some of its height; on a short screen the bars give way
		// to a larger pad.
		var header Rect
		header, in = in.CutTop(TouchH, 8)
		d.Clear, d.Title = header.CutRight(clearW, 8)
		s := math.Min(in.W, in.H-phoneAnswerH-12)
		if s < 0.6*in.W {
			s, bars = math.Min(in.W, in.H-PhoneGuessRowH-12), false
		}
		s = math.Max(s, 0)
		d.Pad, side = in.CutTop(s, 12)
		d.Pad.X, d.Pad.W = in.X+(in.W-s)/2, s
	}
	// The row is as high as the guess's big digit needs.
	guessRowH := float64(PhoneGuessRowH)
	if form == Landscape {
		guessRowH = landGuessRowH
	}
	row, rest := side.CutTop(guessRowH, 10)
	d.Preview, row = row.CutLeft(PhonePreviewSide, Gap)
	d.Preview.H = PhonePreviewSide
	if form == Landscape {
		var clear Rect
		clear, row = row.CutRight(clearW, 8)
		d.Clear = Rect{clear.X, clear.Y, clear.W, TouchH}
	}
	d.GuessLabel, d.Guess = row.CutTop(16, 0)
	if !bars {
		return d
	}
	colW := (rest.W - colGap) / 2
	rh, rg := float64(rowH), float64(rowGap)
	if form == Landscape {
		rh, rg = landRowH, landRowGap
	}
	for i := range d.Bars {
		c, r := i/5, i%5
		d.Bars[i] = Rect{rest.X + float64(c)*(colW+colGap), rest.Y + float64(r)*(rh+rg), colW, rh}
	}
	return d
}
