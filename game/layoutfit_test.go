package game

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/mydigits"
	"digitlab/nn"
)

// traced is what a frame drew, from the painter's trace: text boxes with
// their strings and faces, and filled rectangles (text "").
type traced struct {
	box  ui.Rect
	text string
	f    *face
}

// traceFrame draws a's whole screen from scratch and returns what it drew.
func traceFrame(a *App, sw, sh float64) []traced {
	var got []traced
	a.p.trace = func(box ui.Rect, text string, f *face) { got = append(got, traced{box, text, f}) }
	defer func() { a.p.trace = nil }()
	saved := a.cache
	a.cache = screenCache{}
	img := ebiten.NewImage(int(sw), int(sh))
	a.Draw(img)
	a.cache.chrome.Deallocate()
	img.Deallocate()
	a.cache = saved
	return got
}

// inside reports whether r lies in p, to half a pixel.
func inside(r, p ui.Rect) bool {
	const e = 0.5
	return r.X >= p.X-e && r.Y >= p.Y-e && r.Right() <= p.Right()+e && r.Bottom() <= p.Bottom()+e
}

// fitProblems checks a frame's drawing against the screen s: everything on
// the screen lies inside one of its panels, every rune of its texts is in
// the font, no text is under
// ui.MinCSSText CSS pixels (k CSS pixels per logical pixel), and no two
// texts overlap or run into each other (their capital heights, so that
// tight lines may touch, and 3 px apart on a line).
// It returns the problems found, one a line.
func fitProblems(s ui.Screen, k float64, drawn []traced) []string {
	panels := []ui.Rect{s.TopBar, s.Banner, s.Tabs, s.Content, s.Diagnosis, s.Drawing, s.Controls}
	screen := ui.Rect{W: s.W, H: s.H}
	var out []string
	type key struct {
		text string
		x, y float64
	}
	seen := map[key]bool{}
	var texts []traced
	for _, d := range drawn {
		if d.box.Empty() || d.box.Right() <= 0 || d.box.X >= s.W {
			continue // a hidden phone page, off the screen
		}
		what := "a rectangle"
		if d.text != "" {
			what = fmt.Sprintf("%q", d.text)
		}
		if !inside(d.box, screen) {
			out = append(out, fmt.Sprintf("%s %v leaves the screen", what, d.box))
			continue
		}
		in := false
		for _, p := range panels {
			in = in || (!p.Empty() && inside(d.box, p))
		}
		if !in {
			out = append(out, fmt.Sprintf("%s %v lies in no panel", what, d.box))
		}
		if d.f == nil {
			continue
		}
		for _, r := range d.text {
			if d.f.glyph(r) == d.f.glyph('?') && r != '?' {
				out = append(out, fmt.Sprintf("%s: the %s face has no %q", what, d.f.name, r))
			}
		}
		if css := d.f.size * k; css < ui.MinCSSText {
			out = append(out, fmt.Sprintf("%s is %.1f CSS px", what, css))
		}
		kk := key{d.text, d.box.X, d.box.Y}
		if !seen[kk] { // the chrome and a region may draw the same text
			seen[kk] = true
			texts = append(texts, d)
		}
	}
	caps := func(d traced) ui.Rect {
		base := d.box.Y + d.f.ascent
		return ui.Rect{X: d.box.X, Y: base - d.f.capHeight, W: d.box.W, H: d.f.capHeight}
	}
	for i, a := range texts {
		for _, b := range texts[i+1:] {
			ra, rb := caps(a), caps(b)
			// Words on a line need a space between them: 3 px.
			if ra.X < rb.Right()+3 && rb.X < ra.Right()+3 && ra.Y < rb.Bottom()-1 && rb.Y < ra.Bottom()-1 {
				out = append(out, fmt.Sprintf("%q %v overlaps %q %v", a.text, a.box, b.text, b.box))
			}
		}
	}
	return out
}

// smallTargets lists the controls on a phone's screen that are not
// ui.TouchH CSS pixels square (Layout is at device scale 1, so CSS pixels
// are logical ones): the areas a finger draws or reads in aside.
func smallTargets(a *App) []string {
	areas := map[string]bool{"pad": true, "content": true, "diagnosis": true}
	var out []string
	for n, r := range a.rects {
		// The teaching strip's ten digit chips share a row: 28 to 38 px
		// wide on a phone, 40 px high.
		chip := strings.HasPrefix(n, "teach:") && r.W >= 28 && r.H >= ui.TouchH
		if !areas[n] && !chip && r.Right() > 0 && r.X < a.screen.W && (r.W < ui.TouchH || r.H < ui.TouchH) {
			out = append(out, fmt.Sprintf("%s is %.0fx%.0f, under a %d px touch target", n, r.W, r.H, ui.TouchH))
		}
	}
	slices.Sort(out)
	return out
}

// On every phone and desktop size, with and without a banner, every page
// and tab draws inside its panels, with no text under ui.MinCSSText CSS
// pixels and no text over another; on a phone every control is a finger's
// target. The run is a five-layer network (the
// Layers tab's most rows) with findings, a confusion matrix, a full
// gallery of mistakes and a digit on the pad.
func TestEveryScreenFitsItsPanels(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Hidden = []int{64, 64, 32, 32}
	snap := richSnapshot(t, cfg, 1)
	for len(snap.Mistakes) < nn.MaxMistakes {
		m := snap.Mistakes[len(snap.Mistakes)%5]
		m.Index += 100
		snap.Mistakes = append(snap.Mistakes, m)
	}
	for _, size := range [][2]float64{
		{390, 844}, {360, 640}, {320, 568}, {844, 390}, {740, 360}, {667, 375},
		{1024, 600}, {1024, 640}, {1280, 720}, {1366, 768}, {1920, 1080},
	} {
		for _, warnings := range [][]string{nil, {"lr=banana: not a number — using the default 0.001"}} {
			a, ft := newTestApp(t, Options{Config: cfg, Warnings: warnings})
			ft.set(snap)
			sw, sh := a.layoutAt(size[0], size[1], 1)
			tick(a)
			if err := a.DrawStrokes([][][2]float32{{{80, 60}, {200, 60}, {140, 230}}}); err != nil {
				t.Fatal(err)
			}
			tick(a)
			pages := []ui.Page{ui.PageTrain}
			if a.form != ui.Desktop {
				pages = []ui.Page{ui.PageDraw, ui.PageTrain, ui.PageSettings}
			}
			for _, pg := range pages {
				a.setPage(pg)
				for tab := range ui.NumTabs {
					if tab > 0 && pg != ui.PageTrain {
						break // the tabs show on the train page only
					}
					a.setTab(tab)
					tick(a)
					name := fmt.Sprintf("%vx%v banner %d %s", size[0], size[1], len(warnings), ui.FormNames[a.form])
					if a.form != ui.Desktop {
						name += " " + ui.PageNames[pg]
					}
					if pg == ui.PageTrain {
						name += " " + ui.TabNames[tab]
					}
					check(t, a, name, sw, sh)
				}
				if pg == ui.PageDraw || a.form == ui.Desktop {
					name := fmt.Sprintf("%vx%v banner %d %s", size[0], size[1], len(warnings), ui.FormNames[a.form])
					checkTeaching(t, a, name, sw, sh)
				}
			}
		}
	}
}

// check reports what a's screen draws outside its panels, too small or
// over other text, and on a phone the controls too small for a finger.
func check(t *testing.T, a *App, name string, sw, sh float64) {
	t.Helper()
	probs := fitProblems(a.screen, a.p.view.k, traceFrame(a, sw, sh))
	if a.form != ui.Desktop {
		probs = append(probs, smallTargets(a)...)
	}
	if len(probs) > 0 {
		t.Errorf("%s: %d problems:\n  %s", name, len(probs), strings.Join(probs[:min(len(probs), 8)], "\n  "))
	}
}

// checkTeaching checks the drawing panel with the compact teaching strip
// open (on a phone that has it), and with the list of the user's digits
// open: 150 of them (on pages) with one removed (Undo shows).
func checkTeaching(t *testing.T, a *App, name string, sw, sh float64) {
	t.Helper()
	if a.mine.compact {
		a.toggleChooser()
		tick(a)
		check(t, a, name+" compact strip", sw, sh)
		a.toggleChooser()
		tick(a)
	}
	for i := range 150 {
		a.mine.set.Add(mydigits.Digit{Label: uint8(i % 10)})
	}
	a.keepDigits()
	a.openList()
	tick(a)
	a.removeDigit(3)
	tick(a)
	if a.mine.list.layout.Pages < 2 || len(a.mine.list.removed) != 1 {
		t.Errorf("%s: the list has %d pages and %d removed", name, a.mine.list.layout.Pages, len(a.mine.list.removed))
	}
	check(t, a, name+" your digits", sw, sh)
	a.closeList()
	a.mine.set.Clear()
	a.keepDigits()
	tick(a)
}
