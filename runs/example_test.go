package runs_test

import (
	"fmt"

	"digitlab/nn"
	"digitlab/runs"
)

func ExampleDiff() {
	base := nn.DefaultConfig()
	other, _ := nn.ParseConfig("hidden=256x128&act=elu&lr=0.01")
	fmt.Println(runs.Diff(base, other))
	// Output: [hidden 128→256x128 act relu→elu lr 0.001→0.01]
}

func ExampleBook() {
	b := runs.NewBook(4)
	first := b.Begin(nn.DefaultConfig())
	b.Update(first, []runs.Point{{Samples: 5000, Acc: 0.91}, {Samples: 10000, Acc: 0.94}}, 0.5, 3.2, false)
	b.Pin(first)
	for range 5 {
		b.Begin(nn.DefaultConfig())
	}
	for _, r := range b.Runs() {
		fmt.Printf("#%d best %.2f\n", r.ID, r.BestAcc)
	}
	// Output:
	// #1 best 0.94
	// #3 best 0.00
	// #4 best 0.00
	// #5 best 0.00
	// #6 best 0.00
}
