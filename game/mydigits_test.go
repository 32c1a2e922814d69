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
