package mnist

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// testImage draws image kind k into img. The kinds cover the edges of the
// run-length transform: empty and full images, the most runs an image can
// have, runs of exactly 255 and 256 pixels, ink at the first and last
// pixel, and random strokes with values over the whole range 1..255.
func testImage(img []uint8, k int, r *rand.Rand) {
	clear(img)
	switch k % 8 {
	case 0: // blank: one zero run of 784
	case 1: // all ink: an empty first zero run, one ink run of 784
		for p := range img {
			img[p] = uint8(1 + p%255)
		}
	case 2: // checkerboard starting with ink: 784 runs of one pixel
		for p := 0; p < Pixels; p += 2 {
			img[p] = 255
		}
	case 3: // checkerboard starting with background
		for p := 1; p < Pixels; p += 2 {
			img[p] = uint8(p)%255 + 1
		}
	case 4: // an ink run of exactly 255, then a zero run of 255
		for p := range 255 {
			img[p] = 200
		}
		for p := 510; p < Pixels; p++ {
			img[p] = 7
		}
	case 5: // a zero run of 256, ink to the end
		for p := 256; p < Pixels; p++ {
			img[p] = uint8(r.IntN(255) + 1)
		}
	default: // strokes, like a digit
		for range 1 + r.IntN(8) {
			start, length := r.IntN(Pixels), 1+r.IntN(40)
			for p := start; p < min(start+length, Pixels); p++ {
				img[p] = uint8(1 + r.IntN(255))
			}
		}
	}
}

// testSet returns n images of all kinds with labels cycling through the
// digits, the same for the same n and seed.
func testSet(n int, seed uint64) Set {
	r := rand.New(rand.NewPCG(seed, 1))
	s := Set{Images: make([]uint8, n*Pixels), Labels: make([]uint8, n)}
	for i := range n {
		s.Labels[i] = uint8(i % Classes)
		testImage(s.Image(i), i+int(seed), r)
	}
	return s
}

// testBundle is a small bundle with every kind of image in both sets.
func testBundle() *Bundle {
	return &Bundle{Train: testSet(37, 1), Test: testSet(19, 2)}
}

// mustEncode encodes b or fails the test.
func mustEncode(t testing.TB, b *Bundle) []byte {
	t.Helper()
	data, err := Encode(b)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return data
}

// setField overwrites the header field at byte offset off of a copy of
// data, and refreshes the checksum if fix is set, so that a test reaches
// the check it aims at rather than the checksum.
func setField(data []byte, off int, v uint32, fix bool) []byte {
	d := bytes.Clone(data)
	binary.LittleEndian.PutUint32(d[off:], v)
	if fix {
		fixChecksum(d)
	}
	return d
}

// fixChecksum rewrites the checksum of a bundle of at least headerLen bytes.
func fixChecksum(d []byte) {
	binary.LittleEndian.PutUint32(d[crcOffset:], checksum(d))
}

// field reads the header field at byte offset off.
func field(data []byte, off int) uint32 { return binary.LittleEndian.Uint32(data[off:]) }

// sameSet reports whether two sets hold the same labels and pixels.
func sameSet(a, b Set) bool {
	return bytes.Equal(a.Images, b.Images) && bytes.Equal(a.Labels, b.Labels)
}

// idxImages returns an IDX image file header and body.
func idxImages(magic, n, rows, cols uint32, body []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, magic)
	b = binary.BigEndian.AppendUint32(b, n)
	b = binary.BigEndian.AppendUint32(b, rows)
	b = binary.BigEndian.AppendUint32(b, cols)
	return append(b, body...)
}

// idxLabels returns an IDX label file header and body.
func idxLabels(magic, n uint32, body []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, magic)
	b = binary.BigEndian.AppendUint32(b, n)
	return append(b, body...)
}

// idxFiles returns the IDX files of s.
func idxFiles(s Set) (images, labels []byte) {
	n := uint32(s.Len())
	return idxImages(idxImagesMagic, n, Rows, Cols, s.Images), idxLabels(idxLabelsMagic, n, s.Labels)
}
