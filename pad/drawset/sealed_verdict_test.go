package drawset

import (
	"slices"
	"testing"
)

// TestSealedVerdictLists checks that SealedVFamilies names the verdict
// set's digit families, then its non-digit families, then its pens, and
// that SealedVOthers draws the non-digit families in turn, so that every
// family counts the same.
func TestSealedVerdictLists(t *testing.T) {
	names := SealedVFamilies()
	nd, no := len(sealedShapes), len(sealedOtherShapes)
	for _, tc := range []struct {
		part string
		got  []string
		want []string
	}{
		{"digit families", names[:nd], SealedFamilies()[:nd]},
		{"pens", names[nd+no:], SealedFamilies()[nd:]},
	} {
		if !slices.Equal(tc.got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.part, tc.got, tc.want)
		}
	}
	others := SealedVOthers(4, 3*no, SealedHeld)
	for i, s := range others {
		if want := names[nd+i%no]; s.Family != want {
			t.Fatalf("non-digit %d is %s, want %s", i, s.Family, want)
		}
	}
}
