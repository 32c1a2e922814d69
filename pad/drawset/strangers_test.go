package drawset

import (
	"math"
	"testing"

	"digitlab/pad"
)

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
