package drawset

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"digitlab/pad"
)

func TestSets(t *testing.T) {
	heldOut, final, fresh := HeldOutFamilies(), FinalFamilies(), FreshFamilies()
	isHeld := func(s Sample) bool {
		return slices.Contains(heldOut, s.Family) || slices.Contains(heldOut, "pen "+s.Pen) || slices.Contains(final, s.Family) ||
			slices.Contains(fresh, s.Family)
	}
	for _, tc := range []struct {
		name     string
		gen      func(uint64, int, Part) []Sample
		part     Part
		families int // distinct families expected in 600 drawings
	}{
		{"digits tuning", Digits, Tuning, 30},
		{"digits held out", Digits, HeldOut, 40},
		{"others tuning", Others, Tuning, 16},
		{"others held out", Others, HeldOut, 28},
		{"others final", Others, Final, 16},
		{"digits fresh", Digits, Fresh, 39},
	} {
		ss := tc.gen(5, 600, tc.part)
		fams, pens := map[string]bool{}, map[string]bool{}
		held := 0
		for i, s := range ss {
			fams[s.Family] = true
			pens[s.Pen] = true
			if s.HeldOut != isHeld(s) {
				t.Fatalf("%s %d (%s): HeldOut %v disagrees with HeldOutFamilies", tc.name, i, s.Style(), s.HeldOut)
			}
			if s.HeldOut {
				held++
			}
			if inFinal := slices.Contains(final, s.Family); inFinal != (tc.part == Final && s.Label < 0) {
				t.Errorf("%s %d: family %s in part %d", tc.name, i, s.Family, tc.part)
			}
			if inFresh := slices.Contains(fresh, s.Family) && slices.Contains(fresh, "pen "+s.Pen); inFresh != (tc.part == Fresh) {
				t.Errorf("%s %d: style %s in part %d", tc.name, i, s.Style(), tc.part)
			}
			wantLabel := -1
			if strings.HasPrefix(tc.name, "digits") {
				wantLabel = i % 10
				if !strings.HasPrefix(s.Family, string(rune('0'+wantLabel))+"/") {
					t.Errorf("%s %d: family %s for label %d", tc.name, i, s.Family, s.Label)
				}
			}
			if s.Label != wantLabel {
				t.Errorf("%s %d: label %d, want %d", tc.name, i, s.Label, wantLabel)
			}
			checkPadStrokes(t, s, nil, 0)
		}
		wantPens := len(Pens()) - btoi(tc.part == Tuning)
		if tc.part == Fresh {
			wantPens = len(freshPens)
		}
		if len(fams) != tc.families || len(pens) != wantPens {
			t.Errorf("%s: %d families and %d pens, want %d and %d", tc.name, len(fams), len(pens), tc.families, wantPens)
		}
		if (held > 0) != (tc.part != Tuning) {
			t.Errorf("%s: %d held-out drawings", tc.name, held)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// checkPadStrokes checks that the pad takes a drawing as it is: every
// stroke of two points or more, every point on the pad, no gap between
// two points of a stroke wider than gaps allows its pen (25 pad units, a
// mouse's widest step and jitter, for a pen it does not name), and ink
// wider than minExtent pad units and no wider than the pad.
func checkPadStrokes(t *testing.T, s Sample, gaps map[string]float64, minExtent float32) {
	t.Helper()
	var d pad.Drawing
	if err := d.AddStrokes(s.Strokes); err != nil {
		t.Fatalf("%s: %v", s.Style(), err)
	}
	limit, ok := gaps[s.Pen]
	if !ok {
		limit = 25
	}
	for _, st := range s.Strokes {
		if len(st) < 2 {
			t.Fatalf("%s: a stroke of %d points", s.Style(), len(st))
		}
		for j, p := range st {
			if !(p[0] >= 0 && p[0] <= pad.Size && p[1] >= 0 && p[1] <= pad.Size) {
				t.Fatalf("%s: point (%g, %g) is off the pad", s.Style(), p[0], p[1])
			}
			if j == 0 {
				continue
			}
			if gap := math.Hypot(float64(p[0]-st[j-1][0]), float64(p[1]-st[j-1][1])); gap > limit {
				t.Fatalf("%s: gap of %.1f pad units, more than %.1f", s.Style(), gap, limit)
			}
		}
	}
	if in := d.Ink(); in.TooSmall() || in.Extent() < minExtent || in.Extent() > pad.Size {
		t.Fatalf("%s: ink of extent %.1f", s.Style(), in.Extent())
	}
}

// hurriedGap is the widest gap between two points that a pointer moved
// fast leaves (see hurried).
const hurriedGap = 1.3*maxHurriedStep + 2

func TestDeterministicAndExtensible(t *testing.T) {
	for _, gen := range []func(uint64, int, Part) []Sample{Digits, Others} {
		a, b := gen(9, 50, HeldOut), gen(9, 80, HeldOut)
		if !reflect.DeepEqual(a, b[:50]) {
			t.Error("the first 50 of 80 drawings differ from a set of 50")
		}
		if c := gen(10, 50, HeldOut); reflect.DeepEqual(a, c) {
			t.Error("seeds 9 and 10 give the same drawings")
		}
		if c := gen(9, 50, Tuning); reflect.DeepEqual(a[0].Strokes, c[0].Strokes) {
			t.Error("the tuning and held-out parts share a drawing")
		}
		if c := gen(9, 50, Final); reflect.DeepEqual(a[0].Strokes, c[0].Strokes) {
			t.Error("the held-out and final parts share a drawing")
		}
	}
	a, b := Digits(9, 50, Fresh), Digits(9, 80, Fresh)
	if !reflect.DeepEqual(a, b[:50]) {
		t.Error("fresh part: the first 50 of 80 drawings differ from a set of 50")
	}
}

// TestFreshFamiliesAreNew checks that no family of part Fresh shares its
// name with a family of the other parts: reports group drawings by name.
func TestFreshFamiliesAreNew(t *testing.T) {
	var others []string
	for _, d := range digitShapes {
		others = append(others, digitFamily(d))
	}
	for _, f := range FreshFamilies() {
		if !strings.HasPrefix(f, "pen ") && slices.Contains(others, f) {
			t.Errorf("fresh family %s is also a family of the other parts", f)
		}
	}
}

func TestFreshHasNoNonDigits(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Others(Fresh) did not panic")
		}
	}()
	Others(1, 10, Fresh)
}

func TestHeldOutSeedPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a seed at HeldOutSeedBase did not panic")
		}
	}()
	Digits(HeldOutSeedBase, 1, Tuning)
}
