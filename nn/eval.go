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
	// Mistakes lists the first MaxMistakes misclassified images, in
	// dataset order; NumMistakes of them are set.
	Mistakes    [MaxMistakes]Mistake `json:"-"`
	NumMistakes int                  `json:"-"`
}

// MaxMistakes is how many misclassified images an Evaluation keeps.
const MaxMistakes = 24

// Mistake is one misclassified image of an evaluation.
type Mistake struct {
	// Index is the image's position in the evaluated dataset.
	Index     int `json:"index"`
	Label     int `json:"label"`
	Predicted int `json:"predicted"`
	// Confidence is the probability the network gave its wrong answer.
	Confidence float64 `json:"confidence"`
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
			z := logits[r*Classes : (r+1)*Classes]
			pred := argmax(z)
			e.Confusion[labels[r]][pred]++
			if pred != int(labels[r]) && e.NumMistakes < MaxMistakes {
				e.Mistakes[e.NumMistakes] = Mistake{Index: start + r, Label: int(labels[r]), Predicted: pred, Confidence: confidence(z, pred)}
				e.NumMistakes++
			}
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

// confidence returns softmax(z)[k], computed stably.
func confidence[T Float](z []T, k int) float64 {
	m := z[argmax(z)]
	var s float64
	for _, v := range z {
		s += expPortable(float64(v - m))
	}
	return expPortable(float64(z[k]-m)) / s
}
