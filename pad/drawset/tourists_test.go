package drawset

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// TestTouristsVariety checks that the tourists the set is for are there:
// over a thousand drawings of a half, small drawings and drawings off
// the middle, digits of several strokes; devices that report their
// events as far apart as they should (the stylus densest and the phone
// under a finger sparsest in the tuning half; the tablet's finger and
// the slow touchpad denser than the mouse in the held-out half), further
// apart on a large drawing than on a small one (a hand covers a large
// one faster); a touchpad's drags clutched into more strokes than a
// mouse's; and the bubble and painted digits going over far more ink
// for their size than the plain ones.
func TestTouristsVariety(t *testing.T) {
	for _, h := range []Half{TouristsTune, TouristsHeld} {
		ss := TouristsDigits(5, 1000, h)
		m := measureInk(ss)
		var small, offCentre, several int
		strokes := map[string][]float64{}
		var inkPlain, inkHeavy []float64 // ink length per extent
		var stepLarge, stepSmall []float64
		for i, s := range ss {
			lo, hi := m.lo[i], m.hi[i]
			extent := float64(max(hi[0]-lo[0], hi[1]-lo[1]))
			if extent < 80 {
				small++
			}
			if math.Hypot(float64(lo[0]+hi[0])/2-140, float64(lo[1]+hi[1])/2-140) > 50 {
				offCentre++
			}
			if len(s.Strokes) > 1 {
				several++
			}
			strokes[s.Pen] = append(strokes[s.Pen], float64(len(s.Strokes)))
			var ink float64
			for _, st := range s.Strokes {
				for j := 1; j < len(st); j++ {
					d := math.Hypot(float64(st[j][0]-st[j-1][0]), float64(st[j][1]-st[j-1][1]))
					ink += d
					if s.Pen == "mouse" && extent > 190 {
						stepLarge = append(stepLarge, d)
					}
					if s.Pen == "mouse" && extent < 90 {
						stepSmall = append(stepSmall, d)
					}
				}
			}
			if strings.HasSuffix(s.Family, "/bubble") || strings.HasSuffix(s.Family, "/painted") {
				inkHeavy = append(inkHeavy, ink/extent)
			} else {
				inkPlain = append(inkPlain, ink/extent)
			}
		}
		t.Logf("half %d: %d small, %d off the middle, %d of several strokes", h, small, offCentre, several)
		if small < 80 || offCentre < 250 || several < 250 {
			t.Errorf("half %d: %d small, %d off the middle, %d of several strokes, of 1000", h, small, offCentre, several)
		}
		median := m.medianStep
		t.Logf("half %d: median steps stylus %.1f, phone-finger %.1f, mouse %.1f, touchpad %.1f, tablet-finger %.1f", h,
			median("stylus"), median("phone-finger"), median("mouse"), median("touchpad"), median("tablet-finger"))
		if h == TouristsTune && !(median("stylus") < median("mouse") && median("mouse") < median("phone-finger")) {
			t.Errorf("tuning half: median steps stylus %.1f, mouse %.1f, phone-finger %.1f", median("stylus"), median("mouse"), median("phone-finger"))
		}
		if h == TouristsHeld && !(median("tablet-finger") < median("mouse") && median("touchpad") < median("mouse")) {
			t.Errorf("held-out half: median steps tablet-finger %.1f, touchpad %.1f, mouse %.1f", median("tablet-finger"), median("touchpad"), median("mouse"))
		}
		large, smallStep := medianOf(stepLarge), medianOf(stepSmall)
		t.Logf("half %d: the mouse's median step %.1f on large drawings, %.1f on small ones", h, large, smallStep)
		if !(large > 2*smallStep) {
			t.Errorf("half %d: the mouse's median step %.1f on large drawings, %.1f on small ones, want over twice", h, large, smallStep)
		}
		if h == TouristsHeld {
			pad, mouse := meanOf(strokes["touchpad"]), meanOf(strokes["mouse"])
			t.Logf("held-out half: %.2f strokes a drawing on the touchpad, %.2f with the mouse", pad, mouse)
			if !(pad > 1.3*mouse) {
				t.Errorf("held-out half: %.2f strokes a drawing on the touchpad, %.2f with the mouse", pad, mouse)
			}
		}
		heavy, plain := medianOf(inkHeavy), medianOf(inkPlain)
		t.Logf("half %d: ink per extent %.1f bubble and painted, %.1f plain", h, heavy, plain)
		if !(heavy > 2*plain) {
			t.Errorf("half %d: ink per extent %.1f bubble and painted, %.1f plain, want over twice", h, heavy, plain)
		}
	}
}

// medianOf is the median of v, NaN if it is empty.
func medianOf(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	v = slices.Sorted(slices.Values(v))
	return v[len(v)/2]
}

// meanOf is the mean of v, NaN if it is empty.
func meanOf(v []float64) float64 {
	var sum float64
	for _, x := range v {
		sum += x
	}
	return sum / float64(len(v))
}

// TestTouristsUnchanged pins the tourists sets' drawings as they were
// when checked by eye on the contact sheets: a change to the generator,
// or to shared drawing code it calls, that moves them would make old and
// new figures incomparable.
func TestTouristsUnchanged(t *testing.T) {
	for _, tc := range []struct {
		name string
		ss   []Sample
		want uint64
	}{
		{"TouristsDigits TouristsTune", TouristsDigits(1, 300, TouristsTune), 0xdadcc304a07a4fa0},
		{"TouristsDigits TouristsHeld", TouristsDigits(1, 300, TouristsHeld), 0xa3523519c6cfdd19},
		{"TouristsVDigits TouristsTune", TouristsVDigits(1, 300, TouristsTune), 0x20bca7ffe92961ee},
		{"TouristsVDigits TouristsHeld", TouristsVDigits(1, 300, TouristsHeld), 0xda5c1cefca4f839f},
		{"TouristsVOthers TouristsTune", TouristsVOthers(1, 100, TouristsTune), 0x5f4d421a67aec9b9},
		{"TouristsVOthers TouristsHeld", TouristsVOthers(1, 100, TouristsHeld), 0x4abe523486a4c3d2},
	} {
		if got := hashSamples(tc.ss); got != tc.want {
			t.Errorf("%s: fingerprint %#016x, want %#016x", tc.name, got, tc.want)
		}
	}
}
