package pad

import (
	"math"
	"slices"
)

// outline finds, in a drawing, the strokes that trace the contour of a
// thick letter, as people draw "bubble", hollow or gothic outlined digits:
// nearly all the ink is in closed strokes, and the region they enclose is
// a band much thinner than the digit, not a hole as the loop of a 0, a 6
// or an 8 encloses. Reader fills that band, which turns the contour back
// into the thick letter it outlines, the kind of image the network was
// trained on; drawn as lines, the same contour is a digit with two
// strokes for every one (a hollow 2 reads as an 8, a hollow 7 as a 9).
type outline struct {
	closed []bool  // per stroke: it ends near where it starts
	fill   bool    // the closed strokes outline a thick letter
	pen    float32 // the pen to draw the strokes with when fill is set, network pixels
	// The measures behind fill (see measure), kept for tests; inscribed
	// is measured only when the others allow a fill.
	share, thickness, inscribed, solidity float32
	holes, twisted                        bool
	// Scratch memory: the closed strokes' crossings of rows, one row's
	// changes of winding, the region's runs, the closed strokes' points
	// and their hull, and the band's raster.
	cs   []crossing
	ev   []crossing
	span []span
	hole []bool // per stroke: a closed stroke inside the contour of another
	// wound is, per stroke, the length of the rows spans found inside it
	// winding one way and the other: a figure eight winds both ways.
	wound [][2]float32
	hull  []Point
	grid  [outlineGrid * outlineGrid]int32
}

// chamferStep and chamferDiag are the 3-4 chamfer distance's steps along
// an axis and a diagonal: a close integer approximation of Euclidean
// distance (within 8 percent).
const (
	chamferStep = 3
	chamferDiag = 4
	chamferFar  = 1 << 20
)

// chamfer turns g, nonzero inside a region and 0 outside, into each
// cell's chamfer distance to the nearest outside cell (the grid's border
// counts as outside), and returns the largest: the radius of the largest
// disc the region holds, in chamferStep units per cell.
func chamfer(g *[outlineGrid * outlineGrid]int32) int32 {
	const n = outlineGrid
	at := func(x, y int) int32 {
		if x < 0 || y < 0 || x >= n || y >= n {
			return 0
		}
		return g[y*n+x]
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if v := g[y*n+x]; v != 0 {
				g[y*n+x] = min(v, at(x-1, y)+chamferStep, at(x, y-1)+chamferStep, at(x-1, y-1)+chamferDiag, at(x+1, y-1)+chamferDiag)
			}
		}
	}
	var best int32
	for y := n - 1; y >= 0; y-- {
		for x := n - 1; x >= 0; x-- {
			if v := g[y*n+x]; v != 0 {
				v = min(v, at(x+1, y)+chamferStep, at(x, y+1)+chamferStep, at(x+1, y+1)+chamferDiag, at(x-1, y+1)+chamferDiag)
				g[y*n+x] = v
				best = max(best, v)
			}
		}
	}
	return best
}

// Thresholds of the outline rule, as fractions of the ink's extent (its
// longer side). A traced contour closes where it started: a stroke whose
// ends are within outlineGap of each other is closed, and the closed
// strokes must hold outlineShare of the ink's length. The region they
// enclose must then be a band:
//
//   - its area over the closed strokes' length (half the band's mean
//     width) at least outlineMinThickness, which a line gone over and back
//     (about 0.005) is not;
//   - the largest disc it holds of radius at most outlineInscribed: the
//     bands of a bold letter's outline hold discs up to 0.16, a regular
//     one's 0.07 to 0.1, the outlined pens of cmd/padbench's tuning sets
//     0.04 to 0.13; or at most outlineInscribedTwisted when a stroke winds
//     both ways round comparable areas (the smaller at least outlineTwist
//     of the larger), as a figure eight or an hourglass drawn in one
//     stroke does, whose lobes hold discs of 0.12 and more (the holes of
//     plain 0s and 8s: median 0.2 to 0.25 on every tuning set);
//   - its area at most outlineSolidity of the closed strokes' convex hull,
//     which an outline bent into a digit leaves partly empty, unlike the
//     nearly convex hole of a plain loop; or at most outlineSolidityHoles
//     when a closed stroke lies inside another, an outline's inner contour
//     (the ring of a bold 0 fills 0.74 of its hull; an 8 of two touching
//     circles about 0.88, with no contour inside another).
//
// Of the about 5,400 drawings of cmd/padbench's tuning sets in pens that
// are not outlined or doubled, three pass them all (one gone over twice,
// one redrawn, one drawn with a marker), whose thin bands are filled.
const (
	outlineGap              = 0.08
	outlineShare            = 0.8
	outlineMinThickness     = 0.015
	outlineInscribed        = 0.17
	outlineInscribedTwisted = 0.11
	outlineTwist            = 0.25
	outlineSolidity         = 0.7
	outlineSolidityHoles    = 0.85
)

// outlinePen is the width, in network pixels, of the pen Reader draws an
// outlined letter's contour with, once its band is filled: the filled band
// is the stroke, and the pen only rounds its edge. Wider pens fatten the
// strokes past MNIST's: on cmd/padbench's fresh part (its outlined pens)
// the default network reads 0.5 to 1.3 within 0.4 points of each other,
// and 0 and 1.8 (an earlier version of the rule) about 1 point less than
// 1.0.
const outlinePen = 1.0

// outlineGrid is the side of the raster measure draws the band on, over
// the ink's square box: a cell is about 2% of the extent.
const outlineGrid = 48

// measure decides whether d is an outlined letter (fill) and which of its
// strokes are closed, reusing o's memory.
func (o *outline) measure(d *Drawing, in Ink) {
	o.fill, o.pen = false, outlinePen
	o.share, o.thickness, o.inscribed, o.solidity = 0, 0, 0, 0
	o.holes, o.twisted = false, false
	o.closed = o.closed[:0]
	e := in.Extent()
	if e <= 0 {
		return
	}
	var closedLen, total float32
	for _, s := range d.strokes {
		l := strokeLength(s)
		total += l
		c := closedStroke(s, l, e)
		o.closed = append(o.closed, c)
		if c {
			closedLen += l + dist(s[0], s[len(s)-1])
		}
	}
	if total == 0 || closedLen == 0 {
		return
	}
	o.share = min(closedLen/total, 1)
	if o.share < outlineShare {
		return
	}
	o.findHoles(d.strokes)
	// The band's area, on a grid over the ink's square box.
	t := transform{
		originX: (in.Min.X + in.Max.X) / 2,
		originY: (in.Min.Y + in.Max.Y) / 2,
		scale:   (outlineGrid - 2) / e,
		offX:    outlineGrid / 2,
		offY:    outlineGrid / 2,
	}
	g := &o.grid
	clear(g[:])
	var area int
	o.spans(d.strokes, t, outlineGrid)
	for _, sp := range o.span {
		x0, x1 := pixelRange(sp.u0, sp.u1, outlineGrid)
		area += max(x1-x0+1, 0)
		for x := x0; x <= x1; x++ {
			g[sp.row*outlineGrid+x] = chamferFar
		}
	}
	a := float32(area) / (t.scale * t.scale) // pad units squared
	o.thickness = a / closedLen / e
	if h := o.hullArea(d); h > 0 {
		o.solidity = a / h
	}
	for i, c := range o.closed {
		o.holes = o.holes || (c && o.hole[i])
		w := o.wound[i]
		o.twisted = o.twisted || (c && min(w[0], w[1]) >= outlineTwist*max(w[0], w[1]))
	}
	solid := float32(outlineSolidity)
	if o.holes {
		solid = outlineSolidityHoles
	}
	if o.thickness < outlineMinThickness || o.solidity > solid {
		return // a plain loop's hole is nearly convex: no need to measure its width
	}
	o.inscribed = float32(chamfer(g)) / chamferStep / t.scale / e
	inscribed := float32(outlineInscribed)
	if o.twisted {
		inscribed = outlineInscribedTwisted
	}
	o.fill = o.inscribed <= inscribed
}

// closedStroke reports whether s, l long, is closed in a drawing whose
// extent is e: it ends within outlineGap of where it starts, and is long
// enough for that to be a loop rather than a short dash.
func closedStroke(s Stroke, l, e float32) bool {
	return len(s) >= 4 && dist(s[0], s[len(s)-1]) <= outlineGap*e && l > 4*outlineGap*e
}

// hullArea returns the area of the convex hull of the closed strokes'
// points (Andrew's monotone chain).
func (o *outline) hullArea(d *Drawing) float32 {
	o.hull = o.hull[:0]
	for i, s := range d.strokes {
		if o.closed[i] {
			o.hull = append(o.hull, s...)
		}
	}
	slices.SortFunc(o.hull, func(a, b Point) int {
		switch {
		case a.X < b.X || (a.X == b.X && a.Y < b.Y):
			return -1
		case a == b:
			return 0
		}
		return 1
	})
	p := slices.Compact(o.hull)
	n := len(p)
	if n < 3 {
		return 0
	}
	// The hull is built after the sorted points, in the same memory,
	// which is grown once to hold both.
	p = slices.Grow(p, n+2)
	o.hull = p
	cross := func(o, a, b Point) float32 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	h := p[n:n]
	for _, q := range p {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], q) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, q)
	}
	for i, lower := n-2, len(h)+1; i >= 0; i-- {
		q := p[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], q) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, q)
	}
	var a float32
	for i := 0; i+1 < len(h); i++ {
		a += h[i].X*h[i+1].Y - h[i+1].X*h[i].Y
	}
	return abs(a) / 2
}

// spans sets o.spans to the runs of each row v = 0, 1, ..., rows-1 that
// lie inside the region the closed strokes (each closed by a segment from
// its last point to its first), mapped by t, enclose. Each stroke encloses
// what it winds around (the nonzero rule), so a band that overlaps
// itself, where a stroke's bubble crosses its own, stays filled; a point
// is inside when more contours than holes (see findHoles) wind around it,
// so two bands drawn across each other, as the strokes of a bubble 4 are,
// stay filled where they cross, the inner contour of a ring cuts its hole
// out of the outer one, and an island drawn inside the hole is filled
// again. Each segment is visited once, for the rows it crosses.
func (o *outline) spans(strokes []Stroke, t transform, rows int) {
	o.cs, o.span = o.cs[:0], o.span[:0]
	o.wound = append(o.wound[:0], make([][2]float32, len(strokes))...)
	for i, s := range strokes {
		if !o.closed[i] {
			continue
		}
		au, av := t.apply(s[len(s)-1])
		for _, p := range s {
			bu, bv := t.apply(p)
			// Row v is crossed when lo <= v < hi.
			lo, hi := min(av, bv), max(av, bv)
			first := max(int(math.Ceil(float64(lo))), 0)
			last := min(int(math.Ceil(float64(hi)))-1, rows-1)
			dir := int32(1)
			if bv < av {
				dir = -1
			}
			for v := first; v <= last; v++ {
				o.cs = append(o.cs, crossing{u: au + (float32(v)-av)*(bu-au)/(bv-av), dir: dir, row: int32(v), stroke: int32(i)})
			}
			au, av = bu, bv
		}
	}
	slices.SortFunc(o.cs, func(a, b crossing) int {
		switch {
		case a.row != b.row:
			return int(a.row - b.row)
		case a.stroke != b.stroke:
			return int(a.stroke - b.stroke)
		}
		return byU(a, b)
	})
	for r := 0; r < len(o.cs); {
		row := o.cs[r].row
		o.ev = o.ev[:0]
		for r < len(o.cs) && o.cs[r].row == row {
			// One stroke's crossings of the row: where its winding turns
			// nonzero and back to zero.
			st := o.cs[r].stroke
			kind := int32(1)
			if o.hole[st] {
				kind = 2
			}
			var w int32
			for ; r < len(o.cs) && o.cs[r].row == row && o.cs[r].stroke == st; r++ {
				c := o.cs[r]
				switch {
				case w == 0:
					o.ev = append(o.ev, crossing{u: c.u, dir: kind})
				case w+c.dir == 0:
					o.ev = append(o.ev, crossing{u: c.u, dir: -kind})
				}
				w += c.dir
				if r+1 < len(o.cs) && o.cs[r+1].row == row && o.cs[r+1].stroke == st {
					l := o.cs[r+1].u - c.u
					switch {
					case w > 0:
						o.wound[st][0] += l
					case w < 0:
						o.wound[st][1] += l
					}
				}
			}
		}
		slices.SortFunc(o.ev, byU)
		var fills, holes int32
		var start float32
		for _, e := range o.ev {
			was := fills > holes
			if e.dir == 1 || e.dir == -1 {
				fills += e.dir
			} else {
				holes += e.dir / 2
			}
			switch is := fills > holes; {
			case is && !was:
				start = e.u
			case was && !is:
				o.span = append(o.span, span{row: int(row), u0: start, u1: e.u})
			}
		}
	}
}

// span is a run of a row inside an outline's region, from u0 to u1.
type span struct {
	row    int
	u0, u1 float32
}

func byU(a, b crossing) int {
	switch {
	case a.u < b.u:
		return -1
	case a.u > b.u:
		return 1
	}
	return 0
}

// winds reports whether the closed stroke s winds around p.
func winds(s Stroke, p Point) bool {
	var w int
	a := s[len(s)-1]
	for _, b := range s {
		if (a.Y <= p.Y) != (b.Y <= p.Y) {
			u := a.X + (p.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y)
			if u > p.X {
				if b.Y > a.Y {
					w++
				} else {
					w--
				}
			}
		}
		a = b
	}
	return w != 0
}

// findHoles marks as a hole each closed stroke that lies inside an odd
// number of other closed strokes (judged on holeSamples of its points):
// the inner contour of a ring, of a 0's or an 8's loop, of a 4's triangle.
func (o *outline) findHoles(strokes []Stroke) {
	o.hole = o.hole[:0]
	for i, s := range strokes {
		depth := 0
		for j, c := range strokes {
			if j == i || !o.closed[i] || !o.closed[j] {
				continue
			}
			inside := true
			for k := 0; k < holeSamples && inside; k++ {
				inside = winds(c, s[k*len(s)/holeSamples])
			}
			if inside {
				depth++
			}
		}
		o.hole = append(o.hole, depth%2 == 1)
	}
}

// holeSamples is how many of a stroke's points findHoles tests.
const holeSamples = 8

// crossing is where a stroke crosses a row, and which way (+1 downwards).
type crossing struct {
	u           float32
	dir         int32
	row, stroke int32
}

// fillClosed sets to full ink the pixels of dst (side*side values) whose
// centres lie inside the region the closed strokes, mapped by t, enclose
// (see spans).
func (o *outline) fillClosed(strokes []Stroke, dst []float32, side int, t transform) {
	o.spans(strokes, t, side)
	for _, sp := range o.span {
		x0, x1 := pixelRange(sp.u0, sp.u1, side)
		row := dst[sp.row*side : (sp.row+1)*side]
		for x := x0; x <= x1; x++ {
			row[x] = 1
		}
	}
}

func strokeLength(s Stroke) float32 {
	var l float32
	for i := 1; i < len(s); i++ {
		l += dist(s[i-1], s[i])
	}
	return l
}

func dist(a, b Point) float32 {
	return float32(math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)))
}
