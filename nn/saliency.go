package nn

import "fmt"

// InputGradient writes into dx the gradient, at image, of the weighted sum
// of the logits Σₖ coef[k]·zₖ, and the class probabilities of image into
// probs: with coef +1 at one class and −1 at another, dx says how each
// pixel moves the margin between them, which is what an explanation of an
// answer needs (a saliency map). It runs in evaluation mode, as Predict
// does: no dropout, batch normalization by its running statistics.
//
// It uses the network's own buffers, so it does not allocate, and it
// overwrites the parameter gradients (which a training step clears
// anyway); a predictor, which keeps no gradients, gets them at its first
// call (16 MB for 4×1024 units, only when an explanation is asked for). Buffers of the wrong size are a programmer error and panic.
func (n *Net[T]) InputGradient(image, coef, dx, probs []T) {
	if len(image) != Inputs || len(coef) != Classes || len(dx) != Inputs || len(probs) != Classes {
		panic(fmt.Sprintf("nn: InputGradient needs %d inputs, %d weights, %d gradients and %d probabilities, got %d, %d, %d and %d",
			Inputs, Classes, Inputs, Classes, len(image), len(coef), len(dx), len(probs)))
	}
	copy(n.acts[0], image)
	n.forward(1, false)
	last := len(n.layers)
	softmax(n.acts[last][:Classes], probs)
	copy(n.grads[last][:Classes], coef)
	for _, p := range n.params {
		if p.grad == nil { // a predictor (NewPredictor) has none until asked for one
			p.grad = make([]T, len(p.data))
		}
		clear(p.grad)
	}
	for k := last - 1; k >= 0; k-- {
		d := n.grads[k]
		if k == 0 {
			d = dx
		}
		n.layers[k].backward(n.acts[k], n.acts[k+1], n.grads[k+1], d, 1)
	}
}
