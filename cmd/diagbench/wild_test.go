package main

import (
	"bytes"
	"runtime"
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
)

// TestWildDraws checks that each wild sweep's cases are valid configs
// that differ from its base in no key they do not name, that a seed draws
// the same cases every time, that every key is drawn, and that no drawn
// convolution costs more than the sweep allows.
func TestWildDraws(t *testing.T) {
	for _, w := range wildSweeps {
		t.Run(w.Name, func(t *testing.T) { testWildDraws(t, w) })
	}
	// The dense sweep's cases are those every report so far was made of.
	dense, err := lookupSweep("dense")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		seed uint64
		i    int
		want string
	}{
		{1, 0, "hidden=128&act=relu&init=glorot-uniform&dropout=0&opt=adam&lr=0.001&momentum=0.9&nesterov=1&l2=0&batch=32&train=20000&seed=1"},
		{1, 2, "hidden=128&act=relu&init=glorot-uniform&dropout=0&opt=adam&lr=0.001&momentum=0.973&nesterov=0&l2=1.1e-05&batch=32&train=20000&seed=1"},
		{6, 1, "hidden=128&act=leaky-relu&init=glorot-uniform&dropout=0&opt=adam&lr=0.001&momentum=0.9&nesterov=0&l2=0&batch=32&train=144&seed=1"},
	} {
		if got := dense.drawWild(tt.seed, tt.i).Config.String(); got != tt.want {
			t.Errorf("dense seed %d case %d: %s, want %s as reported", tt.seed, tt.i, got, tt.want)
		}
	}
	if _, err := lookupSweep("perceptron"); err == nil || !strings.Contains(err.Error(), "dense or conv") {
		t.Errorf("lookupSweep(perceptron): %v, want an error naming the sweeps", err)
	}
}

func testWildDraws(t *testing.T, w wildSweep) {
	def := configKeys(t, w.Base())
	drawn := map[string]bool{}
	for i := range 300 {
		c := w.drawWild(7, i)
		if cost := convCost(c.Config); cost > maxConvCostFactor*convCost(cnnConfig()) {
			t.Errorf("case %d %s costs %d multiply-adds an image, over %d times the cnn preset's", i, c.Config, cost, maxConvCostFactor)
		}
		if err := c.Config.Validate(); err != nil {
			t.Fatalf("case %d %s: %v", i, c.Config, err)
		}
		if again := w.drawWild(7, i); again.Config.String() != c.Config.String() || !slices.Equal(again.Keys, c.Keys) {
			t.Fatalf("case %d drawn twice: %s then %s", i, c.Config, again.Config)
		}
		if n := len(c.Keys); n < 1 || n > 3 {
			t.Fatalf("case %d sets %d keys", i, n)
		}
		for k, v := range configKeys(t, c.Config) {
			if v != def[k] && !slices.Contains(c.Keys, k) {
				t.Errorf("case %d %s: %s=%s differs from the default but is not among %v", i, c.Config, k, v, c.Keys)
			}
		}
		for k := range def {
			if _, ok := configKeys(t, c.Config)[k]; !ok && !slices.Contains(c.Keys, k) {
				t.Errorf("case %d %s lost key %s", i, c.Config, k)
			}
		}
		got := configKeys(t, c.Config)
		for _, k := range c.Keys {
			if got[k] == def[k] {
				t.Errorf("case %d %s names %s but keeps its default", i, c.Config, k)
			}
			drawn[k] = true
		}
		if i < 24 {
			t.Logf("%d [%s] %s", i, strings.Join(c.Keys, ","), c.Config)
		}
	}
	for _, k := range w.Keys {
		if !drawn[k] {
			t.Errorf("key %s never drawn", k)
		}
	}
}

// configKeys returns the keys of c's compact string with their values.
func configKeys(t *testing.T, c nn.Config) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, kv := range strings.Split(c.String(), "&") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			t.Fatalf("%s: no = in %q", c, kv)
		}
		m[k] = v
	}
	return m
}

// TestSmallWildSweep trains the first cases of each wild sweep's seed 1
// and holds the diagnosis to what the full sweeps measured (README, "How
// far to trust the diagnosis"): every broken run gets a finding, no
// healthy run a severe one, and the first finding's change wins back at
// least half of the gap on most broken runs.
func TestSmallWildSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("trains 64 cases")
	}
	ds := testDatasets(t)
	for _, tt := range []struct {
		sweep           string
		cases           int
		healthy, broken int // at least this many of each, or the sample says little
	}{
		{"dense", 40, 10, 8},
		{"conv", 24, 8, 8},
	} {
		t.Run(tt.sweep, func(t *testing.T) {
			w, err := lookupSweep(tt.sweep)
			if err != nil {
				t.Fatal(err)
			}
			base, rs, err := w.wildBench(1, tt.cases, runtime.GOMAXPROCS(0), false, ds)
			if err != nil {
				t.Fatal(err)
			}
			s := tallyWild(base, rs, func(wildResult) bool { return true })
			var out bytes.Buffer
			w.printWild(&out, 1, base, rs, true)
			switch {
			case s.healthy < tt.healthy || s.broken < tt.broken:
				t.Errorf("%d healthy and %d broken cases, want at least %d and %d", s.healthy, s.broken, tt.healthy, tt.broken)
			case s.alarms > 0:
				t.Errorf("%d of %d healthy runs got a severe finding", s.alarms, s.healthy)
			case s.silent > 0:
				t.Errorf("%d of %d broken runs got no finding", s.silent, s.broken)
			case ratio(s.helped, s.broken) < 0.8:
				t.Errorf("the first fix won back half the gap on %d of %d broken runs, want 80%%", s.helped, s.broken)
			default:
				if testing.Verbose() {
					t.Log("\n" + out.String())
				}
				return
			}
			t.Log("\n" + out.String())
		})
	}
}
