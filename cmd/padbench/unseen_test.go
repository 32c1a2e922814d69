package main

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"digitlab/nn"
)

// TestUnseenParts checks that -unseen and -unseen-held add the halves
// asked for, in order, with n digits each, read as the other parts are.
func TestUnseenParts(t *testing.T) {
	net, err := nn.NewNetwork(nn.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{nil, nil},
		{[]string{"-unseen"}, []string{"unseen tuning half"}},
		{[]string{"-unseen-held"}, []string{"unseen held-out half (report only)"}},
		{[]string{"-unseen", "-unseen-held"}, []string{"unseen tuning half", "unseen held-out half (report only)"}},
	} {
		o, err := parseFlags(append(tc.args, "-n", "20"), &bytes.Buffer{})
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		var r report
		o.unseen.sets(o.seed, o.n).read(&r, net, true)
		var got []string
		for _, p := range r.Parts {
			if p.All.N != 20 || p.Shown.N != 20 {
				t.Errorf("%v: part %s has %d digits, want 20", tc.args, p.Name, p.All.N)
			}
			got = append(got, p.Name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%v: parts %q, want %q", tc.args, got, tc.want)
		}
	}
}

// TestExportUnseen checks that -export writes the unseen halves asked for
// as parts of their own, n digits each, so that e2e/padbench-web.mjs can
// read them in the page, and leaves the other parts as they were.
func TestExportUnseen(t *testing.T) {
	const n = 12
	for _, tc := range []struct {
		args []string
		want map[string]int // digits per part
	}{
		{nil, map[string]int{"tuning": n, "held-out": n}},
		{[]string{"-unseen"}, map[string]int{"tuning": n, "held-out": n, "unseen-tuning": n}},
		{[]string{"-unseen-held"}, map[string]int{"tuning": n, "held-out": n, "unseen-held-out": n}},
		{[]string{"-unseen", "-unseen-held", "-blind"}, map[string]int{"tuning": n, "held-out": n, "blind-tuning": n, "unseen-tuning": n, "unseen-held-out": n}},
		{[]string{"-sealed", "-sealed-held", "-unseen"}, map[string]int{"tuning": n, "held-out": n, "unseen-tuning": n, "sealed-tuning": n, "sealed-held-out": n}},
		{[]string{"-outside", "-outside-held", "-sealed"}, map[string]int{"tuning": n, "held-out": n, "sealed-tuning": n, "outside-tuning": n, "outside-held-out": n}},
		{[]string{"-fonts", "-fonts-held"}, map[string]int{"tuning": n, "held-out": n, "fonts-tuning": n, "fonts-held-out": n}},
	} {
		path := filepath.Join(t.TempDir(), "drawings.json")
		args := append([]string{"-n", "12", "-export", path}, tc.args...)
		var stderr bytes.Buffer
		if code := run(args, &bytes.Buffer{}, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr.String())
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var ds []exported
		if err := json.Unmarshal(b, &ds); err != nil {
			t.Fatal(err)
		}
		got, others := map[string]int{}, 0
		for _, d := range ds {
			if d.Label < 0 {
				others++
				continue
			}
			got[d.Part]++
			if len(d.Strokes) == 0 || d.Pen == "" || d.Family == "" {
				t.Errorf("%v: a %s drawing lacks strokes, pen or family: %+v", tc.args, d.Part, d)
			}
		}
		if !maps.Equal(got, tc.want) {
			t.Errorf("%v: digits per part %v, want %v", tc.args, got, tc.want)
		}
		if want := 2 * (n / 4); others != want {
			t.Errorf("%v: %d non-digits, want %d", tc.args, others, want)
		}
	}
}
