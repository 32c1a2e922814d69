package pad

import (
	"math"
	"testing"
)

// ring is a closed stroke around an ellipse centred at (cx, cy), turning
// turns times (clockwise on screen for turns > 0).
func ring(cx, cy, rx, ry, turns float64) [][2]float32 {
	n := int(math.Abs(turns) * 64)
	s := make([][2]float32, n+1)
	for i := range s {
		a := 2 * math.Pi * turns * float64(i) / float64(n)
		s[i] = [2]float32{float32(cx + rx*math.Cos(a)), float32(cy + ry*math.Sin(a))}
	}
	return s
}

// band is the closed contour of a band w either side of the polyline p,
// with square ends: what a person traces around one stroke of a thick
// letter.
func band(p [][2]float32, w float64) [][2]float32 {
	left := make([][2]float32, len(p))
	right := make([][2]float32, len(p))
	for i := range p {
		a, b := p[max(i-1, 0)], p[min(i+1, len(p)-1)]
		dx, dy := float64(b[0]-a[0]), float64(b[1]-a[1])
		l := math.Hypot(dx, dy)
		nx, ny := -dy/l*w, dx/l*w
		left[i] = [2]float32{p[i][0] + float32(nx), p[i][1] + float32(ny)}
		right[len(p)-1-i] = [2]float32{p[i][0] - float32(nx), p[i][1] - float32(ny)}
	}
	out := append(left, right...)
	return append(out, left[0])
}

// The centrelines of a few digits, about 200 pad units tall, and their
// outlines with a band 14 units either side (7% of the height, as thick
// as a bold letter's strokes).
var (
	oneCentre   = [][][2]float32{{{100, 70}, {140, 40}, {140, 240}}, {{100, 240}, {180, 240}}}
	sevenCentre = [][][2]float32{{{70, 40}, {200, 40}, {120, 240}}}
	eightCentre = [][][2]float32{ring(140, 90, 50, 50, 1), ring(140, 190, 55, 50, 1)}
	zeroCentre  = [][][2]float32{ring(140, 140, 60, 100, 1)}
)

const bandHalf = 14

func outlined(centre [][][2]float32) [][][2]float32 { return outlinedBy(centre, bandHalf) }

func outlinedBy(centre [][][2]float32, w float64) [][][2]float32 {
	var out [][][2]float32
	for _, s := range centre {
		out = append(out, band(s, w))
	}
	return out
}

func outlinedRings(rings [][4]float64) [][][2]float32 { return outlinedRingsBy(rings, bandHalf) }

func outlinedRingsBy(rings [][4]float64, w float64) [][][2]float32 {
	var out [][][2]float32
	for _, r := range rings {
		out = append(out, ring(r[0], r[1], r[2]+w, r[3]+w, 1), ring(r[0], r[1], r[2]-w, r[3]-w, -1))
	}
	return out
}

// figureEight is one closed stroke round two loops, winding opposite ways.
func figureEight(cx, cy, r float64) [][2]float32 {
	var s [][2]float32
	for i := 0; i <= 128; i++ {
		a := 2 * math.Pi * float64(i) / 128
		// A lemniscate stood upright: x = r sin(2a)/2, y = 2r sin(a).
		s = append(s, [2]float32{float32(cx + r*math.Sin(2*a)/2), float32(cy + 2*r*math.Sin(a))})
	}
	return s
}

// TestOutlineMeasure checks which drawings outline.measure takes for the
// contour of a thick letter: outlined ones, whatever way their contours
// run, and none of the plain ones that also close their strokes (a 0, an
// 8, a line gone over and back) or leave them open.
func TestOutlineMeasure(t *testing.T) {
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    bool
	}{
		{"outlined 1 with flag and base", outlined(oneCentre), true},
		{"outlined 7", outlined(sevenCentre), true},
		{"outlined 0: outer and inner contour", outlinedRings([][4]float64{{140, 140, 60, 100}}), true},
		{"outlined 8: two rings of two contours", outlinedRings([][4]float64{{140, 90, 50, 50}, {140, 190, 55, 50}}), true},
		{"bold outlined 7", outlinedBy(sevenCentre, 26), true},
		{"bold outlined 0", outlinedRingsBy([][4]float64{{140, 140, 60, 100}}, 26), true},
		{"plain 8 in one stroke, a figure eight", [][][2]float32{figureEight(140, 140, 50)}, false},
		{"plain 8 in one stroke, an hourglass", [][][2]float32{{{90, 40}, {190, 40}, {90, 240}, {190, 240}, {90, 40}}}, false},
		{"plain 0", zeroCentre, false},
		{"plain narrow 0", [][][2]float32{ring(140, 140, 30, 100, 1)}, false},
		{"plain 8 of two circles", eightCentre, false},
		{"plain 7", sevenCentre, false},
		{"1 drawn down and back up", [][][2]float32{{{140, 40}, {140, 240}, {142, 40}}}, false},
		// The outline of a plain stick is a thin closed loop, as a narrow 0
		// is: left as it is drawn.
		{"outlined stick 1", outlined([][][2]float32{{{140, 40}, {140, 240}}}), false},
	} {
		var o outline
		d := mustDrawing(t, tc.strokes)
		o.measure(d, d.Ink())
		if o.fill != tc.want {
			t.Errorf("%s: fill %v, want %v (closed share %.2f, thickness %.3f, inscribed %.3f, solidity %.2f)",
				tc.name, o.fill, tc.want, o.share, o.thickness, o.inscribed, o.solidity)
		}
	}
}

// TestOutlineFill checks the region fillClosed fills on a pixel grid: a
// ring's band but not its hole, whichever way the contours run, and all
// of a loop gone round twice (a stroke fills what it winds around), of
// two bands where they cross, and of an island inside a hole.
func TestOutlineFill(t *testing.T) {
	const side = 28
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		in, out [][2]int // pixels that must be filled, and must not be
	}{
		{"ring", [][][2]float32{ring(14, 14, 10, 10, 1), ring(14, 14, 6, 6, -1)}, [][2]int{{14, 6}, {6, 14}, {22, 14}}, [][2]int{{14, 14}, {1, 1}, {14, 2}}},
		{"ring, both contours the same way", [][][2]float32{ring(14, 14, 10, 10, 1), ring(14, 14, 6, 6, 1)}, [][2]int{{14, 6}, {6, 14}}, [][2]int{{14, 14}, {1, 1}}},
		{"loop gone round twice", [][][2]float32{ring(14, 14, 10, 10, 2)}, [][2]int{{14, 14}, {14, 6}}, [][2]int{{1, 1}, {14, 2}}},
		{"two loops apart", [][][2]float32{ring(8, 8, 5, 5, 1), ring(20, 20, 5, 5, -1)}, [][2]int{{8, 8}, {20, 20}}, [][2]int{{8, 20}, {20, 8}}},
		{"two bands across each other", [][][2]float32{band([][2]float32{{4, 14}, {24, 14}}, 2), band([][2]float32{{14, 4}, {14, 24}}, 2)}, [][2]int{{14, 14}, {6, 14}, {14, 6}}, [][2]int{{6, 6}, {20, 20}}},
		{"island in a ring's hole", [][][2]float32{ring(14, 14, 12, 12, 1), ring(14, 14, 8, 8, 1), ring(14, 14, 3, 3, 1)}, [][2]int{{14, 3}, {14, 14}}, [][2]int{{14, 8}, {1, 1}}},
	} {
		d := mustDrawing(t, tc.strokes)
		o := outline{closed: make([]bool, len(tc.strokes)), fill: true}
		for i := range o.closed {
			o.closed[i] = true
		}
		o.findHoles(d.strokes)
		dst := make([]float32, side*side)
		o.fillClosed(d.strokes, dst, side, transform{scale: 1})
		for _, p := range tc.in {
			if dst[p[1]*side+p[0]] != 1 {
				t.Errorf("%s: pixel %v not filled", tc.name, p)
			}
		}
		for _, p := range tc.out {
			if dst[p[1]*side+p[0]] != 0 {
				t.Errorf("%s: pixel %v filled", tc.name, p)
			}
		}
	}
}

// TestOutlinedReadsAsSolid checks that the views Reader draws of an
// outlined digit look like the same digit drawn with one stroke along the
// middle of each band (the letter the outline is of), more than the
// contours drawn as lines do: cosine similarity of the upright views.
func TestOutlinedReadsAsSolid(t *testing.T) {
	for _, tc := range []struct {
		name             string
		outline, centres [][][2]float32
	}{
		{"1", outlined(oneCentre), oneCentre},
		{"7", outlined(sevenCentre), sevenCentre},
		{"8", outlinedRings([][4]float64{{140, 90, 50, 50}, {140, 190, 55, 50}}), eightCentre},
		{"0", outlinedRings([][4]float64{{140, 140, 60, 100}}), zeroCentre},
	} {
		var solid, filled, lines [NetPixels]float32
		preprocess(mustDrawing(t, tc.centres), &solid, NetPenWidth, nil)
		d := mustDrawing(t, tc.outline)
		var o outline
		o.measure(d, d.Ink())
		preprocess(d, &filled, ViewPenWidth, &o)
		preprocess(d, &lines, ViewPenWidth, nil)
		f, l := cosine(&solid, &filled), cosine(&solid, &lines)
		if f < 0.92 || f < l+0.05 {
			t.Errorf("outlined %s: filled view %.3f like the solid digit, drawn as lines %.3f; want at least 0.92 and 0.05 more", tc.name, f, l)
		}
	}
}

// TestPreprocessFillsOutlines checks that Preprocess's image, the one the
// verdict, the evidence and the pad's preview use, is filled as Reader's
// views are: an outlined digit comes out close to the solid one and closer
// than its contours drawn as lines, and a plain digit comes out as before.
func TestPreprocessFillsOutlines(t *testing.T) {
	for _, tc := range []struct {
		name           string
		drawn, centres [][][2]float32
		filled         bool
	}{
		{"outlined 1", outlined(oneCentre), oneCentre, true},
		{"outlined 7", outlined(sevenCentre), sevenCentre, true},
		{"outlined 0", outlinedRings([][4]float64{{140, 140, 60, 100}}), zeroCentre, true},
		{"plain 8", eightCentre, eightCentre, false},
		{"plain 7", sevenCentre, sevenCentre, false},
	} {
		var solid, got, lines [NetPixels]float32
		preprocess(mustDrawing(t, tc.centres), &solid, NetPenWidth, nil)
		d := mustDrawing(t, tc.drawn)
		var p Preprocessor
		if !p.Preprocess(d, &got) {
			t.Fatalf("%s: Preprocess found nothing to read", tc.name)
		}
		if p.out.fill != tc.filled {
			t.Errorf("%s: filled %v, want %v", tc.name, p.out.fill, tc.filled)
		}
		preprocess(d, &lines, NetPenWidth, nil)
		f, l := cosine(&solid, &got), cosine(&solid, &lines)
		switch {
		case tc.filled && (f < 0.92 || f < l+0.05):
			t.Errorf("%s: image %.3f like the solid digit, drawn as lines %.3f; want at least 0.92 and 0.05 more", tc.name, f, l)
		case !tc.filled && got != lines:
			t.Errorf("%s: a drawing that is no outline is not drawn as lines", tc.name)
		}
		var again [NetPixels]float32
		if !Preprocess(d, &again) || again != got {
			t.Errorf("%s: the package's Preprocess and a Preprocessor's differ", tc.name)
		}
		if n := testing.AllocsPerRun(20, func() { p.Preprocess(d, &got) }); n != 0 {
			t.Errorf("%s: Preprocessor.Preprocess allocates %v times per call", tc.name, n)
		}
	}
}
