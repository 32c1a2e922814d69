package main

import (
	"fmt"
	"io"
	"slices"

	"digitlab/internal/datasets"
	"digitlab/pad"
	"digitlab/pad/drawset"
)

// calibrate prints the percentiles of each measurement pad.Checker makes, on
// the bundled MNIST training images, the digits of the tuning, Fresh and
// blind-tuning sets and the digits of the two unseen sets' tuning halves
// (drawset.UnseenVTune and UnseenTune, n of each) and, for information
// only, on the tuning and blind-tuning non-digits. The held-out parts are
// not looked at. pad.MaxScore and pad.DoubtScore come from the four tuning
// halves that pad/internal/genverdict/calibrate reads.
func calibrate(w io.Writer, s sets, data datasets.Data, seed uint64, n int) {
	hardest := append(prepare(drawset.UnseenVDigits(seed, n, drawset.UnseenVTune)), prepare(drawset.UnseenDigits(seed, n, drawset.UnseenTune))...)
	var mnist []pad.Judgement
	var img [pad.NetPixels]float32
	check := pad.NewChecker()
	for i := 0; i < data.Train.Len(); i++ {
		for j, p := range data.Train.Image(i) {
			img[j] = float32(p) / 255
		}
		mnist = append(mnist, check.Check(&img, nil))
	}
	judgements := func(ds []drawn) []pad.Judgement {
		var out []pad.Judgement
		for _, d := range ds {
			out = append(out, d.j)
		}
		return out
	}
	measures := []struct {
		name string
		f    func(pad.Judgement) float64
	}{
		{"score", func(j pad.Judgement) float64 { return float64(j.Score) }},
		{"remote", func(j pad.Judgement) float64 { return float64(j.Remote) }},
		{"unlike", func(j pad.Judgement) float64 { return float64(j.Unlike) }},
		{"holes", func(j pad.Judgement) float64 { return float64(j.Holes) }},
		{"pieces", func(j pad.Judgement) float64 { return float64(j.Pieces) }},
		{"strokes", func(j pad.Judgement) float64 { return float64(j.Strokes) }},
		{"travel", func(j pad.Judgement) float64 { return float64(j.Travel) }},
	}
	qs := []float64{0.5, 0.9, 0.95, 0.97, 0.98, 0.985, 0.99, 0.995, 0.998, 0.999}
	for _, g := range []struct {
		name string
		js   []pad.Judgement
	}{{"MNIST training (20,000)", mnist}, {"drawn digits, tuning", judgements(s.digitsTune)}, {"drawn digits, fresh", judgements(s.digitsFresh)},
		{"drawn digits, blind tuning half", judgements(s.vblindDigits)},
		{"drawn digits, both unseen sets' tuning halves", judgements(hardest)},
		{"non-digits, tuning", judgements(s.othersTune)}, {"non-digits, blind tuning half", judgements(s.vblindOthers)}} {
		fmt.Fprintf(w, "%s: percentiles %v\n", g.name, qs)
		for _, m := range measures {
			var v []float64
			for _, j := range g.js {
				v = append(v, m.f(j))
			}
			slices.Sort(v)
			fmt.Fprintf(w, "  %-9s", m.name)
			for _, q := range qs {
				fmt.Fprintf(w, " %8.3f", v[min(len(v)-1, int(q*float64(len(v))))])
			}
			fmt.Fprintln(w)
		}
		why := map[string]int{}
		for _, j := range g.js {
			why[j.Why]++
		}
		fmt.Fprintf(w, "  verdicts now: %v\n", why)
	}
}
