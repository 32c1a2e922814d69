package drawset

import (
	"math"
	"slices"
	"testing"
)

// paint returns a w*h bitmap whose ink is where in says.
func paint(w, h int, in func(x, y float64) bool) *bitmap {
	b := newBitmap(w, h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			b.set(x, y, in(float64(x)+0.5, float64(y)+0.5))
		}
	}
	return b
}

// nearSegment is whether (x, y) is within r of the segment from a to b.
func nearSegment(x, y float64, a, b vec, r float64) bool {
	p, d := vec{x, y}, b.sub(a)
	t := max(0, min(1, ((p.X-a.X)*d.X+(p.Y-a.Y)*d.Y)/(d.X*d.X+d.Y*d.Y)))
	return p.dist(a.add(d.mul(t))) <= r
}

// TestSkeletonStrokes checks the tracer on shapes of known strokes: how
// many strokes it makes, which are closed, that none is a hair shorter
// than the spur limit, and that the strokes run along the shape's centre
// line and cover it end to end.
func TestSkeletonStrokes(t *testing.T) {
	const r = 7 // half the stroke width
	seg := func(ax, ay, bx, by float64) func(x, y float64) bool {
		return func(x, y float64) bool { return nearSegment(x, y, vec{ax, ay}, vec{bx, by}, r) }
	}
	union := func(fs ...func(x, y float64) bool) func(x, y float64) bool {
		return func(x, y float64) bool {
			return slices.ContainsFunc(fs, func(f func(x, y float64) bool) bool { return f(x, y) })
		}
	}
	ring := func(x, y float64) bool { d := math.Hypot(x-80, y-80); return d > 50-r && d < 50+r }
	for _, tc := range []struct {
		name          string
		in            func(x, y float64) bool
		strokes       [2]int // least and most
		closed        int    // how many strokes are closed; -1: not checked
		centre        []vec  // points the strokes must pass near
		maxFromCentre float64
	}{
		{"ring", ring, [2]int{1, 1}, 1, []vec{{30, 80}, {130, 80}, {80, 30}, {80, 130}}, 3},
		{"bar", seg(30, 80, 130, 80), [2]int{1, 1}, 0, []vec{{30, 80}, {80, 80}, {130, 80}}, 3},
		{"T", union(seg(30, 30, 130, 30), seg(80, 30, 80, 140)), [2]int{1, 2}, 0, []vec{{30, 30}, {130, 30}, {80, 140}, {80, 90}}, 4},
		{"X", union(seg(30, 30, 130, 130), seg(130, 30, 30, 130)), [2]int{2, 2}, 0, []vec{{30, 30}, {130, 130}, {130, 30}, {30, 130}}, 4},
		{"L", union(seg(40, 30, 40, 130), seg(40, 130, 120, 130)), [2]int{1, 1}, 0, []vec{{40, 30}, {120, 130}}, 4},
		{"6: a ring with a tail", union(ring, seg(35, 60, 100, 0+r)), [2]int{1, 1}, 0, []vec{{100, r}, {80, 130}, {130, 80}}, 4},
		{"8: two rings", func(x, y float64) bool {
			d1, d2 := math.Hypot(x-80, y-55), math.Hypot(x-80, y-135)
			return d1 > 40-r && d1 < 40+r || d2 > 40-r && d2 < 40+r
		}, [2]int{1, 2}, -1, []vec{{80, 15}, {80, 175}, {40, 55}, {120, 135}}, 4},
	} {
		b := paint(170, 190, tc.in)
		strokes, width := skeletonStrokes(b, handMinSpur, false)
		if width < 1.8*r || width > 2.6*r { // ink past a line's ends makes it read a little wide
			t.Errorf("%s: width %.1f, want about %d", tc.name, width, 2*r)
		}
		if n := len(strokes); n < tc.strokes[0] || n > tc.strokes[1] {
			t.Errorf("%s: %d strokes, want %d to %d", tc.name, n, tc.strokes[0], tc.strokes[1])
		}
		closed := 0
		for _, s := range strokes {
			if s[0].dist(s[len(s)-1]) < 2 {
				closed++
			}
			if l := length(path(s)); l < max(handMinSpur, 0.8*width) {
				t.Errorf("%s: a stroke %.1f long, shorter than the spur limit", tc.name, l)
			}
			for _, v := range s {
				if !tc.in(v.X, v.Y) && !nearInk(tc.in, v, r) {
					t.Errorf("%s: stroke point %v is off the ink", tc.name, v)
					break
				}
			}
		}
		if tc.closed >= 0 && closed != tc.closed {
			for _, s := range strokes {
				t.Logf("%s: stroke from %v to %v, %d points", tc.name, s[0], s[len(s)-1], len(s))
			}
			t.Errorf("%s: %d closed strokes, want %d", tc.name, closed, tc.closed)
		}
		for _, c := range tc.centre {
			best := math.Inf(1)
			for _, s := range strokes {
				for i := 1; i < len(s); i++ {
					if nearSegment(c.X, c.Y, s[i-1], s[i], best) {
						best = distToSegment(c, s[i-1], s[i])
					}
				}
			}
			if best > tc.maxFromCentre+float64(r)/2 {
				t.Errorf("%s: no stroke passes within %.0f of %v (nearest %.1f)", tc.name, tc.maxFromCentre+float64(r)/2, c, best)
			}
		}
	}
}

// nearInk is whether v is within d of in's ink (ends lengthened past the
// ink by half a width are still on the stroke).
func nearInk(in func(x, y float64) bool, v vec, d float64) bool {
	for a := 0.0; a < 2*math.Pi; a += math.Pi / 8 {
		if in(v.X+d*math.Cos(a), v.Y+d*math.Sin(a)) {
			return true
		}
	}
	return false
}

func distToSegment(p, a, b vec) float64 {
	d := b.sub(a)
	l2 := d.X*d.X + d.Y*d.Y
	if l2 == 0 {
		return p.dist(a)
	}
	t := max(0, min(1, ((p.X-a.X)*d.X+(p.Y-a.Y)*d.Y)/l2))
	return p.dist(a.add(d.mul(t)))
}

// TestPruneSpurs checks that a short hair on a line is cut and a long
// branch kept.
func TestPruneSpurs(t *testing.T) {
	for _, tc := range []struct {
		name    string
		branch  float64 // length of the branch off the line's middle
		minLen  float64
		strokes int
	}{
		{"hair cut", 5, 10, 1},
		{"branch kept", 40, 10, 2},
	} {
		b := newBitmap(120, 80)
		for x := 10; x < 110; x++ {
			b.set(x, 20, true)
		}
		for y := 21; y <= 20+int(tc.branch); y++ {
			b.set(60, y, true)
		}
		pruneSpurs(b, tc.minLen)
		if got := len(penStrokes(buildGraph(b))); got != tc.strokes {
			t.Errorf("%s: %d strokes, want %d", tc.name, got, tc.strokes)
		}
	}
}

// TestCloseGaps checks that closing fills a slit narrower than twice its
// radius and leaves a wider one.
func TestCloseGaps(t *testing.T) {
	for _, tc := range []struct {
		gap    int
		closed bool
	}{{2, true}, {4, true}, {14, false}} {
		b := paint(80, 60, func(x, y float64) bool {
			return y > 15 && y < 45 && x > 15 && x < 65 && !(x > 40 && x < 40+float64(tc.gap))
		})
		closeGaps(b, 3)
		if got := b.at(40+tc.gap/2, 30); got != tc.closed {
			t.Errorf("gap %d: filled %v, want %v", tc.gap, got, tc.closed)
		}
		if b.at(5, 5) || !b.at(20, 20) {
			t.Errorf("gap %d: closing moved the shape's outside", tc.gap)
		}
	}
}
