//go:build !js

package mnist

import (
	"os/exec"
	"testing"
)

// loadGoMNIST loads the original files from the GoMNIST module, skipping
// the test only when there is no go command to find them with.
func loadGoMNIST(t *testing.T) *Bundle {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to locate the GoMNIST module:", err)
	}
	dir, err := ModuleDataDir()
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGoMNIST loads the original files once and runs the checks that need
// them as subtests.
func TestGoMNIST(t *testing.T) {
	b := loadGoMNIST(t)
	t.Run("histograms", func(t *testing.T) { testHistograms(t, b) })
	t.Run("round trip", func(t *testing.T) { testRoundTrip(t, b) })
}

func testHistograms(t *testing.T, b *Bundle) {
	tests := []struct {
		name string
		set  Set
		want [Classes]int // the published label counts of MNIST
	}{
		{"train", b.Train, [Classes]int{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}},
		{"test", b.Test, [Classes]int{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}},
	}
	for _, tt := range tests {
		if err := tt.set.Validate(); err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
		h, sum, wantSum := tt.set.Histogram(), 0, 0
		for d := range Classes {
			sum += h[d]
			wantSum += tt.want[d]
		}
		if sum != tt.set.Len() || sum != wantSum {
			t.Errorf("%s: %d images, histogram sums to %d, want %d", tt.name, tt.set.Len(), sum, wantSum)
		}
		if h != tt.want {
			t.Errorf("%s: label histogram %v, want %v", tt.name, h, tt.want)
		}
	}
}

// testRoundTrip encodes the real test set, whose pixels are what the
// transform was designed for, and decodes it back.
func testRoundTrip(t *testing.T, b *Bundle) {
	if testing.Short() {
		t.Skip("slow: encodes 10,000 images at BestCompression")
	}
	data := mustEncode(t, &Bundle{Test: b.Test})
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !sameSet(got.Test, b.Test) || got.Train.Len() != 0 {
		t.Errorf("the MNIST test set does not survive Encode and Decode")
	}
	t.Logf("MNIST test set: %d bytes raw, %d encoded", len(b.Test.Images)+len(b.Test.Labels), len(data))
}
