package mydigits

import (
	"errors"
	"fmt"
	"math"

	"digitlab/nn"
)

// Max is the most digits a set keeps: enough to teach every digit many
// times over, and small enough that the file stays well under browser
// storage's few megabytes (500 digits are about 100 KB as base64).
const Max = 500

// Digit is one taught drawing: the image the network sees (nn.Inputs grey
// values, 0 background to 255 full ink, row by row) and the digit it is.
type Digit struct {
	Label uint8
	Image [nn.Inputs]byte
}

// FromInput makes a Digit of the pad's network input (grey values 0..1).
// It returns an error for a label that is not a digit.
func FromInput(label int, input *[nn.Inputs]float32) (Digit, error) {
	if label < 0 || label >= nn.Classes {
		return Digit{}, fmt.Errorf("%d is not a digit (0 to 9)", label)
	}
	d := Digit{Label: uint8(label)}
	for i, v := range input {
		d.Image[i] = uint8(math.Round(float64(min(max(v, 0), 1)) * 255))
	}
	return d, nil
}

// ErrFull is what Add returns when the set already holds Max digits.
var ErrFull = fmt.Errorf("you have %d digits, the most kept: remove some first", Max)

// Set is the user's digits in the order they were taught. The zero value
// is an empty set. It is not safe for concurrent use.
type Set struct {
	digits []Digit
}

// Len returns the number of digits.
func (s *Set) Len() int { return len(s.digits) }

// At returns digit i.
func (s *Set) At(i int) Digit { return s.digits[i] }

// Add appends d. It refuses a label that is not a digit, and any digit
// once the set is full (ErrFull).
func (s *Set) Add(d Digit) error {
	if d.Label >= nn.Classes {
		return fmt.Errorf("%d is not a digit (0 to 9)", d.Label)
	}
	if len(s.digits) >= Max {
		return ErrFull
	}
	s.digits = append(s.digits, d)
	return nil
}

// Remove deletes digit i.
func (s *Set) Remove(i int) error {
	if i < 0 || i >= len(s.digits) {
		return fmt.Errorf("no digit %d: you have %d", i, len(s.digits))
	}
	s.digits = append(s.digits[:i], s.digits[i+1:]...)
	return nil
}

// Insert puts d at position i (0 to Len), moving the digits from i on
// one place later: Remove followed by Insert at the same place gives the
// set back as it was (an undo). It refuses a label that is not a digit,
// a position outside the set, and any digit once the set is full.
func (s *Set) Insert(i int, d Digit) error {
	if i < 0 || i > len(s.digits) {
		return fmt.Errorf("no place %d: you have %d digits", i, len(s.digits))
	}
	if err := s.Add(d); err != nil {
		return err
	}
	copy(s.digits[i+1:], s.digits[i:len(s.digits)-1])
	s.digits[i] = d
	return nil
}

// Clear removes every digit.
func (s *Set) Clear() { s.digits = nil }

// Merge adds the digits of o that s does not already hold (same label and
// image), in o's order, and returns how many it added. If they would not
// all fit under Max it adds none and says so.
func (s *Set) Merge(o *Set) (int, error) {
	have := make(map[Digit]bool, len(s.digits))
	for _, d := range s.digits {
		have[d] = true
	}
	var add []Digit
	for _, d := range o.digits {
		if !have[d] {
			have[d] = true
			add = append(add, d)
		}
	}
	if n := len(s.digits) + len(add); n > Max {
		return 0, fmt.Errorf("%d new digits and your %d make %d; at most %d are kept", len(add), len(s.digits), n, Max)
	}
	s.digits = append(s.digits, add...)
	return len(add), nil
}

// Counts returns how many digits the set holds of each label.
func (s *Set) Counts() [nn.Classes]int {
	var c [nn.Classes]int
	for _, d := range s.digits {
		c[d.Label]++
	}
	return c
}

// Dataset returns the digits as an nn.Dataset (a copy), for training and
// evaluation.
func (s *Set) Dataset() nn.Dataset {
	d := nn.Dataset{Pixels: make([]uint8, 0, len(s.digits)*nn.Inputs), Labels: make([]uint8, 0, len(s.digits))}
	for _, g := range s.digits {
		d.Pixels = append(d.Pixels, g.Image[:]...)
		d.Labels = append(d.Labels, g.Label)
	}
	return d
}

// FromDataset makes a set of a dataset's images, as Dataset returns them.
func FromDataset(d nn.Dataset) (*Set, error) {
	if len(d.Pixels) != d.Len()*nn.Inputs {
		return nil, errors.New("the images and labels do not match")
	}
	s := &Set{}
	for i := range d.Len() {
		g := Digit{Label: d.Labels[i]}
		copy(g.Image[:], d.Image(i))
		if err := s.Add(g); err != nil {
			return nil, err
		}
	}
	return s, nil
}
