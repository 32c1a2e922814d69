package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"digitlab/augment"
	"digitlab/internal/datasets"
	"digitlab/nn"
)

func TestParseFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		wantErr string // "" for none
	}{
		{nil, ""},
		{[]string{"-seed", "5", "-n", "200", "-json"}, ""},
		{[]string{"-augment", "0,1,2"}, ""},
		{[]string{"-n", "5"}, "-n 5"},
		{[]string{"-seed", "4294967296"}, "below 2^32"},
		{[]string{"-augment", "off,strong"}, ""},
		{[]string{"-config", "preset=draw-robust&seed=3"}, ""},
		{[]string{"-augment", "3"}, "levels are 0 to 2"},
		{[]string{"-augment", "x"}, "levels are 0 to 2"},
		{[]string{"-config", "augment=9"}, "-config: augment=9"},
		{[]string{"-model", "m", "-augment", "1"}, "-model excludes"},
		{[]string{"-model", "m", "-config", "lr=0.1"}, "-model excludes"},
		{[]string{"-epochs", "0"}, "-epochs 0"},
		{[]string{"-verdict", "-final"}, ""},
		{[]string{"-fresh", "-n", "100"}, ""},
		{[]string{"-blind", "-blind-held"}, ""},
		{[]string{"-verdict", "-model", "m"}, "-verdict excludes"},
		{[]string{"-verdict", "-augment", "1"}, "-verdict excludes"},
		{[]string{"-verdict", "-vblind", "tuning"}, ""},
		{[]string{"-vblind", "held-out"}, ""},
		{[]string{"-vblind", "all"}, "-vblind \"all\""},
		{[]string{"-verdict", "-vunseen", "held-out"}, ""},
		{[]string{"-verdict", "-vunseen", "all"}, "-vunseen \"all\""},
		{[]string{"-vunseen", "tuning"}, "with -verdict"},
		{[]string{"-verdict", "-json", "-vunseen", "tuning"}, "without -json"},
		{[]string{"extra"}, "unexpected argument"},
	} {
		_, err := parseFlags(tc.args, &bytes.Buffer{})
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%v: %v", tc.args, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%v: error %v, want one containing %q", tc.args, err, tc.wantErr)
		}
	}
}

// TestMeasure checks that a report counts every drawing once, in the part
// it belongs to, on an untrained network (whose accuracy is whatever it is).
func TestMeasure(t *testing.T) {
	data, err := datasets.Load(datasets.Subset, "")
	if err != nil {
		t.Fatal(err)
	}
	data.Test = data.Test.Head(200)
	net, err := nn.NewNetwork(nn.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	s := makeSets(2, 40, true, true)
	r := measure("untrained", net, s, data, trainStats{})
	if n := r.Parts[0].All.N; n != 40 {
		t.Errorf("tuning part has %d digits, want 40", n)
	}
	if n := r.Parts[1].All.N + r.Parts[2].All.N; n != 40 {
		t.Errorf("held-out parts have %d digits, want 40", n)
	}
	if len(r.Parts) != 4 || r.Parts[3].All.N != 40 {
		t.Fatalf("%d parts, want 4 with the fresh part's 40 digits last", len(r.Parts))
	}
	if r := measure("untrained", net, makeSets(2, 40, false, false), data, trainStats{}); len(r.Parts) != 3 {
		t.Errorf("without -fresh: %d parts, want 3", len(r.Parts))
	}
	for _, tc := range []struct {
		tune, held bool
		want       []string
	}{
		{true, false, []string{"blind tuning half"}},
		{false, true, []string{"blind held-out half (report only)"}},
		{true, true, []string{"blind tuning half", "blind held-out half (report only)"}},
	} {
		b := makeSets(2, 20, false, false)
		b.addBlind(2, 20, tc.tune, tc.held)
		r := measure("untrained", net, b, data, trainStats{})
		var got []string
		for _, p := range r.Parts[3:] {
			if p.All.N != 20 {
				t.Errorf("blind %v %v: part %s has %d digits, want 20", tc.tune, tc.held, p.Name, p.All.N)
			}
			got = append(got, p.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("blind %v %v: parts %q after the first three, want %q", tc.tune, tc.held, got, tc.want)
		}
	}
	for _, p := range r.Parts {
		sum := 0
		for _, d := range p.ByDigit {
			sum += d.N
		}
		if sum != p.All.N {
			t.Errorf("%s: by digit adds up to %d of %d", p.Name, sum, p.All.N)
		}
		// Shown right: read right, less at most the rejected ones.
		if p.Shown.N != p.All.N || p.Shown.Correct > p.All.Correct || p.Shown.Correct < p.All.Correct-p.Rejected.Correct {
			t.Errorf("%s: %d of %d shown right, with %d read right and %d rejected", p.Name, p.Shown.Correct, p.Shown.N, p.All.Correct, p.Rejected.Correct)
		}
	}
	if v := r.Verdict; v.MNISTTest.N != 200 || v.DigitsTune.N != 40 || v.DigitsHeld.N != 40 || v.DigitsFresh.N != 40 ||
		v.OthersTune.N != 10 || v.OthersHeld.N != 10 || v.OthersFinal.N != 10 {
		t.Errorf("verdict counts %d MNIST, %d, %d and %d digits, %d, %d and %d non-digits; want 200, 40, 40, 40, 10, 10, 10",
			v.MNISTTest.N, v.DigitsTune.N, v.DigitsHeld.N, v.DigitsFresh.N, v.OthersTune.N, v.OthersHeld.N, v.OthersFinal.N)
	}
	var out bytes.Buffer
	if err := printReports(&out, []report{r}, false); err != nil || !strings.Contains(out.String(), "final families") ||
		!strings.Contains(out.String(), "digits rejected, fresh part") {
		t.Errorf("text report: %v\n%s", err, out.String())
	}
}

// TestAugmentPrint checks that the cache key tells the augmentation levels
// apart and is the same for the same level.
func TestAugmentPrint(t *testing.T) {
	data, err := datasets.Load(datasets.Subset, "")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]augment.Level{}
	for l := augment.Off; l <= augment.MaxLevel; l++ {
		p := augmentPrint(l, data.Train)
		if q := augmentPrint(l, data.Train); p != q {
			t.Errorf("%v: two prints %016x and %016x", l, p, q)
		}
		if m, ok := seen[p]; ok {
			t.Errorf("%v and %v have the same print %016x", l, m, p)
		}
		seen[p] = l
	}
}
