package nn

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"digitlab/augment"
)

func TestDefaultConfigIsTheSeedModel(t *testing.T) {
	c := DefaultConfig()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if got, want := FormatHidden(c.Layers()), "784x128x10"; got != want {
		t.Errorf("layers %s, want %s", got, want)
	}
	if c.Activation != ActReLU || c.Init != InitGlorotUniform || c.Optimizer != OptAdam || c.LearningRate != 1e-3 || c.BatchSize != 32 {
		t.Errorf("default %v is not the seed's first example", c)
	}
}

func TestConfigStringRoundTrip(t *testing.T) {
	tests := []func(*Config){
		func(c *Config) {},
		func(c *Config) { c.Hidden = []int{} },
		func(c *Config) { c.Hidden = []int{1024, 512, 256, 8} },
		func(c *Config) { c.Activation, c.Init = ActTanh, InitZeros },
		func(c *Config) { c.Optimizer, c.Nesterov, c.Momentum = OptMomentum, true, 0.95 },
		func(c *Config) { c.LearningRate, c.L2, c.Dropout = 1.5e-5, 3e-4, 0.35 },
		func(c *Config) { c.BatchSize, c.TrainSize, c.Seed = 1, 100, 18446744073709551615 },
		func(c *Config) { c.Conv, c.Hidden = "8c5-p2-16c5-p2", []int{} },
		func(c *Config) { c.Conv = "p2-4c3s-p3-32c7s-1c1" },
		func(c *Config) { c.Augment = augment.Strong },
	}
	for i, change := range tests {
		c := DefaultConfig()
		change(&c)
		s := c.String()
		got, err := ParseConfig(s)
		if err != nil {
			t.Errorf("%d: ParseConfig(%q): %v", i, s, err)
			continue
		}
		if !got.Equal(c) {
			t.Errorf("%d: %q parsed as %q", i, s, got.String())
		}
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var fromJSON Config
		if err := json.Unmarshal(data, &fromJSON); err != nil {
			t.Errorf("%d: unmarshal %s: %v", i, data, err)
		} else if !fromJSON.Equal(c) {
			t.Errorf("%d: JSON %s read back as %v", i, data, fromJSON)
		}
	}
}

func TestParseConfigPartialUsesDefaults(t *testing.T) {
	c, err := ParseConfig("act=elu&hidden=256x64&lr=0.01")
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultConfig()
	want.Activation, want.Hidden, want.LearningRate = ActELU, []int{256, 64}, 0.01
	if !c.Equal(want) {
		t.Errorf("got %v, want %v", c, want)
	}
}

func TestParseConfigErrorsNameTheField(t *testing.T) {
	tests := []struct{ in, field, msg string }{
		{"lr=banana", "lr", "not a number"},
		{"lr=100", "lr", "between 1e-06 and 10"},
		{"lr=NaN", "lr", "not a number"},
		{"hidden=5", "hidden", "8 to 1024 units"},
		{"hidden=8x8x8x8x8", "hidden", "at most 4"},
		{"hidden=12,4", "hidden", "joined by x"},
		{"act=swish", "act", "one of relu, elu"},
		{"init=random", "init", "one of glorot-uniform"},
		{"opt=lbfgs", "opt", "one of sgd"},
		{"dropout=0.95", "dropout", "between 0 and 0.9"},
		{"batch=0", "batch", "between 1 and 1024"},
		{"batch=2048", "batch", "between 1 and 1024"},
		{"train=50", "train", "between 100 and 60000"},
		{"seed=-1", "seed", "whole number"},
		{"l2=-0.1", "l2", "between 0 and 1"},
		{"nesterov=maybe", "nesterov", "0 or 1"},
		{"conv=8x5", "conv", "joined by -"},
		{"conv=8c", "conv", "joined by -"},
		{"conv=c5", "conv", "joined by -"},
		{"conv=8c5-", "conv", "joined by -"},
		{"conv=8c5t", "conv", "joined by -"},
		{"conv=p", "conv", "joined by -"},
		{"conv=-8c5", "conv", "joined by -"},
		{"conv=8c5%2B", "conv", "joined by -"},
		{"conv=8c5-p2-8c5-p2-8c5-p2-8c5", "conv", "at most 6 stages"},
		{"conv=0c5", "conv", "0c5: 1 to 32 filters"},
		{"conv=33c5", "conv", "33c5: 1 to 32 filters"},
		{"conv=8c9", "conv", "8c9: kernels of 1 to 7"},
		{"conv=8c0s", "conv", "8c0s: kernels of 1 to 7"},
		{"conv=p1", "conv", "p1: pooling of 2 to 4"},
		{"conv=p5", "conv", "p5: pooling of 2 to 4"},
		{"conv=p4-p4-p4", "conv", "p4: the image is already down to 1×1"},
		{"conv=8c7-8c7-8c7-8c7-8c7", "conv", "8c7: the image is already down to 4×4"},
		{"conv=32c3s-32c3s", "conv", "50176 values per image, at most 16384"},
		{"conv=99999999999999999999c5", "conv", "joined by -"},
		{"augment=3", "augment", "off, light or strong"},
		{"augment=medium", "augment", "off, light or strong"},
		{"colour=red", "colour", "unknown key"},
		{"lr", "lr", "missing"},
		{"lr=0.1&lr=0.2", "lr", "given twice"},
		{"lr=%zz", "lr", "URL encoding"},
		{"lr=1_0", "lr", "not a number"},
		{"lr=0x1p-3", "lr", "not a number"},
		{"lr=1e999", "lr", "not a number"},
		{"lr=" + strings.Repeat("1", 100), "lr", "not a number"},
		{"batch=1_0", "batch", "whole number"},
		{"batch=99999999999999999999", "batch", "between 1 and 1024"},
		{"preset=fail-zeros&preset=seed-elu", "preset", "given twice"},
		{"lr=" + strings.Repeat("9", 5000), "lr", "99999… (5000 characters): not a number"},
	}
	for _, tt := range tests {
		_, err := ParseConfig(tt.in)
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Errorf("ParseConfig(%q) = %v, want a FieldError", tt.in, err)
			continue
		}
		if fe.Field != tt.field || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("ParseConfig(%q) = %q, want field %q and %q", tt.in, err, tt.field, tt.msg)
		}
	}
}

func TestParseConfigPreset(t *testing.T) {
	c, err := ParseConfig("seed=7&preset=fail-zeros")
	if err != nil {
		t.Fatal(err)
	}
	if c.Init != InitZeros || c.Seed != 7 {
		t.Errorf("got %v, want the fail-zeros preset with seed 7", c)
	}
	if _, err := ParseConfig("preset=nope"); err == nil || !strings.Contains(err.Error(), "preset=nope: must be one of seed-glorot-relu") {
		t.Errorf("unknown preset: %v", err)
	}
}

func TestParseConfigLenientKeepsTheGoodKeys(t *testing.T) {
	c, errs := ParseConfigLenient("act=elu&lr=banana&batch=64&colour=red")
	if len(errs) != 2 || errs[0].Field != "lr" || errs[1].Field != "colour" {
		t.Fatalf("errors %v, want lr and colour", errs)
	}
	if c.Activation != ActELU || c.BatchSize != 64 || c.LearningRate != DefaultConfig().LearningRate {
		t.Errorf("got %v", c)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("lenient result invalid: %v", err)
	}
}

func TestBuildingDoesNotChangeTheConfig(t *testing.T) {
	c := DefaultConfig()
	c.Hidden = []int{64, 32}
	before := c.String()
	n, err := NewNetwork(c)
	if err != nil {
		t.Fatal(err)
	}
	c.Hidden[0] = 16 // the network must not share the caller's slice
	if got := n.Config().Hidden[0]; got != 64 {
		t.Errorf("network config changed with the caller's slice: %d", got)
	}
	c.Hidden[0] = 64
	if c.String() != before {
		t.Errorf("config changed: %s -> %s", before, c.String())
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(DefaultConfig().String())
	f.Add("hidden=none&act=tanh&lr=1e-3")
	f.Add("hidden=8x1024&batch=1&seed=0&nesterov=true")
	f.Add("conv=8c5-p2-16C5S-p3&hidden=none")
	f.Add("bn=1&batch=1&clip=1e-3&patience=07&bn=on")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseConfig(s)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseConfig(%q) accepted an invalid config: %v", s, err)
		}
		again, err := ParseConfig(c.String())
		if err != nil || !again.Equal(c) {
			t.Fatalf("round trip of %q failed: %v, %v", c.String(), again, err)
		}
		lenient, _ := ParseConfigLenient(s)
		if err := lenient.Validate(); err != nil {
			t.Fatalf("ParseConfigLenient(%q) returned an invalid config: %v", s, err)
		}
	})
}

// Every key of the table round-trips through Value and Set, Set checks the
// key's range, and the error leaves the config unchanged.
func TestKeyTable(t *testing.T) {
	c := DefaultConfig()
	c.Hidden, c.Activation, c.Init, c.Dropout, c.Optimizer = []int{256, 64}, ActTanh, InitHeNormal, 0.25, OptMomentum
	c.LearningRate, c.Momentum, c.Nesterov, c.L2, c.BatchSize, c.TrainSize, c.Seed = 0.03, 0.95, true, 1e-4, 64, 5000, 1<<63
	c.Augment = augment.Light
	for _, k := range Keys() {
		var d Config = DefaultConfig()
		if err := d.Set(k.Name, c.Value(k.Name)); err != nil {
			t.Errorf("%s: Set(Value) = %v", k.Name, err)
		}
		if d.Value(k.Name) != c.Value(k.Name) {
			t.Errorf("%s: Set(%q) reads back as %q", k.Name, c.Value(k.Name), d.Value(k.Name))
		}
		if k.Help == "" {
			t.Errorf("%s has no help", k.Name)
		}
	}
	if got, want := c.String(), "hidden=256x64&act=tanh&init=he-normal&dropout=0.25&opt=momentum&lr=0.03&momentum=0.95&nesterov=1&l2=0.0001&batch=64&train=5000&augment=light&seed=9223372036854775808"; got != want {
		t.Errorf("String:\n got %s\nwant %s", got, want)
	}
	d := c.Clone()
	if err := d.Set("batch", "0"); err == nil || !d.Equal(c) {
		t.Errorf("Set(batch=0) = %v and changed the config to %v", err, d)
	}
	if d.Value("nope") != "" {
		t.Errorf("Value of an unknown key: %q", d.Value("nope"))
	}
}

// Negative zero is zero: it reads back and shows as "0".
func TestNegativeZero(t *testing.T) {
	c, err := ParseConfig("dropout=-0&l2=-0.0")
	if err != nil {
		t.Fatal(err)
	}
	if c.Value("dropout") != "0" || c.Value("l2") != "0" || math.Signbit(c.Dropout) {
		t.Errorf("dropout %q, l2 %q", c.Value("dropout"), c.Value("l2"))
	}
}

// Exactly the keys marked Live can change without a new run.
func TestCanChangeLiveFollowsTheTable(t *testing.T) {
	other := map[string]string{"conv": "8c5-p2", "hidden": "64", "act": "elu", "init": "zeros", "dropout": "0.5", "opt": "sgd", "lr": "0.1",
		"momentum": "0.5", "nesterov": "1", "l2": "0.01", "batch": "64", "train": "1000", "augment": "strong", "seed": "2",
		"bn": "1", "clip": "5", "patience": "3", "mine": "on", "ones": "1", "drawn": "1"}
	live := 0
	for _, k := range Keys() {
		c := DefaultConfig()
		if err := c.Set(k.Name, other[k.Name]); err != nil || c.Equal(DefaultConfig()) {
			t.Fatalf("%s: no other value to test with (%v)", k.Name, err)
		}
		if got := CanChangeLive(DefaultConfig(), c); got != k.Live {
			t.Errorf("CanChangeLive with %s changed = %v, want %v", k.Name, got, k.Live)
		}
		if k.Live {
			live++
		}
	}
	if live != 10 {
		t.Errorf("%d live keys, want 10 (lr, momentum, dropout, l2, clip, patience, augment, mine, ones, drawn)", live)
	}
}

// A saved config from before the augment key reads as augment=off, and a
// level out of range is refused.
func TestConfigJSONAugment(t *testing.T) {
	for _, tc := range []struct {
		json string
		want augment.Level
		ok   bool
	}{
		{`{"hidden":[64]}`, augment.Off, true},
		{`{"augment":2}`, augment.Strong, true},
		{`{"augment":3}`, augment.Off, false},
		{`{"augment":-1}`, augment.Off, false},
	} {
		var c Config
		err := json.Unmarshal([]byte(tc.json), &c)
		if (err == nil) != tc.ok || (tc.ok && c.Augment != tc.want) {
			t.Errorf("%s: augment %v, error %v; want %v, ok %v", tc.json, c.Augment, err, tc.want, tc.ok)
		}
	}
}

// The conv key reads any case and "none", and writes one form, which is
// what a config must hold.
func TestConvKeyCanonicalForm(t *testing.T) {
	for _, tt := range []struct{ in, value, layers string }{
		{"8c5-p2-16c5-p2", "8c5-p2-16c5-p2", "256x128x10"},
		{"8C5-P2", "8c5-p2", "1152x128x10"},
		{" 4c3S ", "4c3s", "3136x128x10"},
		{"none", "", "784x128x10"},
		{"", "", "784x128x10"},
		{"p3", "p3", "81x128x10"},
		{"2c4s-p2", "2c4s-p2", "392x128x10"},
	} {
		c := DefaultConfig()
		if err := c.Set("conv", tt.in); err != nil {
			t.Errorf("Set(conv, %q): %v", tt.in, err)
			continue
		}
		if c.Conv != tt.value || c.Value("conv") != tt.value {
			t.Errorf("Set(conv, %q) holds %q, want %q", tt.in, c.Conv, tt.value)
		}
		if got := FormatHidden(c.Layers()); got != tt.layers {
			t.Errorf("conv=%s: layers %s, want %s", tt.in, got, tt.layers)
		}
		if err := c.Validate(); err != nil {
			t.Errorf("conv=%s: %v", tt.in, err)
		}
		if n, err := NewNet[float32](c, 2); err != nil || n.dense[0].In() != c.Layers()[0] {
			t.Errorf("conv=%s: the network does not build to its layers (%v)", tt.in, err)
		}
	}
	for _, held := range []string{"8C5", "none", "8c5-p2 ", "08c5"} {
		c := DefaultConfig()
		c.Conv = held
		var fe *FieldError
		if err := c.Validate(); !errors.As(err, &fe) || fe.Field != "conv" {
			t.Errorf("a config holding conv %q: %v, want a conv FieldError", held, err)
		}
	}
	if s := DefaultConfig().String(); strings.Contains(s, "conv") {
		t.Errorf("a config without a convolutional part writes %q", s)
	}
}

// The largest multilayer perceptron is the most dense weights a network
// may have, whatever feeds its first layer: a convolutional part that
// does not pool is refused with 1024 units after it, and named.
func TestDenseParamsBound(t *testing.T) {
	for _, tc := range []struct {
		config string
		ok     bool
	}{
		{"hidden=1024x1024x1024x1024", true},
		{"conv=8c5-p2-16c5-p2&hidden=1024x1024x1024x1024", true},
		{"conv=16c3&hidden=1024", false},
		{"conv=20c1&hidden=1024x1024x1024x1024", false},
		{"conv=16c3&hidden=64", true},
	} {
		_, err := ParseConfig(tc.config)
		if (err == nil) != tc.ok {
			t.Errorf("%s: error %v, want ok %v", tc.config, err, tc.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "dense weights") {
			t.Errorf("%s: %v does not say why", tc.config, err)
		}
	}
}

// What training a network holds is bounded by the largest perceptron at
// the largest batch: a convolution that does not pool fits at a small
// batch and is refused at a large one, with the batch named; every preset
// fits.
func TestTrainingSizeBound(t *testing.T) {
	for _, tc := range []struct {
		config string
		ok     bool
	}{
		{"hidden=1024x1024x1024x1024&batch=1024", true},
		{"conv=8c5-p2-16c5-p2&hidden=none&batch=1024", true},
		{"conv=16c5-p2-32c5-p2&hidden=1024x1024x1024x1024&batch=1024", false},
		{"conv=16c5-p2-32c5-p2&hidden=1024x1024x1024x1024&batch=256", true},
		{"conv=16c3&hidden=256&batch=1024", false},
		{"conv=16c3&hidden=256&batch=256", true},
	} {
		_, err := ParseConfig(tc.config)
		if (err == nil) != tc.ok {
			t.Errorf("%s: error %v, want ok %v", tc.config, err, tc.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "batch") {
			t.Errorf("%s: %v does not name the batch", tc.config, err)
		}
	}
	for _, p := range Presets() {
		if err := p.Config.Validate(); err != nil {
			t.Errorf("preset %s: %v", p.Name, err)
		}
	}
}
