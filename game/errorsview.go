package game

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// Heatmap colours: correct answers in the accent's hue, confusions in a
// warm one, both fading into the panel as the share falls.
var (
	colHeatRight = rgb(0x4C8DFF)
	colHeatWrong = rgb(0xFF7A45)
	colHeatEmpty = rgb(0x1B2029)
)

// errorsView shows where the network errs: the validation confusion matrix
// as a heatmap and a gallery of misclassified validation images. Clicking
// an image shows it in the drawing panel's preview with its probabilities.
type errorsView struct {
	panel   ui.Rect
	layout  ui.ErrorsPanel
	inspect func(trainer.Mistake)

	conf     [nn.Classes][nn.Classes]int
	total    int
	mistakes []trainer.Mistake
	thumbs   *ebiten.Image // the mistakes' images side by side
	pix      []byte
	ver      uint64

	hoverCell  [2]int // true, predicted under the pointer; -1 for none
	hoverThumb int
	selected   int // index into mistakes of the one inspected, -1 for none

	userLook lookVersion[errorsLook]
}

// errorsLook is what the user changes in the view; the rest follows ver.
type errorsLook struct {
	hoverCell  [2]int
	hoverThumb int
	selected   int
}

func newErrorsView(inspect func(trainer.Mistake)) *errorsView {
	return &errorsView{
		inspect: inspect, hoverCell: [2]int{-1, -1}, hoverThumb: -1, selected: -1,
		thumbs: ebiten.NewImage(maxMistakes*pixelsSide, pixelsSide),
		pix:    make([]byte, 4*maxMistakes*pixelsSide*pixelsSide),
	}
}

// maxMistakes is the most misclassified images a snapshot carries;
// pixelsSide is their side.
const (
	maxMistakes = nn.MaxMistakes
	pixelsSide  = pad.NetSide
)

func (v *errorsView) resize(s *ui.Screen) {
	v.panel, v.layout = s.Content, ui.ErrorsLayout(s.Content, maxMistakes)
}

func (v *errorsView) look() tabLook {
	return tabLook{user: v.userLook.of(errorsLook{v.hoverCell, v.hoverThumb, v.selected}), data: v.ver}
}

func (v *errorsView) hovering() bool { return v.hoverThumb >= 0 }

func (v *errorsView) follow(f *feed) {
	if f.snap != nil {
		v.setData(f.snap.Confusion, f.snap.Mistakes)
	}
}

// setData takes the confusion matrix and mistakes of a snapshot; the same
// evaluation again changes nothing.
func (v *errorsView) setData(conf [nn.Classes][nn.Classes]int, ms []trainer.Mistake) {
	if conf == v.conf && sameMistakes(ms, v.mistakes) {
		return
	}
	v.ver++
	v.conf, v.total = conf, 0
	for _, row := range conf {
		for _, n := range row {
			v.total += n
		}
	}
	v.mistakes = ms[:min(len(ms), maxMistakes)]
	v.selected = -1
	clear(v.pix)
	stride := maxMistakes * pixelsSide
	for k, m := range v.mistakes {
		for i, g := range m.Pixels[:min(len(m.Pixels), pixelsSide*pixelsSide)] {
			x, y := k*pixelsSide+i%pixelsSide, i/pixelsSide
			o := 4 * (y*stride + x)
			v.pix[o], v.pix[o+1], v.pix[o+2], v.pix[o+3] = g, g, g, 0xff
		}
	}
	v.thumbs.WritePixels(v.pix)
}

func sameMistakes(a, b []trainer.Mistake) bool {
	return slices.EqualFunc(a, b, func(x, y trainer.Mistake) bool { return x.Mistake == y.Mistake })
}

func (v *errorsView) update(in *intents) {
	l := v.layout
	v.hoverCell = [2]int{-1, -1}
	if in.hovers(l.Matrix) {
		v.hoverCell = [2]int{int((in.hoverY - l.Matrix.Y) / l.Cell), int((in.hoverX - l.Matrix.X) / l.Cell)}
		v.hoverCell[0], v.hoverCell[1] = min(v.hoverCell[0], 9), min(v.hoverCell[1], 9)
	}
	v.hoverThumb = -1
	for k := range v.mistakes {
		if k >= len(l.Thumbs) {
			break
		}
		r := thumbHit(l, k)
		if in.hovers(r) {
			v.hoverThumb = k
		}
		if in.pressed(r) {
			v.selected = k
			v.inspect(v.mistakes[k])
		}
	}
}

// thumbHit is the clickable area of mistake k: the image and its caption.
func thumbHit(l ui.ErrorsPanel, k int) ui.Rect {
	t, c := l.Thumbs[k], l.Captions[k]
	return ui.Rect{X: c.X, Y: t.Y - 2, W: c.W, H: c.Bottom() - t.Y + 2}
}

// rects adds each shown mistake by name, "mistake:<k>".
func (v *errorsView) rects(m map[string]ui.Rect) {
	for k := range v.mistakes {
		if k < len(v.layout.Thumbs) {
			m[fmt.Sprintf("mistake:%d", k)] = thumbHit(v.layout, k)
		}
	}
}

func (v *errorsView) drawChrome(dst *ebiten.Image, p *painter) {
	f := p.fonts
	l := v.layout
	p.panel(dst, v.panel, 10, colPanel, colPanelBorder)
	p.textIn(dst, f.bold15, "Confusion matrix", l.MatrixTitle, alignLeft, colText)
	for k := 0; k < nn.Classes && l.Cell >= ui.ErrorsLabelledCell; k++ {
		d := string(rune('0' + k))
		p.textIn(dst, f.regular13, d, ui.Rect{X: l.ColLabels.X + float64(k)*l.Cell, Y: l.ColLabels.Y, W: l.Cell, H: l.ColLabels.H}, alignCenter, colTextMuted)
		p.textIn(dst, f.regular13, d, ui.Rect{X: l.RowLabels.X, Y: l.RowLabels.Y + float64(k)*l.Cell, W: l.RowLabels.W, H: l.Cell}, alignCenter, colTextMuted)
	}
}

// shade mixes c into the panel colour by t (0..1), with a floor so that a
// single confusion is visible.
func shade(c color.RGBA, t float64) color.RGBA {
	if t <= 0 {
		return colHeatEmpty
	}
	return blend(colHeatEmpty, c, 0.18+0.82*math.Sqrt(min(t, 1)))
}

// confusion is a pair the network mixes up, and how often.
type confusion struct{ truth, pred, n int }

// worstConfusions returns the k most frequent confusions, most first.
func worstConfusions(conf *[nn.Classes][nn.Classes]int, k int) []confusion {
	var cs []confusion
	for t, row := range conf {
		for p, n := range row {
			if t != p && n > 0 {
				cs = append(cs, confusion{t, p, n})
			}
		}
	}
	slices.SortStableFunc(cs, func(a, b confusion) int { return b.n - a.n })
	return cs[:min(k, len(cs))]
}

func (v *errorsView) draw(c *canvas, p *painter) {
	dst := c.dst
	f := p.fonts
	l := v.layout
	title := l.MatrixTitle
	sub := ui.Rect{X: title.X + f.bold15.width("Confusion matrix") + 8, Y: title.Y, W: title.W - f.bold15.width("Confusion matrix") - 8, H: title.H}
	c.restore(sub)
	c.restore(l.Matrix)
	c.restore(l.Note)
	if g := l.GalleryTitle; !g.Empty() { // under the matrix or beside it
		c.restore(ui.Rect{X: g.X - 4, Y: g.Y, W: v.panel.Right() - g.X, H: v.panel.Bottom() - 4 - g.Y})
	}
	if v.total == 0 {
		p.textIn(dst, f.regular13, "after the first evaluation", sub, alignLeft, colTextMuted)
	} else {
		p.textIn(dst, f.regular13, fmt.Sprintf("%s validation images", ui.FormatCount(int64(v.total))), sub, alignLeft, colTextMuted)
	}

	// The heatmap: each row is shaded by its share of that digit's images.
	for t := 0; t < nn.Classes; t++ {
		rowSum := 0
		for _, n := range v.conf[t] {
			rowSum += n
		}
		for pr := 0; pr < nn.Classes; pr++ {
			share := 0.0
			if rowSum > 0 {
				share = float64(v.conf[t][pr]) / float64(rowSum)
			}
			col := shade(colHeatWrong, share*4) // confusions are rare: 25% is full colour
			if t == pr {
				col = shade(colHeatRight, share)
			}
			cell := ui.Rect{X: l.Matrix.X + float64(pr)*l.Cell, Y: l.Matrix.Y + float64(t)*l.Cell, W: l.Cell - 1, H: l.Cell - 1}
			p.rect(dst, cell, col)
		}
	}
	if h := v.hoverCell; h[0] >= 0 {
		cell := ui.Rect{X: l.Matrix.X + float64(h[1])*l.Cell - 1, Y: l.Matrix.Y + float64(h[0])*l.Cell - 1, W: l.Cell + 1, H: l.Cell + 1}
		p.hline(dst, cell.X, cell.Right(), cell.Y, colText)
		p.hline(dst, cell.X, cell.Right(), cell.Bottom(), colText)
		p.vline(dst, cell.X, cell.Y, cell.Bottom(), colText)
		p.vline(dst, cell.Right(), cell.Y, cell.Bottom()+1, colText)
	}

	v.drawNote(dst, p)

	// The gallery.
	g := l.GalleryTitle
	if g.Empty() {
		return // no room for the gallery
	}
	gt := "Misclassified validation images"
	if f.bold13.width(gt) > g.W {
		gt = f.bold13.ellipsize("Misclassified", g.W)
	}
	p.textIn(dst, f.bold13, gt, g, alignLeft, colText)
	if len(v.mistakes) == 0 {
		p.textIn(dst, f.regular13, "none yet", ui.Rect{X: g.X, Y: g.Bottom() + 6, W: g.W, H: 18}, alignLeft, colTextMuted)
		return
	}
	if hint := "click one to inspect"; f.bold13.width(gt)+f.regular13.width(hint)+12 <= g.W {
		p.textIn(dst, f.regular13, hint, g, alignRight, colTextMuted)
	}
	for k, m := range v.mistakes {
		if k >= len(l.Thumbs) {
			break
		}
		t := l.Thumbs[k]
		if k == v.selected || k == v.hoverThumb {
			col := colRaisedHover
			if k == v.selected {
				col = colSelected
			}
			p.roundRect(dst, thumbHit(l, k), 5, col)
		}
		p.image(dst, v.thumbs.SubImage(image.Rect(k*pixelsSide, 0, (k+1)*pixelsSide, pixelsSide)).(*ebiten.Image), t, ebiten.FilterLinear)
		caption := fmt.Sprintf("%d→%d %d%%", m.Label, m.Predicted, int(math.Round(100*m.Confidence)))
		p.textIn(dst, f.regular13, caption, l.Captions[k], alignCenter, colTextDim)
	}
}

// drawNote writes beside the heatmap how to read it, then the cell under
// the pointer or the most frequent confusions.
func (v *errorsView) drawNote(dst *ebiten.Image, p *painter) {
	f := p.fonts
	n := v.layout.Note
	if n.Empty() {
		return
	}
	y := n.Y + 13
	line := func(s string, fc *face, col color.RGBA) {
		for _, w := range fc.wrap(s, n.W, " ") {
			if y+4 > n.Bottom() { // the line's descent stays in the note
				return
			}
			p.text(dst, fc, w, n.X, y, col)
			y += 17
		}
	}
	line("Rows: the true digit. Columns: what the network said.", f.regular13, colTextDim)
	y += 6
	if h := v.hoverCell; h[0] >= 0 && v.total > 0 {
		rowSum := 0
		for _, k := range v.conf[h[0]] {
			rowSum += k
		}
		cnt := v.conf[h[0]][h[1]]
		line(fmt.Sprintf("%d read as %d: %d of %d", h[0], h[1], cnt, rowSum), f.bold13, colText)
		return
	}
	worst := worstConfusions(&v.conf, 4)
	if len(worst) == 0 {
		return
	}
	line("Most confused:", f.bold13, colText)
	for _, w := range worst {
		line(fmt.Sprintf("%d read as %d: %d×", w.truth, w.pred, w.n), f.regular13, colTextDim)
	}
}
