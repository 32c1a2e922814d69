package nn

// Evaluation is the network's result on a dataset.
type Evaluation struct {
	// N is the number of images evaluated.
	N int `json:"n"`
	// Loss is the mean cross-entropy.
	Loss float64 `json:"loss"`
	// Accuracy is the fraction classified correctly, 0..1.
	Accuracy float64 `json:"accuracy"`
	// Confusion[true][predicted] counts the images.
	Confusion [Classes][Classes]int `json:"confusion"`
}

// Evaluate runs the network in evaluation mode (no dropout) on the first
// limit images of d (all if limit ≤ 0) in chunks, without allocating.
func (n *Net[T]) Evaluate(d Dataset, limit int) Evaluation {
	d = d.Head(limit)
	var e Evaluation
	var labels [evalRows]uint8
	last := len(n.layers)
	chunk := min(evalRows, n.capRows)
	for start := 0; start < d.Len(); start += chunk {
		rows := min(chunk, d.Len()-start)
		for r := 0; r < rows; r++ {
			n.loadPixels(r, d.Image(start+r))
			labels[r] = d.Labels[start+r]
		}
		n.forward(rows, false)
		loss, correct := n.lossGrad(labels[:rows], rows)
		e.Loss += loss * float64(rows)
		e.Accuracy += float64(correct)
		logits := n.acts[last]
		for r := 0; r < rows; r++ {
			e.Confusion[labels[r]][argmax(logits[r*Classes:(r+1)*Classes])]++
		}
	}
	e.N = d.Len()
	if e.N > 0 {
		e.Loss /= float64(e.N)
		e.Accuracy /= float64(e.N)
	}
	return e
}

// argmax returns the index of the largest value (the first on ties).
func argmax[T Float](v []T) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}
