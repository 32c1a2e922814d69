// Package nn is a small neural network for MNIST (28×28 inputs, ten
// classes), a multilayer perceptron with an optional convolutional part,
// written to show how and why such a network fails: every toggle of the
// classic experiments (initialization, activation, dropout, width and
// depth, convolutions, optimizer, learning rate, L2, training-set size) is
// a field of Config, and the trainer records the health signals that
// explain a failure (dead and saturated units, gradient norms, weight
// spread, update sizes).
//
// # Shapes
//
// A Config with hidden sizes h₁…hₖ (0 ≤ k ≤ 4) builds the layers
//
//	784 → dense → act → dropout → h₁ → … → hₖ → dense → 10 → softmax
//
// A convolutional part (Config.Conv, such as "8c5-p2-16c5-p2") comes
// first: each convolution is followed by the activation and dropout, each
// max pooling stands alone, and the last stage's output, flattened, is
// what the first dense layer sees instead of the 784 pixels. Values
// between layers are stored height, width, channel (channels innermost),
// so an image is already 28×28×1 and flattening copies nothing.
// Convolutions skip zero inputs in the forward pass and zero output
// gradients in the backward pass (max pooling leaves three in four).
//
// Every part, activations and dropout included, is a layer of one protocol
// (forward, backward, params), so the network is a loop over a slice, and
// training and prediction share one forward pass. Dense weights are stored
// input-major (W[i·out+j]) so the row of one input is contiguous: the
// forward and backward passes skip zero inputs, which is most of MNIST (81%
// of its pixels are zero) and most of a ReLU layer's outputs. On amd64 the
// float32 axpy uses gonum's assembly, the dot products and Adam SSE
// assembly of this package (kernels_amd64.s), and convolutions of 8 or
// 16 filters SSE assembly too (conv_amd64.s). WebAssembly gets no SIMD
// from Go, so the browser's training worker links hand-written SIMD kernels for
// the dense layers and the optimizers (kernels_simd.go). Every kernel
// computes exactly what the Go loops compute.
//
// # Numbers and randomness
//
// Net is generic over float32 (Network, used for training and inference)
// and float64 (used by the gradient check). All randomness comes from
// Config.Seed, through separate PCG streams for initialization, shuffling,
// dropout and augmentation: the same config and data give the same history,
// step for step, and changing the dropout rate or the augmentation does not
// change the initial weights or the order of the images.
//
// # Training in steps
//
// A Trainer never blocks for long: Step(n) trains n batches and RunFor(d)
// trains until d has elapsed, so a frame loop or a Web Worker's message loop
// schedules the work. The History it keeps has bounded memory however long
// the run. A NaN or infinite loss or weight stops the run in the Diverged
// state, with the step; nothing non-finite enters the history.
//
// # Errors
//
// Problems a user can cause (a bad config string, a corrupted model file,
// too few images) return errors that name the field or the defect.
// Programmer errors (a Predict buffer of the wrong size) panic with an "nn:"
// prefix. Training steps, evaluation and prediction do not allocate.
//
// # Model files
//
// SaveModel and LoadModel read and write a versioned format with a CRC-32
// (see model.go for the byte layout).
package nn
