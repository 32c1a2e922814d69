package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"digitlab/internal/datasets"
	"digitlab/nn"
	"digitlab/pad"
)

// tally counts right answers.
type tally struct {
	N       int `json:"n"`
	Correct int `json:"correct"`
}

func (t tally) Acc() float64 {
	if t.N == 0 {
		return 0
	}
	return float64(t.Correct) / float64(t.N)
}

func (t *tally) add(ok bool) {
	t.N++
	if ok {
		t.Correct++
	}
}

// partReport is the network's reading of one group of drawn digits.
type partReport struct {
	Name     string            `json:"name"`
	All      tally             `json:"all"`
	ByDigit  [10]tally         `json:"by_digit"`
	ByFamily map[string]*tally `json:"by_family"`
	ByPen    map[string]*tally `json:"by_pen"`
	// WrongConfMedian is the median confidence of the wrong answers;
	// WrongOver90 the share of wrong answers given with more than 90%.
	WrongConfMedian float64  `json:"wrong_conf_median"`
	WrongOver90     float64  `json:"wrong_over_90"`
	Confusions      []string `json:"confusions"` // the most frequent "true->read: count"
	// Rejected is the share the verdict calls not a digit (or empty);
	// RejectedByPen counts it by pen ("right" meaning rejected).
	Rejected tally `json:"rejected"`
	// Shown counts the drawings the pad answers right: read right and
	// not rejected by the verdict (the page shows no digit for those).
	Shown         tally             `json:"shown_right"`
	RejectedByPen map[string]*tally `json:"rejected_by_pen"`
	// Doubt is how the pad's "could also be" sorts the answers (views only).
	Doubt doubtReport `json:"doubt"`
}

// verdictReport is how pad.Checker fares. ReadAs and OthersNetOver90 are
// about the network being measured, the rest about the verdict alone.
type verdictReport struct {
	MNISTTest      tally `json:"mnist_test_rejected"`
	DigitsTune     tally `json:"digits_tuning_rejected"`
	DigitsHeld     tally `json:"digits_heldout_rejected"`
	DigitsFresh    tally `json:"digits_fresh_rejected"` // part Fresh, measured only with -fresh
	OthersTune     tally `json:"nondigits_tuning_rejected"`
	OthersHeld     tally `json:"nondigits_heldout_rejected"`
	OthersHeldFams tally `json:"nondigits_heldout_families_rejected"`
	// OthersFinal is part Final's non-digits, measured only with -final.
	OthersFinal     tally             `json:"nondigits_final_rejected"`
	OthersByFamily  map[string]*tally `json:"nondigits_rejected_by_family"`
	Why             map[string]int    `json:"nondigits_why"`
	ReadAs          [10]int           `json:"nondigits_read_as,omitzero"`
	OthersNetOver90 float64           `json:"nondigits_conf_over_90,omitzero"`
	// Unsure counts, by set of digits, those the verdict accepts but
	// marks Unsure ("right" meaning unsure).
	Unsure map[string]*tally `json:"digits_unsure"`
	// Blind is a half of the blind set, measured only with -vblind.
	Blind *blindReport `json:"blind,omitempty"`
}

// blindReport is the verdict on a half of drawset's blind set.
type blindReport struct {
	Half           string            `json:"half"`
	Digits         tally             `json:"digits_rejected"`
	DigitsByPen    map[string]*tally `json:"digits_rejected_by_pen"`
	DigitsByFamily map[string]*tally `json:"digits_rejected_by_family"`
	DigitsWhy      map[string]int    `json:"digits_why"`
	Others         tally             `json:"nondigits_rejected"`
	OthersByFamily map[string]*tally `json:"nondigits_rejected_by_family"`
	OthersByPen    map[string]*tally `json:"nondigits_rejected_by_pen"`
}

func measureBlind(s sets) *blindReport {
	if s.vblindHalf == "" {
		return nil
	}
	b := &blindReport{Half: s.vblindHalf, DigitsByPen: map[string]*tally{}, DigitsByFamily: map[string]*tally{}, DigitsWhy: map[string]int{},
		OthersByFamily: map[string]*tally{}, OthersByPen: map[string]*tally{}}
	for _, d := range s.vblindDigits {
		rej := d.j.Verdict != pad.Digit
		b.Digits.add(rej)
		count(b.DigitsByPen, d.Pen, rej)
		count(b.DigitsByFamily, d.Family, rej)
		if rej {
			b.DigitsWhy[d.j.Why]++
		}
	}
	for _, d := range s.vblindOthers {
		rej := d.j.Verdict != pad.Digit
		b.Others.add(rej)
		count(b.OthersByFamily, d.Family, rej)
		count(b.OthersByPen, d.Pen, rej)
	}
	return b
}

type report struct {
	Name     string        `json:"name"`
	Train    trainStats    `json:"train"`
	MNISTAcc float64       `json:"mnist_test_acc"`
	Parts    []partReport  `json:"parts"`
	Verdict  verdictReport `json:"verdict"`
}

// classify returns the network's answer and its confidence.
func classify(net *nn.Network, img *[pad.NetPixels]float32) (int, float64) {
	var probs [nn.Classes]float32
	net.Predict(img[:], probs[:])
	best := 0
	for k, p := range probs {
		if p > probs[best] {
			best = k
		}
	}
	return best, float64(probs[best])
}

func measure(name string, net *nn.Network, s sets, data datasets.Data, st trainStats) report {
	r := report{Name: name, Train: st, MNISTAcc: net.Evaluate(data.Test, 0).Accuracy}
	var seeds, heldFams []drawn
	for _, d := range s.digitsHeld {
		if d.HeldOut {
			heldFams = append(heldFams, d)
		} else {
			seeds = append(seeds, d)
		}
	}
	groups := []struct {
		name string
		ds   []drawn
	}{
		{"tuning", s.digitsTune},
		{"held-out seeds, tuning families", seeds},
		{"held-out families and pen", heldFams},
	}
	if len(s.digitsFresh) > 0 {
		groups = append(groups, struct {
			name string
			ds   []drawn
		}{"fresh part (report only)", s.digitsFresh})
	}
	for _, b := range []struct {
		name string
		ds   []drawn
	}{{"blind tuning half", s.blindTune}, {"blind held-out half (report only)", s.blindHeld}} {
		if len(b.ds) > 0 {
			groups = append(groups, b)
		}
	}
	var rd *pad.Reader
	if s.views {
		rd = new(pad.Reader)
	}
	for _, g := range groups {
		r.Parts = append(r.Parts, readDigits(g.name, net, rd, g.ds))
	}
	r.Verdict = measureVerdict(s, data)
	over90 := 0
	for _, g := range [][]drawn{s.othersTune, s.othersHeld} {
		for _, d := range g {
			k, c := classify(net, &d.img)
			r.Verdict.ReadAs[k]++
			if c > 0.9 {
				over90++
			}
		}
	}
	r.Verdict.OthersNetOver90 = float64(over90) / float64(len(s.othersTune)+len(s.othersHeld))
	return r
}

// measureVerdict is how pad.Checker fares on MNIST's test images and on
// the drawings, whatever network is being measured.
func measureVerdict(s sets, data datasets.Data) verdictReport {
	v := verdictReport{Unsure: map[string]*tally{}}
	var img [pad.NetPixels]float32
	check := pad.NewChecker()
	for i := 0; i < data.Test.Len(); i++ {
		for j, p := range data.Test.Image(i) {
			img[j] = float32(p) / 255
		}
		j := check.Check(&img, nil)
		v.MNISTTest.add(j.Verdict != pad.Digit)
		count(v.Unsure, "MNIST test", j.Unsure)
	}
	for _, g := range []struct {
		name string
		ds   []drawn
	}{{"tuning", s.digitsTune}, {"held-out", s.digitsHeld}, {"fresh", s.digitsFresh}, {"blind " + s.vblindHalf, s.vblindDigits}} {
		for _, d := range g.ds {
			count(v.Unsure, g.name, d.j.Unsure)
		}
	}
	for _, d := range s.digitsTune {
		v.DigitsTune.add(d.j.Verdict != pad.Digit)
	}
	for _, d := range s.digitsHeld {
		v.DigitsHeld.add(d.j.Verdict != pad.Digit)
	}
	for _, d := range s.digitsFresh {
		v.DigitsFresh.add(d.j.Verdict != pad.Digit)
	}
	v.Blind = measureBlind(s)
	v.OthersByFamily = map[string]*tally{}
	v.Why = map[string]int{}
	for part, g := range [][]drawn{s.othersTune, s.othersHeld, s.othersFinal} {
		for _, d := range g {
			rej := d.j.Verdict != pad.Digit
			switch part {
			case 0:
				v.OthersTune.add(rej)
			case 1:
				v.OthersHeld.add(rej)
				if d.HeldOut {
					v.OthersHeldFams.add(rej)
				}
			default:
				v.OthersFinal.add(rej)
			}
			count(v.OthersByFamily, d.Family, rej)
			v.Why[d.j.Why]++
		}
	}
	return v
}

// printVerdict prints the verdict's figures.
func printVerdict(w io.Writer, v verdictReport) {
	fmt.Fprintf(w, "verdict (pad.Checker): rejects %s of MNIST test images (n=%d), %s of tuning digits (n=%d), %s of held-out digits (n=%d)\n",
		pct(v.MNISTTest), v.MNISTTest.N, pct(v.DigitsTune), v.DigitsTune.N, pct(v.DigitsHeld), v.DigitsHeld.N)
	if v.DigitsFresh.N > 0 {
		fmt.Fprintf(w, "  drawn digits rejected, fresh part: %s (n=%d)\n", pct(v.DigitsFresh), v.DigitsFresh.N)
	}
	fmt.Fprintf(w, "  non-digits rejected: %s of tuning (n=%d), %s of held-out (n=%d), %s of held-out families (n=%d)\n",
		pct(v.OthersTune), v.OthersTune.N, pct(v.OthersHeld), v.OthersHeld.N, pct(v.OthersHeldFams), v.OthersHeldFams.N)
	if v.OthersFinal.N > 0 {
		fmt.Fprintf(w, "  non-digits rejected, final families: %s (n=%d)\n", pct(v.OthersFinal), v.OthersFinal.N)
	}
	fmt.Fprintf(w, "  non-digits rejected by family: %s\n", tallies(v.OthersByFamily))
	fmt.Fprintf(w, "  why non-digits were rejected (\"\" accepted): %v\n", v.Why)
	fmt.Fprintf(w, "  digits accepted but marked unsure: %s\n", tallies(v.Unsure))
	if b := v.Blind; b != nil {
		fmt.Fprintf(w, "blind set, %s half: rejects %s of drawn digits (n=%d), %s of non-digits (n=%d)\n", b.Half, pct(b.Digits), b.Digits.N, pct(b.Others), b.Others.N)
		fmt.Fprintf(w, "  digits rejected by pen: %s\n", tallies(b.DigitsByPen))
		fmt.Fprintf(w, "  digits rejected by family: %s\n", tallies(b.DigitsByFamily))
		fmt.Fprintf(w, "  why digits were rejected: %v\n", b.DigitsWhy)
		fmt.Fprintf(w, "  non-digits rejected by family: %s\n", tallies(b.OthersByFamily))
		fmt.Fprintf(w, "  non-digits rejected by pen: %s\n", tallies(b.OthersByPen))
	}
}

// readDigits reads the drawings with net, through rd's views when rd is
// not nil.
func readDigits(name string, net *nn.Network, rd *pad.Reader, ds []drawn) partReport {
	p := partReport{Name: name, ByFamily: map[string]*tally{}, ByPen: map[string]*tally{}, RejectedByPen: map[string]*tally{}}
	var wrongConf []float64
	conf := map[string]int{}
	var probs [nn.Classes]float32
	for _, d := range ds {
		k, c := classify(net, &d.img)
		if rd != nil {
			k = rd.Read(net, d.d, &probs)
			c = float64(probs[max(k, 0)])
			p.Doubt.add(rd.Doubt(), d.j, k, d.Label)
		}
		ok := k == d.Label
		p.All.add(ok)
		p.ByDigit[d.Label].add(ok)
		count(p.ByFamily, d.Family, ok)
		count(p.ByPen, d.Pen, ok)
		p.Rejected.add(d.j.Verdict != pad.Digit)
		count(p.RejectedByPen, d.Pen, d.j.Verdict != pad.Digit)
		p.Shown.add(ok && d.j.Verdict == pad.Digit)
		if !ok {
			wrongConf = append(wrongConf, c)
			conf[fmt.Sprintf("%d->%d", d.Label, k)]++
		}
	}
	if len(wrongConf) > 0 {
		slices.Sort(wrongConf)
		p.WrongConfMedian = wrongConf[len(wrongConf)/2]
		n := 0
		for _, c := range wrongConf {
			if c > 0.9 {
				n++
			}
		}
		p.WrongOver90 = float64(n) / float64(len(wrongConf))
	}
	keys := make([]string, 0, len(conf))
	for k := range conf {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if conf[keys[i]] != conf[keys[j]] {
			return conf[keys[i]] > conf[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:min(6, len(keys))] {
		p.Confusions = append(p.Confusions, fmt.Sprintf("%s: %d", k, conf[k]))
	}
	return p
}

func pct(t tally) string { return fmt.Sprintf("%5.1f%%", 100*t.Acc()) }

func printReports(w io.Writer, rs []report, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rs)
	}
	for _, r := range rs {
		fmt.Fprintf(w, "== %s\n", r.Name)
		if r.Train.Epochs > 0 {
			to95 := "never reached 95% validation accuracy"
			if r.Train.To95Samples > 0 {
				to95 = fmt.Sprintf("95%% validation accuracy after %d samples (%.1f epochs, %.1f s)", r.Train.To95Samples,
					float64(r.Train.To95Samples)/float64(r.Train.TrainSize), r.Train.To95Seconds)
			}
			fmt.Fprintf(w, "training: %d epochs in %.1f s, %.0f samples/s; %s%s\n", r.Train.Epochs,
				r.Train.TrainSeconds, r.Train.SamplesPerS, to95, map[bool]string{true: " (cached run)"}[r.Train.Cached])
		}
		fmt.Fprintf(w, "MNIST test accuracy: %.2f%%\n\n", 100*r.MNISTAcc)
		fmt.Fprintf(w, "%-34s %6s %7s", "drawn digits", "n", "acc")
		for k := 0; k < 10; k++ {
			fmt.Fprintf(w, " %6d", k)
		}
		fmt.Fprintf(w, " %9s %9s %8s %8s\n", "wrong:med", "wrong>90%", "rejected", "shown")
		for _, p := range r.Parts {
			fmt.Fprintf(w, "%-34s %6d %7s", p.Name, p.All.N, pct(p.All))
			for _, t := range p.ByDigit {
				fmt.Fprintf(w, " %6s", pct(t))
			}
			fmt.Fprintf(w, " %8.0f%% %8.0f%% %7s %7s\n", 100*p.WrongConfMedian, 100*p.WrongOver90, pct(p.Rejected), pct(p.Shown))
		}
		for _, p := range r.Parts {
			fmt.Fprintf(w, "\n%s: most frequent mistakes %s\n", p.Name, strings.Join(p.Confusions, ", "))
			fmt.Fprintf(w, "  by pen:    %s\n", tallies(p.ByPen))
			fmt.Fprintf(w, "  by family: %s\n", tallies(p.ByFamily))
			fmt.Fprintf(w, "  called not a digit by the verdict, by pen: %s\n", tallies(p.RejectedByPen))
			if p.Doubt.Wrong.N+p.Doubt.Right.N > 0 {
				fmt.Fprintf(w, "  %s\n", p.Doubt)
			}
		}
		v := r.Verdict
		fmt.Fprintln(w)
		printVerdict(w, v)
		fmt.Fprintf(w, "  without the verdict the network reads non-digits as %v, %.0f%% of them with more than 90%% confidence\n\n", v.ReadAs, 100*v.OthersNetOver90)
	}
	return nil
}

// count adds ok to the tally of key, making it if needed.
func count(m map[string]*tally, key string, ok bool) {
	if m[key] == nil {
		m[key] = &tally{}
	}
	m[key].add(ok)
}

func sum(a, b tally) tally { return tally{a.N + b.N, a.Correct + b.Correct} }

// tallies formats "name 93% (n)" for every key, sorted.
func tallies(m map[string]*tally) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %.0f%% (%d)", k, 100*m[k].Acc(), m[k].N))
	}
	return strings.Join(parts, ", ")
}
