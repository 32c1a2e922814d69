package pad

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// A test shape is a digit in glyph space (about 0.6 wide, 1 tall, y down):
// strokes as polylines whose vertices are kept exactly, with straight edges
// subdivided like mouse samples. Curves are polylines with many vertices.
type shape [][][2]float64

func ellipse(cx, cy, rx, ry, a0, a1 float64, n int) [][2]float64 {
	out := make([][2]float64, n+1)
	for i := range out {
		a := (a0 + (a1-a0)*float64(i)/float64(n)) * math.Pi / 180
		out[i] = [2]float64{cx + rx*math.Cos(a), cy + ry*math.Sin(a)}
	}
	return out
}

var (
	shapeSeven = shape{{{0, 0}, {0.6, 0}, {0.22, 1}}}
	shapeFour  = shape{
		{{0.44, 0}, {0, 0.66}, {0.62, 0.66}},
		{{0.44, 0}, {0.45, 1}},
	}
	// The zero's vertex count is set by draw, as a mouse samples a small
	// circle more coarsely (in glyph terms) than a big one.
	shapeZero = shape{nil}
)

// draw places s on the pad with height h centred on (cx, cy), a sample every
// step pad units, and jitter of up to ±0.4 units from a fixed seed: a person
// drawing the same digit at another size or place.
func draw(s shape, h, cx, cy, step float64) [][][2]float32 {
	rng := rand.New(rand.NewPCG(1, uint64(h)))
	if s[0] == nil { // the zero: an ellipse with vertices about step apart
		n := int(math.Ceil(math.Pi * h * 0.8 / step))
		s = shape{ellipse(0.3, 0.5, 0.3, 0.5, -90, -450, n)}
	}
	var out [][][2]float32
	for _, st := range s {
		var pts [][2]float32
		add := func(x, y float64) {
			pts = append(pts, [2]float32{
				float32(cx + (x-0.3)*h + (rng.Float64()-0.5)*0.8),
				float32(cy + (y-0.5)*h + (rng.Float64()-0.5)*0.8),
			})
		}
		add(st[0][0], st[0][1])
		for i := 1; i < len(st); i++ {
			a, b := st[i-1], st[i]
			n := max(1, int(math.Hypot(b[0]-a[0], b[1]-a[1])*h/step))
			for k := 1; k <= n; k++ {
				f := float64(k) / float64(n)
				add(a[0]+(b[0]-a[0])*f, a[1]+(b[1]-a[1])*f)
			}
		}
		out = append(out, pts)
	}
	return out
}

func mustDrawing(t testing.TB, strokes [][][2]float32) *Drawing {
	t.Helper()
	var d Drawing
	if err := d.AddStrokes(strokes); err != nil {
		t.Fatal(err)
	}
	return &d
}

// meanAbsDiff and cosine are the distances between two network images used
// to decide that two drawings "look alike" to the network.
func meanAbsDiff(a, b *[NetPixels]float32) float64 {
	var s float64
	for i := range a {
		s += math.Abs(float64(a[i] - b[i]))
	}
	return s / NetPixels
}

func cosine(a, b *[NetPixels]float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += float64(a[i]) * float64(b[i])
		aa += float64(a[i]) * float64(a[i])
		bb += float64(b[i]) * float64(b[i])
	}
	return ab / math.Sqrt(aa*bb)
}

// TestPreprocessInvariance draws the same digits at different sizes, places
// and sampling densities, and with different display pens, and checks that
// the network sees nearly the same image each time.
func TestPreprocessInvariance(t *testing.T) {
	shapes := []struct {
		name string
		s    shape
	}{{"seven", shapeSeven}, {"zero", shapeZero}, {"four", shapeFour}}
	variants := []struct {
		name            string
		h, cx, cy, step float64
		displayPen      float32
	}{
		{"thin-pen", 200, 140, 140, 8, 4},
		{"thick-pen", 200, 140, 140, 8, 40},
		{"off-centre", 120, 70, 200, 8, 16},
		{"tiny", 40, 225, 60, 5, 16},
		{"huge", 260, 140, 140, 14, 16},
	}
	refs := make([][NetPixels]float32, len(shapes))
	for i, sh := range shapes {
		ref := &refs[i]
		if !Preprocess(mustDrawing(t, draw(sh.s, 200, 140, 140, 8)), ref) {
			t.Fatalf("%s: reference not ok", sh.name)
		}
		checkMNISTFrame(t, sh.name, ref)
		for _, v := range variants {
			name := sh.name + "/" + v.name
			d := mustDrawing(t, draw(sh.s, v.h, v.cx, v.cy, v.step))
			// The display pen changes what the user sees but not what the
			// network sees: Preprocess has its own pen.
			screen := make([]float32, Size*Size)
			RenderPad(d, screen, Size, v.displayPen)
			var got [NetPixels]float32
			if !Preprocess(d, &got) {
				t.Errorf("%s: not ok", name)
				continue
			}
			checkMNISTFrame(t, name, &got)
			mad, cos := meanAbsDiff(ref, &got), cosine(ref, &got)
			t.Logf("%s: mean |diff| %.4f, cosine %.4f", name, mad, cos)
			if mad > 0.03 || cos < 0.97 {
				t.Errorf("%s: mean |diff| %.4f (want < 0.03), cosine %.4f (want > 0.97) against the reference", name, mad, cos)
			}
		}
	}
	// The distance must tell different digits apart, or the checks above
	// would prove nothing.
	for i := range refs {
		for j := range i {
			if mad, cos := meanAbsDiff(&refs[i], &refs[j]), cosine(&refs[i], &refs[j]); mad < 0.1 || cos > 0.7 {
				t.Errorf("%s and %s look alike: mean |diff| %.4f, cosine %.4f", shapes[i].name, shapes[j].name, mad, cos)
			} else {
				t.Logf("%s vs %s: mean |diff| %.4f, cosine %.4f", shapes[i].name, shapes[j].name, mad, cos)
			}
		}
	}
}

// TestPreprocessAspect checks that the longer side sets the scale: a tall
// thin 1 stays thin instead of being stretched into a square.
func TestPreprocessAspect(t *testing.T) {
	tests := []struct {
		name       string
		strokes    [][][2]float32
		minW, maxW int
		minH, maxH int
	}{
		{"vertical one", [][][2]float32{{{140, 40}, {140, 240}}}, 3, 4, 19, 20},
		{"slanted one", [][][2]float32{{{150, 40}, {130, 240}}}, 4, 6, 19, 20},
		{"horizontal dash", [][][2]float32{{{40, 140}, {240, 140}}}, 19, 20, 3, 4},
		{"wide zero", draw(shape{ellipse(0.3, 0.5, 0.9, 0.3, 0, 360, 60)}, 100, 140, 140, 8), 19, 20, 7, 10},
	}
	for _, tt := range tests {
		var img [NetPixels]float32
		if !Preprocess(mustDrawing(t, tt.strokes), &img) {
			t.Errorf("%s: not ok", tt.name)
			continue
		}
		w, h := inkBox(&img)
		if w < tt.minW || w > tt.maxW || h < tt.minH || h > tt.maxH {
			t.Errorf("%s: ink box %dx%d, want %d..%d x %d..%d", tt.name, w, h, tt.minW, tt.maxW, tt.minH, tt.maxH)
		}
		cx, cy, _ := centreOfMass(&img)
		if math.Abs(float64(cx-NetCentre)) > 0.05 || math.Abs(float64(cy-NetCentre)) > 0.05 {
			t.Errorf("%s: centre of mass (%.3f, %.3f)", tt.name, cx, cy)
		}
	}
}

func TestPreprocessTooSmall(t *testing.T) {
	tests := []struct {
		name    string
		strokes [][][2]float32
		ok      bool
	}{
		{"empty", nil, false},
		{"tap", [][][2]float32{{{100, 100}}}, false},
		{"tap held with jitter", [][][2]float32{{{100, 100}, {101, 100}, {101, 101.5}, {100, 101}}}, false},
		{"two taps close together", [][][2]float32{{{100, 100}}, {{106, 104}}}, false},
		{"scribble in a small box", [][][2]float32{{{100, 100}, {108, 100}, {100, 106}, {108, 106}, {100, 100}}}, true},
		{"two taps far apart", [][][2]float32{{{60, 100}}, {{200, 100}}}, true},
		{"short one", [][][2]float32{{{140, 120}, {140, 135}}}, true},
		{"short dash", [][][2]float32{{{130, 140}, {145, 140}}}, true},
		{"long one", [][][2]float32{{{140, 30}, {140, 250}}}, true},
	}
	for _, tt := range tests {
		d := mustDrawing(t, tt.strokes)
		var img [NetPixels]float32
		for i := range img {
			img[i] = 0.5 // must be overwritten either way
		}
		ok := Preprocess(d, &img)
		if ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v (ink %+v)", tt.name, ok, tt.ok, d.Ink())
		}
		if !ok && slices.ContainsFunc(img[:], func(v float32) bool { return v != 0 }) {
			t.Errorf("%s: not ok but the image is not all zeros", tt.name)
		}
	}
	var img [NetPixels]float32
	if Preprocess(nil, &img) {
		t.Error("nil drawing: ok")
	}
}

func TestInk(t *testing.T) {
	tests := []struct {
		name    string
		strokes [][][2]float32
		want    Ink
		small   bool
	}{
		{"empty", nil, Ink{}, true},
		{"dot", [][][2]float32{{{5, 6}}}, Ink{Point{5, 6}, Point{5, 6}, 0, 1}, true},
		{"L", [][][2]float32{{{10, 10}, {10, 40}, {50, 40}}}, Ink{Point{10, 10}, Point{50, 40}, 70, 3}, false},
		{"two strokes", [][][2]float32{{{0, 0}, {3, 4}}, {{280, 280}}}, Ink{Point{0, 0}, Point{280, 280}, 5, 3}, false},
	}
	for _, tt := range tests {
		in := mustDrawing(t, tt.strokes).Ink()
		if in != tt.want || in.TooSmall() != tt.small {
			t.Errorf("%s: Ink() = %+v, TooSmall %v; want %+v, %v", tt.name, in, in.TooSmall(), tt.want, tt.small)
		}
	}
}

func TestAddStrokes(t *testing.T) {
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	line := func(n int) [][2]float32 {
		s := make([][2]float32, n)
		for i := range s {
			s[i] = [2]float32{float32(i % Size), 100}
		}
		return s
	}
	tests := []struct {
		name    string
		strokes [][][2]float32
		want    error // nil for success
	}{
		{"good", [][][2]float32{{{10, 10}, {100, 200}}, {{50, 50}}}, nil},
		{"nothing", nil, nil},
		{"on the edges", [][][2]float32{{{0, 0}, {280, 280}}}, nil},
		{"slightly outside is clamped", [][][2]float32{{{-OutsideMargin, 10}, {Size + OutsideMargin, 10}}}, nil},
		{"NaN", [][][2]float32{{{10, 10}, {nan, 20}}}, ErrNotFinite},
		{"Inf", [][][2]float32{{{inf, 10}}}, ErrNotFinite},
		{"-Inf", [][][2]float32{{{10, -inf}}}, ErrNotFinite},
		{"far outside", [][][2]float32{{{10, 10}, {10, Size + OutsideMargin + 1}}}, ErrOutside},
		{"far negative", [][][2]float32{{{-1000, 10}}}, ErrOutside},
		{"empty stroke", [][][2]float32{{{10, 10}}, {}}, ErrEmptyStroke},
		{"too many strokes", slices.Repeat([][][2]float32{{{1, 1}}}, MaxStrokes+1), ErrTooManyStrokes},
		{"most strokes", slices.Repeat([][][2]float32{{{1, 1}}}, MaxStrokes), nil},
		{"too many points", [][][2]float32{line(MaxPoints / 2), line(MaxPoints/2 + 1)}, ErrTooManyPoints},
		{"most points", [][][2]float32{line(MaxPoints / 2), line(MaxPoints / 2)}, nil},
	}
	for _, tt := range tests {
		var d Drawing
		err := d.AddStrokes(tt.strokes)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
		if err != nil {
			if !d.Empty() || d.Version() != 0 {
				t.Errorf("%s: the drawing changed despite the error", tt.name)
			}
			continue
		}
		for _, s := range d.Strokes() {
			for _, p := range s {
				if p.X < 0 || p.X > Size || p.Y < 0 || p.Y > Size {
					t.Errorf("%s: stored point %v is off the pad", tt.name, p)
				}
			}
		}
	}
}

func TestAddStrokesLimitsCountExisting(t *testing.T) {
	var d Drawing
	if err := d.AddStrokes(slices.Repeat([][][2]float32{{{1, 1}}}, MaxStrokes)); err != nil {
		t.Fatal(err)
	}
	v := d.Version()
	if err := d.AddStrokes([][][2]float32{{{2, 2}}}); !errors.Is(err, ErrTooManyStrokes) {
		t.Errorf("stroke %d: error %v, want ErrTooManyStrokes", MaxStrokes+1, err)
	}
	d.BeginStroke(Point{3, 3})
	if n, _ := d.Len(); n != MaxStrokes || d.Version() != v {
		t.Errorf("BeginStroke on a full drawing: %d strokes, version %d -> %d", n, v, d.Version())
	}
}

func TestExportRoundTrip(t *testing.T) {
	in := [][][2]float32{{{10, 20}, {30, 40}, {30, 40}}, {{250.5, 7.25}}}
	d := mustDrawing(t, in)
	var back Drawing
	if err := back.AddStrokes(d.Export()); err != nil {
		t.Fatal(err)
	}
	if got := back.Export(); !slices.EqualFunc(got, in, slices.Equal) {
		t.Errorf("round trip: %v, want %v", got, in)
	}
	// Strokes is a copy: changing it leaves the drawing alone.
	s := d.Strokes()
	s[0][0] = Point{99, 99}
	if d.Strokes()[0][0] != (Point{10, 20}) {
		t.Error("changing the result of Strokes changed the drawing")
	}
}

// TestInteractive drives the drawing as the UI does, one call per input
// tick, and checks the ink and the Version after each step.
func TestInteractive(t *testing.T) {
	nan := float32(math.NaN())
	type step struct {
		op      string // begin, extend, end, clear
		p       Point
		strokes int
		points  int
		changed bool
	}
	steps := []step{
		{"end", Point{}, 0, 0, false},
		{"clear", Point{}, 0, 0, false},
		{"begin", Point{10, 10}, 1, 1, true},
		{"extend", Point{10, 10}, 1, 1, false}, // pointer held still
		{"extend", Point{50, 60}, 1, 2, true},
		{"extend", Point{nan, 60}, 1, 2, false},
		{"extend", Point{400, -20}, 1, 3, true},  // dragged off the pad: clamped
		{"extend", Point{500, -90}, 1, 3, false}, // still clamped to the same corner
		{"end", Point{}, 1, 3, false},
		{"extend", Point{100, 100}, 2, 4, true}, // missed press: starts a stroke
		{"begin", Point{120, 100}, 3, 5, true},  // new press ends the open stroke
		{"begin", Point{float32(math.Inf(-1)), 0}, 3, 5, false},
		{"extend", Point{130, 100}, 4, 6, true}, // the failed begin left no stroke open
		{"clear", Point{}, 0, 0, true},
		{"clear", Point{}, 0, 0, false},
	}
	var d Drawing
	for i, s := range steps {
		v := d.Version()
		switch s.op {
		case "begin":
			d.BeginStroke(s.p)
		case "extend":
			d.ExtendStroke(s.p)
		case "end":
			d.EndStroke()
		case "clear":
			d.Clear()
		}
		strokes, points := d.Len()
		if strokes != s.strokes || points != s.points || (d.Version() != v) != s.changed || d.Empty() != (points == 0) {
			t.Errorf("step %d %s %v: %d strokes, %d points, version %d -> %d; want %d, %d, changed %v",
				i, s.op, s.p, strokes, points, v, d.Version(), s.strokes, s.points, s.changed)
		}
	}
	d.BeginStroke(Point{1, 2})
	d.ExtendStroke(Point{400, -20})
	if got, want := d.Strokes(), []Stroke{{{1, 2}, {280, 0}}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("strokes %v, want %v", got, want)
	}
}

// TestRenderPadJoinsSparseSamples checks that points sampled far apart, as a
// fast mouse gives them, render as a continuous line.
func TestRenderPadJoinsSparseSamples(t *testing.T) {
	tests := []struct {
		name string
		a, b Point
	}{
		{"horizontal", Point{40, 140}, Point{240, 140}},
		{"vertical", Point{140, 40}, Point{140, 240}},
		{"diagonal", Point{40, 40}, Point{181.4, 181.4}},
	}
	for _, tt := range tests {
		var d Drawing
		d.BeginStroke(tt.a)
		d.ExtendStroke(tt.b)
		img := make([]float32, Size*Size)
		RenderPad(&d, img, Size, 8)
		// Walk along the segment in half-pixel steps: every sample is ink.
		n := int(math.Hypot(float64(tt.b.X-tt.a.X), float64(tt.b.Y-tt.a.Y))) * 2
		for k := 0; k <= n; k++ {
			f := float32(k) / float32(n)
			x := int(tt.a.X + (tt.b.X-tt.a.X)*f)
			y := int(tt.a.Y + (tt.b.Y-tt.a.Y)*f)
			if v := img[y*Size+x]; v < 1 {
				t.Fatalf("%s: gap at (%d, %d): %v", tt.name, x, y, v)
			}
		}
	}
}

// TestRenderPadCoverage checks the rasterizer against a direct float64
// computation of each pixel's distance to a stroke: pixels well inside the
// pen are exactly 1, pixels beyond the anti-aliased fringe exactly 0, and the
// fringe in between.
func TestRenderPadCoverage(t *testing.T) {
	tests := []struct {
		name    string
		strokes [][][2]float32
		side    int
		pen     float32
	}{
		{"polyline at display size", [][][2]float32{{{30, 50}, {200, 70}, {120, 250}}}, Size, 12},
		{"dot and line at half size", [][][2]float32{{{60, 60}}, {{100, 200}, {260, 130}}}, 140, 20},
		{"thin pen", [][][2]float32{{{20, 20}, {250, 170}}}, Size, 1.5},
	}
	for _, tt := range tests {
		d := mustDrawing(t, tt.strokes)
		img := make([]float32, tt.side*tt.side)
		RenderPad(d, img, tt.side, tt.pen)
		k := float64(tt.side) / Size
		r := float64(tt.pen) * k / 2
		for y := 0; y < tt.side; y++ {
			for x := 0; x < tt.side; x++ {
				// Pixel centre in pad units.
				px, py := (float64(x)+0.5)/k, (float64(y)+0.5)/k
				dist := math.Inf(1)
				for _, s := range tt.strokes {
					for i := range s {
						a, b := s[max(i-1, 0)], s[i]
						dist = min(dist, segDist(px, py, a, b)*k)
					}
				}
				v := img[y*tt.side+x]
				switch {
				case dist > r+0.5+1e-3 && v != 0:
					t.Fatalf("%s: pixel (%d, %d) at distance %.3f is %v, want exactly 0", tt.name, x, y, dist, v)
				case dist < r-0.5-1e-3 && v != 1:
					t.Fatalf("%s: pixel (%d, %d) at distance %.3f is %v, want exactly 1", tt.name, x, y, dist, v)
				case math.Abs(float64(v)-min(max(r-dist+0.5, 0), 1)) > 0.01:
					t.Fatalf("%s: pixel (%d, %d) at distance %.3f is %v, want %.3f", tt.name, x, y, dist, v, r-dist+0.5)
				}
			}
		}
	}
}

func segDist(px, py float64, a, b [2]float32) float64 {
	ax, ay, bx, by := float64(a[0]), float64(a[1]), float64(b[0]), float64(b[1])
	dx, dy := bx-ax, by-ay
	f := 0.0
	if l2 := dx*dx + dy*dy; l2 > 0 {
		f = min(max(((px-ax)*dx+(py-ay)*dy)/l2, 0), 1)
	}
	return math.Hypot(px-ax-f*dx, py-ay-f*dy)
}

func TestRenderPadDefaults(t *testing.T) {
	d := mustDrawing(t, [][][2]float32{{{40, 140}, {240, 140}}})
	want := make([]float32, 56*56)
	RenderPad(d, want, 56, DefaultPenWidth)
	for _, pen := range []float32{0, -3, float32(math.NaN()), float32(math.Inf(1))} {
		got := make([]float32, 56*56)
		RenderPad(d, got, 56, pen)
		if !slices.Equal(got, want) {
			t.Errorf("pen %v did not fall back to DefaultPenWidth", pen)
		}
	}
	// A nil drawing clears dst.
	img := slices.Repeat([]float32{0.7}, 16)
	RenderPad(nil, img, 4, 0)
	if slices.ContainsFunc(img, func(v float32) bool { return v != 0 }) {
		t.Error("nil drawing did not render as empty")
	}
}

func TestRenderPadPanicsOnShortDst(t *testing.T) {
	for _, tt := range []struct {
		side, n int
	}{{0, 0}, {-1, 10}, {10, 99}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("side %d with %d values: no panic", tt.side, tt.n)
				}
			}()
			RenderPad(&Drawing{}, make([]float32, tt.n), tt.side, 1)
		}()
	}
}

// TestPreprocessBackground checks that the network input has exact zeros
// wherever there is no ink, and no faint values below MNIST's resolution.
func TestPreprocessBackground(t *testing.T) {
	for _, strokes := range [][][][2]float32{
		draw(shapeSeven, 200, 140, 140, 8),
		draw(shapeZero, 40, 225, 60, 5),
	} {
		var img [NetPixels]float32
		Preprocess(mustDrawing(t, strokes), &img)
		zeros := 0
		for i, v := range img {
			if v != 0 && v < minLevel {
				t.Errorf("pixel %d is %v, below %v but not 0", i, v, minLevel)
			}
			if v == 0 {
				zeros++
			}
		}
		if zeros < NetPixels/2 {
			t.Errorf("only %d zero pixels", zeros)
		}
		for _, i := range []int{0, NetSide - 1, NetPixels - NetSide, NetPixels - 1} {
			if img[i] != 0 {
				t.Errorf("corner pixel %d is %v", i, img[i])
			}
		}
	}
}

func TestPreprocessDoesNotAllocate(t *testing.T) {
	d := mustDrawing(t, draw(shapeFour, 200, 140, 140, 8))
	var img [NetPixels]float32
	var p Preprocessor
	if n := testing.AllocsPerRun(100, func() { p.Preprocess(d, &img) }); n != 0 {
		t.Errorf("Preprocessor.Preprocess allocates %v times per call", n)
	}
}

func BenchmarkPreprocess(b *testing.B) {
	for _, tt := range []struct {
		name    string
		strokes [][][2]float32
	}{
		{"seven", draw(shapeSeven, 200, 140, 140, 8)},
		{"testdata", nil},
	} {
		b.Run(tt.name, func(b *testing.B) {
			var ds []*Drawing
			if tt.strokes != nil {
				ds = append(ds, mustDrawing(b, tt.strokes))
			} else {
				for _, d := range loadDigits(b) {
					ds = append(ds, mustDrawing(b, d.Strokes))
				}
			}
			var img [NetPixels]float32
			var p Preprocessor // as the pad preprocesses: its memory kept
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				p.Preprocess(ds[i%len(ds)], &img)
				i++
			}
		})
	}
}

func BenchmarkRenderPad(b *testing.B) {
	d := mustDrawing(b, draw(shapeZero, 200, 140, 140, 8))
	img := make([]float32, Size*Size)
	b.ReportAllocs()
	for b.Loop() {
		RenderPad(d, img, Size, DefaultPenWidth)
	}
}
