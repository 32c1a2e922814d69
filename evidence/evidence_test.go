package evidence

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
	"digitlab/pad"
)

// handNet builds the network of cfg with every weight zero except the
// output layer's: a pixel in the top half (rows 0-13) adds to class 3's
// logit, one in the bottom half to class 5's. A leading 1×1 convolution,
// if cfg has one, passes the image through scaled by 2.
func handNet(t *testing.T, cfg string) *nn.Network {
	t.Helper()
	c, err := nn.ParseConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	net, err := nn.NewNet[float32](c, 1)
	if err != nil {
		t.Fatal(err)
	}
	w := make([]float32, net.NumParams())
	off := 0
	if c.Conv != "" {
		w[0], off = 2, 2 // the filter's one weight, then its bias
	}
	for i := 0; i < nn.Inputs; i++ {
		k := 3
		if i/28 >= 14 {
			k = 5
		}
		w[off+i*nn.Classes+k] = 1
	}
	if err := net.SetWeights(w); err != nil {
		t.Fatal(err)
	}
	return net
}

// TestSaliencySigns: on the hand-built networks, ink in the top half
// pushes towards 3 and ink in the bottom half towards 5, by exactly the
// weight times the ink, and pixels without ink have no share.
func TestSaliencySigns(t *testing.T) {
	for _, tc := range []struct {
		cfg   string
		scale float32
	}{
		{"hidden=none&act=linear", 1},
		{"conv=1c1&hidden=none&act=linear", 2},
	} {
		t.Run(tc.cfg, func(t *testing.T) {
			net := handNet(t, tc.cfg)
			var img [nn.Inputs]float32
			for y := 2; y <= 20; y++ { // 12 pixels in the top half, 7 below
				img[y*28+14] = 0.5
			}
			img[5*28+3] = 1
			var probs [nn.Classes]float32
			net.Predict(img[:], probs[:])
			win, second := Top2(&probs)
			if win != 3 || second != 5 {
				t.Fatalf("read as %d then %d, want 3 then 5 (probs %v)", win, second, probs)
			}
			var m Map
			Saliency(net, &img, win, second, &m)
			for i, v := range m {
				want := float32(0)
				if img[i] != 0 {
					want = tc.scale * img[i]
					if i/28 >= 14 {
						want = -want
					}
				}
				if math.Abs(float64(v-want)) > 1e-6 {
					t.Errorf("pixel (%d,%d): %v, want %v", i%28, i/28, v, want)
				}
			}
			toward, against := m.Masses()
			if math.Abs(toward-float64(tc.scale)*7) > 1e-5 || math.Abs(against-float64(tc.scale)*3.5) > 1e-5 {
				t.Errorf("masses %v for, %v against; want %v and %v", toward, against, tc.scale*7, tc.scale*3.5)
			}
		})
	}
}

// For a network without hidden layers the map is exact: it sums to the
// logit margin less the biases' part of it.
func TestSaliencySumsToTheMarginOfALinearNet(t *testing.T) {
	cfg := nn.DefaultConfig()
	cfg.Hidden = nil
	net, err := nn.NewNet[float32](cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	w := net.AppendWeights(nil)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range w {
		w[i] = float32(rng.NormFloat64() * 0.05)
	}
	if err := net.SetWeights(w); err != nil {
		t.Fatal(err)
	}
	bias := w[nn.Inputs*nn.Classes:]
	var img [nn.Inputs]float32
	for i := range img {
		if rng.Float64() < 0.2 {
			img[i] = float32(rng.Float64())
		}
	}
	var probs [nn.Classes]float32
	net.Predict(img[:], probs[:])
	win, second := Top2(&probs)
	var m Map
	Saliency(net, &img, win, second, &m)
	var sum float64
	for _, v := range m {
		sum += float64(v)
	}
	margin := math.Log(float64(probs[win])) - math.Log(float64(probs[second])) - float64(bias[win]-bias[second])
	if math.Abs(sum-margin) > 1e-3 {
		t.Errorf("the map sums to %v, the margin less the biases is %v", sum, margin)
	}
}

func TestTop2(t *testing.T) {
	for _, tc := range []struct {
		probs       [nn.Classes]float32
		win, second int
	}{
		{[nn.Classes]float32{0.1, 0.2, 0.7}, 2, 1},
		{[nn.Classes]float32{0.9, 0.05, 0, 0, 0, 0, 0, 0, 0, 0.05}, 0, 1},
		{[nn.Classes]float32{0, 0, 0, 0, 0, 0, 0, 0, 0.4, 0.6}, 9, 8},
		{[nn.Classes]float32{0.3, 0.1, 0.1, 0.5}, 3, 0},
		{[nn.Classes]float32{}, 0, 1},
	} {
		if w, s := Top2(&tc.probs); w != tc.win || s != tc.second {
			t.Errorf("Top2(%v) = %d, %d; want %d, %d", tc.probs, w, s, tc.win, tc.second)
		}
	}
}

func TestStrongest(t *testing.T) {
	for _, tc := range []struct {
		name          string
		set           map[[2]int]float32 // (x, y) → value
		toward, again Region
	}{
		{"top left for, bottom against", map[[2]int]float32{{2, 2}: 3, {20, 14}: 1, {14, 25}: -2}, Region{"top left", 0.75}, Region{"bottom", 1}},
		{"middle and right", map[[2]int]float32{{14, 14}: 1, {15, 15}: 1, {27, 12}: -1, {0, 12}: -0.5}, Region{"middle", 1}, Region{"right", 2.0 / 3}},
		{"nothing against", map[[2]int]float32{{9, 9}: 1}, Region{"middle", 1}, Region{}},
	} {
		var m Map
		for p, v := range tc.set {
			m[p[1]*28+p[0]] = v
		}
		to, ag := m.Strongest()
		if to.Name != tc.toward.Name || math.Abs(to.Share-tc.toward.Share) > 1e-9 || ag.Name != tc.again.Name || math.Abs(ag.Share-tc.again.Share) > 1e-9 {
			t.Errorf("%s: %+v, %+v; want %+v, %+v", tc.name, to, ag, tc.toward, tc.again)
		}
	}
}

// synthData returns n random sparse images, labelled by index mod 10.
func synthData(n int) nn.Dataset {
	rng := rand.New(rand.NewPCG(5, 6))
	d := nn.Dataset{Pixels: make([]byte, n*nn.Inputs), Labels: make([]uint8, n)}
	for i := range d.Pixels {
		if rng.Float64() < 0.2 {
			d.Pixels[i] = byte(1 + rng.IntN(255))
		}
	}
	for i := range d.Labels {
		d.Labels[i] = uint8(i % 10)
	}
	return d
}

// bruteNearest sorts every index by its distance to img, in float64.
func bruteNearest(d nn.Dataset, img []byte, limit int) []int {
	idx := make([]int, limit)
	dist := make([]float64, limit)
	for i := range idx {
		idx[i] = i
		for j, p := range d.Image(i) {
			dd := float64(p) - float64(img[j])
			dist[i] += dd * dd
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case dist[a] < dist[b]:
			return -1
		case dist[a] > dist[b]:
			return 1
		}
		return 0
	})
	return idx
}

func TestNearest(t *testing.T) {
	d := synthData(200)
	copy(d.Image(120), d.Image(17)) // a duplicate of image 17, with label 0
	x := NewIndex(d)
	other := synthData(201).Image(200) // not in the index
	for _, tc := range []struct {
		name     string
		query    []byte
		k, limit int
		first    []int // the indices that must come first, in order
	}{
		{"an image is its own nearest, then its duplicate", d.Image(17), 5, 0, []int{17, 120}},
		{"the duplicate's nearest is the earlier copy", d.Image(120), 3, 0, []int{17, 120}},
		{"within a limit", d.Image(120), 4, 100, []int{17}},
		{"an image not indexed", other, 6, 0, nil},
		{"more than there are", d.Image(3), 300, 50, []int{3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := x.Nearest(tc.query, tc.k, tc.limit, nil)
			limit := tc.limit
			if limit == 0 {
				limit = d.Len()
			}
			want := bruteNearest(d, tc.query, limit)[:min(tc.k, limit)]
			if len(got) != len(want) {
				t.Fatalf("%d neighbours, want %d", len(got), len(want))
			}
			for i, n := range got {
				if n.Index != want[i] || n.Label != int(d.Labels[n.Index]) {
					t.Errorf("neighbour %d: %+v, want index %d", i, n, want[i])
				}
				if n.Index >= limit {
					t.Errorf("neighbour %d is image %d, beyond the limit %d", i, n.Index, limit)
				}
				if i > 0 && n.Distance < got[i-1].Distance {
					t.Errorf("neighbour %d is closer than the one before", i)
				}
			}
			for i, idx := range tc.first {
				if got[i].Index != idx {
					t.Errorf("neighbour %d is image %d, want %d", i, got[i].Index, idx)
				}
				if got[i].Distance != 0 {
					t.Errorf("an identical image at distance %v", got[i].Distance)
				}
			}
		})
	}
	if got := x.Nearest(make([]byte, 10), 3, 0, nil); len(got) != 0 {
		t.Errorf("a query of 10 pixels found %v", got)
	}
	white := make([]byte, nn.Inputs)
	for i := range white {
		white[i] = 255
	}
	black := NewIndex(nn.Dataset{Pixels: make([]byte, nn.Inputs), Labels: []uint8{4}})
	if got := black.Nearest(white, 1, 0, nil); len(got) != 1 || math.Abs(got[0].Distance-1) > 1e-12 {
		t.Errorf("white against black: %+v, want distance 1", got)
	}
}

func TestExplain(t *testing.T) {
	probs := func(pairs ...float32) (p [nn.Classes]float32) {
		for i := 0; i+1 < len(pairs); i += 2 {
			p[int(pairs[i])] = pairs[i+1]
		}
		return p
	}
	var topLeft Map // for 8 at the top left, for 9 at the bottom
	topLeft[3*28+3], topLeft[4*28+4], topLeft[24*28+14] = 0.6, 0.2, -0.3
	var weak Map // hardly anything for the runner-up
	weak[14*28+14], weak[0] = 1, -0.01
	var middle Map // both in the middle
	middle[14*28+14], middle[13*28+13] = 1, -0.5
	var zero Map
	near := func(labels ...int) []Neighbour {
		var ns []Neighbour
		for i, l := range labels {
			ns = append(ns, Neighbour{Index: i, Label: l})
		}
		return ns
	}
	for _, tc := range []struct {
		name        string
		c           Case
		win, second int
		want, not   []string
	}{
		{"empty", Case{Verdict: pad.Empty, Ready: true}, -1, -1, []string{"Draw a digit"}, []string{"Read as"}},
		{"no weights", Case{Verdict: pad.Digit, Probs: probs(8, 1)}, -1, -1, []string{"no weights yet"}, []string{"Read as"}},
		{"not a number", Case{Verdict: pad.Digit, Ready: true, Probs: probs(8, float32(math.NaN()))}, -1, -1, []string{"not a number"}, []string{"Read as"}},
		{"a sure 8", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(8, 0.94, 9, 0.05, 3, 0.01), Map: &topLeft, Neighbours: near(8, 8, 8, 9, 8, 3)},
			8, 9, []string{"Read as 8 (94%); 9 came second (5%).", "at the top left pushed it most towards 8 (all of the evidence for it)", "at the bottom pulled most towards 9 (all of", "4 of the 6 closest training images are 8s."},
			[]string{"tie", "guess", "diverged", "validation", "checker", "slash", "flag"}},
		{"an 8 the checker disputes", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(8, 0.94, 9, 0.05, 3, 0.01), Disputed: true, Nearest: 0},
			8, 9, []string{"Read as 8 (94%); 9 came second (5%).", "The pad's digit checker, which does not use this network, finds it nearer the 0s it knows: it could also be a 0."}, nil},
		{"a misread 3 the checker disputes", Case{Verdict: pad.Digit, Ready: true, Truth: 3, Probs: probs(5, 0.7, 8, 0.3), Disputed: true, Nearest: 3},
			5, 8, []string{"read as 5 (70%)", "nearer the 3s it knows: it could also be a 3."}, nil},
		{"a struck 0", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(0, 0.9, 6, 0.1), Struck: true},
			0, 6, []string{"Read as 0 (90%)", "The slash through the oval was left out, as the pad does for a 0 struck through"}, []string{"flag"}},
		{"a flagged 1", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(1, 0.97, 7, 0.03), Flagged: true},
			1, 7, []string{"Read as 1 (97%)", "as the pad does for the flag and base of a 1"}, []string{"slash"}},
		{"a validation image marked struck and flagged", Case{Verdict: pad.Digit, Ready: true, Truth: 0, Probs: probs(0, 0.9, 6, 0.1), Struck: true, Flagged: true},
			0, 6, []string{"read right"}, []string{"slash", "flag"}},
		{"a dispute that names the answer", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(8, 0.94, 9, 0.06), Disputed: true, Nearest: 8},
			8, 9, []string{"Read as 8"}, []string{"checker"}},
		{"a dispute over a non-digit", Case{Verdict: pad.NotDigit, Ready: true, Truth: -1, Probs: probs(8, 0.94, 9, 0.06), Disputed: true, Nearest: 0},
			8, 9, []string{"doesn't look like a digit"}, []string{"checker"}},
		{"a near tie, neighbours of another digit", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(4, 0.48, 9, 0.45, 1, 0.07), Map: &weak, Neighbours: near(9, 9, 9, 4, 1)},
			4, 9, []string{"Read as 4 (48%)", "near tie", "little ink pulled towards 9", "mostly 9s (3 of 5); one is a 4."}, []string{"guess"}},
		{"for and against in the same place", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(2, 0.7, 3, 0.3), Map: &middle},
			2, 3, []string{"The ink in the middle pushed it most towards 2 (all of the evidence for it); other ink there pulled most towards 3 (all of"}, nil},
		{"no neighbour agrees", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(6, 0.7, 0, 0.3), Neighbours: near(8, 8, 0)},
			6, 0, []string{"mostly 8s (2 of 3); none is a 6."}, []string{"pushed"}},
		{"no digit is most of them", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(6, 0.8, 5, 0.2), Neighbours: near(5, 5, 4, 8, 6, 8)},
			6, 5, []string{"The closest training images are 2 5s, 2 8s, a 4 and a 6."}, []string{"mostly"}},
		{"no digit is most of them, none the answer", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(6, 0.8, 5, 0.2), Neighbours: near(5, 5, 4, 8, 8, 1)},
			6, 5, []string{"The closest training images are 2 5s, 2 8s, a 1 and a 4; none is a 6."}, []string{"mostly"}},
		{"all are another digit", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(8, 0.6, 3, 0.4), Neighbours: near(3, 3, 3, 3)},
			8, 3, []string{"All 4 closest training images are 3s; none is an 8."}, []string{"mostly"}},
		{"all agree", Case{Verdict: pad.Digit, Ready: true, Truth: -1, Probs: probs(1, 0.99, 7, 0.01), Neighbours: near(1, 1, 1)},
			1, 7, []string{"All 3 closest training images are 1s."}, nil},
		{"a guess by a broken network", Case{Verdict: pad.Digit, Ready: true, Diverged: true, Truth: -1, Probs: probs(0, 0.12, 1, 0.11, 2, 0.11, 3, 0.11, 4, 0.11, 5, 0.11, 6, 0.11, 7, 0.11, 8, 0.11), Map: &zero},
			0, 1, []string{"diverged", "10% of a guess", "No pixel moves the answer"}, []string{"tie"}},
		{"not a digit", Case{Verdict: pad.NotDigit, Why: "too many holes", Ready: true, Truth: -1, Probs: probs(4, 0.6, 1, 0.4)},
			4, 1, []string{"doesn't look like a digit (too many holes)", "leans to 4 (60%), then 1 (40%)"}, []string{"Read as"}},
		{"a validation image that is not a digit", Case{Verdict: pad.NotDigit, Ready: true, Truth: 7, Probs: probs(1, 0.9, 7, 0.1)},
			1, 7, []string{"This 7 from the validation set doesn't look like a digit, so the pad reads nothing."}, nil},
		{"a misread validation image, truth second", Case{Verdict: pad.Digit, Ready: true, Truth: 8, Probs: probs(9, 0.8, 8, 0.2)},
			9, 8, []string{"An 8 from the validation set, read as 9 (80%); 8, the right answer, came second (20%)."}, nil},
		{"a misread validation image, truth third", Case{Verdict: pad.Digit, Ready: true, Truth: 2, Probs: probs(7, 0.7, 1, 0.296, 2, 0.004)},
			7, 1, []string{"A 2 from the validation set, read as 7 (70%); 1 came second (30%), and 2, the right answer, got <1%."}, nil},
		{"a validation image read right", Case{Verdict: pad.Digit, Ready: true, Truth: 5, Probs: probs(5, 0.999, 3, 0.001)},
			5, 3, []string{"A 5 from the validation set, read right (>99%); 3 came second (<1%)."}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := Explain(&tc.c)
			if e.Winner != tc.win || e.RunnerUp != tc.second {
				t.Errorf("winner %d, runner-up %d; want %d, %d", e.Winner, e.RunnerUp, tc.win, tc.second)
			}
			for _, w := range tc.want {
				if !strings.Contains(e.Sentence, w) {
					t.Errorf("%q lacks %q", e.Sentence, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(e.Sentence, w) {
					t.Errorf("%q says %q", e.Sentence, w)
				}
			}
		})
	}
}
