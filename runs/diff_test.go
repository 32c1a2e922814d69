package runs

import (
	"slices"
	"testing"

	"digitlab/nn"
)

func TestDiff(t *testing.T) {
	def := nn.DefaultConfig()
	momentum := cfgWith(func(c *nn.Config) { c.Optimizer = nn.OptMomentum })
	tests := []struct {
		name        string
		base, other nn.Config
		want        []string
	}{
		{"equal", def, nn.DefaultConfig(), []string{}},
		{"single change", def, cfgWith(func(c *nn.Config) { c.LearningRate = 0.1 }), []string{"lr 0.001→0.1"}},
		{"several, in key order", def, cfgWith(func(c *nn.Config) {
			c.LearningRate, c.Activation, c.Hidden, c.Seed = 0.1, nn.ActELU, []int{256, 128}, 7
		}), []string{"hidden 128→256x128", "act relu→elu", "lr 0.001→0.1", "seed 1→7"}},
		{"hidden shape", cfgWith(func(c *nn.Config) { c.Hidden = []int{256, 128} }), cfgWith(func(c *nn.Config) { c.Hidden = []int{128, 256} }),
			[]string{"hidden 256x128→128x256"}},
		{"no hidden layer", def, cfgWith(func(c *nn.Config) { c.Hidden = nil }), []string{"hidden 128→none"}},
		{"init, dropout, l2, batch, train", def, cfgWith(func(c *nn.Config) {
			c.Init, c.Dropout, c.L2, c.BatchSize, c.TrainSize = nn.InitZeros, 0.2, 1e-4, 128, 500
		}), []string{"init glorot-uniform→zeros", "dropout 0→0.2", "l2 0→0.0001", "batch 32→128", "train 20000→500"}},
		{"nesterov with momentum", momentum, cfgWith(func(c *nn.Config) { c.Optimizer, c.Nesterov = nn.OptMomentum, true }),
			[]string{"nesterov off→on"}},
		{"momentum with momentum", momentum, cfgWith(func(c *nn.Config) { c.Optimizer, c.Momentum = nn.OptMomentum, 0.5 }),
			[]string{"momentum 0.9→0.5"}},
		{"to the momentum optimizer", def, cfgWith(func(c *nn.Config) { c.Optimizer, c.Momentum, c.Nesterov = nn.OptMomentum, 0.95, true }),
			[]string{"opt adam→momentum", "momentum 0.9→0.95", "nesterov off→on"}},
		{"momentum unused by adam", def, cfgWith(func(c *nn.Config) { c.Momentum, c.Nesterov = 0.5, true }), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Diff(tt.base, tt.other); !slices.Equal(got, tt.want) {
				t.Errorf("Diff = %q, want %q", got, tt.want)
			}
		})
	}
}
