package drawset

import "testing"

func TestUnseenVerdictPanics(t *testing.T) {
	for _, tc := range []struct {
		name string
		seed uint64
		h    Half
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
