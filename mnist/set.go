package mnist

import "fmt"

// Image geometry and label range of MNIST.
const (
	Rows, Cols = 28, 28
	Pixels     = Rows * Cols // bytes per image
	Classes    = 10          // labels are 0..Classes-1
)

// MaxImages is the largest number of images a set may hold when it is read
// or decoded. MNIST's biggest set has 60,000; the cap exists so that a
// corrupt or hostile header cannot make a reader allocate gigabytes before
// it notices the data is not there.
const MaxImages = 70000

// Set is a list of labelled 28×28 greyscale images.
//
// Images holds Len()*Pixels bytes: image i is Images[i*Pixels:(i+1)*Pixels],
// row-major, 0 (background) to 255 (ink), exactly as in the MNIST files.
// Labels holds one digit 0..9 per image. Keeping all pixels in one slice
// makes a set two allocations, whatever its size, and lets a batch of
// consecutive images be a single sub-slice.
type Set struct {
	Images []uint8
	Labels []uint8
}

// Bundle is the training and test sets that travel together.
type Bundle struct {
	Train, Test Set
}

// Len returns the number of images, len(s.Labels).
func (s Set) Len() int { return len(s.Labels) }

// Image returns the Pixels bytes of image i as a sub-slice of s.Images,
// without copying: writing to it changes the set. Its capacity ends with the
// image, so appending to it cannot overwrite the next one. Image panics if i
// is out of range, as indexing would.
func (s Set) Image(i int) []uint8 {
	return s.Images[i*Pixels : (i+1)*Pixels : (i+1)*Pixels]
}

// Validate reports whether s is well formed: Pixels bytes per label and
// every label below Classes. Every function of the package that takes a Set
// calls it first, so a malformed set gives an error rather than a panic or a
// silently wrong result.
func (s Set) Validate() error {
	if err := s.check(); err != nil {
		return fmt.Errorf("mnist: %w", err)
	}
	return nil
}

// check is Validate without the package prefix, for callers that add their
// own context.
func (s Set) check() error {
	if len(s.Images) != len(s.Labels)*Pixels {
		return fmt.Errorf("set has %d pixel bytes for %d labels, want %d", len(s.Images), len(s.Labels), len(s.Labels)*Pixels)
	}
	if i, l := badLabel(s.Labels); i >= 0 {
		return fmt.Errorf("label %d at index %d is not a digit 0..9", l, i)
	}
	return nil
}

// badLabel returns the index and value of the first label that is not a
// digit, or -1 if all are.
func badLabel(labels []uint8) (int, uint8) {
	for i, l := range labels {
		if l >= Classes {
			return i, l
		}
	}
	return -1, 0
}

// Histogram returns how many images of each digit s holds.
func (s Set) Histogram() [Classes]int {
	var h [Classes]int
	for _, l := range s.Labels {
		if l < Classes {
			h[l]++
		}
	}
	return h
}
