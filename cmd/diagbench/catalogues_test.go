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

// familyCatalogues are the catalogues split by family (each written by
// someone who had not read the rules), with what each promises of its
// families and cases. The tests below hold every one to the same checks.
var familyCatalogues = []struct {
	name        string // its collection's name
	prefix      string // every family's name starts with it
	faults      []fault
	draw        func(seed uint64, i int) Case
	base        func(r *rand.Rand, seed uint64) nn.Config
	minFamilies int
	// maxSamples and maxConvSamples bound a dense and a convolutional
	// case's budget.
	maxSamples, maxConvSamples int64
	// controlShare and convShare: about one case in controlShare is a
	// control, and at most about one in convShare convolutional.
	controlShare, convShare int
}{
	{"outsiders", "out-", outsiders, drawOutsider, outsiderBase, 30, 60000, 15000, controlShare, convShare},
	{"newcomers", "nc-", newcomers, drawNewcomer, newcomerBase, 24, newcomerMaxSamples, newcomerMaxConvSamples, newcomerControlShare, newcomerConvShare},
	{"strangers", "st-", strangerFaults, drawStranger, strangerBase, 26, 40000, convSamples, controlShare, convShare},
	{"visitors", "vi-", visitorFaults, drawVisitor, visitorBase, 30, 40000, 15000, controlShare, convShare},
	{"travellers", "tr-", travellerFaults, drawTraveller, travellerBase, 40, travellerMaxSamples, travellerMaxConvSamples, controlShare, convShare},
	{"wanderers", "wa-", wandererFaults, drawWanderer, wandererBase, 40, wandererMaxSamples, wandererMaxConvSamples, controlShare, convShare},
	{"drifters", "dr-", drifterFaults, drawDrifter, drifterBase, 60, drifterMaxSamples, drifterMaxConvSamples, controlShare, convShare},
}

// familyProblems returns what is wrong with a family on its own: a name
// without its catalogue's prefix, a label that is no finding code, a
// control that breaks or accepts something, a fault that breaks no key
// (or an unknown one, or one twice), an accepted code that is no other
// code (or one listed twice), and a diverged label without an accepted
// code for confirm to fall back to.
func familyProblems(prefix string, f fault) []string {
	var out []string
	if !strings.HasPrefix(f.name, prefix) || len(f.name) == len(prefix) {
		out = append(out, fmt.Sprintf("name without the %s prefix", prefix))
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
	for i, code := range f.accept {
		if !slices.Contains(allCodes, code) || code == f.label || slices.Contains(f.accept[:i], code) {
			out = append(out, fmt.Sprintf("accepted code %q is no other finding code", code))
		}
	}
	if f.label == diagnose.CodeDiverged && len(f.accept) == 0 {
		out = append(out, "labelled diverged without an accepted code")
	}
	return out
}

// Every family of every catalogue is well formed, no two share a name,
// and each catalogue has the families it promises; the checks catch the
// families they are meant to catch.
func TestFamilyCatalogues(t *testing.T) {
	seen := map[string]bool{}
	for _, cat := range familyCatalogues {
		if len(cat.faults) < cat.minFamilies {
			t.Errorf("%s: %d families, want %d or more", cat.name, len(cat.faults), cat.minFamilies)
		}
		for _, f := range cat.faults {
			if seen[f.name] {
				t.Errorf("%s: two families of that name", f.name)
			}
			seen[f.name] = true
			for _, p := range familyProblems(cat.prefix, f) {
				t.Errorf("%s: %s", f.name, p)
			}
		}
	}
	apply := func(*rand.Rand, *Case) {}
	bad := []struct {
		f    fault
		want string
	}{
		{fault{name: "out-x", label: diagnose.CodeOverfitting, breaks: []string{"train"}, apply: apply}, "prefix"},
		{fault{name: "x-", label: diagnose.CodeOverfitting, breaks: []string{"train"}, apply: apply}, "prefix"},
		{fault{name: "x-a", label: "too-slow", breaks: []string{"lr"}, apply: apply}, "no finding code"},
		{fault{name: "x-a", breaks: []string{"lr"}}, "a control that breaks"},
		{fault{name: "x-a", accept: []string{diagnose.CodeLRTooLow}}, "a control that breaks or accepts"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, apply: apply}, "breaks nothing"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, breaks: []string{"lr"}}, "breaks nothing"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, breaks: []string{"rate"}, apply: apply}, "no config key"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, breaks: []string{"lr", "lr"}, apply: apply}, "twice"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, accept: []string{diagnose.CodeLRTooLow}, breaks: []string{"lr"}, apply: apply}, "no other finding code"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, accept: []string{"slow"}, breaks: []string{"lr"}, apply: apply}, "no other finding code"},
		{fault{name: "x-a", label: diagnose.CodeLRTooLow, accept: []string{diagnose.CodeUnderfitting, diagnose.CodeUnderfitting}, breaks: []string{"lr"}, apply: apply}, "no other finding code"},
		{fault{name: "x-a", label: diagnose.CodeDiverged, breaks: []string{"lr"}, apply: apply}, "without an accepted code"},
	}
	for _, tt := range bad {
		if got := strings.Join(familyProblems("x-", tt.f), "; "); !strings.Contains(got, tt.want) {
			t.Errorf("%+v: problems %q, want one with %q", tt.f, got, tt.want)
		}
	}
}

// halfGaps returns the labels (controls as "", and every finding code)
// that are not the label of at least one family in each half of faults,
// and a complaint if the held-out half is not about half of the families.
func halfGaps(faults []fault) []string {
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
	for _, code := range append([]string{""}, catalogueCodes...) {
		if h := halves[code]; h[0] == 0 || h[1] == 0 {
			out = append(out, fmt.Sprintf("label %q: %d families in the tuning half, %d held out", code, h[0], h[1]))
		}
	}
	if n := len(faults); 10*held < 4*n || 10*held > 6*n {
		out = append(out, fmt.Sprintf("%d of %d families held out, want about half", held, n))
	}
	return out
}

// In every catalogue each label, the controls' too, is that of a family
// in each half, and about half of the families are held out. A catalogue
// with a label in one half only, or held out in the main, fails.
func TestFamilyHalves(t *testing.T) {
	for _, cat := range familyCatalogues {
		for _, gap := range halfGaps(cat.faults) {
			t.Errorf("%s: %s", cat.name, gap)
		}
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
		if len(halfGaps(faults)) == 0 {
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

// caseProblems returns what is wrong with a drawn case of family f when
// the benchmark has images training images: its name, label or accepted
// codes not its family's, a base or faulty config that does not validate
// or asks for more images than there are, a budget above maxSamples
// (maxConvSamples for a convolutional case), a convolutional part where
// the family has none or the other way round, and a faulty config that
// differs from its base in other keys than the family breaks.
func caseProblems(f fault, c Case, images int, maxSamples, maxConvSamples int64) []string {
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
	limit := maxSamples
	if f.conv {
		limit = maxConvSamples
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

// benchmarkImages returns how many training images the benchmark has:
// a case may ask for no more.
func benchmarkImages(t *testing.T) int {
	t.Helper()
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	return len(b.Train.Labels)
}

// Every catalogue draws deterministically for a seed, differently for
// another seed, only sound cases (caseProblems), every family, controls
// about as often as its share says and some convolutional cases, but not
// many more than its share. The case checks catch a case tampered with.
func TestFamilyDraws(t *testing.T) {
	const n = 1500
	images := benchmarkImages(t)
	for _, cat := range familyCatalogues {
		count := map[string]int{}
		controls, conv, same := 0, 0, 0
		for i := range n {
			c := cat.draw(5, i)
			again := cat.draw(5, i)
			if !again.Config.Equal(c.Config) || !again.Base.Equal(c.Base) || again.Fault != c.Fault || again.Samples != c.Samples || again.Index != i {
				t.Errorf("%s case %d drawn twice: %s %s, then %s %s", cat.name, i, c.Fault, c.Config, again.Fault, again.Config)
			}
			if other := cat.draw(6, i); other.Fault == c.Fault && other.Config.Equal(c.Config) {
				same++
			}
			f, ok := findFault(cat.faults, c.Fault)
			if !ok {
				t.Fatalf("%s case %d: no family %q", cat.name, i, c.Fault)
			}
			for _, p := range caseProblems(f, c, images, cat.maxSamples, cat.maxConvSamples) {
				t.Errorf("%s case %d %s: %s", cat.name, i, c.Fault, p)
			}
			count[c.Fault]++
			if c.Label == "" {
				controls++
			}
			if c.Config.Conv != "" {
				conv++
			}
		}
		for _, f := range cat.faults {
			if count[f.name] == 0 {
				t.Errorf("%s: never drawn in %d cases", f.name, n)
			}
		}
		if share := float64(controls) / n; share < 0.5/float64(cat.controlShare) || share > 1.5/float64(cat.controlShare) {
			t.Errorf("%s: %d controls in %d cases, want about one in %d", cat.name, controls, n, cat.controlShare)
		}
		if conv == 0 || conv > 2*n/cat.convShare {
			t.Errorf("%s: %d convolutional cases in %d, want some and about one in %d", cat.name, conv, n, cat.convShare)
		}
		if same > n/10 {
			t.Errorf("%s: seeds 5 and 6 draw the same case %d times in %d", cat.name, same, n)
		}
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
		if got := strings.Join(caseProblems(f, bad, images, newcomerMaxSamples, newcomerMaxConvSamples), "; "); !strings.Contains(got, tt.want) {
			t.Errorf("%s: problems %q, want one with %q", tt.name, got, tt.want)
		}
	}
}

// Every family of every catalogue, assembled on many of its catalogue's
// drawn bases (far more often than the draws above reach a rare family),
// gives only sound cases (caseProblems).
func TestFamilyBreaks(t *testing.T) {
	const draws = 80
	images := benchmarkImages(t)
	for _, cat := range familyCatalogues {
		for _, f := range cat.faults {
			for j := range draws {
				r := rand.New(rand.NewPCG(11, uint64(j)))
				c := assemble(r, j, f, cat.base(r, 11))
				if ps := caseProblems(f, c, images, cat.maxSamples, cat.maxConvSamples); len(ps) > 0 {
					t.Errorf("%s draw %d: %s", f.name, j, strings.Join(ps, "; "))
					break
				}
			}
		}
	}
}

// Every catalogue is a collection of its own whose held-out part is the
// cases of its held families and which draws as its draw function does,
// and both parts have cases.
func TestFamilyCollections(t *testing.T) {
	for _, cat := range familyCatalogues {
		col, ok := collections[cat.name]
		if !ok {
			t.Errorf("no collection %s", cat.name)
			continue
		}
		if len(col.faults) != len(cat.faults) {
			t.Errorf("%s: collection has %d faults, the catalogue %d", cat.name, len(col.faults), len(cat.faults))
		}
		parts := [2]int{}
		for i := range 300 {
			c := col.draw(1, i)
			if c.Fault != cat.draw(1, i).Fault {
				t.Errorf("%s case %d: the collection draws %s, the catalogue %s", cat.name, i, c.Fault, cat.draw(1, i).Fault)
			}
			f, _ := findFault(cat.faults, c.Fault)
			if col.heldOut(c) != f.held {
				t.Errorf("%s case %d %s: held out %v, its family held %v", cat.name, i, c.Fault, col.heldOut(c), f.held)
			}
			if f.held {
				parts[1]++
			} else {
				parts[0]++
			}
		}
		if parts[0] == 0 || parts[1] == 0 {
			t.Errorf("%s: %d tuning and %d held-out cases in 300", cat.name, parts[0], parts[1])
		}
	}
}
