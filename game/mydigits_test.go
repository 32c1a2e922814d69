package game

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"digitlab/game/ui"
	"digitlab/mydigits"
	"digitlab/nn"
	"digitlab/trainer"
)

// fakeStore keeps the digits in memory, as browser storage or a file would.
type fakeStore struct {
	kept     []byte
	loadErr  error
	keepErr  error
	exported []byte
	name     string
	imports  int
}

func (f *fakeStore) Load() ([]byte, error) { return f.kept, f.loadErr }
func (f *fakeStore) Keep(data []byte) error {
	if f.keepErr != nil {
		return f.keepErr
	}
	f.kept = bytes.Clone(data)
	return nil
}
func (f *fakeStore) Export(name string, data []byte) (string, error) {
	f.name, f.exported = name, bytes.Clone(data)
	return "Saved " + name, nil
}
func (f *fakeStore) Import() string { f.imports++; return "" }

func mineOf(t *testing.T, a *App) mineJSON {
	t.Helper()
	var s struct{ Mine mineJSON }
	if err := json.Unmarshal([]byte(a.StateJSON()), &s); err != nil {
		t.Fatal(err)
	}
	return s.Mine
}

// keptLabels decodes the store's file into its labels.
func keptLabels(t *testing.T, f *fakeStore) []int {
	t.Helper()
	s, err := mydigits.Decode(f.kept)
	if err != nil {
		t.Fatal(err)
	}
	var l []int
	for i := range s.Len() {
		l = append(l, int(s.At(i).Label))
	}
	return l
}

// mineSent returns the digits of the last OpMine sent, and whether one was.
func mineSent(cmds []trainer.Command) (nn.Dataset, bool) {
	for i := len(cmds) - 1; i >= 0; i-- {
		if c := cmds[i]; c.Op == trainer.OpMine && c.Digits != nil {
			return *c.Digits, true
		}
	}
	return nn.Dataset{}, false
}

// A click on a chip keeps the drawing with that label, in the store and in
// the trainer; a click on another chip relabels it, the same chip again
// forgets it and a third click keeps it again; a new drawing is a new
// digit.
func TestTeachKeepsTheDrawing(t *testing.T) {
	store := &fakeStore{}
	a, ft := drawnApp(t, nn.DefaultConfig(), Options{Digits: store})
	ft.take()
	for _, step := range []struct {
		do      func()
		labels  []int
		message string
	}{
		{func() { click(t, a, "teach:3") }, []int{3}, "Kept as a 3 — 1 of your digits"},
		{func() { click(t, a, "teach:5") }, []int{5}, "Kept as a 5 instead — 1 of your digits"},
		{func() { click(t, a, "teach:5") }, nil, "Forgotten — 0 of your digits (click 5 again to keep it)"},
		{func() { click(t, a, "teach:5") }, []int{5}, "Kept as a 5 — 1 of your digits"},
		{func() {
			a.ClearPad()
			tick(a)
			a.DrawStrokes(aSeven)
			tick(a)
			click(t, a, "teach:7")
		}, []int{5, 7}, "Kept as a 7 — 2 of your digits"},
	} {
		step.do()
		tick(a)
		if got := keptLabels(t, store); fmt.Sprint(got) != fmt.Sprint(step.labels) {
			t.Errorf("kept %v, want %v", got, step.labels)
		}
		if m := mineOf(t, a); !strings.HasPrefix(m.Message, step.message) || m.Error || m.Count != len(step.labels) {
			t.Errorf("state %+v, want %q", m, step.message)
		}
	}
	sent, ok := mineSent(ft.take())
	if !ok || sent.Len() != 2 || sent.Labels[1] != 7 {
		t.Fatalf("the trainer got %v", sent.Labels)
	}
	// The image kept is the network's input, as the pad shows it.
	for i, v := range a.padV.input {
		if want := uint8(v*255 + 0.5); sent.Pixels[nn.Inputs+i] != want {
			t.Fatalf("pixel %d kept as %d, the input is %d", i, sent.Pixels[nn.Inputs+i], want)
		}
	}
}

// Teaching needs a drawing; a store that fails keeps the digit for the
// session and says so; a full set says so.
func TestTeachRefusals(t *testing.T) {
	for _, tc := range []struct {
		name    string
		store   *fakeStore
		prepare func(a *App)
		count   int
		message string
	}{
		{"empty pad", &fakeStore{}, func(a *App) { a.ClearPad(); tick(a) }, 0, "Draw a digit first"},
		{"store fails", &fakeStore{keepErr: errors.New("quota exceeded")}, func(*App) {}, 1, "for this session only: quota exceeded"},
		{"full", &fakeStore{}, func(a *App) {
			for range mydigits.Max {
				a.mine.set.Add(mydigits.Digit{Label: 1})
			}
		}, mydigits.Max, "the most kept"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := drawnApp(t, nn.DefaultConfig(), Options{Digits: tc.store})
			tc.prepare(a)
			if err := a.Teach(4); err != nil {
				t.Fatal(err)
			}
			tick(a)
			if m := mineOf(t, a); !strings.Contains(m.Message, tc.message) || !m.Error || m.Count != tc.count {
				t.Errorf("state %+v, want the error %q and %d digits", m, tc.message, tc.count)
			}
		})
	}
	a, _ := newTestApp(t, Options{})
	for _, label := range []int{-1, 10} {
		if err := a.Teach(label); err == nil {
			t.Errorf("Teach(%d) accepted", label)
		}
	}
}

// The kept digits come back in a new app, and reach the trainer before
// its first run starts; a kept file that cannot be read is a warning.
func TestKeptDigitsComeBack(t *testing.T) {
	var set mydigits.Set
	set.Add(mydigits.Digit{Label: 6})
	set.Add(mydigits.Digit{Label: 9})
	for _, tc := range []struct {
		name    string
		store   *fakeStore
		count   int
		warning string
	}{
		{"kept", &fakeStore{kept: set.Encode()}, 2, ""},
		{"none", &fakeStore{}, 0, ""},
		{"corrupted", &fakeStore{kept: set.Encode()[:20]}, 0, "Your digits could not be read"},
		{"unreadable", &fakeStore{loadErr: errors.New("permission denied")}, 0, "permission denied"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, ft := newTestApp(t, Options{Digits: tc.store})
			cmds := ft.take()
			if m := mineOf(t, a); m.Count != tc.count {
				t.Errorf("%d digits, want %d", m.Count, tc.count)
			}
			if got := strings.Join(a.warnings, "|"); (tc.warning == "") != (got == "") || !strings.Contains(got, tc.warning) {
				t.Errorf("warnings %q, want %q", got, tc.warning)
			}
			sent, ok := mineSent(cmds)
			if ok != (tc.count > 0) || sent.Len() != tc.count {
				t.Errorf("sent %d digits (%v), want %d", sent.Len(), ok, tc.count)
			}
			if ok && cmds[0].Op != trainer.OpMine {
				t.Errorf("the digits came after %s", cmds[0].Op)
			}
		})
	}
}

// Export writes the set; Import merges a good file and refuses a bad one
// with the reason, changing nothing.
func TestExportImport(t *testing.T) {
	var theirs mydigits.Set
	theirs.Add(mydigits.Digit{Label: 2})
	theirs.Add(mydigits.Digit{Label: 8})
	for _, tc := range []struct {
		name    string
		data    []byte
		count   int
		refusal string
		message string
	}{
		{"good", theirs.Encode(), 3, "", "Imported 2 of 2 digits — 3 of your digits"},
		{"a model", []byte("DLMODEL\x00rest"), 1, "not a Digit Lab digits file", "Not imported: this is not a Digit Lab digits file"},
		{"cut", theirs.Encode()[:30], 1, "truncated", "Not imported: the file is truncated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			store := &fakeStore{}
			a, _ := drawnApp(t, nn.DefaultConfig(), Options{Digits: store})
			click(t, a, "teach:1")
			refusal := a.ImportDigits(tc.data)
			tick(a)
			if (refusal == "") != (tc.refusal == "") || !strings.Contains(refusal, tc.refusal) {
				t.Errorf("refusal %q, want %q", refusal, tc.refusal)
			}
			if m := mineOf(t, a); m.Count != tc.count || !strings.HasPrefix(m.Message, tc.message) {
				t.Errorf("state %+v, want %d digits and %q", m, tc.count, tc.message)
			}
			if len(keptLabels(t, store)) != tc.count {
				t.Errorf("the store keeps %v", keptLabels(t, store))
			}
			a.ClearPad()
			tick(a)
			click(t, a, "digits:export")
			if got, err := mydigits.Decode(store.exported); err != nil || got.Len() != tc.count || store.name != digitsFileName {
				t.Errorf("exported %s: %v", store.name, err)
			}
			click(t, a, "digits:import")
			if store.imports != 1 {
				t.Errorf("Import asked %d times", store.imports)
			}
		})
	}
}

// The strip's line gives the trainer's score of the user's digits beside
// the validation accuracy once it is of the set as it is.
func TestTeachStripScore(t *testing.T) {
	store := &fakeStore{}
	a, ft := drawnApp(t, nn.DefaultConfig(), Options{Digits: store})
	click(t, a, "teach:4")
	a.mine.note = ""
	for _, tc := range []struct {
		right, total int
		want         string
		state        [2]int
	}{
		{0, 0, "Your digits: 1 · training on them: off", [2]int{-1, -1}},
		{1, 1, "Your digits: 1 of 1 read right · validation 55.0%", [2]int{1, 1}},
	} {
		s := snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1)
		s.MineRight, s.MineTotal = tc.right, tc.total
		ft.set(s)
		tick(a)
		if got := a.mine.summary(a.snap, a.cfg.Mine, false); !strings.HasPrefix(got, tc.want) {
			t.Errorf("line %q, want %q", got, tc.want)
		}
		if m := mineOf(t, a); [2]int{m.Right, m.Total} != tc.state {
			t.Errorf("state right %d of %d, want %v", m.Right, m.Total, tc.state)
		}
	}
}

// On every screen the chips lie in the drawing panel, over nothing else
// of it, as tall as a finger needs on a phone and about as wide as a
// phone keyboard's keys; clicking one teaches.
func TestTeachStripLayout(t *testing.T) {
	for _, tc := range []struct {
		size    [2]int
		banners int
	}{{[2]int{1280, 800}, 0}, {[2]int{1280, 800}, 1}, {[2]int{1280, 800}, 2}, {[2]int{1280, 800}, 5}, {[2]int{1024, 640}, 0}, {[2]int{390, 844}, 0}, {[2]int{390, 780}, 0}, {[2]int{360, 740}, 0}, {[2]int{320, 568}, 0}, {[2]int{844, 390}, 0}, {[2]int{667, 375}, 0}} {
		size := tc.size
		store := &fakeStore{}
		a, ft := newTestApp(t, Options{Digits: store, Warnings: make([]string, tc.banners)})
		ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
		a.Layout(size[0], size[1])
		tick(a)
		a.DrawStrokes(aSeven)
		tick(a)
		l := a.padV.layout
		panel := a.screen.Drawing
		others := map[string]ui.Rect{"clear": l.Clear, "title": l.Title, "guess": a.padV.guessArea(), "pad": l.Pad, "preview": l.Preview,
			"save": a.model.save.rect, "load": a.model.load.rect, "note": l.BarsNote}
		for i, r := range l.Bars {
			others[fmt.Sprint("bar", i)] = r
		}
		check := func(name string, r ui.Rect) {
			if r.X < panel.X || r.Right() > panel.Right() || r.Y < panel.Y || r.Bottom() > panel.Bottom() {
				t.Errorf("%v: %s %v outside the panel %v", size, name, r, panel)
			}
			if a.form != ui.Desktop && name != "line" && (r.H < ui.TouchH || r.W < 24) {
				t.Errorf("%v: %s %v is smaller than a finger", size, name, r)
			}
			for o, q := range others {
				if overlaps(r, q) {
					t.Errorf("%v: %s %v overlaps %s %v", size, name, r, o, q)
				}
			}
		}
		if !a.mine.line.Empty() {
			check("line", a.mine.line)
		} else if tc.banners == 0 && !a.mine.row.Empty() {
			t.Errorf("%v: no line", size)
		}
		// A short portrait phone has no room under the answer: the pad
		// keeps its size and the strip waits for a taller screen.
		if (tc.banners > 1 || size == [2]int{320, 568}) && a.mine.row.Empty() { // no room: the strip waits for the banner to close
			if _, _, _, _, ok := a.ControlRect("teach:0"); ok {
				t.Errorf("%v with %d banners: chips without a row", size, tc.banners)
			}
			continue
		}
		for i := range 10 {
			name := fmt.Sprint("teach:", i)
			x, y, w, h, ok := a.ControlRect(name)
			if !ok {
				t.Fatalf("%v: no %s with a drawing on the pad", size, name)
			}
			check(name, ui.Rect{X: x, Y: y, W: w, H: h})
		}
		if a.form == ui.Portrait && size[1] >= 780 && l.Pad.W < 0.8*float64(size[0]) {
			t.Errorf("%v: the pad is %v wide", size, l.Pad.W)
		}
		click(t, a, "teach:9")
		if got := keptLabels(t, store); fmt.Sprint(got) != "[9]" {
			t.Errorf("%v: kept %v", size, got)
		}
		a.ClearPad()
		tick(a)
		if _, _, _, _, ok := a.ControlRect("teach:0"); ok {
			t.Errorf("%v: chips on an empty pad", size)
		}
		for _, name := range []string{"digits:export", "digits:import"} {
			x, y, w, h, ok := a.ControlRect(name)
			if !ok {
				t.Fatalf("%v: no %s on an empty pad", size, name)
			}
			check(name, ui.Rect{X: x, Y: y, W: w, H: h})
		}
	}
}

// storeOf returns a store that keeps a set of the labels, each digit with
// an image of its own (a bar at a height of its place).
func storeOf(t *testing.T, labels ...uint8) (*fakeStore, []byte) {
	t.Helper()
	var s mydigits.Set
	for i, l := range labels {
		d := mydigits.Digit{Label: l}
		for x := range 20 {
			d.Image[(4+i%20)*28+4+x] = 255
		}
		if err := s.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	data := s.Encode()
	return &fakeStore{kept: bytes.Clone(data)}, data
}

// openedList returns an app at size whose kept digits have the labels,
// with the list of them open.
func openedList(t *testing.T, size [2]int, labels ...uint8) (*App, *fakeStore, []byte) {
	t.Helper()
	store, data := storeOf(t, labels...)
	a, ft := newTestApp(t, Options{Digits: store})
	ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
	a.Layout(size[0], size[1])
	tick(a)
	if _, _, _, _, ok := a.ControlRect("digits:list"); !ok {
		click(t, a, "teach:open") // a short phone's compact strip
	}
	click(t, a, "digits:list")
	tick(a)
	return a, store, data
}

// shownList is the state's list: the indices and labels shown.
func shownList(t *testing.T, a *App) (idx, labels []int) {
	t.Helper()
	l := mineOf(t, a).List
	if l == nil {
		t.Fatal("the list is not open")
	}
	for _, d := range l.Shown {
		idx, labels = append(idx, d.Index), append(labels, d.Label)
	}
	return idx, labels
}

// The list shows the digits by label; a click on one removes it from the
// set and the store, Undo puts it back where it was, and Done gives the
// pad back with the removal kept.
func TestDigitListRemoveUndo(t *testing.T) {
	for _, size := range [][2]int{{1280, 800}, {390, 844}, {320, 568}, {667, 375}} {
		a, store, original := openedList(t, size, 5, 2, 5, 9)
		if _, _, _, _, ok := a.ControlRect("pad"); ok {
			t.Errorf("%v: the pad is there under the list", size)
		}
		idx, labels := shownList(t, a)
		if fmt.Sprint(idx, labels) != "[1 0 2 3] [2 5 5 9]" {
			t.Errorf("%v: shown %v %v, want the 2, the two 5s as taught, the 9", size, idx, labels)
		}
		for _, step := range []struct {
			control string
			labels  []int
			message string
		}{
			{"mine:remove:0", []int{2, 5, 9}, "Removed a 5 — 3 of your digits"},
			{"mine:remove:2", []int{2, 5}, "Removed a 9 — 2 of your digits"},
			{"mine:undo", []int{2, 5, 9}, "Put back a 9 — 3 of your digits"},
			{"mine:undo", []int{5, 2, 5, 9}, "Put back a 5 — 4 of your digits"},
			{"mine:remove:1", []int{5, 5, 9}, "Removed a 2 — 3 of your digits"},
		} {
			click(t, a, step.control)
			tick(a)
			if got := keptLabels(t, store); fmt.Sprint(got) != fmt.Sprint(step.labels) {
				t.Errorf("%v %s: kept %v, want %v", size, step.control, got, step.labels)
			}
			if m := mineOf(t, a); m.Message != step.message || m.Error {
				t.Errorf("%v %s: message %q, want %q", size, step.control, m.Message, step.message)
			}
		}
		click(t, a, "mine:undo")
		if !bytes.Equal(store.kept, original) {
			t.Errorf("%v: undoing every removal did not give the set back", size)
		}
		if _, _, _, _, ok := a.ControlRect("mine:undo"); ok {
			t.Errorf("%v: Undo with nothing to put back", size)
		}
		click(t, a, "mine:remove:3")
		click(t, a, "mine:done")
		tick(a)
		if m := mineOf(t, a); m.List != nil || m.Count != 3 {
			t.Errorf("%v: after Done the list is %v with %d digits", size, m.List, m.Count)
		}
		if _, _, _, _, ok := a.ControlRect("pad"); !ok {
			t.Errorf("%v: no pad after Done", size)
		}
	}
}

// Each digit shown is read with the pad's network: the list's reading is
// the class the network gives the digit's image.
func TestDigitListReadsWithTheNetwork(t *testing.T) {
	a, _, _ := openedList(t, [2]int{1280, 800}, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	for range 3 {
		tick(a)
	}
	net, err := nn.NewPredictor(nn.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.SetWeights(a.snap.Weights); err != nil {
		t.Fatal(err)
	}
	l := mineOf(t, a).List
	if l == nil || len(l.Shown) != 10 {
		t.Fatalf("list %+v", l)
	}
	img := make([]float32, nn.Inputs)
	probs := make([]float32, nn.Classes)
	for _, d := range l.Shown {
		for k, g := range a.mine.set.At(d.Index).Image {
			img[k] = float32(g) / 255
		}
		net.Predict(img, probs)
		best := 0
		for k, p := range probs {
			if p > probs[best] {
				best = k
			}
		}
		if d.Read != best {
			t.Errorf("digit %d (a %d) read as %d, the network says %d", d.Index, d.Label, d.Read, best)
		}
	}
}

// Many digits go on pages; the pager turns them, and removing the last
// digit of the last page shows the page before.
func TestDigitListPages(t *testing.T) {
	labels := make([]uint8, 130)
	for i := range labels {
		labels[i] = uint8(i % 10)
	}
	a, _, _ := openedList(t, [2]int{360, 640}, labels...)
	l := mineOf(t, a).List
	per := len(l.Shown)
	if l.Pages != (len(labels)+per-1)/per || l.Pages < 2 {
		t.Fatalf("%d pages of %d, want all %d digits", l.Pages, per, len(labels))
	}
	seen := map[int]bool{}
	for p := range l.Pages {
		if p > 0 {
			click(t, a, "mine:next")
		}
		idx, _ := shownList(t, a)
		for _, i := range idx {
			seen[i] = true
		}
	}
	if len(seen) != len(labels) {
		t.Errorf("the pages show %d different digits, want %d", len(seen), len(labels))
	}
	for range len(labels) - (l.Pages-1)*per {
		idx, _ := shownList(t, a)
		click(t, a, fmt.Sprint("mine:remove:", idx[0]))
	}
	if got := mineOf(t, a).List; got.Page != l.Pages-2 || got.Pages != l.Pages-1 {
		t.Errorf("after emptying the last page: page %d of %d", got.Page, got.Pages)
	}
	click(t, a, "mine:prev")
	if got := mineOf(t, a).List; got.Page != l.Pages-3 {
		t.Errorf("Prev shows page %d", got.Page)
	}
}

// On a portrait phone too short for the strip under the answer, the pad
// keeps its size and Teach in its header opens the strip in the answer's
// place: ten chips a finger's size, which teach; a new drawing closes it,
// and on an empty pad it gives the list, Export and Import.
func TestCompactTeaching(t *testing.T) {
	for _, size := range [][2]int{{320, 568}, {360, 640}} {
		store := &fakeStore{}
		a, ft := newTestApp(t, Options{Digits: store})
		ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
		a.Layout(size[0], size[1])
		tick(a)
		padW := a.padV.layout.Pad.W
		a.DrawStrokes(aSeven)
		tick(a)
		if _, _, _, _, ok := a.ControlRect("teach:0"); ok {
			t.Errorf("%v: chips before Teach", size)
		}
		clearW := a.p.fonts.bold13.width("Clear") + 28
		if whole := ui.PhoneDrawingLayout(a.screen.Drawing, clearW, ui.Portrait).Pad.W; padW != whole {
			t.Errorf("%v: the pad is %v wide, %v without the strip", size, padW, whole)
		}
		click(t, a, "teach:open")
		tick(a)
		panel := a.screen.Drawing
		for i := range 10 {
			x, y, w, h, ok := a.ControlRect(fmt.Sprint("teach:", i))
			r := ui.Rect{X: x, Y: y, W: w, H: h}
			if !ok || w < ui.TouchH || h < ui.TouchH || !inside(r, panel) || overlaps(r, a.padV.layout.Pad) {
				t.Errorf("%v: teach:%d at %v (%v), want a %d px square target in %v under the pad", size, i, r, ok, ui.TouchH, panel)
			}
		}
		if a.padV.layout.Pad.W != padW {
			t.Errorf("%v: the pad went from %v to %v wide", size, padW, a.padV.layout.Pad.W)
		}
		click(t, a, "teach:4")
		tick(a)
		if got := keptLabels(t, store); fmt.Sprint(got) != "[4]" {
			t.Errorf("%v: kept %v", size, got)
		}
		a.ClearPad()
		tick(a)
		for _, name := range []string{"digits:list", "digits:export", "digits:import"} {
			if _, _, w, h, ok := a.ControlRect(name); !ok || w < ui.TouchH || h < ui.TouchH {
				t.Errorf("%v: %s is %vx%v (%v) on an empty pad", size, name, w, h, ok)
			}
		}
		a.DrawStrokes(aSeven)
		tick(a)
		tick(a)
		if _, _, _, _, ok := a.ControlRect("teach:0"); ok || a.padV.layout.Guess.Empty() {
			t.Errorf("%v: the strip stays open over a new drawing's answer", size)
		}
		if m := mineOf(t, a); !strings.HasPrefix(m.Message, "Kept as a 4") {
			t.Errorf("%v: message %q", size, m.Message)
		}
	}
}
