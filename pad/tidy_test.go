package pad

import (
	"math/rand/v2"
	"testing"
)

// judge preprocesses and checks strokes as the pad does.
func judge(t *testing.T, strokes [][][2]float32) (Judgement, [NetPixels]float32, bool) {
	t.Helper()
	d := mustDrawing(t, strokes)
	var img [NetPixels]float32
	var p Preprocessor
	p.Preprocess(d, &img)
	return NewChecker().Check(&img, d), img, p.Outlined()
}

// scribble is a random walk of n steps in one stroke, seeded.
func scribble(seed uint64, n int) [][2]float32 {
	r := rand.New(rand.NewPCG(seed, 1))
	p := [2]float32{140, 140}
	s := [][2]float32{p}
	for i := 0; i < n; i++ {
		p = [2]float32{min(max(p[0]+float32(r.NormFloat64()*40), 40), 240), min(max(p[1]+float32(r.NormFloat64()*40), 40), 240)}
		s = append(s, p)
	}
	return s
}

// TestSecondPassJudgedAsFirst: a drawing gone over a second time, turned
// a few degrees, scaled and shifted a little (as the fonts and outside
// sets' redraw pen does), is judged exactly as the first pass alone,
// digits and non-digits alike: a digit stays a digit, a scribble or
// hatching stays rejected, and an outlined digit is filled.
func TestSecondPassJudgedAsFirst(t *testing.T) {
	var hatching [][][2]float32
	for i := 0; i < 12; i++ {
		x := float32(40 + 18*i)
		hatching = append(hatching, [][2]float32{{x, 40}, {x - 20, 240}})
	}
	for _, tc := range []struct {
		name         string
		strokes      [][][2]float32
		deg, k, dx   float64
		want         Verdict
		wantOutlined bool
	}{
		{"seven", dense(sevenCentre, 4), 4, 1.03, 3, Digit, false},
		{"one with a base", dense(oneCentre, 4), -3, 0.97, -2, Digit, false},
		{"zero", dense(zeroCentre, 4), 5, 1, 4, Digit, false},
		{"eight", dense(eightCentre, 4), -6, 1.05, 0, Digit, false},
		{"outlined seven", dense(outlined(sevenCentre), 4), 3, 1.02, 2, Digit, true},
		{"outlined zero", dense(outlinedRings([][4]float64{{140, 140, 60, 100}}), 4), -4, 0.98, 2, Digit, true},
		{"scribble", [][][2]float32{scribble(1, 40)}, 3, 1.02, 3, NotDigit, false},
		{"scribble, another", [][][2]float32{scribble(2, 60)}, -5, 0.96, -3, NotDigit, false},
		{"hatching", dense(hatching, 4), 2, 1, 3, NotDigit, false},
	} {
		once, onceImg, onceOut := judge(t, tc.strokes)
		twice, twiceImg, twiceOut := judge(t, secondPass(tc.strokes, tc.deg, tc.k, tc.dx, tc.dx/2))
		if once.Verdict != tc.want || twice.Verdict != tc.want {
			t.Errorf("%s: once %v (%q), twice %v (%q); want %v", tc.name, once.Verdict, once.Why, twice.Verdict, twice.Why, tc.want)
		}
		if twice != once || twiceImg != onceImg {
			t.Errorf("%s: twice judged %+v, once %+v; the images differ: %v", tc.name, twice, once, twiceImg != onceImg)
		}
		if onceOut != tc.wantOutlined || twiceOut != tc.wantOutlined {
			t.Errorf("%s: outlined once %v, twice %v; want %v", tc.name, onceOut, twiceOut, tc.wantOutlined)
		}
	}
}

// TestOutlineInPieces: an outline drawn in two overlapping pieces (each
// closed contour lifted part of the way round and started again a little
// way back, a little to the side) is filled as the closed contour is, and
// its image is the same but for the few pixels where the pieces overlap.
func TestOutlineInPieces(t *testing.T) {
	for _, tc := range []struct {
		name       string
		closed     [][][2]float32
		from, back float64
	}{
		{"seven", dense(outlined(sevenCentre), 4), 0.5, 0.1},
		{"one", dense(outlined(oneCentre), 4), 0.4, 0.05},
		{"zero", dense(outlinedRings([][4]float64{{140, 140, 60, 100}}), 4), 0.6, 0.15},
		{"eight", dense(outlinedRings([][4]float64{{140, 90, 50, 50}, {140, 190, 55, 50}}), 4), 0.35, 0.2},
	} {
		want, wantImg, wantOut := judge(t, tc.closed)
		got, gotImg, gotOut := judge(t, pieces(tc.closed, tc.from, tc.back, 1.5, -1))
		if !wantOut || !gotOut {
			t.Errorf("%s: outlined in one go %v, in pieces %v; want both", tc.name, wantOut, gotOut)
		}
		if got.Verdict != Digit || want.Verdict != Digit || got.Strokes != want.Strokes {
			t.Errorf("%s: in pieces %v with %d strokes, in one go %v with %d", tc.name, got.Verdict, got.Strokes, want.Verdict, want.Strokes)
		}
		var diff float32
		for i := range gotImg {
			diff += abs(gotImg[i] - wantImg[i])
		}
		if diff > 6 { // about six pixels' worth of ink out of 150 or so
			t.Errorf("%s: the image in pieces differs from the closed one's by %.1f", tc.name, diff)
		}
	}
}

// TestTidyLeaves: strokes that neither go over earlier ink nor continue
// the stroke before them are kept as they are.
func TestTidyLeaves(t *testing.T) {
	for _, tc := range []struct {
		name            string
		strokes         [][][2]float32
		dropped, joined int
		strokesAfter    int
	}{
		// The bar of a 4 starts in the middle of the stroke before it.
		{"four", dense([][][2]float32{{{160, 40}, {60, 180}, {220, 180}}, {{170, 100}, {170, 260}}}, 4), 0, 0, 2},
		{"cross", dense([][][2]float32{{{40, 40}, {240, 240}}, {{240, 40}, {40, 240}}}, 4), 0, 0, 2},
		// Lines 18 units apart over 220 (8%): hatching, not a line gone over.
		{"hatching", dense([][][2]float32{{{40, 40}, {20, 240}}, {{58, 40}, {38, 240}}, {{76, 40}, {56, 240}}}, 4), 0, 0, 3},
		// A 7 whose stem starts where its bar ended: one stroke.
		{"seven in two", dense([][][2]float32{{{70, 40}, {200, 40}}, {{201, 41}, {120, 240}}}, 4), 0, 1, 1},
		// A line drawn in two pieces, the second started back on the first.
		{"line in pieces", dense([][][2]float32{{{140, 30}, {140, 160}}, {{141, 130}, {141, 250}}}, 4), 0, 1, 1},
		// A line gone over again back the other way, in a second stroke.
		{"line twice", dense([][][2]float32{{{140, 30}, {140, 250}}, {{143, 248}, {142, 35}}}, 4), 1, 0, 1},
	} {
		d := mustDrawing(t, tc.strokes)
		var td tidy
		got := td.apply(d, d.Ink())
		if td.dropped != tc.dropped || td.joined != tc.joined || len(got.strokes) != tc.strokesAfter {
			t.Errorf("%s: dropped %d, joined %d, %d strokes left; want %d, %d, %d", tc.name, td.dropped, td.joined, len(got.strokes), tc.dropped, tc.joined, tc.strokesAfter)
		}
		if n := testing.AllocsPerRun(10, func() { td.apply(d, d.Ink()) }); n != 0 {
			t.Errorf("%s: tidy allocates %v times per drawing once warmed", tc.name, n)
		}
	}
}

// TestDotsApart counts the dots set apart from the rest of a drawing's
// ink: a question mark's and an i's, a colon's two; not a small stroke
// that touches or crosses the rest (a 7's bar, a pen put down again at a
// stroke's end), not a stroke as large as a 5's hat, and none in a
// drawing of more strokes than a digit has.
func TestDotsApart(t *testing.T) {
	stem := Stroke{{140, 80}, {140, 250}}
	dot := func(x, y float32) Stroke { return Stroke{{x, y}, {x + 2, y + 1}} }
	many := []Stroke{dot(140, 20)}
	for i := range MaxDigitStrokes {
		many = append(many, Stroke{{float32(40 + 15*i), 80}, {float32(40 + 15*i), 250}})
	}
	for _, tc := range []struct {
		name    string
		strokes []Stroke
		want    int
	}{
		{"an i", []Stroke{stem, dot(140, 40)}, 1},
		{"a question mark", []Stroke{{{90, 90}, {150, 40}, {195, 100}, {145, 150}, {140, 190}}, dot(140, 235)}, 1},
		{"a colon", []Stroke{dot(140, 60), dot(140, 220)}, 2},
		{"a stem alone", []Stroke{stem}, 0},
		{"a dot touching the stem's end", []Stroke{stem, dot(141, 252)}, 0},
		{"a 7's short bar across its stem", []Stroke{{{80, 60}, {200, 60}, {120, 240}}, {{140, 150}, {170, 150}}}, 0},
		{"a 5's hat apart", []Stroke{{{100, 60}, {100, 140}, {180, 160}, {170, 240}, {90, 230}}, {{115, 50}, {200, 50}}}, 0},
		{"more strokes than a digit has", many, 0},
	} {
		var d Drawing
		for _, s := range tc.strokes {
			d.BeginStroke(s[0])
			for _, p := range s[1:] {
				d.ExtendStroke(p)
			}
			d.EndStroke()
		}
		if got := dotsApart(d.strokes, d.Ink().Extent()); got != tc.want {
			t.Errorf("%s: %d dots apart, want %d", tc.name, got, tc.want)
		}
	}
}
