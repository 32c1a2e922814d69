package game

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// Pad colours: the background is near black like an MNIST image.
var (
	colPadBg      = rgb(0x050608)
	colPadOutline = rgb(0x2E3545)
	colOverlay    = color.RGBA{0x0E, 0x11, 0x16, 0xD8}
	// colBarDim fills the bars of a drawing that is not a digit: the
	// network's output is still there to see, but reads as no answer.
	colBarDim = rgb(0x2B3242)
)

// padView is the drawing pad: it turns pointer strokes into a pad.Drawing,
// keeps the screen texture of the ink and the 28x28 image the network sees
// up to date, and draws them with the prediction.
type padView struct {
	layout ui.DrawingPanel
	clear  *button
	// compactTeach: the teaching strip does not fit under the answer (a
	// short portrait phone), so it opens in the answer's place instead
	// (teacher.place).
	compactTeach bool

	drawing pad.Drawing
	pointer int  // the pointer drawing the open stroke
	inking  bool // a stroke is open
	// keepOut is a part of the pad where pressing starts no stroke (a
	// button over the pad).
	keepOut ui.Rect

	// Version of the drawing the textures and input show.
	shown   uint64
	input   [pad.NetPixels]float32
	prep    pad.Preprocessor // makes input, keeping its scratch memory
	inputOK bool             // Preprocess accepted the drawing
	// struck and flagged: Preprocess left out the slash of a 0 struck
	// through or the flag (and base) of a 1 (pad.Preprocessor.Struck,
	// Flagged), so the input lacks a stroke drawn.
	struck, flagged bool

	// padImg shows the ink at the pad's size on the screen, side device
	// pixels square (pad.Size on a 1280x800 desktop at device scale 1:
	// one pixel per pad unit).
	padImg, previewImg *ebiten.Image
	side               int
	padBuf             []float32
	padPix, prevPix    []byte

	// A misclassified validation image shown instead of the drawing (from
	// the errors view), until the user draws or clears.
	inspecting bool
	inspected  trainer.Mistake
	inspectSeq uint64 // grows with each image shown
}

// padLook is what the pad and preview are drawn from.
type padLook struct {
	drawing    uint64
	inspectSeq uint64
	inspecting bool
}

func (v *padView) look() padLook { return padLook{v.shown, v.inspectSeq, v.inspecting} }

// inspect shows a validation image on the pad, in blocks, and as the network's
// input, so that the prediction shows what the network makes of it now.
func (v *padView) inspect(m trainer.Mistake) {
	if len(m.Pixels) != pad.NetPixels {
		return
	}
	v.inspecting, v.inspected = true, m
	v.inspectSeq++
	v.inking = false
	for i, g := range m.Pixels {
		v.input[i] = float32(g) / 255
	}
	v.inputOK = true
	v.paintInspected()
}

// paintInspected shows the inspected image on the pad, each of its pixels
// a square block.
func (v *padView) paintInspected() {
	bg, ink := colPadBg, colInk
	n := v.side
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			a := v.input[(y*pad.NetSide/n)*pad.NetSide+x*pad.NetSide/n]
			o := 4 * (y*n + x)
			v.padPix[o], v.padPix[o+1], v.padPix[o+2], v.padPix[o+3] = mix(bg.R, ink.R, a), mix(bg.G, ink.G, a), mix(bg.B, ink.B, a), 0xff
		}
	}
	v.padImg.WritePixels(v.padPix)
	v.writePreview()
}

// endInspection goes back to an empty pad.
func (v *padView) endInspection() {
	if v.inspecting {
		v.inspecting = false
		v.inspectSeq++
		v.drawing.Clear()
		v.repaint()
	}
}

func newPadView(r ui.Rect, p *painter, onClear func()) *padView {
	v := &padView{
		previewImg: ebiten.NewImage(pad.NetSide, pad.NetSide),
		prevPix:    make([]byte, 4*pad.NetPixels),
	}
	v.clear = &button{name: "clear", label: "Clear", onClick: onClear}
	v.resize(r, p, ui.Desktop)
	return v
}

// resize lays the panel out in r for the screen's form, and renders the
// ink again if the pad's size on the screen changed.
func (v *padView) resize(r ui.Rect, p *painter, form ui.Form) {
	v.compactTeach = false
	clearW := p.fonts.bold13.width("Clear") + 28
	if form == ui.Desktop {
		v.layout = ui.DrawingLayout(r, clearW)
	} else {
		room, fits := teachRoom(r, clearW, form)
		v.layout = ui.PhoneDrawingLayout(room, clearW, form)
		v.compactTeach = !fits
	}
	v.clear.rect = v.layout.Clear
	side := p.devicePixels(v.layout.Pad.W) // sharp at the device's resolution
	if side == v.side {
		return
	}
	v.side = side
	if v.padImg != nil {
		v.padImg.Deallocate()
	}
	v.padImg = ebiten.NewImage(side, side)
	v.padBuf = make([]float32, side*side)
	v.padPix = make([]byte, 4*side*side)
	if v.inspecting {
		v.paintInspected()
		v.inspectSeq++ // drawn afresh
		return
	}
	v.repaint()
}

// toPad converts a screen position to pad units.
func (v *padView) toPad(x, y float64) pad.Point {
	l := v.layout.Pad
	k := pad.Size / l.W
	return pad.Point{X: float32((x - l.X) * k), Y: float32((y - l.Y) * k)}
}

// update draws with the pointers: a stroke starts where a pointer goes down
// on the pad and follows that pointer (leaving the pad clamps it to the
// edge) until it is released. Other pointers are ignored meanwhile.
func (v *padView) update(in *intents) {
	v.clear.update(in)
	for _, e := range in.pointers {
		if e.phase == pointerDown && v.inspecting && v.layout.Pad.Contains(e.x, e.y) && !v.keepOut.Contains(e.x, e.y) {
			v.endInspection()
		}
		switch {
		case e.phase == pointerDown && !v.inking && v.layout.Pad.Contains(e.x, e.y) && !v.keepOut.Contains(e.x, e.y):
			v.inking, v.pointer = true, e.id
			v.drawing.BeginStroke(v.toPad(e.x, e.y))
		case e.phase == pointerMove && v.inking && e.id == v.pointer:
			v.drawing.ExtendStroke(v.toPad(e.x, e.y))
		case e.phase == pointerUp && v.inking && e.id == v.pointer:
			v.drawing.ExtendStroke(v.toPad(e.x, e.y))
			v.drawing.EndStroke()
			v.inking = false
		}
	}
	if v.drawing.Version() != v.shown {
		v.repaint()
	}
}

// clearDrawing removes the ink and ends any stroke in progress.
func (v *padView) clearDrawing() {
	v.endInspection()
	v.drawing.Clear()
	v.inking = false
}

// repaint renders the ink and the network's input into their textures, like
// the paint example paints its canvas in Update.
func (v *padView) repaint() {
	if v.inspecting { // drawn over by strokes from elsewhere (automation)
		v.inspecting = false
		v.inspectSeq++
	}
	v.shown = v.drawing.Version()
	pad.RenderPad(&v.drawing, v.padBuf, v.side, 0)
	paintCoverage(v.padPix, v.padBuf, colPadBg, colInk)
	v.padImg.WritePixels(v.padPix)
	v.inputOK = v.prep.Preprocess(&v.drawing, &v.input)
	v.struck, v.flagged = v.prep.Struck(), v.prep.Flagged()
	v.writePreview()
}

// writePreview puts the network's input into the preview texture.
func (v *padView) writePreview() {
	for i, a := range v.input {
		g := mix(0, 0xff, a)
		v.prevPix[4*i], v.prevPix[4*i+1], v.prevPix[4*i+2], v.prevPix[4*i+3] = g, g, g, 0xff
	}
	v.previewImg.WritePixels(v.prevPix)
}

// paintCoverage writes an opaque pixel of pix for each coverage value of
// cov: mix's blend of bg and ink by it. Most of a pad is blank (and all of
// it at every start), so the values 0 or less and 1 or more, where mix
// gives bg and ink exactly, skip its arithmetic.
func paintCoverage(pix []byte, cov []float32, bg, ink color.RGBA) {
	for i, a := range cov {
		p := pix[4*i : 4*i+4 : 4*i+4]
		switch {
		case a <= 0:
			p[0], p[1], p[2] = bg.R, bg.G, bg.B
		case a >= 1:
			p[0], p[1], p[2] = ink.R, ink.G, ink.B
		default:
			p[0], p[1], p[2] = mix(bg.R, ink.R, a), mix(bg.G, ink.G, a), mix(bg.B, ink.B, a)
		}
		p[3] = 0xff
	}
}

func mix(a, b uint8, t float32) uint8 {
	t = min(max(t, 0), 1)
	return uint8(math.Round(float64(a) + float64(t)*(float64(b)-float64(a))))
}

// prediction is what the network makes of the drawing.
type prediction struct {
	ready bool // the network has weights
	// noNet: there are none and none will come (the trainer failed).
	noNet bool
	empty bool // nothing to classify: the pad is empty or holds a stray dot
	// verdict says whether the pad holds a digit (pad.Checker); why is the
	// checker's reason when it does not.
	verdict pad.Verdict
	why     string
	// unsure: the checker took the drawing for a digit, but only just
	// (pad.Judgement.Unsure); the pad says so under the answer.
	unsure bool
	label  int // -1 unless the network has read a digit
	// also is the class the answer could also be (pad.AlsoOf: the
	// checker's subspaces dispute the answer, alsoByChecker, or
	// pad.Reader's views doubt it), else -1; the pad says so under the
	// answer.
	also          int
	alsoByChecker bool
	// suggest: the pad doubts the answer (also) and the network is not
	// draw-robust's, which reads drawings better (see readsDrawings); the
	// pad says so under the doubts, where there is room.
	suggest bool
	probs   [nn.Classes]float32
	// struck: the network's input is a drawn 0 without the slash struck
	// through it (pad.Preprocessor.Struck); flagged: a drawn 1 without
	// its flag and base (pad.Preprocessor.Flagged). The Why tab says so.
	struck, flagged bool
	// checking: the pad holds ink, but the not-a-digit checker is still
	// loading, so nothing is read yet (ready is false).
	checking bool
}

// notDigit reports whether the pad holds ink that is not a digit.
func (pr *prediction) notDigit() bool { return !pr.empty && pr.verdict == pad.NotDigit }

// verdictString is the verdict in the state's words: "empty", "digit",
// "not-a-digit", or "checking" while the checker loads.
func (pr *prediction) verdictString() string {
	if pr.empty {
		return pad.Empty.String()
	}
	if pr.checking {
		return "checking"
	}
	return pr.verdict.String()
}

// padTitle is the drawing panel's title.
const padTitle = "Draw a digit"

// drawChrome draws what changes only with the layout: the panel, its
// titles and labels, the outlines of the pad and the preview, the bar
// tracks and the note.
func (v *padView) drawChrome(dst *ebiten.Image, p *painter, panel ui.Rect) {
	f := p.fonts
	l := v.layout
	p.panel(dst, panel, 10, colPanel, colPanelBorder)
	if !l.Title.Empty() { // a landscape phone has no room for it
		p.textIn(dst, f.bold15, padTitle, l.Title, alignLeft, colText)
	}
	p.rect(dst, ui.Rect{X: l.Pad.X - 1, Y: l.Pad.Y - 1, W: l.Pad.W + 2, H: l.Pad.H + 2}, colPadOutline)
	if !l.PreviewLabel.Empty() {
		p.textIn(dst, f.regular13, "Network input 28×28", l.PreviewLabel, alignLeft, colTextDim)
	}
	if pv := l.Preview; !pv.Empty() { // the compact teaching strip may take its place
		p.rect(dst, ui.Rect{X: pv.X - 1, Y: pv.Y - 1, W: pv.W + 2, H: pv.H + 2}, colPadOutline)
	}
	if !l.GuessLabel.Empty() {
		p.textIn(dst, f.regular13, "Prediction", l.GuessLabel, alignLeft, colTextDim)
	}
	if !l.BarsTitle.Empty() {
		p.textIn(dst, f.bold13, "Class probabilities", l.BarsTitle, alignLeft, colTextDim)
	}
	for _, row := range l.Bars {
		if row.Empty() {
			break // no room for the bars
		}
		_, track, _ := ui.BarRow(row)
		p.roundRect(dst, track, 3, colRaised)
	}
	if !l.BarsNote.Empty() {
		p.textIn(dst, f.regular13, "Keys: Space train/pause · S step · R reset · C clear", l.BarsNote, alignLeft, colTextMuted)
	}
}

// drawPad draws the ink at the pad's size and what the network sees at
// the preview's (3x to 5x), with a faint pixel grid.
func (v *padView) drawPad(c *canvas, p *painter) {
	dst := c.dst
	l := v.layout
	c.restore(l.Pad)
	p.image(dst, v.padImg, l.Pad, ebiten.FilterNearest)
	switch {
	case v.inspecting:
		m := v.inspected
		note := ui.Rect{X: l.Pad.X, Y: l.Pad.Bottom() - 24, W: l.Pad.W, H: 24}
		p.rect(dst, note, colOverlay)
		f := p.fonts.regular13
		p.textIn(dst, f, f.ellipsize(fmt.Sprintf("a %d read as %d · draw to go back", m.Label, m.Predicted), note.W-8), note, alignCenter, colText)
	case v.drawing.Empty():
		// The longest hint that fits in the pad: text outside it would
		// stay when the pad is drawn over.
		f := p.fonts.regular13
		hint := "draw here"
		for _, h := range []string{"draw here with the mouse or a finger", "draw a digit here"} {
			if f.width(h) <= l.Pad.W-16 {
				hint = h
				break
			}
		}
		p.textIn(dst, f, f.ellipsize(hint, l.Pad.W-8), l.Pad, alignCenter, colTextMuted)
	}

	pv := l.Preview
	if pv.Empty() {
		return
	}
	c.restore(pv)
	p.image(dst, v.previewImg, pv, ebiten.FilterNearest)
	cell := pv.W / pad.NetSide
	for i := 1; i < pad.NetSide; i++ {
		p.vline(dst, pv.X+float64(i)*cell, pv.Y, pv.Bottom(), colGridOverlay)
		p.hline(dst, pv.X, pv.Right(), pv.Y+float64(i)*cell, colGridOverlay)
	}
}

// guessArea is where the guess is drawn: the layout's room for it, a little
// wider, as the big digit and the lines of text are placed by their
// baselines.
func (v *padView) guessArea() ui.Rect {
	g := v.layout.Guess
	return ui.Rect{X: g.X - 4, Y: g.Y, W: g.W + 8, H: g.H + 8}
}

// barsArea is where the bars' labels, fills and percentages are drawn.
func (v *padView) barsArea() ui.Rect {
	b := v.layout.Bars
	r := b[0]
	for _, row := range b[1:] { // one column on the desktop, two on a phone
		x, y := math.Min(r.X, row.X), math.Min(r.Y, row.Y)
		r = ui.Rect{X: x, Y: y, W: math.Max(r.Right(), row.Right()) - x, H: math.Max(r.Bottom(), row.Bottom()) - y}
	}
	return r
}

// drawPrediction draws the guess and a bar per class.
func (v *padView) drawPrediction(c *canvas, p *painter, pr *prediction) {
	dst := c.dst
	f := p.fonts
	l := v.layout
	if l.Guess.Empty() { // the compact teaching strip took its place
		return
	}
	c.restore(v.guessArea())
	switch {
	case pr.notDigit():
		v.drawNotDigit(dst, f, p, pr.why)
	case !pr.ready:
		wait := "waiting for the network…"
		switch {
		case pr.noNet:
			wait = "no network: training is unavailable"
		case pr.checking:
			wait = "loading the digit checker…"
		}
		for i, line := range f.regular13.wrap(wait, l.Guess.W, " ") {
			p.text(dst, f.regular13, line, l.Guess.X, l.Guess.Y+24+float64(i)*18, colTextMuted)
		}
	case pr.empty:
		p.textIn(dst, f.regular15, "draw a digit", l.Guess, alignLeft, colTextMuted)
	default:
		d := string(rune('0' + pr.label))
		g := f.digits96
		x, top := v.answerColumn(f, pr)
		p.text(dst, g, d, l.Guess.X, top-f.bold15.capHeight+g.capHeight, colAccent)
		p.text(dst, f.bold15, ui.FormatPercent(float64(pr.probs[pr.label])), x, top, colText)
		p.text(dst, f.regular13, "confidence", x, top+18, colTextMuted)
		lines, link := v.doubtLines(f.regular13, pr, l.Guess.Right()-x, top+doubtsBelow)
		for i, line := range lines {
			y := top + doubtsBelow + float64(i)*doubtLineH
			if i < link {
				p.text(dst, f.regular13, line, x, y, colWarn)
				continue
			}
			p.text(dst, f.regular13, line, x, y, colAccent)
			p.hline(dst, x, x+f.regular13.width(strings.TrimSpace(line)), y+2, colAccent)
		}
	}

	if l.Bars[0].Empty() {
		return // no room for the bars
	}
	c.restore(v.barsArea())
	for k, row := range l.Bars {
		label, track, pct := ui.BarRow(row)
		top := pr.ready && !pr.empty && k == pr.label
		lc := colTextDim
		switch {
		case top:
			lc = colText
		case pr.notDigit():
			lc = colTextMuted
		}
		p.textIn(dst, f.bold15, string(rune('0'+k)), label, alignCenter, lc)
		txt := "–"
		if pr.ready && !pr.empty {
			pv := float64(pr.probs[k])
			txt = ui.FormatPercent(pv)
			if w := math.Round(track.W * pv); w >= 1 {
				bc := colBar
				switch {
				case top:
					bc = colAccent
				case pr.notDigit():
					bc = colBarDim
				}
				p.roundRect(dst, ui.Rect{X: track.X, Y: track.Y, W: math.Max(w, 3), H: track.H}, 3, bc)
			}
		}
		p.textIn(dst, f.regular13, txt, pct, alignRight, lc)
	}
}

// unsureText is what the pad adds under an answer when the checker took
// the drawing for a digit only just: the answer is shown, and so is the
// doubt, rather than a confident digit or a wrong "not a digit".
var unsureText = [2]string{"not sure this is a digit", "a digit?"}

// suggestion is the preset the pad suggests under the answer, or "".
func (pr *prediction) suggestion() string {
	if pr.label < 0 || !pr.suggest {
		return ""
	}
	return drawingPreset
}

// alsoLabel is the class the answer could also be, or -1.
func (pr *prediction) alsoLabel() int {
	if pr.label < 0 {
		return -1
	}
	return pr.also
}

// alsoBy names what doubts the answer: "checker" (its subspaces dispute
// it), "views" (the network's own views), or "" when nothing does.
func (pr *prediction) alsoBy() string {
	switch {
	case pr.alsoLabel() < 0:
		return ""
	case pr.alsoByChecker:
		return "checker"
	}
	return "views"
}

// doubts are what the pad adds under an answer it doubts, each in a long
// and a short form: the checker's (unsureText), then the views' ("could
// also be a 0").
func (pr *prediction) doubts() [][2]string {
	if pr.label < 0 {
		return nil
	}
	var d [][2]string
	if pr.unsure {
		d = append(d, unsureText)
	}
	if k := pr.alsoLabel(); k >= 0 {
		d = append(d, alsoText[k])
	}
	return d
}

// suggestText is what the pad adds under the doubts when the network
// reading the drawing is not the one the lab recommends for drawings,
// long and short.
var suggestText = [2]string{"the draw-robust preset reads drawings better", "try draw-robust"}

// drawingPreset is the preset the pad recommends for reading drawings.
const drawingPreset = "draw-robust"

// readsDrawings reports whether cfg is the preset the pad recommends for
// drawings, whatever its seed.
func readsDrawings(cfg nn.Config) bool {
	p, err := nn.LookupPreset(drawingPreset)
	if err != nil {
		return false
	}
	want := p.Config.Clone()
	want.Seed = cfg.Seed
	return cfg.Equal(want)
}

// doubtLineH is the spacing of the doubts' lines, and doubtsBelow how
// far under the confidence's baseline the first one is.
const (
	doubtLineH  = 16
	doubtsBelow = 40
)

// answerColumn returns where the text right of the answer's big digit
// starts: its left edge and the confidence's baseline.
func (v *padView) answerColumn(f *fonts, pr *prediction) (x, top float64) {
	g, l := f.digits96, v.layout.Guess
	base := math.Round(l.CenterY() + g.capHeight/2)
	return l.X + g.width(string(rune('0'+pr.label))) + 10, base - g.capHeight + f.bold15.capHeight
}

// suggestRect is where a press loads the suggested preset: the
// suggestion's lines under the answer, made at least ui.TouchH tall (a finger's target) (a
// little past the guess's area where it is shorter, as on a landscape
// phone), or an empty rectangle when the pad shows none.
func (v *padView) suggestRect(f *fonts, pr *prediction) ui.Rect {
	l := v.layout.Guess
	if l.Empty() || pr.suggestion() == "" || pr.notDigit() || !pr.ready || pr.empty {
		return ui.Rect{}
	}
	x, top := v.answerColumn(f, pr)
	face := f.regular13
	lines, link := v.doubtLines(face, pr, l.Right()-x, top+doubtsBelow)
	if link >= len(lines) {
		return ui.Rect{}
	}
	first := top + doubtsBelow + float64(link)*doubtLineH
	last := top + doubtsBelow + float64(len(lines)-1)*doubtLineH
	r := ui.Rect{X: x, Y: first - face.ascent, H: last + face.descent + 2 - (first - face.ascent)}
	for _, line := range lines[link:] {
		r.W = max(r.W, face.width(strings.TrimSpace(line)))
	}
	if grow := ui.TouchH - r.H; grow > 0 {
		r.Y -= grow / 2
		r.H = ui.TouchH
	}
	g := v.guessArea()
	x0, x1 := max(r.X, g.X), min(r.Right(), g.Right())
	return ui.Rect{X: x0, Y: r.Y, W: max(0, x1-x0), H: r.H}
}

// doubtLines wraps the doubts to width from the baseline y down, in the
// longest forms that fit in the guess's area: both long, the views' short,
// both short, then the views' alone; none when nothing fits
// (TestDoubtsFitUnderTheAnswer checks that the views' fits on every
// screen).
func (v *padView) doubtLines(f *face, pr *prediction, width, y float64) (lines []string, link int) {
	d := pr.doubts()
	if len(d) == 0 {
		return nil, 0
	}
	rows := int((v.guessArea().Bottom()-f.descent-y)/doubtLineH) + 1
	lines = fitDoubts(f, d, width, rows)
	if !pr.suggest || lines == nil {
		return lines, len(lines)
	}
	// The suggestion comes last: in its long form if that fits under the
	// doubts, else in its short form, the doubts in shorter forms if they
	// must make room; without it if the doubts cannot.
	for _, form := range suggestText {
		more := f.wrap(form, width, " ")
		if slices.ContainsFunc(more, func(l string) bool { return f.width(strings.TrimSpace(l)) > width }) {
			continue
		}
		if len(lines)+len(more) <= rows {
			return append(lines, more...), len(lines)
		}
		if form == suggestText[1] {
			if fewer := fitDoubts(f, d, width, rows-len(more)); fewer != nil {
				return append(fewer, more...), len(fewer)
			}
		}
	}
	return lines, len(lines)
}

// fitDoubts wraps the doubts d into at most rows lines of width, in the
// longest forms that fit (see doubtLines), or returns nil.
func fitDoubts(f *face, d [][2]string, width float64, rows int) (lines []string) {
	tries := [][]int{{0, 0}, {0, 1}, {1, 1}, {-1, 1}, {-1, 0}}
	if len(d) == 1 {
		tries = [][]int{{-1, 0}, {-1, 1}}
	}
	for _, try := range tries {
		lines = lines[:0]
		wide := false // a word wider than the column
		for i, form := range try {
			if form < 0 {
				continue
			}
			for _, line := range f.wrap(d[i+len(d)-len(try)][form], width, " ") {
				wide = wide || f.width(line) > width
				lines = append(lines, line)
			}
		}
		if !wide && len(lines) <= rows {
			return lines
		}
	}
	return nil
}

// alsoText is what the pad says under a doubted answer, for each class
// it could also be, long and short ("an 8"): made once, as the pad is
// drawn every frame.
var alsoText = func() (t [nn.Classes][2]string) {
	for k := range t {
		a := "a"
		if k == 8 {
			a = "an"
		}
		t[k] = [2]string{fmt.Sprintf("could also be %s %d", a, k), fmt.Sprintf("or %s %d?", a, k)}
	}
	return t
}()

// notDigitText is what the pad says of a drawing the checker rejects.
const notDigitText = "That doesn't look like a digit"

// drawNotDigit says in the guess area that the drawing is not a digit, and
// why (the checker's reason) when the reason fits under it.
func (v *padView) drawNotDigit(dst *ebiten.Image, f *fonts, p *painter, why string) {
	g := v.layout.Guess
	const lineH = 18
	y := g.Y + 20
	for _, line := range f.bold15.wrap(notDigitText, g.W, " ") {
		p.text(dst, f.bold15, line, g.X, y, colWarn)
		y += lineH
	}
	if why == "" {
		return
	}
	lines := f.regular13.wrap(strings.ToUpper(why[:1])+why[1:], g.W, " ")
	if y+float64(len(lines)-1)*lineH > g.Bottom()+4 {
		return // no room: the heading alone
	}
	for _, line := range lines {
		p.text(dst, f.regular13, line, g.X, y, colTextDim)
		y += lineH
	}
}
