package main

import (
	"bytes"
	"strings"
	"testing"

	"digitlab/pad"
)

// scored makes a set of digit judgements with the given scores; a NaN
// score stands for an empty drawing.
func scored(name string, label int, scores ...float32) set {
	s := set{name: name}
	for _, v := range scores {
		j := pad.Judgement{Verdict: pad.Digit, Score: v}
		if v != v {
			j = pad.Judgement{Verdict: pad.Empty}
		}
		s.js = append(s.js, judged{"f", label, j})
	}
	return s
}

// TestPercentileAndRejected checks that the limit is taken over the
// non-empty judgements of every set together, and that empty drawings
// count as rejected.
func TestPercentileAndRejected(t *testing.T) {
	nan := float32(0)
	nan = nan / nan
	cases := []struct {
		name  string
		sets  []set
		q     float64
		limit float32
		// rejected at the limit, in the first set
		rejected float64
	}{
		{"one set", []set{scored("a", 1, 1, 2, 3, 4)}, 0.5, 3, 25},
		{"sets pooled", []set{scored("a", 1, 1, 2), scored("b", 1, 3, 4)}, 0.75, 4, 0},
		{"empty left out of the limit, rejected", []set{scored("a", 1, nan, 5, 6)}, 0, 5, 200.0 / 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := percentile(c.sets, c.q); got != c.limit {
				t.Fatalf("percentile %v, want %v", got, c.limit)
			}
			if got := rejected(c.sets[0].js, c.limit); got != c.rejected {
				t.Errorf("rejected %v%%, want %v%%", got, c.rejected)
			}
		})
	}
}

// TestReportNamesWeakFamilies checks that the report lists a digit family
// rejected more than 5% and a non-digit family rejected less than 90%,
// and not the others.
func TestReportNamesWeakFamilies(t *testing.T) {
	digits := scored("digits", 3, make([]float32, 200)...) // the limit: 0
	odd := scored("", 3, 10, 10)
	for _, x := range odd.js {
		x.family = "3/odd"
		digits.js = append(digits.js, x)
	}
	others := scored("others", -1, 20, 20, 0)
	others.js[2].family = "blob"
	var b bytes.Buffer
	report(&b, []set{digits}, nil, []set{others})
	out := b.String()
	for _, want := range []string{"3/odd 100%", "blob 0%"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "f 0%") || strings.Contains(out, "f 100%") {
		t.Errorf("report lists a family that is not weak:\n%s", out)
	}
}
