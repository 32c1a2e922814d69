package pad

import (
	"slices"
	"strings"
	"testing"

	"digitlab/assets"
)

func TestParseSpace(t *testing.T) {
	bad := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), digitSpaceFile...)) }
	for _, tc := range []struct {
		name    string
		file    []byte
		wantErr string // "" for none
	}{
		{"the bundled file", digitSpaceFile, ""},
		{"truncated", digitSpaceFile[:len(digitSpaceFile)-2], "bytes"},
		{"a byte too many", bad(func(b []byte) []byte { return append(b, 0) }), "bytes"},
		{"wrong magic", bad(func(b []byte) []byte { b[0] = 'X'; return b }), SpaceMagic},
		{"empty", nil, "0 bytes"},
	} {
		_, err := parseSpace(tc.file)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.wantErr)
		}
	}
}

func TestPool(t *testing.T) {
	var ones, corner, block [NetPixels]float32
	for i := range ones {
		ones[i] = 1
	}
	corner[NetSide+1] = 1                               // pixel (1, 1): a quarter of pooled (0, 0)
	block[6*NetSide+8], block[6*NetSide+9] = 0.5, 1     // row 6, columns 8 and 9
	block[7*NetSide+8], block[7*NetSide+9] = 0.25, 0.25 // row 7: pooled (4, 3) holds the mean
	for _, tc := range []struct {
		name string
		img  *[NetPixels]float32
		at   int // pooled index checked
		want float32
		sum  float32 // of all pooled values
	}{
		{"ones", &ones, 5, 1, SpaceSide * SpaceSide},
		{"corner", &corner, 0, 0.25, 0.25},
		{"block", &block, 3*SpaceSide + 4, 0.5, 0.5},
	} {
		var dst [SpaceSide * SpaceSide]float32
		Pool(tc.img, &dst)
		var sum float32
		for _, v := range dst {
			sum += v
		}
		if dst[tc.at] != tc.want || sum != tc.sum {
			t.Errorf("%s: pooled[%d] = %v, sum %v; want %v, %v", tc.name, tc.at, dst[tc.at], sum, tc.want, tc.sum)
		}
	}
}

// TestRemoteness checks that MNIST test images, which the subspaces were
// not fitted on, lie close to their own digit's subspace: most within
// RemoteScaleImage, and most nearest to the subspace of their label (998
// and 941 of the first 1,000).
func TestRemoteness(t *testing.T) {
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	s, err := parseSpace(digitSpaceFile)
	if err != nil {
		t.Fatal(err)
	}
	const n = 1000
	near, own := 0, 0
	var img [NetPixels]float32
	for i := 0; i < n; i++ {
		for j, p := range b.Test.Images[i*NetPixels : (i+1)*NetPixels] {
			img[j] = float32(p) / 255
		}
		var dist [10]float32
		r, digit := s.remoteness(&img, &dist)
		if r != dist[digit] || slices.Min(dist[:]) != r {
			t.Fatalf("image %d: remoteness %v to %d, distances %v", i, r, digit, dist)
		}
		if r <= RemoteScaleImage {
			near++
		}
		if digit == int(b.Test.Labels[i]) {
			own++
		}
	}
	for _, tc := range []struct {
		name string
		got  int
		min  int
	}{{"within RemoteScaleImage", near, 990}, {"nearest to their own digit", own, 900}} {
		t.Logf("%s: %d of %d", tc.name, tc.got, n)
		if tc.got < tc.min {
			t.Errorf("%s: %d of %d MNIST test images, want at least %d", tc.name, tc.got, n, tc.min)
		}
	}
}
