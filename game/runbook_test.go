package game

import (
	"slices"
	"strings"
	"testing"
	"time"

	"digitlab/nn"
	"digitlab/runs"
	"digitlab/trainer"
)

// The book records a trainer run once it has trained, under an ID of its
// own, and counts the time it was seen training, at most a second per
// snapshot.
func TestRunBookFollow(t *testing.T) {
	cfg := nn.DefaultConfig()
	other := cfg.Clone()
	other.LearningRate = 0.01
	t0 := time.Unix(1000, 0)
	type seen struct {
		runID   int
		cfg     nn.Config
		run     string
		samples int64
		at      time.Duration // after t0
	}
	tests := []struct {
		name  string
		snaps []seen
		runs  int     // recorded
		secs  float64 // of the last run
	}{
		{"untrained runs are not recorded", []seen{{7, cfg, trainer.RunPaused, 0, 0}, {8, other, trainer.RunTraining, 0, time.Second}}, 0, 0},
		{"a trained run is", []seen{{7, cfg, trainer.RunTraining, 500, 0}}, 1, 0},
		{"its training time adds up", []seen{{7, cfg, trainer.RunTraining, 500, 0}, {7, cfg, trainer.RunTraining, 900, 500 * time.Millisecond}, {7, cfg, trainer.RunTraining, 1500, 1200 * time.Millisecond}}, 1, 1.2},
		{"a stalled page counts a second", []seen{{7, cfg, trainer.RunTraining, 500, 0}, {7, cfg, trainer.RunTraining, 900, time.Minute}}, 1, 1},
		{"a pause does not count", []seen{{7, cfg, trainer.RunTraining, 500, 0}, {7, cfg, trainer.RunPaused, 500, 5 * time.Second}, {7, cfg, trainer.RunTraining, 600, 5500 * time.Millisecond}}, 1, 0.5},
		{"a new trainer run is a new entry", []seen{{7, cfg, trainer.RunTraining, 500, 0}, {8, other, trainer.RunTraining, 100, 2 * time.Second}}, 2, 0},
	}
	for _, tt := range tests {
		b, _ := newRunBook(nil, 0, nil)
		for _, s := range tt.snaps {
			snap := &trainer.Snapshot{}
			snap.RunID, snap.Run, snap.Samples = s.runID, s.run, s.samples
			b.follow(snap, s.cfg, t0.Add(s.at))
		}
		rs := b.Runs()
		if len(rs) != tt.runs {
			t.Errorf("%s: %d runs recorded, want %d", tt.name, len(rs), tt.runs)
			continue
		}
		if len(rs) == 0 {
			continue
		}
		last, want := rs[len(rs)-1], tt.snaps[len(tt.snaps)-1]
		if !last.Config.Equal(want.cfg) || last.Seconds < tt.secs-1e-9 || last.Seconds > tt.secs+1e-9 {
			t.Errorf("%s: last run %s after %v s, want %s after %v s", tt.name, last.Config, last.Seconds, want.cfg, tt.secs)
		}
		if cur, ok := b.Current(); !ok || cur.ID != last.ID {
			t.Errorf("%s: current run %+v, want the last one #%d", tt.name, cur, last.ID)
		}
	}
}

// The pin toggles: a row's pin pins its run or unpins it; the table's pin
// button pins the current run or unpins whatever is pinned.
func TestRunBookPins(t *testing.T) {
	b, _ := newRunBook(nil, 0, nil)
	first := b.Begin(nn.DefaultConfig())
	second := b.Begin(nn.DefaultConfig())
	baseline := func() int {
		base, ok := b.Baseline()
		if !ok {
			return 0
		}
		return base.ID
	}
	steps := []struct {
		name string
		do   func()
		want int // the baseline's ID, 0 for none
	}{
		{"pin the first run", func() { b.togglePin(first) }, first},
		{"pin the second instead", func() { b.togglePin(second) }, second},
		{"pin the second again", func() { b.togglePin(second) }, 0},
		{"the button pins the current run", b.togglePinCurrent, second},
		{"and unpins it", b.togglePinCurrent, 0},
		{"a row pinned, the button unpins it", func() { b.togglePin(first); b.togglePinCurrent() }, 0},
	}
	for _, s := range steps {
		s.do()
		if got := baseline(); got != s.want {
			t.Errorf("%s: baseline #%d, want #%d", s.name, got, s.want)
		}
	}
}

// A shared link carries the config, the runs and the pinned one; without a
// host to publish it, it is shown.
func TestRunBookShareLink(t *testing.T) {
	cfg := nn.DefaultConfig()
	shared := []runs.Run{{Config: cfg, Curve: []runs.Point{{Samples: 5000, Acc: 0.9}}, BestAcc: 0.9, Epochs: 1}}
	b, _ := newRunBook(shared, 1, nil)
	got := b.shareLink(cfg)
	if !strings.HasPrefix(got, "Link: ?") {
		t.Fatalf("without a host the link is %q, want it shown", got)
	}
	opts := OptionsFromQuery(strings.TrimPrefix(got, "Link: "))
	if len(opts.Warnings) > 0 || len(opts.Shared) != 1 || opts.SharedPin != 1 || !opts.Config.Equal(cfg) {
		t.Errorf("the link %q reads back as %+v", got, opts)
	}
	var published string
	b.share = func(q string) string { published = q; return "copied" }
	if msg := b.shareLink(cfg); msg != "copied" || "Link: ?"+published != got {
		t.Errorf("with a host: said %q, published %q, want %q", msg, published, got[len("Link: ?"):])
	}
}

func TestLookVersion(t *testing.T) {
	var v lookVersion[[2]int]
	steps := []struct {
		look [2]int
		want uint64
	}{{[2]int{0, 0}, 1}, {[2]int{0, 0}, 1}, {[2]int{1, 0}, 2}, {[2]int{1, 0}, 2}, {[2]int{0, 0}, 3}}
	for i, s := range steps {
		if got := v.of(s.look); got != s.want {
			t.Errorf("step %d: look %v is version %d, want %d", i, s.look, got, s.want)
		}
	}
}

// A link with more runs than the comparison keeps gets a banner line with
// the true numbers: once the session's own run trains, the book holds
// exactly the shared runs the warning says, and the app shows the line.
func TestSharedRunsOverCapacityAreReported(t *testing.T) {
	cfg := nn.DefaultConfig()
	sharedRuns := func(n int) []runs.Run {
		rs := make([]runs.Run, n)
		for i := range rs {
			c := cfg.Clone()
			c.Seed = uint64(i + 1)
			rs[i] = runs.Run{Config: c, Curve: []runs.Point{{Samples: 5000, Acc: 0.9}}, BestAcc: 0.9, Epochs: 1}
		}
		return rs
	}
	for _, tc := range []struct {
		n, pin int
		want   string // the warning; "" for none
		kept   []uint64
	}{
		{3, 0, "", []uint64{1, 2, 3}},
		{5, 2, "", []uint64{1, 2, 3, 4, 5}},
		{6, 0, "The link shares 6 runs; the comparison keeps the last 5", []uint64{2, 3, 4, 5, 6}},
		{8, 0, "The link shares 8 runs; the comparison keeps the last 5", []uint64{4, 5, 6, 7, 8}},
		{8, 6, "The link shares 8 runs; the comparison keeps the last 5", []uint64{4, 5, 6, 7, 8}},
		{8, 1, "The link shares 8 runs; the comparison keeps the pinned one and the last 5", []uint64{1, 4, 5, 6, 7, 8}},
		{6, 1, "", []uint64{1, 2, 3, 4, 5, 6}},
	} {
		b, warning := newRunBook(sharedRuns(tc.n), tc.pin, nil)
		if warning != tc.want {
			t.Errorf("%d runs, pin %d: warning %q, want %q", tc.n, tc.pin, warning, tc.want)
		}
		snap := &trainer.Snapshot{}
		snap.RunID, snap.Run, snap.Samples = 1, trainer.RunTraining, 500
		b.follow(snap, cfg, time.Unix(1000, 0))
		var kept []uint64
		for _, r := range b.Runs() {
			if r.Shared {
				kept = append(kept, r.Config.Seed)
			}
		}
		if !slices.Equal(kept, tc.kept) {
			t.Errorf("%d runs, pin %d: the book keeps the shared runs %v once the session trains, want %v", tc.n, tc.pin, kept, tc.kept)
		}
		a, _ := newTestApp(t, Options{Shared: sharedRuns(tc.n), SharedPin: tc.pin})
		if shown := slices.Contains(a.warnings, tc.want); shown != (tc.want != "") || (tc.want == "" && len(a.warnings) > 0) {
			t.Errorf("%d runs, pin %d: banner %q", tc.n, tc.pin, a.warnings)
		}
	}
}
