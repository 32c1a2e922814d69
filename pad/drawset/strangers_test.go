package drawset

import (
	"math"
	"slices"
	"strings"
	"testing"

	"digitlab/pad"
)

// strangersGens are the strangers sets' generators; digits says whether
// one draws digits (labels in turn) or non-digits (label -1).
var strangersGens = []struct {
	name   string
	gen    func(seed uint64, n int, h StrangersHalf) []Sample
	digits bool
}{
	{"StrangersDigits", StrangersDigits, true},
	{"StrangersVDigits", StrangersVDigits, true},
	{"StrangersVOthers", StrangersVOthers, false},
}

// TestStrangersHalves checks what every half of every strangers generator
// holds: 1,000 digits (labels in turn, so balanced) or 400 non-digits
// (label -1); only the half's families and pens and every one of them;
// HeldOut set exactly in the held-out half; and strokes the pad accepts,
// on the pad, no gap between two points wider than the pen leaves, and
// ink of a drawing's extent, neither a dot nor wider than the pad.
func TestStrangersHalves(t *testing.T) {
	gaps := map[string]float64{}
	for _, p := range strangerPens {
		gaps[p.name] = p.maxGap()
	}
	for _, g := range strangersGens {
		for _, h := range []StrangersHalf{StrangersTune, StrangersHeld} {
			n := 1000
			if !g.digits {
				n = 400
			}
			ss := g.gen(3, n, h)
			if len(ss) != n {
				t.Fatalf("%s half %d: %d drawings, want %d", g.name, h, len(ss), n)
			}
			own := StrangersFamilies(h)
			seen := map[string]bool{}
			for i, s := range ss {
				switch {
				case g.digits && (s.Label != i%10 || !strings.HasPrefix(s.Family, string(rune('0'+s.Label))+"/")):
					t.Fatalf("%s half %d drawing %d: label %d, family %s", g.name, h, i, s.Label, s.Family)
				case !g.digits && (s.Label != -1 || strings.Contains(s.Family, "/")):
					t.Fatalf("%s half %d drawing %d: label %d, family %s for a non-digit", g.name, h, i, s.Label, s.Family)
				case !slices.Contains(own, s.Family) || !slices.Contains(own, "pen "+s.Pen):
					t.Fatalf("%s half %d drawing %d: style %s is not the half's", g.name, h, i, s.Style())
				case s.HeldOut != (h == StrangersHeld):
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

// checkStrangerStrokes checks one drawing's strokes as the pad takes them.
func checkStrangerStrokes(t *testing.T, s Sample, maxGap float64) {
	t.Helper()
	var d pad.Drawing
	if err := d.AddStrokes(s.Strokes); err != nil {
		t.Fatalf("%s: %v", s.Style(), err)
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
			if gap := math.Hypot(float64(p[0]-st[j-1][0]), float64(p[1]-st[j-1][1])); gap > maxGap {
				t.Fatalf("%s: gap of %.1f pad units, more than %.1f", s.Style(), gap, maxGap)
			}
		}
	}
	in := d.Ink()
	if in.TooSmall() || in.Extent() < 20 || in.Extent() > pad.Size {
		t.Fatalf("%s: ink of extent %.1f", s.Style(), in.Extent())
	}
}

// TestStrangersSplit checks the split into halves that the sets' value
// rests on: no digit or non-digit family in both halves, only the pen
// "mouse" in both, at least four families of every digit with one or
// more in each half, and at least ten non-digit families, five in each.
func TestStrangersSplit(t *testing.T) {
	tune, held := StrangersFamilies(StrangersTune), StrangersFamilies(StrangersHeld)
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
		if a, b := count(tune, p), count(held, p); a < 1 || b < 1 || a+b < 4 {
			t.Errorf("digit %d: %d tuning and %d held-out families, want one or more each and four in all", d, a, b)
		}
	}
	for _, tc := range []struct {
		name string
		fams []string
	}{{"tuning", tune}, {"held-out", held}} {
		if n := len(tc.fams) - count(tc.fams, "pen ") - strings.Count(strings.Join(tc.fams, " "), "/"); n < 5 {
			t.Errorf("%s half: %d non-digit families, want five or more", tc.name, n)
		}
	}
	seen := map[string]bool{}
	for _, f := range append(append([]strangerFamily(nil), strangerDigits...), strangerOthers...) {
		if seen[f.family()] {
			t.Errorf("family %s is listed twice", f.family())
		}
		seen[f.family()] = true
	}
}

// TestStrangersSeeds checks that every strangers generator is
// reproducible and extensible, that seeds and halves differ, that a
// half that is not one of the two or a seed at HeldOutSeedBase panics,
// and that no other set draws the same first drawing.
func TestStrangersSeeds(t *testing.T) {
	for _, g := range strangersGens {
		set := halfSet[StrangersHalf]{name: g.name, gen: g.gen}
		set.checkSeeds(t, StrangersTune, StrangersHeld)
		set.checkRefuses(t, StrangersTune)
	}
	checkFirstsDiffer(t, []firstDrawing{
		{"strangers tuning", StrangersDigits(9, 1, StrangersTune)}, {"strangers held-out", StrangersDigits(9, 1, StrangersHeld)},
		{"strangers verdict tuning", StrangersVDigits(9, 1, StrangersTune)}, {"strangers verdict held-out", StrangersVDigits(9, 1, StrangersHeld)},
		{"writers tuning", WritersDigits(9, 1, WritersTune)}, {"writers verdict held-out", WritersVDigits(9, 1, WritersHeld)},
		{"outside tuning", OutsideDigits(9, 1, OutsideTune)}, {"sealed held-out", SealedDigits(9, 1, SealedHeld)},
	})
}

// TestStrangersUnchanged pins the strangers sets' drawings as they were
// when checked by eye on the contact sheets: a change to the generator,
// or to shared drawing code it calls, that moves them would make old and
// new figures incomparable.
func TestStrangersUnchanged(t *testing.T) {
	for _, tc := range []struct {
		name string
		ss   []Sample
		want uint64
	}{
		{"StrangersDigits StrangersTune", StrangersDigits(1, 300, StrangersTune), 0xbd394f843c0a5e75},
		{"StrangersDigits StrangersHeld", StrangersDigits(1, 300, StrangersHeld), 0xce66d33f55f485c8},
		{"StrangersVDigits StrangersTune", StrangersVDigits(1, 300, StrangersTune), 0xa43647ff578f0973},
		{"StrangersVDigits StrangersHeld", StrangersVDigits(1, 300, StrangersHeld), 0x84198c019c02389c},
		{"StrangersVOthers StrangersTune", StrangersVOthers(1, 100, StrangersTune), 0xff21d129e329e6b9},
		{"StrangersVOthers StrangersHeld", StrangersVOthers(1, 100, StrangersHeld), 0x49874dda390f03b9},
	} {
		if got := hashSamples(tc.ss); got != tc.want {
			t.Errorf("%s: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
}
