package drawset

import (
	"reflect"
	"slices"
	"testing"
)

func TestUnseenVerdict(t *testing.T) {
	unseen := UnseenVFamilies()
	elsewhere := append(append(BlindFamilies(), FinalFamilies()...), FreshFamilies()...)
	elsewhere = append(elsewhere, BlindReadingFamilies()...)
	for _, d := range digitShapes {
		elsewhere = append(elsewhere, digitFamily(d))
	}
	for _, o := range otherShapes {
		elsewhere = append(elsewhere, o.name)
	}
	for _, p := range pens {
		elsewhere = append(elsewhere, "pen "+p.name)
	}
	for _, f := range unseen {
		if f != "pen plain" && slices.Contains(elsewhere, f) {
			t.Errorf("unseen family %q is in another set", f)
		}
	}
	for _, tc := range []struct {
		name     string
		gen      func(uint64, int, UnseenVHalf) []Sample
		digits   bool
		families int // distinct families expected in 900 drawings
	}{
		{"digits", UnseenVDigits, true, len(uvDigitShapes)},
		{"others", UnseenVOthers, false, len(uvOtherShapes)},
	} {
		for _, h := range []UnseenVHalf{UnseenVTune, UnseenVHeld} {
			ss := tc.gen(5, 900, h)
			fams, pns := map[string]bool{}, map[string]bool{}
			for i, s := range ss {
				fams[s.Family], pns[s.Pen] = true, true
				want := -1
				if tc.digits {
					want = i % 10
				}
				if s.Label != want || !s.HeldOut || !slices.Contains(unseen, s.Family) || !slices.Contains(unseen, "pen "+s.Pen) {
					t.Fatalf("%s half %d, %d: label %d, %s, held out %v; want label %d and an unseen style", tc.name, h, i, s.Label, s.Style(), s.HeldOut, want)
				}
				checkStrokes(t, tc.name, s)
			}
			if len(fams) != tc.families || len(pns) != len(uvPens) {
				t.Errorf("%s half %d: %d families and %d pens, want %d and %d", tc.name, h, len(fams), len(pns), tc.families, len(uvPens))
			}
			if !reflect.DeepEqual(tc.gen(5, 30, h), ss[:30]) {
				t.Errorf("%s half %d: a smaller set is not a prefix of a larger one", tc.name, h)
			}
		}
		if reflect.DeepEqual(tc.gen(5, 10, UnseenVTune), tc.gen(5, 10, UnseenVHeld)) {
			t.Errorf("%s: the two halves are the same drawings", tc.name)
		}
	}
}

func TestUnseenVerdictPanics(t *testing.T) {
	for _, tc := range []struct {
		name string
		seed uint64
		h    UnseenVHalf
	}{{"seed at HeldOutSeedBase", HeldOutSeedBase, UnseenVTune}, {"unknown half", 1, 2}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", tc.name)
				}
			}()
			UnseenVDigits(tc.seed, 1, tc.h)
		}()
	}
}
