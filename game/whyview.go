package game

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/evidence"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// Colours of the evidence map: ink that pushed the answer towards the
// winner in red, towards the runner-up in blue, over a faint copy of the
// image.
var (
	colTowards = rgb(0xFF5A4F)
	colAgainst = rgb(0x4C8DFF)
)

// whyView shows the evidence behind the network's answer to what the pad
// holds, a drawing or a misread image from the Errors tab: the image, the
// map of the pixels that pushed the answer towards the winner and towards
// the runner-up (package evidence), the training images closest to it
// (asked of the trainer, which holds them), and a sentence built from
// these facts. It measures only while it is the selected tab.
type whyView struct {
	noPointer
	panel  ui.Rect
	layout whyLayout
	source func() padCase             // what the pad holds and the network makes of it
	ask    func(trainer.Command) bool // sends a neighbours query to the trainer

	measured bool    // the fields below describe key
	key      predKey // of the case measured
	img      [pad.NetPixels]float32
	c        evidence.Case
	m        evidence.Map
	expl     evidence.Explanation

	// The neighbours query: the image asked about, whether it is still to
	// be sent (the pad changed), and the answer for it (nil until then).
	query   [nn.Inputs]byte
	pending bool
	near    []trainer.Neighbour
	labels  []int // near's labels, for the state

	inputImg, mapImg, nearImg *ebiten.Image
	pix, nearPix              []byte

	// lines is the sentence wrapped to the layout, cached with the text
	// and width it was wrapped for.
	lines      []string
	linesOf    string
	linesWidth float64

	userVer, dataVer uint64 // see look
}

// padCase is what the pad holds and what the network makes of it, as the
// Why tab explains it.
type padCase struct {
	key      predKey
	img      *[pad.NetPixels]float32
	pred     *prediction
	net      *nn.Network // nil before the first weights
	truth    int         // the label of an inspected MNIST image, -1 for a drawing
	inking   bool        // a stroke is open
	diverged bool
}

// padCase returns what the Why tab explains: the pad's image and the
// network's answer to it, brought up to date first (the views update
// before the pad, so the last prediction may predate this tick's weights),
// so that the tab and the pad's bars show the same answer.
func (a *App) padCase() padCase {
	a.predict()
	c := padCase{key: a.predKey, img: &a.padV.input, pred: &a.pred, net: a.cls.net, truth: -1, inking: a.padV.inking}
	if a.padV.inspecting {
		c.truth = a.padV.inspected.Label
	}
	c.diverged = a.runState() == trainer.RunDiverged
	return c
}

func newWhyView(source func() padCase, ask func(trainer.Command) bool) *whyView {
	return &whyView{
		source: source, ask: ask, labels: []int{},
		inputImg: ebiten.NewImage(pad.NetSide, pad.NetSide),
		mapImg:   ebiten.NewImage(pad.NetSide, pad.NetSide),
		nearImg:  ebiten.NewImage(trainer.NeighboursK*pad.NetSide, pad.NetSide),
		pix:      make([]byte, 4*pad.NetPixels),
		nearPix:  make([]byte, 4*trainer.NeighboursK*pad.NetPixels),
	}
}

// whyLayout is where the parts of the Why tab go.
type whyLayout struct {
	Title                ui.Rect
	InputLabel, MapLabel ui.Rect
	Input, Map           ui.Rect // squares
	Legend               ui.Rect // under the map: what the colours mean
	NearTitle            ui.Rect
	Thumbs, Captions     []ui.Rect
	Sentence             ui.Rect
}

// layWhy lays the tab out in p: the image and its map side by side, the
// closest training images in a row, the sentence under them. On a screen
// much wider than high (a phone on its side) the pictures go left, and
// the neighbours (without their title) and the sentence right of them.
// wideWordsW is the least width of the words beside the images in a wide
// layout: the legend's two entries.
const wideWordsW = 200

func layWhy(p ui.Rect) whyLayout {
	const labelH, legendH, nearTitleH, captionH, gap, lineH = 16.0, 16.0, 18.0, 15.0, 8.0, 17.0
	var l whyLayout
	in := p.Inset(ui.PanelPad)
	l.Title, in = in.CutTop(20, 6)
	wide := in.W > 2.4*in.H
	var side float64
	if wide {
		// The images leave the words at least wideWordsW.
		side = math.Floor(math.Max(28, math.Min(math.Min(140, in.H-labelH-4), (in.W-12-16-wideWordsW)/2)))
	} else {
		// Room for the neighbours' row and two lines of the sentence.
		below := legendH + gap + nearTitleH + 4 + 42 + 2 + captionH + gap + 2*lineH
		side = math.Floor(math.Max(28, math.Min(math.Min(140, (in.W-12)/2), in.H-labelH-4-below)))
	}
	l.InputLabel = ui.Rect{X: in.X, Y: in.Y, W: side, H: labelH}
	l.MapLabel = ui.Rect{X: in.X + side + 12, Y: in.Y, W: side, H: labelH}
	l.Input = ui.Rect{X: in.X, Y: in.Y + labelH + 4, W: side, H: side}
	l.Map = ui.Rect{X: l.MapLabel.X, Y: l.Input.Y, W: side, H: side}
	var words ui.Rect // the neighbours and the sentence
	if wide {
		_, right := in.CutLeft(2*side+12, 16)
		l.Legend, words = right.CutTop(legendH, 4)
	} else {
		l.Legend = ui.Rect{X: in.X, Y: l.Input.Bottom() + 4, W: in.W, H: legendH}
		words = ui.Rect{X: in.X, Y: l.Legend.Bottom() + gap, W: in.W, H: in.Bottom() - l.Legend.Bottom() - gap}
		l.NearTitle, words = words.CutTop(nearTitleH, 4)
	}
	thumb := math.Floor(math.Min(42, (words.W-float64(trainer.NeighboursK-1)*8)/trainer.NeighboursK))
	if wide {
		thumb = math.Floor(math.Max(12, math.Min(thumb, words.H-2-captionH)))
	}
	for k := 0; k < trainer.NeighboursK; k++ {
		x := words.X + float64(k)*(thumb+8)
		l.Thumbs = append(l.Thumbs, ui.Rect{X: x, Y: words.Y, W: thumb, H: thumb})
		l.Captions = append(l.Captions, ui.Rect{X: x - 4, Y: words.Y + thumb + 2, W: thumb + 8, H: captionH})
	}
	top := words.Y + thumb + 2 + captionH + gap
	l.Sentence = ui.Rect{X: words.X, Y: top, W: words.W, H: words.Bottom() - top}
	if wide && l.Sentence.H < 2*lineH { // too short for the sentence under the row: beside it
		left := float64(trainer.NeighboursK)*(thumb+8) + 8
		l.Sentence = ui.Rect{X: words.X + left, Y: words.Y, W: words.W - left, H: words.H}
	}
	return l
}

func (v *whyView) resize(s *ui.Screen) {
	v.panel, v.layout = s.Content, layWhy(s.Content)
}

// look: the image and the neighbours follow what the user does, the
// network's answer to an unchanged image the training.
func (v *whyView) look() tabLook { return tabLook{user: v.userVer, data: v.dataVer} }

// follow takes the trainer's answer to the last neighbours query.
func (v *whyView) follow(f *feed) {
	if f.snap == nil || f.snap.Neighbours == nil || !bytes.Equal(f.snap.Neighbours.Image, v.query[:]) {
		return
	}
	near := f.snap.Neighbours.Near
	if sameNeighbours(near, v.near) && v.near != nil {
		return
	}
	v.near = near
	v.labels = v.labels[:0]
	for _, n := range near {
		v.labels = append(v.labels, n.Label)
	}
	clear(v.nearPix)
	stride := trainer.NeighboursK * pad.NetSide
	for k, n := range near[:min(len(near), trainer.NeighboursK)] {
		for i, g := range n.Pixels[:min(len(n.Pixels), pad.NetPixels)] {
			o := 4 * ((i/pad.NetSide)*stride + k*pad.NetSide + i%pad.NetSide)
			v.nearPix[o], v.nearPix[o+1], v.nearPix[o+2], v.nearPix[o+3] = g, g, g, 0xff
		}
	}
	v.nearImg.WritePixels(v.nearPix)
	v.explain()
	v.userVer++
}

func sameNeighbours(a, b []trainer.Neighbour) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Neighbour != b[i].Neighbour {
			return false
		}
	}
	return true
}

// update measures the case when the pad's image or the network changed,
// and asks the trainer for the image's neighbours once no stroke is open.
func (v *whyView) update(*intents) {
	c := v.source()
	if !v.measured || c.key != v.key {
		image := !v.measured || c.key.version != v.key.version || c.key.inspect != v.key.inspect || c.key.runID != v.key.runID
		if image {
			v.near, v.labels = nil, v.labels[:0]
		}
		v.measure(&c)
		if image {
			v.pending = v.c.Verdict != pad.Empty
			v.userVer++
		} else {
			v.dataVer++
		}
	}
	if v.pending && !c.inking {
		for i, a := range v.img {
			v.query[i] = mix(0, 0xff, a)
		}
		v.pending = !v.ask(trainer.Command{Op: trainer.OpNeighbours, Image: &v.query})
	}
}

// measure takes the case c: the verdict and probabilities, and the map of
// the two most probable classes when the network has weights.
func (v *whyView) measure(c *padCase) {
	v.measured, v.key = true, c.key
	v.img = *c.img
	pr := c.pred
	v.c = evidence.Case{Verdict: pr.verdict, Why: pr.why, Ready: pr.ready, Diverged: c.diverged, Probs: pr.probs, Truth: c.truth,
		Disputed: pr.alsoByChecker && pr.alsoLabel() >= 0, Nearest: pr.also, Struck: pr.struck, Flagged: pr.flagged}
	if pr.empty {
		v.c.Verdict = pad.Empty
	}
	if pr.ready && !pr.empty && c.net != nil {
		win, second := evidence.Top2(&pr.probs)
		evidence.Saliency(c.net, &v.img, win, second, &v.m)
		v.c.Map = &v.m
	}
	v.paint()
	v.explain()
}

// explain builds the sentence from the case and the neighbours.
func (v *whyView) explain() {
	v.c.Neighbours = v.c.Neighbours[:0]
	for _, n := range v.near {
		v.c.Neighbours = append(v.c.Neighbours, n.Neighbour)
	}
	v.expl = evidence.Explain(&v.c)
}

// paint writes the image and the map into their textures: the map is the
// image, faint, with each pixel's share of the answer in red (towards the
// winner) or blue (towards the runner-up), as strong as its size against
// the largest.
func (v *whyView) paint() {
	for i, a := range v.img {
		g := mix(0, 0xff, a)
		v.pix[4*i], v.pix[4*i+1], v.pix[4*i+2], v.pix[4*i+3] = g, g, g, 0xff
	}
	v.inputImg.WritePixels(v.pix)
	var peak float32
	if v.c.Map != nil {
		peak = v.m.Peak()
	}
	for i, a := range v.img {
		base := mix(colPadBg.R, 0x50, a)
		col := color.RGBA{base, base, base, 0xff}
		if peak > 0 {
			s := v.m[i] / peak
			hue := colTowards
			if s < 0 {
				hue, s = colAgainst, -s
			}
			t := float32(math.Sqrt(float64(s))) // faint shares stay visible
			col = color.RGBA{mix(col.R, hue.R, t), mix(col.G, hue.G, t), mix(col.B, hue.B, t), 0xff}
		}
		v.pix[4*i], v.pix[4*i+1], v.pix[4*i+2], v.pix[4*i+3] = col.R, col.G, col.B, 0xff
	}
	v.mapImg.WritePixels(v.pix)
}

// nearRow is the row of the neighbours' thumbnails and captions.
func (v *whyView) nearRow() ui.Rect {
	l := v.layout
	first, last := l.Captions[0], l.Captions[len(l.Captions)-1]
	return ui.Rect{X: first.X, Y: l.Thumbs[0].Y, W: last.Right() - first.X, H: last.Bottom() - l.Thumbs[0].Y}
}

// shown returns the explanation and the neighbours' labels (do not
// modify them), for the state; ok is false before the first measure.
func (v *whyView) shown() (e evidence.Explanation, labels []int, ok bool) {
	return v.expl, v.labels, v.measured
}

func (v *whyView) drawChrome(dst *ebiten.Image, p *painter) {
	f := p.fonts
	l := v.layout
	p.panel(dst, v.panel, 10, colPanel, colPanelBorder)
	p.textIn(dst, f.bold15, "Why this answer", l.Title, alignLeft, colText)
	p.textIn(dst, f.regular13, fitLabel(f.regular13, l.InputLabel.W, "Network input", "Input"), l.InputLabel, alignLeft, colTextDim)
	p.textIn(dst, f.regular13, fitLabel(f.regular13, l.MapLabel.W, "Evidence", "Map"), l.MapLabel, alignLeft, colTextDim)
	for _, r := range []ui.Rect{l.Input, l.Map} {
		p.rect(dst, ui.Rect{X: r.X - 1, Y: r.Y - 1, W: r.W + 2, H: r.H + 2}, colPadOutline)
	}
	if !l.NearTitle.Empty() {
		p.textIn(dst, f.bold13, "Closest training images", l.NearTitle, alignLeft, colTextDim)
	}
}

// fitLabel returns long if it fits in w, else short.
func fitLabel(f *face, w float64, long, short string) string {
	if f.width(long) <= w {
		return long
	}
	return short
}

func (v *whyView) draw(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	l := v.layout
	sub := ui.Rect{X: l.Title.X + f.bold15.width("Why this answer") + 8, Y: l.Title.Y, W: l.Title.W - f.bold15.width("Why this answer") - 8, H: l.Title.H}
	c.restore(sub)
	c.restore(l.Input)
	c.restore(l.Map)
	c.restore(l.Legend)
	c.restore(v.nearRow())
	c.restore(ui.Rect{X: l.Sentence.X - 2, Y: l.Sentence.Y, W: l.Sentence.W + 4, H: l.Sentence.H + 4})

	e := v.expl
	if v.c.Truth >= 0 {
		p.textIn(dst, f.regular13, f.regular13.ellipsize("of a validation image from the Errors tab", sub.W), sub, alignLeft, colTextMuted)
	} else {
		p.textIn(dst, f.regular13, f.regular13.ellipsize("of the drawing on the pad", sub.W), sub, alignLeft, colTextMuted)
	}
	empty := v.c.Verdict == pad.Empty
	if empty { // dark, as the pad is
		p.rect(dst, l.Input, colPadBg)
		p.rect(dst, l.Map, colPadBg)
	} else {
		for _, r := range []struct {
			img *ebiten.Image
			at  ui.Rect
		}{{v.inputImg, l.Input}, {v.mapImg, l.Map}} {
			p.image(dst, r.img, r.at, ebiten.FilterNearest)
		}
	}
	if e.Winner >= 0 && v.c.Map != nil {
		lg := l.Legend
		a := fmt.Sprintf("red: towards %d", e.Winner)
		b := fmt.Sprintf("blue: towards %d", e.RunnerUp)
		if f.regular13.width(a)+14+f.regular13.width(b) > lg.W { // a narrow panel
			a, b = fmt.Sprintf("red: %d", e.Winner), fmt.Sprintf("blue: %d", e.RunnerUp)
		}
		p.text(dst, f.regular13, a, lg.X, baselineIn(f.regular13, lg), colTowards)
		p.text(dst, f.regular13, b, lg.X+f.regular13.width(a)+14, baselineIn(f.regular13, lg), colAgainst)
	}

	switch {
	case len(v.near) > 0:
		for k, n := range v.near {
			if k >= len(l.Thumbs) {
				break
			}
			t := l.Thumbs[k]
			p.image(dst, v.nearImg.SubImage(image.Rect(k*pad.NetSide, 0, (k+1)*pad.NetSide, pad.NetSide)).(*ebiten.Image), t, ebiten.FilterLinear)
			col := colTextDim
			if n.Label == e.Winner {
				col = colText
			}
			p.textIn(dst, f.bold13, fmt.Sprint(n.Label), l.Captions[k], alignCenter, col)
		}
	case !empty:
		p.textIn(dst, f.regular13, "looking…", v.nearRow(), alignLeft, colTextMuted)
	}

	if v.linesOf != e.Sentence || v.linesWidth != l.Sentence.W {
		v.lines, v.linesOf, v.linesWidth = f.regular13.wrap(e.Sentence, l.Sentence.W, " "), e.Sentence, l.Sentence.W
	}
	const lineH = 17
	y := l.Sentence.Y + 13
	for i, line := range v.lines {
		if y > l.Sentence.Bottom() {
			break
		}
		if i < len(v.lines)-1 && y+lineH > l.Sentence.Bottom() { // the last line that fits, cut short
			line = f.regular13.ellipsize(line+" …", l.Sentence.W)
		}
		p.text(dst, f.regular13, line, l.Sentence.X, y, colText)
		y += lineH
	}
}
