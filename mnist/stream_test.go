package mnist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
)

// chunkReader returns its data in pieces of random sizes (1 to 4,000
// bytes), as a download arrives.
type chunkReader struct {
	data []byte
	r    *rand.Rand
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	k := min(len(p), len(c.data), 1+c.r.IntN(4000))
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

// streamBundles are encoded bundles of both versions, small and large.
func streamBundles(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for name, b := range map[string]*Bundle{"empty": {}, "one": {Train: testSet(1, 0)}, "test only": {Test: testSet(8, 3)}, "mixed": testBundle()} {
		out[name+", version 1"] = mustEncode(t, b)
		for _, levels := range []int{16, 256} {
			coded, err := EncodeLevels(b, levels)
			if err != nil {
				t.Fatal(err)
			}
			out[fmt.Sprintf("%s, version 2, %d levels", name, levels)] = coded
		}
	}
	return out
}

// TestDecodeStreamSameAsDecode checks that decoding a bundle as its bytes
// arrive, whatever the pieces, gives the sets DecodeInto gives.
func TestDecodeStreamSameAsDecode(t *testing.T) {
	for name, data := range streamBundles(t) {
		want, err := Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		n := want.Train.Len() + want.Test.Len()
		readers := map[string]func() io.Reader{
			"whole":     func() io.Reader { return bytes.NewReader(data) },
			"one byte":  func() io.Reader { return iotest.OneByteReader(bytes.NewReader(data)) },
			"in pieces": func() io.Reader { return &chunkReader{data: data, r: rand.New(rand.NewPCG(uint64(len(data)), 7))} },
			"data+EOF":  func() io.Reader { return iotest.DataErrReader(bytes.NewReader(data)) },
		}
		for how, reader := range readers {
			buf := make([]byte, (n+3)*Pixels) // room to spare is allowed
			got, err := DecodeStream(reader(), buf)
			if err != nil {
				t.Fatalf("%s, %s: %v", name, how, err)
			}
			if !sameSet(got.Train, want.Train) || !sameSet(got.Test, want.Test) {
				t.Errorf("%s, %s: the sets differ from Decode's", name, how)
			}
			if !bytes.Equal(buf[:n*Pixels], append(bytes.Clone(want.Train.Images), want.Test.Images...)) {
				t.Errorf("%s, %s: the images are not painted into the buffer", name, how)
			}
		}
	}
}

// TestDecodeStreamErrors checks that a damaged, cut, padded or failing
// stream is refused with the error that says so.
func TestDecodeStreamErrors(t *testing.T) {
	coded, err := EncodeLevels(testBundle(), 16)
	if err != nil {
		t.Fatal(err)
	}
	n := testBundle().Train.Len() + testBundle().Test.Len()
	flipped := bytes.Clone(coded)
	flipped[len(flipped)/2] ^= 0x10
	failing := io.MultiReader(bytes.NewReader(coded[:len(coded)/2]), iotest.ErrReader(errors.New("connection reset")))
	for _, c := range []struct {
		name string
		r    io.Reader
		room int
		is   error
		want string
	}{
		{"empty", bytes.NewReader(nil), n, ErrTruncated, "header alone"},
		{"header only", bytes.NewReader(coded[:headerLen]), n, ErrTruncated, "no coded images"},
		{"cut in the images", bytes.NewReader(coded[:len(coded)-10]), n, ErrTruncated, "payload bytes"},
		{"a byte flipped", bytes.NewReader(flipped), n, ErrChecksum, "computed"},
		{"trailing bytes", bytes.NewReader(append(bytes.Clone(coded), 1, 2, 3)), n, nil, "trailing data"},
		{"read error", failing, n, nil, "connection reset"},
		{"buffer too small", bytes.NewReader(coded), n - 1, nil, "the buffer holds"},
		{"not a bundle", strings.NewReader(strings.Repeat("x", 100)), n, nil, "bad magic"},
	} {
		b, err := DecodeStream(c.r, make([]byte, c.room*Pixels))
		switch {
		case err == nil:
			t.Errorf("%s: no error", c.name)
		case b != nil:
			t.Errorf("%s: a bundle with the error %v", c.name, err)
		case c.is != nil && !errors.Is(err, c.is):
			t.Errorf("%s: %v, want %v", c.name, err, c.is)
		case !strings.Contains(err.Error(), c.want):
			t.Errorf("%s: %v, want it to say %q", c.name, err, c.want)
		}
	}
}
