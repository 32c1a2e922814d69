package game

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/diagnose"
	"digitlab/game/ui"
)

// Severity colours of the findings.
var (
	colSevere     = colBad
	colSevereBg   = rgb(0x3A1D22)
	colWarningBg  = colWarnBg
	colFindingSel = rgb(0x1C2130)
)

// diagnosisView is the panel under the tab's view that says, in plain
// words, what is wrong with the run and what to try. The selected finding
// (the most severe one until the user picks another) is shown in full, each
// other one as a row that expands it when clicked.
type diagnosisView struct {
	panel  ui.Rect
	layout ui.DiagnosisPanel

	findings []diagnose.Finding
	samples  int64  // of the run, to tell "too early" from "healthy"
	selected string // code of the finding shown in full; "" for the first
	hover    int    // index of the row under the pointer, -1 for none
	ver      uint64 // grows when the findings or the selection change

	// Laid out by arrange: the full finding's lines and the rows of the
	// others, with where they go.
	full    []diagLine
	rows    []diagRow
	more    int // findings without room
	summary string
}

type diagLine struct {
	s string
	f *face
	c color.RGBA
	y float64 // baseline
	x float64
}

type diagRow struct {
	index int
	rect  ui.Rect
}

// diagnosisLook is what the panel's dynamic part is drawn from.
type diagnosisLook struct {
	ver   uint64
	hover int
}

func newDiagnosisView() *diagnosisView { return &diagnosisView{hover: -1} }

func (d *diagnosisView) resize(r ui.Rect, p *painter) {
	d.panel, d.layout = r, ui.DiagnosisLayout(r)
	d.arrange(p)
}

// setFindings takes the findings of a snapshot; equal ones change nothing.
func (d *diagnosisView) setFindings(fs []diagnose.Finding, samples int64, p *painter) {
	early := samples < diagnoseQuietAfter
	if sameFindings(d.findings, fs) && early == (d.samples < diagnoseQuietAfter) {
		return
	}
	d.findings, d.samples = fs, samples
	d.arrange(p)
}

// diagnoseQuietAfter is the number of training images after which a run
// without findings is called healthy rather than "too early to tell".
const diagnoseQuietAfter = 20000

func sameFindings(a, b []diagnose.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Code != y.Code || x.Severity != y.Severity || x.Message != y.Message || x.Fix != y.Fix {
			return false
		}
	}
	return true
}

// selectedIndex returns the index of the finding shown in full.
func (d *diagnosisView) selectedIndex() int {
	for i, f := range d.findings {
		if f.Code == d.selected {
			return i
		}
	}
	return 0
}

// arrange wraps the selected finding into lines and places the rows of the
// others under it, as many as fit.
func (d *diagnosisView) arrange(p *painter) {
	d.ver++
	d.full, d.rows, d.more = d.full[:0], d.rows[:0], 0
	body := d.layout.Body
	f := p.fonts
	const lineH = 17.0
	n := len(d.findings)
	switch {
	case n == 0:
		d.summary = ""
		return
	case n == 1:
		d.summary = "1 finding"
	default:
		d.summary = fmt.Sprintf("%d findings, most severe first", n)
	}
	sel := d.selectedIndex()
	fd := d.findings[sel]
	// Room for the rows of the others, at least one if there are others.
	rowsRoom := 0.0
	if n > 1 {
		rowsRoom = ui.FindingRowH + 4
	}
	y := body.Y
	maxY := body.Bottom() - rowsRoom
	x0 := body.X + pillW(f, fd.Severity) + 8
	d.full = append(d.full, diagLine{s: fd.Code, f: f.bold13, c: colText, x: x0, y: y + 14})
	y += 22
	add := func(text string, face *face, c color.RGBA, indent string) {
		for i, line := range face.wrap(text, body.W, " ") {
			if y+lineH > maxY {
				d.full[len(d.full)-1].s = strings.TrimRight(d.full[len(d.full)-1].s, ".,;: ") + "…"
				return
			}
			if i > 0 {
				line = indent + line
			}
			d.full = append(d.full, diagLine{s: line, f: face, c: c, x: body.X, y: y + 13})
			y += lineH
		}
	}
	add(fd.Message, f.regular13, colText, "")
	y += 3
	add("Try: "+fd.Fix, f.regular13, colTextDim, "")
	y += 6
	// The others follow the selected one in order, wrapping around, so that
	// clicking the first row walks through every finding, however few fit.
	for k := 1; k < n; k++ {
		i := (sel + k) % n
		if y+ui.FindingRowH > body.Bottom()+1 {
			d.more++
			continue
		}
		d.rows = append(d.rows, diagRow{index: i, rect: ui.Rect{X: body.X - 6, Y: y, W: body.W + 12, H: ui.FindingRowH}})
		y += ui.FindingRowH + 2
	}
	if d.more > 0 {
		d.summary = fmt.Sprintf("%d findings: click a row for more", n)
	}
}

// pillW is the width of the severity label in front of a finding.
func pillW(f *fonts, s diagnose.Severity) float64 {
	return f.bold13.width(strings.ToUpper(string(s))) + 12
}

func (d *diagnosisView) look() diagnosisLook { return diagnosisLook{d.ver, d.hover} }

// update highlights the row under the pointer and shows a clicked one in
// full, laying the panel out again for it.
func (d *diagnosisView) update(in *intents, p *painter) {
	d.hover = -1
	for k, r := range d.rows {
		if in.hovers(r.rect) {
			d.hover = k
		}
		if in.pressed(r.rect) {
			d.selected = d.findings[r.index].Code
			d.arrange(p)
			return
		}
	}
}

// rects adds each collapsed finding's row by name, "finding:<code>".
func (d *diagnosisView) rects(m map[string]ui.Rect) {
	for _, r := range d.rows {
		m["finding:"+d.findings[r.index].Code] = r.rect
	}
}

func (d *diagnosisView) drawChrome(dst *ebiten.Image, p *painter) {
	p.panel(dst, d.panel, 10, colPanel, colPanelBorder)
	p.textIn(dst, p.fonts.bold15, "Diagnosis", d.layout.Title, alignLeft, colText)
}

// draw draws the findings over the chrome.
func (d *diagnosisView) draw(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	body := d.layout.Body
	c.restore(ui.Rect{X: d.panel.X + 110, Y: d.layout.Title.Y, W: d.layout.Title.Right() - d.panel.X - 110, H: d.layout.Title.H})
	c.restore(ui.Rect{X: body.X - 8, Y: body.Y, W: body.W + 16, H: body.H + 4})
	if d.summary != "" {
		p.textIn(dst, f.regular13, d.summary, d.layout.Summary, alignRight, colTextMuted)
	}
	if len(d.findings) == 0 {
		title, text, col := "Watching the run", "Findings appear here when the curves or the layer probes show a problem: divergence, no learning, identical or dead or saturated units, vanishing or exploding gradients, a bad initial scale, a learning rate off, under- or overfitting.", colTextDim
		if d.samples >= diagnoseQuietAfter {
			title, text, col = "No problems found", "The curves and the layer probes look healthy so far. Load a failure from the Presets tab to see what a sick network looks like.", colGood
		}
		p.text(dst, f.bold13, title, body.X, body.Y+14, col)
		for i, line := range f.regular13.wrap(text, body.W, " ") {
			p.text(dst, f.regular13, line, body.X, body.Y+36+float64(i)*17, colTextDim)
		}
		return
	}
	fd := d.findings[d.selectedIndex()]
	drawPill(dst, p, body.X, body.Y+2, fd.Severity)
	for _, l := range d.full {
		p.text(dst, l.f, l.s, l.x, l.y, l.c)
	}
	for k, r := range d.rows {
		fr := d.findings[r.index]
		if k == d.hover {
			p.roundRect(dst, r.rect, 5, colFindingSel)
		}
		x := r.rect.X + 6
		drawPill(dst, p, x, r.rect.Y+3, fr.Severity)
		x += pillW(f, fr.Severity) + 8
		p.textIn(dst, f.bold13, fr.Code, ui.Rect{X: x, Y: r.rect.Y, W: 200, H: r.rect.H}, alignLeft, colText)
		x += f.bold13.width(fr.Code) + 8
		room := r.rect.Right() - 6 - x
		p.textIn(dst, f.regular13, f.regular13.ellipsize(fr.Message, room), ui.Rect{X: x, Y: r.rect.Y, W: room, H: r.rect.H}, alignLeft, colTextDim)
	}
}

// drawPill draws a finding's severity as a coloured label at (x, y).
func drawPill(dst *ebiten.Image, p *painter, x, y float64, s diagnose.Severity) {
	fg, bg := colWarn, colWarningBg
	if s == diagnose.Severe {
		fg, bg = colSevere, colSevereBg
	}
	label := strings.ToUpper(string(s))
	r := ui.Rect{X: x, Y: y, W: pillW(p.fonts, s), H: 16}
	p.roundRect(dst, r, 4, bg)
	p.textIn(dst, p.fonts.bold13, label, r, alignCenter, fg)
}
