// Command calibrate measures the not-a-digit verdict's files (those
// pad/internal/genverdict writes, or candidates written elsewhere) on
// tuning halves only, and prints where pad's limits belong:
//
//   - the limits: DoubtScore is the 95th and MaxScore the 99th
//     percentile of the scores of the digits of four tuning halves, drawn
//     in shapes and pens the checker never learned from (drawset's
//     SealedVDigits and SealedDigits, SealedTune; UnseenVDigits,
//     UnseenVTune; UnseenDigits, UnseenTune);
//   - for each set, the share rejected at pad.MaxScore (what the bundled
//     limits do) and at that percentile (what the files do once the limits
//     follow them; comparing two candidates there compares them at the
//     same share of tuning digits rejected): the four halves' digits,
//     part Fresh's digits, MNIST's test images and the last 4,000 of its
//     training images (neither learned from), and the non-digits of the
//     sealed and unseen verdict sets' tuning halves and of part Tuning;
//   - the non-digit families rejected less than 90% and the digit
//     families more than 5% at the percentile, and the share by digit.
//
// No held-out half is looked at. Run from the module root:
//
//	go run ./pad/internal/genverdict/calibrate [-model f -space f -n 2000]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"sort"
	"strings"

	"digitlab/assets"
	"digitlab/pad"
	"digitlab/pad/drawset"
)

// The percentiles of the tuning digits' scores the limits sit at.
const (
	maxPercentile   = 0.99
	doubtPercentile = 0.95
)

// judged is one drawing or image and the checker's judgement of it.
type judged struct {
	family string
	label  int
	j      pad.Judgement
}

// set is a named group of judgements.
type set struct {
	name string
	js   []judged
}

func main() {
	model := flag.String("model", "pad/notdigit.model", "the not-a-digit model file")
	space := flag.String("space", "pad/digitspace.bin", "the digits' subspaces file")
	n := flag.Int("n", 2000, "digits per tuning half; half as many non-digits")
	seed := flag.Uint64("seed", 1, "seed of the drawings")
	extra := flag.String("extra", "", "also measure the non-digits in this JSON file (genverdict -valid writes it)")
	flag.Parse()
	mb, err := os.ReadFile(*model)
	if err != nil {
		log.Fatal(err)
	}
	sb, err := os.ReadFile(*space)
	if err != nil {
		log.Fatal(err)
	}
	c, err := pad.LoadChecker(mb, sb)
	if err != nil {
		log.Fatal(err)
	}
	b, err := assets.MNIST()
	if err != nil {
		log.Fatal(err)
	}
	s, N := *seed, *n
	calib := []set{
		drawings(c, "sealed verdict digits", drawset.SealedVDigits(s, N, drawset.SealedTune)),
		drawings(c, "unseen verdict digits", drawset.UnseenVDigits(s, N, drawset.UnseenVTune)),
		drawings(c, "sealed reading digits", drawset.SealedDigits(s, N, drawset.SealedTune)),
		drawings(c, "unseen reading digits", drawset.UnseenDigits(s, N, drawset.UnseenTune)),
	}
	others := []set{
		drawings(c, "Fresh digits", drawset.Digits(s, N, drawset.Fresh)),
		images(c, "MNIST test", b.Test.Images),
		images(c, "MNIST training, last 4k", b.Train.Images[(b.Train.Len()-4000)*pad.NetPixels:]),
		drawings(c, "outside verdict digits", drawset.OutsideVDigits(s, N, drawset.OutsideTune)),
		drawings(c, "outside reading digits", drawset.OutsideDigits(s, N, drawset.OutsideTune)),
	}
	nons := []set{
		drawings(c, "sealed verdict others", drawset.SealedVOthers(s, N/2, drawset.SealedTune)),
		drawings(c, "unseen verdict others", drawset.UnseenVOthers(s, N/2, drawset.UnseenVTune)),
		drawings(c, "outside verdict others", drawset.OutsideVOthers(s, N/2, drawset.OutsideTune)),
		drawings(c, "tuning others", drawset.Others(s, N/4, drawset.Tuning)),
	}
	if *extra != "" {
		raw, err := os.ReadFile(*extra)
		if err != nil {
			log.Fatal(err)
		}
		var ss []drawset.Sample
		if err := json.Unmarshal(raw, &ss); err != nil {
			log.Fatalf("%s: %v", *extra, err)
		}
		nons = append(nons, drawings(c, "held-out generated others", ss))
	}
	report(os.Stdout, calib, others, nons)
}

// drawings judges drawn samples as the pad does.
func drawings(c *pad.Checker, name string, ss []drawset.Sample) set {
	out := set{name: name}
	var img [pad.NetPixels]float32
	for _, s := range ss {
		var d pad.Drawing
		if err := d.AddStrokes(s.Strokes); err != nil {
			log.Fatal(err)
		}
		pad.Preprocess(&d, &img)
		out.js = append(out.js, judged{s.Family, s.Label, c.Check(&img, &d)})
	}
	return out
}

// images judges MNIST images (bytes, 28x28 each) with no drawing.
func images(c *pad.Checker, name string, px []uint8) set {
	out := set{name: name}
	var img [pad.NetPixels]float32
	for i := 0; i < len(px)/pad.NetPixels; i++ {
		for k, p := range px[i*pad.NetPixels : (i+1)*pad.NetPixels] {
			img[k] = float32(p) / 255
		}
		out.js = append(out.js, judged{"mnist", 0, c.Check(&img, nil)})
	}
	return out
}

// percentile returns the score below which the share q of the non-empty
// judgements in sets lie.
func percentile(sets []set, q float64) float32 {
	var v []float32
	for _, s := range sets {
		for _, x := range s.js {
			if x.j.Verdict != pad.Empty {
				v = append(v, x.j.Score)
			}
		}
	}
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	return v[min(len(v)-1, int(q*float64(len(v))))]
}

// rejected is the share of js that is empty or scores above limit.
func rejected(js []judged, limit float32) float64 {
	k := 0
	for _, x := range js {
		if x.j.Verdict == pad.Empty || x.j.Score > limit {
			k++
		}
	}
	return 100 * float64(k) / float64(max(1, len(js)))
}

// report prints the limits, the shares rejected and the weak families.
func report(w io.Writer, calib, others, nons []set) {
	limit := percentile(calib, maxPercentile)
	fmt.Fprintf(w, "tuning digits' scores: %.1fth percentile %.3f (MaxScore here %.2f), %.0fth %.3f (DoubtScore here %.2f)\n",
		100*maxPercentile, limit, pad.MaxScore, 100*doubtPercentile, percentile(calib, doubtPercentile), pad.DoubtScore)
	fmt.Fprintf(w, "%-26s %9s %12s\n", "rejected", "MaxScore", "percentile")
	for _, g := range [][]set{calib, others, nons} {
		for _, s := range g {
			fmt.Fprintf(w, "%-26s %8.1f%% %11.1f%%\n", s.name, rejected(s.js, pad.MaxScore), rejected(s.js, limit))
		}
	}
	// The verdict sets' tuning halves hold families no file was made
	// from: together, the measure of how the verdict carries to new kinds.
	var unseen []judged
	for _, s := range nons {
		if strings.HasSuffix(s.name, "verdict others") {
			unseen = append(unseen, s.js...)
		}
	}
	fmt.Fprintf(w, "%-26s %8.1f%% %11.1f%%\n", "verdict others together", rejected(unseen, pad.MaxScore), rejected(unseen, limit))
	// The trade-off: comparing two candidates at several limits shows
	// whether one rejects more non-digits at every share of digits.
	var calibJs []judged
	for _, s := range calib {
		calibJs = append(calibJs, s.js...)
	}
	fmt.Fprintf(w, "%-10s %7s %14s", "percentile", "limit", "tuning digits")
	for _, s := range others {
		fmt.Fprintf(w, " %14.14s", s.name)
	}
	fmt.Fprintf(w, " %14s\n", "verdict others")
	for _, q := range []float64{0.975, 0.98, 0.985, 0.99, 0.995} {
		l := percentile(calib, q)
		fmt.Fprintf(w, "%-10.1f %7.3f %13.1f%%", 100*q, l, rejected(calibJs, l))
		for _, s := range others {
			fmt.Fprintf(w, " %13.1f%%", rejected(s.js, l))
		}
		fmt.Fprintf(w, " %13.1f%%\n", rejected(unseen, l))
	}
	for _, g := range [][]set{calib, nons} {
		for _, s := range g {
			fams := map[string][]judged{}
			for _, x := range s.js {
				fams[x.family] = append(fams[x.family], x)
			}
			var names []string
			for f := range fams {
				names = append(names, f)
			}
			sort.Strings(names)
			var weak []string
			for _, f := range names {
				r := rejected(fams[f], limit)
				if digit := fams[f][0].label >= 0; (digit && r > 5) || (!digit && r < 90) {
					weak = append(weak, fmt.Sprintf("%s %.0f%%", f, r))
				}
			}
			fmt.Fprintf(w, "  weak in %s: %s\n", s.name, strings.Join(weak, ", "))
		}
	}
	var byDigit [10]set
	for _, s := range calib {
		for _, x := range s.js {
			byDigit[x.label].js = append(byDigit[x.label].js, x)
		}
	}
	fmt.Fprint(w, "  tuning digits rejected by digit:")
	for d, s := range byDigit {
		fmt.Fprintf(w, " %d %.1f%%", d, rejected(s.js, limit))
	}
	fmt.Fprintln(w)
}
