package nn

import (
	"slices"
	"testing"

	"digitlab/augment"
)

// One row in MineEvery of the batches is the user's, whatever the batch
// size; with one image a batch, every MineEvery-th batch is theirs alone.
func TestMineRows(t *testing.T) {
	for _, tc := range []struct {
		batch, steps int
		want         []int // rows of the first steps
	}{
		{32, 3, []int{4, 4, 4}},
		{10, 4, []int{1, 1, 1, 2}},
		{1, 9, []int{0, 0, 0, 0, 0, 0, 0, 1, 0}},
		{4, 4, []int{0, 1, 0, 1}},
	} {
		tr := &Trainer{cfg: Config{Mine: true}, mine: synthData(3, 5)}
		var got []int
		for range tc.steps {
			got = append(got, tr.mineRows(tc.batch))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("batch %d: rows %v, want %v", tc.batch, got, tc.want)
		}
	}
	off := &Trainer{cfg: Config{}, mine: synthData(3, 5)}
	if k := off.mineRows(32); k != 0 {
		t.Errorf("mine off: %d rows", k)
	}
}

// misreadDigits are n of the user's own way of writing 7: the synthetic
// 2s, transposed, which no training image looks like.
func misreadDigits(n int) Dataset {
	d := synthData(n*Classes, 7)
	var mine Dataset
	for i := range d.Len() {
		if d.Labels[i] != 2 {
			continue
		}
		img := d.Image(i)
		for p := range Inputs {
			mine.Pixels = append(mine.Pixels, img[(p%28)*28+p/28])
		}
		mine.Labels = append(mine.Labels, 7)
	}
	return mine
}

// The user's digits change the run only while mine is on, with digits;
// the same seed, digits and config train the same weights.
func TestMineStream(t *testing.T) {
	const steps = 40 // more than one epoch of smallConfig at batch 32
	run := func(on bool, mine Dataset) []float32 {
		cfg := smallConfig()
		cfg.Mine = on
		tr := newSynthTrainer(t, cfg, TrainerOptions{})
		if err := tr.SetMine(mine); err != nil {
			t.Fatal(err)
		}
		tr.Step(steps)
		return tr.Network().AppendWeights(nil)
	}
	base := run(false, Dataset{})
	for _, tc := range []struct {
		name string
		a, b []float32
		same bool
	}{
		{"off, with digits = off, without", run(false, misreadDigits(5)), base, true},
		{"on, without digits = off", run(true, Dataset{}), base, true},
		{"on twice, same digits", run(true, misreadDigits(5)), run(true, misreadDigits(5)), true},
		{"on vs off", run(true, misreadDigits(5)), base, false},
		{"on, other digits", run(true, misreadDigits(5)), run(true, misreadDigits(6)), false},
	} {
		if got := slices.Equal(tc.a, tc.b); got != tc.same {
			t.Errorf("%s: same weights %v, want %v", tc.name, got, tc.same)
		}
	}
}

// Training with mine on teaches the network the user's way of writing a
// digit that the training images write otherwise.
func TestMineTeaches(t *testing.T) {
	mine := misreadDigits(5)
	for _, tc := range []struct {
		on      bool
		atLeast float64
		atMost  float64
	}{
		{false, 0, 0.5},
		{true, 0.9, 1},
	} {
		cfg := smallConfig()
		cfg.Mine = tc.on
		tr := newSynthTrainer(t, cfg, TrainerOptions{})
		if err := tr.SetMine(mine); err != nil {
			t.Fatal(err)
		}
		tr.Step(300)
		acc := tr.Evaluate(mine, 0).Accuracy
		if acc < tc.atLeast || acc > tc.atMost {
			t.Errorf("mine=%v: %.0f%% of the user's digits read right, want %.0f%%-%.0f%%", tc.on, 100*acc, 100*tc.atLeast, 100*tc.atMost)
		}
		if val := tr.Evaluate(tr.val, 0).Accuracy; val < 0.9 {
			t.Errorf("mine=%v: validation accuracy %.1f%%", tc.on, 100*val)
		}
	}
}

func TestSetMineRejectsBadData(t *testing.T) {
	tr := newSynthTrainer(t, smallConfig(), TrainerOptions{})
	for _, d := range []Dataset{
		{Pixels: make([]uint8, 10), Labels: []uint8{1}},
		{Pixels: make([]uint8, Inputs), Labels: []uint8{10}},
	} {
		if err := tr.SetMine(d); err == nil {
			t.Errorf("accepted %d pixels with labels %v", len(d.Pixels), d.Labels)
		}
	}
}

// shiftImage moves the ink by dx, dy; what moves past an edge is gone.
func TestShiftImage(t *testing.T) {
	for _, tc := range []struct {
		x, y, dx, dy int
		want         int // index of the inked pixel after the move, -1 for none
	}{
		{10, 10, 0, 0, 10*28 + 10},
		{10, 10, 1, 0, 10*28 + 11},
		{10, 10, -1, 1, 11*28 + 9},
		{0, 5, -1, 0, -1},
		{27, 27, 0, 1, -1},
		{0, 0, 1, 1, 28 + 1},
	} {
		src, dst := make([]uint8, Inputs), make([]uint8, Inputs)
		for i := range dst {
			dst[i] = 7 // stale, must be overwritten
		}
		src[tc.y*28+tc.x] = 200
		shiftImage(dst, src, tc.dx, tc.dy)
		for i, v := range dst {
			want := uint8(0)
			if i == tc.want {
				want = 200
			}
			if v != want {
				t.Errorf("(%d,%d) moved by (%d,%d): pixel %d is %d", tc.x, tc.y, tc.dx, tc.dy, i, v)
			}
		}
	}
}

// In a run without augmentation each of the user's digits joins a batch
// moved by at most one pixel, every such move coming up; with
// augmentation on, it is distorted as the training images are.
func TestMineRowsMoveALittle(t *testing.T) {
	mine := misreadDigits(1)
	img := mine.Image(0)
	shifts := map[[2]int]bool{} // the moves seen with augmentation off
	for _, level := range []augment.Level{augment.Off, augment.Light} {
		cfg := smallConfig()
		cfg.Mine, cfg.Augment = true, level
		tr := newSynthTrainer(t, cfg, TrainerOptions{})
		if err := tr.SetMine(Dataset{Pixels: img, Labels: mine.Labels[:1]}); err != nil {
			t.Fatal(err)
		}
		moved := make([]uint8, Inputs)
		plain := 0
		for range 200 {
			tr.loadMine(0)
			found := false
			for dy := -1; dy <= 1 && !found; dy++ {
				for dx := -1; dx <= 1 && !found; dx++ {
					shiftImage(moved, img, dx, dy)
					if slices.Equal(moved, tr.augImg) {
						found = true
						if level == augment.Off {
							shifts[[2]int{dx, dy}] = true
						}
					}
				}
			}
			if found {
				plain++
			}
		}
		if level == augment.Off && plain != 200 {
			t.Errorf("augment off: %d of 200 rows a move of one pixel or less", plain)
		}
		if level != augment.Off && plain > 20 {
			t.Errorf("augment %v: %d of 200 rows only moved", level, plain)
		}
	}
	if len(shifts) != 9 {
		t.Errorf("augment off: %d of the 9 moves came up", len(shifts))
	}
}

// Mixing in the user's digits allocates nothing per step.
func TestMineStepDoesNotAllocate(t *testing.T) {
	for _, level := range []augment.Level{augment.Off, augment.Strong} {
		cfg := smallConfig()
		cfg.Mine, cfg.Augment = true, level
		tr := newSynthTrainer(t, cfg, TrainerOptions{HealthEvery: 1 << 30, SmoothEvery: 1 << 20})
		if err := tr.SetMine(misreadDigits(3)); err != nil {
			t.Fatal(err)
		}
		if allocs := testing.AllocsPerRun(20, func() { tr.step() }); allocs != 0 {
			t.Errorf("augment %v: %v allocations per training step with mine on", level, allocs)
		}
	}
}
