package mnist

import (
	"bytes"
	"errors"
	"fmt"
)

// The payload transform: each image is cut into alternating runs of zero
// (background) and nonzero (ink) pixels, and the bundle stores the run
// lengths apart from the ink values, with the values grouped by where they
// sit in their run. doc.go gives the layout and the sizes that justify it.

// maxPayloadPerImage bounds the payload bytes one image can take: its label,
// at most Pixels+1 run lengths of which at most Pixels/255 need an extra
// byte, and at most Pixels ink values. Decode rejects longer payloads before
// allocating for them.
const maxPayloadPerImage = 1 + (Pixels + 1 + Pixels/255) + Pixels

// transform returns the payload of the images of sets, in order.
func transform(sets ...Set) []byte {
	var labels, lens, first, last, mid []byte
	for _, s := range sets {
		labels = append(labels, s.Labels...)
		for i := range s.Len() {
			img := s.Image(i)
			for p := 0; p < Pixels; {
				z := runEnd(img, p, true) - p
				lens = appendRunLen(lens, z)
				p += z
				if p == Pixels {
					break
				}
				run := img[p:runEnd(img, p, false)]
				lens = appendRunLen(lens, len(run))
				first = append(first, run[0])
				if len(run) >= 2 {
					last = append(last, run[len(run)-1])
				}
				if len(run) >= 3 {
					mid = append(mid, run[1:len(run)-1]...)
				}
				p += len(run)
			}
		}
	}
	return bytes.Join([][]byte{labels, lens, first, last, mid}, nil)
}

// runEnd returns the index after the run that starts at p: of zeros if zero,
// of nonzero pixels otherwise.
func runEnd(img []byte, p int, zero bool) int {
	for p < len(img) && (img[p] == 0) == zero {
		p++
	}
	return p
}

// appendRunLen appends n as a run length: n/255 bytes of 255, then n%255.
func appendRunLen(b []byte, n int) []byte {
	for ; n >= 255; n -= 255 {
		b = append(b, 255)
	}
	return append(b, byte(n))
}

// untransform parses the payload p of n images and returns their labels and
// pixels. It accepts only what transform produces, so every image has
// exactly one payload. It paints the pixels into images, which must be nil
// (untransform then allocates them once the payload has proved to describe
// n images) or n*Pixels zero bytes.
func untransform(p []byte, n int, images []byte) (labels, pixels []byte, err error) {
	if len(p) < n {
		return nil, nil, fmt.Errorf("%d bytes cannot hold %d labels", len(p), n)
	}
	if i, l := badLabel(p[:n]); i >= 0 {
		return nil, nil, fmt.Errorf("label %d at index %d is not a digit 0..9", l, i)
	}

	// First pass: check the run lengths and count the ink values they call
	// for, which locates the three value sections.
	var runs, lasts, mids int
	end, err := scanRuns(p, n, n, func(_, length int) {
		runs++
		if length >= 2 {
			lasts++
		}
		mids += max(length-2, 0)
	})
	if err != nil {
		return nil, nil, err
	}
	if want := end + runs + lasts + mids; len(p) != want {
		return nil, nil, fmt.Errorf("payload holds %d bytes, its run lengths call for %d", len(p), want)
	}
	values := p[end:]
	if i := bytes.IndexByte(values, 0); i >= 0 {
		return nil, nil, fmt.Errorf("ink value %d is zero", i)
	}
	first, last, mid := values[:runs], values[runs:runs+lasts], values[runs+lasts:]

	// Second pass: paint the runs. The lengths were checked above, so
	// scanRuns cannot fail here and every slice expression is in range.
	labels = bytes.Clone(p[:n])
	if images == nil {
		images = make([]byte, n*Pixels)
	}
	fi, li, mi := 0, 0, 0
	_, err = scanRuns(p, n, n, func(start, length int) {
		images[start] = first[fi]
		fi++
		if length >= 2 {
			images[start+length-1] = last[li]
			li++
		}
		if length >= 3 {
			mi += copy(images[start+1:start+length-1], mid[mi:])
		}
	})
	return labels, images, err
}

// scanRuns reads the run lengths of n images from p[pos:], calls ink(start,
// length) for every ink run, start being its first pixel's index in the
// concatenated images, and returns the position after the last length. It
// rejects empty runs (except the first zero run of an image that starts
// with ink) and runs that overrun their image.
func scanRuns(p []byte, pos, n int, ink func(start, length int)) (int, error) {
	for img := range n {
		filled := 0
		for filled < Pixels {
			z, next, err := readRunLen(p, pos)
			if err != nil {
				return 0, fmt.Errorf("image %d: %w", img, err)
			}
			pos = next
			if z == 0 && filled > 0 {
				return 0, fmt.Errorf("image %d: empty zero run at pixel %d", img, filled)
			}
			if z > Pixels-filled {
				return 0, fmt.Errorf("image %d: zero run of %d at pixel %d overruns the image", img, z, filled)
			}
			filled += z
			if filled == Pixels {
				break
			}
			k, next, err := readRunLen(p, pos)
			if err != nil {
				return 0, fmt.Errorf("image %d: %w", img, err)
			}
			pos = next
			if k == 0 {
				return 0, fmt.Errorf("image %d: empty ink run at pixel %d", img, filled)
			}
			if k > Pixels-filled {
				return 0, fmt.Errorf("image %d: ink run of %d at pixel %d overruns the image", img, k, filled)
			}
			ink(img*Pixels+filled, k)
			filled += k
		}
	}
	return pos, nil
}

// readRunLen reads one run length written by appendRunLen at p[pos:] and
// returns it with the position after it. It stops as soon as the length
// exceeds an image, so hostile input cannot make it count for long.
func readRunLen(p []byte, pos int) (n, next int, err error) {
	for {
		if pos >= len(p) {
			return 0, 0, errors.New("run lengths truncated")
		}
		b := p[pos]
		pos++
		n += int(b)
		if b < 255 {
			return n, pos, nil
		}
		if n > Pixels {
			return 0, 0, fmt.Errorf("run length over %d", Pixels)
		}
	}
}
