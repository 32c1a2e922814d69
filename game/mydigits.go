package game

import (
	"fmt"
	"strings"

	"digitlab/game/ui"
	"digitlab/mydigits"
	"digitlab/trainer"
)

// DigitStore is how the app keeps the user's taught digits (package
// mydigits, in its file format) across reloads, and exports and imports
// them as files: browser storage and a download in the page, a file in
// the user's config directory on the desktop. Nil in Options: the digits
// last as long as the app.
type DigitStore interface {
	// Load returns the kept file, or nil and no error when there is none.
	Load() ([]byte, error)
	// Keep replaces the kept file with data.
	Keep(data []byte) error
	// Export writes data as a file under the suggested name and returns
	// what to tell the user, such as "Saved ~/digitlab-my-digits.dlmine".
	Export(name string, data []byte) (string, error)
	// Import asks the user for a file, which arrives later through
	// App.ImportDigits. It returns what to tell the user, or "" when the
	// request speaks for itself (a file picker opened).
	Import() string
}

// digitsFileName is the name an exported set is saved under.
const digitsFileName = "digitlab-my-digits" + mydigits.Ext

// Sizes of the teaching strip under the prediction: a line of text over
// a row of buttons, as high as a finger needs on a phone.
const (
	teachLineH   = 16
	teachGap     = 6
	teachRowDesk = 26
)

// teachH is the strip's height for a form.
func teachH(form ui.Form) float64 {
	if form == ui.Desktop {
		return teachLineH + teachGap + teachRowDesk
	}
	return teachLineH + teachGap + ui.TouchH
}

// teachRoom is the part of the drawing panel r that the pad and its
// answer are laid out in: on a portrait phone the strip takes the
// panel's bottom, and the pad gives way by what the room left under the
// answer lacks, down to minPadShare of the panel's width (then the strip
// takes the bars' place, see teacher.place); elsewhere the strip fits in
// room the layout leaves. On a portrait phone too short for the strip
// even so (320×568, 360×640) it returns r whole and fits false: the pad
// keeps its size and the strip is compact (teacher.place).
func teachRoom(r ui.Rect, clearW float64, form ui.Form) (room ui.Rect, fits bool) {
	if form != ui.Portrait {
		return r, true
	}
	// The pad is square and may be held by the width, so a cut can free
	// less than its height: cut more until the strip fits.
	bottom := r.Inset(10).Bottom() - teachH(form) - 4
	room = r
	for range 4 {
		d := ui.PhoneDrawingLayout(room, clearW, form)
		lack := max(d.Bars[len(d.Bars)-1].Bottom(), d.Guess.Bottom()+8) - bottom
		if lack <= 0 {
			return room, true
		}
		_, smaller := room.CutBottom(lack, 0)
		if ui.PhoneDrawingLayout(smaller, clearW, form).Pad.W < minPadShare*r.W {
			break
		}
		room = smaller
	}
	// The bars give way to the strip; the guess does not.
	if ui.PhoneDrawingLayout(room, clearW, form).Guess.Bottom()+8 > bottom {
		return r, false
	}
	return room, true
}

// minPadShare is the least share of a portrait panel's width the pad
// keeps for the strip's sake.
const minPadShare = 0.84

// teacher is the strip under the pad's answer that teaches the app the
// user's handwriting: while a drawing is on the pad, ten chips "That's a
// 0 … 9", one click on the right one keeps the drawing as one of "your
// digits"; while the pad is empty, Export and Import. Its line of text
// says what the last action did, or how many digits the user has and how
// many of them the network reads right, beside the validation accuracy.
type teacher struct {
	store  DigitStore
	set    mydigits.Set
	ver    uint64 // grows with each change of set
	chips  [10]*button
	export *button
	imprt  *button
	show   *button // "Your digits": opens the list (minelist.go)
	list   *digitList

	// On a short portrait phone (padView.compactTeach) the strip opens
	// in the answer's place: opener, in the pad's header, shows it
	// (chooser) and gives the answer back.
	compact bool
	chooser bool
	opener  *button
	touch   bool // a phone: a finger taps
	inkWas  bool // the pad held ink at the last update

	// taught is the drawing (padView version) taught last, as the
	// set's last digit: a second click on another chip relabels it.
	taught    uint64
	hasTaught bool

	note    string
	bad     bool
	noteEnd uint64

	chipsWere bool // the chips showed at the last update
	line, row ui.Rect
	shown     teachLook
	drawn     bool
}

// teachLook is what the strip's text line and row are drawn from.
type teachLook struct {
	line, row ui.Rect
	text      string
	bad       bool
	chips     bool // the chips show, not Export and Import
}

// teachActions are what the strip's buttons do, in the app.
type teachActions struct {
	teach          func(label int)
	export, imprt  func()
	show           func()      // open the list of the user's digits
	toggleChooser  func()      // open or close the compact strip
	remove         func(i int) // remove digit i of the set
	undo           func()
	closeList      func()
	prevPg, nextPg func()
}

// Labels of the compact strip's opener, closed and open.
var openerLabels = [2]string{"Teach", "Answer"}

// newTeacher makes the strip and loads the kept digits; a kept file that
// cannot be read is reported by the returned warning and left as it is
// until the user keeps a digit.
func newTeacher(store DigitStore, do teachActions) (*teacher, string) {
	t := &teacher{store: store}
	for i := range t.chips {
		t.chips[i] = &button{name: fmt.Sprintf("teach:%d", i), label: fmt.Sprint(i), kind: buttonChip, onClick: func() { do.teach(i) }}
	}
	t.export = &button{name: "digits:export", label: "Export", onClick: do.export}
	t.imprt = &button{name: "digits:import", label: "Import", onClick: do.imprt}
	t.show = &button{name: "digits:list", label: "Your digits", onClick: do.show}
	t.opener = &button{name: "teach:open", label: openerLabels[0], kind: buttonChip, onClick: do.toggleChooser}
	t.list = newDigitList(do)
	if store == nil {
		return t, ""
	}
	data, err := store.Load()
	if err == nil && data != nil {
		var s *mydigits.Set
		if s, err = mydigits.Decode(data); err == nil {
			t.set = *s
		}
	}
	if err != nil {
		return t, "Your digits could not be read (" + err.Error() + ") — starting with none"
	}
	return t, ""
}

// place lays the strip out in the drawing panel, whose pad and answer v
// has laid out: on the desktop between the bars and the keyboard note
// (which gives way when a banner leaves too little room, and the line
// too after it), on a landscape phone under the bars beside the pad, on a
// portrait phone at the panel's bottom (teachRoom kept it free), and on a
// portrait phone too short for that behind the opener in the header,
// whose room ends at headerEnd (placeCompact).
func (t *teacher) place(v *padView, panel ui.Rect, form ui.Form, headerEnd float64, f *fonts) {
	l := &v.layout
	h := teachH(form)
	t.touch = form != ui.Desktop
	t.compact = v.compactTeach
	t.opener.rect = ui.Rect{}
	if t.compact {
		t.placeCompact(v, panel, headerEnd, f)
		return
	}
	t.chooser = false
	var area ui.Rect
	switch form {
	case ui.Desktop:
		in := panel.Inset(ui.PanelPad)
		top := l.Bars[len(l.Bars)-1].Bottom() + 8
		bottom := in.Bottom()
		if !l.BarsNote.Empty() && l.BarsNote.Y-4-top >= h {
			bottom = l.BarsNote.Y - 4
		} else {
			l.BarsNote = ui.Rect{}
		}
		area = ui.Rect{X: in.X, Y: bottom - h, W: in.W, H: h}
		defer func() {
			if t.line.Y < top { // a banner of many lines: the row alone
				t.line = ui.Rect{}
			}
			if t.row.Y < top { // or nothing, until the banner is closed
				t.row = ui.Rect{}
			}
		}()
	case ui.Landscape:
		in := panel.Inset(10)
		area = ui.Rect{X: l.Preview.X, Y: in.Bottom() - h, W: in.Right() - l.Preview.X, H: h}
	default:
		in := panel.Inset(10)
		area = ui.Rect{X: in.X, Y: in.Bottom() - h, W: in.W, H: h}
		if last := l.Bars[len(l.Bars)-1]; !last.Empty() && last.Bottom() > area.Y-4 {
			l.Bars = [len(l.Bars)]ui.Rect{} // the strip takes the bars' place
		}
		if g := v.guessArea(); g.Bottom() > area.Y {
			area.Y, area.H = g.Bottom(), max(in.Bottom()-g.Bottom(), 0)
		}
	}
	t.line, t.row = area.CutTop(teachLineH, teachGap)
	rects := make([]ui.Rect, len(t.chips))
	ui.SplitEvenly(t.row, rects)
	for i, r := range rects {
		t.chips[i].rect = r
	}
	t.placeFileButtons(t.row)
}

// placeFileButtons puts Your digits, Export and Import side by side at
// the left of row.
func (t *teacher) placeFileButtons(row ui.Rect) {
	w := min(120, (row.W-16)/3)
	for i, b := range []*button{t.show, t.export, t.imprt} {
		b.rect = ui.Rect{X: row.X + float64(i)*(w+8), Y: row.Y, W: w, H: row.H}
	}
}

// placeCompact lays the compact strip out: the opener takes the title's
// place in the header (the title gives way), and while it is open the
// strip takes the row of the preview and the guess, its chips in two rows
// of five, wider and as high as on a taller phone.
func (t *teacher) placeCompact(v *padView, panel ui.Rect, headerEnd float64, f *fonts) {
	l := &v.layout
	in := panel.Inset(10)
	w := max(f.bold13.width(openerLabels[0]), f.bold13.width(openerLabels[1])) + 28
	t.opener.rect = ui.Rect{X: in.X, Y: l.Clear.Y, W: max(min(w, headerEnd-in.X), 0), H: l.Clear.H}
	// Closed, an action like Save beside it; open, a chosen chip.
	t.opener.label, t.opener.kind, t.opener.selected = openerLabels[0], buttonNormal, t.chooser
	if t.chooser {
		t.opener.label, t.opener.kind = openerLabels[1], buttonChip
	}
	l.Title = ui.Rect{}
	if !t.chooser {
		t.line, t.row = ui.Rect{}, ui.Rect{}
		return
	}
	area := ui.Rect{X: in.X, Y: l.Preview.Y, W: in.W, H: max(min(ui.PhoneGuessRowH, in.Bottom()-l.Preview.Y), 0)}
	l.Preview, l.PreviewLabel, l.GuessLabel, l.Guess = ui.Rect{}, ui.Rect{}, ui.Rect{}, ui.Rect{}
	l.Bars = [len(l.Bars)]ui.Rect{}
	t.line, t.row = area.CutTop(teachLineH, teachGap)
	top, bottom := t.row.CutTop((t.row.H-4)/2, 4)
	for k, r := range []ui.Rect{top, bottom} {
		rects := make([]ui.Rect, 5)
		ui.SplitEvenly(r, rects)
		for i, q := range rects {
			t.chips[5*k+i].rect = q
		}
	}
	t.placeFileButtons(top)
}

// chipsShown reports whether the chips show: a drawing is on the pad (an
// image from the Errors tab is not the user's handwriting).
func (t *teacher) chipsShown(v *padView, pr *prediction) bool {
	return !v.inspecting && !pr.empty && !t.row.Empty()
}

// update runs the buttons that show, marks the chip of the label the
// current drawing was taught as, and ends a message whose time is up. It
// reports whether the chips came or went since the last update.
//
// The compact strip closes when a new drawing begins on the pad, so that
// its answer shows; closeChooser lays the panel out again.
func (t *teacher) update(in *intents, v *padView, pr *prediction, now uint64, closeChooser func()) (changed bool) {
	ink := !pr.empty && !v.inspecting
	if t.compact && t.chooser && ink && !t.inkWas {
		t.chooser = false
		closeChooser()
	}
	t.inkWas = ink
	if t.compact {
		t.opener.update(in)
	} else {
		t.opener.hover = false
	}
	chips := t.chipsShown(v, pr)
	changed, t.chipsWere = chips != t.chipsWere, chips
	if chips {
		for i, b := range t.chips {
			b.selected = t.hasTaught && t.taught == v.drawing.Version() && t.set.Len() > 0 && int(t.set.At(t.set.Len()-1).Label) == i
			b.update(in)
		}
		t.export.hover, t.imprt.hover, t.show.hover = false, false, false
	} else if !t.row.Empty() {
		t.show.update(in)
		t.export.update(in)
		t.imprt.update(in)
		for _, b := range t.chips {
			b.hover = false
		}
	}
	if t.note != "" && now >= t.noteEnd {
		t.note = ""
	}
	return changed
}

func (t *teacher) hovering() bool {
	for _, b := range t.chips {
		if b.hover {
			return true
		}
	}
	return t.export.hover || t.imprt.hover || t.show.hover || t.opener.hover || t.list.hovering()
}

// say shows text in the strip's line for a while; bad marks an error.
func (t *teacher) say(text string, bad bool, now uint64) {
	t.note, t.bad = text, bad
	t.noteEnd = now + modelNoteTicks
	if bad {
		t.noteEnd = now + modelErrorTicks
	}
}

// rects adds the buttons that show to a ControlRect map: "teach:open" on
// a phone with the compact strip; "teach:0" to "teach:9" while a drawing
// is on the pad, else "digits:list", "digits:export" and "digits:import".
func (t *teacher) rects(r map[string]ui.Rect, v *padView, pr *prediction) {
	if t.compact {
		r[t.opener.name] = t.opener.rect
	}
	if t.chipsShown(v, pr) {
		for _, b := range t.chips {
			r[b.name] = b.rect
		}
		return
	}
	if t.row.Empty() {
		return
	}
	r[t.export.name], r[t.imprt.name], r[t.show.name] = t.export.rect, t.imprt.rect, t.show.rect
}

// summary is the strip's line when no message shows: how many digits the
// user has and how many the network reads right (snap's score, when it is
// of the set as it is), beside the validation accuracy.
func (t *teacher) summary(snap *trainer.Snapshot, mine bool, chips bool) string {
	n := t.set.Len()
	if n == 0 {
		if chips && t.touch {
			return "That's a… (tap the right digit to keep your drawing)"
		}
		if chips {
			return "That's a… (click the right digit to keep your drawing)"
		}
		return "Your digits: none yet · draw one and say which it is"
	}
	s := fmt.Sprintf("Your digits: %d", n)
	if snap != nil && snap.MineTotal == n && snap.History.Val != nil {
		s = fmt.Sprintf("Your digits: %d of %d read right · validation %s", snap.MineRight, n, ui.FormatPercent(snap.ValAcc))
	}
	if !mine {
		s += " · training on them: off"
	}
	if chips {
		s = "That's a… · " + s
	}
	return s
}

func (t *teacher) look(a *App) teachLook {
	chips := t.chipsShown(a.padV, &a.pred)
	l := teachLook{line: t.line, row: t.row, chips: chips, text: t.note, bad: t.bad}
	if l.text == "" {
		l.text = t.summary(a.snap, a.cfg.Mine, chips)
	}
	return l
}

// redraw draws the line when it changed, and the buttons that show; when
// the row switches between chips and Export/Import it is cleared first.
func (t *teacher) redraw(c *canvas, p *painter, a *App) {
	if t.compact {
		t.opener.redraw(c, p)
	}
	was := t.shown
	if dirty(c, &t.shown, &t.drawn, t.look(a)) {
		l := t.shown
		c.restore(l.line)
		f := p.fonts.regular13
		col := colTextDim
		if l.bad {
			col = colBad
		}
		if !l.line.Empty() {
			p.textIn(c.dst, f, f.ellipsize(l.text, l.line.W), l.line, alignLeft, col)
		}
		if l.chips != was.chips || l.row != was.row || c.all {
			c.restore(l.row)
			for _, b := range t.chips {
				b.shownValid = false
			}
			t.export.shownValid, t.imprt.shownValid, t.show.shownValid = false, false, false
		}
	}
	if t.shown.chips {
		for _, b := range t.chips {
			b.redraw(c, p)
		}
		return
	}
	if t.row.Empty() {
		return
	}
	t.show.redraw(c, p)
	t.export.redraw(c, p)
	t.imprt.redraw(c, p)
}

// keep stores the set, if the app has a store, and sends it to the trainer.
func (a *App) keepDigits() error {
	a.mine.ver++
	a.mine.list.sync(a.mine) // before anything names the list's cells
	ds := a.mine.set.Dataset()
	a.send(trainer.Command{Op: trainer.OpMine, Digits: &ds})
	if a.mine.store == nil {
		return nil
	}
	return a.mine.store.Keep(a.mine.set.Encode())
}

// teach keeps the drawing on the pad as one of the user's digits, labelled
// label; a second click for the same drawing relabels it, and a click on
// the chip it is kept as forgets it (the chip shows selected, so a
// toggle is what the user expects of it).
func (a *App) teach(label int) {
	t := a.mine
	v := a.padV
	if v.inspecting || a.pred.empty || !v.inputOK {
		t.say("Draw a digit first, then say which it is", true, a.ticks)
		return
	}
	d, err := mydigits.FromInput(label, &v.input)
	if err != nil {
		t.say(err.Error(), true, a.ticks)
		return
	}
	relabel := t.hasTaught && t.taught == v.drawing.Version() && t.set.Len() > 0
	if relabel {
		last := t.set.At(t.set.Len() - 1).Label
		t.set.Remove(t.set.Len() - 1) // it is there
		if last == d.Label {
			t.hasTaught = false
			msg := fmt.Sprintf("Forgotten — %d of your digits (click %d again to keep it)", t.set.Len(), label)
			if err := a.keepDigits(); err != nil {
				t.say(msg+", for this session only: "+err.Error(), true, a.ticks)
				return
			}
			t.say(msg, false, a.ticks)
			return
		}
	}
	if err := t.set.Add(d); err != nil {
		t.say(err.Error(), true, a.ticks)
		return
	}
	t.taught, t.hasTaught = v.drawing.Version(), true
	msg := fmt.Sprintf("Kept as a %d — %d of your digits", label, t.set.Len())
	if relabel {
		msg = fmt.Sprintf("Kept as a %d instead — %d of your digits", label, t.set.Len())
	}
	if err := a.keepDigits(); err != nil {
		t.say(msg+", for this session only: "+err.Error(), true, a.ticks)
		return
	}
	t.say(msg, false, a.ticks)
}

// exportDigits is the Export button: the file goes to the store.
func (a *App) exportDigits() {
	t := a.mine
	switch {
	case t.store == nil:
		t.say("This build cannot save files", true, a.ticks)
	case t.set.Len() == 0:
		t.say("Nothing to export yet: teach a digit first", true, a.ticks)
	default:
		msg, err := t.store.Export(digitsFileName, t.set.Encode())
		if err != nil {
			t.say("Not exported: "+err.Error(), true, a.ticks)
			return
		}
		t.say(msg, false, a.ticks)
	}
}

// importDigits is the Import button: the store asks for a file, which
// comes back through ImportDigits.
func (a *App) importDigits() {
	t := a.mine
	if t.store == nil {
		t.say("This build cannot open files", true, a.ticks)
		return
	}
	if msg := t.store.Import(); msg != "" {
		t.say(msg, false, a.ticks)
	}
}

// Teach queues keeping the drawing on the pad as one of the user's digits,
// labelled label, as a click on the chip does; the outcome is the state's
// mine.message. It returns an error only for a label that is not a digit.
// Safe for concurrent use.
func (a *App) Teach(label int) error {
	if label < 0 || label > 9 {
		return fmt.Errorf("%d is not a digit (0 to 9)", label)
	}
	a.auto.do(func() { a.teach(label) })
	return nil
}

// ExportDigits queues encoding the user's digits (mydigits.Encode) and
// calls done with the file's suggested name and bytes in the next Update.
// Safe for concurrent use; done must not block.
func (a *App) ExportDigits(done func(name string, data []byte)) {
	a.auto.do(func() { done(digitsFileName, a.mine.set.Encode()) })
}

// ImportDigits reads a file of the user's digits (mydigits.Decode) and, if
// it is good, queues adding those the user does not have yet. It returns
// "" or why the file was refused, which the strip shows too; a refused
// file changes nothing. Safe for concurrent use.
func (a *App) ImportDigits(data []byte) string {
	s, err := mydigits.Decode(data)
	if err != nil {
		msg := "Not imported: " + strings.TrimPrefix(err.Error(), mydigits.ErrFile.Error()+": ")
		a.auto.do(func() { a.mine.say(msg, true, a.ticks) })
		return err.Error()
	}
	a.auto.do(func() {
		t := a.mine
		n, err := t.set.Merge(s)
		if err != nil {
			t.say("Not imported: "+err.Error(), true, a.ticks)
			return
		}
		msg := fmt.Sprintf("Imported %d of %d digits — %d of your digits", n, s.Len(), t.set.Len())
		if err := a.keepDigits(); err != nil {
			t.say(msg+", for this session only: "+err.Error(), true, a.ticks)
			return
		}
		t.say(msg, false, a.ticks)
	})
	return ""
}

// ClearDigits queues removing all the user's digits, kept ones included.
// Safe for concurrent use.
func (a *App) ClearDigits() {
	a.auto.do(func() {
		a.mine.set.Clear()
		a.mine.hasTaught = false
		if err := a.keepDigits(); err != nil {
			a.mine.say("Cleared for this session only: "+err.Error(), true, a.ticks)
			return
		}
		a.mine.say("Your digits are cleared", false, a.ticks)
	})
}

// IsDigitsFile reports whether data looks like a file of the user's
// digits rather than a model, so that a dropped or picked file goes to
// the right reader.
func IsDigitsFile(data []byte) bool { return mydigits.IsFile(data) }

// mineJSON is the state's "mine": how many digits the user has taught, of
// each label, how many of them the run's network reads right (right and
// total from the newest snapshot, -1 while it has not scored this set),
// and the strip's latest message and whether it is an error.
type mineJSON struct {
	Count   int     `json:"count"`
	Counts  [10]int `json:"counts"`
	Right   int     `json:"right"`
	Total   int     `json:"total"`
	Message string  `json:"message"`
	Error   bool    `json:"error"`
	// List is the list of the user's digits while it is open (listJSON),
	// null while it is closed.
	List *listJSON `json:"list"`
}

func (t *teacher) state(snap *trainer.Snapshot) mineJSON {
	s := mineJSON{Count: t.set.Len(), Counts: t.set.Counts(), Right: -1, Total: -1, Message: t.note, Error: t.bad && t.note != ""}
	if snap != nil && snap.MineTotal == t.set.Len() {
		s.Right, s.Total = snap.MineRight, snap.MineTotal
	}
	return s
}
