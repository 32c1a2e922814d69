package nn

import "digitlab/augment"

// MineEvery is the share of the user's own digits in a batch while
// Config.Mine is on: one row in MineEvery (4 of a batch of 32). They
// replace no training image: the batch takes fewer of those, and the
// epoch a few more batches.
const MineEvery = 8

// mineShift is how far, in pixels, a digit of the user's moves each time
// it joins a batch of a run without augmentation: up to one pixel across
// and down, as the pad's centring of a drawing moves it from one try to
// the next. The user's digits are drawings the network misread, close to
// other digits' shapes: rotated, scaled and sheared copies of them
// (augment.Strong or Light) covered MNIST digits of other classes and
// cost the default run 0.5 points of validation accuracy on average,
// where these one-pixel moves cost none that five seeds can tell and are
// as good at the user's other misread drawings (cmd/minebench).
const mineShift = 1

// SetMine sets the user's own digits, which the batches mix in while
// Config.Mine is on (an empty set mixes in nothing). The trainer keeps
// d; the caller must not modify it.
func (t *Trainer) SetMine(d Dataset) error {
	if d.Len() > 0 {
		if err := d.check("your digits'"); err != nil {
			return err
		}
	}
	t.mine = d
	return nil
}

// batchRows returns how many training images, how many of the user's
// digits, how many drawn 1s and how many drawn digits the next batch
// holds.
func (t *Trainer) batchRows() (train, mine, ones, drawn int) {
	mine = t.mineRows(t.cfg.BatchSize)
	ones = t.onesRows(t.cfg.BatchSize - mine)
	drawn = t.drawnRows(t.cfg.BatchSize - mine - ones)
	return min(t.cfg.BatchSize-mine-ones-drawn, len(t.order)-t.pos), mine, ones, drawn
}

// mineRows returns how many of a batch's rows are the user's digits.
func (t *Trainer) mineRows(rows int) int {
	if !t.cfg.Mine || t.mine.Len() == 0 {
		return 0
	}
	return mixedRows(&t.mineOwed, rows, MineEvery, rows)
}

// loadMine puts one of the user's digits in batch row r: moved by up to
// mineShift pixels, or distorted as the run's training images are when
// the run has augmentation on.
func (t *Trainer) loadMine(r int) {
	i := t.mineRng.IntN(t.mine.Len())
	if t.cfg.Augment == augment.Off {
		shiftImage(t.augImg, t.mine.Image(i), t.mineRng.IntN(2*mineShift+1)-mineShift, t.mineRng.IntN(2*mineShift+1)-mineShift)
	} else {
		augment.Apply(t.augImg, t.mine.Image(i), t.cfg.Augment, t.mineRng)
	}
	t.net.loadPixels(r, t.augImg)
	t.labels[r] = t.mine.Labels[i]
}

// shiftImage copies the 28×28 image src into dst moved dx pixels right
// and dy down, with background where nothing moves in.
func shiftImage(dst, src []uint8, dx, dy int) {
	for y := range 28 {
		for x := range 28 {
			sx, sy := x-dx, y-dy
			var v uint8
			if sx >= 0 && sx < 28 && sy >= 0 && sy < 28 {
				v = src[sy*28+sx]
			}
			dst[y*28+x] = v
		}
	}
}
