package main

import (
	"fmt"
	"slices"

	"digitlab/pad/drawset"
)

// tracedSetNames are the drawn-digit sets traced from real fonts whose
// tuning halves the networks and the subspaces also learn from: the
// fonts set (Hershey stroke fonts, gothic included, and DejaVu outlines
// traced as a person traces a thick letter), the hands set and the
// scribes set (handwriting typefaces). Why: what a user draws after a
// typeface, or in a hand like one, is a kind of digit no procedural
// family covers. Trained on procedural families alone, the verdict
// rejected 96% of gothic 0s and 8% of all the fonts set's 6s, and
// accepted 5 to 10% of the hands and scribes sets' letters, where
// the drawings of those sets are the ones a person makes after a
// typeface. Leaving one set out measures what they teach about unseen
// glyphs (-traced-sets fonts,hands): the scribes set's tuning
// non-digits were rejected 98.0% and 97.5% (cmd/padbench -verdict, seeds
// 1 and 3) against 94.8% and 94.9% without any traced set, its digits
// 2.2% and 2.1% against 2.3% and 2.1%. The drawings are those of the
// sets' verdict seeds at TrainSeed, which cmd/padbench does not report
// on, but the glyphs are the same: padbench's tuning-half figures for
// these three sets measure other drawings of glyphs the verdict has
// learnt, and only their held-out halves (other typefaces and hands)
// measure unseen ones.
var tracedSetNames = []string{"fonts", "hands", "scribes"}

// tracedDraws draws the tuning half of each traced set: per digits and
// half as many non-digits.
var tracedDraws = map[string]func(per int) (digits, others []drawset.Sample, err error){
	"fonts": func(per int) ([]drawset.Sample, []drawset.Sample, error) {
		return drawTraced(drawset.LoadFonts, drawset.FontsTune, per)
	},
	"hands": func(per int) ([]drawset.Sample, []drawset.Sample, error) {
		return drawTraced(drawset.LoadHands, drawset.HandsTune, per)
	},
	"scribes": func(per int) ([]drawset.Sample, []drawset.Sample, error) {
		return drawTraced(drawset.LoadScribes, drawset.ScribesTune, per)
	},
}

// verdictSet is a traced set's verdict drawings, by half.
type verdictSet[H any] interface {
	VDigits(seed uint64, n int, h H) []drawset.Sample
	VOthers(seed uint64, n int, h H) []drawset.Sample
}

// drawTraced loads a traced set (it reads the system's font files, as
// cmd/padbench does) and draws per digits and per/2 non-digits of half h
// from its verdict seeds at TrainSeed.
func drawTraced[H any, S verdictSet[H]](load func() (S, error), h H, per int) ([]drawset.Sample, []drawset.Sample, error) {
	set, err := load()
	if err != nil {
		return nil, nil, err
	}
	return set.VDigits(TrainSeed, per, h), set.VOthers(TrainSeed, per/2, h), nil
}

// tracedSamples returns, for each set named, k*3/len(names) digits and
// half as many non-digits of its tuning half (so that the total does not
// depend on how many sets are named), in tracedSetNames' order.
func tracedSamples(names []string, k int) (digits, others [][]drawset.Sample, err error) {
	if k == 0 {
		return nil, nil, nil
	}
	for _, n := range names {
		if !slices.Contains(tracedSetNames, n) {
			return nil, nil, fmt.Errorf("-traced-sets: no set %q (there are %v)", n, tracedSetNames)
		}
	}
	per := k * len(tracedSetNames) / len(names)
	for _, n := range tracedSetNames {
		if !slices.Contains(names, n) {
			continue
		}
		d, o, err := tracedDraws[n](per)
		if err != nil {
			return nil, nil, err
		}
		digits, others = append(digits, d), append(others, o)
	}
	return digits, others, nil
}
