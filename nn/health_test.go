package nn

import (
	"encoding/json"
	"testing"
)

// The probe judges convolutions filter by filter, as it judges dense
// layers unit by unit: biases far below zero kill exactly the filters they
// belong to, biases far above zero pin sigmoid filters at 1 (saturated)
// but not ReLU ones, equal weights make every filter the first, and max
// pooling hands on at least the mean activation of the windows it tiles.
func TestHealthSeesConvFilters(t *testing.T) {
	fill := func(v []float32, x float32) {
		for i := range v {
			v[i] = x
		}
	}
	tests := []struct {
		name   string
		change func(*Config)
		net    func(*Trainer) // applied before the probe
		check  func(t *testing.T, c []LayerHealth)
	}{
		{"healthy", nil, nil, func(t *testing.T, c []LayerHealth) {
			for k, l := range c {
				if l.Dead > 0.5 || l.Saturated != 0 || l.Identical > 0.5 || !(l.GradNorm > 0) || !(l.MeanAbsAct > 0) {
					t.Errorf("conv %d: %+v, want a live layer", k, l)
				}
				if l.PooledAbsAct < l.MeanAbsAct {
					t.Errorf("conv %d: pooled |act| %v below the activations' %v", k, l.PooledAbsAct, l.MeanAbsAct)
				}
			}
		}},
		{"first conv biases -100", nil, func(tr *Trainer) { n := tr.net; fill(n.convs[0].b.data, -100) }, func(t *testing.T, c []LayerHealth) {
			if c[0].Dead != 1 || c[0].MeanAbsAct != 0 || c[0].GradNorm != 0 {
				t.Errorf("conv 1: dead %v, |act| %v, gradient %v; want every filter dead", c[0].Dead, c[0].MeanAbsAct, c[0].GradNorm)
			}
		}},
		{"half the first filters' biases -100", nil, func(tr *Trainer) { n := tr.net; fill(n.convs[0].b.data[:4], -100) }, func(t *testing.T, c []LayerHealth) {
			if c[0].Dead != 0.5 {
				t.Errorf("conv 1: dead %v, want 0.5 (4 of 8 filters)", c[0].Dead)
			}
		}},
		{"second conv biases -100", nil, func(tr *Trainer) { n := tr.net; fill(n.convs[1].b.data, -100) }, func(t *testing.T, c []LayerHealth) {
			if c[1].Dead != 1 || c[0].Dead > 0.5 {
				t.Errorf("dead shares %v and %v, want the second layer's only", c[0].Dead, c[1].Dead)
			}
		}},
		{"biases just under each filter's peak", nil, func(tr *Trainer) {
			// Each filter stays positive only where its pre-activation
			// peaks on the probe, somewhere in the batch: alive, barely.
			n, c := tr.net, tr.net.convs[0]
			pre := n.acts[n.convAct[0]][:tr.probeRows*c.Out()]
			for f := range c.out.c {
				var peak float32
				for i := f; i < len(pre); i += c.out.c {
					peak = max(peak, pre[i])
				}
				c.b.data[f] = -0.99 * peak
			}
		}, func(t *testing.T, c []LayerHealth) {
			if c[0].Dead != 0 {
				t.Errorf("conv 1: dead %v, want 0 (each filter fires once)", c[0].Dead)
			}
		}},
		{"sigmoid biases +100", func(c *Config) { c.Activation = ActSigmoid }, func(tr *Trainer) { n := tr.net; fill(n.convs[0].b.data, 100) }, func(t *testing.T, c []LayerHealth) {
			if c[0].Saturated != 1 || c[0].Dead != 0 {
				t.Errorf("conv 1: saturated %v dead %v, want every filter saturated", c[0].Saturated, c[0].Dead)
			}
		}},
		{"relu biases +100", nil, func(tr *Trainer) { n := tr.net; fill(n.convs[0].b.data, 100) }, func(t *testing.T, c []LayerHealth) {
			if c[0].Saturated != 0 || c[0].Dead != 0 {
				t.Errorf("conv 1: saturated %v dead %v, want a ReLU neither", c[0].Saturated, c[0].Dead)
			}
		}},
		{"equal weights", nil, func(tr *Trainer) {
			n := tr.net
			for _, c := range n.convs {
				fill(c.w.data, 0.05)
			}
		}, func(t *testing.T, c []LayerHealth) {
			for k, l := range c {
				if l.Identical != 1 {
					t.Errorf("conv %d: identical %v, want 1", k+1, l.Identical)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := smallConfig()
			cfg.Conv, cfg.Hidden = "8c5-p2-16c5-p2", nil
			if tt.change != nil {
				tt.change(&cfg)
			}
			tr := newSynthTrainer(t, cfg, TrainerOptions{ProbeSize: 64})
			if tt.net != nil {
				tt.net(tr)
				tr.probe()
			}
			hs := tr.History().Health
			c := hs[len(hs)-1].Conv
			if len(c) != 2 || c[0].Units != 8 || c[1].Units != 16 || c[0].Weights != 8*5*5 || c[1].Weights != 16*5*5*8 {
				t.Fatalf("conv health %+v, want 8 then 16 filters of 5×5", c)
			}
			tt.check(t, c)
		})
	}
}

// Each batch normalization reports its running statistics: mean 0 and
// variance 1 before training, then the data's; a network without
// convolutions or batch normalization reports neither.
func TestHealthReportsConvUpdatesAndNorms(t *testing.T) {
	tests := []struct {
		conv     string
		hidden   []int
		bn       bool
		convs    int
		channels []int
	}{
		{"8c5-p2-16c5-p2", nil, true, 2, []int{8, 16}},
		{"8c3s-p2", []int{32}, true, 1, []int{8, 32}},
		{"8c5-p2-16c5-p2", nil, false, 2, nil},
		{"", []int{32}, false, 0, nil},
	}
	for _, tt := range tests {
		cfg := smallConfig()
		cfg.Conv, cfg.Hidden, cfg.BatchNorm = tt.conv, tt.hidden, tt.bn
		tr := newSynthTrainer(t, cfg, TrainerOptions{ProbeSize: 64, HealthEvery: 10})
		first := tr.History().Health[0]
		for k, s := range first.Norms {
			if s.MeanMin != 0 || s.MeanMax != 0 || s.VarMin != 1 || s.VarMax != 1 || s.GammaMean != 1 {
				t.Errorf("%s bn %d before training: %+v, want mean 0 variance 1 γ 1", cfg, k, s)
			}
		}
		tr.Step(11)
		hs := tr.History().Health
		first, last := hs[0], hs[len(hs)-1]
		if len(last.Conv) != tt.convs || len(last.Norms) != len(tt.channels) {
			t.Fatalf("%s: %d conv and %d norm entries, want %d and %d", cfg, len(last.Conv), len(last.Norms), tt.convs, len(tt.channels))
		}
		for k, l := range first.Conv {
			if !(l.UpdateRatio > 1e-5 && l.UpdateRatio < 1) {
				t.Errorf("%s conv %d: update ratio %v after one step", cfg, k+1, l.UpdateRatio)
			}
		}
		for k, s := range last.Norms {
			if s.Channels != tt.channels[k] || !(s.MeanMin < s.MeanMax) || !(s.VarMin < s.VarMean && s.VarMean < s.VarMax) || s.VarMean == 1 {
				t.Errorf("%s bn %d after 11 steps: %+v, want the data's statistics over %d channels", cfg, k, s, tt.channels[k])
			}
		}
		// The history's copy is deep: changing it leaves the trainer's alone.
		c := tr.History().Clone()
		if len(c.Health[len(c.Health)-1].Conv) > 0 {
			c.Health[len(c.Health)-1].Conv[0].Dead = 7
			if tr.History().Health[len(hs)-1].Conv[0].Dead == 7 {
				t.Errorf("%s: Clone shares the conv health", cfg)
			}
		}
		if _, err := json.Marshal(tr.History()); err != nil {
			t.Errorf("%s: %v", cfg, err)
		}
	}
}
