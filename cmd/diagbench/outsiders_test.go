package main

import (
	"slices"
	"strings"
	"testing"

	"digitlab/assets"
	"digitlab/diagnose"
)

// Every outsider family has a unique name marked as an outsider's, a
// label that is a finding code (or "" for a control), known accepted
// codes, and an accepted code when it is labelled diverged (confirm falls
// back to it when the run does not blow up).
func TestOutsiderLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range outsiders {
		switch {
		case !strings.HasPrefix(f.name, "out-"):
			t.Errorf("%s: name without the out- prefix", f.name)
		case seen[f.name]:
			t.Errorf("%s: two families of that name", f.name)
		case f.label != "" && !slices.Contains(allCodes, f.label):
			t.Errorf("%s: label %q is no finding code", f.name, f.label)
		case f.label == "" && (f.breaks != nil || f.apply != nil):
			t.Errorf("%s: a control that breaks %v", f.name, f.breaks)
		case f.label != "" && len(f.breaks) == 0:
			t.Errorf("%s: a fault that breaks no key", f.name)
		case f.label == diagnose.CodeDiverged && len(f.accept) == 0:
			t.Errorf("%s: labelled diverged without an accepted code", f.name)
		}
		for _, code := range f.accept {
			if !slices.Contains(allCodes, code) || code == f.label {
				t.Errorf("%s: accepted code %q is no other finding code", f.name, code)
			}
		}
		seen[f.name] = true
	}
}

// Both halves have families: controls and every finding code are the
// label of at least two families, and of at least one in each half.
func TestOutsiderHalves(t *testing.T) {
	halves := map[string][2]int{}
	for _, f := range outsiders {
		h := halves[f.label]
		if f.held {
			h[1]++
		} else {
			h[0]++
		}
		halves[f.label] = h
	}
	for _, code := range append([]string{""}, allCodes...) {
		if h := halves[code]; h[0] == 0 || h[1] == 0 {
			t.Errorf("label %q: %d families in the tuning half, %d held out; want one or more in each", code, h[0], h[1])
		}
	}
}

// Drawing is deterministic for a seed and the same whatever was drawn
// before; every case is a valid pair of configs within its budget (a
// convolutional one within 15,000 images) that asks for no more training
// images than the benchmark has; each family is drawn; about
// one case in controlShare is a control, and convolutional cases are rarer
// than dense ones.
func TestOutsiderDraws(t *testing.T) {
	const n = 1500
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	images := len(b.Train.Labels)
	count := map[string]int{}
	controls, conv := 0, 0
	for i := range n {
		c := drawOutsider(4, i)
		if again := drawOutsider(4, i); !again.Config.Equal(c.Config) || !again.Base.Equal(c.Base) || again.Fault != c.Fault || again.Samples != c.Samples {
			t.Errorf("case %d drawn twice: %s %s, then %s %s", i, c.Fault, c.Config, again.Fault, again.Config)
		}
		if err := c.Base.Validate(); err != nil {
			t.Errorf("case %d base: %v", i, err)
		}
		if err := c.Config.Validate(); err != nil {
			t.Errorf("case %d %s: %v", i, c.Fault, err)
		}
		if c.Base.TrainSize > images || c.Config.TrainSize > images {
			t.Errorf("case %d %s: %d and %d training images, the benchmark has %d", i, c.Fault, c.Base.TrainSize, c.Config.TrainSize, images)
		}
		limit := int64(60000)
		if c.Config.Conv != "" {
			limit = 15000
			conv++
		}
		if c.Samples <= 0 || c.Samples > limit {
			t.Errorf("case %d %s: budget %d, want 1 to %d", i, c.Fault, c.Samples, limit)
		}
		if c.Label == "" {
			controls++
		}
		count[c.Fault]++
	}
	for _, f := range outsiders {
		if count[f.name] == 0 {
			t.Errorf("%s: never drawn in %d cases", f.name, n)
		}
	}
	if share := float64(controls) / n; share < 0.5/controlShare || share > 1.5/controlShare {
		t.Errorf("%d controls in %d cases, want about one in %d", controls, n, controlShare)
	}
	if conv == 0 || conv > n/convShare {
		t.Errorf("%d convolutional cases in %d, want some and at most one in %d", conv, n, convShare)
	}
}
