package pad_test

import (
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
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    pad.Verdict
		holes   int // -1: not checked
		pieces  int
		why     string
		// imageWhy is Why for the image alone, without the drawing: an
		// image is held to the looser MaxRemoteImage.
		imageWhy string
	}{
		{"nothing", nil, pad.Empty, -1, -1, "", ""},
		{"a dot", [][][2]float32{{{100, 100}, {102, 101}}}, pad.Empty, -1, -1, "", ""},
		{"seven", [][][2]float32{{{80, 60}, {200, 60}, {120, 240}}}, pad.Digit, 0, 1, "", ""},
		{"zero", [][][2]float32{circle(140, 140, 60, 100)}, pad.Digit, 1, 1, "", ""},
		{"eight", [][][2]float32{circle(140, 90, 45, 50), circle(140, 190, 55, 50)}, pad.Digit, 2, 1, "", ""},
		{"one", [][][2]float32{{{140, 30}, {140, 250}}}, pad.Digit, 0, 1, "", ""},
		{"hatching", hatching, pad.NotDigit, -1, -1, "far from every digit", "unlike any digit"},
		{"five rings", rings, pad.NotDigit, 5, -1, "far from every digit", "far from every digit"},
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
		if ji := c.Check(&img, nil); ji.Why != tc.imageWhy || ji.Remote != j.Remote {
			t.Errorf("%s as an image: %q, remote %v; want %q, remote %v", tc.name, ji.Why, ji.Remote, tc.imageWhy, j.Remote)
		}
	}
}

// TestCheckerOnDrawnSets runs the verdict over small fixed-seed sets of
// pad/drawset's drawings and MNIST test images. The bounds are the
// verdict's targets where the measurement meets them (cmd/padbench
// -verdict -final -n 4000, seed 1: 1.9% of tuning and 2.3% of held-out
// drawn digits and 1.8% of MNIST test images rejected, 98.8% of tuning
// non-digits, 94.7% of held-out ones and 90.1% of the final families), and
// a few points under the measurement where a small set falls short of the
// target (the first 2,000 MNIST test images: 2.5% rejected; the held-out
// families alone, 90.8% at n=4000, 89.9% here), so that a change that
// makes the verdict worse fails here.
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
			if check.Check(&img, &d).Verdict == want {
				n++
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
		{"tuning digits accepted", rate(drawset.Digits(seed, 300, drawset.Tuning), pad.Digit), 0.97},
		{"held-out digits accepted", rate(drawset.Digits(seed, 300, drawset.HeldOut), pad.Digit), 0.97},
		{"MNIST test images accepted", mnistDigit(2000), 0.97},
		{"tuning non-digits rejected", rate(drawset.Others(seed, 200, drawset.Tuning), pad.NotDigit), 0.9},
		{"held-out non-digits rejected", rate(heldOthers, pad.NotDigit), 0.9},
		{"held-out non-digit families rejected", rate(heldFams, pad.NotDigit), 0.86},
		{"final non-digit families rejected", rate(drawset.Others(seed, 400, drawset.Final), pad.NotDigit), 0.86},
	} {
		t.Logf("%s: %.1f%%", tc.name, 100*tc.got)
		if tc.got < tc.min {
			t.Errorf("%s: %.1f%%, want at least %.0f%%", tc.name, 100*tc.got, 100*tc.min)
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
