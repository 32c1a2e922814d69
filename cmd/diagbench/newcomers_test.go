package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"digitlab/assets"
	"digitlab/diagnose"
	"digitlab/nn"
)

// newcomerFamilyProblems returns what is wrong with a family of the
// newcomers' catalogue on its own: a name without the nc- prefix, a label
// that is no finding code, a control that breaks something, a fault
// that breaks no key (or an unknown one, or one twice), an accepted code
// that is no other code, and a diverged label without an accepted code
// for confirm to fall back to.
func newcomerFamilyProblems(f fault) []string {
	var out []string
	if !strings.HasPrefix(f.name, "nc-") {
		out = append(out, "name without the nc- prefix")
	}
	if f.label != "" && !slices.Contains(allCodes, f.label) {
		out = append(out, fmt.Sprintf("label %q is no finding code", f.label))
	}
	if f.label == "" && (len(f.breaks) > 0 || f.apply != nil || len(f.accept) > 0) {
		out = append(out, "a control that breaks or accepts something")
	}
	if f.label != "" && (len(f.breaks) == 0 || f.apply == nil) {
		out = append(out, "a fault that breaks nothing")
	}
	for i, key := range f.breaks {
		if _, ok := nn.LookupKey(key); !ok {
			out = append(out, fmt.Sprintf("breaks %q, no config key", key))
		}
		if slices.Contains(f.breaks[:i], key) {
			out = append(out, fmt.Sprintf("breaks %q twice", key))
		}
	}
	for _, code := range f.accept {
		if !slices.Contains(allCodes, code) || code == f.label {
			out = append(out, fmt.Sprintf("accepted code %q is no other finding code", code))
		}
	}
	if f.label == diagnose.CodeDiverged && len(f.accept) == 0 {
		out = append(out, "labelled diverged without an accepted code")
	}
	return out
}

// Every family is well formed, and no two share a name; the checks catch
// the families they are meant to catch.
func TestNewcomerFamilies(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range newcomers {
		if seen[f.name] {
			t.Errorf("%s: two families of that name", f.name)
		}
		seen[f.name] = true
		for _, p := range newcomerFamilyProblems(f) {
			t.Errorf("%s: %s", f.name, p)
		}
	}
	apply := func(*rand.Rand, *Case) {}
	bad := []struct {
		f    fault
		want string
	}{
		{fault{name: "out-x", label: diagnose.CodeOverfitting, breaks: []string{"train"}, apply: apply}, "prefix"},
		{fault{name: "nc-x", label: "too-slow", breaks: []string{"lr"}, apply: apply}, "no finding code"},
		{fault{name: "nc-x", breaks: []string{"lr"}}, "a control that breaks"},
		{fault{name: "nc-x", accept: []string{diagnose.CodeLRTooLow}}, "a control that breaks or accepts"},
		{fault{name: "nc-x", label: diagnose.CodeLRTooLow, apply: apply}, "breaks nothing"},
		{fault{name: "nc-x", label: diagnose.CodeLRTooLow, breaks: []string{"lr"}}, "breaks nothing"},
		{fault{name: "nc-x", label: diagnose.CodeLRTooLow, breaks: []string{"rate"}, apply: apply}, "no config key"},
		{fault{name: "nc-x", label: diagnose.CodeLRTooLow, breaks: []string{"lr", "lr"}, apply: apply}, "twice"},
		{fault{name: "nc-x", label: diagnose.CodeLRTooLow, accept: []string{diagnose.CodeLRTooLow}, breaks: []string{"lr"}, apply: apply}, "no other finding code"},
		{fault{name: "nc-x", label: diagnose.CodeLRTooLow, accept: []string{"slow"}, breaks: []string{"lr"}, apply: apply}, "no other finding code"},
		{fault{name: "nc-x", label: diagnose.CodeDiverged, breaks: []string{"lr"}, apply: apply}, "without an accepted code"},
	}
	for _, tt := range bad {
		if got := strings.Join(newcomerFamilyProblems(tt.f), "; "); !strings.Contains(got, tt.want) {
			t.Errorf("%+v: problems %q, want one with %q", tt.f, got, tt.want)
		}
	}
}

// newcomerHalfGaps returns the labels (controls as "", and every finding
// code) that are not the label of at least one family in each half of
// faults, and a complaint if the held-out half is not about half of the
// families.
func newcomerHalfGaps(faults []fault) []string {
	halves := map[string][2]int{}
	held := 0
	for _, f := range faults {
		h := halves[f.label]
		if f.held {
			h[1]++
			held++
		} else {
			h[0]++
		}
		halves[f.label] = h
	}
	var out []string
	for _, code := range append([]string{""}, allCodes...) {
		if h := halves[code]; h[0] == 0 || h[1] == 0 {
			out = append(out, fmt.Sprintf("label %q: %d families in the tuning half, %d held out", code, h[0], h[1]))
		}
	}
	if n := len(faults); 10*held < 4*n || 10*held > 6*n {
		out = append(out, fmt.Sprintf("%d of %d families held out, want about half", held, n))
	}
	return out
}

// Each label, the controls' too, is that of a family in each half; about
// half of the families are held out; at least 24 families. A catalogue
// with a label in one half only, or held out in the main, fails.
func TestNewcomerHalves(t *testing.T) {
	if len(newcomers) < 24 {
		t.Errorf("%d families, want 24 or more", len(newcomers))
	}
	for _, gap := range newcomerHalfGaps(newcomers) {
		t.Error(gap)
	}
	allHeld := slices.Clone(newcomers)
	for i := range allHeld {
		allHeld[i].held = true
	}
	noneHeld := slices.Clone(newcomers)
	for i := range noneHeld {
		noneHeld[i].held = false
	}
	oneSymmetry := slices.DeleteFunc(slices.Clone(newcomers), func(f fault) bool { return f.label == diagnose.CodeSymmetry && f.held })
	for name, faults := range map[string][]fault{"all held": allHeld, "none held": noneHeld, "symmetry tuned only": oneSymmetry} {
		if len(newcomerHalfGaps(faults)) == 0 {
			t.Errorf("%s: no gap found", name)
		}
	}
}

// changedKeys returns the config keys whose values differ between a and b,
// in the order of the key table.
func changedKeys(a, b nn.Config) []string {
	var out []string
	for _, key := range nn.ConfigKeys() {
		if a.Value(key) != b.Value(key) {
			out = append(out, key)
		}
	}
	return out
}

// newcomerCaseProblems returns what is wrong with a drawn case of family
// f when the benchmark has images training images: its name, label or
// accepted codes not its family's, a base or faulty config that does not
// validate or asks for more images than there are, a budget outside its
// bound (newcomerMaxConvSamples for a convolutional case,
// newcomerMaxSamples for a dense one), a convolutional part where the
// family has none or the other way round, and a faulty config that
// differs from its base in other keys than the family breaks.
func newcomerCaseProblems(f fault, c Case, images int) []string {
	var out []string
	if c.Fault != f.name || c.Label != f.label || !slices.Equal(c.Accept, f.accept) && len(c.Accept)+len(f.accept) > 0 {
		out = append(out, fmt.Sprintf("drawn as %s %q %v, the family is %s %q %v", c.Fault, c.Label, c.Accept, f.name, f.label, f.accept))
	}
	for what, cfg := range map[string]nn.Config{"base": c.Base, "faulty": c.Config} {
		if err := cfg.Validate(); err != nil {
			out = append(out, fmt.Sprintf("%s config: %v", what, err))
		}
		if cfg.TrainSize > images {
			out = append(out, fmt.Sprintf("%s config: %d training images, the benchmark has %d", what, cfg.TrainSize, images))
		}
	}
	limit := int64(newcomerMaxSamples)
	if f.conv {
		limit = newcomerMaxConvSamples
	}
	if c.Samples <= 0 || c.Samples > limit {
		out = append(out, fmt.Sprintf("budget %d, want 1 to %d", c.Samples, limit))
	}
	if f.conv != (c.Base.Conv != "") || f.conv != (c.Config.Conv != "") {
		out = append(out, fmt.Sprintf("conv %v with conv=%q, base conv=%q", f.conv, c.Config.Conv, c.Base.Conv))
	}
	if got := changedKeys(c.Base, c.Config); !slices.Equal(got, sortedKeys(f.breaks)) {
		out = append(out, fmt.Sprintf("faulty config differs from its base in %v, the family breaks %v", got, f.breaks))
	}
	return out
}

// sortedKeys returns keys in the order of the key table.
func sortedKeys(keys []string) []string {
	var out []string
	for _, key := range nn.ConfigKeys() {
		if slices.Contains(keys, key) {
			out = append(out, key)
		}
	}
	return out
}

// Drawing is deterministic for a seed; every drawn case is sound
// (newcomerCaseProblems) and every family is drawn; controls and
// convolutional cases come about as often as their shares say. The
// case checks catch a case tampered with.
func TestNewcomerDraws(t *testing.T) {
	const n = 2000
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	images := len(b.Train.Labels)
	count := map[string]int{}
	controls, conv := 0, 0
	for i := range n {
		c := drawNewcomer(5, i)
		again := drawNewcomer(5, i)
		if !again.Config.Equal(c.Config) || !again.Base.Equal(c.Base) || again.Fault != c.Fault || again.Samples != c.Samples || again.Index != i {
			t.Errorf("case %d drawn twice: %s %s, then %s %s", i, c.Fault, c.Config, again.Fault, again.Config)
		}
		f, ok := findFault(newcomers, c.Fault)
		if !ok {
			t.Fatalf("case %d: no family %q", i, c.Fault)
		}
		for _, p := range newcomerCaseProblems(f, c, images) {
			t.Errorf("case %d %s: %s", i, c.Fault, p)
		}
		count[c.Fault]++
		if c.Label == "" {
			controls++
		}
		if c.Config.Conv != "" {
			conv++
		}
	}
	for _, f := range newcomers {
		if count[f.name] == 0 {
			t.Errorf("%s: never drawn in %d cases", f.name, n)
		}
	}
	if share := float64(controls) / n; share < 0.5/newcomerControlShare || share > 1.5/newcomerControlShare {
		t.Errorf("%d controls in %d cases, want about one in %d", controls, n, newcomerControlShare)
	}
	if conv == 0 || conv > 2*n/newcomerConvShare {
		t.Errorf("%d convolutional cases in %d, want some and about one in %d", conv, n, newcomerConvShare)
	}

	other := 0
	for i := range 50 {
		if a, b := drawNewcomer(5, i), drawNewcomer(6, i); a.Fault != b.Fault || !a.Config.Equal(b.Config) {
			other++
		}
	}
	if other == 0 {
		t.Error("seeds 5 and 6 draw the same 50 cases")
	}

	// A case tampered with is caught.
	f, _ := findFault(newcomers, "nc-lr-raised")
	var c Case
	for i := 0; c.Fault != f.name; i++ {
		c = drawNewcomer(5, i)
	}
	tamper := []struct {
		name   string
		change func(c *Case)
		want   string
	}{
		{"an extra key", func(c *Case) { c.Config.L2 += 0.5 }, "differs from its base"},
		{"the fault undone", func(c *Case) { c.Config.LearningRate = c.Base.LearningRate }, "differs from its base"},
		{"a label", func(c *Case) { c.Label = diagnose.CodeLRTooLow }, "the family is"},
		{"an invalid rate", func(c *Case) { c.Config.LearningRate = 20 }, "faulty config: lr"},
		{"too many images", func(c *Case) { c.Base.TrainSize, c.Config.TrainSize = 60000, 60000 }, "training images, the benchmark has"},
		{"a long budget", func(c *Case) { c.Samples = newcomerMaxSamples + 1 }, "budget"},
		{"a convolution", func(c *Case) { c.Config.Conv, c.Base.Conv = "8c5-p2", "8c5-p2" }, "conv false"},
	}
	for _, tt := range tamper {
		bad := c
		bad.Base, bad.Config = c.Base.Clone(), c.Config.Clone()
		tt.change(&bad)
		if got := strings.Join(newcomerCaseProblems(f, bad, images), "; "); !strings.Contains(got, tt.want) {
			t.Errorf("%s: problems %q, want one with %q", tt.name, got, tt.want)
		}
	}
}

// A family's numeric fault spans a range: over its draws, each numeric key
// it breaks takes two values or more, or is always switched off ("0"),
// so no family tests a single sweet spot.
func TestNewcomerRanges(t *testing.T) {
	numeric := []string{"hidden", "dropout", "lr", "momentum", "l2", "clip", "batch", "train"}
	values := map[string]map[string]map[string]bool{} // family, key, value
	for i := range 3000 {
		c := drawNewcomer(7, i)
		f, _ := findFault(newcomers, c.Fault)
		for _, key := range f.breaks {
			if !slices.Contains(numeric, key) {
				continue
			}
			if values[f.name] == nil {
				values[f.name] = map[string]map[string]bool{}
			}
			if values[f.name][key] == nil {
				values[f.name][key] = map[string]bool{}
			}
			values[f.name][key][c.Config.Value(key)] = true
		}
	}
	checked := 0
	for name, keys := range values {
		for key, vs := range keys {
			checked++
			if len(vs) < 2 && !vs["0"] {
				t.Errorf("%s: %s takes only %v", name, key, vs)
			}
		}
	}
	if checked == 0 {
		t.Error("no family breaks a numeric key")
	}
}

// The newcomers are a collection whose held-out part is the cases of the
// held families, and both parts have cases.
func TestNewcomerCollection(t *testing.T) {
	col, ok := collections["newcomers"]
	if !ok {
		t.Fatal("no collection newcomers")
	}
	if len(col.faults) != len(newcomers) {
		t.Errorf("collection has %d faults, the catalogue %d", len(col.faults), len(newcomers))
	}
	parts := [2]int{}
	for i := range 300 {
		c := col.draw(1, i)
		f, _ := findFault(newcomers, c.Fault)
		if col.heldOut(c) != f.held {
			t.Errorf("case %d %s: held out %v, its family held %v", i, c.Fault, col.heldOut(c), f.held)
		}
		if f.held {
			parts[1]++
		} else {
			parts[0]++
		}
	}
	if parts[0] == 0 || parts[1] == 0 {
		t.Errorf("%d tuning and %d held-out cases in 300", parts[0], parts[1])
	}
}
