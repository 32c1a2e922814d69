package pad

import (
	"encoding/json"
	"math"
	"os"
	"sort"
	"testing"
)

// testDigit is one entry of testdata/digits.json, written by
// internal/gendigits.
type testDigit struct {
	Label   int            `json:"label"`
	Style   string         `json:"style"`
	Strokes [][][2]float32 `json:"strokes"`
}

func loadDigits(t testing.TB) []testDigit {
	t.Helper()
	b, err := os.ReadFile("testdata/digits.json")
	if err != nil {
		t.Fatal(err)
	}
	var ds []testDigit
	if err := json.Unmarshal(b, &ds); err != nil {
		t.Fatalf("testdata/digits.json: %v", err)
	}
	return ds
}

func TestDigitsFile(t *testing.T) {
	ds := loadDigits(t)
	perLabel := map[int]int{}
	styles := map[[2]any]bool{}
	for i, d := range ds {
		if d.Label < 0 || d.Label > 9 {
			t.Errorf("drawing %d: label %d", i, d.Label)
		}
		perLabel[d.Label]++
		key := [2]any{d.Label, d.Style}
		if d.Style == "" || styles[key] {
			t.Errorf("drawing %d: style %q of %d is empty or repeated", i, d.Style, d.Label)
		}
		styles[key] = true
		for _, s := range d.Strokes {
			for j, xy := range s {
				if !(xy[0] >= 0 && xy[0] <= Size && xy[1] >= 0 && xy[1] <= Size) {
					t.Errorf("%d %s: point %v is off the pad", d.Label, d.Style, xy)
				}
				// Mouse-like sampling: a point every 5 to 15 units, give or
				// take the jitter, never one per pixel nor a huge leap.
				if j > 0 {
					if gap := math.Hypot(float64(xy[0]-s[j-1][0]), float64(xy[1]-s[j-1][1])); gap < 3 || gap > 18 {
						t.Errorf("%d %s: gap of %.1f units before point %v", d.Label, d.Style, gap, xy)
					}
				}
			}
		}
		var dr Drawing
		if err := dr.AddStrokes(d.Strokes); err != nil {
			t.Errorf("%d %s: AddStrokes: %v", d.Label, d.Style, err)
			continue
		}
		var img [NetPixels]float32
		if !Preprocess(&dr, &img) {
			t.Errorf("%d %s: Preprocess not ok", d.Label, d.Style)
			continue
		}
		checkMNISTFrame(t, d.Style, &img)
	}
	for label := 0; label < 10; label++ {
		if perLabel[label] < 6 {
			t.Errorf("label %d has %d drawings, want at least 6", label, perLabel[label])
		}
	}
}

// checkMNISTFrame checks the placement rules every preprocessed digit obeys:
// values in [0, 1], centre of mass at (NetCentre, NetCentre), and ink
// spanning about NetInkBox pixels along its longer side.
func checkMNISTFrame(t *testing.T, name string, img *[NetPixels]float32) {
	t.Helper()
	for i, v := range img {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("%s: pixel %d is %v, outside [0, 1]", name, i, v)
		}
	}
	cx, cy, _ := centreOfMass(img)
	if math.Hypot(float64(cx-NetCentre), float64(cy-NetCentre)) > 0.5 {
		t.Errorf("%s: centre of mass (%.2f, %.2f), want within 0.5 of (%d, %d)", name, cx, cy, NetCentre, NetCentre)
	}
	if w, h := inkBox(img); max(w, h) < NetInkBox-1 || max(w, h) > NetInkBox+1 {
		t.Errorf("%s: ink box %dx%d, want the longer side %d±1", name, w, h, NetInkBox)
	}
}

// inkBox returns the width and height of the box of non-zero pixels.
func inkBox(img *[NetPixels]float32) (w, h int) {
	x0, y0, x1, y1 := NetSide, NetSide, -1, -1
	for i, v := range img {
		if v > 0 {
			x, y := i%NetSide, i/NetSide
			x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
		}
	}
	if x1 < 0 {
		return 0, 0
	}
	return x1 - x0 + 1, y1 - y0 + 1
}

// strokeStats measures an image the way the MNIST figures in preprocess.go
// were measured: the stroke width as 2*ink/total variation (a band of width
// w and length L has ink w*L and two edges of variation L each), the share
// of non-zero pixels above 0.9, and the total ink.
func strokeStats(img *[NetPixels]float32) (width, saturated, ink float64) {
	var tv float64
	var nonzero, sat int
	for y := 0; y < NetSide; y++ {
		for x := 0; x < NetSide; x++ {
			v := float64(img[y*NetSide+x])
			ink += v
			if v > 0 {
				nonzero++
				if v > 0.9 {
					sat++
				}
			}
			var dx, dy float64
			if x < NetSide-1 {
				dx = float64(img[y*NetSide+x+1]) - v
			}
			if y < NetSide-1 {
				dy = float64(img[(y+1)*NetSide+x]) - v
			}
			tv += math.Hypot(dx, dy)
		}
	}
	if tv == 0 || nonzero == 0 {
		return 0, 0, 0
	}
	return 2 * ink / tv, float64(sat) / float64(nonzero), ink
}

// TestDigitsLookLikeMNIST compares the strokes Preprocess draws with those of
// MNIST's test set, measured the same way: median width 2.40 pixels (10th to
// 90th percentile 1.81 to 3.32), 46.5% of non-zero pixels above 0.9, ink per
// digit 104 on average (60 for a 1, 135 for a 0).
func TestDigitsLookLikeMNIST(t *testing.T) {
	ds := loadDigits(t)
	var widths []float64
	var satSum, inkSum float64
	inkByLabel, count := [10]float64{}, [10]int{}
	for _, d := range ds {
		var dr Drawing
		if err := dr.AddStrokes(d.Strokes); err != nil {
			t.Fatal(err)
		}
		var img [NetPixels]float32
		Preprocess(&dr, &img)
		w, s, ink := strokeStats(&img)
		widths = append(widths, w)
		satSum += s
		inkSum += ink
		inkByLabel[d.Label] += ink
		count[d.Label]++
	}
	for i := range inkByLabel {
		inkByLabel[i] = math.Round(inkByLabel[i] / float64(max(count[i], 1)))
	}
	sort.Float64s(widths)
	n := float64(len(ds))
	median, sat, ink := widths[len(widths)/2], satSum/n, inkSum/n
	t.Logf("median width %.2f (%.2f..%.2f), saturated %.3f, ink %.1f, ink by label %v", median, widths[0], widths[len(widths)-1], sat, ink, inkByLabel)
	if median < 2.2 || median > 2.6 {
		t.Errorf("median stroke width %.2f, want 2.2..2.6 like MNIST's 2.40", median)
	}
	if sat < 0.35 || sat > 0.55 {
		t.Errorf("saturated share %.3f, want 0.35..0.55 like MNIST's 0.465", sat)
	}
	if ink < 85 || ink > 125 {
		t.Errorf("mean ink %.1f, want 85..125 like MNIST's 104", ink)
	}
}
