package mydigits

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	"digitlab/nn"
)

// The file format, version 1, integers little-endian:
//
//	offset  size  field
//	0       8     magic "DLMINE\x00\x01"
//	8       2     version, uint16 = 1
//	10      2     digit count N, uint16, at most Max
//	12      4     CRC-32 (IEEE) of the N·785 bytes below, uncompressed
//	16      ...   DEFLATE (RFC 1951) of N records: the label (1 byte,
//	              0-9) and the image (784 bytes, row by row)
//
// A drawing is mostly background, so a digit takes about 100-150 bytes
// compressed instead of 785. Nothing follows the compressed stream.
const (
	fileMagic   = "DLMINE\x00\x01"
	fileVersion = 1
	headerSize  = 8 + 2 + 2 + 4
	recordSize  = 1 + nn.Inputs
)

// Ext is the file name extension of an exported set.
const Ext = ".dlmine"

// ErrFile wraps every error of Decode, so callers can tell a bad file from
// other failures with errors.Is.
var ErrFile = errors.New("not your digits")

// IsFile reports whether data starts as a file of Encode does, whatever
// follows: a host tells a dropped file of digits from a model by it.
func IsFile(data []byte) bool { return bytes.HasPrefix(data, []byte(fileMagic)) }

// Encode writes the set in the file format.
func (s *Set) Encode() []byte {
	raw := make([]byte, 0, len(s.digits)*recordSize)
	for _, d := range s.digits {
		raw = append(raw, d.Label)
		raw = append(raw, d.Image[:]...)
	}
	var buf bytes.Buffer
	buf.WriteString(fileMagic)
	var h [8]byte
	binary.LittleEndian.PutUint16(h[0:], fileVersion)
	binary.LittleEndian.PutUint16(h[2:], uint16(len(s.digits)))
	binary.LittleEndian.PutUint32(h[4:], crc32.ChecksumIEEE(raw))
	buf.Write(h[:])
	w, _ := flate.NewWriter(&buf, flate.BestCompression) // the level is valid
	w.Write(raw)                                         // a bytes.Buffer does not fail
	w.Close()
	return buf.Bytes()
}

// Decode reads a file written by Encode. A file of another kind, of a
// newer version, truncated or corrupted returns an error wrapping ErrFile
// that says which; it never panics, and reads at most Max digits' worth of
// decompressed bytes whatever the file claims.
func Decode(data []byte) (*Set, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrFile, fmt.Sprintf(format, args...))
	}
	if len(data) < len(fileMagic) || string(data[:len(fileMagic)]) != fileMagic {
		return nil, bad("this is not a Digit Lab digits file (%s)", Ext)
	}
	if len(data) < headerSize {
		return nil, bad("the file is truncated (%d bytes)", len(data))
	}
	h := data[len(fileMagic):headerSize]
	if v := binary.LittleEndian.Uint16(h[0:]); v != fileVersion {
		if v > fileVersion {
			return nil, bad("the file is of version %d, from a newer Digit Lab; this one reads version %d", v, fileVersion)
		}
		return nil, bad("the file is corrupted (version %d)", v)
	}
	n := int(binary.LittleEndian.Uint16(h[2:]))
	if n > Max {
		return nil, bad("the file holds %d digits; at most %d are kept", n, Max)
	}
	sum := binary.LittleEndian.Uint32(h[4:])
	raw := make([]byte, n*recordSize)
	// A bytes.Reader is an io.ByteReader, so flate reads no further than
	// its stream's end, and what is left after it is there to see.
	br := bytes.NewReader(data[headerSize:])
	r := flate.NewReader(br)
	if _, err := io.ReadFull(r, raw); err != nil {
		return nil, bad("the file is truncated or corrupted (%d digits expected)", n)
	}
	var one [1]byte
	switch k, err := r.Read(one[:]); {
	case k > 0 || (err == io.EOF && br.Len() > 0):
		return nil, bad("the file is corrupted (more data than %d digits)", n)
	case err != io.EOF:
		return nil, bad("the file is truncated or corrupted (its end is missing)")
	}
	if crc32.ChecksumIEEE(raw) != sum {
		return nil, bad("the file is corrupted (checksum mismatch)")
	}
	s := &Set{digits: make([]Digit, n)}
	for i := range s.digits {
		rec := raw[i*recordSize : (i+1)*recordSize]
		if rec[0] >= nn.Classes {
			return nil, bad("the file is corrupted (digit %d has the label %d)", i+1, rec[0])
		}
		s.digits[i].Label = rec[0]
		copy(s.digits[i].Image[:], rec[1:])
	}
	return s, nil
}
