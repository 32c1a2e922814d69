package game

import (
	"image/color"
	"math"
	"slices"
	"testing"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// A network with convolutions shows its first convolution's filters in
// the Layers tab, from the newest weights: each weight's square is red when
// it is the largest positive one, blue when the most negative, and a run
// without convolutions shows none.
func TestLayersTabDrawsFirstFilters(t *testing.T) {
	for _, tc := range []struct {
		conv    string
		filters int
	}{{"8c5-p2-16c5-p2", 8}, {"16c3s-p2", 16}, {"", 0}} {
		cfg := nn.DefaultConfig()
		cfg.Conv = tc.conv
		a, ft := newTestApp(t, Options{Config: cfg})
		s := snapshotOf(t, cfg, trainer.RunTraining, 1)
		s.WeightsStep = 5
		k, _ := cfg.FirstConv()
		if tc.filters > 0 {
			s.Weights[0], s.Weights[k*k+1] = 3, -3 // filter 0's first weight, filter 1's second
		}
		ft.set(s)
		a.setTab(ui.TabLayers)
		tick(a)
		v := viewOf[*layersView](t, a, ui.TabLayers)
		if len(v.filters) != tc.filters || len(v.layout.Filters) != tc.filters {
			t.Fatalf("conv %q: %d filters kept, %d laid out, want %d", tc.conv, len(v.filters), len(v.layout.Filters), tc.filters)
		}
		if tc.filters == 0 {
			continue
		}
		frame := wholeFrame(a)
		px := v.layout.Filters[0].W / float64(k)
		at := func(f, j int) color.RGBA {
			r := v.layout.Filters[f]
			x, y := r.X+float64(j%k)*px+px/2, r.Y+float64(j/k)*px+px/2
			return color.RGBAModel.Convert(frame.At(int(x), int(y))).(color.RGBA)
		}
		if got := at(0, 0); got != colBad {
			t.Errorf("conv %q: the largest weight is drawn %v, want red %v", tc.conv, got, colBad)
		}
		if got := at(1, 1); got != colTrain {
			t.Errorf("conv %q: the most negative weight is drawn %v, want blue %v", tc.conv, got, colTrain)
		}
		// A newer snapshot with other weights redraws them.
		s2 := snapshotOf(t, cfg, trainer.RunTraining, 1)
		s2.WeightsStep = 6
		s2.Weights[0] = -3
		ft.set(s2)
		tick(a)
		if v.filters[0][0] != -3 {
			t.Errorf("conv %q: the filters do not follow the newest weights", tc.conv)
		}
	}
}

// The Layers tab gives each convolution a row of health above the dense
// layers', coloured by the diagnosis thresholds (a convolution whose
// filters are all dead reads red, a live one shows no stuck bar), and with
// batch normalization a column of each normalization's running variances:
// a bar over the range of its channels' variances on a log scale, for the
// row it follows; the output layer has none.
func TestLayersTabShowsConvHealthAndNorms(t *testing.T) {
	type probe struct {
		dead     float64
		varRange [2]float64
	}
	for _, tc := range []struct {
		bn    bool
		convs []probe
	}{
		{false, []probe{{dead: 1}, {dead: 0}}},
		{true, []probe{{dead: 0, varRange: [2]float64{1e-2, 1e-1}}, {dead: 1, varRange: [2]float64{1e2, 1e3}}}},
	} {
		cfg := nn.DefaultConfig()
		cfg.Conv, cfg.Hidden, cfg.BatchNorm = "8c5-p2-16c5-p2", []int{}, tc.bn
		a, ft := newTestApp(t, Options{Config: cfg})
		s := snapshotOf(t, cfg, trainer.RunTraining, 1)
		h := nn.Health{Step: 100, Samples: 3200, Loss: 1, Layers: []nn.LayerHealth{{Units: 10, Weights: 2560, GradNorm: 0.1, WeightStd: 0.06}}}
		for _, c := range tc.convs {
			h.Conv = append(h.Conv, nn.LayerHealth{Units: 8, Weights: 200, Dead: c.dead, GradNorm: 0.1, WeightStd: 0.2})
			if tc.bn {
				h.Norms = append(h.Norms, nn.NormStats{Channels: 8, VarMin: c.varRange[0], VarMean: c.varRange[0], VarMax: c.varRange[1], GammaMean: 1})
			}
		}
		s.History.Health = []nn.Health{h}
		ft.set(s)
		a.setTab(ui.TabLayers)
		tick(a)
		v := viewOf[*layersView](t, a, ui.TabLayers)
		if len(v.layout.Names) != 3 || len(v.layout.Cells[0]) != tableColumns(cfg) {
			t.Fatalf("bn %v: %d rows of %d cells, want 3 rows (2 conv, 1 dense) of %d", tc.bn, len(v.layout.Names), len(v.layout.Cells[0]), tableColumns(cfg))
		}
		frame := wholeFrame(a)
		at := func(row, col int, frac float64) color.RGBA {
			track, _ := ui.HealthCell(v.layout.Cells[row][col])
			x, y := track.X+track.W*frac, track.Y+track.H/2
			return color.RGBAModel.Convert(frame.At(int(x), int(y))).(color.RGBA)
		}
		for i, c := range tc.convs {
			want := colRaised // no bar: nothing stuck
			if c.dead == 1 {
				want = colBad
			}
			if got := at(i, colStuck, 0.5); got != want {
				t.Errorf("bn %v conv %d dead %v: the stuck bar's middle is %v, want %v", tc.bn, i+1, c.dead, got, want)
			}
			if !tc.bn {
				continue
			}
			for _, frac := range []float64{0.1, 0.4, 0.6, 0.9} {
				v := math.Pow(10, -3+6*frac)
				want := colRaised
				if v > c.varRange[0]*1.2 && v < c.varRange[1]/1.2 {
					want = colAccent
				}
				if got := at(i, colNorm, frac); got != want {
					t.Errorf("conv %d variances %v: the norm bar at variance %.2g is %v, want %v", i+1, c.varRange, v, got, want)
				}
			}
		}
		if tc.bn {
			if got := at(2, colNorm, 0.5); got != colPanel {
				t.Errorf("the output row's norm cell is %v at its middle, want the bare panel %v", got, colPanel)
			}
		}
		// The step after a probe fills in its update ratios: a later
		// snapshot of the same probe shows them.
		s2 := snapshotOf(t, cfg, trainer.RunTraining, 1)
		h2 := h
		h2.Layers, h2.Conv = slices.Clone(h.Layers), slices.Clone(h.Conv)
		h2.Layers[0].UpdateRatio, h2.Conv[0].UpdateRatio = 2e-3, 1e-3
		s2.History.Health = []nn.Health{h2}
		ft.set(s2)
		tick(a)
		if got := v.health.Conv[0].UpdateRatio; got != 1e-3 {
			t.Errorf("bn %v: conv 1's update ratio %v after the step that measured it, want 1e-3", tc.bn, got)
		}
	}
}
