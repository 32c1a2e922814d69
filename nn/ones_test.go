package nn

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// One row in OnesEvery of a batch is a drawn 1, whatever the batch size,
// after the user's digits have taken theirs.
func TestOnesRows(t *testing.T) {
	for _, tc := range []struct {
		batch, steps int
		want         []int
	}{
		{32, 5, []int{0, 1, 1, 1, 1}},
		{40, 3, []int{1, 1, 1}},
		{80, 2, []int{2, 2}},
		{1, 41, append(make([]int, 39), 1, 0)},
	} {
		tr := &Trainer{cfg: Config{Ones: true, BatchSize: tc.batch}}
		var got []int
		for range tc.steps {
			got = append(got, tr.onesRows(tc.batch))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("batch %d: rows %v, want %v", tc.batch, got, tc.want)
		}
	}
	off := &Trainer{cfg: Config{BatchSize: 32}}
	if k := off.onesRows(32); k != 0 {
		t.Errorf("ones off: %d rows", k)
	}
}

// drawBar is a DrawOne for tests: a vertical bar in a random column,
// counted.
type drawBar struct{ calls int }

func (d *drawBar) draw(r *rand.Rand, dst []uint8) {
	d.calls++
	clear(dst)
	x := 10 + r.IntN(8)
	for y := 4; y < 24; y++ {
		dst[y*28+x], dst[y*28+x+1] = 255, 255
	}
}

// A config with ones on needs something to draw them with, when the run
// starts and when the key is switched on during it.
func TestOnesNeedADrawer(t *testing.T) {
	cfg := smallConfig()
	cfg.Ones = true
	data := synthData(2000, 1)
	_, err := NewTrainer(cfg, data, data, TrainerOptions{})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "ones" || !strings.Contains(err.Error(), "DrawOne") {
		t.Errorf("NewTrainer with ones and no drawer: %v", err)
	}
	tr := newSynthTrainer(t, smallConfig(), TrainerOptions{})
	if err := tr.SetLive(cfg); err == nil || tr.Config().Ones {
		t.Errorf("SetLive(ones=1) without a drawer: %v, ones now %v", err, tr.Config().Ones)
	}
	var bar drawBar
	tr = newSynthTrainer(t, smallConfig(), TrainerOptions{DrawOne: bar.draw})
	if err := tr.SetLive(cfg); err != nil {
		t.Fatal(err)
	}
	tr.Step(10)
	if bar.calls != 8 { // 10 batches of 32 rows, one in 40
		t.Errorf("after switching ones on, 10 batches drew %d 1s, want 8", bar.calls)
	}
}

// The drawn 1s change the run only while ones is on; the same seed and
// drawer train the same weights; a drawn 1 is learned as a 1.
func TestOnesStream(t *testing.T) {
	run := func(on bool, steps int) (*Trainer, int) {
		cfg := smallConfig()
		cfg.Ones = on
		var bar drawBar
		tr := newSynthTrainer(t, cfg, TrainerOptions{DrawOne: bar.draw})
		tr.Step(steps)
		return tr, bar.calls
	}
	weights := func(tr *Trainer) []float32 { return tr.Network().AppendWeights(nil) }
	off, offCalls := run(false, 40)
	noDrawer := newSynthTrainer(t, smallConfig(), TrainerOptions{})
	noDrawer.Step(40)
	on, onCalls := run(true, 40)
	again, _ := run(true, 40)
	if offCalls != 0 || onCalls != 32 {
		t.Errorf("40 batches of 32 drew %d 1s off and %d on, want 0 and 32", offCalls, onCalls)
	}
	for _, tc := range []struct {
		name string
		a, b []float32
		same bool
	}{
		{"off = no drawer", weights(off), weights(noDrawer), true},
		{"on twice", weights(on), weights(again), true},
		{"on vs off", weights(on), weights(off), false},
	} {
		if got := slices.Equal(tc.a, tc.b); got != tc.same {
			t.Errorf("%s: same weights %v, want %v", tc.name, got, tc.same)
		}
	}
	// Bars are no class of the synthetic data; trained on, they read as 1.
	long, _ := run(true, 300)
	var bar drawBar
	r := rand.New(rand.NewPCG(9, 9))
	bars := Dataset{}
	img := make([]uint8, Inputs)
	for range 50 {
		bar.draw(r, img)
		bars.Pixels = append(bars.Pixels, img...)
		bars.Labels = append(bars.Labels, 1)
	}
	if acc := long.Evaluate(bars, 0).Accuracy; acc < 0.9 {
		t.Errorf("after 300 batches with ones on, %.0f%% of bars read as 1", 100*acc)
	}
	offLong, _ := run(false, 300)
	if on, off := long.Evaluate(bars, 0).Accuracy, offLong.Evaluate(bars, 0).Accuracy; off >= on {
		t.Errorf("bars read as 1: %.0f%% with ones, %.0f%% without", 100*on, 100*off)
	}
}
