package runs

import (
	"slices"
	"testing"

	"digitlab/nn"
)

// cfgWith returns the default config changed by f.
func cfgWith(f func(*nn.Config)) nn.Config {
	c := nn.DefaultConfig()
	f(&c)
	return c
}

// begin starts n runs of the default config.
func begin(n int) func(*Book) {
	return func(b *Book) {
		for range n {
			b.Begin(nn.DefaultConfig())
		}
	}
}

func pin(id int) func(*Book)  { return func(b *Book) { b.Pin(id) } }
func unpin(b *Book)           { b.Unpin() }
func clearBook(b *Book)       { b.Clear() }
func share(n int) func(*Book) { return sharePinned(n, 0) }
func sharePinned(n, pinned int) func(*Book) {
	return func(b *Book) { b.AddShared(make([]Run, n), pinned) }
}

func ids(rs []Run) []int {
	out := []int{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func TestBookKeeps(t *testing.T) {
	tests := []struct {
		name     string
		cap      int
		ops      []func(*Book)
		want     []int // IDs, oldest first
		base     int   // 0: none
		cur      int   // 0: none
		sharedAt []int // IDs that must be Shared
	}{
		{"empty", 4, nil, []int{}, 0, 0, nil},
		{"under capacity", 4, []func(*Book){begin(3)}, []int{1, 2, 3}, 0, 3, nil},
		{"keeps the last cap", 4, []func(*Book){begin(6)}, []int{3, 4, 5, 6}, 0, 6, nil},
		{"pinned old baseline survives", 4, []func(*Book){begin(2), pin(1), begin(5)}, []int{1, 4, 5, 6, 7}, 1, 7, nil},
		{"unpin lets the old baseline go", 4, []func(*Book){begin(2), pin(1), begin(5), unpin}, []int{4, 5, 6, 7}, 0, 7, nil},
		{"a new pin lets the old baseline go", 4, []func(*Book){begin(2), pin(1), begin(5), pin(6)}, []int{4, 5, 6, 7}, 6, 7, nil},
		{"a recent baseline takes a slot", 4, []func(*Book){begin(5), pin(5)}, []int{2, 3, 4, 5}, 5, 5, nil},
		{"a baseline pinned before eviction survives", 4, []func(*Book){begin(4), pin(2), begin(3)}, []int{2, 4, 5, 6, 7}, 2, 7, nil},
		{"current never evicted by shared runs", 4, []func(*Book){begin(1), share(6)}, []int{1, 5, 6, 7}, 0, 1, []int{5, 6, 7}},
		{"current and baseline kept in a flood", 4, []func(*Book){begin(2), pin(1), share(8)}, []int{1, 2, 8, 9, 10}, 1, 2, []int{8, 9, 10}},
		{"a shared baseline is pinned", 4, []func(*Book){begin(1), sharePinned(3, 2)}, []int{1, 2, 3, 4}, 3, 1, []int{2, 3, 4}},
		{"a shared baseline survives a flood", 4, []func(*Book){begin(1), sharePinned(8, 1)}, []int{1, 2, 7, 8, 9}, 2, 1, []int{2, 7, 8, 9}},
		{"a shared pin out of range pins nothing", 4, []func(*Book){begin(1), pin(1), sharePinned(2, 3)}, []int{1, 2, 3}, 1, 1, []int{2, 3}},
		{"larger capacity", 6, []func(*Book){begin(9)}, []int{4, 5, 6, 7, 8, 9}, 0, 9, nil},
		{"clear keeps the current run", 4, []func(*Book){begin(3), clearBook}, []int{3}, 0, 3, nil},
		{"clear unpins another run", 4, []func(*Book){begin(3), pin(1), clearBook}, []int{3}, 0, 3, nil},
		{"clear keeps a pinned current run", 4, []func(*Book){begin(3), pin(3), clearBook}, []int{3}, 3, 3, nil},
		{"clear of an empty book", 4, []func(*Book){clearBook}, []int{}, 0, 0, nil},
		{"clear drops shared runs", 4, []func(*Book){begin(1), share(2), clearBook, begin(1)}, []int{1, 4}, 0, 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBook(tt.cap)
			for _, op := range tt.ops {
				op(b)
			}
			rs := b.Runs()
			if got := ids(rs); !slices.Equal(got, tt.want) {
				t.Errorf("runs = %v, want %v", got, tt.want)
			}
			base, ok := b.Baseline()
			if ok != (tt.base != 0) || base.ID != tt.base {
				t.Errorf("baseline = #%d (%v), want #%d", base.ID, ok, tt.base)
			}
			cur, ok := b.Current()
			if ok != (tt.cur != 0) || cur.ID != tt.cur {
				t.Errorf("current = #%d (%v), want #%d", cur.ID, ok, tt.cur)
			}
			for _, r := range rs {
				if want := slices.Contains(tt.sharedAt, r.ID); r.Shared != want {
					t.Errorf("run #%d Shared = %v, want %v", r.ID, r.Shared, want)
				}
			}
		})
	}
}

func TestNewBookPanicsBelowMinCap(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("NewBook(3) did not panic")
		}
	}()
	NewBook(MinCap - 1)
}

// rising returns n validation points every 5,000 samples with accuracy
// rising from 0.80 towards 0.98, and a peak of 0.99 at index peak (if any).
func rising(n, peak int) []Point {
	c := make([]Point, n)
	for i := range c {
		c[i] = Point{Samples: int64(i+1) * 5000, Acc: 0.98 - 0.18/float64(i+1)}
	}
	if peak >= 0 && peak < n {
		c[peak].Acc = 0.99
	}
	return c
}

func TestUpdateDownsamples(t *testing.T) {
	tests := []struct {
		name      string
		in        []Point
		wantLen   int
		wantBest  float64
		peakIsOut bool // the peak is thinned away, so BestAcc must come from the full curve
	}{
		{"empty", nil, 0, 0, false},
		{"one point", rising(1, -1), 1, 0.80, false},
		{"exactly MaxPoints", rising(MaxPoints, 7), MaxPoints, 0.99, false},
		{"one too many", rising(MaxPoints+1, 20), MaxPoints, 0.99, false},
		{"100 points", rising(100, 1), MaxPoints, 0.99, true},
		{"1000 points", rising(1000, 500), MaxPoints, 0.99, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBook(4)
			id := b.Begin(nn.DefaultConfig())
			b.Update(id, tt.in, 2.5, 12.3, true)
			r, _ := b.Current()
			if len(r.Curve) != tt.wantLen {
				t.Fatalf("len(Curve) = %d, want %d", len(r.Curve), tt.wantLen)
			}
			if r.BestAcc != tt.wantBest {
				t.Errorf("BestAcc = %v, want %v", r.BestAcc, tt.wantBest)
			}
			if got := BestAcc(r.Curve) < r.BestAcc; got != tt.peakIsOut {
				t.Errorf("peak thinned away = %v, want %v", got, tt.peakIsOut)
			}
			if r.Epochs != 2.5 || r.Seconds != 12.3 || !r.Diverged {
				t.Errorf("progress = %v epochs, %v s, diverged %v; want 2.5, 12.3, true", r.Epochs, r.Seconds, r.Diverged)
			}
			if len(tt.in) == 0 {
				return
			}
			if r.Curve[0] != tt.in[0] || r.Curve[len(r.Curve)-1] != tt.in[len(tt.in)-1] {
				t.Errorf("ends = %v, %v; want %v, %v", r.Curve[0], r.Curve[len(r.Curve)-1], tt.in[0], tt.in[len(tt.in)-1])
			}
			// Every kept point is a point of the input, in order.
			j := 0
			for _, p := range r.Curve {
				for j < len(tt.in) && tt.in[j] != p {
					j++
				}
				if j == len(tt.in) {
					t.Fatalf("kept point %v is not in the input, in order", p)
				}
				j++
			}
		})
	}
}

func TestUpdateUnknownID(t *testing.T) {
	b := NewBook(4)
	b.Begin(nn.DefaultConfig())
	v := b.Version()
	for _, id := range []int{0, -1, 2, 99} {
		b.Update(id, rising(3, -1), 1, 1, false)
	}
	if r, _ := b.Current(); len(r.Curve) != 0 || b.Version() != v {
		t.Errorf("Update of an unknown id changed the book: %+v, version %d→%d", r, v, b.Version())
	}
}

func TestVersion(t *testing.T) {
	tests := []struct {
		name    string
		prep    func(*Book) // before the version is read
		op      func(*Book)
		changes bool
	}{
		{"begin", nil, begin(1), true},
		{"update with progress", nil, func(b *Book) { b.Update(3, rising(5, -1), 1, 2, false) }, true},
		{"update unchanged", nil, func(b *Book) { b.Update(3, rising(2, -1), 1, 1, false) }, false},
		{"update diverged", nil, func(b *Book) { b.Update(3, rising(2, -1), 1, 1, true) }, true},
		{"update unknown", nil, func(b *Book) { b.Update(42, rising(5, -1), 1, 1, false) }, false},
		{"pin", nil, pin(1), true},
		{"pin unknown", nil, pin(42), false},
		{"pin again", nil, pin(2), false},
		{"clear again", clearBook, clearBook, false},
		{"unpin", nil, unpin, true},
		{"unpin nothing", unpin, unpin, false},
		{"clear", nil, clearBook, true},
		{"add shared", nil, share(1), true},
		{"add no shared", nil, share(0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBook(4)
			begin(3)(b)
			b.Update(3, rising(2, -1), 1, 1, false)
			b.Pin(2)
			if tt.prep != nil {
				tt.prep(b)
			}
			v := b.Version()
			tt.op(b)
			if got := b.Version() != v; got != tt.changes {
				t.Errorf("version %d→%d, changed = %v, want %v", v, b.Version(), got, tt.changes)
			}
		})
	}
}

func TestCopies(t *testing.T) {
	// Each mutation reaches into what the book handed out (or was handed)
	// and must not change the book.
	tests := []struct {
		name   string
		mutate func(b *Book, cfg *nn.Config, curve []Point)
	}{
		{"Runs curve", func(b *Book, _ *nn.Config, _ []Point) { b.Runs()[0].Curve[0].Acc = 0 }},
		{"Runs hidden", func(b *Book, _ *nn.Config, _ []Point) { b.Runs()[0].Config.Hidden[0] = 9 }},
		{"Runs append", func(b *Book, _ *nn.Config, _ []Point) {
			r := b.Runs()[0]
			_ = append(r.Curve[:1], Point{Acc: 0})
		}},
		{"Current curve", func(b *Book, _ *nn.Config, _ []Point) { r, _ := b.Current(); r.Curve[1].Samples = 0 }},
		{"Baseline hidden", func(b *Book, _ *nn.Config, _ []Point) { r, _ := b.Baseline(); r.Config.Hidden[0] = 9 }},
		{"config given to Begin", func(_ *Book, cfg *nn.Config, _ []Point) { cfg.Hidden[0] = 9 }},
		{"curve given to Update", func(_ *Book, _ *nn.Config, curve []Point) { curve[0].Acc = 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBook(4)
			cfg := cfgWith(func(c *nn.Config) { c.Hidden = []int{256, 128} })
			curve := rising(3, -1)
			id := b.Begin(cfg)
			b.Update(id, curve, 1, 1, false)
			b.Pin(id)
			v := b.Version()
			tt.mutate(b, &cfg, curve)
			// Compare with fresh values: anything taken from the book
			// before could alias it too.
			r := b.Runs()[0]
			if !slices.Equal(r.Curve, rising(3, -1)) || !slices.Equal(r.Config.Hidden, []int{256, 128}) || b.Version() != v {
				t.Errorf("book changed: %+v", r)
			}
		})
	}
}

func TestCurveFromHistory(t *testing.T) {
	got := CurveFromHistory([]nn.Point{{Samples: 5000, Loss: 0.4, Acc: 0.9}, {Samples: 10000, Loss: 0.3, Acc: 0.93}})
	want := []Point{{5000, 0.9}, {10000, 0.93}}
	if !slices.Equal(got, want) {
		t.Errorf("CurveFromHistory = %v, want %v", got, want)
	}
	if got := CurveFromHistory(nil); got == nil || len(got) != 0 {
		t.Errorf("CurveFromHistory(nil) = %#v, want empty", got)
	}
}

// AddShared says how many shared runs it could not keep.
func TestAddSharedCountsTheDropped(t *testing.T) {
	tests := []struct{ cap, before, shared, pinned, dropped int }{
		{6, 1, 3, 0, 0},
		{6, 1, 5, 0, 0},
		{6, 1, 8, 0, 3},
		{6, 1, 8, 1, 2}, // the pinned first run is kept
		{4, 0, 4, 0, 0},
		{4, 3, 2, 0, 0}, // older own runs make room
	}
	for _, tt := range tests {
		b := NewBook(tt.cap)
		begin(tt.before)(b)
		if got := b.AddShared(make([]Run, tt.shared), tt.pinned); got != tt.dropped {
			t.Errorf("%+v: dropped %d", tt, got)
		}
	}
}
