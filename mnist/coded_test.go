package mnist

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestQuantize(t *testing.T) {
	in := []uint8{0, 8, 9, 17, 25, 26, 127, 128, 246, 247, 255}
	tests := []struct {
		levels int
		want   []uint8
	}{
		{256, in},
		{16, []uint8{0, 0, 17, 17, 17, 34, 119, 136, 238, 255, 255}},
		{4, []uint8{0, 0, 0, 0, 0, 0, 85, 170, 255, 255, 255}},
		{2, []uint8{0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 255}},
	}
	for _, tt := range tests {
		s := Set{Images: make([]uint8, Pixels), Labels: []uint8{3}}
		copy(s.Images, in)
		q, err := Quantize(s, tt.levels)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.Images[:len(in)]; !bytes.Equal(got, tt.want) {
			t.Errorf("%d levels: %v, want %v", tt.levels, got, tt.want)
		}
		if q.Labels[0] != 3 || &q.Images[0] == &s.Images[0] {
			t.Errorf("%d levels: the labels differ or the pixels are not a copy", tt.levels)
		}
	}
	for _, levels := range []int{0, 1, 3, 15, 17, 257} {
		if _, err := Quantize(testSet(1, 0), levels); err == nil || !strings.Contains(err.Error(), "grey levels") {
			t.Errorf("%d levels: error %v", levels, err)
		}
	}
}

// TestEncodeLevelsRoundTrip checks that a version 2 bundle decodes to
// Quantize's sets, and is deterministic.
func TestEncodeLevelsRoundTrip(t *testing.T) {
	for _, levels := range GreyLevels {
		for _, b := range []*Bundle{{}, {Train: testSet(1, 0)}, {Test: testSet(10, 4)}, testBundle()} {
			data, err := EncodeLevels(b, levels)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Decode(data)
			if err != nil {
				t.Fatalf("%d levels, %d+%d images: %v", levels, b.Train.Len(), b.Test.Len(), err)
			}
			for _, c := range []struct{ got, in Set }{{got.Train, b.Train}, {got.Test, b.Test}} {
				want, err := Quantize(c.in, levels)
				if err != nil {
					t.Fatal(err)
				}
				if !sameSet(c.got, want) {
					t.Errorf("%d levels, %d+%d images: Decode(EncodeLevels(b)) differs from Quantize(b)", levels, b.Train.Len(), b.Test.Len())
				}
			}
			if again, _ := EncodeLevels(b, levels); !bytes.Equal(again, data) {
				t.Errorf("%d levels: EncodeLevels is not deterministic", levels)
			}
		}
	}
	if _, err := EncodeLevels(testBundle(), 3); err == nil || !strings.Contains(err.Error(), "3 grey levels") {
		t.Errorf("3 levels: error %v", err)
	}
}

// TestEncodeLevelsIsDenser checks that fewer grey levels cost fewer
// bytes (doc.go has the figures of the shipped files, where version 2 also
// beats version 1; the test images' random greys are unlike MNIST's).
func TestEncodeLevelsIsDenser(t *testing.T) {
	b := &Bundle{Train: testSet(200, 5)}
	last := 1 << 30
	for _, levels := range []int{256, 16, 2} {
		data, err := EncodeLevels(b, levels)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) >= last {
			t.Errorf("%d levels: %d bytes, not fewer than %d", levels, len(data), last)
		}
		last = len(data)
	}
}

// TestDecodeLevelsErrors breaks version 2 bundles in the ways a header
// or a coded stream can be wrong; the checksum is refreshed so that the
// decoder itself must notice.
func TestDecodeLevelsErrors(t *testing.T) {
	data, err := EncodeLevels(testBundle(), 16)
	if err != nil {
		t.Fatal(err)
	}
	c := field(data, 28)
	// code returns a bundle of one test image whose stream is what f
	// codes with a model of the given levels.
	code := func(levels int, f func(e *rangeEncoder, m *levelModel)) []byte {
		m := newLevelModel(levels)
		e := newRangeEncoder(make([]byte, headerLen))
		f(e, m)
		return seal(e.finish(), codedVersion, 0, 1, levels)
	}
	blankPixels := func(e *rangeEncoder, m *levelModel, from int) {
		for p := from; p < Pixels; p++ {
			g := (p/Cols+padTop)*padCols + p%Cols + 2
			e.bit(&m.ink[m.inkContext(g)], 0)
		}
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"levels 5", setField(data, 24, 5, true), "bundle has 5 grey levels"},
		{"levels 0", setField(data, 24, 0, true), "bundle has 0 grey levels"},
		{"more images than bytes", setField(setField(data, 16, c+1, false), 20, 0, true), "cannot hold"},
		{"train count +1", setField(data, 16, 38, true), "bundle truncated"},
		{"packed length -1", setField(data, 28, c-1, true), "1 bytes of trailing data"},
		{"not starting with zero", func() []byte { d := bytes.Clone(data); d[headerLen] = 1; fixChecksum(d); return d }(), "do not start with a zero byte"},
		{"a byte too many", setField(append(bytes.Clone(data), 0), 28, c+1, true), "1 bytes after the coded images"},
		{"label 12", code(16, func(e *rangeEncoder, m *levelModel) { e.encodeTree(m.label, labelBits, 12); blankPixels(e, m, 0) }), "label 12 at index 0"},
		{"level 7 of 6", code(6, func(e *rangeEncoder, m *levelModel) {
			e.encodeTree(m.label, labelBits, 1)
			e.bit(&m.ink[m.inkContext(padTop*padCols+2)], 1)
			e.encodeTree(m.valueTree(padTop*padCols+2), m.valueBits, 6)
			m.grid[padTop*padCols+2] = 7
			blankPixels(e, m, 1)
		}), "image 0: grey level 7 of 6 at pixel 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
	if _, err := Decode(setField(data, 16, 38, true)); !errors.Is(err, ErrTruncated) {
		t.Errorf("a stream that ends early: %v, want ErrTruncated", err)
	}
}

// FuzzDecodeLevels feeds the range decoder arbitrary streams, which the
// checksum shields from FuzzDecode's mutations: it must never panic, and
// what it accepts must be images in the declared levels that survive
// EncodeLevels and Decode.
func FuzzDecodeLevels(f *testing.F) {
	for _, levels := range []int{2, 16, 256} {
		for _, s := range []Set{testSet(1, 0), testSet(3, 1)} {
			data, err := EncodeLevels(&Bundle{Test: s}, levels)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data[headerLen:], uint8(s.Len()), uint8(levels-1))
		}
	}
	f.Fuzz(func(t *testing.T, code []byte, n, levelsMinus1 uint8) {
		levels := int(levelsMinus1) + 1
		if !validLevels(levels) {
			return
		}
		labels, images := make([]byte, n), make([]byte, int(n)*Pixels)
		if err := decodeLevels(code, levels, int(n), labels, images, nil); err != nil {
			return
		}
		s := Set{Images: images, Labels: labels}
		if err := s.Validate(); err != nil {
			t.Fatalf("decodeLevels accepted a stream but returned an invalid set: %v", err)
		}
		if q, _ := Quantize(s, levels); !sameSet(q, s) {
			t.Fatalf("decodeLevels returned pixels outside its %d levels", levels)
		}
		data, err := EncodeLevels(&Bundle{Test: s}, levels)
		if err != nil {
			t.Fatal(err)
		}
		again, err := Decode(data)
		if err != nil || !sameSet(again.Test, s) {
			t.Fatalf("an accepted stream does not survive EncodeLevels and Decode: %v", err)
		}
	})
}

// TestDecodeIntoPausing checks that the pause comes after every
// PauseEvery images of a version 2 bundle, and that pausing changes
// nothing decoded.
func TestDecodeIntoPausing(t *testing.T) {
	for _, n := range []int{PauseEvery - 1, PauseEvery, 2*PauseEvery + 3} {
		b := &Bundle{Train: testSet(n, 2)}
		data, err := EncodeLevels(b, 16)
		if err != nil {
			t.Fatal(err)
		}
		pauses := 0
		got, err := DecodeIntoPausing(data, make([]byte, n*Pixels), func() { pauses++ })
		if err != nil {
			t.Fatal(err)
		}
		want, _ := Quantize(b.Train, 16)
		if !sameSet(got.Train, want) {
			t.Errorf("%d images: pausing changed the images", n)
		}
		if pauses != n/PauseEvery {
			t.Errorf("%d images: %d pauses, want %d", n, pauses, n/PauseEvery)
		}
	}
}
