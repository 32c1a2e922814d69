package mnist

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// Bundle file layout; doc.go describes it in full.
const (
	bundleMagic   = "DLMB"
	bundleVersion = 1 // Encode's: lossless, DEFLATE
	codedVersion  = 2 // EncodeLevels': grey levels, range coded
	headerLen     = 36
	crcOffset     = 32 // the checksum covers every byte but its own four

	// maxInflateRatio bounds how many bytes DEFLATE can expand one byte to:
	// a 258-byte match coded in 2 bits. A header whose payload length breaks
	// it is lying, and Decode says so before allocating that length.
	maxInflateRatio = 1032
)

// Errors that Decode wraps, so callers can tell a damaged download (retry)
// from any other bad data. Other decoding errors have no sentinel.
var (
	ErrTruncated = errors.New("mnist: bundle truncated")
	ErrChecksum  = errors.New("mnist: bundle checksum mismatch")
)

// header is the fixed part of a bundle, in file order after the magic.
type header struct {
	version, rows, cols uint32
	train, test         uint32 // image counts
	payloadLen          uint32 // version 1: U, payload bytes after inflating; version 2: the grey levels
	packedLen           uint32 // C: DEFLATE (version 2: coded) bytes after the header
	crc                 uint32
}

// Encode returns the bundle file of b, in the format documented in doc.go.
// The output depends only on b (and on the Go release's compress/flate):
// encoding the same sets twice gives the same bytes. Encode fails if a set
// is malformed (see Set.Validate) or holds more than MaxImages images.
func Encode(b *Bundle) ([]byte, error) {
	if err := checkBundle(b); err != nil {
		return nil, err
	}
	return pack(transform(b.Train, b.Test), b.Train.Len(), b.Test.Len()), nil
}

// EncodeLevels returns the version 2 bundle file of b (doc.go): every
// pixel rounded to one of levels grey levels (see Quantize and
// GreyLevels; 256 keeps them all), range coded with adaptive contexts.
// Decoding it gives Quantize's sets. The output depends only on b and
// levels, in every Go release.
func EncodeLevels(b *Bundle, levels int) ([]byte, error) {
	if err := checkBundle(b); err != nil {
		return nil, err
	}
	if !validLevels(levels) {
		return nil, fmt.Errorf("mnist: encode: %d grey levels: want one of %v", levels, GreyLevels)
	}
	out := encodeLevels(make([]byte, headerLen), levels, b.Train, b.Test)
	return seal(out, codedVersion, b.Train.Len(), b.Test.Len(), levels), nil
}

// checkBundle returns an error for a bundle Encode cannot write.
func checkBundle(b *Bundle) error {
	if b == nil {
		return errors.New("mnist: encode: nil bundle")
	}
	for _, s := range []struct {
		name string
		set  Set
	}{{"train", b.Train}, {"test", b.Test}} {
		if s.set.Len() > MaxImages {
			return fmt.Errorf("mnist: encode: %s set has %d images, more than the limit of %d", s.name, s.set.Len(), MaxImages)
		}
		if err := s.set.check(); err != nil {
			return fmt.Errorf("mnist: encode: %s set: %w", s.name, err)
		}
	}
	return nil
}

// pack compresses payload and puts the header and checksum in front of it.
// The tests call it directly to build bundles with hostile payloads.
func pack(payload []byte, train, test int) []byte {
	var buf bytes.Buffer
	buf.Grow(headerLen + len(payload)/2)
	buf.Write(make([]byte, headerLen))
	fw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		panic("mnist: " + err.Error()) // only for an invalid level
	}
	fw.Write(payload) // writes to a bytes.Buffer cannot fail
	fw.Close()
	return seal(buf.Bytes(), bundleVersion, train, test, len(payload))
}

// seal fills in the header of out, whose body follows headerLen bytes:
// field is U for version 1 and the grey levels for version 2.
func seal(out []byte, version, train, test, field int) []byte {
	copy(out, bundleMagic)
	for i, v := range []int{version, Rows, Cols, train, test, field, len(out) - headerLen} {
		binary.LittleEndian.PutUint32(out[4+4*i:], uint32(v))
	}
	binary.LittleEndian.PutUint32(out[crcOffset:], checksum(out))
	return out
}

// checksum returns the CRC-32 (IEEE) of a bundle's bytes except the four of
// the checksum itself.
func checksum(data []byte) uint32 {
	return crc32.Update(crc32.ChecksumIEEE(data[:crcOffset]), crc32.IEEETable, data[headerLen:])
}

// Decode parses a bundle made by Encode. It checks the header, the
// checksum, the exact compressed and inflated lengths, and that the payload
// describes exactly the declared images with digit labels; any failure is
// an error, never a panic. Before allocating, it bounds the image counts by
// MaxImages and the inflated length by what the counts and the compressed
// size allow (at most 1,573 bytes per declared image and 1,032 per input
// byte), and it allocates the images only once the payload has proved to
// describe them. Decode does not modify or keep data.
func Decode(data []byte) (*Bundle, error) {
	return decode(data, nil, nil)
}

// Counts returns how many training and test images the bundle data
// declares, after every check Decode makes before inflating (so a damaged
// or foreign file is an error here already).
func Counts(data []byte) (train, test int, err error) {
	h, err := readHeader(data)
	if err != nil {
		return 0, 0, err
	}
	return int(h.train), int(h.test), nil
}

// DecodeInto decodes data as Decode does but paints the images into dst,
// which must hold exactly Pixels bytes per image that Counts reports, all
// zero (the decoder writes only ink): the training images first, then the
// test images. The returned sets share dst's memory. A caller that gathers
// several bundles into one buffer (the page's worker, whose WebAssembly
// memory never shrinks) so avoids holding each decoded bundle and a copy
// at once.
func DecodeInto(data, dst []byte) (*Bundle, error) {
	return DecodeIntoPausing(data, dst, nil)
}

// PauseEvery is how many images a version 2 bundle decodes between two
// calls of DecodeIntoPausing's pause: about 10 ms of WebAssembly.
const PauseEvery = 256

// DecodeIntoPausing is DecodeInto calling pause (if not nil) after every
// PauseEvery images of a version 2 bundle. The page's worker has one
// thread, where decoding the second file would stop training for a second
// or more; its pause lets the event loop, and with it training, run.
func DecodeIntoPausing(data, dst []byte, pause func()) (*Bundle, error) {
	if dst == nil {
		return nil, errors.New("mnist: DecodeInto: no buffer")
	}
	return decode(data, dst, pause)
}

// decode is Decode painting into images (nil: a new allocation), calling
// pause as DecodeIntoPausing says.
func decode(data, images []byte, pause func()) (*Bundle, error) {
	h, err := readHeader(data)
	if err != nil {
		return nil, err
	}
	n := int(h.train) + int(h.test)
	if images != nil && len(images) != n*Pixels {
		return nil, fmt.Errorf("mnist: the buffer has %d bytes, the bundle's %d images need %d", len(images), n, n*Pixels)
	}
	var labels []byte
	if h.version == codedVersion {
		labels = make([]byte, n)
		if images == nil {
			images = make([]byte, n*Pixels)
		}
		if err := decodeLevels(data[headerLen:], int(h.payloadLen), n, labels, images, pause); err != nil {
			return nil, fmt.Errorf("mnist: bundle images: %w", err)
		}
	} else {
		payload, err := inflate(data[headerLen:], int(h.payloadLen))
		if err != nil {
			return nil, fmt.Errorf("mnist: bundle payload: %w", err)
		}
		if labels, images, err = untransform(payload, n, images); err != nil {
			return nil, fmt.Errorf("mnist: bundle payload: %w", err)
		}
	}
	// One allocation each for all labels and all pixels; the capacity
	// limits keep an append to Train from overwriting Test.
	t := int(h.train)
	return &Bundle{
		Train: Set{Images: images[: t*Pixels : t*Pixels], Labels: labels[:t:t]},
		Test:  Set{Images: images[t*Pixels:], Labels: labels[t:]},
	}, nil
}

// readHeader checks everything about a bundle that can be checked without
// inflating it.
func readHeader(data []byte) (header, error) {
	h, err := parseHeader(data)
	if err != nil {
		return h, err
	}
	if have := uint64(len(data) - headerLen); have < uint64(h.packedLen) {
		return h, fmt.Errorf("%w: %d payload bytes, the header declares %d", ErrTruncated, have, h.packedLen)
	} else if have > uint64(h.packedLen) {
		return h, fmt.Errorf("mnist: bundle has %d bytes of trailing data", have-uint64(h.packedLen))
	}
	if got := checksum(data); got != h.crc {
		return h, fmt.Errorf("%w: computed 0x%08x, header says 0x%08x", ErrChecksum, got, h.crc)
	}
	return h, nil
}

// parseHeader checks the header's own fields, all but the ones the rest of
// the file must agree with (its length and checksum).
func parseHeader(data []byte) (header, error) {
	if len(data) < headerLen {
		return header{}, fmt.Errorf("%w: %d bytes, the header alone needs %d", ErrTruncated, len(data), headerLen)
	}
	if string(data[:4]) != bundleMagic {
		return header{}, fmt.Errorf("mnist: not an MNIST bundle: bad magic %q (want %q)", data[:4], bundleMagic)
	}
	var f [8]uint32
	for i := range f {
		f[i] = binary.LittleEndian.Uint32(data[4+4*i:])
	}
	h := header{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]}
	switch {
	case h.version != bundleVersion && h.version != codedVersion:
		return h, fmt.Errorf("mnist: unsupported bundle version %d (this decoder reads versions %d and %d)", h.version, bundleVersion, codedVersion)
	case h.rows != Rows || h.cols != Cols:
		return h, fmt.Errorf("mnist: bundle images are %dx%d, want %dx%d", h.rows, h.cols, Rows, Cols)
	case h.train > MaxImages:
		return h, fmt.Errorf("mnist: bundle declares %d train images, more than the limit of %d", h.train, MaxImages)
	case h.test > MaxImages:
		return h, fmt.Errorf("mnist: bundle declares %d test images, more than the limit of %d", h.test, MaxImages)
	}
	n := uint64(h.train) + uint64(h.test)
	if h.version == codedVersion {
		// Every pixel costs at least 0.02 bits (the surest a probability
		// gets is 2017/2048), so an image at least 2 bytes: a header that
		// declares more images than coded bytes is lying, and Decode says
		// so before allocating them.
		switch {
		case !validLevels(int(h.payloadLen)):
			return h, fmt.Errorf("mnist: bundle has %d grey levels: want one of %v", h.payloadLen, GreyLevels)
		case n > uint64(h.packedLen):
			return h, fmt.Errorf("mnist: bundle of %d coded bytes cannot hold %d images", h.packedLen, n)
		}
	} else if u := uint64(h.payloadLen); u < n || u > n*maxPayloadPerImage || u > maxInflateRatio*uint64(h.packedLen) {
		return h, fmt.Errorf("mnist: bundle payload length %d is impossible for %d images in %d compressed bytes", u, n, h.packedLen)
	}
	return h, nil
}

// inflate decompresses the raw DEFLATE stream packed, which must inflate to
// exactly n bytes and end exactly at the end of packed.
func inflate(packed []byte, n int) ([]byte, error) {
	r := bytes.NewReader(packed) // an io.ByteReader: flate reads no further than the stream
	fr := flate.NewReader(r)
	defer fr.Close()
	out := make([]byte, n)
	if _, err := io.ReadFull(fr, out); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("inflates to fewer than the declared %d bytes", n)
		}
		return nil, err
	}
	var one [1]byte
	switch k, err := io.ReadAtLeast(fr, one[:], 1); {
	case k > 0:
		return nil, fmt.Errorf("inflates to more than the declared %d bytes", n)
	case err != io.EOF:
		return nil, err
	case r.Len() > 0:
		return nil, fmt.Errorf("%d bytes after the end of the DEFLATE stream", r.Len())
	}
	return out, nil
}
