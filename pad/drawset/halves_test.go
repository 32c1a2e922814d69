package drawset

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// halfSet is one generator of a set drawn in two halves by seed (the
// sealed and outside sets), for the checks every such set shares.
type halfSet[H ~int] struct {
	name    string
	gen     func(seed uint64, n int, h H) []Sample
	digits  bool // labels in turn 0..9; otherwise every label is -1
	fams    []string
	nFam    int                      // families it must draw
	nPen    int                      // pens it must draw
	strokes func(*testing.T, Sample) // checks one drawing's strokes
}

// checkHalf checks n drawings of half h: labels in turn and so balanced
// (or -1 for non-digits), only the set's families and pens, every one of
// them, each drawing passing set.strokes.
func (set halfSet[H]) checkHalf(t *testing.T, seed uint64, n int, h H) {
	t.Helper()
	ss := set.gen(seed, n, h)
	if len(ss) != n {
		t.Fatalf("%s half %d: %d drawings, want %d", set.name, h, len(ss), n)
	}
	fams, pens := map[string]bool{}, map[string]bool{}
	var perLabel [10]int
	for i, s := range ss {
		switch {
		case set.digits && (s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/")):
			t.Fatalf("%s half %d drawing %d: label %d, family %s", set.name, h, i, s.Label, s.Family)
		case !set.digits && (s.Label != -1 || strings.Contains(s.Family, "/")):
			t.Fatalf("%s half %d drawing %d: label %d, family %s for a non-digit", set.name, h, i, s.Label, s.Family)
		}
		if set.digits {
			perLabel[s.Label]++
		}
		if !slices.Contains(set.fams, s.Family) || !slices.Contains(set.fams, "pen "+s.Pen) || !s.HeldOut {
			t.Fatalf("%s half %d drawing %d: style %s (held out %v) is not one of the set's", set.name, h, i, s.Style(), s.HeldOut)
		}
		fams[s.Family], pens[s.Pen] = true, true
		set.strokes(t, s)
	}
	if len(fams) != set.nFam || len(pens) != set.nPen {
		t.Errorf("%s half %d: %d families and %d pens, want %d and %d", set.name, h, len(fams), len(pens), set.nFam, set.nPen)
	}
	for d, c := range perLabel {
		if set.digits && c != n/10 {
			t.Errorf("%s half %d: %d drawings of %d, want %d", set.name, h, c, d, n/10)
		}
	}
}

// checkSeeds checks that the generator is reproducible and extensible,
// that two seeds draw different drawings and that its two halves share
// none.
func (set halfSet[H]) checkSeeds(t *testing.T, tune, held H) {
	t.Helper()
	a, b := set.gen(9, 50, tune), set.gen(9, 80, tune)
	if !reflect.DeepEqual(a, b[:50]) {
		t.Errorf("%s: the first 50 of 80 drawings differ from a set of 50", set.name)
	}
	if c := set.gen(10, 50, tune); reflect.DeepEqual(a[0].Strokes, c[0].Strokes) {
		t.Errorf("%s: seeds 9 and 10 draw the same first drawing", set.name)
	}
	other := set.gen(9, 50, held)
	for i := range a {
		if reflect.DeepEqual(a[i].Strokes, other[i].Strokes) {
			t.Errorf("%s: drawing %d is in both halves", set.name, i)
		}
	}
}

// checkRefuses checks that a half that is not one of the two, or a seed
// at HeldOutSeedBase, panics instead of drawing from another set's seeds.
func (set halfSet[H]) checkRefuses(t *testing.T, tune H) {
	t.Helper()
	for _, tc := range []struct {
		name string
		seed uint64
		h    H
	}{{"half 2", 1, 2}, {"half -1", 1, -1}, {"seed at HeldOutSeedBase", HeldOutSeedBase, tune}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s(%s) did not panic", set.name, tc.name)
				}
			}()
			set.gen(tc.seed, 10, tc.h)
		}()
	}
}

// firstDrawing is the first drawing of a digit set, named.
type firstDrawing struct {
	name string
	ss   []Sample
}

// checkFirstsDiffer checks that no two of the sets draw the same first
// drawing: each is drawn from a seed of its own.
func checkFirstsDiffer(t *testing.T, firsts []firstDrawing) {
	t.Helper()
	for i, a := range firsts {
		for _, b := range firsts[:i] {
			if reflect.DeepEqual(a.ss[0].Strokes, b.ss[0].Strokes) {
				t.Errorf("sets %s and %s draw the same first drawing", a.name, b.name)
			}
		}
	}
}
