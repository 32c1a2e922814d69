package drawset

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// passersbyGens are the passersby sets' generators; digits says whether
// one draws digits (labels in turn) or non-digits (label -1).
var passersbyGens = []struct {
	name   string
	gen    func(seed uint64, n int, h PassersbyHalf) []Sample
	digits bool
}{
	{"PassersbyDigits", PassersbyDigits, true},
	{"PassersbyVDigits", PassersbyVDigits, true},
	{"PassersbyVOthers", PassersbyVOthers, false},
}

// TestPassersbyHalves checks what every half of every passersby generator
// holds: 1,000 digits (labels in turn, so balanced) or 400 non-digits
// (label -1); only the half's families and pens and every one of them;
// HeldOut set exactly in the held-out half; and strokes the pad accepts,
// on the pad, no gap between two points wider than the pen leaves, and
// ink of a drawing's extent, neither a dot nor wider than the pad.
func TestPassersbyHalves(t *testing.T) {
	gaps := map[string]float64{}
	for _, p := range passersbyPens {
		gaps[p.name] = p.maxGap()
	}
	for _, g := range passersbyGens {
		for _, h := range []PassersbyHalf{PassersbyTune, PassersbyHeld} {
			n := 1000
			if !g.digits {
				n = 400
			}
			ss := g.gen(3, n, h)
			if len(ss) != n {
				t.Fatalf("%s half %d: %d drawings, want %d", g.name, h, len(ss), n)
			}
			own := PassersbyFamilies(h)
			seen := map[string]bool{}
			for i, s := range ss {
				switch {
				case g.digits && (s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/")):
					t.Fatalf("%s half %d drawing %d: label %d, family %s", g.name, h, i, s.Label, s.Family)
				case !g.digits && (s.Label != -1 || strings.Contains(s.Family, "/")):
					t.Fatalf("%s half %d drawing %d: label %d, family %s for a non-digit", g.name, h, i, s.Label, s.Family)
				case !slices.Contains(own, s.Family) || !slices.Contains(own, "pen "+s.Pen):
					t.Fatalf("%s half %d drawing %d: style %s is not the half's", g.name, h, i, s.Style())
				case s.HeldOut != (h == PassersbyHeld):
					t.Fatalf("%s half %d drawing %d: HeldOut %v", g.name, h, i, s.HeldOut)
				}
				seen[s.Family], seen["pen "+s.Pen] = true, true
				checkStrangerStrokes(t, s, gaps[s.Pen])
			}
			for _, f := range own {
				if !seen[f] && (g.digits == strings.Contains(f, "/") || strings.HasPrefix(f, "pen ")) {
					t.Errorf("%s half %d: no drawing of %s in %d", g.name, h, f, n)
				}
			}
		}
	}
}

// TestPassersbySplit checks the split into halves that the sets' value
// rests on: no digit or non-digit family in both halves, only the pen
// "mouse" in both, at least six families of every digit with two or
// more in each half, and at least twenty non-digit families, eight in
// each.
func TestPassersbySplit(t *testing.T) {
	tune, held := PassersbyFamilies(PassersbyTune), PassersbyFamilies(PassersbyHeld)
	for _, f := range tune {
		if slices.Contains(held, f) && f != "pen mouse" {
			t.Errorf("%s is in both halves", f)
		}
	}
	if !slices.Contains(tune, "pen mouse") || !slices.Contains(held, "pen mouse") {
		t.Error("the pen mouse is not in both halves")
	}
	count := func(fams []string, prefix string) int {
		n := 0
		for _, f := range fams {
			if strings.HasPrefix(f, prefix) {
				n++
			}
		}
		return n
	}
	for d := range 10 {
		p := string(rune('0'+d)) + "/"
		if a, b := count(tune, p), count(held, p); a < 2 || b < 2 || a+b < 6 {
			t.Errorf("digit %d: %d tuning and %d held-out families, want two or more each and six in all", d, a, b)
		}
	}
	nonDigits := 0
	for _, tc := range []struct {
		name string
		fams []string
	}{{"tuning", tune}, {"held-out", held}} {
		n := len(tc.fams) - count(tc.fams, "pen ") - strings.Count(strings.Join(tc.fams, " "), "/")
		if n < 8 {
			t.Errorf("%s half: %d non-digit families, want eight or more", tc.name, n)
		}
		if count(tc.fams, "pen ") < 2 {
			t.Errorf("%s half: %d pens, want the mouse and one or more of its own", tc.name, count(tc.fams, "pen "))
		}
		nonDigits += n
	}
	if nonDigits < 20 {
		t.Errorf("%d non-digit families, want twenty or more", nonDigits)
	}
	seen := map[string]bool{}
	for _, f := range slices.Concat(passersbyDigits, passersbyOthers) {
		if seen[f.family()] {
			t.Errorf("family %s is listed twice", f.family())
		}
		seen[f.family()] = true
	}
}

// TestPassersbySeeds checks that every passersby generator is
// reproducible and extensible, that seeds and halves differ, that a half
// that is not one of the two or a seed at HeldOutSeedBase panics, and
// that no other set draws the same first drawing.
func TestPassersbySeeds(t *testing.T) {
	for _, g := range passersbyGens {
		set := halfSet[PassersbyHalf]{name: g.name, gen: g.gen}
		set.checkSeeds(t, PassersbyTune, PassersbyHeld)
		set.checkRefuses(t, PassersbyTune)
	}
	checkFirstsDiffer(t, []firstDrawing{
		{"passersby tuning", PassersbyDigits(9, 1, PassersbyTune)}, {"passersby held-out", PassersbyDigits(9, 1, PassersbyHeld)},
		{"passersby verdict tuning", PassersbyVDigits(9, 1, PassersbyTune)}, {"passersby verdict held-out", PassersbyVDigits(9, 1, PassersbyHeld)},
		{"strangers tuning", StrangersDigits(9, 1, StrangersTune)}, {"strangers verdict held-out", StrangersVDigits(9, 1, StrangersHeld)},
		{"writers tuning", WritersDigits(9, 1, WritersTune)}, {"outside tuning", OutsideDigits(9, 1, OutsideTune)},
	})
}

// TestPassersbyHurry checks that the sloppiness the set is for is there:
// over a thousand drawings of a half, the slant and proportions spread
// (the ink's box from tall and narrow to wide and squat), sizes run from
// a fifth of the pad to most of it, drawings sit off the middle, and
// the pens report their points as far apart as they should (the stylus
// densest, the fast mouse sparsest).
func TestPassersbyHurry(t *testing.T) {
	for _, h := range []PassersbyHalf{PassersbyTune, PassersbyHeld} {
		ss := PassersbyDigits(5, 1000, h)
		var small, large, offCentre int
		steps := map[string][]float64{}
		for _, s := range ss {
			lo, hi := [2]float32{1e9, 1e9}, [2]float32{-1e9, -1e9}
			for _, st := range s.Strokes {
				for j, p := range st {
					lo = [2]float32{min(lo[0], p[0]), min(lo[1], p[1])}
					hi = [2]float32{max(hi[0], p[0]), max(hi[1], p[1])}
					if j > 0 {
						steps[s.Pen] = append(steps[s.Pen], math.Hypot(float64(p[0]-st[j-1][0]), float64(p[1]-st[j-1][1])))
					}
				}
			}
			switch ext := max(hi[0]-lo[0], hi[1]-lo[1]); {
			case ext < 90:
				small++
			case ext > 200:
				large++
			}
			if math.Hypot(float64(lo[0]+hi[0])/2-140, float64(lo[1]+hi[1])/2-140) > 50 {
				offCentre++
			}
		}
		if small < 50 || large < 200 || offCentre < 200 {
			t.Errorf("half %d: %d small, %d large, %d off the middle of 1000", h, small, large, offCentre)
		}
		median := func(pen string) float64 {
			v := slices.Sorted(slices.Values(steps[pen]))
			if len(v) == 0 {
				return math.NaN()
			}
			return v[len(v)/2]
		}
		if h == PassersbyTune && !(median("stylus") < median("mouse") && median("mouse") < median("finger")) {
			t.Errorf("tuning half: median steps stylus %.1f, mouse %.1f, finger %.1f", median("stylus"), median("mouse"), median("finger"))
		}
		if h == PassersbyHeld && !(median("trackpad") < median("fast-mouse") && median("mouse") < median("fast-mouse")) {
			t.Errorf("held-out half: median steps trackpad %.1f, mouse %.1f, fast mouse %.1f", median("trackpad"), median("mouse"), median("fast-mouse"))
		}
	}
}

// TestPassersbyUnchanged pins the passersby sets' drawings as they were
// when checked by eye on the contact sheets: a change to the generator,
// or to shared drawing code it calls, that moves them would make old and
// new figures incomparable.
func TestPassersbyUnchanged(t *testing.T) {
	for _, tc := range []struct {
		name string
		ss   []Sample
		want uint64
	}{
		{"PassersbyDigits PassersbyTune", PassersbyDigits(1, 300, PassersbyTune), 0xb831a1809c121a45},
		{"PassersbyDigits PassersbyHeld", PassersbyDigits(1, 300, PassersbyHeld), 0x55df5fb0cd35819f},
		{"PassersbyVDigits PassersbyTune", PassersbyVDigits(1, 300, PassersbyTune), 0xf04cfa44e8cf991c},
		{"PassersbyVDigits PassersbyHeld", PassersbyVDigits(1, 300, PassersbyHeld), 0x628e74a026d85bdd},
		{"PassersbyVOthers PassersbyTune", PassersbyVOthers(1, 100, PassersbyTune), 0x24e7a72b60b5805b},
		{"PassersbyVOthers PassersbyHeld", PassersbyVOthers(1, 100, PassersbyHeld), 0xa630c04b39e5e6a3},
	} {
		if got := hashSamples(tc.ss); got != tc.want {
			t.Errorf("%s: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
}
