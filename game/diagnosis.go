package game

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/diagnose"
	"digitlab/game/trial"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
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
// other one as a row that expands it when clicked. The finding shown in
// full has a Try the fix button when it has a change: it trains the fixed
// config from the same seed (start), and the panel follows the trial
// (package trial) and says how it went above the findings.
type diagnosisView struct {
	panel  ui.Rect
	layout ui.DiagnosisPanel
	touch  bool // a phone: finger-sized rows and fix button

	findings []diagnose.Finding
	quiet    diagnose.Quiet // what the panel says while there are no findings
	selected string         // code of the finding shown in full; "" for the first
	hover    int            // index of the row under the pointer, -1 for none
	ver      uint64         // grows when the findings, the selection or the trial change

	run   trial.Run       // the newest snapshot's run, as a trial reads it
	cfg   nn.Config       // run's config, if cfgOK
	cfgOK bool            // run's config parsed
	trial *trial.Trial    // the fix tried last; nil before the first
	start func(nn.Config) // trains a fixed config from the start, pinning the broken run
	fix   *button         // Try the fix, or the next change after a failed one; nil for none

	// Laid out by arrange: the full finding's lines and the rows of the
	// others, with where they go.
	full    []diagLine
	rows    []diagRow
	more    int     // findings without room
	top     float64 // where the findings begin, under the trial's lines
	summary string

	// The selected finding's message and fix scroll, a whole line at a
	// time, when they need more room than the panel has: a finding can
	// run to a paragraph, and its last line (what to try) matters most.
	scroll diagScroll
}

// diagScroll is where the selected finding's text is scrolled to.
type diagScroll struct {
	code         string  // the finding scrolled; another one starts at its top
	first        int     // index of the first line in view
	last         int     // the line after the last one in view
	lines        int     // lines of the whole text
	view         ui.Rect // where the wheel or a drag scrolls: the text and the code's line; zero when it all fits
	wheel        float64 // wheel lines not yet scrolled
	dragID       int     // the pointer dragging the text, if dragging
	dragging     bool
	dragY        float64 // where the drag's last whole line was taken
	shown        []string
	thumb, track ui.Rect // the scroll bar
}

// overflows reports whether the selected finding's text is cut.
func (s *diagScroll) overflows() bool { return s.view.H > 0 }

// fixButtonH is the height of the Try the fix button.
const fixButtonH = 22

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
	ver      uint64
	hover    int
	fixHover bool
}

// newDiagnosisView returns the panel; start trains a fixed config from the
// start and pins the broken run as the baseline of the comparison.
func newDiagnosisView(start func(nn.Config)) *diagnosisView {
	return &diagnosisView{hover: -1, start: start, quiet: diagnose.QuietOf(nn.History{}, 0, 0)}
}

// follow takes a new snapshot: its findings, and the run a trial watches.
func (d *diagnosisView) follow(s *trainer.Snapshot, p *painter) {
	stopped := s.Run == trainer.RunDiverged || s.Run == trainer.RunFinished
	d.run = trial.Run{ID: s.RunID, Config: s.Config, Val: s.History.Val, Samples: s.Samples, Stopped: stopped, Findings: diagnose.Codes(s.Findings)}
	if d.cfgOK = false; s.Config != "" {
		cfg, err := nn.ParseConfig(s.Config)
		d.cfg, d.cfgOK = cfg, err == nil
	}
	changed := d.trial != nil && d.trial.Observe(d.run)
	train := 0
	if d.cfgOK {
		train = d.cfg.TrainSize
	}
	if !d.setFindings(s.Findings, diagnose.QuietOf(s.History, s.Samples, train), p) && changed {
		d.arrange(p)
	}
}

// tryFix starts a trial of finding f's change on the newest snapshot's run.
func (d *diagnosisView) tryFix(f diagnose.Finding, p *painter) {
	if !d.cfgOK {
		return
	}
	t, cfg, err := trial.Start(d.run, d.cfg, f)
	if err != nil {
		return // the button shows only for changes that apply
	}
	d.begin(t, cfg, p)
}

// tryNext starts the trial of the next change after a failed one.
func (d *diagnosisView) tryNext(p *painter) {
	if t, cfg, ok, _ := d.trial.TryNext(); ok {
		d.begin(t, cfg, p)
	}
}

func (d *diagnosisView) begin(t *trial.Trial, cfg nn.Config, p *painter) {
	d.trial = t
	d.start(cfg)
	d.arrange(p)
}

// trialText says where the trial is: the outcome once known.
func (d *diagnosisView) trialText() (string, color.RGBA) {
	t := d.trial
	switch {
	case t == nil:
		return "", colText
	case t.State == trial.Running:
		return t.Status(), colTextDim
	case t.Healed:
		return t.Status(), colGood
	}
	return t.Status(), colWarn
}

// resize lays the panel out in r; touch (a phone) makes the rows and the
// fix button a finger's height.
func (d *diagnosisView) resize(r ui.Rect, p *painter, touch bool) {
	d.panel, d.layout, d.touch = r, ui.DiagnosisLayout(r), touch
	d.arrange(p)
}

// rowH is the height of a collapsed finding's row, fixH that of the fix
// button.
func (d *diagnosisView) rowH() float64 {
	if d.touch {
		return ui.TouchH
	}
	return ui.FindingRowH
}

func (d *diagnosisView) fixH() float64 {
	if d.touch {
		return ui.TouchH
	}
	return fixButtonH
}

// setFindings takes the findings of a snapshot; equal ones change nothing.
// It reports whether it laid the panel out again.
func (d *diagnosisView) setFindings(fs []diagnose.Finding, quiet diagnose.Quiet, p *painter) bool {
	if sameFindings(d.findings, fs) && (len(fs) > 0 || quiet == d.quiet) {
		return false
	}
	d.findings, d.quiet = fs, quiet
	d.arrange(p)
	return true
}

func sameFindings(a, b []diagnose.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Code != y.Code || x.Severity != y.Severity || x.Message != y.Message || x.Fix != y.Fix || x.Change != y.Change {
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

// arrange wraps the trial's outcome and the selected finding into lines,
// places the fix button, and the rows of the others under them, as many
// as fit.
func (d *diagnosisView) arrange(p *painter) {
	d.ver++
	d.full, d.rows, d.more, d.fix = d.full[:0], d.rows[:0], 0, nil
	body := d.layout.Body
	f := p.fonts
	y := body.Y
	if text, col := d.trialText(); text != "" {
		for _, line := range f.regular13.wrap(text, body.W, " ") {
			d.full = append(d.full, diagLine{s: line, f: f.regular13, c: col, x: body.X, y: y + 13})
			y += diagLineH
		}
		y += 6
	}
	d.top = y
	t := d.trial
	if t != nil && t.State == trial.Done && t.Next != "" {
		d.fix = d.fixButton(t.Finding, "Try next: "+t.Next, func() { d.tryNext(p) }, p)
	}
	n := len(d.findings)
	switch {
	case n == 0:
		d.summary = ""
		if d.fix != nil {
			d.fix.rect.X, d.fix.rect.Y = body.X, y
		}
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
		rowsRoom = d.rowH() + 6 // the gap under the text, then a row
	}
	maxY := body.Bottom() - rowsRoom
	x0 := body.X + pillW(f, fd.Severity) + 8
	d.full = append(d.full, diagLine{s: fd.Code, f: f.bold13, c: colText, x: x0, y: y + 14})
	if d.fix == nil && fd.Change != "" && (t == nil || t.State != trial.Running) && d.cfgOK {
		if _, err := diagnose.Apply(d.cfg, fd.Change); err == nil {
			d.fix = d.fixButton(fd.Code, "Try the fix", func() { d.tryFix(fd, p) }, p)
		}
	}
	switch {
	case d.fix == nil:
	case x0+f.bold13.width(fd.Code)+8 <= body.Right()-d.fix.rect.W: // on the code's line, at the right
		d.fix.rect.X, d.fix.rect.Y = body.Right()-d.fix.rect.W, y
		y += max(0, d.fix.rect.H+4-22) // a finger-sized button is higher than the line
	default: // a narrow panel: under the code
		d.fix.rect.X, d.fix.rect.Y = body.X, y+22
		y += d.fix.rect.H + 6
	}
	y += 22
	y = d.placeText(fd, y, maxY, f)
	y += 6
	// The others follow the selected one in order, wrapping around, so that
	// clicking the first row walks through every finding, however few fit.
	for k := 1; k < n; k++ {
		i := (sel + k) % n
		if y+d.rowH() > body.Bottom()+1 {
			d.more++
			continue
		}
		d.rows = append(d.rows, diagRow{index: i, rect: ui.Rect{X: body.X - 6, Y: y, W: body.W + 12, H: d.rowH()}})
		y += d.rowH() + 2
	}
	switch {
	case d.scroll.overflows() && d.scroll.last < d.scroll.lines && n == 1:
		d.summary = "1 finding · scroll for more"
	case d.scroll.overflows() && d.scroll.last < d.scroll.lines: // the text in front of the user before the rows
		d.summary = fmt.Sprintf("%d findings · scroll for more", n)
	case d.more > 0:
		d.summary = fmt.Sprintf("%d findings: click a row for more", n)
	}
}

// diagLineH is the height of a line of the panel's text, of which
// diagLineSlack is under the descenders of its 13-pixel face.
const (
	diagLineH     = 17.0
	diagLineSlack = 3.0
)

// placeText lays out the selected finding's message and what to try from
// y, within maxY, and returns where they end. Text taller than the room
// shows the lines the scroll has reached, with a scroll bar beside them.
func (d *diagnosisView) placeText(fd diagnose.Finding, y, maxY float64, f *fonts) float64 {
	type textLine struct {
		s   string
		c   color.RGBA
		off float64 // from the text's top
	}
	var lines []textLine
	off := 0.0
	for _, part := range []struct {
		s   string
		c   color.RGBA
		gap float64
	}{{fd.Message, colText, 0}, {"Try: " + fd.Fix, colTextDim, 3}} {
		off += part.gap
		for _, line := range f.regular13.wrap(part.s, d.layout.Body.W, " ") {
			lines = append(lines, textLine{line, part.c, off})
			off += diagLineH
		}
	}
	sc := &d.scroll
	if sc.code != fd.Code {
		*sc = diagScroll{code: fd.Code}
	}
	sc.lines, sc.view, sc.shown = len(lines), ui.Rect{}, sc.shown[:0]
	// The last line needs no room under its descenders.
	room := max(maxY-y+diagLineSlack, diagLineH) // a line at least, on the smallest screens
	if off <= room || len(lines) < 2 {
		sc.first, sc.last = 0, len(lines)
	} else {
		// The text scrolls: the last first line is the one from which the
		// rest fits.
		lastFirst := len(lines) - 1
		for lastFirst > 0 && off-lines[lastFirst-1].off <= room {
			lastFirst--
		}
		sc.first = min(max(sc.first, 0), lastFirst)
		sc.last = sc.first
		for sc.last < len(lines) && lines[sc.last].off-lines[sc.first].off+diagLineH <= room {
			sc.last++
		}
		body := d.layout.Body
		// The wheel and a drag take the code's line and the gap under the
		// text too: a finger needs more than the one or two lines of text
		// a small phone shows (the fix button keeps its own presses).
		sc.view = ui.Rect{X: body.X, Y: d.top, W: body.W, H: y + room + 4 - d.top}
		sc.track = ui.Rect{X: body.Right() + 3, Y: y + 2, W: 3, H: room - 4}
		top, end := lines[sc.first].off/off, (lines[sc.last-1].off+diagLineH)/off
		sc.thumb = ui.Rect{X: sc.track.X, Y: sc.track.Y + top*sc.track.H, W: sc.track.W, H: (end - top) * sc.track.H}
	}
	base := y - lines[sc.first].off
	for _, l := range lines[sc.first:sc.last] {
		d.full = append(d.full, diagLine{s: l.s, f: f.regular13, c: l.c, x: d.layout.Body.X, y: base + l.off + 13})
		sc.shown = append(sc.shown, strings.TrimSpace(l.s))
	}
	if sc.overflows() {
		return max(maxY, y+diagLineH)
	}
	return min(y+off, max(maxY, y+diagLineH)) // the slack may go
}

// scrollBy scrolls the selected finding's text by n lines, down when n is
// positive, and lays the panel out again.
func (d *diagnosisView) scrollBy(n int, p *painter) {
	d.scroll.first = max(d.scroll.first+n, 0)
	d.arrange(p) // clamps first to the last line it can start with
}

// updateScroll scrolls a cut text by the wheel over it, or by a pointer
// dragging it.
func (d *diagnosisView) updateScroll(in *intents, p *painter) {
	sc := &d.scroll
	if !sc.overflows() {
		sc.dragging, sc.wheel = false, 0
		return
	}
	if in.wheelLines != 0 && in.hovers(sc.view) {
		sc.wheel += in.wheelLines
		if n := int(sc.wheel); n != 0 {
			sc.wheel -= float64(n)
			d.scrollBy(n, p)
		}
	}
	for _, e := range in.pointers {
		switch {
		case e.phase == pointerDown && sc.view.Contains(e.x, e.y) && (d.fix == nil || !d.fix.rect.Contains(e.x, e.y)):
			sc.dragging, sc.dragID, sc.dragY = true, e.id, e.y
		case !sc.dragging || e.id != sc.dragID:
		case e.phase == pointerMove:
			if n := int((sc.dragY - e.y) / diagLineH); n != 0 { // dragging up shows what is below
				sc.dragY -= float64(n) * diagLineH
				d.scrollBy(n, p)
			}
		case e.phase == pointerUp:
			sc.dragging = false
		}
	}
}

// fixButton returns the button named "fix:<code>" with label and action,
// sized to its label and not yet placed.
func (d *diagnosisView) fixButton(code, label string, onClick func(), p *painter) *button {
	return &button{name: "fix:" + code, label: label, kind: buttonPrimary, onClick: onClick,
		rect: ui.Rect{W: min(p.fonts.bold13.width(label)+24, d.layout.Body.W), H: d.fixH()}}
}

// state is the panel's view of its selected finding, for the automation
// state.
func (d *diagnosisView) state() diagnosisJSON {
	sc := &d.scroll
	if len(d.findings) == 0 {
		return diagnosisJSON{Status: d.quiet.Status, Shown: []string{d.quiet.Title, d.quiet.Text}}
	}
	return diagnosisJSON{Status: diagnosisFindings, Code: d.findings[d.selectedIndex()].Code, Shown: append([]string{}, sc.shown...), Above: sc.first, Below: sc.lines - sc.last}
}

// pillW is the width of the severity label in front of a finding.
func pillW(f *fonts, s diagnose.Severity) float64 {
	return f.bold13.width(strings.ToUpper(string(s))) + 12
}

func (d *diagnosisView) look() diagnosisLook {
	return diagnosisLook{d.ver, d.hover, d.fix != nil && d.fix.hover}
}

// hovering reports whether the pointer is over a row or the fix button.
func (d *diagnosisView) hovering() bool { return d.hover >= 0 || (d.fix != nil && d.fix.hover) }

// update highlights the row under the pointer and shows a clicked one in
// full, laying the panel out again for it.
func (d *diagnosisView) update(in *intents, p *painter) {
	d.hover = -1
	d.updateScroll(in, p)
	if b := d.fix; b != nil {
		b.update(in)
		if d.fix != b { // clicked: a trial began and the panel was laid out again
			return
		}
	}
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

// rects adds each collapsed finding's row by name, "finding:<code>", and
// the fix button, "fix:<code>".
func (d *diagnosisView) rects(m map[string]ui.Rect) {
	if d.fix != nil {
		m[d.fix.name] = d.fix.rect
	}
	if d.scroll.overflows() {
		m["diagnosis:text"] = d.scroll.view
	}
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
	if d.summary != "" { // right of the title, shortened on a narrow panel
		room := d.layout.Summary.Right() - (d.panel.X + 110)
		p.textIn(dst, f.regular13, f.regular13.ellipsize(d.summary, room), d.layout.Summary, alignRight, colTextMuted)
	}
	if len(d.findings) == 0 {
		title, text, col := d.quiet.Title, d.quiet.Text, colTextDim
		switch d.quiet.Status {
		case diagnose.QuietHealthy:
			col = colGood
		case diagnose.QuietNoCause:
			col = colWarn
		}
		for _, l := range d.full {
			p.text(dst, l.f, l.s, l.x, l.y, l.c)
		}
		y := d.top
		if d.fix != nil {
			d.fix.draw(dst, p)
			y += d.fixH() + 6
		}
		p.text(dst, f.bold13, title, body.X, y+14, col)
		for i, line := range f.regular13.wrap(text, body.W, " ") {
			if y+36+float64(i)*17 > body.Bottom()+4 {
				break
			}
			p.text(dst, f.regular13, line, body.X, y+36+float64(i)*17, colTextDim)
		}
		return
	}
	fd := d.findings[d.selectedIndex()]
	drawPill(dst, p, body.X, d.top+2, fd.Severity)
	for _, l := range d.full {
		p.text(dst, l.f, l.s, l.x, l.y, l.c)
	}
	if d.fix != nil {
		d.fix.draw(dst, p)
	}
	if sc := &d.scroll; sc.overflows() {
		p.roundRect(dst, sc.track, 1.5, colPanelBorder)
		p.roundRect(dst, sc.thumb, 1.5, colTextMuted)
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
