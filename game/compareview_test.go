package game

import (
	"testing"

	"digitlab/nn"
	"digitlab/runs"
)

// TestCompareNoteWhenTestImagesDiffer: the comparison warns when its runs
// were scored on different test images (a run on more than 20,000 images
// on all 10,000, the others on the first 2,000), and only then, and an
// action's message still comes first.
func TestCompareNoteWhenTestImagesDiffer(t *testing.T) {
	withTrain := func(n int) nn.Config {
		c := nn.DefaultConfig()
		c.TrainSize = n
		return c
	}
	cases := []struct {
		name   string
		trains []int
		note   string
		want   string
	}{
		{"all on the first 2,000", []int{20000, 5000}, "", "Click a run to load its config; pin one to compare against it."},
		{"all on the 10,000", []int{60000, 30000}, "", "Click a run to load its config; pin one to compare against it."},
		{"mixed", []int{20000, 60000}, "", mixedValNote},
		{"the border is 20,000", []int{20000, 20001}, "", mixedValNote},
		{"an action's message first", []int{20000, 60000}, "shared", "shared"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var shared []runs.Run
			for _, n := range tc.trains {
				shared = append(shared, runs.Run{Config: withTrain(n), Curve: []runs.Point{{Samples: 1000, Acc: 0.9}}, BestAcc: 0.9, Epochs: 1})
			}
			book, _ := newRunBook(shared, 0, nil)
			v := newCompareView(book, nil)
			v.sync(withTrain(tc.trains[0]))
			v.note = tc.note
			if got := v.tableNote(); got != tc.want {
				t.Errorf("note %q, want %q", got, tc.want)
			}
		})
	}
}
