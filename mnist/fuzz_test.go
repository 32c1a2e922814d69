package mnist

import (
	"bytes"
	"testing"
	"testing/iotest"
)

// FuzzDecode feeds Decode arbitrary bytes: it must never panic, and what it
// accepts must be valid sets that survive another round trip. Since random
// mutations almost always break the checksum, each input is also tried
// with its checksum repaired, which lets the fuzzer reach the inflate and
// payload checks behind it.
func FuzzDecode(f *testing.F) {
	for _, b := range []*Bundle{{}, {Train: testSet(1, 0)}, {Test: testSet(8, 3)}, testBundle()} {
		data := mustEncode(f, b)
		f.Add(data)
		f.Add(data[:len(data)/2])
		coded, err := EncodeLevels(b, 16)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(coded)
	}
	f.Add(pack([]byte{4, 100, 3, 97, 1, 255, 255, 73, 7, 5, 9, 8}, 1, 0))
	f.Fuzz(func(t *testing.T, data []byte) {
		decodeChecked(t, data)
		if len(data) >= headerLen {
			d := bytes.Clone(data)
			fixChecksum(d)
			decodeChecked(t, d)
		}
	})
}

func decodeChecked(t *testing.T, data []byte) {
	b, err := Decode(data)
	// Decoding the same bytes as they arrive accepts and refuses alike.
	var room []byte
	if err == nil {
		room = make([]byte, (b.Train.Len()+b.Test.Len())*Pixels)
	} else if train, test, herr := Counts(data); herr == nil && train+test <= 1000 {
		room = make([]byte, (train+test)*Pixels)
	}
	if room != nil {
		sb, serr := DecodeStream(iotest.HalfReader(bytes.NewReader(data)), room)
		if (serr == nil) != (err == nil) {
			t.Fatalf("Decode says %v, DecodeStream %v", err, serr)
		}
		if err == nil && (!sameSet(sb.Train, b.Train) || !sameSet(sb.Test, b.Test)) {
			t.Fatalf("DecodeStream's sets differ from Decode's")
		}
	}
	if err != nil {
		if b != nil {
			t.Fatalf("Decode returned a bundle and the error %v", err)
		}
		return
	}
	for _, s := range []Set{b.Train, b.Test} {
		if err := s.Validate(); err != nil {
			t.Fatalf("Decode accepted %d bytes but returned an invalid set: %v", len(data), err)
		}
	}
	again, err := Decode(mustEncode(t, b))
	if err != nil {
		t.Fatalf("re-encoding a decoded bundle: %v", err)
	}
	if !sameSet(again.Train, b.Train) || !sameSet(again.Test, b.Test) {
		t.Fatalf("a decoded bundle does not survive Encode and Decode")
	}
}

// FuzzUntransform feeds the payload parser directly, which the checksum and
// DEFLATE shield from FuzzDecode's mutations. Whatever it accepts must be
// the one payload that transform gives for those images.
func FuzzUntransform(f *testing.F) {
	for _, s := range []Set{testSet(1, 0), testSet(3, 1), testSet(9, 7)} {
		f.Add(transform(s), uint8(s.Len()))
	}
	f.Add([]byte{4, 100, 3, 97, 1, 255, 255, 73, 7, 5, 9, 8}, uint8(1))
	f.Fuzz(func(t *testing.T, payload []byte, n uint8) {
		labels, images, err := untransform(payload, int(n), nil)
		if err != nil {
			return
		}
		s := Set{Images: images, Labels: labels}
		if err := s.Validate(); err != nil || s.Len() != int(n) {
			t.Fatalf("untransform accepted a payload but returned %d images: %v", s.Len(), err)
		}
		if got := transform(s); !bytes.Equal(got, payload) {
			t.Fatalf("untransform accepted a payload that transform would write differently")
		}
	})
}

// FuzzReadIDX feeds ReadIDX arbitrary image and label streams: it must
// never panic, and what it accepts must be a valid set holding exactly the
// bytes after the headers.
func FuzzReadIDX(f *testing.F) {
	for _, s := range []Set{{}, testSet(1, 0), testSet(4, 2)} {
		imgs, lbls := idxFiles(s)
		f.Add(imgs, lbls)
	}
	f.Fuzz(func(t *testing.T, imgs, lbls []byte) {
		s, err := ReadIDX(bytes.NewReader(imgs), bytes.NewReader(lbls))
		if err != nil {
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("ReadIDX returned an invalid set: %v", err)
		}
		if !bytes.Equal(s.Images, imgs[16:]) || !bytes.Equal(s.Labels, lbls[8:]) {
			t.Fatalf("ReadIDX returned other bytes than the streams hold")
		}
	})
}
