package pad_test

import (
	"fmt"
	"hash/fnv"
	"math"
	"testing"

	"digitlab/assets"
	"digitlab/pad"
	"digitlab/pad/drawset"
)

func TestVerdictString(t *testing.T) {
	for _, tc := range []struct {
		v    pad.Verdict
		want string
	}{{pad.Empty, "empty"}, {pad.Digit, "digit"}, {pad.NotDigit, "not-a-digit"}} {
		if got := tc.v.String(); got != tc.want {
			t.Errorf("%d: %q, want %q", tc.v, got, tc.want)
		}
	}
}

// circle returns a closed stroke around (cx, cy).
func circle(cx, cy, rx, ry float64) [][2]float32 {
	var s [][2]float32
	for a := 0; a <= 360; a += 15 {
		r := float64(a) * math.Pi / 180
		s = append(s, [2]float32{float32(cx + rx*math.Cos(r)), float32(cy + ry*math.Sin(r))})
	}
	return s
}

func TestCheckerTable(t *testing.T) {
	var hatching, rings [][][2]float32
	for i := 0; i < 12; i++ {
		x := float32(40 + 18*i)
		hatching = append(hatching, [][2]float32{{x, 40}, {x - 20, 240}})
	}
	for _, c := range [][2]float64{{70, 70}, {210, 70}, {70, 210}, {210, 210}, {140, 140}} {
		rings = append(rings, circle(c[0], c[1], 30, 30))
	}
	var star [][2]float32 // a pentagram in one stroke
	for i := 0; i <= 5; i++ {
		a := -math.Pi/2 + 4*math.Pi*float64(i)/5
		star = append(star, [2]float32{float32(140 + 100*math.Cos(a)), float32(140 + 100*math.Sin(a))})
	}
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    pad.Verdict
		holes   int // -1: not checked
		pieces  int
		why     string
		// imageWhy is Why for the image alone, without the drawing: an
		// image's distance is measured in the larger RemoteScaleImage, and
		// it has no strokes. "-": not checked.
		imageWhy string
	}{
		{"nothing", nil, pad.Empty, -1, -1, "", ""},
		{"a dot", [][][2]float32{{{100, 100}, {102, 101}}}, pad.Empty, -1, -1, "", ""},
		{"seven", [][][2]float32{{{80, 60}, {200, 60}, {120, 240}}}, pad.Digit, 0, 1, "", ""},
		{"zero", [][][2]float32{circle(140, 140, 60, 100)}, pad.Digit, 1, 1, "", ""},
		{"eight", [][][2]float32{circle(140, 90, 45, 50), circle(140, 190, 55, 50)}, pad.Digit, 2, 1, "", ""},
		{"one", [][][2]float32{{{140, 30}, {140, 250}}}, pad.Digit, 0, 1, "", ""},
		{"hatching", hatching, pad.NotDigit, -1, -1, "unlike any digit", "unlike any digit"},
		// Five small rings trace what could be the outline of five
		// thick dots (see Preprocess), so the image holds five discs.
		{"five rings", rings, pad.NotDigit, 0, 5, "unlike any digit", "unlike any digit"},
		// As an image alone (no strokes, MNIST's wider distance scale)
		// this A scores under MaxScore with the bundled files; with its
		// strokes it is rejected, which is what the pad uses.
		{"capital A", [][][2]float32{{{80, 240}, {140, 40}, {200, 240}}, {{105, 160}, {175, 160}}}, pad.NotDigit, 1, 1, "unlike any digit", "-"},
		{"capital W", [][][2]float32{{{50, 60}, {90, 230}, {140, 110}, {190, 230}, {230, 60}}}, pad.NotDigit, 0, 1, "unlike any digit", "unlike any digit"},
		// A bold typeface's digits traced round their outline: filled
		// (see Preprocess), their strokes are two or three times a pen's.
		{"bold zero, outlined", [][][2]float32{circle(140, 140, 75, 115), circle(140, 140, 38, 75)}, pad.Digit, 1, 1, "", ""},
		{"bold seven, outlined", [][][2]float32{{{60, 40}, {220, 40}, {220, 75}, {135, 250}, {95, 250}, {175, 78}, {60, 78}, {60, 40}}}, pad.Digit, 0, 1, "", ""},
		{"pentagram", [][][2]float32{star}, pad.NotDigit, -1, 1, "unlike any digit", "unlike any digit"},
	} {
		var d pad.Drawing
		if err := d.AddStrokes(tc.strokes); err != nil {
			t.Fatal(err)
		}
		var img [pad.NetPixels]float32
		pad.Preprocess(&d, &img)
		c := pad.NewChecker()
		j := c.Check(&img, &d)
		if j.Verdict != tc.want || j.Why != tc.why || (tc.holes >= 0 && j.Holes != tc.holes) || (tc.pieces >= 0 && j.Pieces != tc.pieces) {
			t.Errorf("%s: %v (%q), %d holes, %d pieces; want %v (%q), %d holes, %d pieces", tc.name, j.Verdict, j.Why, j.Holes, j.Pieces, tc.want, tc.why, tc.holes, tc.pieces)
		}
		if ji := c.Check(&img, nil); (tc.imageWhy != "-" && ji.Why != tc.imageWhy) || ji.Remote != j.Remote {
			t.Errorf("%s as an image: %q, remote %v; want %q, remote %v", tc.name, ji.Why, ji.Remote, tc.imageWhy, j.Remote)
		}
	}
}

// TestCheckerOnDrawnSets runs the verdict over small fixed-seed sets of
// pad/drawset's drawings and MNIST test images. Each bound is a little
// under what this test measures (seed 3, with the bundled files of
// session 20: 100% of tuning, held-out and blind-tuning digits accepted,
// 97.3% of Fresh ones, 96.6% of the fonts set's and 98.2% of the unseen
// set's tuning digits, 99.1% of the first 2,000 MNIST test images; 95.0%
// of tuning non-digits rejected, 96.8% of held-out ones, 97.8% of the
// held-out families, 97.2% of the final families, 86.5% of the blind
// set's tuning half, 96.7% of the fonts set's and 87.3% of the unseen
// set's tuning halves), so that a change that makes the verdict worse
// fails here. It also checks
// that Unsure marks digits only, and only those scored between DoubtScore
// and MaxScore.
func TestCheckerOnDrawnSets(t *testing.T) {
	check := pad.NewChecker()
	rate := func(ss []drawset.Sample, want pad.Verdict) float64 {
		n := 0
		for _, s := range ss {
			var d pad.Drawing
			if err := d.AddStrokes(s.Strokes); err != nil {
				t.Fatal(err)
			}
			var img [pad.NetPixels]float32
			pad.Preprocess(&d, &img)
			j := check.Check(&img, &d)
			if j.Verdict == want {
				n++
			}
			if inBand := j.Verdict == pad.Digit && j.Score > pad.DoubtScore && j.Score <= pad.MaxScore; j.Unsure != inBand {
				t.Errorf("%s: unsure %v with verdict %v and score %.2f", s.Family, j.Unsure, j.Verdict, j.Score)
			}
		}
		return float64(n) / float64(len(ss))
	}
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	mnistDigit := func(n int) float64 {
		ok := 0
		var img [pad.NetPixels]float32
		for i := 0; i < n; i++ {
			for j, p := range b.Test.Images[i*pad.NetPixels : (i+1)*pad.NetPixels] {
				img[j] = float32(p) / 255
			}
			if check.Check(&img, nil).Verdict == pad.Digit {
				ok++
			}
		}
		return float64(ok) / float64(n)
	}
	fonts, err := drawset.LoadFonts()
	if err != nil {
		t.Fatal(err)
	}
	const seed = 3
	heldOthers := drawset.Others(seed, 400, drawset.HeldOut)
	var heldFams []drawset.Sample
	for _, s := range heldOthers {
		if s.HeldOut {
			heldFams = append(heldFams, s)
		}
	}
	for _, tc := range []struct {
		name string
		got  float64
		min  float64
	}{
		{"tuning digits accepted", rate(drawset.Digits(seed, 300, drawset.Tuning), pad.Digit), 0.99},
		{"held-out digits accepted", rate(drawset.Digits(seed, 300, drawset.HeldOut), pad.Digit), 0.98},
		{"Fresh digits accepted", rate(drawset.Digits(seed, 300, drawset.Fresh), pad.Digit), 0.95},
		{"blind-tuning digits accepted", rate(drawset.BlindDigits(seed, 300, drawset.BlindTuning), pad.Digit), 0.97},
		{"MNIST test images accepted", mnistDigit(2000), 0.98},
		{"tuning non-digits rejected", rate(drawset.Others(seed, 200, drawset.Tuning), pad.NotDigit), 0.94},
		{"held-out non-digits rejected", rate(heldOthers, pad.NotDigit), 0.95},
		{"held-out non-digit families rejected", rate(heldFams, pad.NotDigit), 0.95},
		{"final non-digit families rejected", rate(drawset.Others(seed, 400, drawset.Final), pad.NotDigit), 0.95},
		// Preprocess fills what traces a thick letter's outline, and some
		// of the blind set's concentric rings and nested polygons are
		// that (a bold 0's outline is two rings): 92% before the fill.
		// 90.0% before the bundled networks learnt from thickened images
		// (genverdict's bold.go), whose tuning digits' 99th percentile put
		// MaxScore at 2.95 instead of 2.45: 86.5% since.
		{"blind-tuning non-digits rejected", rate(drawset.BlindOthers(seed, 200, drawset.BlindTuning), pad.NotDigit), 0.85},
		// Tidied (see tidy), a second pass and an outline in overlapping
		// pieces are judged as drawn once: 88% before; 91.8% before the
		// thickened images, which brought bold typeface digits in: 96.6%;
		// 98.2% since the networks learn from other drawings of the same
		// glyphs (genverdict's traced.go: so this half's figure is no
		// longer a measure of unseen glyphs, only a check that the files
		// learnt them).
		{"fonts tuning digits accepted", rate(fonts.VDigits(seed, 500, drawset.FontsTune), pad.Digit), 0.97},
		{"fonts tuning non-digits rejected", rate(fonts.VOthers(seed, 300, drawset.FontsTune), pad.NotDigit), 0.95},
		{"unseen-set tuning digits accepted", rate(drawset.UnseenVDigits(seed, 500, drawset.UnseenVTune), pad.Digit), 0.96},
		// 91.3% before the thickened images and the limit they moved,
		// 87.3% since (seed 1, 1,000 drawings: 91.9 -> 90.4%), 89.7%
		// since the traced sets (90.4 -> 91.0%).
		{"unseen-set tuning non-digits rejected", rate(drawset.UnseenVOthers(seed, 300, drawset.UnseenVTune), pad.NotDigit), 0.88},
	} {
		t.Logf("%s: %.1f%%", tc.name, 100*tc.got)
		if tc.got < tc.min {
			t.Errorf("%s: %.1f%%, want at least %.0f%%", tc.name, 100*tc.got, 100*tc.min)
		}
	}
}

// TestCheckerWeighsEvidence checks that a digit exceeding one structural
// limit is still a digit: a 1 drawn as a dotted line of MaxDigitStrokes+1
// dots (more strokes than MaxDigitStrokes, each too far from the last to
// continue it or go over it, see tidy) and a 7 gone over five times back and forth in
// one stroke, its ink long for its size (over MaxTravel), while a
// drawing exceeding the limits and unlike any digit is not. (A digit gone
// over again in separate strokes is judged as drawn once: see
// TestSecondPassJudgedAsFirst.)
func TestCheckerWeighsEvidence(t *testing.T) {
	var one, hatching [][][2]float32
	for i := 0; i <= pad.MaxDigitStrokes; i++ { // 8% of its height apart
		y := float32(40 + 16.5*float32(i))
		one = append(one, [][2]float32{{140, y}, {140, y + 2}})
	}
	var seven [][2]float32 // a 7 drawn over five times without lifting the pen
	for i := 0; i < 5; i++ {
		d := float32(2 * i)
		pass := [][2]float32{{80 + d, 60}, {200 + d, 60}, {120 + d, 240}}
		if i%2 == 1 {
			pass[0], pass[2] = pass[2], pass[0]
		}
		seven = append(seven, pass...)
	}
	for i := 0; i < pad.MaxDigitStrokes+2; i++ {
		x := float32(30 + 16*i)
		hatching = append(hatching, [][2]float32{{x, 40}, {x - 20, 240}})
	}
	// A question mark: a hook, and a dot under it, apart from it; a 7
	// with a stray dot beside it (a tap) stays a digit, the rest of its
	// evidence being a digit's.
	question := [][][2]float32{{{90, 90}, {110, 50}, {150, 40}, {190, 60}, {195, 100}, {170, 130}, {145, 150}, {140, 190}}, {{140, 235}, {142, 238}}}
	strayDot := [][][2]float32{{{80, 60}, {200, 60}, {120, 240}}, {{215, 230}, {216, 232}}}
	c := pad.NewChecker()
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    pad.Verdict
		over    func(pad.Judgement) bool // the limit the drawing exceeds
	}{
		{"question mark", question, pad.NotDigit, func(j pad.Judgement) bool { return j.Dots > pad.MaxDots }},
		{"seven and a stray dot", strayDot, pad.Digit, func(j pad.Judgement) bool { return j.Dots > pad.MaxDots && j.Unsure }},
		{"one drawn in dots", one, pad.Digit, func(j pad.Judgement) bool { return j.Strokes > pad.MaxDigitStrokes }},
		{"seven drawn over five times", [][][2]float32{seven}, pad.Digit, func(j pad.Judgement) bool { return j.Travel > pad.MaxTravel }},
		{"hatching", hatching, pad.NotDigit, func(j pad.Judgement) bool { return j.Strokes > pad.MaxDigitStrokes }},
	} {
		var d pad.Drawing
		if err := d.AddStrokes(tc.strokes); err != nil {
			t.Fatal(err)
		}
		var img [pad.NetPixels]float32
		pad.Preprocess(&d, &img)
		j := c.Check(&img, &d)
		if !tc.over(j) || j.Verdict != tc.want {
			t.Errorf("%s: %v (%q, score %.2f), %d strokes, travel %.1f, %d dots; want %v and the limit exceeded", tc.name, j.Verdict, j.Why, j.Score, j.Strokes, j.Travel, j.Dots, tc.want)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	var d pad.Drawing
	d.AddStrokes([][][2]float32{{{80, 60}, {200, 60}, {120, 240}}})
	var img [pad.NetPixels]float32
	pad.Preprocess(&d, &img)
	c := pad.NewChecker()
	b.ReportAllocs()
	for b.Loop() {
		c.Check(&img, &d)
	}
}

// TestCheckerFingerprint pins the checker's exact answers (verdict, unsure
// and the bits of the score) on fixed drawings and MNIST test images. The
// page must answer as the desktop does, so this test runs natively and in
// WebAssembly (make test-wasm) against the same value; it changes, on
// purpose, with the bundled files or the limits.
func TestCheckerFingerprint(t *testing.T) {
	const want = 0xfef070a196a9110a
	b, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	check := pad.NewChecker()
	h := fnv.New64a()
	note := func(j pad.Judgement) {
		fmt.Fprintf(h, "%d|%v|%08x|", j.Verdict, j.Unsure, math.Float32bits(j.Score))
	}
	var img [pad.NetPixels]float32
	for _, s := range append(drawset.Digits(1, 100, drawset.Tuning), drawset.Others(1, 100, drawset.Tuning)...) {
		var d pad.Drawing
		if err := d.AddStrokes(s.Strokes); err != nil {
			t.Fatal(err)
		}
		pad.Preprocess(&d, &img)
		note(check.Check(&img, &d))
	}
	for i := range 500 {
		for j, p := range b.Test.Images[i*pad.NetPixels : (i+1)*pad.NetPixels] {
			img[j] = float32(p) / 255
		}
		note(check.Check(&img, nil))
	}
	if got := h.Sum64(); got != want {
		t.Errorf("fingerprint %#016x, want %#016x", got, uint64(want))
	}
}
