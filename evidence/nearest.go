package evidence

import (
	"math"

	"digitlab/nn"
)

// Index finds the images of a dataset closest to a query in pixel space
// (Euclidean distance over the 784 grey values). It keeps each image's
// squared norm, so a query costs one dot product over the query's ink per
// image: ‖q−y‖² = ‖q‖² + ‖y‖² − 2·q·y, and most pixels of a digit are
// zero. An Index is safe for concurrent queries.
type Index struct {
	data  nn.Dataset
	norms []uint32 // ‖y‖² of each image, at most 784·255²
}

// NewIndex indexes d (it keeps d, not a copy).
func NewIndex(d nn.Dataset) *Index {
	x := &Index{data: d, norms: make([]uint32, d.Len())}
	for i := range x.norms {
		var s uint32
		for _, p := range d.Image(i) {
			s += uint32(p) * uint32(p)
		}
		x.norms[i] = s
	}
	return x
}

// Len returns the number of images indexed.
func (x *Index) Len() int { return len(x.norms) }

// Neighbour is one image of the indexed dataset near a query.
type Neighbour struct {
	Index int `json:"index"` // in the dataset
	Label int `json:"label"`
	// Distance is the root mean square difference of the two images'
	// pixels, 0 (the same image) to 1 (black against white everywhere).
	Distance float64 `json:"distance"`
}

// Nearest returns the k images among the first limit (all when limit is 0
// or more than there are) closest to img (784 grey values), closest
// first; on equal distance the lower index comes first. It appends to
// dst[:0].
func (x *Index) Nearest(img []byte, k, limit int, dst []Neighbour) []Neighbour {
	dst = dst[:0]
	if len(img) != nn.Inputs || k <= 0 {
		return dst
	}
	n := len(x.norms)
	if limit > 0 && limit < n {
		n = limit
	}
	var ink [nn.Inputs]uint16 // positions of the query's non-zero pixels
	nnz := 0
	var qq int64
	for i, p := range img {
		if p != 0 {
			ink[nnz] = uint16(i)
			nnz++
			qq += int64(p) * int64(p)
		}
	}
	type hit struct {
		i int
		d int64 // ‖q−y‖²
	}
	best := make([]hit, 0, k+1)
	pix := x.data.Pixels
	for i := 0; i < n; i++ {
		y := pix[i*nn.Inputs : (i+1)*nn.Inputs]
		var dot uint32
		for _, j := range ink[:nnz] {
			dot += uint32(img[j]) * uint32(y[j])
		}
		d := qq + int64(x.norms[i]) - 2*int64(dot)
		if len(best) == k && d >= best[k-1].d {
			continue
		}
		// Insert in order; equal distances keep the earlier index first.
		at := len(best)
		for at > 0 && best[at-1].d > d {
			at--
		}
		if len(best) < k {
			best = append(best, hit{})
		}
		copy(best[at+1:], best[at:len(best)-1])
		best[at] = hit{i, d}
	}
	for _, h := range best {
		dist := math.Sqrt(float64(h.d)/nn.Inputs) / 255
		dst = append(dst, Neighbour{Index: h.i, Label: int(x.data.Labels[h.i]), Distance: dist})
	}
	return dst
}
