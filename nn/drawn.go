package nn

import "fmt"

// DrawnEvery is the share of drawn digits in a batch while Config.Drawn
// is on: one row in DrawnEvery (8 of a batch of 32). Like the user's
// digits and the drawn 1s they replace no training image: the batch
// takes fewer of those, and the epoch more batches. With 6,000 drawings
// (before session 23's 12,000) one in eight, mixed in the same way, read
// the scribes set's tuning half 95.5% instead of 97.2% (draw-robust,
// cmd/padbench). The rows are drawn at random from all the drawings, so
// more of them means more variety, not more rows.
const DrawnEvery = 4

// canMixDrawn refuses a config with Drawn on when o has no drawn digits.
func (o TrainerOptions) canMixDrawn(cfg Config) error {
	if cfg.Drawn && o.Drawn.Len() == 0 {
		return fmt.Errorf("nn: %w", &FieldError{Field: keyDrawn, Value: "1", Msg: "the drawn digits to mix in have not been loaded"})
	}
	return nil
}

// SetDrawn gives the trainer the drawn digits a config with Drawn on
// mixes in, when they arrive after the run began (the page's worker
// fetches them later). It changes nothing while Drawn is off: the drawn
// digits' stream is drawn only while it is on. The trainer keeps d; the
// caller must not modify it.
func (t *Trainer) SetDrawn(d Dataset) error {
	if d.Len() > 0 {
		if err := d.check("the drawn digits'"); err != nil {
			return err
		}
	}
	t.opts.Drawn = d
	return nil
}

// drawnRows returns how many of a batch's rows (of the rows left after
// the user's digits and the drawn 1s) are drawn digits.
func (t *Trainer) drawnRows(rows int) int {
	if !t.cfg.Drawn {
		return 0
	}
	return mixedRows(&t.drawnOwed, t.cfg.BatchSize, DrawnEvery, rows)
}

// loadDrawn puts a drawn digit in batch row r, distorted as the run's
// training images are when the run has augmentation on.
func (t *Trainer) loadDrawn(r int) {
	i := t.drawnRng.IntN(t.opts.Drawn.Len())
	t.loadMixed(r, t.opts.Drawn.Image(i), t.opts.Drawn.Labels[i], t.drawnRng)
}
