package drawset

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// writersGaps is the widest gap between two pointer events of a stroke
// that each device may leave, in pad units: 1.6 times the distance its
// hand covers at top speed between two events at its slowest rate (a
// movement's peak is 1.875 times its mean speed, capped at the top
// speed; overlapping movements and tremor add a little).
func writersGaps() map[string]float64 {
	out := map[string]float64{}
	for _, d := range writerDevices {
		out[d.name] = 1.6 * d.maxSpeed / d.rateLo
	}
	return out
}

// TestWritersSplitByWriter checks that the halves are drawn by different
// writers, 13 of the 32 held out, every writer in one half, that each
// half's drawings come from all its writers, and that the held-only
// allographs are drawn in the held-out half and never in the tuning half.
func TestWritersSplitByWriter(t *testing.T) {
	var held int
	for id := range writersCount {
		if writersHeld(id) {
			held++
		}
	}
	if held != 13 {
		t.Errorf("%d writers held out, want 13", held)
	}
	heldOnly := WritersHeldOnly()
	if len(heldOnly) != 10 {
		t.Errorf("held-only allographs %v, want one per digit", heldOnly)
	}
	for h := range 2 {
		ds, dids := writersDigits(halfSeed(5, h, 36, "writers"), 2000, h)
		_, oids := writersOthers(halfSeed(5, h, 38, "writers"), 1000, h)
		writers := map[int]bool{}
		for _, id := range append(dids, oids...) {
			if writersHeld(id) != (h == 1) {
				t.Fatalf("half %d: drawn by writer %d, of the other half", h, id)
			}
			writers[id] = true
		}
		if want := []int{writersCount - held, held}[h]; len(writers) != want {
			t.Errorf("half %d: %d writers draw, want %d", h, len(writers), want)
		}
		fams := map[string]bool{}
		for _, s := range ds {
			fams[s.Family] = true
		}
		for _, f := range heldOnly {
			if fams[f] != (h == 1) {
				t.Errorf("half %d: held-only allograph %s drawn %v", h, f, fams[f])
			}
		}
	}
}

// TestWritersAreOnePerson checks that a writer stays themselves: every
// drawing is in their device and in one of the ways they write its
// digit, and every writer writes every digit in no more than two ways.
func TestWritersAreOnePerson(t *testing.T) {
	roster := writersRoster()
	for h := range 2 {
		ds, ids := writersDigits(halfSeed(7, h, 38, "writers"), 1500, h)
		for i, s := range ds {
			w := roster[ids[i]]
			ok := slices.ContainsFunc(w.prefer[s.Label], func(p preference) bool { return p.a.family() == s.Family })
			if !ok || s.Pen != w.dev.name {
				t.Fatalf("half %d drawing %d: %s with %s by %s, who writes %d with %v on a %s", h, i, s.Family, s.Pen, w.name, s.Label, w.prefer[s.Label], w.dev.name)
			}
		}
	}
	for _, w := range roster {
		for d, ps := range w.prefer {
			if len(ps) < 1 || len(ps) > 2 || ps[0].a.label != d {
				t.Errorf("%s writes %d in %d ways", w.name, d, len(ps))
			}
		}
	}
}

// TestWritersTraits checks that the roster spans the styles it claims:
// slants from -25 to +30 degrees with both backhands and italics, every
// device in each half, corner scribblers and writers who fill the pad.
func TestWritersTraits(t *testing.T) {
	devices := [2]map[string]bool{{}, {}}
	var back, italic, small, large int
	for _, w := range writersRoster() {
		if w.slant < -25 || w.slant > 30 {
			t.Errorf("%s slants %.1f degrees", w.name, w.slant)
		}
		if w.slant < -5 {
			back++
		}
		if w.slant > 15 {
			italic++
		}
		if w.size < 80 {
			small++
		}
		if w.size > 180 {
			large++
		}
		devices[writersHeldIndex(w)][w.dev.name] = true
	}
	if back == 0 || italic == 0 || small == 0 || large == 0 {
		t.Errorf("%d backhands, %d italics, %d small and %d large writers: want some of each", back, italic, small, large)
	}
	for h, ds := range devices {
		if len(ds) != len(writerDevices) {
			t.Errorf("half %d has devices %v, want all %d", h, ds, len(writerDevices))
		}
	}
}

// writersHeldIndex is 1 for a held-out writer, 0 for a tuning one.
func writersHeldIndex(w *writer) int {
	if w.held {
		return 1
	}
	return 0
}

// TestWritersLeaveOutDigitLikeLetters checks that no non-digit family is
// a letter or symbol left out for looking like a digit in a hand.
func TestWritersLeaveOutDigitLikeLetters(t *testing.T) {
	const leftOut = "OQDCoIlJLT!rSs$Zz?bGeadgqyPB&nhut@<^Vv"
	for _, o := range writerNonDigits {
		if len([]rune(o.name)) == 1 && strings.ContainsRune(leftOut, []rune(o.name)[0]) {
			t.Errorf("non-digit %s looks like a digit in a hand", o.name)
		}
	}
}

// TestMotorModel checks the motor model on a plain writer (no errors, no
// tremor): a minimum-jerk movement starts and ends at rest and lands on
// its aim; a stroke passes through its first and last aims; a stop
// makes a sharper corner than a fluent turn (the pen passes closer to
// the corner's aim); and a pointer's events are further apart where the
// hand moves fast (mid-stroke) than where it starts and stops.
func TestMotorModel(t *testing.T) {
	if minJerk(0) != 0 || minJerk(1) != 1 || math.Abs(minJerk(0.5)-0.5) > 1e-12 || minJerk(-1) != 0 || minJerk(2) != 1 {
		t.Errorf("minJerk(0, 0.5, 1) = %g, %g, %g", minJerk(0), minJerk(0.5), minJerk(1))
	}
	for u := 0.01; u < 1; u += 0.01 {
		if minJerk(u) <= minJerk(u-0.01) {
			t.Fatalf("minJerk falls at %g", u)
		}
	}
	w := &writer{dev: writerDevices[2], tempo: 1, flow: 0.5}
	w.dev.fluency = 0
	corner := func(stop bool) float64 {
		aims := []via{{p: vec{0, 0}}, {p: vec{100, 0}, stop: stop}, {p: vec{100, 100}}}
		m := w.move(aims, 100, rand.New(rand.NewPCG(1, 2)))
		if m.at(0).dist(vec{0, 0}) > 1e-9 || m.at(m.end).dist(vec{100, 100}) > 1e-9 {
			t.Fatalf("stroke runs from %v to %v, want (0, 0) to (100, 100)", m.at(0), m.at(m.end))
		}
		closest := math.Inf(1)
		for t := 0.0; t <= m.end; t += 0.001 {
			closest = min(closest, m.at(t).dist(vec{100, 0}))
		}
		return closest
	}
	if sharp, round := corner(true), corner(false); !(sharp < 2 && round > 3*sharp) {
		t.Errorf("the pen passes %.2f from a stopped corner and %.2f from a fluent one", sharp, round)
	}
	m := w.move([]via{{p: vec{0, 0}}, {p: vec{200, 0}}}, 200, rand.New(rand.NewPCG(1, 3)))
	pts := w.pointer(m, 120, rand.New(rand.NewPCG(1, 4)))
	n := len(pts)
	if n < 10 {
		t.Fatalf("%d events on a 200-unit stroke at 120 Hz", n)
	}
	first, mid := pts[1].dist(pts[0]), pts[n/2].dist(pts[n/2-1])
	if mid < 3*first {
		t.Errorf("events %.2f apart mid-stroke and %.2f at its start: the spacing does not follow the hand's speed", mid, first)
	}
}
