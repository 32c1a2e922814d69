package link

import (
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
	"digitlab/runs"
)

func TestParse(t *testing.T) {
	one := []runs.Run{{Config: nn.DefaultConfig(), Curve: []runs.Point{{Samples: 5000, Acc: 0.9}}, BestAcc: 0.9, Epochs: 1}}
	enc := runs.Encode(one)
	long := strings.Repeat("x", 20000)
	cases := []struct {
		query    string
		lr       float64
		shared   int
		pin      int
		warnings []string // substrings, one per warning
	}{
		{"", 0.001, 0, 0, nil},
		{"?lr=0.01", 0.01, 0, 0, nil},
		{"lr=0.01&runs=" + enc, 0.01, 1, 0, nil},
		{"runs=" + enc + "&act=elu", 0.001, 1, 0, nil},
		{"lr=banana&runs=" + enc, 0.001, 1, 0, []string{"lr=banana: not a number — using the default 0.001"}},
		{"lr=0.1&runs=garbage!", 0.1, 0, 0, []string{"runs:"}},
		{"runs=", 0.001, 0, 0, nil}, // nothing shared
		{"pin=1&runs=" + enc, 0.001, 1, 1, nil},
		{"runs=" + enc + "&pin=2", 0.001, 1, 0, []string{"pin=2: the link shares 1 run "}},
		{"runs=" + enc + "&pin=first", 0.001, 1, 0, []string{"pin=first: not a run number"}},
		{"lr=0.01&pin=1", 0.01, 0, 0, []string{"pin=1: the link shares 0 runs"}},
		// Numbers are plain decimals.
		{"lr=1_0", 0.001, 0, 0, []string{"lr=1_0: not a number"}},
		{"lr=0x1p-3", 0.001, 0, 0, []string{"lr=0x1p-3: not a number"}},
		{"lr=Inf", 0.001, 0, 0, []string{"not a number"}},
		{"lr=.5", 0.5, 0, 0, nil},
		{"lr=5e-1", 0.5, 0, 0, nil},
		// A preset is the base; a bad key falls back to the preset's value.
		{"preset=fail-diverge&lr=banana", 3, 0, 0, []string{"using 3 (the preset's)"}},
		{"preset=fail-zeros&preset=fail-diverge", 0.001, 0, 0, []string{"preset=fail-diverge: given twice — ignored"}},
		// Long and many parameters are cut short, quoted briefly.
		{"foo=" + long, 0.001, 0, 0, []string{"foo: 20004 characters long, at most 256 allowed — ignored"}},
		{"lr=0.01&" + long, 0.01, 0, 0, []string{"xxxxxxxx… (20000 characters): 20000 characters long"}},
	}
	for _, c := range cases {
		l := Parse(c.query)
		if l.Config.LearningRate != c.lr || len(l.Shared) != c.shared || l.Pin != c.pin || len(l.Warnings) != len(c.warnings) {
			t.Errorf("%.60q: lr %v, %d shared, pin %d, warnings %q", c.query, l.Config.LearningRate, len(l.Shared), l.Pin, l.Warnings)
			continue
		}
		for i, w := range c.warnings {
			if !strings.Contains(l.Warnings[i], w) {
				t.Errorf("%.60q: warning %q lacks %q", c.query, l.Warnings[i], w)
			}
		}
	}
}

// Parse reads at most MaxParams parameters, and says so.
func TestParseStopsAtMaxParams(t *testing.T) {
	q := "lr=0.01" + strings.Repeat("&lr=0.02", MaxParams) + "&act=elu"
	l := Parse(q)
	if l.Config.LearningRate != 0.01 || l.Config.Activation != nn.ActReLU {
		t.Errorf("config %v, want lr 0.01 and act relu (act is past the limit)", l.Config)
	}
	n := len(l.Warnings)
	if n != MaxParams || !strings.Contains(l.Warnings[n-1], "more than 32 parameters") {
		t.Errorf("%d warnings, last %q", n, l.Warnings[n-1])
	}
}

func TestWarnings(t *testing.T) {
	cfg, errs := nn.ParseConfigLenient("lr=banana&act=elu&bogus=1&batch=0&lr=0.1")
	got := Warnings(cfg, errs)
	want := []string{
		"lr=banana: not a number — using the default 0.001",
		"bogus=1: unknown key (known: " + strings.Join(nn.ConfigKeys(), ", ") + ", and preset) — ignored",
		"batch=0: must be between 1 and 1024 — using the default 32",
		"lr=0.1: given twice — ignored",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Warnings:\n got %q\nwant %q", got, want)
	}
}

// A link written by Query reads back as the same config, runs and pin.
func TestQueryRoundTrip(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Hidden = []int{256, 64}
	cfg.LearningRate = 0.03
	rs := []runs.Run{
		{ID: 4, Config: nn.DefaultConfig(), Curve: []runs.Point{{Samples: 5000, Acc: 0.9}}, BestAcc: 0.9, Epochs: 1},
		{ID: 7, Config: cfg, Curve: []runs.Point{{Samples: 5000, Acc: 0.5}}, BestAcc: 0.5, Epochs: 1},
	}
	for pinned, wantPin := range map[int]int{0: 0, 4: 1, 7: 2, 9: 0} {
		l := Parse(Query(cfg, rs, pinned))
		if !l.Config.Equal(cfg) || len(l.Shared) != 2 || !l.Shared[1].Config.Equal(cfg) || l.Pin != wantPin || len(l.Warnings) > 0 {
			t.Errorf("pinned %d: read back %+v", pinned, l)
		}
	}
}

// FuzzParse: any address gives a valid config, a pin within the shared
// runs and short warnings, and never panics.
func FuzzParse(f *testing.F) {
	f.Add("")
	f.Add("?lr=0.01&act=elu")
	f.Add("preset=fail-zeros&seed=2&preset=x")
	f.Add("runs=" + runs.Encode([]runs.Run{{Config: nn.DefaultConfig(), BestAcc: 0.5}}) + "&pin=1")
	f.Add("lr=%zz&=&&&hidden=8x8x8x8x8&nesterov=maybe&" + strings.Repeat("y", 300))
	f.Fuzz(func(t *testing.T, q string) {
		l := Parse(q)
		if err := l.Config.Validate(); err != nil {
			t.Fatalf("invalid config %v: %v", l.Config, err)
		}
		if l.Pin < 0 || l.Pin > len(l.Shared) {
			t.Fatalf("pin %d of %d runs", l.Pin, len(l.Shared))
		}
		if len(l.Warnings) > MaxParams+1 {
			t.Fatalf("%d warnings", len(l.Warnings))
		}
		for _, w := range l.Warnings {
			if len(w) > 400 {
				t.Fatalf("warning of %d bytes: %.80q", len(w), w)
			}
		}
	})
}

// BenchmarkParseLong parses an address with a 1 MB parameter: it must cost
// about as much as reading it once (see the package doc).
func BenchmarkParseLong(b *testing.B) {
	q := "lr=0.01&foo=" + strings.Repeat("x", 1<<20)
	b.SetBytes(int64(len(q)))
	for b.Loop() {
		Parse(q)
	}
}
