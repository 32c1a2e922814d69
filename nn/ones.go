package nn

import (
	"fmt"
	"math/rand/v2"

	"digitlab/augment"
)

// OnesEvery is the share of drawn 1s in a batch while Config.Ones is on:
// one row in OnesEvery, on top of MNIST's own 1s (about one row in nine).
// Like the user's digits they replace no training image: the batch takes
// fewer of those, and the epoch a few more batches. In a trial on
// cmd/padbench's tuning halves (draw-robust, three training seeds) one in
// 20 read them no better than one in 40 (mean of nine halves 95.13%
// against 95.18%), so the network sees fewer of them.
const OnesEvery = 40

// onesRow is the class of a drawn 1.
const onesRow = 1

// canDraw refuses a config with Ones on when o has no DrawOne.
func (o TrainerOptions) canDraw(cfg Config) error {
	if cfg.Ones && o.DrawOne == nil {
		return fmt.Errorf("nn: %w", &FieldError{Field: keyOnes, Value: "1", Msg: "this trainer has nothing to draw 1s with (TrainerOptions.DrawOne)"})
	}
	return nil
}

// onesRows returns how many of a batch's rows (of the rows left after the
// user's digits) are drawn 1s.
func (t *Trainer) onesRows(rows int) int {
	if !t.cfg.Ones {
		return 0
	}
	return mixedRows(&t.onesOwed, t.cfg.BatchSize, OnesEvery, rows)
}

// mixedRows returns how many of a batch's rows, at most rows, go to
// images mixed in one row in every: owed counts the batch's rows towards
// the next, so the share holds across batches of any size.
func mixedRows(owed *int, batch, every, rows int) int {
	*owed += batch
	k := min(*owed/every, rows)
	*owed -= k * every
	return k
}

// loadMixed puts img, a mixed-in image of class label, in batch row r,
// distorted by r's stream as the run's training images are when the run
// has augmentation on.
func (t *Trainer) loadMixed(row int, img []uint8, label uint8, r *rand.Rand) {
	if t.cfg.Augment != augment.Off {
		augment.Apply(t.augImg, img, t.cfg.Augment, r)
		img = t.augImg
	}
	t.net.loadPixels(row, img)
	t.labels[row] = label
}

// loadOne puts a new drawn 1 in batch row r, distorted as the run's
// training images are when the run has augmentation on.
func (t *Trainer) loadOne(r int) {
	t.opts.DrawOne(t.onesRng, t.oneImg)
	t.loadMixed(r, t.oneImg, onesRow, t.onesRng)
}
