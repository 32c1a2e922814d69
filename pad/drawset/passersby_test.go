package drawset

import (
	"math"
	"testing"
)

// TestPassersbyHurry checks that the sloppiness the set is for is there:
// over a thousand drawings of a half, the slant and proportions spread
// (the ink's box from tall and narrow to wide and squat), sizes run from
// a fifth of the pad to most of it, drawings sit off the middle, and
// the pens report their points as far apart as they should (the stylus
// densest, the fast mouse sparsest).
func TestPassersbyHurry(t *testing.T) {
	for _, h := range []Half{PassersbyTune, PassersbyHeld} {
		ss := PassersbyDigits(5, 1000, h)
		m := measureInk(ss)
		var small, large, offCentre int
		for i := range ss {
			lo, hi := m.lo[i], m.hi[i]
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
		median := m.medianStep
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
