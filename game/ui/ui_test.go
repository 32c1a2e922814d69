package ui

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"digitlab/nn"
	"digitlab/pad"
	"digitlab/trainer"
)

func TestNiceNum(t *testing.T) {
	tests := []struct {
		x     float64
		round bool
		want  float64
	}{
		{0.73, true, 1}, {0.73, false, 1}, {1, true, 1}, {1.4, true, 1}, {1.6, true, 2},
		{2.9, true, 2}, {3.1, true, 5}, {6.9, true, 5}, {7.1, true, 10}, {130, false, 200},
		{4100, false, 5000}, {0.021, false, 0.05}, {0, true, 1}, {math.Inf(1), true, 1},
	}
	for _, tt := range tests {
		if got := NiceNum(tt.x, tt.round); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("NiceNum(%v, %v) = %v, want %v", tt.x, tt.round, got, tt.want)
		}
	}
}

func TestLinearAxis(t *testing.T) {
	tests := []struct {
		lo, hi     float64
		n          int
		wantLo     float64
		wantHi     float64
		wantTicks  []float64
		wantLabels []string
	}{
		{0, 2.4, 6, 0, 2.5, []float64{0, 0.5, 1, 1.5, 2, 2.5}, []string{"0.0", "0.5", "1.0", "1.5", "2.0", "2.5"}},
		{0, 0.37, 6, 0, 0.4, []float64{0, 0.1, 0.2, 0.3, 0.4}, []string{"0.0", "0.1", "0.2", "0.3", "0.4"}},
		{0.93, 1, 6, 0.93, 1, []float64{0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 1}, nil},
		{0, 100, 6, 0, 100, []float64{0, 20, 40, 60, 80, 100}, []string{"0", "20", "40", "60", "80", "100"}},
		{5, 5, 6, 4.4, 5.6, nil, nil}, // degenerate range is widened
	}
	for _, tt := range tests {
		a := LinearAxis(tt.lo, tt.hi, tt.n)
		if math.Abs(a.Lo-tt.wantLo) > 1e-9 || math.Abs(a.Hi-tt.wantHi) > 1e-9 {
			t.Errorf("LinearAxis(%v, %v) range = %v..%v, want %v..%v", tt.lo, tt.hi, a.Lo, a.Hi, tt.wantLo, tt.wantHi)
		}
		if tt.wantTicks != nil && !closeAll(a.Ticks, tt.wantTicks) {
			t.Errorf("LinearAxis(%v, %v) ticks = %v, want %v", tt.lo, tt.hi, a.Ticks, tt.wantTicks)
		}
		if tt.wantLabels != nil {
			var got []string
			for _, v := range a.Ticks {
				got = append(got, FormatTick(v, a.Step))
			}
			if !slices.Equal(got, tt.wantLabels) {
				t.Errorf("LinearAxis(%v, %v) labels = %q, want %q", tt.lo, tt.hi, got, tt.wantLabels)
			}
		}
	}
}

func closeAll(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9 {
			return false
		}
	}
	return true
}

func TestSamplesAxis(t *testing.T) {
	tests := []struct {
		max       float64
		wantHi    float64
		wantTicks []float64
		labels    []string
	}{
		{0, 1000, []float64{0, 200, 400, 600, 800, 1000}, []string{"0", "200", "400", "600", "800", "1k"}},
		{26112, 26112, []float64{0, 5000, 10000, 15000, 20000, 25000}, []string{"0", "5k", "10k", "15k", "20k", "25k"}},
		{1.3e6, 1.3e6, []float64{0, 2e5, 4e5, 6e5, 8e5, 1e6, 1.2e6}, []string{"0", "200k", "400k", "600k", "800k", "1M", "1.2M"}},
	}
	for _, tt := range tests {
		a := SamplesAxis(tt.max, 6)
		if a.Hi != tt.wantHi || !closeAll(a.Ticks, tt.wantTicks) {
			t.Errorf("SamplesAxis(%v) = %v..%v ticks %v, want ..%v ticks %v", tt.max, a.Lo, a.Hi, a.Ticks, tt.wantHi, tt.wantTicks)
		}
		var got []string
		for _, v := range a.Ticks {
			got = append(got, FormatSI(v))
		}
		if !slices.Equal(got, tt.labels) {
			t.Errorf("SamplesAxis(%v) labels %q, want %q", tt.max, got, tt.labels)
		}
	}
}

func TestLossAxis(t *testing.T) {
	tests := []struct {
		name      string
		samples   []float64
		losses    []float64
		wantLog   bool
		wantLo    float64
		wantHi    float64
		wantTicks int
	}{
		{"no data", nil, nil, false, 0, 2.5, 6},
		{"normal run follows the late part", []float64{0, 1000, 2000, 3000, 4000, 5000}, []float64{2.3, 0.9, 0.5, 0.4, 0.35, 0.3}, false, 0, 1, 0},
		{"exploded", []float64{0, 1000, 2000}, []float64{45, 38, 30}, true, 1, 100, 3},
		{"nan and inf are skipped", []float64{0, 1000, 2000, 3000}, []float64{2, 1, math.NaN(), math.Inf(1)}, false, 0, 2.5, 0},
		{"exploded and recovered spans decades", []float64{0, 1, 2, 3}, []float64{300, 12, 0.5, 0.02}, true, 0.01, 100, 5},
	}
	for _, tt := range tests {
		a := LossAxis(tt.samples, tt.losses)
		if a.Log != tt.wantLog || math.Abs(a.Lo-tt.wantLo) > 1e-9 || math.Abs(a.Hi-tt.wantHi) > 1e-9 {
			t.Errorf("%s: LossAxis = log %v %v..%v, want log %v %v..%v", tt.name, a.Log, a.Lo, a.Hi, tt.wantLog, tt.wantLo, tt.wantHi)
		}
		if tt.wantTicks > 0 && len(a.Ticks) != tt.wantTicks {
			t.Errorf("%s: %d ticks %v, want %d", tt.name, len(a.Ticks), a.Ticks, tt.wantTicks)
		}
		for _, v := range a.Ticks {
			if f := a.Frac(v); f < -1e-9 || f > 1+1e-9 {
				t.Errorf("%s: tick %v at fraction %v, outside the axis", tt.name, v, f)
			}
		}
	}
}

func TestAccAxis(t *testing.T) {
	tests := []struct {
		name    string
		samples []float64
		accs    []float64
		wantLo  float64
	}{
		{"no data", nil, nil, 0},
		{"early run", []float64{0, 100}, []float64{0.1, 0.3}, 0},
		{"late run zooms to the top", []float64{0, 1000, 2000, 3000, 4000, 5000}, []float64{0.1, 0.85, 0.95, 0.965, 0.97, 0.975}, 0.8},
		{"later still", []float64{0, 1000, 2000, 3000, 4000, 5000}, []float64{0.1, 0.95, 0.955, 0.965, 0.97, 0.975}, 0.94},
		{"near perfect", []float64{0, 1000, 2000, 3000}, []float64{0.999, 1, 1, 1}, 0.99},
	}
	for _, tt := range tests {
		a := AccAxis(tt.samples, tt.accs)
		if math.Abs(a.Lo-tt.wantLo) > 1e-9 || a.Hi != 1 {
			t.Errorf("%s: AccAxis = %v..%v (ticks %v), want %v..1", tt.name, a.Lo, a.Hi, a.Ticks, tt.wantLo)
		}
		if len(a.Ticks) < 2 || a.Ticks[len(a.Ticks)-1] != 1 {
			t.Errorf("%s: ticks %v should end at 1", tt.name, a.Ticks)
		}
	}
}

func TestAxisFrac(t *testing.T) {
	lin := Axis{Lo: 0, Hi: 2}
	log := Axis{Lo: 0.1, Hi: 100, Log: true}
	tests := []struct {
		a    Axis
		v    float64
		want float64
	}{
		{lin, 0, 0}, {lin, 1, 0.5}, {lin, 3, 1.5},
		{log, 0.1, 0}, {log, 100, 1}, {log, 1, 1.0 / 3}, {log, 0, math.Inf(-1)},
	}
	for _, tt := range tests {
		if got := tt.a.Frac(tt.v); math.Abs(got-tt.want) > 1e-9 && got != tt.want {
			t.Errorf("%+v.Frac(%v) = %v, want %v", tt.a, tt.v, got, tt.want)
		}
	}
}

func TestFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{FormatCount(0), "0"}, {FormatCount(999), "999"}, {FormatCount(26112), "26,112"},
		{FormatCount(1234567), "1,234,567"}, {FormatCount(-1200), "-1,200"},
		{FormatSI(950), "950"}, {FormatSI(20000), "20k"}, {FormatSI(1500), "1.5k"}, {FormatSI(1.5e6), "1.5M"},
		{FormatValue(0.001), "0.001"}, {FormatValue(1e-5), "1e-5"}, {FormatValue(3e-4), "0.0003"},
		{FormatValue(0), "0"}, {FormatValue(3), "3"}, {FormatValue(0.9), "0.9"}, {FormatValue(2e-6), "2e-6"},
		{FormatPercent(0.9731), "97.3%"}, {FormatPercent(math.NaN()), "–"},
		{FormatLoss(0.12345), "0.123"}, {FormatLoss(42.31), "42.3"}, {FormatLoss(math.NaN()), "NaN"},
		{FormatLoss(math.Inf(1)), "inf"}, {FormatLoss(123456), "1.23e5"},
		{FormatTick(0.001, 0), "0.001"}, {FormatTick(100, 0), "100"}, {FormatPercentTick(0.95, 0.01), "95%"},
		{FormatPercentTick(0.955, 0.005), "95.5%"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("case %d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

func TestStepFloat(t *testing.T) {
	tests := []struct {
		list []float64
		cur  float64
		dir  int
		want float64
	}{
		{LearningRates, 1e-3, +1, 3e-3},
		{LearningRates, 1e-3, -1, 3e-4},
		{LearningRates, 2e-3, +1, 3e-3}, // off-list value moves to the next listed one
		{LearningRates, 2e-3, -1, 1e-3},
		{LearningRates, 3, +1, 3}, // end of the list
		{LearningRates, 1e-5, -1, 1e-5},
		{LearningRates, 1e-6, +1, 1e-5},
		{L2s, 0, +1, 1e-5},
		{L2s, 1e-5, -1, 0},
		{Dropouts, 0.3, +1, 0.4},
		{Dropouts, 0.30000000000000004, +1, 0.4}, // float noise is not a step
		{Dropouts, 0.9, +1, 0.9},
	}
	for _, tt := range tests {
		if got := StepFloat(tt.list, tt.cur, tt.dir); got != tt.want {
			t.Errorf("StepFloat(%v, %v, %d) = %v, want %v", tt.list, tt.cur, tt.dir, got, tt.want)
		}
	}
}

func TestStepInt(t *testing.T) {
	tests := []struct {
		list           []int
		cur, dir, want int
	}{
		{BatchSizes, 32, +1, 64}, {BatchSizes, 32, -1, 16}, {BatchSizes, 1, -1, 1}, {BatchSizes, 1024, +1, 1024},
		{BatchSizes, 100, +1, 128}, {BatchSizes, 100, -1, 64},
		{UnitSteps, 128, +1, 256}, {UnitSteps, 8, -1, 8},
		{TrainSizes, 20000, +1, 60000}, {TrainSizes, 60000, +1, 60000}, {TrainSizes, 40000, -1, 20000},
	}
	for _, tt := range tests {
		if got := StepInt(tt.list, tt.cur, tt.dir); got != tt.want {
			t.Errorf("StepInt(%v, %d, %d) = %d, want %d", tt.list, tt.cur, tt.dir, got, tt.want)
		}
	}
}

func TestStepListsAreValidConfigs(t *testing.T) {
	for _, lr := range LearningRates {
		c := nn.DefaultConfig()
		c.LearningRate = lr
		if err := c.Validate(); err != nil {
			t.Errorf("learning rate %v: %v", lr, err)
		}
	}
	for _, u := range UnitSteps {
		c := nn.DefaultConfig()
		c.Hidden = []int{u}
		if err := c.Validate(); err != nil {
			t.Errorf("units %v: %v", u, err)
		}
	}
	for _, b := range BatchSizes {
		c := nn.DefaultConfig()
		c.BatchSize = b
		if err := c.Validate(); err != nil {
			t.Errorf("batch %v: %v", b, err)
		}
	}
	for _, v := range TrainSizes {
		c := nn.DefaultConfig()
		c.TrainSize = v
		if err := c.Validate(); err != nil {
			t.Errorf("train %v: %v", v, err)
		}
	}
	for i, list := range [][]float64{L2s, Dropouts, Momenta} {
		for _, v := range list {
			c := nn.DefaultConfig()
			switch i {
			case 0:
				c.L2 = v
			case 1:
				c.Dropout = v
			case 2:
				c.Momentum = v
			}
			if err := c.Validate(); err != nil {
				t.Errorf("list %d value %v: %v", i, v, err)
			}
		}
	}
}

func TestChangeCommand(t *testing.T) {
	base := nn.DefaultConfig()
	with := func(f func(c *nn.Config)) nn.Config {
		c := base.Clone()
		f(&c)
		return c
	}
	tests := []struct {
		name     string
		new      nn.Config
		run      string
		training bool
		wantOK   bool
		wantOp   string
		wantOn   bool
	}{
		{"unchanged", base, trainer.RunTraining, true, false, "", false},
		{"learning rate is live", with(func(c *nn.Config) { c.LearningRate = 0.01 }), trainer.RunTraining, true, true, trainer.OpLive, false},
		{"dropout is live when paused", with(func(c *nn.Config) { c.Dropout = 0.5 }), trainer.RunPaused, false, true, trainer.OpLive, false},
		{"l2 is live", with(func(c *nn.Config) { c.L2 = 1e-4 }), trainer.RunTraining, true, true, trainer.OpLive, false},
		{"momentum is live", with(func(c *nn.Config) { c.Momentum = 0.5 }), trainer.RunTraining, true, true, trainer.OpLive, false},
		{"activation restarts, keeps training", with(func(c *nn.Config) { c.Activation = nn.ActELU }), trainer.RunTraining, true, true, trainer.OpStart, true},
		{"init restarts, keeps paused", with(func(c *nn.Config) { c.Init = nn.InitZeros }), trainer.RunPaused, false, true, trainer.OpStart, false},
		{"shape restarts", with(func(c *nn.Config) { c.Hidden = []int{256, 128} }), trainer.RunTraining, true, true, trainer.OpStart, true},
		{"optimizer restarts", with(func(c *nn.Config) { c.Optimizer = nn.OptSGD }), trainer.RunTraining, true, true, trainer.OpStart, true},
		{"nesterov restarts", with(func(c *nn.Config) { c.Nesterov = true }), trainer.RunTraining, true, true, trainer.OpStart, true},
		{"batch restarts", with(func(c *nn.Config) { c.BatchSize = 64 }), trainer.RunTraining, true, true, trainer.OpStart, true},
		{"train size restarts", with(func(c *nn.Config) { c.TrainSize = 1000 }), trainer.RunTraining, true, true, trainer.OpStart, true},
		{"seed restarts", with(func(c *nn.Config) { c.Seed = 2 }), trainer.RunPaused, false, true, trainer.OpStart, false},
		{"live change of a diverged run restarts", with(func(c *nn.Config) { c.LearningRate = 1e-4 }), trainer.RunDiverged, true, true, trainer.OpStart, true},
		{"live change of a finished run restarts", with(func(c *nn.Config) { c.LearningRate = 1e-4 }), trainer.RunFinished, false, true, trainer.OpStart, false},
		{"live change before any run starts one", with(func(c *nn.Config) { c.LearningRate = 1e-4 }), trainer.RunLoading, true, true, trainer.OpStart, true},
	}
	for _, tt := range tests {
		cmd, ok := ChangeCommand(base, tt.new, tt.run, tt.training)
		if ok != tt.wantOK || cmd.Op != tt.wantOp || cmd.On != tt.wantOn {
			t.Errorf("%s: got %+v, %v; want op %q on %v, %v", tt.name, cmd, ok, tt.wantOp, tt.wantOn, tt.wantOK)
			continue
		}
		if ok {
			if got, err := nn.ParseConfig(cmd.Config); err != nil || !got.Equal(tt.new) {
				t.Errorf("%s: command config %q does not read back as the new config (%v)", tt.name, cmd.Config, err)
			}
		}
	}
}

func TestFlow(t *testing.T) {
	r := Rect{10, 20, 100, 200}
	got, h := Flow(r, []float64{40, 40, 40, 150, 10}, 20, 5, 4)
	want := []Rect{{10, 20, 40, 20}, {55, 20, 40, 20}, {10, 44, 40, 20}, {10, 68, 150, 20}, {10, 92, 10, 20}}
	if !slices.Equal(got, want) || h != 92 {
		t.Errorf("Flow = %v, %v; want %v, 92", got, h, want)
	}
	if got, h := Flow(r, nil, 20, 5, 4); len(got) != 0 || h != 0 {
		t.Errorf("empty Flow = %v, %v", got, h)
	}
}

func TestRectCuts(t *testing.T) {
	r := Rect{0, 0, 100, 50}
	top, rest := r.CutTop(10, 2)
	if top != (Rect{0, 0, 100, 10}) || rest != (Rect{0, 12, 100, 38}) {
		t.Errorf("CutTop = %v, %v", top, rest)
	}
	right, rest := r.CutRight(30, 5)
	if right != (Rect{70, 0, 30, 50}) || rest != (Rect{0, 0, 65, 50}) {
		t.Errorf("CutRight = %v, %v", right, rest)
	}
	bottom, rest := r.CutBottom(80, 0) // more than there is
	if bottom != (Rect{0, 0, 100, 50}) || rest.H != 0 {
		t.Errorf("CutBottom = %v, %v", bottom, rest)
	}
	if !r.Contains(0, 0) || r.Contains(100, 10) || r.Contains(10, 50) {
		t.Error("Contains edges wrong")
	}
	c := Column{Area: Rect{5, 5, 50, 100}, Gap: 4}
	a, b := c.Next(10), c.Next(20)
	if a != (Rect{5, 5, 50, 10}) || b != (Rect{5, 19, 50, 20}) || c.Used() != 34 {
		t.Errorf("Column = %v, %v, used %v", a, b, c.Used())
	}
}

// desktopSizes are outside sizes (CSS or window pixels) of the desktop
// layout: the smallest, common laptop and monitor viewports with the
// browser's chrome taken off, their full sizes, and a tall window.
var desktopSizes = [][2]float64{
	{1024, 600}, {1024, 640}, {1280, 600}, {1280, 720}, {1280, 800}, {1366, 657}, {1366, 768},
	{1440, 790}, {1440, 900}, {1536, 730}, {1920, 960}, {1920, 1080}, {2560, 1440}, {1024, 1366},
}

// On every desktop size, with and without a banner, every part of the
// screen is on it and apart from the others; the zoom keeps text at
// MinCSSText CSS pixels or more; the drawing panel's parts stay inside it,
// apart, with the teaching strip's room under the bars; at the reference
// size the pad has one logical pixel per pad unit.
func TestScreenLayout(t *testing.T) {
	for _, size := range desktopSizes {
		form, w, h := FormFor(size[0], size[1])
		if form != Desktop {
			t.Fatalf("%v: form %s", size, FormNames[form])
		}
		if z := math.Min(size[0]/w, size[1]/h); z*MinTextPx < MinCSSText {
			t.Errorf("%v: zoom %.3f makes %d px text %.2f CSS px", size, z, MinTextPx, z*MinTextPx)
		}
		for _, lines := range []int{0, 1, 3} {
			name := fmt.Sprintf("%vx%v (%vx%v), %d lines", size[0], size[1], w, h, lines)
			s := ScreenLayout(w, h, lines)
			parts := map[string]Rect{"controls": s.Controls, "tabs": s.Tabs, "content": s.Content, "diagnosis": s.Diagnosis, "drawing": s.Drawing, "topbar": s.TopBar}
			for n, chart := range map[string]Rect{"loss": s.Loss, "acc": s.Acc} {
				if !inside(chart, s.Content) {
					t.Errorf("%s: %s chart %v is not inside the content %v", name, n, chart, s.Content)
				}
			}
			if overlap(s.Loss, s.Acc) {
				t.Errorf("%s: the charts overlap: %v %v", name, s.Loss, s.Acc)
			}
			if lines > 0 {
				parts["banner"] = s.Banner
			} else if !s.Banner.Empty() {
				t.Errorf("%s: banner %v should be empty", name, s.Banner)
			}
			for n, r := range parts {
				if r.Empty() || !inside(r, Rect{0, 0, w, h}) {
					t.Errorf("%s: %s %v is off screen or empty", name, n, r)
				}
				for other, o := range parts {
					if other != n && overlap(r, o) {
						t.Errorf("%s: %s %v overlaps %s %v", name, n, r, other, o)
					}
				}
			}
			if s.Content.W < CentreMinW || s.Loss.H < 100 || s.Diagnosis.H < DiagnosisMinH {
				t.Errorf("%s: content %v, charts %v or diagnosis %v too small", name, s.Content, s.Loss, s.Diagnosis)
			}
			d := DrawingLayout(s.Drawing, 70)
			checkDrawing(t, name, s.Drawing, d)
			if lines == 0 && d.Pad.W < 190 {
				t.Errorf("%s: the pad is %v, under 190 logical px", name, d.Pad.W)
			}
			if size == [2]float64{1280, 800} && (d.Pad.W != pad.Size || d.Preview.W != PreviewSide) {
				t.Errorf("%s: pad %v, preview %v", name, d.Pad, d.Preview)
			}
		}
	}
}

// checkDrawing checks that the parts of the drawing panel d laid out in
// panel are inside it and apart, with DeskTeachRoom left under the bars.
func checkDrawing(t *testing.T, name string, panel Rect, d DrawingPanel) {
	t.Helper()
	in := panel.Inset(PanelPad - 1e-9)
	parts := map[string]Rect{"pad": d.Pad, "clear": d.Clear, "preview": d.Preview, "guess": d.Guess, "guess label": d.GuessLabel}
	for i, r := range d.Bars {
		parts[fmt.Sprint("bar", i)] = r
	}
	for n, r := range parts {
		if r.Empty() || !inside(r, in) {
			t.Errorf("%s: drawing panel's %s %v is empty or outside %v", name, n, r, in)
		}
		for m, o := range parts {
			if n < m && overlap(r, o) {
				t.Errorf("%s: drawing panel's %s %v overlaps %s %v", name, n, r, m, o)
			}
		}
	}
	if d.Pad.W != d.Pad.H || d.Preview.W != d.Preview.H || math.Mod(d.Preview.W, pad.NetSide) != 0 {
		t.Errorf("%s: pad %v or preview %v not square, or the preview not whole pixels per input pixel", name, d.Pad, d.Preview)
	}
	if room := in.Bottom() - d.Bars[9].Bottom(); room < DeskTeachRoom {
		t.Errorf("%s: %v under the bars, want %v for the teaching strip", name, room, DeskTeachRoom)
	}
}

func overlap(a, b Rect) bool {
	return a.X < b.Right() && b.X < a.Right() && a.Y < b.Bottom() && b.Y < a.Bottom()
}

func inside(r, outer Rect) bool {
	const eps = 1e-9
	return r.X >= outer.X-eps && r.Y >= outer.Y-eps && r.Right() <= outer.Right()+eps && r.Bottom() <= outer.Bottom()+eps
}

// Every view of the centre column must fit inside the content area, with
// or without a banner, and its parts must not overlap.
func TestCentreViewsFit(t *testing.T) {
	for _, tc := range []struct {
		size  [2]float64
		lines int
	}{{[2]float64{1280, 800}, 0}, {[2]float64{1280, 800}, 3}, {[2]float64{1024, 640}, 0}, {[2]float64{1024, 600}, 0}, {[2]float64{1024, 600}, 1}, {[2]float64{1366, 657}, 0}, {[2]float64{1920, 1080}, 0},
		{[2]float64{390, 844}, 0}, {[2]float64{844, 390}, 0}, {[2]float64{360, 640}, 1}, {[2]float64{320, 568}, 1},
		{[2]float64{844, 390}, 1}, {[2]float64{740, 360}, 1}, {[2]float64{667, 375}, 1}} {
		form, w, h := FormFor(tc.size[0], tc.size[1])
		s := ScreenLayout(w, h, tc.lines)
		if form != Desktop {
			s = PhoneLayout(form, w, h, tc.lines, PageTrain)
		}
		lines := fmt.Sprintf("%vx%v, %d", w, h, tc.lines)
		c := s.Content
		const nameW = 155 // the widest preset name, with its padding
		minRow := 22.0
		if form != Desktop {
			minRow = TouchH
		}
		pr := PresetsLayout(c, len(nn.Presets()), nameW, minRow, PresetsAboutHeight(4))
		cmp := CompareLayout(c, 6, form != Desktop)
		er := ErrorsLayout(c, 24)
		ly := LayersLayout(c, 5, 4, 0, 0)
		ly1 := LayersLayout(c, 1, 4, 0, 0)
		lyc := LayersLayout(c, 2, 4, 32, 5) // the most filters a convolution has (cnn-deep's)
		lyc3 := LayersLayout(c, 2, 4, 16, 3)
		lycTight := LayersLayout(c, 5, 4, 32, 7) // filters only if they fit under the deepest table
		tabs := TabsLayout(s.Tabs, [NumTabs]float64{50, 60, 70, 50, 55, 40})
		views := map[string]map[string]Rect{
			"presets": {"title": pr.Title, "about": pr.About},
			"compare": {"chart": cmp.Chart, "table": cmp.Table},
			"errors":  {"matrix title": er.MatrixTitle, "matrix": er.Matrix, "rows": er.RowLabels, "cols": er.ColLabels, "note": er.Note, "gallery": er.GalleryTitle},
			"layers":  {"title": ly.Title, "note": ly.Note},
			"conv":    {"title": lyc.Title, "note": lyc.Note, "filters": lyc.FiltersTitle},
			"conv3":   {"title": lyc3.Title, "filters": lyc3.FiltersTitle},
			"tight":   {"title": lycTight.Title},
			"tabs":    {},
		}
		for i, r := range pr.Rows {
			views["presets"][fmt.Sprint("row", i)] = r
		}
		for i, r := range er.Thumbs {
			views["errors"][fmt.Sprint("thumb", i)] = r
			views["errors"][fmt.Sprint("caption", i)] = er.Captions[i]
		}
		for i, name := range ly.Names {
			views["layers"][fmt.Sprint("name", i)] = name
			for j, r := range ly.Cells[i] {
				views["layers"][fmt.Sprint("cell", i, j)] = r
			}
		}
		for name, l := range map[string]LayersPanel{"conv": lyc, "conv3": lyc3, "tight": lycTight} {
			for i, r := range l.Filters {
				views[name][fmt.Sprint("filter", i)] = r
			}
			for i, r := range l.Names {
				views[name][fmt.Sprint("name", i)] = r
				for j, cell := range l.Cells[i] {
					views[name][fmt.Sprint("cell", i, j)] = cell
				}
			}
			for j := range l.Legend {
				views[name][fmt.Sprint("legend", j)] = l.Legend[j]
			}
		}
		if s.Form != Desktop { // a phone on its side has no room for filters
			delete(views["conv"], "filters")
			delete(views["conv3"], "filters")
		}
		if s.Form == Desktop && (len(lyc.Filters) != 32 || len(lyc3.Filters) != 16) {
			t.Errorf("%s lines: filters laid out: %d and %d, want 32 and 16", lines, len(lyc.Filters), len(lyc3.Filters))
		}
		for j := range ly.Header {
			views["layers"][fmt.Sprint("header", j)] = ly.Header[j]
		}
		for j := range ly.Legend {
			views["layers"][fmt.Sprint("legend", j)] = ly.Legend[j]
		}
		if len(ly.Legend) == 0 && s.H >= 700 {
			t.Errorf("%s lines: no room for the layers' legend", lines)
		}
		for i, r := range tabs {
			views["tabs"][TabNames[i]] = r
		}
		if s.Form == Landscape && len(er.Thumbs) < 4 {
			t.Errorf("%s lines: only %d mistakes fit in the gallery on a phone on its side", lines, len(er.Thumbs))
		}
		if er.Note.Empty() { // the gallery beside the matrix, the note under it only if there is room
			delete(views["errors"], "note")
		}
		if cmp.Chart.Empty() {
			delete(views["compare"], "chart")
		}
		for view, parts := range views {
			outer := c
			if view == "tabs" {
				outer = s.Tabs
			}
			for name, r := range parts {
				if r.Empty() || !inside(r, outer) {
					t.Errorf("%s lines: %s %s %v is empty or outside %v", lines, view, name, r, outer)
				}
				for other, o := range parts {
					if other != name && overlap(r, o) {
						t.Errorf("%s lines: %s %s %v overlaps %s %v", lines, view, name, r, other, o)
					}
				}
			}
		}
		if n := len(nn.Presets()); len(pr.Rows) != min(pr.PerPage, n) || pr.PerPage < n && (pr.Prev.Empty() || pr.Next.Empty() || overlap(pr.Prev, pr.Title)) {
			t.Errorf("%s lines: %d preset rows, %d a page, of %d; pager %v %v", lines, len(pr.Rows), pr.PerPage, n, pr.Prev, pr.Next)
		}
		// Under a banner on a 600-px-high screen the rows take two pages
		// rather than cut the description (PresetsLayout).
		if form == Desktop && tc.lines == 0 && pr.PerPage < len(nn.Presets()) {
			t.Errorf("%s lines: the desktop shows %d presets a page, not all %d", lines, pr.PerPage, len(nn.Presets()))
		}
		for i, r := range pr.Rows {
			if r.W < nameW {
				t.Errorf("%s lines: preset row %d is %v wide, under the names' %v", lines, i, r.W, nameW)
			}
		}
		if len(cmp.Rows) < 2 || len(cmp.Rows) < 4 && c.H >= 420 {
			t.Errorf("%s lines: %d compare rows, want at least 4", lines, len(cmp.Rows))
		}
		if cmp.Chart.Empty() && c.H >= 2*compareChartMinH {
			t.Errorf("%s lines: no compare chart in a view %v high", lines, c.H)
		}
		if ch := ChartPanelLayout(cmp.Chart); !cmp.Chart.Empty() && (ch.Plot.H < 30 || ch.Plot.W < 100 || overlap(cmp.Chart, cmp.Table)) {
			t.Errorf("%s lines: the compare chart's plot %v is too small, or the chart %v overlaps the table %v", lines, ch.Plot, cmp.Chart, cmp.Table)
		}
		for i, r := range cmp.Rows {
			if !inside(r, cmp.Table) || overlap(r, cmp.Header) || overlap(r, cmp.Clear) {
				t.Errorf("%s lines: compare row %d %v misplaced (table %v)", lines, i, r, cmp.Table)
			}
		}
		if tc.lines == 0 && tc.size == [2]float64{1280, 800} && len(er.Thumbs) < 18 {
			t.Errorf("%s lines: only %d mistakes fit in the gallery", lines, len(er.Thumbs))
		}
		// Rows of two lines unless the view is short, then of one.
		if len(ly.Names) != 5 || ly.Cells[4][3].H < HealthCompactMin || ly.Cells[4][3].H < HealthRowMin && c.H >= 300 || len(ly1.Names) != 1 || ly1.Cells[0][0].H > 56 {
			t.Errorf("%s lines: layer rows %+v, one layer %+v", lines, ly.Cells, ly1.Cells)
		}
	}
}

// AppendThin keeps ticks at least the gap apart, at multiples of a
// whole number of steps on a linear axis.
func TestAxisAppendThin(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a      Axis
		h, gap float64
		want   []float64
	}{
		{"room for all", LinearAxis(0.29, 1, 6), 200, 18, []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}},
		{"every other", LinearAxis(0.29, 1, 6), 100, 18, []float64{0.2, 0.4, 0.6, 0.8, 1}},
		{"every other from an odd start", LinearAxis(0.3, 1, 6), 100, 18, []float64{0.4, 0.6, 0.8, 1}},
		{"every third", LinearAxis(0, 10, 11), 40, 11, []float64{0, 3, 6, 9}},
		{"log decades", Axis{Lo: 1e-3, Hi: 10, Log: true, Ticks: []float64{1e-3, 1e-2, 1e-1, 1, 10}}, 40, 18, []float64{1e-3, 1e-1, 10}},
		{"one tick", Axis{Lo: 0, Hi: 1, Ticks: []float64{0.5}, Step: 1}, 10, 18, []float64{0.5}},
	} {
		got := tc.a.AppendThin(nil, tc.h, tc.gap)
		if len(got) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if math.Abs(got[i]-tc.want[i]) > 1e-9 {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
				break
			}
		}
	}
}

func TestRangeAccAxis(t *testing.T) {
	cases := []struct {
		name  string
		accs  []float64
		plotH float64
	}{
		{"failed and good runs", []float64{0.1, 0.11, 0.95, 0.978}, 120},
		{"close good runs", []float64{0.96, 0.97, 0.975}, 200},
		{"one point", []float64{0.5}, 60},
		{"none", nil, 100},
		{"small plot", []float64{0.0, 1.0}, 40},
	}
	for _, c := range cases {
		a := RangeAccAxis(c.accs, c.plotH, 24)
		for _, v := range c.accs {
			if f := a.Frac(v); f < 0 || f > 1 {
				t.Errorf("%s: %v falls outside the axis %+v", c.name, v, a)
			}
		}
		if a.Lo < 0 || a.Hi > 1 || len(a.Ticks) < 2 {
			t.Errorf("%s: axis %+v", c.name, a)
		}
		if gap := c.plotH / float64(len(a.Ticks)-1) * (a.Hi - a.Lo) / (a.Ticks[len(a.Ticks)-1] - a.Ticks[0]); gap < 16 {
			t.Errorf("%s: ticks %v only %.1f px apart on a %v px plot", c.name, a.Ticks, gap, c.plotH)
		}
	}
}
