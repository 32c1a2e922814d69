package drawset

import "testing"

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
