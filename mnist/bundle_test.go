package mnist

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		b    *Bundle
	}{
		{"empty", &Bundle{}},
		{"train only", &Bundle{Train: testSet(10, 3)}},
		{"test only", &Bundle{Test: testSet(10, 4)}},
		{"one blank image", &Bundle{Train: testSet(1, 0)}},
		{"every kind in both", testBundle()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := mustEncode(t, tt.b)
			got, err := Decode(data)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !sameSet(got.Train, tt.b.Train) || !sameSet(got.Test, tt.b.Test) {
				t.Errorf("Decode(Encode(b)) differs from b")
			}
			if again := mustEncode(t, tt.b); !bytes.Equal(again, data) {
				t.Errorf("Encode is not deterministic")
			}
			if got, want := field(data, 16), uint32(tt.b.Train.Len()); got != want {
				t.Errorf("header train count = %d, want %d", got, want)
			}
		})
	}
}

func TestDecodeSetsDoNotOverlap(t *testing.T) {
	b, err := Decode(mustEncode(t, testBundle()))
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Clone(b.Test.Images[:Pixels])
	_ = append(b.Train.Images, 1, 2, 3)
	_ = append(b.Train.Labels, 9)
	if !bytes.Equal(b.Test.Images[:Pixels], want) || b.Test.Labels[0] != testBundle().Test.Labels[0] {
		t.Errorf("appending to Train changed Test")
	}
}

func TestEncodeErrors(t *testing.T) {
	good := testSet(3, 1)
	tests := []struct {
		name string
		b    *Bundle
		want string
	}{
		{"nil", nil, "nil bundle"},
		{"short images", &Bundle{Train: Set{Images: good.Images[:100], Labels: good.Labels}}, "train set: set has 100 pixel bytes for 3 labels"},
		{"bad label", &Bundle{Test: Set{Images: good.Images, Labels: []uint8{1, 10, 2}}}, "test set: label 10 at index 1"},
		{"too many", &Bundle{Train: Set{Labels: make([]uint8, MaxImages+1)}}, "train set has 70001 images, more than the limit of 70000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Encode(tt.b)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Encode error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestDecodeTruncated cuts a valid bundle at every length: each must be
// reported as truncated.
func TestDecodeTruncated(t *testing.T) {
	for _, data := range bothVersions(t, testBundle()) {
		for n := range len(data) {
			_, err := Decode(data[:n])
			if !errors.Is(err, ErrTruncated) {
				t.Fatalf("Decode of the first %d of %d bytes: error %v, want ErrTruncated", n, len(data), err)
			}
		}
	}
}

// bothVersions returns b encoded by Encode and by EncodeLevels.
func bothVersions(t *testing.T, b *Bundle) [][]byte {
	coded, err := EncodeLevels(b, 16)
	if err != nil {
		t.Fatal(err)
	}
	return [][]byte{mustEncode(t, b), coded}
}

// TestDecodeFlippedBytes damages every byte of a valid bundle in several
// ways: each must be an error. The CRC-32 catches every burst of up to 32
// bits, so none can slip through.
func TestDecodeFlippedBytes(t *testing.T) {
	for v, data := range bothVersions(t, testBundle()) {
		for _, mask := range []byte{0x01, 0x10, 0x80, 0xff} {
			for i := range data {
				d := bytes.Clone(data)
				d[i] ^= mask
				if _, err := Decode(d); err == nil {
					t.Fatalf("version %d: Decode accepted a bundle with byte %d xored with %#02x", v+1, i, mask)
				}
			}
		}
	}
}

// TestDecodeHeaderErrors breaks one header field at a time. The checksum is
// refreshed (fix) so that the decoder must catch the field itself.
func TestDecodeHeaderErrors(t *testing.T) {
	data := mustEncode(t, testBundle())
	u, c := field(data, 24), field(data, 28)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "bundle truncated: 0 bytes, the header alone needs 36"},
		{"magic", append([]byte("DLMX"), data[4:]...), `bad magic "DLMX" (want "DLMB")`},
		{"IDX file", idxLabels(idxLabelsMagic, 40, make([]byte, 40)), "bad magic"},
		{"version 7", setField(data, 4, 7, true), "unsupported bundle version 7"},
		{"version 0", setField(data, 4, 0, true), "unsupported bundle version 0"},
		{"rows", setField(data, 8, 27, true), "images are 27x28, want 28x28"},
		{"cols", setField(data, 12, 0, true), "images are 28x0"},
		{"train over limit", setField(data, 16, MaxImages+1, true), "declares 70001 train images"},
		{"test over limit", setField(data, 20, 1<<32-1, true), "declares 4294967295 test images"},
		{"train count +1", setField(data, 16, 38, true), "bundle payload"},
		{"train count -1", setField(data, 16, 36, true), "bundle payload"},
		{"test count +1", setField(data, 20, 20, true), "bundle payload"},
		{"train count 0", setField(data, 16, 0, true), "bundle payload"},
		{"payload length +1", setField(data, 24, u+1, true), "inflates to fewer than the declared"},
		{"payload length -1", setField(data, 24, u-1, true), "inflates to more than the declared"},
		{"payload length huge", setField(data, 24, 1<<32-1, true), "payload length 4294967295 is impossible"},
		{"payload length below counts", setField(data, 24, 10, true), "payload length 10 is impossible"},
		{"payload over inflate ratio", setField(setField(data, 16, MaxImages, false), 24, 1032*c+1, true), "is impossible"},
		{"packed length +1", setField(data, 28, c+1, true), "bundle truncated"},
		{"packed length -1", setField(data, 28, c-1, true), "1 bytes of trailing data"},
		{"appended byte", append(bytes.Clone(data), 0), "1 bytes of trailing data"},
		{"checksum", setField(data, 32, field(data, 32)+1, false), "bundle checksum mismatch"},
		{"stale checksum", setField(data, 16, 38, false), "bundle checksum mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestDecodePayloadErrors packs hostile payloads with a valid header and
// checksum, so only the payload rules can reject them.
func TestDecodePayloadErrors(t *testing.T) {
	blank := []byte{255, 255, 255, 19} // one zero run of 784
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	tests := []struct {
		name    string
		payload []byte
		n       int
		want    string
	}{
		{"no labels", nil, 1, "payload length 0 is impossible"},
		{"label 10", cat([]byte{10}, blank), 1, "label 10 at index 0"},
		{"lengths missing", []byte{3}, 1, "image 0: run lengths truncated"},
		{"second image missing", cat([]byte{3, 4}, blank), 2, "image 1: run lengths truncated"},
		{"zero run too long", cat([]byte{3}, []byte{255, 255, 255, 20}), 1, "zero run of 785 at pixel 0 overruns"},
		{"length over 784", cat([]byte{3}, []byte{255, 255, 255, 255, 255}), 1, "run length over 784"},
		{"empty ink run", cat([]byte{3}, []byte{5, 0}), 1, "empty ink run at pixel 5"},
		{"empty zero run", cat([]byte{3}, []byte{5, 1, 0, 255, 255, 255, 3}), 1, "empty zero run at pixel 6"},
		{"ink run too long", cat([]byte{3}, []byte{0, 255, 255, 255, 20}), 1, "ink run of 785 at pixel 0 overruns"},
		{"ends mid-image", cat([]byte{3}, []byte{5, 1}), 1, "run lengths truncated"},
		{"value missing", cat([]byte{3}, []byte{100, 1, 255, 255, 173}), 1, "payload holds 6 bytes, its run lengths call for 7"},
		{"extra byte", cat([]byte{3}, blank, []byte{9}), 1, "payload holds 6 bytes, its run lengths call for 5"},
		{"zero ink value", cat([]byte{3}, []byte{100, 3, 255, 255, 171}, []byte{1, 2, 0}), 1, "ink value 2 is zero"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(pack(tt.payload, tt.n, 0))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestDecodeCanonicalPayload checks hand-written payloads against the
// images they mean, pinning the layout documented in doc.go.
func TestDecodeCanonicalPayload(t *testing.T) {
	// Image: background to pixel 100, ink 7 8 9 at 100..102, a lone 5 at
	// 200, background to the end. Its payload: label, lengths
	// 100 3 97 1 583, first values 7 5, last values 9, middle values 8.
	payload := []byte{4, 100, 3, 97, 1, 255, 255, 73, 7, 5, 9, 8}
	want := Set{Images: make([]uint8, Pixels), Labels: []uint8{4}}
	copy(want.Images[100:], []uint8{7, 8, 9})
	want.Images[200] = 5
	if got := transform(want); !bytes.Equal(got, payload) {
		t.Errorf("transform = %v, want %v", got, payload)
	}
	b, err := Decode(pack(payload, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !sameSet(b.Test, want) || b.Train.Len() != 0 {
		t.Errorf("Decode gave a different image")
	}
}

func TestDecodeInflateErrors(t *testing.T) {
	data := mustEncode(t, testBundle())
	withTail := append(bytes.Clone(data), 1, 2, 3)
	withTail = setField(withTail, 28, field(data, 28)+3, true)
	garbage := append(bytes.Clone(data[:headerLen]), bytes.Repeat([]byte{0xff}, 100)...)
	garbage = setField(garbage, 28, 100, true)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"bytes after the stream", withTail, "3 bytes after the end of the DEFLATE stream"},
		{"not DEFLATE", garbage, "flate: corrupt input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Decode error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestDecodeInto checks that DecodeInto gives Decode's sets, painted into
// the caller's buffer, and refuses a buffer of the wrong size.
func TestDecodeInto(t *testing.T) {
	want := testBundle()
	data := mustEncode(t, want)
	train, test, err := Counts(data)
	if err != nil {
		t.Fatal(err)
	}
	if train != want.Train.Len() || test != want.Test.Len() {
		t.Fatalf("Counts: %d and %d, want %d and %d", train, test, want.Train.Len(), want.Test.Len())
	}
	n := train + test
	tests := []struct {
		name string
		dst  []byte
		err  string
	}{
		{"exact", make([]byte, n*Pixels), ""},
		{"one image short", make([]byte, (n-1)*Pixels), "need"},
		{"one byte over", make([]byte, n*Pixels+1), "need"},
		{"none", nil, "no buffer"},
	}
	for _, tt := range tests {
		got, err := DecodeInto(data, tt.dst)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: error %v, want one with %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !sameSet(got.Train, want.Train) || !sameSet(got.Test, want.Test) {
			t.Errorf("%s: the sets differ from the encoded ones", tt.name)
		}
		if &got.Train.Images[0] != &tt.dst[0] || &got.Test.Images[0] != &tt.dst[train*Pixels] {
			t.Errorf("%s: the sets are not painted into the buffer", tt.name)
		}
	}
}
