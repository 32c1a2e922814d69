package pad

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The digits' subspaces (digitspace.bin, fitted by pad/internal/genverdict)
// describe what MNIST's digits and the tuning drawn digits look like, and
// nothing else: for each digit, the mean of its images pooled to
// SpaceSide x SpaceSide pixels and the SpaceComponents directions along
// which they vary most (principal components). An image close to one of
// these subspaces looks like some way of writing that digit; the distance
// from the nearest one says how unlike every digit an image is, without
// ever having seen a non-digit.
//
// The file is SpaceMagic, then for each digit 0 to 9 the mean and the
// components, each SpaceSide*SpaceSide little-endian int16 values scaled
// by SpaceScale (components are unit vectors and pooled pixels are in
// [0, 1], so no value exceeds 1).
const (
	SpaceSide       = NetSide / 2 // pooling 2x2 blocks ignores the pixel-level detail in which a pen and a scan differ
	SpaceComponents = 20
	SpaceMagic      = "DSP1"
	SpaceScale      = 32767
)

// spaceDim is a multiple of 4, as dot needs.
const spaceDim = SpaceSide * SpaceSide

// digitSpace is the parsed file.
type digitSpace struct {
	mean  [10][spaceDim]float32
	basis [10][SpaceComponents][spaceDim]float32
}

// parseSpace reads the file genverdict writes.
func parseSpace(b []byte) (*digitSpace, error) {
	want := len(SpaceMagic) + 10*(1+SpaceComponents)*spaceDim*2
	if len(b) != want || string(b[:len(SpaceMagic)]) != SpaceMagic {
		return nil, fmt.Errorf("%d bytes, want %q and %d bytes", len(b), SpaceMagic, want)
	}
	s := &digitSpace{}
	b = b[len(SpaceMagic):]
	read := func(dst *[spaceDim]float32) {
		for i := range dst {
			dst[i] = float32(int16(binary.LittleEndian.Uint16(b))) / SpaceScale
			b = b[2:]
		}
	}
	for c := range s.mean {
		read(&s.mean[c])
		for j := range s.basis[c] {
			read(&s.basis[c][j])
		}
	}
	if len(b) != 0 {
		return nil, errors.New("trailing bytes")
	}
	return s, nil
}

// Pool averages the 2x2 blocks of img into dst, the space the digits'
// subspaces live in.
func Pool(img *[NetPixels]float32, dst *[SpaceSide * SpaceSide]float32) {
	for y := 0; y < SpaceSide; y++ {
		for x := 0; x < SpaceSide; x++ {
			p := 2*y*NetSide + 2*x
			dst[y*SpaceSide+x] = (img[p] + img[p+1] + img[p+NetSide] + img[p+NetSide+1]) / 4
		}
	}
}

// remoteness returns the squared distance from the pooled image to the
// nearest digit's subspace, and that digit, and writes the squared
// distance to every digit's subspace into dist.
func (s *digitSpace) remoteness(img *[NetPixels]float32, dist *[10]float32) (float32, int) {
	var x, d [spaceDim]float32
	Pool(img, &x)
	digit := -1
	for c := range s.mean {
		var n2 float32
		for i := range d {
			d[i] = x[i] - s.mean[c][i]
			n2 += d[i] * d[i]
		}
		for j := range s.basis[c] {
			p := dot(&s.basis[c][j], &d)
			n2 -= p * p
		}
		dist[c] = max(n2, 0)
		if digit < 0 || dist[c] < dist[digit] {
			digit = c
		}
	}
	return dist[digit], digit
}

// dot is the dot product of a and b, in four running sums so that the
// additions do not wait on one another.
func dot(a, b *[spaceDim]float32) float32 {
	var s0, s1, s2, s3 float32
	for i := 0; i < spaceDim; i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	return (s0 + s1) + (s2 + s3)
}
