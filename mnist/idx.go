package mnist

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Magic numbers of the IDX files: 0x0000 then the element type (0x08,
// unsigned byte) then the number of dimensions (3 for images, 1 for labels).
const (
	idxImagesMagic = 0x00000803 // 2051
	idxLabelsMagic = 0x00000801 // 2049
)

// File names of the four MNIST files, as LeCun published them and as the
// GoMNIST module ships them in its data folder.
const (
	TrainImagesFile = "train-images-idx3-ubyte.gz"
	TrainLabelsFile = "train-labels-idx1-ubyte.gz"
	TestImagesFile  = "t10k-images-idx3-ubyte.gz"
	TestLabelsFile  = "t10k-labels-idx1-ubyte.gz"
)

// ReadIDX reads one set from the uncompressed IDX streams of its images and
// its labels. Both must hold the same number of items (at most MaxImages),
// the images must be 28×28, every label a digit, and neither stream may
// hold bytes past its last item.
func ReadIDX(images, labels io.Reader) (Set, error) {
	return readIDX(images, labels, "")
}

// readIDX is ReadIDX with a set name ("train " or "test ") put in front of
// every error, so that LoadDir can say which of its four files is bad.
func readIDX(images, labels io.Reader, name string) (Set, error) {
	imgErr := func(format string, a ...any) error {
		return fmt.Errorf("mnist: "+name+"images: "+format, a...)
	}
	lblErr := func(format string, a ...any) error {
		return fmt.Errorf("mnist: "+name+"labels: "+format, a...)
	}

	var ih [16]byte
	if err := readFull(images, ih[:]); err != nil {
		return Set{}, imgErr("header: %w", err)
	}
	if m := binary.BigEndian.Uint32(ih[0:]); m != idxImagesMagic {
		return Set{}, imgErr("bad magic 0x%08x (want 0x%08x)", m, idxImagesMagic)
	}
	n := binary.BigEndian.Uint32(ih[4:])
	rows, cols := binary.BigEndian.Uint32(ih[8:]), binary.BigEndian.Uint32(ih[12:])
	if rows != Rows || cols != Cols {
		return Set{}, imgErr("images are %dx%d, want %dx%d", rows, cols, Rows, Cols)
	}
	if n > MaxImages {
		return Set{}, imgErr("count %d exceeds the limit of %d", n, MaxImages)
	}

	var lh [8]byte
	if err := readFull(labels, lh[:]); err != nil {
		return Set{}, lblErr("header: %w", err)
	}
	if m := binary.BigEndian.Uint32(lh[0:]); m != idxLabelsMagic {
		return Set{}, lblErr("bad magic 0x%08x (want 0x%08x)", m, idxLabelsMagic)
	}
	if ln := binary.BigEndian.Uint32(lh[4:]); ln != n {
		return Set{}, lblErr("count %d differs from the image count %d", ln, n)
	}

	// The counts are checked, so the allocations below are bounded by
	// MaxImages; readBody still grows its buffer only as data arrives.
	px, err := readBody(images, int(n)*Pixels)
	if err != nil {
		return Set{}, imgErr("%w", err)
	}
	lb, err := readBody(labels, int(n))
	if err != nil {
		return Set{}, lblErr("%w", err)
	}
	if i, l := badLabel(lb); i >= 0 {
		return Set{}, lblErr("label %d at index %d is not a digit 0..9", l, i)
	}
	return Set{Images: px, Labels: lb}, nil
}

// readFull is io.ReadFull that calls a short read "truncated".
func readFull(r io.Reader, b []byte) error {
	n, err := io.ReadFull(r, b)
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("truncated: got %d of %d bytes", n, len(b))
	}
	return err
}

// readBody reads exactly n bytes and then expects the end of r. It lets the
// buffer grow with the data rather than allocating n bytes up front, so a
// header that promises more than the stream holds costs no more memory than
// the stream itself.
func readBody(r io.Reader, n int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(n)+1))
	if err != nil {
		return nil, err
	}
	if len(b) < n {
		return nil, fmt.Errorf("truncated: got %d of %d data bytes", len(b), n)
	}
	if len(b) > n {
		return nil, fmt.Errorf("trailing data after the %d data bytes", n)
	}
	return b[:n:n], nil
}

// LoadDir reads the four gzipped MNIST files (TrainImagesFile and the
// others) from dir, such as the data folder that ModuleDataDir finds.
func LoadDir(dir string) (*Bundle, error) {
	train, err := loadPair(dir, TrainImagesFile, TrainLabelsFile, "train ")
	if err != nil {
		return nil, err
	}
	test, err := loadPair(dir, TestImagesFile, TestLabelsFile, "test ")
	if err != nil {
		return nil, err
	}
	return &Bundle{Train: train, Test: test}, nil
}

// loadPair opens and gunzips one images file and one labels file and parses
// them as a set.
func loadPair(dir, imagesFile, labelsFile, name string) (Set, error) {
	open := func(file, what string) (io.Reader, func(), error) {
		f, err := os.Open(filepath.Join(dir, file))
		if err != nil {
			return nil, nil, fmt.Errorf("mnist: %s%s: %w", name, what, err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("mnist: %s%s: %s: %w", name, what, file, err)
		}
		return z, func() { z.Close(); f.Close() }, nil
	}
	imgs, closeImgs, err := open(imagesFile, "images")
	if err != nil {
		return Set{}, err
	}
	defer closeImgs()
	lbls, closeLbls, err := open(labelsFile, "labels")
	if err != nil {
		return Set{}, err
	}
	defer closeLbls()
	return readIDX(imgs, lbls, name)
}
