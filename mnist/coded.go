package mnist

import (
	"fmt"
	"math/bits"
)

// Version 2 of the bundle: grey levels and a context-modelling range
// coder (doc.go describes the format).

// GreyLevels lists the numbers of grey levels a version 2 bundle may
// have: those L for which L-1 divides 255, so that level l is the pixel
// value l*255/(L-1) exactly and 0 and 255 stay what they are.
var GreyLevels = []int{2, 4, 6, 16, 18, 52, 86, 256}

// validLevels reports whether levels is one of GreyLevels.
func validLevels(levels int) bool {
	return levels >= 2 && levels <= 256 && 255%(levels-1) == 0
}

// Quantize returns a copy of s with every pixel rounded to the nearest of
// levels grey levels (ties to the darker), as EncodeLevels stores it.
func Quantize(s Set, levels int) (Set, error) {
	if !validLevels(levels) {
		return Set{}, fmt.Errorf("mnist: %d grey levels: want one of %v", levels, GreyLevels)
	}
	if err := s.check(); err != nil {
		return Set{}, fmt.Errorf("mnist: quantize: %w", err)
	}
	step := 255 / (levels - 1)
	q := Set{Images: make([]uint8, len(s.Images)), Labels: append([]uint8(nil), s.Labels...)}
	for i, v := range s.Images {
		q.Images[i] = uint8((int(v) + (step-1)/2) / step * step)
	}
	return q, nil
}

// Padding of the level grid the model reads neighbours from: two
// background columns on each side and two background rows above, so that
// every pixel has the six neighbours of its contexts.
const (
	padCols  = Cols + 4
	padTop   = 2
	gridSize = (Rows + padTop) * padCols
)

// Contexts of the model.
const (
	inkContexts   = 729  // six neighbours in three classes each
	valueContexts = 4096 // the left, upper and upper left neighbours in 16 shades each
	labelBits     = 4    // labels 0..9 in a tree of 16 leaves
)

// levelModel holds the adaptive probabilities of one bundle's images:
// whether a pixel has ink, given its six causal neighbours (left, above,
// above left, above right, two left, two above) as background, light or
// dark; and its grey level given the left, upper and upper left
// neighbours' levels in 16 shades.
type levelModel struct {
	levels    int
	valueBits int // bits of a nonzero level minus one
	label     []prob
	ink       []prob
	value     []prob
	grid      [gridSize]uint8 // the levels of the image, padded
	class     [256]uint8      // a level's class: 0 background, 1 light, 2 dark
	shade     [256]uint8      // a level's shade, 0..15
}

func newLevelModel(levels int) *levelModel {
	vb := bits.Len(uint(levels - 2))
	m := &levelModel{
		levels: levels, valueBits: vb,
		label: newProbs(1 << labelBits), ink: newProbs(inkContexts), value: newProbs(valueContexts << vb),
	}
	for l := 1; l < levels; l++ {
		m.class[l] = 1
		if l >= (levels+1)/2 {
			m.class[l] = 2
		}
		m.shade[l] = uint8(l * 16 / levels)
	}
	return m
}

// inkContext returns the ink context of the pixel at grid index g: the
// classes of its six neighbours as a number in base 3.
func (m *levelModel) inkContext(g int) int {
	c := &m.class
	return ((((int(c[m.grid[g-1]])*3+int(c[m.grid[g-padCols]]))*3+int(c[m.grid[g-padCols-1]]))*3+
		int(c[m.grid[g-padCols+1]]))*3+int(c[m.grid[g-2]]))*3 + int(c[m.grid[g-2*padCols]])
}

// valueTree returns the probabilities of the grey level of the pixel at
// grid index g.
func (m *levelModel) valueTree(g int) []prob {
	s := &m.shade
	v := (int(s[m.grid[g-1]])*16+int(s[m.grid[g-padCols]]))*16 + int(s[m.grid[g-padCols-1]])
	size := 1 << m.valueBits
	return m.value[v*size : (v+1)*size]
}

// encodeLevels range-codes the labels and images of sets, quantized to
// levels grey levels, and appends the code to out.
func encodeLevels(out []byte, levels int, sets ...Set) []byte {
	m := newLevelModel(levels)
	e := newRangeEncoder(out)
	step := 255 / (levels - 1)
	for _, s := range sets {
		for i := range s.Len() {
			e.encodeTree(m.label, labelBits, int(s.Labels[i]))
			img := s.Image(i)
			for r := range Rows {
				for c := range Cols {
					g := (r+padTop)*padCols + c + 2
					l := (int(img[r*Cols+c]) + (step-1)/2) / step
					ink := &m.ink[m.inkContext(g)]
					if l == 0 {
						e.bit(ink, 0)
					} else {
						e.bit(ink, 1)
						e.encodeTree(m.valueTree(g), m.valueBits, l-1)
					}
					m.grid[g] = uint8(l)
				}
			}
		}
	}
	return e.finish()
}

// decodeLevels decodes n labels and images from code into labels (n
// bytes) and images (n*Pixels bytes, all zero). It fails on a label or
// level out of range and unless the images use up code exactly. It calls
// pause, if not nil, after every PauseEvery images.
func decodeLevels(code []byte, levels, n int, labels, images []byte, pause func()) error {
	if len(code) == 0 || code[0] != 0 {
		return fmt.Errorf("the coded images do not start with a zero byte")
	}
	d := newRangeDecoder(code)
	if err := decodeImages(d, levels, n, labels, images, pause); err != nil {
		return err
	}
	if left := len(code) - d.pos; left > 0 {
		return fmt.Errorf("%d bytes after the coded images", left)
	}
	return nil
}

// decodeImages decodes n labels and images from d into labels and images
// (all zero), as decodeLevels says; what follows the last image is the
// caller's to check.
func decodeImages(d *rangeDecoder, levels, n int, labels, images []byte, pause func()) error {
	m := newLevelModel(levels)
	step := 255 / (levels - 1)
	for i := range n {
		y := d.decodeTree(m.label, labelBits)
		if y >= Classes {
			return fmt.Errorf("label %d at index %d", y, i)
		}
		labels[i] = uint8(y)
		img := images[i*Pixels : (i+1)*Pixels]
		for r := range Rows {
			for c := range Cols {
				g := (r+padTop)*padCols + c + 2
				l := 0
				if d.bit(&m.ink[m.inkContext(g)]) == 1 {
					l = d.decodeTree(m.valueTree(g), m.valueBits) + 1
					if l >= levels {
						return fmt.Errorf("image %d: grey level %d of %d at pixel %d", i, l, levels, r*Cols+c)
					}
				}
				m.grid[g] = uint8(l)
				img[r*Cols+c] = uint8(l * step)
			}
		}
		if d.over > 0 {
			return fmt.Errorf("%w: the coded images end in image %d of %d", ErrTruncated, i, n)
		}
		if pause != nil && (i+1)%PauseEvery == 0 {
			pause()
		}
	}
	return nil
}
