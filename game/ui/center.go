package ui

import "math"

// Tab is one view of the centre column, in the tab bar's order. The curves
// are where a run starts; the others answer "why": which experiment to
// load, how runs compare, which digits the network confuses, how each
// layer is doing, and what the answer to the pad's image rests on. A new tab is a constant here and its entries in TabNames
// and TabLabels; package game gives it a view (see its doc.go).
type Tab int

const (
	TabCurves Tab = iota
	TabPresets
	TabCompare
	TabErrors
	TabLayers
	TabWhy
	NumTabs
)

// TabNames are the tabs' names for automation (ControlRect "tab:NAME", the
// state's "tab") and TabLabels what the tab bar shows.
var (
	TabNames = [NumTabs]string{
		TabCurves: "curves", TabPresets: "presets", TabCompare: "compare", TabErrors: "errors", TabLayers: "layers", TabWhy: "why",
	}
	TabLabels = [NumTabs]string{
		TabCurves: "Curves", TabPresets: "Presets", TabCompare: "Compare", TabErrors: "Errors", TabLayers: "Layers", TabWhy: "Why",
	}
)

// TabsLayout splits the tab bar into NumTabs tabs, each as wide as its
// label (labelW) with tabPad on each side, then raised towards TouchH (a
// finger's target) as far as the room allows, then an even share of the
// room left over, so that a long label ("Compare") keeps its room on a
// narrow phone; a bar too narrow for the labels themselves is split in
// proportion to them. Tabs are 4 apart, 2 on a bar that needs the room.
func TabsLayout(bar Rect, labelW [NumTabs]float64) [NumTabs]Rect {
	const tabPad = 3
	var out [NumTabs]Rect
	sum, want := 0.0, 0.0
	for _, w := range labelW {
		sum += w
		want += math.Max(w+2*tabPad, TouchH)
	}
	gap := 4.0
	if want+gap*float64(NumTabs-1) > bar.W {
		gap = 2
	}
	room := bar.W - gap*float64(NumTabs-1)
	k := 1.0
	if sum > room {
		k = room / sum
	}
	ws := labelW
	extra := room - sum*k
	pad := math.Min(2*tabPad, extra/float64(NumTabs))
	extra -= pad * float64(NumTabs)
	for i := range ws { // then the narrow tabs, towards TouchH
		ws[i] = ws[i]*k + pad
		if up := math.Min(math.Max(TouchH-ws[i], 0), extra); up > 0 {
			ws[i] += up
			extra -= up
		}
	}
	x := bar.X
	for i, w := range ws {
		out[i] = Rect{x, bar.Y, w + extra/float64(NumTabs), bar.H}
		x += out[i].W + gap
	}
	return out
}

// SplitEvenly fills out with equal parts of r, side by side, 4 apart.
func SplitEvenly(r Rect, out []Rect) {
	const gap = 4
	n := float64(len(out))
	w := (r.W - gap*(n-1)) / n
	for i := range out {
		out[i] = Rect{r.X + float64(i)*(w+gap), r.Y, w, r.H}
	}
}

// DiagnosisPanel is where the parts of the diagnosis panel go. The
// selected finding is shown in full at the top of Body; each other one
// gets a one-line row under it.
type DiagnosisPanel struct {
	Title, Summary Rect
	Body           Rect // the findings
}

// DiagnosisLayout lays out the diagnosis panel p.
func DiagnosisLayout(p Rect) DiagnosisPanel {
	var d DiagnosisPanel
	in := p.Inset(PanelPad)
	header, rest := in.CutTop(20, 8)
	d.Title, d.Summary = header, header
	d.Body = rest
	return d
}

// FindingRowH is the height of a collapsed finding's row.
const FindingRowH = 22

// PresetsPanel is where the parts of the presets view go: a row per
// preset, then the description of the one under the pointer (or of the one
// last loaded). A panel too small for every row shows PerPage of them at
// a time, with Prev and Next at the right of the title; they are empty
// when all fit.
type PresetsPanel struct {
	Title      Rect
	Rows       []Rect // PerPage rows
	About      Rect
	PerPage    int
	Prev, Next Rect
	Page       Rect // between Prev and Next: "2/3"
}

// PresetsLayout lays out the presets view in p for n presets whose names
// need nameW px and whose longest description needs aboutH px at the
// panel's inner width (PresetsAboutWidth). Rows shrink to fit, but not
// below minRow px (22 for a mouse, TouchH on a phone); when even those
// do not fit in one column, the rows flow down as many columns as they
// need, in order, each at least nameW wide; when those are more than the
// width holds, the rows go on pages. The description gets aboutH unless
// the panel cannot hold it and a row: a phone's short panel once gave it
// two lines of four, and its rows then cut what a preset is for.
func PresetsLayout(p Rect, n int, nameW, minRow, aboutH float64) PresetsPanel {
	const gap, colGap = 3, 8
	var l PresetsPanel
	var aboutMin float64
	// The columns needed with the description aboutMin high, under a title
	// row titleH high; a panel too short for that and a row cuts the
	// description.
	layout := func(titleH float64) (in Rect, perCol, cols, fitW int) {
		l.Title, in = p.Inset(PanelPad).CutTop(titleH, 8)
		aboutMin = math.Min(math.Max(40, aboutH), in.H-8-minRow)
		perCol = max(1, int((in.H-aboutMin-8+gap)/(minRow+gap)))
		cols = max(1, (n+perCol-1)/perCol)
		fitW = max(1, int((in.W+colGap)/(nameW+colGap)))
		return
	}
	in, perCol, cols, fitW := layout(20)
	l.PerPage = n
	if cols > fitW { // pages of fitW columns, the pager at the title's right
		pagerW := math.Max(30, minRow)
		in, perCol, _, fitW = layout(math.Max(20, minRow))
		cols, l.PerPage = fitW, fitW*perCol
		var pager Rect
		pager, l.Title = l.Title.CutRight(2*pagerW+44, 8)
		l.Prev, pager = pager.CutLeft(pagerW, 2)
		l.Next, l.Page = pager.CutRight(pagerW, 2)
	}
	// The description takes what the rows leave, from aboutMin to 84 px.
	rows := (l.PerPage + cols - 1) / cols
	l.About, in = in.CutBottom(math.Max(aboutMin, math.Min(84, in.H-8-float64(rows)*(minRow+gap))), 8)
	rowH := math.Floor(math.Max(minRow, math.Min(math.Max(30, minRow), (in.H+gap)/float64(max(rows, 1))-gap)))
	colW := math.Floor((in.W - float64(cols-1)*colGap) / float64(cols))
	for i := 0; i < l.PerPage; i++ {
		c, r := i/rows, i%rows
		l.Rows = append(l.Rows, Rect{X: in.X + float64(c)*(colW+colGap), Y: in.Y + float64(r)*(rowH+gap), W: colW, H: rowH})
	}
	return l
}

// PresetsAboutWidth is the width of the presets view's description in a
// panel p wide: what its lines wrap to.
func PresetsAboutWidth(p Rect) float64 { return p.Inset(PanelPad).W }

// PresetsAboutHeight is the height a description of lines lines needs as
// the presets view draws it: the name's baseline 13 px down, the first
// line's 18 under it, then 17 apart, and room under the last for
// descenders.
func PresetsAboutHeight(lines int) float64 { return 13 + 18 + 17*float64(max(lines, 1)-1) + 4 }

// ComparePanel is where the parts of the run comparison go: a chart of
// the runs' validation accuracy, a table with a row per run, and the
// buttons under it.
type ComparePanel struct {
	Chart             Rect // a chart panel (see ChartPanelLayout)
	Table             Rect // the table panel
	Header            Rect // column titles
	Rows              []Rect
	Clear, Share, Pin Rect // buttons at the bottom of the table panel
	Note              Rect // over the buttons: what sharing did, or help
}

// CompareRowH is the height of one run's row: its differences take up to
// two lines.
const CompareRowH = 32

// compareChartMinH is the least height of the comparison's chart: its
// title and axes take 78 to 94 px (ChartPanelLayout), and the curves need
// some too. Under compareChartLeast (a plot under about 30 px) the chart is
// left out.
const (
	compareChartMinH  = 140
	compareChartLeast = 110
)

// CompareLayout lays out the comparison view in p with room for rows runs,
// its rows and buttons TouchH high when touch is set (a phone).
// The chart sits over the table, which takes the room its rows need but
// leaves the chart compareChartMinH, unless that leaves it under two rows;
// a view too short for both stacked and wide enough (a phone on its side)
// puts the chart left of the table, and one too short and narrow for both
// shows the table alone (Chart empty).
func CompareLayout(p Rect, rows int, touch bool) ComparePanel {
	var l ComparePanel
	rowH, buttonH := float64(CompareRowH), 26.0
	if touch { // a phone: rows and buttons a finger's height
		rowH, buttonH = TouchH, TouchH
	}
	if p.H < 2*compareChartMinH && p.W >= 500 {
		l.Chart, l.Table = p.CutLeft(math.Floor(0.4*p.W), Gap)
	} else {
		tableH := PanelPad*2 + 18 + 4 + float64(rows)*(rowH+2) + 6 + 16 + 6 + buttonH
		tableMin := PanelPad*2 + 18 + 4 + 2*(rowH+2) + 6 + 16 + 6 + buttonH
		tableH = math.Min(tableH, math.Max(p.H-compareChartMinH-Gap, tableMin))
		l.Table, l.Chart = p.CutBottom(tableH, Gap)
		if l.Chart.H < compareChartLeast { // no room for a chart: the table alone
			l.Table, l.Chart = p, Rect{}
		}
	}
	in := l.Table.Inset(PanelPad)
	l.Header, in = in.CutTop(18, 4)
	buttons, in := in.CutBottom(buttonH, 6)
	l.Clear, buttons = buttons.CutLeft(64, 6)
	l.Share, buttons = buttons.CutLeft(84, 6)
	l.Pin, buttons = buttons.CutLeft(96, 12)
	if buttons.W >= 150 && in.H < float64(rows)*(rowH+2)+22 {
		// Short of room for the rows: the note beside the buttons.
		l.Note = buttons.withHeight(16)
	} else {
		l.Note, in = in.CutBottom(16, 6)
	}
	for i := 0; i < rows && in.H >= rowH; i++ {
		var r Rect
		r, in = in.CutTop(rowH, 2)
		l.Rows = append(l.Rows, r)
	}
	return l
}

// CompareColumns splits a run's row into the colour swatch and name, what
// differs, the best validation accuracy, the epochs, the time, and the pin
// toggle (TouchH wide when touch is set).
func CompareColumns(row Rect, touch bool) (name, diff, best, epochs, secs, pin Rect) {
	name, rest := row.CutLeft(34, 4)
	pinW := 30.0
	if touch {
		pinW = TouchH
	}
	pin, rest = rest.CutRight(pinW, 6)
	secs, rest = rest.CutRight(40, 6)
	epochs, rest = rest.CutRight(48, 6)
	best, diff = rest.CutRight(46, 6)
	return
}

// ErrorsPanel is where the parts of the "where the network errs" view go:
// the confusion matrix heatmap with its axis labels and a note beside it,
// and the gallery of misclassified validation images.
type ErrorsPanel struct {
	MatrixTitle  Rect
	Matrix       Rect // 10x10 cells of Cell px
	Cell         float64
	RowLabels    Rect // the true digits, left of the matrix
	ColLabels    Rect // the predicted digits, above the matrix
	Note         Rect // right of the matrix
	GalleryTitle Rect
	Thumbs       []Rect // the images' squares, row by row
	Captions     []Rect // under each image: true→predicted and confidence
}

// Thumbnail sizes of the mistakes gallery: the image is shown at 1.5x.
const (
	ThumbSide = 42
	ThumbW    = 62 // a cell: the image and room for its caption's width
	CaptionH  = 15
)

// ErrorsLayout lays out the errors view in p for at most n mistakes; the
// gallery keeps the rows that fit. It goes under the matrix, with the note
// beside the matrix, or, when that shows fewer mistakes (a short panel:
// a phone, a banner), beside the matrix with the note under it if there
// is room; the matrix's cells shrink from 16 px to ErrorsLabelledCell when
// that shows more, and further only when nothing else fits.
func ErrorsLayout(p Rect, n int) ErrorsPanel {
	in := p.Inset(PanelPad)
	title, in := in.CutTop(20, 6)
	var best ErrorsPanel
	found := false
	for cell := 16.0; cell >= ErrorsLabelledCell; cell-- {
		for _, beside := range []bool{false, true} {
			l, ok := errorsAt(in, n, cell, beside)
			if ok && (!found || len(l.Thumbs) > len(best.Thumbs)) {
				best, found = l, true
			}
		}
	}
	if !found { // too small for any: a matrix as large as fits, without its labels' room to spare
		best, _ = errorsAt(in, n, math.Max(1, math.Floor((math.Min(in.W, in.H)-16)/10)), false)
	}
	best.MatrixTitle = title
	return best
}

// ErrorsLabelledCell is the smallest matrix cell that still gets its
// digit labels (13 px text).
const ErrorsLabelledCell = 12

// errorsAt lays the errors view out in in (the panel under its title) with
// cells of cell px, the gallery under the matrix or beside it; ok is false
// if the matrix does not fit.
func errorsAt(in Rect, n int, cell float64, beside bool) (l ErrorsPanel, ok bool) {
	const labelW, noteMinW = 16, 100
	l.Cell = cell
	side := labelW + 10*cell
	if side > in.H || side > in.W {
		return l, false
	}
	var block, gallery Rect
	if beside {
		var col Rect
		col, gallery = in.CutLeft(side, 14)
		block, col = col.CutTop(side, 10)
		if col.H >= 50 {
			l.Note = col
		}
	} else {
		block, gallery = in.CutTop(side, 14)
		if w := block.W - side - 14; w >= noteMinW {
			l.Note = Rect{block.X + side + 14, block.Y, w, block.H}
		}
	}
	l.ColLabels = Rect{block.X + labelW, block.Y, 10 * cell, labelW}
	l.RowLabels = Rect{block.X, block.Y + labelW, labelW, 10 * cell}
	l.Matrix = Rect{block.X + labelW, block.Y + labelW, 10 * cell, 10 * cell}
	if gallery.H < 18 || gallery.W < ThumbW {
		return l, true
	}
	l.GalleryTitle, gallery = gallery.CutTop(18, 6)
	perRow := max(1, int((gallery.W+4)/ThumbW))
	rowH := float64(ThumbSide + CaptionH + 6)
	rows := int((gallery.H + 6) / rowH)
	for i := 0; i < n && i/perRow < rows; i++ {
		x := gallery.X + float64(i%perRow)*ThumbW
		y := gallery.Y + float64(i/perRow)*rowH
		l.Thumbs = append(l.Thumbs, Rect{x + (ThumbW-ThumbSide)/2 - 4, y, ThumbSide, ThumbSide})
		l.Captions = append(l.Captions, Rect{x - 4, y + ThumbSide + 2, ThumbW, CaptionH})
	}
	return l, true
}

// LayersPanel is where the parts of the layer health view go: a table
// with a row per dense layer and a column per measure, and a line per
// column under it saying what the column measures and what is healthy.
type LayersPanel struct {
	Title, Note Rect
	Header      []Rect // the columns' titles
	Names       []Rect // each row's layer name
	Cells       [][]Rect
	Legend      []Rect // one line per column, at the bottom
	// FiltersTitle and Filters are where the first convolution's filters
	// go, one square each, between the table and the legend; none
	// without a convolution or without room for them.
	FiltersTitle Rect
	Filters      []Rect
}

// LayersLayout lays out the layer health view in p for layers dense layers
// and cols measures, and filters squares of k×k kernels (none when filters
// is 0); rows shrink to fit, down to HealthRowMin (a bar and a value under
// it; from 50 px a note line under them). A panel too short for those rows
// (a phone on its side, under a banner) puts the note on the title's line
// and gives each row one line, down to HealthCompactMin, with the value
// beside its bar (HealthCell); a narrow one narrows the names' column.
func LayersLayout(p Rect, layers, cols, filters, k int) LayersPanel {
	var l LayersPanel
	in := p.Inset(PanelPad)
	n := float64(max(layers, 1))
	const headerH = 18 + 4
	tableMin := headerH + n*(HealthRowMin+4)
	if in.H-20-2-16-8 >= tableMin {
		l.Title, in = in.CutTop(20, 2)
		l.Note, in = in.CutTop(16, 8)
	} else {
		var row Rect
		row, in = in.CutTop(20, 6)
		l.Title, l.Note = row.CutLeft(titleW, 10)
		tableMin = headerH + n*(HealthCompactMin+4)
	}
	// The legend goes when the table's smallest rows would not fit over
	// it (a short screen and a deep network).
	if legendH := float64(cols) * 16; in.H-legendH-8 >= tableMin {
		var legend Rect
		legend, in = in.CutBottom(legendH, 8)
		for i := 0; i < cols; i++ {
			var r Rect
			r, legend = legend.CutTop(16, 0)
			l.Legend = append(l.Legend, r)
		}
	}
	// The filters take what the table's smallest rows leave, in squares
	// as large as fit (from about 56 px down to 2 px a weight); none when
	// even the smallest do not fit.
	for px := math.Max(3, math.Round(56/float64(max(k, 1)))); filters > 0 && k > 0 && px >= 2; px-- {
		const gap = 6.0
		side := float64(k) * px
		perRow := max(1, int((in.W+gap)/(side+gap)))
		rows := (filters + perRow - 1) / perRow
		stripH := 20 + float64(rows)*(side+gap)
		if in.H-stripH-8 < tableMin {
			continue
		}
		var strip Rect
		strip, in = in.CutBottom(stripH, 8)
		l.FiltersTitle, strip = strip.CutTop(16, 4)
		for f := 0; f < filters; f++ {
			l.Filters = append(l.Filters, Rect{strip.X + float64(f%perRow)*(side+gap), strip.Y + float64(f/perRow)*(side+gap), side, side})
		}
		break
	}
	header, in := in.CutTop(18, 4)
	nameW, gap := 72.0, 8.0
	if (in.W-nameW-gap*float64(cols))/float64(cols) < healthValueW {
		nameW, gap = 60, 6 // "hidden 1" still fits
	}
	_, cells := header.CutLeft(nameW, gap)
	colW := (cells.W - gap*float64(cols-1)) / float64(cols)
	col := func(r Rect, j int) Rect { return Rect{cells.X + float64(j)*(colW+gap), r.Y, colW, r.H} }
	for j := 0; j < cols; j++ {
		l.Header = append(l.Header, col(header, j))
	}
	rowH := math.Floor(math.Max(HealthCompactMin, math.Min(56, (in.H+4)/n-4)))
	if rowH < HealthRowMin && in.H+4 >= n*(HealthRowMin+4) {
		rowH = HealthRowMin
	}
	for i := 0; i < layers; i++ {
		var row Rect
		row, in = in.CutTop(rowH, 4)
		name, _ := row.CutLeft(nameW, gap)
		l.Names = append(l.Names, name)
		var cs []Rect
		for j := 0; j < cols; j++ {
			cs = append(cs, col(row, j))
		}
		l.Cells = append(l.Cells, cs)
	}
	return l
}

// Rows of the layer table: HealthRowMin is the lowest row with the value
// under its bar, HealthCompactMin the lowest with it beside the bar (one
// line of 13 px text). healthValueW is the width of a value ("2.0e-03");
// titleW the width of the title, "Layer health", in bold 15 px.
const (
	HealthRowMin     = 30
	HealthCompactMin = 18
	healthValueW     = 48
	titleW           = 96
)

// HealthCell splits a cell of the layer table into its bar's track (on
// top) and the value under it; a row lower than HealthRowMin puts the
// value beside the bar.
func HealthCell(r Rect) (track, value Rect) {
	if r.H < HealthRowMin {
		// A one-line row: the value at the right, the bar in the room it
		// leaves (none under 16 px).
		value, track = r.CutRight(math.Min(healthValueW, r.W), 4)
		if track.W < 16 {
			track.W = 0
		}
		return track.withHeight(10), value
	}
	track, value = r.CutTop(10, 2)
	track.Y += 3
	return track, value
}
