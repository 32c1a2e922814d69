// Package evidence explains one answer of a digit network from measured
// facts: which pixels pushed the answer towards the winning class and away
// from the runner-up (Saliency, a map over the 28×28 input), which
// training images are closest to the image (Index), and a sentence built
// from both and from the probabilities (Explain), which says only what is
// true of the case, including that there is no answer to explain.
//
// The map is the gradient of the logit margin z_winner − z_runner-up times
// the input (gradient × input): for a network without hidden layers it is
// exactly each pixel's share of the margin, and in general it is the
// first-order share. It is zero where there is no ink, so it speaks of the
// strokes that are there, not of strokes that are missing. One forward and
// one backward pass compute it, whatever the network (dense or
// convolutional).
//
// Nothing here draws or imports ebiten: the app's Why tab shows what this
// package measures, and the trainer answers nearest-neighbour queries with
// an Index over the training images it holds.
package evidence
