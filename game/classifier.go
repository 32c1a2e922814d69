package game

import (
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

// classifier is the app's own copy of the network being trained, for
// classifying the drawing: it is rebuilt when a new run starts and takes
// each new set of weights the trainer sends. It is an nn.NewPredictor (no
// gradients), built on one block of weights that each network takes over
// from the one before, grown as trainer.WeightsCap says: in the browser its
// weights are the biggest thing the page holds (16 MB for 4×1024 units),
// and the page's WebAssembly memory keeps its peak for good.
type classifier struct {
	net   *nn.Network
	cfg   nn.Config // the run's config (net's may be of an earlier run of its shape)
	block []float32 // the net's dense weights
	runID int
	step  int64 // WeightsStep of the weights loaded
	ready bool  // weights of the current run are loaded
	views pad.Reader
}

// sync follows snapshot s. The network is rebuilt only when the new run
// computes differently (layers or activation); weights replace the rest.
func (c *classifier) sync(s *trainer.Snapshot) {
	if s.Run == trainer.RunLoading || s.Config == "" {
		return
	}
	if c.net == nil || s.RunID != c.runID {
		cfg, err := nn.ParseConfig(s.Config)
		if err != nil {
			return
		}
		if c.net == nil || !c.net.Config().SameShape(cfg) || c.net.Config().Activation != cfg.Activation {
			c.net, c.ready = nil, false
			if n := cfg.DenseParams(); cap(c.block) < n {
				c.block = nil // let the collector have the old block
				c.block = make([]float32, trainer.WeightsCap(n))
			}
			net, err := nn.NewPredictor(cfg, c.block)
			if err != nil {
				return
			}
			c.net = net // on the old one's memory
		}
		c.runID, c.ready, c.step, c.cfg = s.RunID, false, -1, cfg
	}
	if len(s.Weights) == 0 || (c.ready && s.WeightsStep == c.step) {
		return
	}
	if len(s.Weights) != c.net.NumParams() {
		return // weights of another shape, in flight from before a restart
	}
	// Weights with NaN or infinity (a diverged run) are refused; the
	// classifier keeps the last finite ones.
	if err := c.net.SetWeights(s.Weights); err == nil {
		c.ready, c.step = true, s.WeightsStep
	}
}

// read classifies the drawing d through pad.Reader's views, or img alone
// when there are no strokes (d nil: an image from the Errors tab), writing
// the class probabilities to probs and returning the most probable class.
func (c *classifier) read(d *pad.Drawing, img *[pad.NetPixels]float32, probs *[nn.Classes]float32) int {
	if d == nil {
		return c.predict(img, probs)
	}
	return c.views.Read(c.net, d, probs)
}

// doubt is pad.Reader's doubt on the last read of d; none (Label -1) for
// an image without strokes, which has no views.
func (c *classifier) doubt(d *pad.Drawing) pad.Doubt {
	if d == nil {
		return pad.Doubt{Label: -1, Also: -1}
	}
	return c.views.Doubt()
}

// predict writes the class probabilities of img to probs and returns the
// most probable class.
func (c *classifier) predict(img *[pad.NetPixels]float32, probs *[nn.Classes]float32) int {
	c.net.Predict(img[:], probs[:])
	best := 0
	for k, p := range probs {
		if p > probs[best] {
			best = k
		}
	}
	return best
}
