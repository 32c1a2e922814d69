package mnist

import (
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

// streamChunk is how many bytes DecodeStream asks its reader for at a
// time.
const streamChunk = 32 << 10

// DecodeStream decodes a bundle whose bytes are still arriving, reading
// them from r as they come: a version 2 bundle's images are decoded as
// their bytes arrive, so that the page's worker has decoded its first file
// about when its last byte is in instead of starting then (a version 1
// bundle is read whole first). The images are painted into the start of
// buf, which must hold at least Pixels bytes per declared image, all zero,
// as DecodeInto does; the returned sets share buf's memory.
//
// It makes Decode's checks, but a version 2 bundle's length and checksum
// only once its last byte has been read: a damaged download is decoded
// into buf before it is refused, so buf holds nothing usable after an
// error. A read error other than io.EOF is returned, wrapped.
func DecodeStream(r io.Reader, buf []byte) (*Bundle, error) {
	head := make([]byte, headerLen)
	if k, err := io.ReadFull(r, head); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: %d bytes, the header alone needs %d", ErrTruncated, k, headerLen)
		}
		return nil, fmt.Errorf("mnist: reading the bundle: %w", err)
	}
	h, err := parseHeader(head)
	if err != nil {
		return nil, err
	}
	n := int(h.train) + int(h.test)
	if len(buf) < n*Pixels {
		return nil, fmt.Errorf("mnist: the buffer holds %d images, the bundle declares %d", len(buf)/Pixels, n)
	}
	images := buf[:n*Pixels]
	if h.version != codedVersion {
		// DEFLATE'd payloads are small and old: read whole, then decoded
		// with every check.
		rest, err := io.ReadAll(io.LimitReader(r, int64(h.packedLen)+1))
		if err != nil {
			return nil, fmt.Errorf("mnist: reading the bundle: %w", err)
		}
		return decode(append(head, rest...), images, nil)
	}
	src := &streamSource{r: r, crc: crc32.ChecksumIEEE(head[:crcOffset]), limit: int(h.packedLen), buf: make([]byte, streamChunk)}
	first := src.more()
	if len(first) == 0 || first[0] != 0 {
		if src.err != nil && src.err != io.EOF {
			return nil, fmt.Errorf("mnist: reading the bundle: %w", src.err)
		}
		if len(first) == 0 {
			return nil, fmt.Errorf("%w: no coded images after the header", ErrTruncated)
		}
		return nil, errors.New("mnist: bundle images: the coded images do not start with a zero byte")
	}
	d := newStreamDecoder(first, src.more)
	labels := make([]byte, n)
	decodeErr := decodeImages(d, int(h.payloadLen), n, labels, images, nil)
	// Whatever the decoding says, a failed or damaged download says it
	// first: the images came from bytes that were not the file's.
	left := len(d.in) - d.pos
	for src.more() != nil {
	}
	switch {
	case src.total > int(h.packedLen):
		return nil, fmt.Errorf("mnist: bundle has trailing data after its %d declared bytes", h.packedLen)
	case src.err != io.EOF:
		return nil, fmt.Errorf("mnist: reading the bundle: %w", src.err)
	case src.total < int(h.packedLen):
		return nil, fmt.Errorf("%w: %d payload bytes, the header declares %d", ErrTruncated, src.total, h.packedLen)
	case src.crc != h.crc:
		return nil, fmt.Errorf("%w: computed 0x%08x, header says 0x%08x", ErrChecksum, src.crc, h.crc)
	case decodeErr != nil:
		return nil, fmt.Errorf("mnist: bundle images: %w", decodeErr)
	case left > 0:
		return nil, fmt.Errorf("mnist: bundle images: %d bytes after the coded images", left)
	}
	t := int(h.train)
	return &Bundle{
		Train: Set{Images: images[: t*Pixels : t*Pixels], Labels: labels[:t:t]},
		Test:  Set{Images: images[t*Pixels:], Labels: labels[t:]},
	}, nil
}

// streamSource hands a bundle's bytes after the header to the range
// decoder a chunk at a time, keeping the checksum and the count of what
// it has read. It reads at most one byte past limit, enough to tell a
// file longer than it declares.
type streamSource struct {
	r     io.Reader
	buf   []byte
	crc   uint32
	total int
	limit int
	err   error // the read error that ended the stream (io.EOF at its end)
}

// more returns the next bytes read, or nil once the stream has ended (or
// has run past limit). The bytes are valid until the next call.
func (s *streamSource) more() []byte {
	for s.err == nil {
		if s.total > s.limit {
			return nil
		}
		room := min(len(s.buf), s.limit+1-s.total)
		k, err := s.r.Read(s.buf[:room])
		if err != nil {
			s.err = err
		}
		if k > 0 {
			chunk := s.buf[:k]
			s.total += k
			s.crc = crc32.Update(s.crc, crc32.IEEETable, chunk)
			return chunk
		}
	}
	return nil
}
