package drawset

import (
	"image"
	"math"
	"slices"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// This file turns a filled glyph into the strokes a person draws it
// with: the glyph is rasterised, thinned to a one-pixel centre line,
// cleared of the short spurs thinning leaves at corners and blobs, and
// the centre line is walked as a pen walks it, lifting as few times as a
// hand would.

// bitmap is a black-and-white image: ink where a pixel is true.
type bitmap struct {
	w, h int
	pix  []bool
}

func newBitmap(w, h int) *bitmap { return &bitmap{w, h, make([]bool, w*h)} }

// at is whether (x, y) is ink; outside the image is blank.
func (b *bitmap) at(x, y int) bool {
	return x >= 0 && y >= 0 && x < b.w && y < b.h && b.pix[y*b.w+x]
}

func (b *bitmap) set(x, y int, v bool) { b.pix[y*b.w+x] = v }

// count is the number of ink pixels.
func (b *bitmap) count() int {
	n := 0
	for _, v := range b.pix {
		if v {
			n++
		}
	}
	return n
}

// ring is the 8 neighbours of a pixel in order round it, starting north
// and going clockwise (as Zhang and Suen number P2 to P9).
var ring = [8]image.Point{{0, -1}, {1, -1}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}}

// neighbours returns which of (x, y)'s ring pixels are ink, and how many.
func (b *bitmap) neighbours(x, y int) (on [8]bool, n int) {
	for i, d := range ring {
		if b.at(x+d.X, y+d.Y) {
			on[i] = true
			n++
		}
	}
	return on, n
}

// glyphPadding is the blank border round a rasterised glyph, so that
// thinning and tracing never meet the image's edge.
const glyphPadding = 12

// rasterGlyph fills rune c of font f at ppem pixels per em into a bitmap,
// with glyphPadding blank pixels round its box. ok is false if the font
// has no such glyph or it has no ink.
func rasterGlyph(f *sfnt.Font, c rune, ppem float64) (bm *bitmap, ok bool) {
	var buf sfnt.Buffer
	idx, err := f.GlyphIndex(&buf, c)
	if err != nil || idx == 0 {
		return nil, false
	}
	segs, err := f.LoadGlyph(&buf, idx, fixed.Int26_6(math.Round(ppem*64)), nil)
	if err != nil || len(segs) == 0 {
		return nil, false
	}
	lo := vec{math.Inf(1), math.Inf(1)}
	hi := vec{math.Inf(-1), math.Inf(-1)}
	for _, sg := range segs {
		n := map[sfnt.SegmentOp]int{sfnt.SegmentOpMoveTo: 1, sfnt.SegmentOpLineTo: 1, sfnt.SegmentOpQuadTo: 2, sfnt.SegmentOpCubeTo: 3}[sg.Op]
		for _, p := range sg.Args[:n] {
			x, y := float64(p.X)/64, float64(p.Y)/64
			lo = vec{min(lo.X, x), min(lo.Y, y)}
			hi = vec{max(hi.X, x), max(hi.Y, y)}
		}
	}
	ox, oy := glyphPadding-math.Floor(lo.X), glyphPadding-math.Floor(lo.Y)
	w := int(math.Ceil(hi.X+ox)) + glyphPadding
	h := int(math.Ceil(hi.Y+oy)) + glyphPadding
	rz := vector.NewRasterizer(w, h)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return float32(float64(p.X)/64 + ox), float32(float64(p.Y)/64 + oy)
	}
	open := false
	for _, sg := range segs {
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				rz.ClosePath()
			}
			rz.MoveTo(pt(sg.Args[0]))
			open = true
		case sfnt.SegmentOpLineTo:
			rz.LineTo(pt(sg.Args[0]))
		case sfnt.SegmentOpQuadTo:
			x1, y1 := pt(sg.Args[0])
			x2, y2 := pt(sg.Args[1])
			rz.QuadTo(x1, y1, x2, y2)
		case sfnt.SegmentOpCubeTo:
			x1, y1 := pt(sg.Args[0])
			x2, y2 := pt(sg.Args[1])
			x3, y3 := pt(sg.Args[2])
			rz.CubeTo(x1, y1, x2, y2, x3, y3)
		}
	}
	if open {
		rz.ClosePath()
	}
	img := image.NewAlpha(image.Rect(0, 0, w, h))
	rz.Draw(img, img.Bounds(), image.Opaque, image.Point{})
	bm = newBitmap(w, h)
	for i, a := range img.Pix {
		bm.pix[i] = a >= 128
	}
	return bm, bm.count() > 0
}

// fillSmallHoles fills the blank regions enclosed by ink (not reaching
// the image's edge) of fewer than maxArea pixels: the slivers where a
// font's overlapping pieces meet, which would thin into tiny loops. The
// counters of letters and digits are far larger.
func fillSmallHoles(b *bitmap, maxArea int) {
	seen := make([]bool, len(b.pix))
	var stack, region []int
	for start := range b.pix {
		if b.pix[start] || seen[start] {
			continue
		}
		region, edge := region[:0], false
		stack = append(stack[:0], start)
		seen[start] = true
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			region = append(region, i)
			x, y := i%b.w, i/b.w
			if x == 0 || y == 0 || x == b.w-1 || y == b.h-1 {
				edge = true
			}
			for _, d := range [4]image.Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
				nx, ny := x+d.X, y+d.Y
				if nx < 0 || ny < 0 || nx >= b.w || ny >= b.h {
					continue
				}
				if j := ny*b.w + nx; !b.pix[j] && !seen[j] {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
		if !edge && len(region) < maxArea {
			for _, i := range region {
				b.pix[i] = true
			}
		}
	}
}

// thin reduces ink to a one-pixel-wide centre line by Zhang and Suen's
// two-subiteration thinning, then removes the corner pixels of the
// staircases it leaves (a pixel whose ink neighbours all touch one
// another), so that along a line every pixel has two neighbours, at its
// end one and at a junction three or more.
func thin(b *bitmap) {
	var ink, del []int // ink in raster order; the pixels a subiteration deletes
	for i, v := range b.pix {
		if v {
			ink = append(ink, i)
		}
	}
	for changed := true; changed; {
		changed = false
		for step := 0; step < 2; step++ {
			del = del[:0]
			for _, i := range ink {
				x, y := i%b.w, i/b.w
				on, n := b.neighbours(x, y)
				if n < 2 || n > 6 {
					continue
				}
				a := 0 // 0 -> 1 changes round the ring
				for k := range on {
					if !on[k] && on[(k+1)%8] {
						a++
					}
				}
				if a != 1 {
					continue
				}
				// P2 P4 P6 and P4 P6 P8 in the first step, P2 P4 P8 and P2 P6 P8 in the second.
				if step == 0 && (on[0] && on[2] && on[4] || on[2] && on[4] && on[6]) {
					continue
				}
				if step == 1 && (on[0] && on[2] && on[6] || on[0] && on[4] && on[6]) {
					continue
				}
				del = append(del, i)
			}
			for _, i := range del {
				b.pix[i] = false
			}
			if len(del) > 0 {
				changed = true
				ink = slices.DeleteFunc(ink, func(i int) bool { return !b.pix[i] })
			}
		}
	}
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			if b.at(x, y) && redundant(b, x, y) {
				b.set(x, y, false)
			}
		}
	}
}

// redundant reports whether ink pixel (x, y) of a thinned image can go
// without parting anything: it has at least two ink neighbours and they
// are all joined to one another without it, and it is on no closed
// line it would open (its blank neighbours stay joined too).
func redundant(b *bitmap, x, y int) bool {
	on, n := b.neighbours(x, y)
	if n < 2 {
		return false
	}
	var pts []image.Point
	for i, d := range ring {
		if on[i] {
			pts = append(pts, d)
		}
	}
	// Ink neighbours: one 8-connected group among themselves?
	group := []image.Point{pts[0]}
	used := map[image.Point]bool{pts[0]: true}
	for k := 0; k < len(group); k++ {
		for _, q := range pts {
			if !used[q] && abs(q.X-group[k].X) <= 1 && abs(q.Y-group[k].Y) <= 1 {
				used[q] = true
				group = append(group, q)
			}
		}
	}
	if len(group) != len(pts) {
		return false
	}
	// Blank ring pixels: removing (x, y) must not join two separate
	// blank regions (the inside and outside of a loop). Through the
	// centre, every 4-neighbour blank pixel would meet; they must
	// already be one group round the ring.
	var blanks []image.Point
	for i, d := range ring {
		if !on[i] && (d.X == 0 || d.Y == 0) {
			blanks = append(blanks, d)
		}
	}
	if len(blanks) < 2 {
		return true
	}
	// Two 4-neighbour blanks are joined round the ring if the ring
	// pixels between them (one way round) are all blank.
	idx := func(p image.Point) int { return slices.Index(ring[:], p) }
	joined := func(a, c int) bool {
		for i := a; i != c; i = (i + 1) % 8 {
			if on[i] {
				return false
			}
		}
		return true
	}
	for k := 1; k < len(blanks); k++ {
		a, c := idx(blanks[k-1]), idx(blanks[k])
		if !joined(a, c) && !joined(c, a) {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// skelGraph is a thinned image as a graph: nodes are line ends and
// junctions (adjacent junction pixels are one node), edges the lines
// between them as pixel paths from one node's pixel to the other's.
type skelGraph struct {
	nodes []skelNode
	edges []skelEdge
}

type skelNode struct {
	pix []image.Point
	at  vec // the mean of its pixels
	end bool
}

type skelEdge struct {
	a, b int // node indices; -1 for a loop with no node on it
	pix  []image.Point
}

// length is the edge's length in pixels along its path.
func (e skelEdge) length() float64 {
	l := 0.0
	for i := 1; i < len(e.pix); i++ {
		l += math.Hypot(float64(e.pix[i].X-e.pix[i-1].X), float64(e.pix[i].Y-e.pix[i-1].Y))
	}
	return l
}

// buildGraph reads the graph of a thinned image.
func buildGraph(b *bitmap) skelGraph {
	var g skelGraph
	nodeOf := map[image.Point]int{}
	deg := func(p image.Point) int { _, n := b.neighbours(p.X, p.Y); return n }
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			p := image.Point{x, y}
			if !b.at(x, y) || deg(p) == 2 {
				continue
			}
			if _, ok := nodeOf[p]; ok {
				continue
			}
			k := len(g.nodes)
			nd := skelNode{pix: []image.Point{p}, end: deg(p) <= 1}
			nodeOf[p] = k
			if !nd.end { // gather the junction pixels touching this one
				for i := 0; i < len(nd.pix); i++ {
					for _, d := range ring {
						q := nd.pix[i].Add(d)
						if _, ok := nodeOf[q]; !ok && b.at(q.X, q.Y) && deg(q) >= 3 {
							nodeOf[q] = k
							nd.pix = append(nd.pix, q)
						}
					}
				}
			}
			for _, q := range nd.pix {
				nd.at = nd.at.add(vec{float64(q.X), float64(q.Y)})
			}
			nd.at = nd.at.mul(1 / float64(len(nd.pix)))
			g.nodes = append(g.nodes, nd)
		}
	}
	visited := map[image.Point]bool{}
	direct := map[[2]image.Point]bool{} // node pixel to node pixel edges, so each is read once
	walk := func(start, first image.Point, a int) {
		pix := []image.Point{start, first}
		prev, cur := start, first
		for {
			if k, ok := nodeOf[cur]; ok {
				if k != a || len(pix) > 4 { // not a pixel or two round a junction
					g.edges = append(g.edges, skelEdge{a, k, pix})
				}
				return
			}
			visited[cur] = true
			// A line pixel has two ink neighbours: go on to the other one.
			next, found := image.Point{}, false
			for _, d := range ring {
				if q := cur.Add(d); q != prev && b.at(q.X, q.Y) {
					next, found = q, true
					break
				}
			}
			if found && visited[next] {
				return // walked already from its other end
			}
			if !found {
				return
			}
			pix = append(pix, next)
			prev, cur = cur, next
		}
	}
	for k, nd := range g.nodes {
		for _, p := range nd.pix {
			for _, d := range ring {
				q := p.Add(d)
				if !b.at(q.X, q.Y) || visited[q] {
					continue
				}
				if j, ok := nodeOf[q]; ok {
					if j == k {
						continue
					}
					key := [2]image.Point{p, q}
					if direct[key] || direct[[2]image.Point{q, p}] {
						continue
					}
					direct[key] = true
					g.edges = append(g.edges, skelEdge{k, j, []image.Point{p, q}})
					continue
				}
				walk(p, q, k)
			}
		}
	}
	// Closed lines with no node on them: walk each from its top-left pixel.
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			p := image.Point{x, y}
			if !b.at(x, y) || visited[p] {
				continue
			}
			if _, ok := nodeOf[p]; ok {
				continue
			}
			pix := []image.Point{p}
			visited[p] = true
			prev, cur := p, p
			for {
				next, found := image.Point{}, false
				for _, d := range ring {
					q := cur.Add(d)
					if q != prev && b.at(q.X, q.Y) && (!visited[q] || q == p && len(pix) > 2) {
						next, found = q, true
						if q != p {
							break
						}
					}
				}
				if !found {
					break
				}
				pix = append(pix, next)
				if next == p {
					break
				}
				visited[next] = true
				prev, cur = cur, next
			}
			g.edges = append(g.edges, skelEdge{-1, -1, pix})
		}
	}
	return g
}

// pruneSpurs removes from a thinned image, over and over until none is
// left, the branches shorter than minLen that run from a line end to a
// junction: the hairs thinning grows at a corner or a blob. A line with
// two free ends is kept whatever its length.
func pruneSpurs(b *bitmap, minLen float64) {
	for {
		g := buildGraph(b)
		cut := false
		for _, e := range g.edges {
			if e.a < 0 || e.a == e.b {
				continue
			}
			ea, eb := g.nodes[e.a].end, g.nodes[e.b].end
			if ea == eb || e.length() >= minLen {
				continue
			}
			for _, p := range e.pix {
				if k := slices.IndexFunc(g.nodes, func(n skelNode) bool { return slices.Contains(n.pix, p) }); k >= 0 && !g.nodes[k].end {
					continue // keep the junction's pixels
				}
				b.set(p.X, p.Y, false)
			}
			cut = true
		}
		if !cut {
			return
		}
		thin(b) // a junction left with two branches may keep a corner pixel
	}
}

// penStrokes walks a skeleton graph as a pen: it starts at the free line
// end nearest the top left (or a junction some of whose lines are drawn
// already, leaving an odd number), follows the line, at a junction carries on
// along the branch that turns least (unless every branch turns back
// sharply), and lifts only when stuck; it starts again at the remaining
// line end nearest the top left (or, when only closed lines are left, at
// their top-left junction or pixel). The strokes are pixel paths.
func penStrokes(g skelGraph) [][]vec {
	left := make([]bool, len(g.edges))
	for i := range left {
		left[i] = true
	}
	remDeg := func(k int) int {
		d := 0
		for i, e := range g.edges {
			if left[i] {
				if e.a == k {
					d++
				}
				if e.b == k {
					d++
				}
			}
		}
		return d
	}
	topLeft := func(v vec) float64 { return v.Y + 0.5*v.X }
	toVec := func(p image.Point) vec { return vec{float64(p.X), float64(p.Y)} }
	// edgeFrom is edge i's pixels as walked from node k.
	edgeFrom := func(i, k int) []vec {
		e := g.edges[i]
		out := make([]vec, len(e.pix))
		for j, p := range e.pix {
			out[j] = toVec(p)
		}
		if e.a != k {
			slices.Reverse(out)
		}
		return out
	}
	// heading is the direction of the first reach pixels of a path.
	heading := func(p []vec, reach int) vec {
		q := p[min(reach, len(p)-1)].sub(p[0])
		return q.mul(1 / max(math.Hypot(q.X, q.Y), 1e-9))
	}
	var strokes [][]vec
	for {
		// Where to start: a node with an odd number of lines left (a line
		// end, or a junction whose other lines are drawn), else any node
		// with lines left, else a closed line with no node.
		start, best := -1, math.Inf(1)
		for _, odd := range []bool{true, false} {
			for k, nd := range g.nodes {
				if d := remDeg(k); d > 0 && (d%2 == 1) == odd && topLeft(nd.at) < best {
					start, best = k, topLeft(nd.at)
				}
			}
			if start >= 0 {
				break
			}
		}
		if start < 0 {
			for i, e := range g.edges {
				if left[i] && e.a < 0 {
					left[i] = false
					p := edgeFrom(i, -1)
					strokes = append(strokes, p)
				}
			}
			return strokes
		}
		var stroke []vec
		at := start
		var dir vec
		for {
			pick, score := -1, math.Inf(-1)
			for i, e := range g.edges {
				if !left[i] || e.a != at && e.b != at {
					continue
				}
				p := edgeFrom(i, at)
				h := heading(p, 8)
				s := h.X*dir.X + h.Y*dir.Y
				if len(stroke) == 0 {
					s = length(path(p)) // the first line: the longest
				}
				if s > score {
					pick, score = i, s
				}
			}
			if pick < 0 || len(stroke) > 0 && score < -0.7 {
				break
			}
			left[pick] = false
			p := edgeFrom(pick, at)
			stroke = append(stroke, p...)
			e := g.edges[pick]
			if e.a == at {
				at = e.b
			} else {
				at = e.a
			}
			rev := append([]vec(nil), p...)
			slices.Reverse(rev)
			dir = heading(rev, 8).mul(-1)
		}
		if at == start && len(stroke) > 2 {
			stroke = append(stroke, stroke[0]) // back where it began: closed
		}
		strokes = append(strokes, stroke)
	}
}

// skeletonStrokes turns a filled glyph into pen strokes in pixel
// coordinates: it fills slivers, thins, prunes spurs shorter than 0.8
// stroke widths (at least minSpur pixels; longer, the short arms of a
// heavy E or F went too), merges crossings split in two (contract),
// walks the centre line as a pen (penStrokes), puts a dot down as a
// short stroke, and smooths each stroke over about half a stroke's width,
// lengthening its free ends by half a width, where thinning shortened
// them. With sketched, it first closes the gaps narrower than half a
// stroke's width (see closeGaps): for a hand that draws every line twice,
// a little apart. Other faces are left as they are, since closing also
// fills the narrow counters of letters such as H, whose centre line would
// then be a ring. It also returns the stroke width it estimated.
func skeletonStrokes(b *bitmap, minSpur float64, sketched bool) ([][]vec, float64) {
	ink := b.count()
	fillSmallHoles(b, ink/40)
	// The stroke width, from a first thinning, sets how wide a gap is
	// closed before the second.
	if sketched {
		trial := &bitmap{b.w, b.h, append([]bool(nil), b.pix...)}
		thin(trial)
		width := float64(b.count()) / max(lineLength(trial), 1)
		closeGaps(b, min(int(width/4), glyphPadding-2))
		ink = b.count()
	}
	thin(b)
	width := float64(ink) / max(lineLength(b), 1)
	pruneSpurs(b, max(minSpur, 0.8*width))
	g := contract(buildGraph(b), width)
	strokes := penStrokes(g)
	// A dot (a blob that thins to a pixel or two) is put down as a
	// short stroke.
	for k, nd := range g.nodes {
		if len(nd.pix) > 0 && nd.end && !slices.ContainsFunc(g.edges, func(e skelEdge) bool { return e.a == k || e.b == k }) {
			strokes = append(strokes, []vec{nd.at.sub(vec{width / 4, 0}), nd.at.add(vec{width / 4, width / 8})})
		}
	}
	var out [][]vec
	for _, s := range strokes {
		if len(s) < 2 {
			continue
		}
		s = dedupe(s)
		closed := len(s) > 3 && s[0].dist(s[len(s)-1]) <= 1.5
		s = smoothPath(s, int(math.Round(width/2)), closed)
		if !closed {
			s = extendEnds(s, width/2)
		}
		out = append(out, s)
	}
	return out, width
}

// dedupe drops points equal to the one before.
func dedupe(p []vec) []vec {
	out := p[:1]
	for _, v := range p[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

// smoothPath averages each point with k points either side (round a
// closed path, its ends fixed on an open one), three times.
func smoothPath(p []vec, k int, closed bool) []vec {
	if k < 1 || len(p) < 3 {
		return p
	}
	n := len(p)
	if closed {
		p = p[:n-1] // the last point is the first
		n--
	}
	cur := append([]vec(nil), p...)
	for pass := 0; pass < 3; pass++ {
		next := make([]vec, n)
		for i := range cur {
			var s vec
			c := 0
			for j := i - k; j <= i+k; j++ {
				jj := j
				if closed {
					jj = (j%n + n) % n
				} else if j < 0 || j >= n {
					continue
				}
				s = s.add(cur[jj])
				c++
			}
			next[i] = s.mul(1 / float64(c))
		}
		if !closed {
			next[0], next[n-1] = cur[0], cur[n-1]
		}
		cur = next
	}
	if closed {
		cur = append(cur, cur[0])
	}
	return cur
}

// extendEnds lengthens an open path at both ends by d along its end
// directions.
func extendEnds(p []vec, d float64) []vec {
	if len(p) < 3 || d <= 0 {
		return p
	}
	ext := func(end, before vec) vec {
		u := end.sub(before)
		l := math.Hypot(u.X, u.Y)
		if l < 1e-9 {
			return end
		}
		return end.add(u.mul(d / l))
	}
	reach := min(len(p)-1, int(math.Ceil(d))+2)
	head := ext(p[0], p[reach])
	tail := ext(p[len(p)-1], p[len(p)-1-reach])
	out := append([]vec{head}, p...)
	return append(out, tail)
}

// contract merges junctions joined by an edge shorter than maxLen into
// one node: thinning splits a crossing of two thick lines into two
// junctions a little apart, and a pen crossing there goes straight on.
func contract(g skelGraph, maxLen float64) skelGraph {
	for {
		merged := false
		for i, e := range g.edges {
			if e.a < 0 || e.a == e.b || g.nodes[e.a].end || g.nodes[e.b].end || e.length() >= maxLen {
				continue
			}
			a, b := e.a, e.b
			na, nb := g.nodes[a], g.nodes[b]
			pix := append(append(append([]image.Point(nil), na.pix...), nb.pix...), e.pix...)
			var at vec
			for _, q := range pix {
				at = at.add(vec{float64(q.X), float64(q.Y)})
			}
			g.nodes[a] = skelNode{pix: pix, at: at.mul(1 / float64(len(pix)))}
			g.edges = slices.Delete(g.edges, i, i+1)
			for j := range g.edges {
				if g.edges[j].a == b {
					g.edges[j].a = a
				}
				if g.edges[j].b == b {
					g.edges[j].b = a
				}
			}
			// Node b is left with no edges; it stays, unused, so that node
			// indices keep their meaning.
			g.nodes[b] = skelNode{pix: nil, at: nb.at}
			merged = true
			break
		}
		if !merged {
			return g
		}
	}
}

// chamfer returns, for every pixel, its distance to the nearest pixel
// whose ink is not ink (outside the image counts as blank), in thirds of
// a pixel by the 3-4 chamfer metric; pixels that are not ink get 0.
func chamfer(b *bitmap, ink bool) []int {
	const far = 1 << 30
	d := make([]int, len(b.pix))
	for i, v := range b.pix {
		if v == ink {
			d[i] = far
		}
	}
	get := func(x, y int) int {
		if x < 0 || y < 0 || x >= b.w || y >= b.h {
			if ink {
				return 0 // outside is blank: ink's distance to it
			}
			return far
		}
		return d[y*b.w+x]
	}
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			if i := y*b.w + x; d[i] > 0 {
				d[i] = min(d[i], get(x-1, y)+3, get(x, y-1)+3, get(x-1, y-1)+4, get(x+1, y-1)+4)
			}
		}
	}
	for y := b.h - 1; y >= 0; y-- {
		for x := b.w - 1; x >= 0; x-- {
			if i := y*b.w + x; d[i] > 0 {
				d[i] = min(d[i], get(x+1, y)+3, get(x, y+1)+3, get(x+1, y+1)+4, get(x-1, y+1)+4)
			}
		}
	}
	return d
}

// closeGaps fills the gaps narrower than about 2r pixels between pieces
// of ink (a morphological closing with a disc of radius r): the slits
// between the two lines of a letter its hand went over twice, which
// would thin into two lines side by side.
func closeGaps(b *bitmap, r int) {
	if r < 1 {
		return
	}
	toInk := chamfer(b, false)
	for i, d := range toInk {
		if d <= 3*r {
			b.pix[i] = true
		}
	}
	toBlank := chamfer(b, true)
	for i, d := range toBlank {
		b.pix[i] = d > 3*r
	}
}

// lineLength is the length of a thinned image's lines: half the length
// of every link from a pixel to an ink neighbour (each link is counted
// from both ends), a diagonal link √2, so that ink area over it is the
// stroke width whichever way the strokes run.
func lineLength(b *bitmap) float64 {
	l := 0.0
	for y := 0; y < b.h; y++ {
		for x := 0; x < b.w; x++ {
			if !b.at(x, y) {
				continue
			}
			on, _ := b.neighbours(x, y)
			for i, v := range on {
				switch {
				case v && i%2 == 0:
					l += 0.5
				case v:
					l += 0.5 * math.Sqrt2
				}
			}
		}
	}
	return l
}
