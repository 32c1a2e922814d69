package nn

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// One row in DrawnEvery of a batch is a drawn digit, whatever the batch
// size, after the user's digits and the drawn 1s have taken theirs.
func TestDrawnRows(t *testing.T) {
	for _, tc := range []struct {
		batch, rows, steps int
		want               []int
	}{
		{32, 32, 3, []int{8, 8, 8}},
		{10, 10, 4, []int{2, 3, 2, 3}},
		{1, 1, 5, []int{0, 0, 0, 1, 0}},
		{32, 5, 2, []int{5, 5}}, // never more than the rows left
	} {
		tr := &Trainer{cfg: Config{Drawn: true, BatchSize: tc.batch}}
		var got []int
		for range tc.steps {
			got = append(got, tr.drawnRows(tc.rows))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("batch %d, %d rows left: %v, want %v", tc.batch, tc.rows, got, tc.want)
		}
	}
	off := &Trainer{cfg: Config{BatchSize: 32}}
	if k := off.drawnRows(32); k != 0 {
		t.Errorf("drawn off: %d rows", k)
	}
}

// barDigits returns n images of vertical bars in random columns, a class
// the synthetic data does not have, labelled label.
func barDigits(n int, label uint8, seed uint64) Dataset {
	var bar drawBar
	r := rand.New(rand.NewPCG(seed, seed))
	d := Dataset{}
	img := make([]uint8, Inputs)
	for range n {
		bar.draw(r, img)
		d.Pixels = append(d.Pixels, img...)
		d.Labels = append(d.Labels, label)
	}
	return d
}

// A config with drawn on needs the drawn digits, when the run starts and
// when the key is switched on during it; SetDrawn brings them later.
func TestDrawnNeedData(t *testing.T) {
	cfg := smallConfig()
	cfg.Drawn = true
	data := synthData(2000, 1)
	_, err := NewTrainer(cfg, data, data, TrainerOptions{})
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "drawn" || !strings.Contains(err.Error(), "not been loaded") {
		t.Errorf("NewTrainer with drawn and no drawn digits: %v", err)
	}
	tr := newSynthTrainer(t, smallConfig(), TrainerOptions{})
	if err := tr.SetLive(cfg); err == nil || tr.Config().Drawn {
		t.Errorf("SetLive(drawn=1) without drawn digits: %v, drawn now %v", err, tr.Config().Drawn)
	}
	if err := tr.SetDrawn(Dataset{Pixels: make([]uint8, 10), Labels: []uint8{1}}); err == nil {
		t.Error("SetDrawn took a malformed set")
	}
	if err := tr.SetDrawn(barDigits(20, 1, 3)); err != nil {
		t.Fatal(err)
	}
	if err := tr.SetLive(cfg); err != nil {
		t.Errorf("SetLive(drawn=1) after SetDrawn: %v", err)
	}
}

// The drawn digits change the run only while drawn is on; the same seed
// and digits train the same weights; a drawn digit is learned as its
// label.
func TestDrawnStream(t *testing.T) {
	bars := barDigits(40, 1, 5)
	run := func(on bool, drawn Dataset, steps int) *Trainer {
		cfg := smallConfig()
		cfg.Drawn = on
		tr := newSynthTrainer(t, cfg, TrainerOptions{Drawn: drawn})
		tr.Step(steps)
		return tr
	}
	weights := func(tr *Trainer) []float32 { return tr.Network().AppendWeights(nil) }
	for _, tc := range []struct {
		name string
		a, b []float32
		same bool
	}{
		{"off = no drawn digits", weights(run(false, bars, 40)), weights(run(false, Dataset{}, 40)), true},
		{"on twice", weights(run(true, bars, 40)), weights(run(true, bars, 40)), true},
		{"on vs off", weights(run(true, bars, 40)), weights(run(false, bars, 40)), false},
	} {
		if got := slices.Equal(tc.a, tc.b); got != tc.same {
			t.Errorf("%s: same weights %v, want %v", tc.name, got, tc.same)
		}
	}
	unseen := barDigits(50, 1, 9)
	on, off := run(true, bars, 300).Evaluate(unseen, 0).Accuracy, run(false, bars, 300).Evaluate(unseen, 0).Accuracy
	if on < 0.9 || off >= on {
		t.Errorf("new bars read as 1: %.0f%% with drawn digits, %.0f%% without", 100*on, 100*off)
	}
}
