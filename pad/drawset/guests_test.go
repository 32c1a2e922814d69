package drawset

import (
	"math"
	"testing"
)

// TestGuestsVariety checks that the guests the set is for are there:
// over a thousand drawings of a half, tiny drawings in a corner, large
// ones running off the pad (clamped onto its edge), many off the middle,
// digits of several strokes, and pens reporting their points as far
// apart as they should (the stylus densest and the thumb sparsest in
// the tuning half; the trackpad densest and the busy page's mouse
// sparsest in the held-out half).
func TestGuestsVariety(t *testing.T) {
	for _, h := range []Half{GuestsTune, GuestsHeld} {
		ss := GuestsDigits(5, 1000, h)
		m := measureInk(ss)
		var small, edge, offCentre, several int
		for i, s := range ss {
			lo, hi := m.lo[i], m.hi[i]
			if max(hi[0]-lo[0], hi[1]-lo[1]) < 80 {
				small++
			}
			if min(lo[0], lo[1]) <= 0.5 || max(hi[0], hi[1]) >= 279.5 {
				edge++
			}
			if math.Hypot(float64(lo[0]+hi[0])/2-140, float64(lo[1]+hi[1])/2-140) > 50 {
				offCentre++
			}
			if len(s.Strokes) > 1 {
				several++
			}
		}
		t.Logf("half %d: %d small, %d at the edge, %d off the middle, %d of several strokes", h, small, edge, offCentre, several)
		if small < 100 || edge < 60 || offCentre < 200 || several < 300 {
			t.Errorf("half %d: %d small, %d at the edge, %d off the middle, %d of several strokes, of 1000", h, small, edge, offCentre, several)
		}
		median := m.medianStep
		t.Logf("half %d: median steps stylus %.1f, mouse %.1f, thumb %.1f, trackpad %.1f, busy mouse %.1f", h, median("stylus"), median("mouse"), median("thumb"), median("trackpad"), median("busy-mouse"))
		if h == GuestsTune && !(median("stylus") < median("mouse") && median("mouse") < median("thumb")) {
			t.Errorf("tuning half: median steps stylus %.1f, mouse %.1f, thumb %.1f", median("stylus"), median("mouse"), median("thumb"))
		}
		if h == GuestsHeld && !(median("trackpad") < median("mouse") && median("mouse") < median("busy-mouse")) {
			t.Errorf("held-out half: median steps trackpad %.1f, mouse %.1f, busy mouse %.1f", median("trackpad"), median("mouse"), median("busy-mouse"))
		}
	}
}

// TestGuestsUnchanged pins the guests sets' drawings as they were when
// checked by eye on the contact sheets: a change to the generator, or to
// shared drawing code it calls, that moves them would make old and new
// figures incomparable.
func TestGuestsUnchanged(t *testing.T) {
	for _, tc := range []struct {
		name string
		ss   []Sample
		want uint64
	}{
		{"GuestsDigits GuestsTune", GuestsDigits(1, 300, GuestsTune), 0xc04eaabcac961d41},
		{"GuestsDigits GuestsHeld", GuestsDigits(1, 300, GuestsHeld), 0xdf4387c0721c2c5c},
		{"GuestsVDigits GuestsTune", GuestsVDigits(1, 300, GuestsTune), 0x1a6494d544a61b51},
		{"GuestsVDigits GuestsHeld", GuestsVDigits(1, 300, GuestsHeld), 0x49438546c2a7c97e},
		{"GuestsVOthers GuestsTune", GuestsVOthers(1, 100, GuestsTune), 0x7af7d78b19e2aa00},
		{"GuestsVOthers GuestsHeld", GuestsVOthers(1, 100, GuestsHeld), 0x3fb3ab190f77fc26},
	} {
		if got := hashSamples(tc.ss); got != tc.want {
			t.Errorf("%s: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
}
