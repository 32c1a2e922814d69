package pad

import (
	_ "embed"
	"fmt"

	"digitlab/nn"
)

// Verdict says whether the pad holds a digit.
type Verdict uint8

const (
	Empty    Verdict = iota // nothing to read: no ink, or a stray dot
	Digit                   // something a digit network can sensibly read
	NotDigit                // ink that does not look like any digit
)

// String returns "empty", "digit" or "not-a-digit", the words the page's
// automation API uses.
func (v Verdict) String() string {
	switch v {
	case Empty:
		return "empty"
	case Digit:
		return "digit"
	}
	return "not-a-digit"
}

// Judgement is a verdict and the measurements it was made from.
type Judgement struct {
	Verdict Verdict
	// Why names the test that failed ("" for a digit or empty): "far
	// from every digit", "unlike any digit", "too many holes", "too many
	// pieces", "too many strokes", "too much ink for its size".
	Why string
	// Remote is the squared distance from the image, pooled to 14x14, to
	// the nearest digit's subspace (see SpaceComponents).
	Remote float32
	// Unlike is the bundled model's probability that the image is not a
	// digit.
	Unlike float32
	// Holes are background regions enclosed by ink, Pieces the separate
	// pieces of ink, in the 28x28 image.
	Holes, Pieces int
	// Strokes and Travel describe the drawing, when there is one: the
	// number of strokes, and their total length over the longer side of
	// their box (a single straight line is 1).
	Strokes int
	Travel  float32
}

// Limits of Check, set from measurement (cmd/padbench -calibrate -n 4000).
// MaxRemoteDrawing is the 99th percentile of the tuning drawn digits and
// MaxRemoteImage the 99.8th of the MNIST training images; MaxUnlike
// rejects about 1% of the tuning drawn digits and 0.5% of the MNIST
// training images; the structural limits are the 99.9th percentile or
// above of what MNIST's training images and the tuning drawn digits show.
// None is set from non-digits.
const (
	// MaxRemoteDrawing: the squared distance to the nearest digit's
	// subspace above which a drawing is far from every digit. Drawings
	// rendered by Preprocess are cleaner than MNIST's scans, so they get a
	// tighter limit than images.
	MaxRemoteDrawing = 2.3
	// MaxRemoteImage: the same for an image with no drawing (an MNIST
	// image).
	MaxRemoteImage = 5.93
	// MaxUnlike: the bundled model's probability of "not a digit" above
	// which the image is unlike any digit.
	MaxUnlike = 0.7
	// MaxHoles: an 8 has two; 0.3% of MNIST training images show three,
	// through a broken or overlapping stroke.
	MaxHoles = 3
	// MaxPieces: ink in more separate pieces than this is not one digit
	// (a 5 or a 7 with a bar drawn apart can have 3).
	MaxPieces = 3
	// MaxDigitStrokes: no tuning digit, even doubled or retraced, needs
	// more strokes.
	MaxDigitStrokes = 8
	// MaxTravel: the total stroke length over the longer side of the
	// box; 99.9% of tuning digits are under 7.
	MaxTravel = 8
)

// inkLevel is the value above which a pixel counts as ink when counting
// holes and pieces: the middle of the anti-aliased edge.
const inkLevel = 0.35

// notDigitModel is the network genverdict trained: output 1 is "not a
// digit".
//
//go:embed notdigit.model
var notDigitModel []byte

// digitSpaceFile holds the digits' subspaces genverdict fitted.
//
//go:embed digitspace.bin
var digitSpaceFile []byte

// Checker tells digits from other drawings. It rejects what fails any of
// its tests: far from every digit's subspace (fitted on digits alone, so
// it does not depend on which non-digits anyone thought of), unlike any
// digit to a small network of its own (trained on MNIST, drawn digits and
// the tuning non-digits), or beyond the structural limits. Both are bundled
// with the package (pad/internal/genverdict makes them), so its answer does
// not depend on the network the user is training, broken ones included. A
// Checker is not safe for concurrent use; make one per goroutine.
type Checker struct {
	net   *nn.Network
	space *digitSpace
	probs [nn.Classes]float32
}

// NewChecker loads the bundled files. It panics if one is damaged, which
// is a build error, not something a user can cause.
func NewChecker() *Checker {
	net, err := nn.LoadModel(notDigitModel)
	if err != nil {
		panic(fmt.Sprintf("pad: the bundled notdigit.model is damaged: %v", err))
	}
	space, err := parseSpace(digitSpaceFile)
	if err != nil {
		panic(fmt.Sprintf("pad: the bundled digitspace.bin is damaged: %v", err))
	}
	return &Checker{net: net, space: space}
}

// Check says whether img, a 28x28 image as Preprocess makes it (or an
// MNIST image scaled to [0, 1]), shows a digit. d is the drawing it was
// made from, or nil when there is none; with it, the verdict also looks at
// the strokes, and holds the image to the tighter MaxRemoteDrawing. An all-zero image or a drawing too small to read
// (Ink.TooSmall) is Empty. It does not allocate.
func (c *Checker) Check(img *[NetPixels]float32, d *Drawing) Judgement {
	var j Judgement
	if d != nil {
		in := d.Ink()
		if in.TooSmall() {
			return j
		}
		j.Strokes = len(d.strokes)
		j.Travel = in.Length / in.Extent()
	}
	j.Holes, j.Pieces = topology(img)
	if j.Pieces == 0 {
		return j
	}
	c.net.Predict(img[:], c.probs[:])
	j.Unlike = c.probs[1]
	j.Remote, _ = c.space.remoteness(img)
	maxRemote := float32(MaxRemoteImage)
	if d != nil {
		maxRemote = MaxRemoteDrawing
	}
	j.Verdict = NotDigit
	switch {
	case j.Remote > maxRemote:
		j.Why = "far from every digit"
	case j.Unlike > MaxUnlike:
		j.Why = "unlike any digit"
	case j.Holes > MaxHoles:
		j.Why = "too many holes"
	case j.Pieces > MaxPieces:
		j.Why = "too many pieces"
	case j.Strokes > MaxDigitStrokes:
		j.Why = "too many strokes"
	case j.Travel > MaxTravel:
		j.Why = "too much ink for its size"
	default:
		j.Verdict = Digit
	}
	return j
}

// topology counts, in img thresholded at inkLevel, the background regions
// not connected to the border (holes, 4-connected) and the pieces of ink
// (8-connected), ignoring regions of a single pixel.
func topology(img *[NetPixels]float32) (holes, pieces int) {
	var label [NetPixels]int16
	var stack [NetPixels]int16
	fill := func(start int, ink bool, diag bool) (size int, border bool) {
		n := 0
		stack[n] = int16(start)
		n++
		label[start] = 1
		for n > 0 {
			n--
			p := int(stack[n])
			size++
			x, y := p%NetSide, p/NetSide
			if x == 0 || y == 0 || x == NetSide-1 || y == NetSide-1 {
				border = true
			}
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx == 0 && dy == 0) || (!diag && dx != 0 && dy != 0) {
						continue
					}
					nx, ny := x+dx, y+dy
					if nx < 0 || ny < 0 || nx >= NetSide || ny >= NetSide {
						continue
					}
					q := ny*NetSide + nx
					if label[q] == 0 && (img[q] > inkLevel) == ink {
						label[q] = 1
						stack[n] = int16(q)
						n++
					}
				}
			}
		}
		return size, border
	}
	for p := range img {
		if label[p] != 0 {
			continue
		}
		ink := img[p] > inkLevel
		size, border := fill(p, ink, ink)
		switch {
		case size < 2:
		case ink:
			pieces++
		case !border:
			holes++
		}
	}
	return holes, pieces
}
