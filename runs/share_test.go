package runs

import (
	"encoding/base64"
	"encoding/binary"
	"math"
	"regexp"
	"strings"
	"testing"

	"digitlab/nn"
)

// trained returns a run as a Book holds it after training: a 40-point
// curve thinned from n evaluations every 5,000 samples.
func trained(cfg nn.Config, n int, epochs, seconds float64, diverged bool) Run {
	full := rising(n, n/3)
	return Run{Config: cfg, Curve: Downsample(full, MaxPoints), BestAcc: BestAcc(full), Epochs: epochs, Seconds: seconds, Diverged: diverged}
}

// sameRun reports how got differs from want beyond quantization, or "".
func sameRun(got, want Run) string {
	switch {
	case !got.Config.Equal(want.Config):
		return "config " + got.Config.String() + ", want " + want.Config.String()
	case math.Abs(got.BestAcc-want.BestAcc) > 0.5/accScale:
		return "best accuracy"
	case math.Abs(got.Epochs-want.Epochs) > 0.5/epochsScale:
		return "epochs"
	case math.Abs(got.Seconds-want.Seconds) > 0.5/secondsScale:
		return "seconds"
	case got.Diverged != want.Diverged:
		return "diverged"
	case len(got.Curve) != len(want.Curve):
		return "curve length"
	}
	for i, p := range got.Curve {
		if p.Samples != want.Curve[i].Samples || math.Abs(p.Acc-want.Curve[i].Acc) > 0.5/accScale {
			return "curve point"
		}
	}
	return ""
}

var urlSafe = regexp.MustCompile(`^[A-Za-z0-9_-]*$`)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	def := nn.DefaultConfig()
	elu := cfgWith(func(c *nn.Config) { c.Activation, c.Init = nn.ActELU, nn.InitHeNormal })
	wide := cfgWith(func(c *nn.Config) { c.Hidden, c.Dropout, c.LearningRate = []int{512, 256}, 0.2, 3e-4 })
	sgd := cfgWith(func(c *nn.Config) {
		c.Optimizer, c.Momentum, c.Nesterov, c.LearningRate, c.BatchSize, c.Seed = nn.OptMomentum, 0.95, true, 0.05, 128, 1234567
	})
	// Every key away from its default: the longest config string.
	odd := cfgWith(func(c *nn.Config) {
		c.Hidden, c.Activation, c.Init, c.Dropout = []int{1000, 1000, 1000, 1000}, nn.ActLeakyReLU, nn.InitLecunNormal, 0.123456789
		c.Optimizer, c.LearningRate, c.Momentum, c.Nesterov, c.L2 = nn.OptMomentum, 0.00123456789, 0.987654321, true, 0.000123456789
		c.BatchSize, c.TrainSize, c.Seed = 1000, 59999, math.MaxUint64
	})
	irregular := Run{Config: odd, BestAcc: 0.5, Epochs: 123456.789, Seconds: 9876543.21, Curve: make([]Point, MaxPoints)}
	for i := range irregular.Curve {
		irregular.Curve[i] = Point{Samples: int64(i*i)*987654 + 1, Acc: float64(i%7) / 13}
	}

	tests := []struct {
		name       string
		runs       []Run
		maxPerRun  int // characters per run, 0: unchecked
		wantLength int // number of runs decoded
	}{
		{"none", nil, 0, 0},
		{"default, no curve", []Run{{Config: def}}, 400, 1},
		{"one trained run", []Run{trained(elu, 80, 20, 60, false)}, 400, 1},
		{"four runs", []Run{
			trained(def, 120, 30, 95.5, false), trained(elu, 80, 20, 60.1, false),
			trained(wide, 40, 10, 200.2, false), trained(sgd, 6, 1.5, 4, true),
		}, 400, 4},
		{"eight runs", []Run{
			trained(def, 3, 1, 1, false), trained(elu, 5, 1, 1, false), trained(wide, 7, 1, 1, false), trained(sgd, 9, 1, 1, false),
			trained(def, 11, 1, 1, false), trained(elu, 13, 1, 1, true), trained(wide, 200, 1, 1, false), trained(sgd, 400, 1, 1, false),
		}, 400, 8},
		{"worst case: every key changed, irregular samples", []Run{irregular}, 700, 1},
		{"samples at zero", []Run{{Config: def, Curve: []Point{{0, 0.1}, {0, 0.1}}, BestAcc: 0.1}}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Encode(tt.runs)
			if !urlSafe.MatchString(s) {
				t.Errorf("Encode wrote characters that need URL escaping: %q", s)
			}
			if tt.maxPerRun > 0 && len(s) > tt.maxPerRun*len(tt.runs) {
				t.Errorf("Encode wrote %d characters for %d runs, want at most %d per run", len(s), len(tt.runs), tt.maxPerRun)
			}
			t.Logf("%d runs: %d characters", len(tt.runs), len(s))
			got, err := Decode(s)
			if err != nil {
				t.Fatalf("Decode(Encode) failed: %v", err)
			}
			if len(got) != tt.wantLength {
				t.Fatalf("decoded %d runs, want %d", len(got), tt.wantLength)
			}
			for i, r := range got {
				if msg := sameRun(r, tt.runs[i]); msg != "" {
					t.Errorf("run %d differs: %s", i+1, msg)
				}
				if r.ID != i+1 || !r.Shared {
					t.Errorf("run %d: ID %d, Shared %v; want %d, true", i+1, r.ID, r.Shared, i+1)
				}
			}
		})
	}
}

func TestEncodeSanitizes(t *testing.T) {
	def := nn.DefaultConfig()
	tests := []struct {
		name string
		in   []Run
		want []Run
	}{
		{"NaN and out-of-range numbers",
			[]Run{{Config: def, BestAcc: math.NaN(), Epochs: math.Inf(1), Seconds: -3, Curve: []Point{{-5, -0.5}, {100, math.NaN()}, {200, 1.5}}}},
			[]Run{{Config: def, BestAcc: 1, Epochs: MaxEpochs, Seconds: 0, Curve: []Point{{0, 0}, {100, 0}, {200, 1}}}}},
		{"decreasing samples are held level",
			[]Run{{Config: def, Curve: []Point{{100, 0.5}, {50, 0.6}, {150, 0.7}}}},
			[]Run{{Config: def, BestAcc: 0.7, Curve: []Point{{100, 0.5}, {100, 0.6}, {150, 0.7}}}}},
		{"best raised to the curve's best",
			[]Run{{Config: def, BestAcc: 0.2, Curve: []Point{{100, 0.9}}}},
			[]Run{{Config: def, BestAcc: 0.9, Curve: []Point{{100, 0.9}}}}},
		{"invalid config left out",
			[]Run{{Config: nn.Config{}}, {Config: def, Epochs: 2}},
			[]Run{{Config: def, Epochs: 2, Curve: []Point{}}}},
		{"long curve thinned",
			[]Run{{Config: def, Curve: rising(100, -1), BestAcc: BestAcc(rising(100, -1))}},
			[]Run{{Config: def, Curve: Downsample(rising(100, -1), MaxPoints), BestAcc: BestAcc(rising(100, -1))}}},
		{"only the last MaxShared runs",
			func() []Run {
				rs := make([]Run, MaxShared+2)
				for i := range rs {
					rs[i] = Run{Config: def, Epochs: float64(i)}
				}
				return rs
			}(),
			func() []Run {
				rs := make([]Run, MaxShared)
				for i := range rs {
					rs[i] = Run{Config: def, Epochs: float64(i + 2)}
				}
				return rs
			}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(Encode(tt.in))
			if err != nil {
				t.Fatalf("Decode(Encode) failed: %v", err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("decoded %d runs, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if msg := sameRun(got[i], tt.want[i]); msg != "" {
					t.Errorf("run %d differs: %s: got %+v, want %+v", i+1, msg, got[i], tt.want[i])
				}
			}
		})
	}
}

// raw builds binary values field by field, to craft what Encode never writes.
type raw []byte

func (r raw) u(v uint64) raw  { return binary.AppendUvarint(r, v) }
func (r raw) i(v int64) raw   { return binary.AppendVarint(r, v) }
func (r raw) b(v ...byte) raw { return append(r, v...) }
func (r raw) s(v string) raw  { return append(r.u(uint64(len(v))), v...) }
func (r raw) enc() string     { return base64.RawURLEncoding.EncodeToString(r) }
func header(runs uint64) raw  { return raw{version}.u(runs) }
func run(cfg string) raw      { return header(1).s(cfg).b(0).u(9000).u(150).u(300) }
func twoPoints(r raw, unit uint64, d1 int64) raw {
	return r.u(2).u(unit).u(1).i(8000).u(1).i(d1)
}

func TestDecodeErrors(t *testing.T) {
	good := twoPoints(run("act=elu"), 5000, 1000)
	if _, err := Decode(good.enc()); err != nil {
		t.Fatalf("the well-formed value the cases start from fails: %v", err)
	}
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "empty"},
		{"garbage", "<html>", "base64"},
		{"padding", "AQA=", "base64"},
		{"standard base64 alphabet", strings.ReplaceAll(strings.ReplaceAll(raw{version, 1, 0xfb, 0xff}.enc(), "-", "+"), "_", "/"), "base64"},
		{"too long", strings.Repeat("A", maxEncodedLen+1), "characters"},
		{"wrong version", raw{2, 0}.enc(), "version 2"},
		{"version 0", raw{0}.enc(), "version 0"},
		{"no run count", raw{version}.enc(), "number of runs: value is truncated"},
		{"too many runs", header(MaxShared + 1).enc(), "number of runs"},
		{"missing run", header(2).s("").b(0).u(0).u(0).u(0).u(0).enc(), "run 2: config length: value is truncated"},
		{"truncated config", header(1).u(20).b('a', 'c', 't').enc(), "run 1: config: value is truncated"},
		{"truncated curve", good[:len(good)-1].enc(), "run 1: curve point 2 accuracy: value is truncated"},
		{"truncated anywhere", good[:len(good)/2].enc(), "truncated"},
		{"trailing data", good.b(0).enc(), "trailing data"},
		{"overlong number", header(1).s("").b(0).b(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01).enc(), "64 bits"},
		{"config too long", header(1).u(maxConfigLen + 1).enc(), "config length"},
		{"bad config", run("lr=abc").u(0).enc(), "run 1: config: lr=abc: not a number"},
		{"NaN in config", run("lr=NaN").u(0).enc(), "lr=NaN"},
		{"config out of range", run("hidden=4").u(0).enc(), "hidden"},
		{"unknown key", run("colour=red").u(0).enc(), "colour"},
		{"unknown flags", header(1).s("").b(2).u(0).u(0).u(0).u(0).enc(), "flags"},
		{"best accuracy above 1", header(1).s("").b(0).u(accScale + 1).u(0).u(0).u(0).enc(), "best accuracy"},
		{"epochs out of range", header(1).s("").b(0).u(0).u(MaxEpochs*epochsScale + 1).u(0).u(0).enc(), "epochs"},
		{"too many points", run("").u(MaxPoints + 1).enc(), "number of curve points"},
		{"zero sample unit", twoPoints(run(""), 0, 10).enc(), "sample unit"},
		{"samples overflow", twoPoints(run(""), uint64(MaxSamples), 10).enc(), "curve point 2 samples"},
		{"accuracy above 1", twoPoints(run(""), 1, 2001).enc(), "curve point 2 accuracy: 1.0001 is outside 0..1"},
		{"accuracy below 0", twoPoints(run(""), 1, -8001).enc(), "curve point 2 accuracy: -0.0001 is outside 0..1"},
		{"huge accuracy step", twoPoints(run(""), 1, math.MinInt64).enc(), "curve point 2 accuracy: a change of"},
		{"accuracy step beyond 1", twoPoints(run(""), 1, accScale+1).enc(), "beyond ±1"},
		{"point above the best accuracy", twoPoints(run(""), 1, 1001).enc(), "0.9001 is above the run's best accuracy 0.9000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs, err := Decode(tt.in)
			if err == nil {
				t.Fatalf("Decode succeeded with %+v, want an error containing %q", rs, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "runs: ") {
				t.Errorf("error %q, want it to start with \"runs: \" and contain %q", err, tt.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Encode(nil))
	f.Add(Encode([]Run{trained(nn.DefaultConfig(), 80, 20, 60, false)}))
	f.Add(Encode([]Run{
		trained(cfgWith(func(c *nn.Config) { c.Hidden = []int{256, 128} }), 5, 1, 2, true),
		{Config: cfgWith(func(c *nn.Config) { c.Optimizer, c.Nesterov = nn.OptMomentum, true })},
	}))
	f.Add(twoPoints(run("preset=fail-zeros&seed=2"), 7, -3).enc())
	f.Add("AQA")
	f.Add("<html>")
	f.Fuzz(func(t *testing.T, s string) {
		rs, err := Decode(s)
		if err != nil {
			if rs != nil {
				t.Fatalf("Decode(%q) returned runs with error %v", s, err)
			}
			return
		}
		if len(rs) > MaxShared {
			t.Fatalf("Decode(%q) returned %d runs", s, len(rs))
		}
		for i, r := range rs {
			if err := r.Config.Validate(); err != nil {
				t.Fatalf("run %d: invalid config accepted: %v", i+1, err)
			}
			if len(r.Curve) > MaxPoints || !(r.BestAcc >= 0 && r.BestAcc <= 1) || !r.Shared || r.ID != i+1 {
				t.Fatalf("run %d out of bounds: %+v", i+1, r)
			}
			for j, p := range r.Curve {
				if !(p.Acc >= 0 && p.Acc <= r.BestAcc) || p.Samples < 0 || (j > 0 && p.Samples < r.Curve[j-1].Samples) {
					t.Fatalf("run %d point %d out of bounds: %+v", i+1, j+1, r.Curve)
				}
			}
		}
		again, err := Decode(Encode(rs))
		if err != nil {
			t.Fatalf("re-encoding %q failed to decode: %v", s, err)
		}
		if len(again) != len(rs) {
			t.Fatalf("re-encoding kept %d of %d runs", len(again), len(rs))
		}
		for i := range rs {
			if msg := sameRun(again[i], rs[i]); msg != "" || again[i].Epochs != rs[i].Epochs || again[i].Seconds != rs[i].Seconds {
				t.Fatalf("run %d changed on re-encoding: %s: %+v → %+v", i+1, msg, rs[i], again[i])
			}
		}
	})
}
