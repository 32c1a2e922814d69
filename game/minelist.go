package game

import (
	"cmp"
	"fmt"
	"image"
	"slices"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/mydigits"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// digitList is the list of the user's taught digits, opened by the
// strip's "Your digits" button: it takes the drawing panel's place until
// Done. Each digit shows as a thumbnail of the image the network sees,
// captioned with its label, in green when the pad's network reads it
// right and in red with what it reads when not; the digits are sorted by
// label (the order they were taught in within a label), on pages when
// they do not all fit. One click or tap on a digit removes it; Undo puts
// the removed digits back, last first, where they were, until the list
// closes.
type digitList struct {
	do     teachActions
	open   bool
	panel  ui.Rect
	touch  bool
	layout ui.MineListPanel
	page   int
	done   *button
	prev   *button
	next   *button
	undo   *button

	order     []int // set indices, by label, then as taught
	synced    bool  // order and reads are of the set at teacher.ver syncedVer
	syncedVer uint64

	// reads is what the pad's network reads each digit as (by set index,
	// -1 until read), with readKey the weights it was read with.
	reads    []int8
	readKey  []weightsKey
	readsVer uint64 // grows with each reading that changed

	removed []removal // what Undo puts back, last on top
	hover   int       // the cell under the mouse, -1 for none

	thumbs   *ebiten.Image // the page's thumbnails, in a grid of thumbCols
	pix      []byte
	thumbsOf [3]uint64 // teacher.ver, page and PerPage the thumbnails show

	shown listLook
	drawn bool
}

// removal is a removed digit and where it was.
type removal struct {
	at int
	d  mydigits.Digit
}

// weightsKey says which weights a reading was made with.
type weightsKey struct {
	runID int
	step  int64
	model uint64
	ok    bool
}

// thumbCols is how many thumbnails a row of the thumbnail texture holds.
const thumbCols = 16

// readBudget is the most time a tick spends reading the page's digits
// with the network (at least one digit a tick while any is stale): a
// small network reads a page in a tick, a convolutional one over a few,
// and the frame keeps its pace.
const readBudget = 2 * time.Millisecond

func newDigitList(do teachActions) *digitList {
	l := &digitList{do: do, hover: -1}
	l.done = &button{name: "mine:done", label: "Done", kind: buttonPrimary, onClick: do.closeList}
	l.prev = &button{name: "mine:prev", label: "◄", onClick: do.prevPg}
	l.next = &button{name: "mine:next", label: "►", onClick: do.nextPg}
	l.undo = &button{name: "mine:undo", label: "Undo", onClick: do.undo}
	return l
}

// resize lays the list out in the drawing panel for n digits.
func (l *digitList) resize(panel ui.Rect, n int, touch bool, f *fonts) {
	l.panel, l.touch = panel, touch
	doneW := f.bold13.width("Done") + 32
	undoW := f.bold13.width("Undo") + 32
	if touch {
		doneW, undoW = max(doneW, ui.TouchH+24), max(undoW, ui.TouchH+24)
	}
	l.layout = ui.MineListLayout(panel, n, doneW, undoW, touch)
	l.page = min(l.page, l.layout.Pages-1)
	lo := l.layout
	l.done.rect, l.prev.rect, l.next.rect, l.undo.rect = lo.Done, lo.Prev, lo.Next, lo.Undo
	if lo.PerPage > 0 {
		if want := (lo.PerPage + thumbCols - 1) / thumbCols * pad.NetSide; l.thumbs == nil || l.thumbs.Bounds().Dy() < want {
			if l.thumbs != nil {
				l.thumbs.Deallocate()
			}
			l.thumbs = ebiten.NewImage(thumbCols*pad.NetSide, want)
			l.pix = make([]byte, 4*thumbCols*pad.NetSide*want)
			l.thumbsOf = [3]uint64{}
		}
	}
}

// sync brings the order and the readings' slots up to date with the set.
func (l *digitList) sync(t *teacher) {
	if l.synced && l.syncedVer == t.ver {
		return
	}
	l.synced, l.syncedVer = true, t.ver
	l.order = l.order[:0]
	for i := range t.set.Len() {
		l.order = append(l.order, i)
	}
	slices.SortStableFunc(l.order, func(a, b int) int { return cmp.Compare(t.set.At(a).Label, t.set.At(b).Label) })
	l.reads = slices.Repeat([]int8{-1}, t.set.Len())
	l.readKey = make([]weightsKey, t.set.Len())
	l.readsVer++
}

// pageItems returns the set indices of the digits on the page shown.
func (l *digitList) pageItems() []int {
	per := l.layout.PerPage
	from := min(l.page*per, len(l.order))
	return l.order[from:min(from+per, len(l.order))]
}

// read has cls read the page's digits whose reading is older than its
// weights, until the budget of the tick is spent.
func (l *digitList) read(t *teacher, cls *classifier, key weightsKey) {
	if !cls.ready {
		return
	}
	start := time.Now()
	var img [pad.NetPixels]float32
	var probs [nn.Classes]float32
	for _, i := range l.pageItems() {
		if l.readKey[i] == key {
			continue
		}
		if time.Since(start) > readBudget {
			return
		}
		d := t.set.At(i)
		for k, g := range d.Image {
			img[k] = float32(g) / 255
		}
		if got := int8(cls.predict(&img, &probs)); got != l.reads[i] {
			l.reads[i] = got
			l.readsVer++
		}
		l.readKey[i] = key
	}
}

// paintThumbs writes the page's thumbnails into the texture.
func (l *digitList) paintThumbs(t *teacher) {
	key := [3]uint64{t.ver, uint64(l.page), uint64(l.layout.PerPage)}
	if l.thumbs == nil || key == l.thumbsOf {
		return
	}
	l.thumbsOf = key
	clear(l.pix)
	stride := thumbCols * pad.NetSide
	for k, i := range l.pageItems() {
		d := t.set.At(i)
		ox, oy := (k%thumbCols)*pad.NetSide, (k/thumbCols)*pad.NetSide
		for p, g := range d.Image {
			o := 4 * ((oy+p/pad.NetSide)*stride + ox + p%pad.NetSide)
			l.pix[o], l.pix[o+1], l.pix[o+2], l.pix[o+3] = g, g, g, 0xff
		}
	}
	l.thumbs.WritePixels(l.pix)
}

// update runs the list's buttons and cells: a press on a cell removes its
// digit.
func (l *digitList) update(in *intents, t *teacher) {
	l.sync(t)
	items := l.pageItems()
	l.hover = -1
	for k, i := range items {
		r := l.layout.Cells[k]
		if in.hovers(r) {
			l.hover = k
		}
		if in.pressed(r) {
			l.do.remove(i)
			return
		}
	}
	l.done.update(in)
	if l.layout.Pages > 1 {
		l.prev.disabled, l.next.disabled = l.page == 0, l.page >= l.layout.Pages-1
		l.prev.update(in)
		l.next.update(in)
	}
	if len(l.removed) > 0 {
		l.undo.update(in)
	} else {
		l.undo.hover = false
	}
}

func (l *digitList) hovering() bool {
	return l.open && (l.hover >= 0 || l.done.hover || l.prev.hover || l.next.hover || l.undo.hover)
}

// rects adds the list's controls: "mine:done", "mine:prev" and
// "mine:next" (when there are pages), "mine:undo" (while there is
// something to put back) and "mine:remove:<i>" for each digit shown, i
// its place in the set (the order taught, as exported).
func (l *digitList) rects(r map[string]ui.Rect) {
	r[l.done.name] = l.done.rect
	if l.layout.Pages > 1 {
		r[l.prev.name], r[l.next.name] = l.prev.rect, l.next.rect
	}
	if len(l.removed) > 0 {
		r[l.undo.name] = l.undo.rect
	}
	for k, i := range l.pageItems() {
		r[fmt.Sprintf("mine:remove:%d", i)] = l.layout.Cells[k]
	}
}

// listLook is everything the list is drawn from.
type listLook struct {
	panel               ui.Rect
	ver, readsVer       uint64
	page, hover, undone int
	title, note         string
	buttons             [4]buttonLook
}

func (l *digitList) look(t *teacher, snap *trainer.Snapshot, f *fonts) listLook {
	lk := listLook{panel: l.panel, ver: t.ver, readsVer: l.readsVer, page: l.page, hover: l.hover, undone: len(l.removed)}
	n := t.set.Len()
	lk.title = fmt.Sprintf("Your digits: %d", n)
	if snap != nil && snap.MineTotal == n && n > 0 && snap.History.Val != nil {
		lk.title += fmt.Sprintf(" · %d read right", snap.MineRight)
	}
	lk.title = f.bold15.ellipsize(lk.title, l.layout.Title.W)
	verb := "Click"
	if l.touch {
		verb = "Tap"
	}
	notes := []string{
		verb + " a digit to remove it · green: read right, red: read wrong (→ as what)",
		verb + " a digit to remove it · green: read right",
		verb + " one to remove it",
	}
	switch {
	case n == 0 && len(l.removed) == 0:
		notes = []string{"None yet: draw a digit, then pick the right one under the answer", "None yet"}
	case len(l.removed) > 0 && t.note != "":
		notes = []string{t.note}
	}
	lk.note = notes[len(notes)-1]
	for _, s := range notes {
		if f.regular13.width(s) <= l.layout.Note.W {
			lk.note = s
			break
		}
	}
	lk.note = f.regular13.ellipsize(lk.note, l.layout.Note.W)
	for k, b := range []*button{l.done, l.prev, l.next, l.undo} {
		lk.buttons[k] = b.look()
	}
	return lk
}

// drawChrome draws the panel under the list.
func (l *digitList) drawChrome(dst *ebiten.Image, p *painter) {
	p.panel(dst, l.panel, 10, colPanel, colPanelBorder)
}

// redraw draws the whole list when its look changed.
func (l *digitList) redraw(c *canvas, p *painter, t *teacher, snap *trainer.Snapshot) {
	if !dirty(c, &l.shown, &l.drawn, l.look(t, snap, p.fonts)) {
		return
	}
	lk := l.shown
	lo := l.layout
	dst := c.dst
	f := p.fonts
	c.restore(l.panel.Inset(2))
	p.textIn(dst, f.bold15, lk.title, lo.Title, alignLeft, colText)
	l.done.draw(dst, p)
	if lo.Pages > 1 {
		l.prev.draw(dst, p)
		l.next.draw(dst, p)
		p.textIn(dst, f.regular13, fmt.Sprintf("%d/%d", l.page+1, lo.Pages), lo.Page, alignCenter, colTextDim)
	}
	if len(l.removed) > 0 {
		l.undo.draw(dst, p)
	}
	p.textIn(dst, f.regular13, lk.note, lo.Note, alignLeft, colTextDim)
	l.paintThumbs(t)
	for k, i := range l.pageItems() {
		cell := lo.Cells[k]
		bg := colRaised // a button's look: a press removes it
		if k == l.hover {
			bg = colRaisedHover
		}
		p.roundRect(dst, cell, 5, bg)
		src := image.Rect((k%thumbCols)*pad.NetSide, (k/thumbCols)*pad.NetSide, (k%thumbCols+1)*pad.NetSide, (k/thumbCols+1)*pad.NetSide)
		p.image(dst, l.thumbs.SubImage(src).(*ebiten.Image), lo.ThumbRect(cell), ebiten.FilterLinear)
		label := int(t.set.At(i).Label)
		caption, col := fmt.Sprint(label), colTextDim
		switch r := int(l.reads[i]); {
		case r == label:
			col = colGood
		case r >= 0:
			caption, col = fmt.Sprintf("%d→%d", label, r), colBad
		}
		cr := lo.CaptionRect(cell)
		p.textIn(dst, f.regular13, caption, cr, alignLeft, col)
		if f.regular13.width(caption)+3+f.regular13.width("×") > cr.W {
			continue // the caption alone: the cell's look says it is a button
		}
		x := colTextMuted
		if k == l.hover {
			x = colBad
		}
		p.textIn(dst, f.regular13, "×", cr, alignRight, x)
	}
}

// listJSON is the state's mine.list while the list is open: the page
// shown (from 0) of pages, and its digits in the order shown, each with
// its place in the set (index, as in "mine:remove:<index>"), its label,
// and what the pad's network reads it as (-1 until read).
type listJSON struct {
	Page  int             `json:"page"`
	Pages int             `json:"pages"`
	Shown []listDigitJSON `json:"shown"`
}

type listDigitJSON struct {
	Index int `json:"index"`
	Label int `json:"label"`
	Read  int `json:"read"`
}

func (l *digitList) state(t *teacher) *listJSON {
	if !l.open {
		return nil
	}
	s := &listJSON{Page: l.page, Pages: l.layout.Pages, Shown: []listDigitJSON{}}
	for _, i := range l.pageItems() {
		s.Shown = append(s.Shown, listDigitJSON{Index: i, Label: int(t.set.At(i).Label), Read: int(l.reads[i])})
	}
	return s
}

// The app's side of the list.

// listOpen reports whether the list shows in the drawing panel's place.
func (a *App) listOpen() bool { return a.mine.list.open }

// openList shows the list of the user's digits on its first page.
func (a *App) openList() {
	l := a.mine.list
	l.open, l.page, l.removed = true, 0, nil
	l.sync(a.mine)
	a.relayout()
}

// closeList gives the drawing panel back to the pad; what was removed
// stays removed.
func (a *App) closeList() {
	a.mine.list.open, a.mine.list.removed = false, nil
	a.relayout()
}

// turnListPage shows the page d pages on.
func (a *App) turnListPage(d int) {
	l := a.mine.list
	l.page = min(max(l.page+d, 0), l.layout.Pages-1)
	a.rebuildRects()
}

// removeDigit removes digit i of the set, keeps the set, and remembers
// the digit for Undo.
func (a *App) removeDigit(i int) {
	t := a.mine
	if i < 0 || i >= t.set.Len() {
		return
	}
	d := t.set.At(i)
	t.set.Remove(i) // i is in the set
	t.hasTaught = false
	t.list.removed = append(t.list.removed, removal{i, d})
	a.keptSay(fmt.Sprintf("Removed a %d — %d of your digits", d.Label, t.set.Len()))
	a.relayout() // the pages may be fewer
}

// undoRemove puts the digit removed last back where it was.
func (a *App) undoRemove() {
	t := a.mine
	l := t.list
	if len(l.removed) == 0 {
		return
	}
	r := l.removed[len(l.removed)-1]
	if err := t.set.Insert(min(r.at, t.set.Len()), r.d); err != nil {
		t.say("Not put back: "+err.Error(), true, a.ticks)
		return
	}
	l.removed = l.removed[:len(l.removed)-1]
	a.keptSay(fmt.Sprintf("Put back a %d — %d of your digits", r.d.Label, t.set.Len()))
	a.relayout()
}

// keptSay keeps the set (keepDigits) and shows msg, or msg and why the
// set is kept for this session only.
func (a *App) keptSay(msg string) {
	if err := a.keepDigits(); err != nil {
		a.mine.say(msg+", for this session only: "+err.Error(), true, a.ticks)
		return
	}
	a.mine.say(msg, false, a.ticks)
}

// updateList runs the list while it is open and reads the page's digits
// with the pad's network.
func (a *App) updateList(in *intents) {
	t := a.mine
	t.list.update(in, t)
	t.list.sync(t)
	if t.note != "" && a.ticks >= t.noteEnd {
		t.note = ""
	}
	cls := a.reader()
	t.list.read(t, cls, weightsKey{cls.runID, cls.step, a.model.seq, cls.ready})
}
