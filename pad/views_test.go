package pad

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"

	"digitlab/internal/testnet"
	"digitlab/nn"
)

// TestReaderRead checks what Read gives on the drawings of testdata and
// on ones with nothing to read: probabilities that sum to 1, the most
// probable class as the answer, and the drawing left as it was.
func TestReaderRead(t *testing.T) {
	net, err := nn.NewNetwork(nn.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var r Reader
	var probs [nn.Classes]float32
	for _, d := range loadDigits(t) {
		dr := mustDrawing(t, d.Strokes)
		before := dr.Export()
		k := r.Read(net, dr, &probs)
		var sum float32
		for j, p := range probs {
			sum += p
			if p > probs[k] {
				t.Errorf("%d %s: answer %d (%.3f) but class %d has %.3f", d.Label, d.Style, k, probs[k], j, p)
			}
		}
		if math.Abs(float64(sum)-1) > 1e-5 {
			t.Errorf("%d %s: probabilities sum to %v", d.Label, d.Style, sum)
		}
		if !reflect.DeepEqual(dr.Export(), before) {
			t.Fatalf("%d %s: Read changed the drawing", d.Label, d.Style)
		}
	}
	// The answer is the mean over the views, each of the drawing sheared
	// upright by its slant and drawn with the views' pen.
	d := mustDrawing(t, loadDigits(t)[0].Strokes)
	var want [nn.Classes]float64
	var img [NetPixels]float32
	preprocess(d, &img, ViewPenWidth, nil)
	slant := slantOf(&img)
	if slant == 0 || math.Abs(float64(slant)) > maxSlant {
		t.Fatalf("the first drawing's slant is %v: pick one that leans a little", slant)
	}
	for _, v := range readViews {
		var p [nn.Classes]float32
		var vr Reader
		vr.transform(d, d.Ink(), v.upright(slant))
		preprocess(&vr.view, &img, ViewPenWidth, nil)
		net.Predict(img[:], p[:])
		for k := range p {
			want[k] += float64(p[k]) / float64(NumViews)
		}
	}
	r.Read(net, d, &probs)
	for k := range probs {
		if math.Abs(float64(probs[k])-want[k]) > 1e-6 {
			t.Errorf("class %d: %v, want the views' mean %v", k, probs[k], want[k])
		}
	}
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
	}{
		{"empty", nil},
		{"dot", [][][2]float32{{{100, 100}, {102, 101}}}},
	} {
		if k := r.Read(net, mustDrawing(t, tc.strokes), &probs); k != -1 || probs != [nn.Classes]float32{} {
			t.Errorf("%s: answer %d with %v, want -1 and zeros", tc.name, k, probs)
		}
	}
}

// TestPenWidths checks the images preprocess draws with Preprocess's pen
// and with the views' thinner one: both in MNIST's frame (centred, the ink
// spanning NetInkBox), with strokes as wide as the pen, measured as
// TestDigitsLookLikeMNIST measures them (round caps and corners make the
// measure a little less than the pen).
func TestPenWidths(t *testing.T) {
	ds := loadDigits(t)
	for _, pen := range []float32{NetPenWidth, ViewPenWidth} {
		var widths []float64
		for _, d := range ds {
			var img [NetPixels]float32
			if !preprocess(mustDrawing(t, d.Strokes), &img, pen, nil) {
				t.Fatalf("pen %v, %d %s: nothing drawn", pen, d.Label, d.Style)
			}
			checkMNISTFrame(t, fmt.Sprintf("pen %v, %d %s", pen, d.Label, d.Style), &img)
			w, _, _ := strokeStats(&img)
			widths = append(widths, w)
		}
		slices.Sort(widths)
		if m := widths[len(widths)/2]; m < float64(pen)-0.2 || m > float64(pen) {
			t.Errorf("pen %v: median stroke width %.2f, want %.1f to %.1f", pen, m, pen-0.2, pen)
		}
	}
}

// TestReaderViews checks each view's geometry on a vertical line: it is
// turned by the view's angle or sheared by its slant, centred on the pad
// and shrunk by viewShrink.
func TestReaderViews(t *testing.T) {
	d := mustDrawing(t, [][][2]float32{{{60, 20}, {60, 120}, {60, 220}}})
	want := []struct{ dx float64 }{ // x change of the line's lower end relative to its upper end, per unit of height
		{0},
		{math.Tan(ViewDegrees * math.Pi / 180)}, {-math.Tan(ViewDegrees * math.Pi / 180)}, // anticlockwise, clockwise
		{-ViewShear}, {ViewShear},
	}
	if len(want) != NumViews {
		t.Fatalf("%d views, the test knows %d", NumViews, len(want))
	}
	var r Reader
	for i, v := range readViews {
		r.transform(d, d.Ink(), v)
		s := r.view.strokes[0]
		top, bot := s[0], s[len(s)-1]
		if mid := s[1]; math.Abs(float64(mid.X-Size/2)) > 1e-3 || math.Abs(float64(mid.Y-Size/2)) > 1e-3 {
			t.Errorf("view %d: the line's middle is at %v, not the pad's centre", i, mid)
		}
		h := float64(bot.Y - top.Y)
		if got := float64(bot.X-top.X) / h; math.Abs(got-want[i].dx) > 1e-3 {
			t.Errorf("view %d: the line leans %.4f, want %.4f", i, got, want[i].dx)
		}
		// The line's vector (0, 200) becomes 200 times the view's second column.
		if l, w := math.Hypot(float64(bot.X-top.X), h), 200*viewShrink*math.Hypot(float64(v.b), float64(v.d)); math.Abs(l-w) > 1e-2 {
			t.Errorf("view %d: the line is %.2f long, want %.2f", i, l, w)
		}
	}
}

func TestReaderDoesNotAllocate(t *testing.T) {
	net, err := nn.NewNetwork(nn.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
	}{
		{"plain", loadDigits(t)[0].Strokes},
		{"outlined", outlinedRings([][4]float64{{140, 90, 50, 50}, {140, 190, 55, 50}})},
	} {
		d := mustDrawing(t, tc.strokes)
		var r Reader
		var probs [nn.Classes]float32
		r.Read(net, d, &probs)
		if n := testing.AllocsPerRun(10, func() { r.Read(net, d, &probs) }); n != 0 {
			t.Errorf("%s: Read allocates %v times per drawing", tc.name, n)
		}
	}
}

// BenchmarkRead times Read, NumViews renderings and predictions, for the
// default network and draw-robust's convolutional one, on a plain digit
// and on an outlined one, whose band every rendering fills;
// BenchmarkReadSingle times the one image Preprocess makes and its
// prediction, for comparison.
func BenchmarkRead(b *testing.B)       { benchRead(b, false) }
func BenchmarkReadSingle(b *testing.B) { benchRead(b, true) }

func benchRead(b *testing.B, single bool) {
	drawings := []struct {
		name    string
		strokes [][][2]float32
	}{
		{"plain", loadDigits(b)[0].Strokes},
		{"outlined", outlinedRings([][4]float64{{140, 90, 50, 50}, {140, 190, 55, 50}})},
	}
	for _, preset := range []string{"", "preset=draw-robust"} {
		for _, dr := range drawings {
			b.Run("config="+preset+"/"+dr.name, func(b *testing.B) {
				cfg, err := nn.ParseConfig(preset)
				if err != nil {
					b.Fatal(err)
				}
				net, err := nn.NewNetwork(cfg)
				if err != nil {
					b.Fatal(err)
				}
				d := mustDrawing(b, dr.strokes)
				var r Reader
				var img [NetPixels]float32
				var probs [nn.Classes]float32
				b.ReportAllocs()
				for b.Loop() {
					if single {
						Preprocess(d, &img)
						net.Predict(img[:], probs[:])
					} else {
						r.Read(net, d, &probs)
					}
				}
			})
		}
	}
}

// TestSlant checks slantOf on straight lines of known lean (a line whose
// x moves by s per unit of y measures s, whatever its length and place),
// and on images with nothing to measure.
func TestSlant(t *testing.T) {
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    float32
	}{
		{"upright", [][][2]float32{{{100, 40}, {100, 240}}}, 0},
		{"top leans right", [][][2]float32{{{160, 40}, {100, 240}}}, -0.3},
		{"top leans left, short", [][][2]float32{{{60, 100}, {75, 150}}}, 0.3},
		{"45 degrees", [][][2]float32{{{40, 40}, {200, 200}}}, 1},
		{"horizontal", [][][2]float32{{{40, 140}, {240, 140}}}, 0},
		{"a cross", [][][2]float32{{{40, 140}, {240, 140}}, {{140, 40}, {140, 240}}}, 0},
	} {
		var img [NetPixels]float32
		if !preprocess(mustDrawing(t, tc.strokes), &img, ViewPenWidth, nil) {
			t.Fatalf("%s: nothing drawn", tc.name)
		}
		if got := slantOf(&img); math.Abs(float64(got-tc.want)) > 0.02 {
			t.Errorf("%s: slant %.3f, want %.3f", tc.name, got, tc.want)
		}
	}
	if got := slantOf(new([NetPixels]float32)); got != 0 {
		t.Errorf("empty image: slant %v, want 0", got)
	}
}

// TestReaderStandsUpright checks that the view Reader makes of each
// drawing of testdata, and of the drawing sheared either way, has almost
// no slant left: the pen is as wide whichever way a stroke runs and the
// size is normalized after the shear, so the image's slant is not exactly
// the strokes' (up to 0.025 is left on a round 0, a tenth of what the
// test shears in).
func TestReaderStandsUpright(t *testing.T) {
	for _, d := range loadDigits(t) {
		for _, shear := range []float32{-0.4, 0, 0.4} {
			var sheared [][][2]float32
			for _, s := range d.Strokes {
				var out [][2]float32
				for _, p := range s {
					out = append(out, [2]float32{Size/2 + 0.5*(p[0]-Size/2+shear*(p[1]-Size/2)), p[1]})
				}
				sheared = append(sheared, out)
			}
			dr := mustDrawing(t, sheared)
			var r Reader
			var img [NetPixels]float32
			preprocess(dr, &img, ViewPenWidth, nil)
			r.transform(dr, dr.Ink(), readViews[0].upright(slantOf(&img)))
			preprocess(&r.view, &img, ViewPenWidth, nil)
			if s := slantOf(&img); math.Abs(float64(s)) > 0.04 {
				t.Errorf("%d %s sheared %v: slant %.3f left in the upright view", d.Label, d.Style, shear, s)
			}
		}
	}
}

// TestReaderViewsFit checks that a view stretching the drawing past the
// pad's edge, as a strong upright shear of a drawing that fills the pad
// does, is shrunk to fit rather than clipped: the diagonal of a full pad,
// sheared, keeps its direction.
func TestReaderViewsFit(t *testing.T) {
	d := mustDrawing(t, [][][2]float32{{{0, 0}, {Size, Size}}, {{0, Size}, {Size, 0}}})
	for _, v := range []view{readViews[0], readViews[3].upright(maxSlant), readViews[4].upright(-maxSlant), rotation(30).upright(maxSlant)} {
		var r Reader
		r.transform(d, d.Ink(), v)
		for i, s := range r.view.strokes {
			a, b := s[0], s[1]
			dx, dy := d.strokes[i][1].X-d.strokes[i][0].X, d.strokes[i][1].Y-d.strokes[i][0].Y
			want := math.Atan2(float64(v.c*dx+v.d*dy), float64(v.a*dx+v.b*dy))
			if got := math.Atan2(float64(b.Y-a.Y), float64(b.X-a.X)); math.Abs(got-want) > 1e-4 {
				t.Errorf("view %v: stroke %d runs at %.4f rad, want %.4f", v, i, got, want)
			}
		}
	}
}

// TestReaderDoubt checks the doubt on what Read answers: a drawing the
// network misreads, its probability split between two classes, is
// doubtful with the other class as Also; clean drawings it reads right
// are not; nothing to read has no answer to doubt. The doubt is the mean
// probabilities' runner-up over the answer, and costs no allocation.
func TestReaderDoubt(t *testing.T) {
	net := testnet.Default(t, 2)
	byStyle := map[string][][][2]float32{}
	for _, d := range loadDigits(t) {
		byStyle[fmt.Sprint(d.Label, d.Style)] = d.Strokes
	}
	for _, tc := range []struct {
		name     string
		strokes  [][][2]float32
		label    int // Read's answer
		doubtful bool
		also     int // checked when doubtful
	}{
		{"a clean 8", byStyle["8two-loops"], 8, false, 0},
		{"a clean 3", byStyle["3round"], 3, false, 0},
		{"a clean 7", byStyle["7plain"], 7, false, 0},
		{"a 6 read as 0", byStyle["6big-loop"], 0, true, 6},
		{"a dot", [][][2]float32{{{100, 100}, {102, 101}}}, -1, false, -1},
	} {
		var r Reader
		var probs [nn.Classes]float32
		k := r.Read(net, mustDrawing(t, tc.strokes), &probs)
		d := r.Doubt()
		if k != tc.label || d.Label != k || d.Doubtful() != tc.doubtful || (tc.doubtful && d.Also != tc.also) {
			t.Errorf("%s: read %d, doubt %+v (doubtful %v); want %d, doubtful %v, also %d", tc.name, k, d, d.Doubtful(), tc.label, tc.doubtful, tc.also)
		}
		if k < 0 {
			if d.Also != -1 || d.Ratio != 0 {
				t.Errorf("%s: nothing read, but doubt %+v", tc.name, d)
			}
			continue
		}
		second := slices.Max(slices.Delete(slices.Clone(probs[:]), k, k+1))
		if d.Also == k || probs[d.Also] != second || d.Ratio != probs[d.Also]/probs[k] {
			t.Errorf("%s: doubt %+v, want the runner-up of %v over the answer", tc.name, d, probs)
		}
	}
	var fresh Reader
	if d := fresh.Doubt(); d.Label != -1 || d.Also != -1 || d.Doubtful() {
		t.Errorf("a Reader that has read nothing: %+v", d)
	}
	dr := mustDrawing(t, byStyle["8two-loops"])
	var r Reader
	var probs [nn.Classes]float32
	if n := testing.AllocsPerRun(5, func() { r.Read(net, dr, &probs); r.Doubt() }); n != 0 {
		t.Errorf("Read and Doubt allocate %v times per drawing", n)
	}
}
