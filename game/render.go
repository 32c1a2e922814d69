package game

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
)

// The screen is drawn in two layers so that a frame costs only what
// changed. On a software GL (headless Chromium on SwiftShader, Xvfb) a full
// redraw of the 1280x800 screen every frame drops the page to 5-10
// ticks per second while training, and the rendering threads took CPU from the
// training worker.
//
//   - The chrome is everything that changes only with the layout or the
//     config: the background, panels, titles and labels, the settings
//     panel's texts, the outlines of the pad and preview, the bar tracks.
//     It lives in an offscreen image, redrawn when the layout or the config
//     changes.
//   - Each dynamic region (a button or stepper, the status line, the
//     selected tab's view, the pad, the preview, the guess, the bars) is a
//     rectangle over the chrome with a look: the values it is drawn from,
//     or versions of them (a tab view's tabLook). A region is redrawn when
//     its look differs from the one it was last drawn with: first the
//     chrome under it is copied back, then the region draws itself on top.
//
// The screen is not cleared between frames (ebiten.SetScreenClearedEveryFrame
// (false), set by New), so a frame in which nothing changed draws nothing,
// and ebiten then presents nothing either. Dynamic regions do not overlap,
// so the order they are redrawn in does not matter.

// canvas is where a frame is drawn: the screen, and the chrome to restore
// regions from, both in device pixels, which view maps the layout to.
type canvas struct {
	dst, chrome *ebiten.Image
	view        view
	all         bool // the chrome was just copied whole: draw every region
	drew        bool // a region was drawn
}

// dirty reports whether a region must be redrawn because its look changed
// since it was last drawn (shown), and records the new look.
func dirty[L comparable](c *canvas, shown *L, drawn *bool, look L) bool {
	if c.all || !*drawn || *shown != look {
		*shown, *drawn = look, true
		return true
	}
	return false
}

// restore copies the chrome under r, widened to whole device pixels, back
// to the screen, so that a region can be drawn afresh.
func (c *canvas) restore(r ui.Rect) {
	c.drew = true
	if c.all {
		return // the chrome is already there
	}
	b := c.view.pixels(r)
	if b.Empty() {
		return
	}
	op := &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy}
	op.GeoM.Translate(float64(b.Min.X), float64(b.Min.Y))
	c.dst.DrawImage(c.chrome.SubImage(b).(*ebiten.Image), op)
}

// maxDevicePixels bounds the screen's size in device pixels: a 4K
// screen's. The page's WebAssembly memory grows with it, by about 4 bytes
// a device pixel (measured in headless Chromium: a 1440x900 page at device
// scale 2 held 43 MB drawn at device pixels against 20 MB drawn at CSS
// pixels; a 390x844 phone at scale 3, 60 MB), and its bound is 100 MB.
const maxDevicePixels = 3840 * 2160

// deviceScale returns the device scale d to draw an outside size of w x h
// at, lowered so that the screen has at most maxDevicePixels.
func deviceScale(w, h, d float64) float64 {
	if px := w * h * d * d; px > maxDevicePixels {
		return d * math.Sqrt(maxDevicePixels/px)
	}
	return d
}

// screenView returns the view of a screen of outside size ow x oh at
// device scale d onto which a logical screen of lw x lh is laid: scaled
// to fit and centred, as ebiten letterboxes. A zoom within 1% of 1 (a
// fraction of a pixel more room than the layout's whole pixels) is left at
// 1, so that the layout keeps the device's whole pixels.
func screenView(ow, oh, lw, lh, d float64) view {
	z := math.Min(ow/lw, oh/lh)
	if math.Abs(z-1) < 0.01 {
		z = 1
	}
	k := z * d
	return view{k: k, ox: math.Round((ow*d - lw*k) / 2), oy: math.Round((oh*d - lh*k) / 2)}
}

// screenCache is the app's memory of what the screen shows.
type screenCache struct {
	chrome   *ebiten.Image
	chromeOK bool          // the chrome shows the current layout and config
	last     *ebiten.Image // the screen drawn last; another one is drawn whole

	// The looks the regions were last drawn with.
	status      statusLine
	statusDrawn bool
	pad         padLook
	padDrawn    bool
	tab         ui.Tab
	tabLook     tabLook // the selected tab's look as last drawn
	tabDrawn    bool
	diag        diagnosisLook
	diagDrawn   bool
	pred        prediction
	predVer     uint64 // of the drawing pred was made from
	predDrawn   bool
	dataTick    uint64 // App.ticks when the training regions were last drawn
}

// invalidate makes the next frame redraw the chrome and every region: the
// layout or the config changed.
func (s *screenCache) invalidate() { s.chromeOK = false }

// Draw draws what changed since the last frame on the screen, which ebiten
// keeps between frames; a frame in which nothing changed draws nothing. The
// screen is in device pixels (LayoutF); the chrome is as large as it.
func (a *App) Draw(screen *ebiten.Image) {
	sc := &a.cache
	if b := screen.Bounds(); sc.chrome == nil || sc.chrome.Bounds() != b {
		if sc.chrome != nil {
			sc.chrome.Deallocate()
		}
		sc.chrome = ebiten.NewImageWithOptions(b, &ebiten.NewImageOptions{Unmanaged: true})
		sc.chromeOK = false
	}
	c := canvas{dst: screen, chrome: sc.chrome, view: a.p.view}
	if !sc.chromeOK {
		a.drawChrome(sc.chrome)
		sc.chromeOK = true
		c.all = true
	}
	if screen != sc.last || ebiten.IsScreenClearedEveryFrame() {
		// A new screen image (the first frame, or ebiten replaced it), or
		// one that ebiten clears: nothing of the last frame is there.
		c.all = true
	}
	sc.last = screen
	if c.all {
		screen.DrawImage(sc.chrome, &ebiten.DrawImageOptions{Blend: ebiten.BlendCopy})
	}
	a.drawRegions(&c)
	if c.drew || c.all {
		a.draws++
	}
}

// drawChrome draws the parts of the screen that change only with the
// layout or the config.
func (a *App) drawChrome(dst *ebiten.Image) {
	dst.Fill(colBackground)
	a.top.drawChrome(dst, a.p, &a.screen)
	a.drawBanner(dst)
	a.set.drawChrome(dst, a.p)
	a.views[a.tab].drawChrome(dst, a.p)
	a.diag.drawChrome(dst, a.p)
	if a.listOpen() {
		a.mine.list.drawChrome(dst, a.p)
		return
	}
	a.padV.drawChrome(dst, a.p, a.screen.Drawing)
}

// dataRefreshTicks is how often, in ticks, the regions that follow the
// training (the status facts, the tab's data, the bars as the weights
// move) are redrawn at most, all in the same frame: once a second. A frame
// that draws costs four presents (the package doc gives the cost of one),
// taken from the training worker on a 2-core machine. Measured against
// 30 ticks in headless Chromium: SwiftShader's CPU time is halved (4 s
// against 8 s in 20 s of training), and the worker with the SIMD kernels
// trains 50,000 samples/s against 39,000, with a higher minimum of
// ticks/s. What the user does (a hover, a stroke, a click, a new state of
// the run) is drawn in the next frame, and a frame that draws for it
// brings the training regions up to date too.
const dataRefreshTicks = 60

// drawRegions redraws the dynamic regions whose look changed (all of them
// if c.all).
func (a *App) drawRegions(c *canvas) {
	sc := &a.cache
	p := a.p
	a.top.play.redraw(c, p)
	a.top.step.redraw(c, p)
	a.top.reset.redraw(c, p)
	if len(a.warnings) > 0 {
		a.banner.redraw(c, p)
	}
	a.set.redraw(c, p)
	for _, b := range a.tabs {
		b.redraw(c, p)
	}
	if a.form != ui.Desktop {
		for _, b := range a.pages {
			b.redraw(c, p)
		}
	}
	v := a.padV
	if a.listOpen() { // in the drawing panel's place
		a.mine.list.redraw(c, p, a.mine, a.snap)
	} else {
		v.clear.redraw(c, p)
		a.model.save.redraw(c, p)
		a.model.load.redraw(c, p)
		a.mine.redraw(c, p, a)
		padDirty := dirty(c, &sc.pad, &sc.padDrawn, v.look())
		if a.model.stripDirty(c) || padDirty { // the strip lies over the pad
			v.drawPad(c, p)
			a.model.drawStrip(c.dst, p)
		}
	}
	// The selected tab's view and the diagnosis: what the user did shows at
	// once, what the training did at its pace (below).
	if l := a.views[a.tab].look(); c.all || !sc.tabDrawn || sc.tab != a.tab || sc.tabLook.user != l.user {
		a.drawTab(c, l)
	}
	if dl := a.diag.look(); (dl.hover != sc.diag.hover || dl.fixHover != sc.diag.fixHover) && sc.diagDrawn {
		sc.diag = dl
		a.diag.draw(c, p)
	}

	// A change of the run's state or of the drawing shows at once; the
	// rest waits for its turn unless this frame draws anyway.
	st := &a.top.status
	shown := &sc.status
	urgent := !sc.statusDrawn || st.state != shown.state || st.color != shown.color || st.err != shown.err
	pr := &a.pred
	urgent = urgent || !sc.predDrawn || sc.predVer != a.predKey.version || pr.ready != sc.pred.ready || pr.empty != sc.pred.empty
	if !c.all && !c.drew && !urgent && a.ticks-sc.dataTick < dataRefreshTicks {
		return
	}
	drew := c.drew
	c.drew = false
	if dirty(c, &sc.status, &sc.statusDrawn, *st) {
		a.top.drawStatus(c, p)
	}
	if !a.listOpen() && dirty(c, &sc.pred, &sc.predDrawn, *pr) {
		v.drawPrediction(c, p, pr)
	}
	if dirty(c, &sc.diag, &sc.diagDrawn, a.diag.look()) {
		a.diag.draw(c, p)
	}
	if l := a.views[a.tab].look(); sc.tabLook.data != l.data {
		a.drawTab(c, l)
	}
	sc.predVer = a.predKey.version // even if the prediction came out the same
	if c.drew {
		sc.dataTick = a.ticks
	}
	c.drew = c.drew || drew
}

// drawTab draws the selected tab's view and records the look l it was
// drawn with.
func (a *App) drawTab(c *canvas, l tabLook) {
	sc := &a.cache
	sc.tab, sc.tabLook, sc.tabDrawn = a.tab, l, true
	a.views[a.tab].draw(c, a.p)
}
