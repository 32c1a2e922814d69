package ui

import "math"

// MineListPanel is where the parts of the list of the user's taught digits
// go, in the drawing panel it replaces while it is open: a header with the
// title, the pager and Done; a line for what to do (or what was removed,
// with Undo at its right); and a grid of cells, each a thumbnail over its
// caption. Prev, Page and Next are empty when every digit fits on one page.
type MineListPanel struct {
	Title, Done      Rect
	Prev, Page, Next Rect
	Note, Undo       Rect
	Cells            []Rect // PerPage cells, row by row
	PerPage, Pages   int
	Thumb            float64 // the thumbnails' side
}

// Sizes of the list: a cell is a thumbnail over a caption line, the
// thumbnail twice the network's 28 pixels on the desktop, where the panel
// has room, and on a phone the side that lets six cells across the
// narrowest screen, each a finger's target.
const (
	mineThumbDesk  = 2 * 28
	mineThumbPhone = TouchH
	mineCaptionH   = 16
	mineCellGap    = 4
	minePageTextW  = 48
)

// MineListLayout lays the list of n digits out in the drawing panel p,
// its buttons TouchH high when touch is set (a phone) and doneW and undoW
// wide. The cells fill the room under the note row; when they hold fewer
// than n digits the pager takes room left of Done in the header, and the
// title gives way to it.
func MineListLayout(p Rect, n int, doneW, undoW float64, touch bool) MineListPanel {
	var l MineListPanel
	inset, rowH, pagerW, thumb := float64(PanelPad), 28.0, 30.0, float64(mineThumbDesk)
	if touch {
		inset, rowH, pagerW, thumb = 10, TouchH, TouchH, mineThumbPhone
	}
	l.Thumb = thumb
	cellMinW, cellH := thumb+4, thumb+2+mineCaptionH+2
	in := p.Inset(inset)
	header, rest := in.CutTop(rowH, 8)
	l.Done, l.Title = header.CutRight(doneW, 8)
	noteRow, grid := rest.CutTop(rowH, 8)
	l.Undo, l.Note = noteRow.CutRight(math.Min(undoW, noteRow.W/2), 8)
	cols := max(1, int((grid.W+mineCellGap)/(cellMinW+mineCellGap)))
	rows := max(0, int((grid.H+mineCellGap)/(cellH+mineCellGap)))
	l.PerPage = cols * rows
	l.Pages = 1
	if l.PerPage > 0 && n > l.PerPage {
		l.Pages = (n + l.PerPage - 1) / l.PerPage
		var pager Rect
		pager, l.Title = l.Title.CutRight(2*pagerW+minePageTextW+4, 8)
		l.Prev, pager = pager.CutLeft(pagerW, 2)
		l.Next, l.Page = pager.CutRight(pagerW, 2)
	}
	cellW := math.Floor((grid.W - float64(cols-1)*mineCellGap) / float64(cols))
	for i := range l.PerPage {
		c, r := i%cols, i/cols
		l.Cells = append(l.Cells, Rect{X: grid.X + float64(c)*(cellW+mineCellGap), Y: grid.Y + float64(r)*(cellH+mineCellGap), W: cellW, H: cellH})
	}
	return l
}

// ThumbRect is where the thumbnail of a cell goes: centred at its top.
func (l *MineListPanel) ThumbRect(cell Rect) Rect {
	return Rect{X: math.Round(cell.CenterX() - l.Thumb/2), Y: cell.Y + 2, W: l.Thumb, H: l.Thumb}
}

// CaptionRect is a cell's caption line, under its thumbnail.
func (l *MineListPanel) CaptionRect(cell Rect) Rect {
	return Rect{X: cell.X + 3, Y: cell.Y + 2 + l.Thumb + 1, W: cell.W - 6, H: mineCaptionH}
}
