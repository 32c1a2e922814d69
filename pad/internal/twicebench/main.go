// Command twicebench measures what going over a drawing a second time
// does to the not-a-digit verdict: for the tuning halves of drawset's
// unseen, sealed and outside verdict sets, the share of digits and of
// non-digits pad.Checker rejects as drawn, and again with every drawing
// followed by a second pass over all of it, turned 2 to 6 degrees either
// way about the centre of its box, scaled by 0.92 to 1.07 and moved up to
// 3% of its size (as the fonts and outside sets' redraw pen goes over
// their drawings). A verdict that judges a drawing by its first pass
// gives the same shares twice. No held-out half is looked at. Run from
// the module root:
//
//	go run ./pad/internal/twicebench [-n 2000]
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"

	"digitlab/pad"
	"digitlab/pad/drawset"
)

func main() {
	n := flag.Int("n", 2000, "digits per set (half as many non-digits)")
	flag.Parse()
	for _, set := range []struct {
		name           string
		digits, others []drawset.Sample
	}{
		{"unseen verdict set, tuning half", drawset.UnseenVDigits(1, *n, drawset.UnseenVTune), drawset.UnseenVOthers(1, *n/2, drawset.UnseenVTune)},
		{"sealed verdict set, tuning half", drawset.SealedVDigits(1, *n, drawset.SealedTune), drawset.SealedVOthers(1, *n/2, drawset.SealedTune)},
		{"outside verdict set, tuning half", drawset.OutsideVDigits(1, *n, drawset.OutsideTune), drawset.OutsideVOthers(1, *n/2, drawset.OutsideTune)},
	} {
		fmt.Printf("%s: rejected as drawn / gone over twice: digits %s, non-digits %s\n", set.name, rejected(set.digits), rejected(set.others))
	}
}

// rejected returns the share of ss the checker rejects as drawn and with
// a second pass, as text.
func rejected(ss []drawset.Sample) string {
	check := pad.NewChecker()
	var p pad.Preprocessor
	var img [pad.NetPixels]float32
	r := rand.New(rand.NewPCG(99, 1))
	var once, twice, n int
	for _, s := range ss {
		second := secondPass(s.Strokes, r)
		if len(second) > pad.MaxStrokes {
			continue
		}
		n++
		for _, st := range [][][][2]float32{s.Strokes, second} {
			var d pad.Drawing
			if err := d.AddStrokes(st); err != nil {
				panic(err)
			}
			p.Preprocess(&d, &img)
			if check.Check(&img, &d).Verdict == pad.NotDigit {
				if len(st) == len(s.Strokes) {
					once++
				} else {
					twice++
				}
			}
		}
	}
	return fmt.Sprintf("%.1f%% / %.1f%% (n=%d)", 100*float64(once)/float64(n), 100*float64(twice)/float64(n), n)
}

// secondPass returns the strokes followed by a copy of all of them,
// turned, scaled and moved a little about the centre of their box, kept
// on the pad.
func secondPass(st [][][2]float32, r *rand.Rand) [][][2]float32 {
	lo, hi := [2]float64{math.Inf(1), math.Inf(1)}, [2]float64{math.Inf(-1), math.Inf(-1)}
	for _, s := range st {
		for _, p := range s {
			for k := range 2 {
				lo[k], hi[k] = min(lo[k], float64(p[k])), max(hi[k], float64(p[k]))
			}
		}
	}
	cx, cy := (lo[0]+hi[0])/2, (lo[1]+hi[1])/2
	e := max(hi[0]-lo[0], hi[1]-lo[1])
	turn := (2 + 4*r.Float64()) * math.Pi / 180
	if r.IntN(2) == 0 {
		turn = -turn
	}
	k := 0.92 + 0.15*r.Float64()
	dx, dy := (2*r.Float64()-1)*0.03*e, (2*r.Float64()-1)*0.03*e
	sn, cs := math.Sincos(turn)
	out := append([][][2]float32(nil), st...)
	for _, s := range st {
		q := make([][2]float32, len(s))
		for i, p := range s {
			x, y := (float64(p[0])-cx)*k, (float64(p[1])-cy)*k
			q[i] = [2]float32{float32(min(max(cx+x*cs-y*sn+dx, 0), pad.Size)), float32(min(max(cy+x*sn+y*cs+dy, 0), pad.Size))}
		}
		out = append(out, q)
	}
	return out
}
