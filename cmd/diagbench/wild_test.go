package main

import (
	"bytes"
	"runtime"
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
)

// TestWildDraws checks that the wild sweep's cases are valid configs that
// differ from the default in no key they do not name, that a seed draws
// the same cases every time, and that every key is drawn.
func TestWildDraws(t *testing.T) {
	def := configKeys(t, nn.DefaultConfig())
	drawn := map[string]bool{}
	for i := range 300 {
		c := drawWild(7, i)
		if err := c.Config.Validate(); err != nil {
			t.Fatalf("case %d %s: %v", i, c.Config, err)
		}
		if again := drawWild(7, i); again.Config.String() != c.Config.String() || !slices.Equal(again.Keys, c.Keys) {
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
	for _, k := range wildKeys {
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

// TestSmallWildSweep trains the first cases of the wild sweep's seed 1 and
// holds the diagnosis to what the full sweep measured (README, "How far to
// trust the diagnosis"): every broken run gets a finding, no healthy run a
// severe one, and the first finding's change wins back at least half of
// the gap on most broken runs.
func TestSmallWildSweep(t *testing.T) {
	if testing.Short() {
		t.Skip("trains 40 cases")
	}
	base, rs, err := wildBench(1, 40, runtime.GOMAXPROCS(0), false, testDatasets(t))
	if err != nil {
		t.Fatal(err)
	}
	s := tallyWild(base, rs, func(wildResult) bool { return true })
	var out bytes.Buffer
	printWild(&out, 1, base, rs, true)
	switch {
	case s.healthy < 10 || s.broken < 8:
		t.Errorf("%d healthy and %d broken cases, want at least 10 and 8", s.healthy, s.broken)
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
}
