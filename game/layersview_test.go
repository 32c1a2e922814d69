package game

import (
	"image/color"
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
