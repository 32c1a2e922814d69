package drawset

import (
	"fmt"
	"hash/fnv"
	"math"
	"testing"
)

// hashSamples fingerprints the labels, families, pens and strokes of ss.
func hashSamples(ss []Sample) uint64 {
	h := fnv.New64a()
	for _, s := range ss {
		fmt.Fprintf(h, "%d|%s|%s|%v|", s.Label, s.Family, s.Pen, s.HeldOut)
		for _, st := range s.Strokes {
			for _, xy := range st {
				b0, b1 := math.Float32bits(xy[0]), math.Float32bits(xy[1])
				h.Write([]byte{byte(b0), byte(b0 >> 8), byte(b0 >> 16), byte(b0 >> 24), byte(b1), byte(b1 >> 8), byte(b1 >> 16), byte(b1 >> 24)})
			}
			h.Write([]byte{'/'})
		}
	}
	return h.Sum64()
}

// TestPartsUnchanged pins the drawings of the parts whose figures are in
// the README: a change to the generator that moves one of them would make
// old and new figures incomparable. The fingerprints were taken from the
// generator as those figures were measured; adding a part or a family list
// of its own must leave them as they are.
func TestPartsUnchanged(t *testing.T) {
	for _, tc := range []struct {
		part           Part
		digits, others uint64
	}{
		{Tuning, 0x8f8c959244b8e4cc, 0x85ace632b73c7539},
		{HeldOut, 0x1a54a5e000dc9c2f, 0xb85b04acb445d120},
		{Final, 0x72f2eec839c1fd41, 0x1d9a6bcb887f5fde},
	} {
		if got := hashSamples(Digits(1, 300, tc.part)); got != tc.digits {
			t.Errorf("part %d: 300 digits of seed 1 fingerprint %016x, want %016x", tc.part, got, tc.digits)
		}
		if got := hashSamples(Others(1, 100, tc.part)); got != tc.others {
			t.Errorf("part %d: 100 non-digits of seed 1 fingerprint %016x, want %016x", tc.part, got, tc.others)
		}
	}
}
