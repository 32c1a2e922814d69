package trainer

import (
	"slices"
	"strings"
	"testing"

	"digitlab/nn"
)

// userDigits are n images of the user's own 7: ink in a corner no
// training image inks.
func userDigits(n int) nn.Dataset {
	d := nn.Dataset{Pixels: make([]uint8, n*nn.Inputs), Labels: make([]uint8, n)}
	for i := range n {
		d.Labels[i] = 7
		for k := range 40 {
			x, y := 22+(k+i)%5, 1+k/5
			d.Pixels[i*nn.Inputs+y*28+x] = 255
		}
	}
	return d
}

// The user's digits reach every run, are scored in each snapshot, and
// train the run only while its config has mine on; bad ones are refused.
func TestEngineMine(t *testing.T) {
	mine, bad := userDigits(6), userDigits(2)
	bad.Labels[1] = 12
	for _, tc := range []struct {
		name      string
		cmds      []Command
		steps     int
		wantTotal int
		wantRight func(right int) bool
		wantErr   string
	}{
		{"no digits", []Command{{Op: OpStart, Config: smallConfig()}}, 60, 0, func(r int) bool { return r == 0 }, ""},
		{"mine off: not learnt", []Command{{Op: OpMine, Digits: &mine}, {Op: OpStart, Config: smallConfig()}}, 60, 6, func(r int) bool { return r < 6 }, ""},
		{"mine on: learnt", []Command{{Op: OpMine, Digits: &mine}, {Op: OpStart, Config: smallConfig() + "&mine=1"}}, 60, 6, func(r int) bool { return r == 6 }, ""},
		{"digits after the start", []Command{{Op: OpStart, Config: smallConfig() + "&mine=1"}, {Op: OpMine, Digits: &mine}}, 60, 6, func(r int) bool { return r == 6 }, ""},
		{"taken away", []Command{{Op: OpMine, Digits: &mine}, {Op: OpStart, Config: smallConfig() + "&mine=1"}, {Op: OpMine}}, 60, 0, func(r int) bool { return r == 0 }, ""},
		{"a bad label", []Command{{Op: OpStart, Config: smallConfig()}, {Op: OpMine, Digits: &bad}}, 1, 0, func(r int) bool { return r == 0 }, "your digit 2 has the label 12"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newTestEngine()
			var err error
			for _, c := range tc.cmds {
				err = e.Handle(c)
			}
			if (err != nil) != (tc.wantErr != "") || (err != nil && !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			}
			for range tc.steps {
				e.Handle(Command{Op: OpStep})
			}
			s := e.Snapshot(false, nil)
			if s.MineTotal != tc.wantTotal || !tc.wantRight(s.MineRight) {
				t.Errorf("%d of %d of the user's digits read right", s.MineRight, s.MineTotal)
			}
		})
	}
}

// Mine on, the same seed, digits and config train the same weights
// however the digits arrived; a new run keeps them.
func TestEngineMineIsReproducible(t *testing.T) {
	mine := userDigits(6)
	run := func(cmds ...Command) []float32 {
		e := newTestEngine()
		for _, c := range cmds {
			e.Handle(c)
		}
		for range 40 {
			e.Handle(Command{Op: OpStep})
		}
		return e.Snapshot(true, nil).Weights
	}
	on := Command{Op: OpStart, Config: smallConfig() + "&mine=1"}
	digits := Command{Op: OpMine, Digits: &mine}
	a := run(digits, on)
	if b := run(on, digits); !slices.Equal(a, b) {
		t.Error("the digits sent before or after the start trained other weights")
	}
	if b := run(digits, Command{Op: OpStart, Config: smallConfig()}, on); !slices.Equal(a, b) {
		t.Error("a second run did not keep the digits")
	}
	if b := run(on); slices.Equal(a, b) {
		t.Error("the digits changed nothing")
	}
}
