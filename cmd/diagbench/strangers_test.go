package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"digitlab/diagnose"
	"digitlab/nn"
)

// Each family of the strangers passes every check of the table: what a
// family must be for drawStranger, confirm and the report to read it.
func TestStrangerFamilies(t *testing.T) {
	keys := nn.ConfigKeys()
	checks := []struct {
		want string
		ok   func(f fault) bool
	}{
		{"a name with the st- prefix", func(f fault) bool { return strings.HasPrefix(f.name, "st-") && len(f.name) > 3 }},
		{"a label that is a finding code, or \"\" for a control", func(f fault) bool { return f.label == "" || slices.Contains(allCodes, f.label) }},
		{"accepted codes that are other finding codes, each once", func(f fault) bool {
			for i, code := range f.accept {
				if !slices.Contains(allCodes, code) || code == f.label || slices.Contains(f.accept[:i], code) {
					return false
				}
			}
			return true
		}},
		{"an accepted code when labelled diverged (confirm falls back to it)", func(f fault) bool {
			return f.label != diagnose.CodeDiverged || len(f.accept) > 0
		}},
		{"a control: no breaks, no apply, no accepted codes", func(f fault) bool {
			return f.label != "" || (len(f.breaks) == 0 && f.apply == nil && len(f.accept) == 0)
		}},
		{"a fault: some broken keys and an apply", func(f fault) bool { return f.label == "" || (len(f.breaks) > 0 && f.apply != nil) }},
		{"broken keys that are config keys, each once", func(f fault) bool {
			for i, k := range f.breaks {
				if !slices.Contains(keys, k) || slices.Contains(f.breaks[:i], k) {
					return false
				}
			}
			return true
		}},
	}
	seen := map[string]bool{}
	for _, f := range strangerFaults {
		if seen[f.name] {
			t.Errorf("%s: two families of that name", f.name)
		}
		seen[f.name] = true
		for _, c := range checks {
			if !c.ok(f) {
				t.Errorf("%s (label %q, breaks %v, accept %v): want %s", f.name, f.label, f.breaks, f.accept, c.want)
			}
		}
	}
	if n := len(strangerFaults); n < 26 {
		t.Errorf("%d families, want 26 or more", n)
	}
}

// Every label, the controls' "" included, has families in both halves,
// and about half of the families are held out.
func TestStrangerHalves(t *testing.T) {
	halves := map[string][2]int{}
	held := 0
	for _, f := range strangerFaults {
		h := halves[f.label]
		if f.held {
			h[1]++
			held++
		} else {
			h[0]++
		}
		halves[f.label] = h
	}
	for _, label := range append([]string{""}, allCodes...) {
		if h := halves[label]; h[0] == 0 || h[1] == 0 {
			t.Errorf("label %q: %d families in the tuning half, %d held out; want one or more in each", label, h[0], h[1])
		}
	}
	if n := len(strangerFaults); 10*held < 4*n || 10*held > 6*n {
		t.Errorf("%d of %d families held out, want about half", held, n)
	}
}

// Every family, assembled on many drawn bases, gives a valid base and a
// valid faulty config that differ in exactly the keys the family breaks
// (none for a control), a convolutional network exactly when the family
// says so, and a budget within its kind's limit.
func TestStrangerBreaks(t *testing.T) {
	const draws = 80
	keys := nn.ConfigKeys()
	for _, f := range strangerFaults {
		t.Run(f.name, func(t *testing.T) {
			want := slices.Clone(f.breaks)
			slices.Sort(want)
			for j := range draws {
				r := rand.New(rand.NewPCG(11, uint64(j)))
				c := assemble(r, j, f, strangerBase(r, 11))
				if err := c.Base.Validate(); err != nil {
					t.Fatalf("draw %d: base %s: %v", j, c.Base, err)
				}
				if err := c.Config.Validate(); err != nil {
					t.Fatalf("draw %d: %s: %v", j, c.Config, err)
				}
				var differ []string
				for _, k := range keys {
					if c.Base.Value(k) != c.Config.Value(k) {
						differ = append(differ, k)
					}
				}
				slices.Sort(differ)
				if !slices.Equal(differ, want) {
					t.Fatalf("draw %d: base %s and faulty %s differ in %v, want %v", j, c.Base, c.Config, differ, want)
				}
				limit := int64(40000)
				if f.conv {
					limit = 10000
				}
				if c.Samples <= 0 || c.Samples > limit {
					t.Fatalf("draw %d: budget %d, want 1 to %d", j, c.Samples, limit)
				}
				if (c.Base.Conv != "") != f.conv || (c.Config.Conv != "") != f.conv {
					t.Fatalf("draw %d: conv %q and %q in a family with conv %v", j, c.Base.Conv, c.Config.Conv, f.conv)
				}
				if c.Label != f.label || c.Fault != f.name || c.Data != dataReal {
					t.Fatalf("draw %d: case %s labelled %q on data %q", j, c.Fault, c.Label, c.Data)
				}
			}
		})
	}
}

// drawStranger is deterministic for a seed and index, draws every family,
// about one case in controlShare as a control and some convolutional
// cases, but at most one in convShare; its bases are valid and healthy in
// form (no bad initialization, no linear units).
func TestStrangerDraws(t *testing.T) {
	const n = 2000
	count := map[string]int{}
	controls, conv, same := 0, 0, 0
	for i := range n {
		c := drawStranger(4, i)
		again := drawStranger(4, i)
		if again.Fault != c.Fault || !again.Config.Equal(c.Config) || !again.Base.Equal(c.Base) || again.Samples != c.Samples {
			t.Errorf("case %d drawn twice: %s %s, then %s %s", i, c.Fault, c.Config, again.Fault, again.Config)
		}
		if other := drawStranger(5, i); other.Fault == c.Fault && other.Config.Value("hidden") == c.Config.Value("hidden") && other.Config.Value("lr") == c.Config.Value("lr") {
			same++
		}
		if err := c.Base.Validate(); err != nil {
			t.Errorf("case %d base: %v", i, err)
		}
		if err := c.Config.Validate(); err != nil {
			t.Errorf("case %d %s: %v", i, c.Fault, err)
		}
		if slices.Contains([]string{nn.InitZeros, nn.InitTiny, nn.InitNormal1}, c.Base.Init) || c.Base.Activation == nn.ActLinear {
			t.Errorf("case %d %s: base %s has a bad initialization or linear units", i, c.Fault, c.Base)
		}
		if c.Index != i {
			t.Errorf("case %d has index %d", i, c.Index)
		}
		if c.Label == "" {
			controls++
		}
		if c.Config.Conv != "" {
			conv++
		}
		count[c.Fault]++
	}
	for _, f := range strangerFaults {
		if count[f.name] == 0 {
			t.Errorf("%s: never drawn in %d cases", f.name, n)
		}
	}
	if share := float64(controls) / n; share < 0.5/controlShare || share > 1.5/controlShare {
		t.Errorf("%d controls in %d cases, want about one in %d", controls, n, controlShare)
	}
	if conv == 0 || conv > 2*n/convShare {
		t.Errorf("%d convolutional cases in %d, want some and about one in %d", conv, n, convShare)
	}
	if same > n/10 {
		t.Errorf("seeds 4 and 5 draw the same case %d times in %d", same, n)
	}
}

// The strangers are a collection of their own, split by family.
func TestStrangerCollection(t *testing.T) {
	col, ok := collections["strangers"]
	if !ok {
		t.Fatal("no collection strangers")
	}
	if len(col.faults) != len(strangerFaults) {
		t.Errorf("collection has %d families, want %d", len(col.faults), len(strangerFaults))
	}
	for _, f := range strangerFaults {
		c := Case{Fault: f.name, Label: f.label}
		if col.heldOut(c) != f.held {
			t.Errorf("%s: held out %v, want %v", f.name, col.heldOut(c), f.held)
		}
	}
	if c := col.draw(3, 7); c.Fault != drawStranger(3, 7).Fault {
		t.Errorf("collection draws %s, drawStranger %s", c.Fault, drawStranger(3, 7).Fault)
	}
}
