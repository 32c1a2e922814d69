package pad

import (
	"math"
	"slices"
)

// tidy makes from a drawing the drawing its hand meant, before it is
// measured or rendered, in four ways people draw that the strokes alone
// misstate:
//
//   - A stroke that goes over ink already drawn (nearly all of it within
//     tidyRetrace of strokes kept before it) is dropped: a digit gone over
//     a second time, whole or in part, is judged as its first pass. Drawn,
//     the second pass only thickens the first by less than the pen's
//     half-width; counted, it doubles the strokes and the ink, and it
//     breaks the test for a traced outline (see outline), whose contours
//     it doubles a little turned or shifted. Only ink kept is compared
//     with, so parallel lines closer than tidyRetrace (dense hatching) are
//     thinned to that spacing, not merged into one line, and look the same
//     at the network's resolution; a scribble or hatching gone over twice
//     is still a scribble or hatching.
//   - A stroke that starts on the one before it and runs along all the
//     rest of it (the pen lifted and put down a little way back, as
//     people draw long lines and outlines in pieces), or that starts where
//     the one before it ended, continues it: the two are joined into one
//     stroke, unless either is closed already (a contour of its own). An
//     outline drawn in two overlapping pieces is then one closed contour,
//     which outline recognises and fills as it does the contour drawn in
//     one go; a line drawn in pieces counts as one stroke.
//   - A 0 struck through (see struckSlash) loses its slash, and a 1 with
//     a flag (see flaggedOne) its flag and base: the network reads the 0
//     and the 1 MNIST's writers drew, not an 8 and a 7.
//
// Apart from a struck 0's slash and a flagged 1's flag, the ink that is
// left is the ink of the drawing, within tidyRetrace for what is dropped
// and tidyJoin for what is joined, so the image changes little; what
// changes is what the strokes say about it. The zero value is ready to
// use; it keeps its memory from one drawing to the next.
type tidy struct {
	d      Drawing // the tidied drawing; its strokes share pts
	pts    []Point
	keep   []bool
	ends   []int // end of each tidied stroke in pts
	grid   [tidyGrid * tidyGrid]bool
	toGrid transform
	// dropped and joined count the strokes the last apply dropped as
	// retraced and joined to the one before, for tests; struck and
	// flagged say it left out the slash through a 0 or the flag of a 1.
	dropped, joined int
	struck, flagged bool
	// lastPass leaves out only the strokes that go over earlier ink at the
	// end of the drawing, after its last stroke that does not: a second
	// pass over the whole drawing or its last strokes. Reader sets it (see
	// Reader.Read).
	lastPass bool
}

// Tolerances of tidy, as fractions of the ink's extent (its longer side).
// tidyRetrace is about half the pen Preprocess draws with (2.5 of 16.5
// pixels): a stroke is dropped when tidyCovered of its length lies within
// it of ink kept before. On the fonts set's tuning digits, a second pass
// over a whole traced outline, turned 2 to 6 degrees, lies within 0.07 of
// the first for 90% of its length (0.04 for the median stroke); an
// outline's inner contour is further than 0.084 from its outer one over
// half its length for 95% of contours. tidyJoin is how far a stroke's
// start may be from the one before it, and the part of that one it runs
// along from each other, for them to be joined.
const (
	tidyRetrace = 0.07
	tidyCovered = 0.9
	tidyJoin    = 0.05
)

// tidyGrid is the side of the raster that marks, over the ink's square
// box, the cells within tidyRetrace of ink kept: a cell is about 2% of the
// extent.
const tidyGrid = 32

// apply returns the tidied drawing of d, whose ink is in; it is d itself
// when nothing changed, and otherwise held in t's memory until the next
// call.
func (t *tidy) apply(d *Drawing, in Ink) *Drawing {
	t.dropped, t.joined, t.struck, t.flagged = 0, 0, false, false
	e := in.Extent()
	if len(d.strokes) == 0 || e <= 0 {
		return d
	}
	t.retraces(d.strokes, in)
	t.pts, t.ends = t.pts[:0], t.ends[:0]
	last := 0 // where the last tidied stroke starts in pts
	for i, s := range d.strokes {
		if !t.keep[i] {
			continue
		}
		if len(t.ends) > 0 && !closedStroke(t.pts[last:], strokeLength(t.pts[last:]), e) && !closedStroke(s, strokeLength(s), e) {
			if cut, ok := continues(t.pts[last:], s, tidyJoin*e); ok {
				t.pts = append(t.pts[:last+cut], s...)
				t.ends[len(t.ends)-1] = len(t.pts)
				t.joined++
				continue
			}
		}
		last = len(t.pts)
		t.pts = append(t.pts, s...)
		t.ends = append(t.ends, len(t.pts))
	}
	t.d.strokes = t.d.strokes[:0]
	start := 0
	for _, end := range t.ends {
		t.d.strokes = append(t.d.strokes, t.pts[start:end:end])
		start = end
	}
	if i := struckSlash(t.d.strokes); i >= 0 {
		t.d.strokes = slices.Delete(t.d.strokes, i, i+1)
		t.struck = true
	}
	if stem := flaggedOne(t.d.strokes); stem != nil {
		t.d.strokes = append(t.d.strokes[:0], stem)
		t.flagged = true
	}
	if t.dropped == 0 && t.joined == 0 && !t.struck && !t.flagged {
		return d
	}
	t.d.points = 0
	for _, s := range t.d.strokes {
		t.d.points += len(s)
	}
	t.d.version = d.version
	return &t.d
}

// retraces sets t.keep: false for each stroke after the first that lies,
// for tidyCovered of its length, within tidyRetrace of the strokes kept
// before it.
func (t *tidy) retraces(strokes []Stroke, in Ink) {
	e := in.Extent()
	t.toGrid = transform{
		originX: (in.Min.X + in.Max.X) / 2,
		originY: (in.Min.Y + in.Max.Y) / 2,
		scale:   (tidyGrid - 2) / e,
		offX:    tidyGrid / 2,
		offY:    tidyGrid / 2,
	}
	clear(t.grid[:])
	t.keep = t.keep[:0]
	for i, s := range strokes {
		keep := i == 0 || t.covered(s) < tidyCovered
		t.keep = append(t.keep, keep)
		if keep {
			if i+1 < len(strokes) { // the last stroke is compared with nothing
				t.stamp(s, tidyRetrace*(tidyGrid-2))
			}
		} else {
			t.dropped++
		}
	}
	if t.lastPass {
		last := 0
		for i, k := range t.keep {
			if k {
				last = i
			}
		}
		for i := range t.keep[:last] {
			if !t.keep[i] {
				t.keep[i] = true
				t.dropped--
			}
		}
	}
}

// along calls f at points of s about one grid cell apart, from its first
// point to its last, with the length of stroke each stands for.
func (t *tidy) along(s Stroke, f func(u, v, w float32)) {
	step := 1 / t.toGrid.scale
	u, v := t.toGrid.apply(s[0])
	if len(s) == 1 {
		f(u, v, step)
		return
	}
	for i := 1; i < len(s); i++ {
		l := dist(s[i-1], s[i])
		n := max(int(math.Ceil(float64(l/step))), 1)
		bu, bv := t.toGrid.apply(s[i])
		for k := 1; k <= n; k++ {
			a := float32(k) / float32(n)
			f(u+a*(bu-u), v+a*(bv-v), l/float32(n))
		}
		u, v = bu, bv
	}
}

// covered returns the share of s's length whose points fall in marked
// cells.
func (t *tidy) covered(s Stroke) float32 {
	var in, all float32
	t.along(s, func(u, v, w float32) {
		all += w
		x, y := int(u), int(v)
		if x >= 0 && y >= 0 && x < tidyGrid && y < tidyGrid && t.grid[y*tidyGrid+x] {
			in += w
		}
	})
	if all == 0 {
		return 0
	}
	return in / all
}

// stamp marks the cells whose centres lie within r cells of a point of
// s, a row of the disc at a time.
func (t *tidy) stamp(s Stroke, r float32) {
	reach := int(r) + 1
	t.along(s, func(u, v, _ float32) {
		cy := int(v)
		for y := max(cy-reach, 0); y <= min(cy+reach, tidyGrid-1); y++ {
			dy := float32(y) + 0.5 - v
			w2 := r*r - dy*dy
			if w2 < 0 {
				continue
			}
			w := float32(math.Sqrt(float64(w2)))
			// Cells x with |x + 0.5 - u| <= w.
			x0 := max(int(math.Ceil(float64(u-w-0.5))), 0)
			x1 := min(int(math.Floor(float64(u+w-0.5))), tidyGrid-1)
			row := t.grid[y*tidyGrid : (y+1)*tidyGrid]
			for x := x0; x <= x1; x++ {
				row[x] = true
			}
		}
	})
}

// continues reports whether b continues a: b starts within tol of a, and
// the part of a after where b starts lies within tol of b. cut is then
// how many of a's points to keep before b's: those before the segment b
// starts on.
func continues(a, b Stroke, tol float32) (cut int, ok bool) {
	if len(a) == 0 || len(b) == 0 {
		return 0, false
	}
	seg, d := nearestOn(a, b[0])
	if d > tol {
		return 0, false
	}
	// The part of a from b's start to its end, every tol/2, within tol of
	// b: b goes over it, so cutting it from a loses no ink. A stroke that
	// starts in the middle of a and leaves it (the bar of a 4, a branch)
	// fails here.
	// It is compared with b's first part only, as long as the part of a
	// and a margin: b runs along it from its start.
	tail := dist(b[0], a[min(seg+1, len(a)-1)])
	for i := seg + 1; i+1 < len(a); i++ {
		tail += dist(a[i], a[i+1])
	}
	head := b[:prefix(b, tail+4*tol)]
	step := tol / 2
	for i := seg; i+1 < len(a); i++ {
		p, q := a[i], a[i+1]
		if i == seg {
			p = b[0] // near enough to where b starts on a
		}
		l := dist(p, q)
		n := max(int(math.Ceil(float64(l/step))), 1)
		for k := 1; k <= n; k++ {
			f := float32(k) / float32(n)
			if _, dq := nearestOn(head, Point{p.X + f*(q.X-p.X), p.Y + f*(q.Y-p.Y)}); dq > tol {
				return 0, false
			}
		}
	}
	return seg + 1, true
}

// prefix returns how many of s's first points make a polyline at least l
// long (all of them if s is shorter).
func prefix(s Stroke, l float32) int {
	var run float32
	for i := 1; i < len(s); i++ {
		if run += dist(s[i-1], s[i]); run >= l {
			return i + 1
		}
	}
	return len(s)
}

// nearestOn returns the point of s nearest p: the segment it is on (the
// index of the segment's first point) and its distance from p.
func nearestOn(s Stroke, p Point) (seg int, d float32) {
	if len(s) == 1 {
		return 0, dist(s[0], p)
	}
	best := float32(math.Inf(1))
	for i := 0; i+1 < len(s); i++ {
		a, b := s[i], s[i+1]
		dx, dy := b.X-a.X, b.Y-a.Y
		l2 := dx*dx + dy*dy
		var f float32
		if l2 > 0 {
			f = min(max(((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2, 0), 1)
		}
		ex, ey := a.X+f*dx-p.X, a.Y+f*dy-p.Y
		if d2 := ex*ex + ey*ey; d2 < best {
			best, seg = d2, i
		}
	}
	return seg, float32(math.Sqrt(float64(best)))
}
