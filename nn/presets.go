package nn

import (
	"fmt"
	"strings"

	"digitlab/augment"
)

// Preset is a named experiment: a config and one line on what it shows.
type Preset struct {
	Name   string
	About  string
	Config Config
	// Shows is, for a failure, the code of the diagnosis finding it
	// demonstrates (package diagnose); "" for the seed's examples.
	Shows string
	// Epochs is how many epochs the failure needs to show (at most 2,
	// except overfitting, which needs many passes over few images).
	Epochs int
}

// Presets returns the named experiments: first the seed post's three
// examples and the convolutional network of TensorFlow.js's tutorial, then
// the config the pad recommends for reading drawings, then a gallery of
// failures.
func Presets() []Preset {
	seed := DefaultConfig()
	elu := seed.Clone()
	elu.Activation = ActELU
	drop := seed.Clone()
	drop.Dropout = 0.2
	cnn := seed.Clone()
	cnn.Conv = "8c5-p2-16c5-p2"
	cnn.Hidden = []int{}
	robust := seed.Clone()
	robust.Hidden, robust.Augment, robust.Dropout = []int{256}, augment.Light, 0.2
	fail := func(change func(*Config)) Config {
		c := seed.Clone()
		change(&c)
		return c
	}
	return []Preset{
		{Name: "seed-glorot-relu", About: "The seed's first example: 784-128-10, ReLU, Glorot-uniform, Adam, batch 32. It trains well.", Config: seed},
		{Name: "seed-elu", About: "The seed's ELU variant: a smooth negative side, no dead units, similar accuracy.", Config: elu},
		{Name: "seed-dropout", About: "The seed's dropout variant: 20% dropout narrows the gap between training and validation.", Config: drop},
		{Name: "cnn", Config: cnn,
			About: "The TensorFlow.js MNIST tutorial's convolutional network: 8 and 16 filters of 5×5, each with ReLU and 2×2 max pooling, then softmax. Filters see strokes wherever they are drawn."},
		// draw-robust is a multilayer perceptron: a convolutional network
		// would take shifts and strokes in its stride, but in the browser
		// the convolution runs in Go's loops (no SIMD kernels yet), about
		// ten times slower, and the preset must reach 95% within seconds.
		{Name: "draw-robust",
			About:  "For reading drawings: 256 hidden units with 20% dropout, trained on images randomly rotated, scaled, sheared and shifted (augment=light), so that digits drawn off-centre or slanted look like ones it has seen.",
			Config: robust},
		{Name: "fail-zeros", Shows: "symmetry", Epochs: 1,
			About:  "All weights start at zero: every hidden unit computes the same thing and gets the same update, forever.",
			Config: fail(func(c *Config) { c.Init = InitZeros })},
		{Name: "fail-normal1", Shows: "bad-init-scale", Epochs: 1,
			About:  "Weights drawn from N(0,1), about 20 times too large for 784 inputs: the first predictions are wildly overconfident.",
			Config: fail(func(c *Config) { c.Init = InitNormal1 })},
		{Name: "fail-deep-sigmoid", Shows: "vanishing-gradients", Epochs: 1,
			About: "Four sigmoid layers with tiny initial weights: the gradient fades on its way back and the first layers barely learn.",
			Config: fail(func(c *Config) {
				c.Hidden = []int{128, 128, 128, 128}
				c.Activation = ActSigmoid
				c.Init = InitTiny
				c.Optimizer = OptSGD
				c.LearningRate = 0.1
			})},
		{Name: "fail-diverge", Shows: "diverged", Epochs: 1,
			About:  "A learning rate of 3 with plain SGD and linear units: each step overshoots more than the last until the numbers overflow.",
			Config: fail(func(c *Config) { c.Activation = ActLinear; c.Optimizer = OptSGD; c.LearningRate = 3 })},
		{Name: "fail-tiny", Shows: "underfitting", Epochs: 2,
			About:  "Only 8 hidden units: too little capacity to fit even the training images.",
			Config: fail(func(c *Config) { c.Hidden = []int{8} })},
		{Name: "fail-overfit", Shows: "overfitting", Epochs: 60,
			About:  "300 training images, two wide layers and no regularization: the network memorizes them and validation lags far behind.",
			Config: fail(func(c *Config) { c.Hidden = []int{1024, 1024}; c.TrainSize = 300 })},
		{Name: "fail-dying-relu", Shows: "dead-units", Epochs: 2,
			About:  "ReLU with a large learning rate: big updates push units to where they never fire again.",
			Config: fail(func(c *Config) { c.LearningRate = 0.05 })},
	}
}

// PresetNames lists the names of Presets, in order.
func PresetNames() []string {
	var names []string
	for _, p := range Presets() {
		names = append(names, p.Name)
	}
	return names
}

// LookupPreset returns the preset of that name, or an error listing them.
func LookupPreset(name string) (Preset, error) {
	for _, p := range Presets() {
		if p.Name == name {
			return p, nil
		}
	}
	return Preset{}, fmt.Errorf("unknown preset %q (known: %s)", name, strings.Join(PresetNames(), ", "))
}
