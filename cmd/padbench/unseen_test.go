package main

import (
	"bytes"
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
