package game

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"digitlab/nn"
	"digitlab/pad"
	"digitlab/pad/drawset"
	"digitlab/trainer"
)

// unsureDigit returns the strokes of the first drawn digit of drawset's
// part Fresh that the pad's checker takes for a digit only just
// (pad.Judgement.Unsure), judged as the pad judges it.
func unsureDigit(t *testing.T) [][][2]float32 {
	t.Helper()
	check := pad.NewChecker()
	for _, s := range drawset.Digits(1, 400, drawset.Fresh) {
		var d pad.Drawing
		var img [pad.NetPixels]float32
		if d.AddStrokes(s.Strokes) != nil || !pad.Preprocess(&d, &img) {
			continue
		}
		if j := check.Check(&img, &d); j.Verdict == pad.Digit && j.Unsure {
			return s.Strokes
		}
	}
	t.Fatal("no unsure digit among 400 of part Fresh")
	return nil
}

// scribble is a single stroke scrubbed back and forth over a box, as a
// user scribbles to fill a space: far more ink than any digit of its size.
func scribble() [][][2]float32 {
	var s [][2]float32
	for i := 0; i < 24; i++ {
		y := float32(70 + 6*i)
		x0, x1 := float32(70), float32(210)
		if i%2 == 1 {
			x0, x1 = x1, x0
		}
		s = append(s, [2]float32{x0, y}, [2]float32{x1, y + 3})
	}
	return [][][2]float32{s}
}

// loops is a spiral of many turns, another common doodle.
func loops() [][][2]float32 {
	var s [][2]float32
	for a := 0.0; a < 12*math.Pi; a += 0.2 {
		r := 20 + 3*a
		s = append(s, [2]float32{float32(140 + r*math.Cos(a)), float32(140 + r*math.Sin(a))})
	}
	return [][][2]float32{s}
}

// testDigit returns the strokes of the first drawn digit with the given
// label in pad/testdata/digits.json.
func testDigit(t *testing.T, label int) [][][2]float32 {
	t.Helper()
	b, err := os.ReadFile("../pad/testdata/digits.json")
	if err != nil {
		t.Fatal(err)
	}
	var ds []struct {
		Label   int
		Strokes [][][2]float32
	}
	if err := json.Unmarshal(b, &ds); err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Label == label {
			return d.Strokes
		}
	}
	t.Fatalf("no drawn %d in digits.json", label)
	return nil
}

// The state's verdict comes from the pad's checker: a scribble is not a
// digit and has no label (its bars are still the network's output), a
// digit is read, an empty pad is empty; with or without a network.
func TestPredictionVerdict(t *testing.T) {
	type want struct {
		verdict string
		label   bool // a label 0-9 once the network is ready
		unsure  bool
	}
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    want
	}{
		{"nothing", nil, want{"empty", false, false}},
		{"scribble", scribble(), want{"not-a-digit", false, false}},
		{"spiral", loops(), want{"not-a-digit", false, false}},
		{"seven", [][][2]float32{{{80, 60}, {200, 60}, {140, 230}}}, want{"digit", true, false}},
		{"drawn 3", testDigit(t, 3), want{"digit", true, false}},
		{"drawn 8", testDigit(t, 8), want{"digit", true, false}},
		{"an unsure digit", unsureDigit(t), want{"digit", true, true}},
	} {
		for _, ready := range []bool{false, true} {
			a, ft := newTestApp(t, Options{})
			if ready {
				ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
			}
			tick(a)
			if len(tc.strokes) > 0 {
				if err := a.DrawStrokes(tc.strokes); err != nil {
					t.Fatal(err)
				}
			}
			tick(a)
			var st struct {
				Prediction struct {
					Verdict string
					Unsure  bool
					Ready   bool
					Label   int
					Probs   []float64
				}
			}
			if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
				t.Fatal(err)
			}
			p := st.Prediction
			if p.Verdict != tc.want.verdict || p.Ready != ready || p.Unsure != tc.want.unsure {
				t.Errorf("%s (network ready %v): verdict %q, unsure %v, ready %v; want %q, unsure %v (why %q)", tc.name, ready, p.Verdict, p.Unsure, p.Ready, tc.want.verdict, tc.want.unsure, a.pred.why)
			}
			hasLabel := p.Label >= 0 && p.Label < nn.Classes
			if hasLabel != (tc.want.label && ready) || (!hasLabel && p.Label != -1) {
				t.Errorf("%s (network ready %v): label %d", tc.name, ready, p.Label)
			}
			if tc.want.verdict == "not-a-digit" {
				if a.pred.why == "" {
					t.Errorf("%s: no reason given", tc.name)
				}
				var sum float64
				for _, q := range p.Probs {
					sum += q
				}
				if ready && math.Abs(sum-1) > 1e-3 {
					t.Errorf("%s: the network's probabilities sum to %v, want them shown", tc.name, sum)
				}
			}
		}
	}
}

// An inspected image from the Errors tab (no strokes behind it) is judged
// by its pixels alone.
func TestInspectedImageIsJudged(t *testing.T) {
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    string
	}{
		{"drawn 1", testDigit(t, 1), "digit"},
		{"scribble", scribble(), "not-a-digit"},
	} {
		a, _ := newTestApp(t, Options{})
		tick(a)
		var d pad.Drawing
		if err := d.AddStrokes(tc.strokes); err != nil {
			t.Fatal(err)
		}
		var img [pad.NetPixels]float32
		pad.Preprocess(&d, &img)
		px := make([]byte, pad.NetPixels)
		for i, v := range img {
			px[i] = byte(math.Round(float64(v) * 255))
		}
		a.padV.inspect(trainer.Mistake{Mistake: nn.Mistake{Label: 1, Predicted: 7}, Pixels: px})
		tick(a)
		if got := a.pred.verdictString(); got != tc.want {
			t.Errorf("inspected %s: verdict %q (%s), want %q", tc.name, got, a.pred.why, tc.want)
		}
	}
}

// TestCheckerLoadsLater checks a page whose not-a-digit checker arrives
// after it starts (Options.Checker returning nil meanwhile): the pad reads
// nothing and says "checking" until the checker is there, then judges the
// drawing that waited, a digit as a digit and a scribble as not one.
func TestCheckerLoadsLater(t *testing.T) {
	cases := []struct {
		name    string
		strokes [][][2]float32
		verdict string
	}{
		{"a seven", aSeven, "digit"},
		{"a scribble", scribble(), "not-a-digit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var loaded *pad.Checker
			cfg := nn.DefaultConfig()
			a, ft := newTestApp(t, Options{Checker: func() *pad.Checker { return loaded }})
			ft.set(snapshotOf(t, cfg, trainer.RunTraining, 1))
			if err := a.DrawStrokes(c.strokes); err != nil {
				t.Fatal(err)
			}
			for range 3 {
				tick(a)
			}
			var s struct {
				Prediction predJSON
			}
			read := func() {
				t.Helper()
				if err := json.Unmarshal([]byte(a.StateJSON()), &s); err != nil {
					t.Fatal(err)
				}
			}
			read()
			if p := s.Prediction; p.Verdict != "checking" || p.Ready || p.Empty || p.Label != -1 {
				t.Fatalf("while the checker loads: %+v, want verdict checking, not ready, not empty, no label", p)
			}
			loaded = pad.NewChecker()
			tick(a)
			read()
			if p := s.Prediction; p.Verdict != c.verdict || !p.Ready {
				t.Fatalf("once the checker is in: %+v, want verdict %s, ready", p, c.verdict)
			}
		})
	}
}
