// Package diagnose reads a training run's history and health signals and
// says, in plain words with the numbers that triggered it, what is wrong
// and which toggle to try. It follows the seed post's process: read the
// curves for underfitting or overfitting; then look at the initialization
// and the activation function (symmetry, dead ReLUs, saturation, vanishing
// or exploding gradients); then at the learning rate, regularization and
// capacity.
//
// Diagnose is a pure function of an Input (config, history, run state), so
// it runs wherever the history is: in the training worker (the findings
// travel in trainer.Progress), in cmd/train, and in tests with synthetic
// histories. Each rule's thresholds are the named constants in rules.go.
package diagnose
