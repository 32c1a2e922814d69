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
//
// Causes come before symptoms: within a severity, a finding that blames a
// setting (the initialization, the learning rate) comes before what that
// setting does to the units (dead, saturated, vanishing), which comes before
// what the curves show; not-learning, which only says that the network is
// at chance, comes after every other finding of its severity. A rule fires
// only on evidence of its own cause: units identical because they are all
// dead are dead units, not symmetry, and a learning rate is called too low
// only when the steps are measurably small and nothing else explains it.
//
// Every finding carries its fix as a config change (Finding.Change, a
// compact fragment such as "lr=0.001" that Apply puts on top of the run's
// config) and further candidates in order (Finding.Alternatives).
// GradeLayers grades a probe with the same thresholds, so the Layers tab
// and the Diagnosis panel judge a layer alike.
//
// cmd/diagbench measures the rules on faults drawn at random, each
// confirmed by a measurement that does not use the rules; its small
// fixed-seed version runs with the tests.
package diagnose
