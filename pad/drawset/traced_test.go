package drawset

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// tracedCase is a set traced from handwriting fonts, for the checks both
// share: how to load it (from the system, or from under a root) and the
// packages its error must name when a file is missing.
type tracedCase struct {
	spec     *tracedSpec
	load     func(root string) (*traced, error)
	packages []string
}

// handsCase and scribesCase are the hands and the scribes sets.
var (
	handsCase = tracedCase{&handsSpec, func(root string) (*traced, error) {
		f, err := loadHands(root)
		if err != nil {
			return nil, err
		}
		return f.traced, nil
	}, []string{"fonts-bwht", "fonts-dkg-handwriting"}}
	scribesCase = tracedCase{&scribesSpec, func(root string) (*traced, error) {
		f, err := loadScribes(root)
		if err != nil {
			return nil, err
		}
		return f.traced, nil
	}, []string{"fonts-sjfonts", "fonts-seto", "fonts-tlwg-purisa-otf"}}
	tracedCases = []tracedCase{handsCase, scribesCase}
)

// loadSystem loads the set's glyphs from the system's font files,
// failing the test with the loader's message (which names the packages
// to install) when they are missing.
func (tc tracedCase) loadSystem(t *testing.T) *traced {
	t.Helper()
	f, err := tc.load("/")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// hands lists the set's hands in the order of its faces.
func (tc tracedCase) hands() []string {
	var hands []string
	for _, fc := range tc.spec.faces {
		if !slices.Contains(hands, fc.hand) {
			hands = append(hands, fc.hand)
		}
	}
	return hands
}

// faceOf is the face of a digit family ("3/face") or non-digit family
// ("face:c").
func faceOf(family string) string {
	if i := strings.Index(family, "/"); i >= 0 {
		return family[i+1:]
	}
	return family[:strings.Index(family, ":")]
}

// TestTracedHalves checks, for the hands and the scribes sets, that the
// halves hold different hands (so no glyph of a face is in both), that
// about 40% of the hands are held out (for the hands sets, two of them
// bwht's), that every held-out name is a hand, that every face has
// glyphs in its half and that no drawing of a half is of the other's.
func TestTracedHalves(t *testing.T) {
	for _, tc := range tracedCases {
		sp := tc.spec
		f := tc.loadSystem(t)
		hands := tc.hands()
		bwht := 0
		for _, h := range sp.heldOut {
			if !slices.Contains(hands, h) {
				t.Errorf("%s: held-out hand %q is not one of its faces' hands", sp.name, h)
			}
			if strings.HasPrefix(h, "bwht-") {
				bwht++
			}
		}
		if share := float64(len(sp.heldOut)) / float64(len(hands)); share < 0.35 || share > 0.45 {
			t.Errorf("%s: %d of %d hands held out, want about 40%%", sp.name, len(sp.heldOut), len(hands))
		}
		if sp == &handsSpec && bwht < 2 {
			t.Errorf("hands: %d bwht hands held out, want at least 2", bwht)
		}
		faces := [2]map[string]bool{{}, {}}
		for h := range Half(2) {
			for _, fam := range f.Families(h) {
				if !strings.HasPrefix(fam, "pen ") {
					faces[h][faceOf(fam)] = true
				}
			}
		}
		for face := range faces[0] {
			if faces[1][face] {
				t.Errorf("%s: face %s is in both halves", sp.name, face)
			}
		}
		for _, fc := range sp.faces {
			if !faces[sp.halfOf(fc.hand)][fc.name] {
				t.Errorf("%s: face %s has no glyph in its half", sp.name, fc.name)
			}
		}
		for h := range Half(2) {
			for _, s := range append(f.VOthers(3, 400, h), f.Digits(3, 400, h)...) {
				if faces[1-h][faceOf(s.Family)] {
					t.Errorf("%s half %d draws %s of the other half", sp.name, h, s.Family)
				}
			}
		}
	}
}

// TestTracedSets checks, for the hands and the scribes sets (beside
// what TestHalvedSets checks of every set in two halves), that two loads
// of the font files draw the same sets, that the drawn-digit and verdict
// sets share no drawing, that every digit is drawn in both halves from
// at least minGlyphs glyphs each, and that every face gives its digits
// (less those left out).
func TestTracedSets(t *testing.T) {
	const minGlyphs = 4
	for _, tc := range tracedCases {
		sp := tc.spec
		f, g := tc.loadSystem(t), tc.loadSystem(t)
		for h := range Half(2) {
			for _, gen := range []func(*traced) []Sample{
				func(f *traced) []Sample { return f.Digits(5, 300, h) },
				func(f *traced) []Sample { return f.VOthers(5, 300, h) },
			} {
				if hashSamples(gen(f)) != hashSamples(gen(g)) {
					t.Errorf("%s half %d: two loads draw different sets", sp.name, h)
				}
			}
			if hashSamples(f.Digits(5, 200, h)) == hashSamples(f.VDigits(5, 200, h)) {
				t.Errorf("%s half %d: the drawn-digit and verdict sets share their drawings", sp.name, h)
			}
			var glyphs [10]int
			for _, d := range f.half[h].digits {
				glyphs[d.label]++
			}
			for d, n := range glyphs {
				if n < minGlyphs {
					t.Errorf("%s half %d: %d glyphs of %d, want at least %d", sp.name, h, n, d, minGlyphs)
				}
			}
		}
		digits := 0
		for h := range Half(2) {
			for _, fam := range f.Families(h) {
				if len(fam) > 1 && fam[1] == '/' {
					digits++
				}
			}
		}
		want := 0
		for _, fc := range sp.faces {
			want += 10
			for d := '0'; d <= '9'; d++ {
				if strings.ContainsRune(sp.leftOut[fc.name], d) {
					want--
				}
			}
		}
		if digits != want {
			t.Errorf("%s: %d digit glyphs, want %d (10 per face, less those left out)", sp.name, digits, want)
		}
	}
}

// TestTracedMissingFonts checks that missing font files give the set's
// error, whose message names the packages to install.
func TestTracedMissingFonts(t *testing.T) {
	for _, tc := range tracedCases {
		_, err := tc.load(t.TempDir())
		if !errors.Is(err, tc.spec.missing) {
			t.Fatalf("%s: error %v, want %v", tc.spec.name, err, tc.spec.missing)
		}
		for _, pkg := range append(tc.packages, "apt-get install") {
			if !strings.Contains(err.Error(), pkg) {
				t.Errorf("%s: error %q does not name %s", tc.spec.name, err, pkg)
			}
		}
	}
}

// TestTracedDigitStrokes checks that the traced digits of both sets are
// drawn with as few strokes as a hand uses: a 0 in one stroke, an 8 in at
// most two, any digit in at most four (a 4 or a 7 with a bar, a 3 with
// curls).
func TestTracedDigitStrokes(t *testing.T) {
	for _, tc := range tracedCases {
		f := tc.loadSystem(t)
		for h := range f.half {
			for _, d := range f.half[h].digits {
				n := len(d.make(nil))
				most := map[int]int{0: 1, 8: 2}[d.label]
				if most == 0 {
					most = 4
				}
				if n < 1 || n > most {
					t.Errorf("%s %s: %d strokes, want 1 to %d", tc.spec.name, digitFamily(d), n, most)
				}
			}
		}
	}
}

// TestScribeVary checks the scribes sets' variations on shapes of known
// strokes: the strokes are those of the shape, in order or reversed; a
// closed stroke may run the other way; a long stroke may be cut in two
// that meet where the pen was lifted; and over many drawings each
// variation happens, about as often as scribeVary says.
func TestScribeVary(t *testing.T) {
	ring := arc(vec{0.3, 0.5}, 0.3, 0.5, -90, 270) // closed, about 2.5 long
	bar := poly(vec{0, 0}, vec{0.6, 0})
	s := shape{ring, bar}
	const n = 4000
	var reversedOrder, reversedRing, lifted int
	for i := range n {
		r := rand.New(rand.NewPCG(7, uint64(i)))
		v := scribeVary(s, r)
		total := 0.0
		for _, p := range v {
			total += length(p)
		}
		if math.Abs(total-length(ring)-length(bar)) > 1e-9 {
			t.Fatalf("drawing %d: strokes %.3f long in all, want %.3f", i, total, length(ring)+length(bar))
		}
		switch len(v) {
		case 2:
		case 3:
			lifted++
			// The ring, the longer stroke, is cut in two pieces, one after
			// the other, the second starting where the first ends.
			k := slices.IndexFunc(v[:2], func(p path) bool {
				return math.Abs(length(p)-length(bar)) > 1e-9
			})
			if k < 0 || math.Abs(length(v[k])+length(v[k+1])-length(ring)) > 1e-9 || v[k][len(v[k])-1].dist(v[k+1][0]) > 1e-9 {
				t.Fatalf("drawing %d: a pen lift whose pieces are not the ring's, meeting", i)
			}
		default:
			t.Fatalf("drawing %d: %d strokes, want 2 or 3", i, len(v))
		}
		if v[0][0].dist(bar[0]) < 1e-9 {
			reversedOrder++
		}
		if len(v) == 2 {
			rg := v[slices.IndexFunc(v, func(p path) bool { return len(p) > 2 })]
			if rg[1] != ring[1] {
				reversedRing++
			}
		}
	}
	for _, tc := range []struct {
		name string
		got  int
		want float64
	}{{"strokes reversed", reversedOrder, 0.3}, {"ring reversed", reversedRing, 0.5 * float64(n-lifted) / n}, {"pen lift", lifted, 0.2}} {
		if share := float64(tc.got) / n; math.Abs(share-tc.want) > 0.03 {
			t.Errorf("%s in %.3f of drawings, want about %.2f", tc.name, share, tc.want)
		}
	}
}
