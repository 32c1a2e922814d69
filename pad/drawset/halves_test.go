package drawset

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// halvedCase is a set in two halves (see Halves), for the checks every
// such set shares.
type halvedCase struct {
	name      string
	set       Halves
	split     bool               // split by family (see splitSet): HeldOut only in the held-out half; otherwise held out as a whole
	seed      uint64             // the seed the halves are checked with
	n         [2]int             // how many digits and non-digits of a half to check: enough for every family and pen
	gaps      map[string]float64 // the widest gap each pen leaves, for checkPadStrokes
	minExtent float32            // the least extent of a drawing's ink, pad units
}

// halvedCases are every set in two halves. The fonts, hands and scribes
// sets are loaded from the system's font files; a missing one fails the
// test with the message that names the packages to install.
func halvedCases(t *testing.T) []halvedCase {
	t.Helper()
	fonts := testFonts(t)
	hands, scribes := handsCase.loadSystem(t), scribesCase.loadSystem(t)
	// Enough of a glyph set's non-digits to go through either half's
	// families twice.
	twice := func(set Halves) int {
		return 2 * max(len(nonDigitFamilies(set.Families(Tune))), len(nonDigitFamilies(set.Families(Held))))
	}
	return []halvedCase{
		{"sealed", sealed, false, 2, [2]int{1500, 1500}, map[string]float64{"dash-off": hurriedGap}, 0},
		{"outside", outside, false, 3, [2]int{1000, 500}, outsideMaxGap, 0},
		{"writers", writers, false, 3, [2]int{1000, 500}, writersGaps(), 0},
		{"fonts", fonts.Halves, false, 3, [2]int{3000, twice(fonts.Halves)}, fontsMaxGap, 0},
		{"hands", hands.Halves, false, 5, [2]int{1000, twice(hands.Halves)}, fontsMaxGap, 0},
		{"scribes", scribes.Halves, false, 5, [2]int{1000, twice(scribes.Halves)}, fontsMaxGap, 0},
		{"strangers", strangers, true, 3, [2]int{1000, 400}, splitGaps(strangerPens), 20},
		{"passersby", passersby, true, 3, [2]int{1000, 400}, splitGaps(passersbyPens), 20},
		{"guests", guests, true, 3, [2]int{1000, 400}, splitGaps(guestPens), 20},
		{"tourists", tourists, true, 3, [2]int{1000, 400}, splitGaps(touristPens), 20},
	}
}

// nonDigitFamilies are the non-digit families among the names Families
// lists.
func nonDigitFamilies(names []string) []string {
	return slices.DeleteFunc(slices.Clone(names), func(f string) bool { return strings.Contains(f, "/") || strings.HasPrefix(f, "pen ") })
}

// splitGaps are the widest gaps the pens of a set split by family leave.
func splitGaps[P interface {
	splitPen
	maxGap() float64
}](pens []P) map[string]float64 {
	gaps := map[string]float64{}
	for _, p := range pens {
		gaps[p.split().name] = p.maxGap()
	}
	return gaps
}

// halfGen is one of a halved set's generators.
type halfGen struct {
	name   string
	gen    func(seed uint64, n int, h Half) []Sample
	digits bool // labels in turn 0..9; otherwise every label is -1
}

// gens are the set's drawn-digit set and its verdict set's digits and
// non-digits.
func (c halvedCase) gens() []halfGen {
	return []halfGen{{c.name + " digits", c.set.Digits, true}, {c.name + " vdigits", c.set.VDigits, true}, {c.name + " vothers", c.set.VOthers, false}}
}

// TestHalvedSets checks every generator of every set in two halves: what
// each half holds (checkHalf), that it is reproducible and extensible
// and its halves apart (checkSeeds), and that it refuses a half or seed
// that is not its own (checkRefuses).
func TestHalvedSets(t *testing.T) {
	for _, c := range halvedCases(t) {
		for _, g := range c.gens() {
			for h := range Half(2) {
				c.checkHalf(t, g, h)
			}
			checkSeeds(t, g)
			checkRefuses(t, g)
		}
	}
}

// checkHalf checks c.n drawings of half h of generator g: labels in turn
// and so balanced (or -1 for non-digits), only the half's families and
// pens and every one of them, HeldOut as the set is split, and strokes
// the pad takes (checkPadStrokes).
func (c halvedCase) checkHalf(t *testing.T, g halfGen, h Half) {
	t.Helper()
	n := c.n[1]
	if g.digits {
		n = c.n[0]
	}
	ss := g.gen(c.seed, n, h)
	if len(ss) != n {
		t.Fatalf("%s half %d: %d drawings, want %d", g.name, h, len(ss), n)
	}
	own := c.set.Families(h)
	seen := map[string]bool{}
	for i, s := range ss {
		switch {
		case g.digits && (s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/")):
			t.Fatalf("%s half %d drawing %d: label %d, family %s", g.name, h, i, s.Label, s.Family)
		case !g.digits && (s.Label != -1 || strings.Contains(s.Family, "/")):
			t.Fatalf("%s half %d drawing %d: label %d, family %s for a non-digit", g.name, h, i, s.Label, s.Family)
		case !slices.Contains(own, s.Family) || !slices.Contains(own, "pen "+s.Pen):
			t.Fatalf("%s half %d drawing %d: style %s is not the half's", g.name, h, i, s.Style())
		case s.HeldOut != (!c.split || h == Held):
			t.Fatalf("%s half %d drawing %d: HeldOut %v", g.name, h, i, s.HeldOut)
		}
		seen[s.Family], seen["pen "+s.Pen] = true, true
		checkPadStrokes(t, s, c.gaps, c.minExtent)
	}
	for _, f := range own {
		if !seen[f] && (g.digits == strings.Contains(f, "/") || strings.HasPrefix(f, "pen ")) {
			t.Errorf("%s half %d: no drawing of %s in %d", g.name, h, f, n)
		}
	}
}

// checkSeeds checks that generator g is reproducible and extensible in
// both halves, that two seeds draw different drawings and that its two
// halves share none.
func checkSeeds(t *testing.T, g halfGen) {
	t.Helper()
	for h := range Half(2) {
		if a, b := g.gen(9, 50, h), g.gen(9, 80, h); !reflect.DeepEqual(a, b[:50]) {
			t.Errorf("%s half %d: the first 50 of 80 drawings differ from a set of 50", g.name, h)
		}
	}
	a := g.gen(9, 50, Tune)
	if c := g.gen(10, 50, Tune); reflect.DeepEqual(a[0].Strokes, c[0].Strokes) {
		t.Errorf("%s: seeds 9 and 10 draw the same first drawing", g.name)
	}
	other := g.gen(9, 50, Held)
	for i := range a {
		if reflect.DeepEqual(a[i].Strokes, other[i].Strokes) {
			t.Errorf("%s: drawing %d is in both halves", g.name, i)
		}
	}
}

// checkRefuses checks that a half that is not one of the two, or a seed
// at HeldOutSeedBase, panics instead of drawing from another set's seeds.
func checkRefuses(t *testing.T, g halfGen) {
	t.Helper()
	for _, tc := range []struct {
		name string
		seed uint64
		h    Half
	}{{"half 2", 1, 2}, {"half -1", 1, -1}, {"seed at HeldOutSeedBase", HeldOutSeedBase, Tune}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s(%s) did not panic", g.name, tc.name)
				}
			}()
			g.gen(tc.seed, 10, tc.h)
		}()
	}
}

// TestSetsDrawApart checks that no two digit sets, parts or halves draw
// the same first drawing (a 0, in every one of them): each is drawn
// from seeds of its own.
func TestSetsDrawApart(t *testing.T) {
	cases := halvedCases(t)
	firsts := map[string][]Sample{}
	for _, part := range []Part{Tuning, HeldOut, Final, Fresh, BlindTune, BlindHeld} {
		firsts[fmt.Sprintf("part %d", part)] = Digits(9, 1, part)
	}
	for h := range Half(2) {
		half := halfName(h)
		firsts["blind "+half] = BlindDigits(9, 1, h)
		firsts["unseen "+half] = UnseenDigits(9, 1, UnseenTune+UnseenHalf(h))
		firsts["unseen verdict "+half] = UnseenVDigits(9, 1, h)
		for _, c := range cases {
			for _, g := range c.gens()[:2] {
				firsts[g.name+" "+half] = g.gen(9, 1, h)
			}
		}
	}
	names := slices.Sorted(maps.Keys(firsts))
	for i, a := range names {
		for _, b := range names[:i] {
			if reflect.DeepEqual(firsts[a][0].Strokes, firsts[b][0].Strokes) {
				t.Errorf("sets %s and %s draw the same first drawing", a, b)
			}
		}
	}
}

// TestNonDigitsInTurn checks that the verdict sets' non-digits come in
// turn, in the order Families lists them, so that every family counts
// the same. (The fonts sets alternate Hershey and TrueType glyphs; see
// Fonts.otherSet.)
func TestNonDigitsInTurn(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  Halves
	}{{"sealed", sealed}, {"outside", outside}, {"writers", writers}, {"strangers", strangers}, {"passersby", passersby}, {"guests", guests}, {"tourists", tourists}} {
		for h := range Half(2) {
			others := nonDigitFamilies(tc.set.Families(h))
			for i, s := range tc.set.VOthers(4, 3*len(others), h) {
				if want := others[i%len(others)]; s.Family != want {
					t.Fatalf("%s half %d: non-digit %d is %s, want %s", tc.name, h, i, s.Family, want)
				}
			}
		}
	}
}

// TestSplitSets checks the split into halves that the value of the sets
// split by family rests on: no family in both halves or twice in one,
// no pen in both but the mouse, and enough families in each half: for
// every digit at least digitsEach in each half and digitsAll in all, and
// at least othersEach non-digit families in each half and othersAll in
// all; and the mouse and at least one pen of its own in each half.
func TestSplitSets(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		families              func(h Half) []string
		digitsEach, digitsAll int
		othersEach, othersAll int
	}{
		{"strangers", strangers.Families, 1, 4, 5, 10},
		{"passersby", passersby.Families, 2, 6, 8, 20},
		{"guests", guests.Families, 3, 6, 10, 22},
		{"tourists", tourists.Families, 3, 6, 15, 30},
	} {
		tune, held := tc.families(Tune), tc.families(Held)
		for _, fams := range [][]string{tune, held} {
			for i, f := range fams {
				if slices.Contains(fams[:i], f) {
					t.Errorf("%s: %s is listed twice", tc.name, f)
				}
			}
		}
		for _, f := range tune {
			if slices.Contains(held, f) && f != "pen mouse" {
				t.Errorf("%s: %s is in both halves", tc.name, f)
			}
		}
		count := func(fams []string, prefix string) int {
			return len(slices.DeleteFunc(slices.Clone(fams), func(f string) bool { return !strings.HasPrefix(f, prefix) }))
		}
		for d := range 10 {
			p := string(rune('0'+d)) + "/"
			if a, b := count(tune, p), count(held, p); a < tc.digitsEach || b < tc.digitsEach || a+b < tc.digitsAll {
				t.Errorf("%s: digit %d has %d tuning and %d held-out families, want %d or more each and %d in all", tc.name, d, a, b, tc.digitsEach, tc.digitsAll)
			}
		}
		others := 0
		for h, fams := range [][]string{tune, held} {
			pens, n := count(fams, "pen "), len(nonDigitFamilies(fams))
			if n < tc.othersEach {
				t.Errorf("%s half %d: %d non-digit families, want %d or more", tc.name, h, n, tc.othersEach)
			}
			if pens < 2 || !slices.Contains(fams, "pen mouse") {
				t.Errorf("%s half %d: %d pens, want the mouse and one or more of its own", tc.name, h, pens)
			}
			others += n
		}
		if others < tc.othersAll {
			t.Errorf("%s: %d non-digit families, want %d or more", tc.name, others, tc.othersAll)
		}
	}
}
