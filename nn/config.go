package nn

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Names of the weight initializations. The first five are the sane schemes a
// framework would pick; the last three are deliberately poor, to show what a
// bad initialization does to training.
const (
	InitGlorotUniform = "glorot-uniform" // U(±sqrt(6/(fanIn+fanOut))), the Keras default
	InitGlorotNormal  = "glorot-normal"  // truncated normal, std sqrt(2/(fanIn+fanOut))
	InitHeUniform     = "he-uniform"     // U(±sqrt(6/fanIn))
	InitHeNormal      = "he-normal"      // truncated normal, std sqrt(2/fanIn)
	InitLecunNormal   = "lecun-normal"   // truncated normal, std sqrt(1/fanIn)
	InitNormal1       = "normal-1"       // N(0,1): far too large, activations explode
	InitTiny          = "tiny"           // U(±1e-3): far too small, signals vanish
	InitZeros         = "zeros"          // all zero: every hidden unit stays identical
)

// Names of the activation functions of the hidden layers.
const (
	ActReLU      = "relu"
	ActELU       = "elu"
	ActLeakyReLU = "leaky-relu"
	ActSigmoid   = "sigmoid"
	ActTanh      = "tanh"
	ActLinear    = "linear"
)

// Names of the optimizers.
const (
	OptSGD      = "sgd"
	OptMomentum = "momentum"
	OptAdam     = "adam"
	OptRMSProp  = "rmsprop"
)

// Inits, Activations and Optimizers list the accepted names, in the order a
// user interface should offer them.
var (
	Inits       = []string{InitGlorotUniform, InitGlorotNormal, InitHeUniform, InitHeNormal, InitLecunNormal, InitNormal1, InitTiny, InitZeros}
	Activations = []string{ActReLU, ActELU, ActLeakyReLU, ActSigmoid, ActTanh, ActLinear}
	Optimizers  = []string{OptSGD, OptMomentum, OptAdam, OptRMSProp}
)

// Limits of the configuration. Validate reports any field outside them.
const (
	MaxHiddenLayers = 4
	MinUnits        = 8
	MaxUnits        = 1024
	MaxDropout      = 0.9
	MinLearningRate = 1e-6
	MaxLearningRate = 10
	MaxL2           = 1
	MaxMomentum     = 0.999
	MinBatchSize    = 1
	MaxBatchSize    = 1024
	MinTrainSize    = 100
	MaxTrainSize    = 60000
)

// Config holds every toggle of a network and its training. The zero value is
// not valid; start from DefaultConfig, which is the seed's first example:
// 784-128-10, relu, glorot-uniform, Adam with learning rate 1e-3, batch 32.
//
// A Config is a plain value: building a network or a trainer from it never
// changes it. It round-trips through String/ParseConfig (a URL query string)
// and through JSON.
type Config struct {
	// Hidden lists the units of each hidden layer, input side first: 0 to 4
	// layers of 8 to 1024 units. Empty means softmax regression.
	Hidden []int `json:"hidden"`
	// Init names the weight initialization of every dense layer (Inits).
	// Biases always start at zero.
	Init string `json:"init"`
	// Activation names the nonlinearity after each hidden layer (Activations).
	Activation string `json:"activation"`
	// Dropout is the rate of inverted dropout after each hidden layer's
	// activation during training, 0 to 0.9; evaluation never drops.
	Dropout float64 `json:"dropout"`
	// Optimizer names the update rule (Optimizers).
	Optimizer string `json:"optimizer"`
	// LearningRate is the step size, 1e-6 to 10.
	LearningRate float64 `json:"learningRate"`
	// Momentum is the momentum coefficient of OptMomentum, 0 to 0.999.
	Momentum float64 `json:"momentum"`
	// Nesterov switches OptMomentum to Nesterov's look-ahead form.
	Nesterov bool `json:"nesterov"`
	// L2 is the weight decay λ, 0 to 1: the loss gains λ/2·Σw² over the
	// weights (not the biases), so each weight gradient gains λ·w.
	L2 float64 `json:"l2"`
	// BatchSize is the number of images per update, 1 to 1024.
	BatchSize int `json:"batchSize"`
	// TrainSize is how many training images to use, 100 to 60000 (and at
	// most as many as the data has): small sets make overfitting visible.
	TrainSize int `json:"trainSize"`
	// Seed drives every random choice: initialization, shuffling, dropout.
	Seed uint64 `json:"seed"`
}

// DefaultConfig returns the seed's first example (784-128-10, relu,
// glorot-uniform, Adam 1e-3, batch 32) on 20,000 training images.
func DefaultConfig() Config {
	return Config{
		Hidden:       []int{128},
		Init:         InitGlorotUniform,
		Activation:   ActReLU,
		Optimizer:    OptAdam,
		LearningRate: 1e-3,
		Momentum:     0.9,
		BatchSize:    32,
		TrainSize:    20000,
		Seed:         1,
	}
}

// Clone returns a deep copy, so that the Hidden slice is not shared.
func (c Config) Clone() Config {
	c.Hidden = slices.Clone(c.Hidden)
	if c.Hidden == nil {
		c.Hidden = []int{}
	}
	return c
}

// Equal reports whether two configs describe the same run.
func (c Config) Equal(o Config) bool {
	return c.String() == o.String()
}

// SameShape reports whether a network built from c has the same layers and
// parameter sizes as one built from o (weights can be copied between them).
func (c Config) SameShape(o Config) bool { return slices.Equal(c.Hidden, o.Hidden) }

// FieldError names the configuration field that is wrong and why.
type FieldError struct {
	Field string // the key of the field in the compact string, such as "lr"
	Value string // the offending value as given
	Msg   string // what is allowed
}

func (e *FieldError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Msg)
	}
	return fmt.Sprintf("%s=%s: %s", e.Field, e.Value, e.Msg)
}

// Validate reports the first field outside its allowed range as a
// *FieldError, or nil.
func (c Config) Validate() error {
	if errs := c.validateAll(); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

func (c Config) validateAll() []*FieldError {
	var errs []*FieldError
	bad := func(field, value, msg string) { errs = append(errs, &FieldError{field, value, msg}) }
	if len(c.Hidden) > MaxHiddenLayers {
		bad(keyHidden, FormatHidden(c.Hidden), fmt.Sprintf("at most %d hidden layers", MaxHiddenLayers))
	}
	for _, u := range c.Hidden {
		if u < MinUnits || u > MaxUnits {
			bad(keyHidden, FormatHidden(c.Hidden), fmt.Sprintf("each hidden layer needs %d to %d units", MinUnits, MaxUnits))
			break
		}
	}
	oneOf := func(field, v string, allowed []string) {
		if !slices.Contains(allowed, v) {
			bad(field, v, "must be one of "+strings.Join(allowed, ", "))
		}
	}
	oneOf(keyInit, c.Init, Inits)
	oneOf(keyAct, c.Activation, Activations)
	oneOf(keyOpt, c.Optimizer, Optimizers)
	inRange := func(field string, v, lo, hi float64) {
		if !(v >= lo && v <= hi) { // also catches NaN
			bad(field, formatFloat(v), fmt.Sprintf("must be between %g and %g", lo, hi))
		}
	}
	inRange(keyDropout, c.Dropout, 0, MaxDropout)
	inRange(keyLR, c.LearningRate, MinLearningRate, MaxLearningRate)
	inRange(keyMomentum, c.Momentum, 0, MaxMomentum)
	inRange(keyL2, c.L2, 0, MaxL2)
	intRange := func(field string, v, lo, hi int) {
		if v < lo || v > hi {
			bad(field, strconv.Itoa(v), fmt.Sprintf("must be between %d and %d", lo, hi))
		}
	}
	intRange(keyBatch, c.BatchSize, MinBatchSize, MaxBatchSize)
	intRange(keyTrain, c.TrainSize, MinTrainSize, MaxTrainSize)
	return errs
}

// Keys of the compact string, in the order String writes them.
const (
	keyHidden   = "hidden"
	keyAct      = "act"
	keyInit     = "init"
	keyDropout  = "dropout"
	keyOpt      = "opt"
	keyLR       = "lr"
	keyMomentum = "momentum"
	keyNesterov = "nesterov"
	keyL2       = "l2"
	keyBatch    = "batch"
	keyTrain    = "train"
	keySeed     = "seed"
	// keyPreset names a preset to start from; String never writes it.
	keyPreset = "preset"
)

// ConfigKeys lists the keys of the compact string in the order String writes
// them.
var ConfigKeys = []string{keyHidden, keyAct, keyInit, keyDropout, keyOpt, keyLR, keyMomentum, keyNesterov, keyL2, keyBatch, keyTrain, keySeed}

// String returns the compact form of c, a URL query string with every field:
//
//	hidden=128&act=relu&init=glorot-uniform&dropout=0&opt=adam&lr=0.001&momentum=0.9&nesterov=0&l2=0&batch=32&train=20000&seed=1
//
// Hidden layers are joined with "x" ("256x128"); no hidden layer is "none".
func (c Config) String() string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	add(keyHidden, FormatHidden(c.Hidden))
	add(keyAct, c.Activation)
	add(keyInit, c.Init)
	add(keyDropout, formatFloat(c.Dropout))
	add(keyOpt, c.Optimizer)
	add(keyLR, formatFloat(c.LearningRate))
	add(keyMomentum, formatFloat(c.Momentum))
	nesterov := "0"
	if c.Nesterov {
		nesterov = "1"
	}
	add(keyNesterov, nesterov)
	add(keyL2, formatFloat(c.L2))
	add(keyBatch, strconv.Itoa(c.BatchSize))
	add(keyTrain, strconv.Itoa(c.TrainSize))
	add(keySeed, strconv.FormatUint(c.Seed, 10))
	return b.String()
}

// ParseConfig reads a compact string (see String). Keys that are absent keep
// their DefaultConfig values, so "act=elu&lr=0.01" is a valid config. The
// key "preset" names a preset (see Presets) whose config the other keys
// change: "preset=fail-zeros&seed=2". The
// result is validated; the error names the first bad key and what it allows.
func ParseConfig(s string) (Config, error) {
	c, errs := ParseConfigLenient(s)
	if len(errs) > 0 {
		return DefaultConfig(), errs[0]
	}
	return c, nil
}

// ParseConfigLenient reads a compact string like ParseConfig but keeps going
// past bad keys: each bad key keeps its default value and is reported. The
// returned config is always valid. An application uses it for URL parameters,
// so that one typo does not throw away the rest of a shared link.
func ParseConfigLenient(s string) (Config, []*FieldError) {
	c := DefaultConfig()
	var errs []*FieldError
	s = strings.TrimPrefix(strings.TrimSpace(s), "?")
	if s == "" {
		return c, nil
	}
	seen := map[string]bool{}
	parts := strings.Split(s, "&")
	// A preset, wherever it appears, is the base the other keys change.
	for _, part := range parts {
		if v, ok := strings.CutPrefix(part, keyPreset+"="); ok {
			name, _ := url.QueryUnescape(v)
			if p, err := LookupPreset(name); err == nil {
				c = p.Config.Clone()
			} else {
				errs = append(errs, &FieldError{Field: keyPreset, Value: name, Msg: "must be one of " + strings.Join(PresetNames(), ", ")})
			}
		}
	}
	for _, part := range parts {
		if part == "" || strings.HasPrefix(part, keyPreset+"=") {
			continue
		}
		rawKey, rawVal, hasEq := strings.Cut(part, "=")
		key, err1 := url.QueryUnescape(rawKey)
		val, err2 := url.QueryUnescape(rawVal)
		if err1 != nil || err2 != nil {
			errs = append(errs, &FieldError{Field: rawKey, Value: rawVal, Msg: "not valid URL encoding"})
			continue
		}
		if !hasEq {
			errs = append(errs, &FieldError{Field: key, Msg: "missing \"=value\""})
			continue
		}
		if seen[key] {
			errs = append(errs, &FieldError{Field: key, Value: val, Msg: "given twice"})
			continue
		}
		seen[key] = true
		trial := c.Clone()
		if err := trial.set(key, val); err != nil {
			errs = append(errs, err)
			continue
		}
		if fe := trial.validateAll(); len(fe) > 0 {
			for _, e := range fe {
				if e.Field == key {
					e.Value = val
					errs = append(errs, e)
					break
				}
			}
			continue
		}
		c = trial
	}
	return c, errs
}

// set assigns one key from its text form, without range checks.
func (c *Config) set(key, val string) *FieldError {
	bad := func(msg string) *FieldError { return &FieldError{Field: key, Value: val, Msg: msg} }
	val = strings.TrimSpace(val)
	switch key {
	case keyHidden:
		h, err := parseHidden(val)
		if err != nil {
			return bad(err.Error())
		}
		c.Hidden = h
	case keyAct:
		c.Activation = strings.ToLower(val)
	case keyInit:
		c.Init = strings.ToLower(val)
	case keyOpt:
		c.Optimizer = strings.ToLower(val)
	case keyDropout, keyLR, keyMomentum, keyL2:
		f, err := strconv.ParseFloat(val, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return bad("not a number")
		}
		switch key {
		case keyDropout:
			c.Dropout = f
		case keyLR:
			c.LearningRate = f
		case keyMomentum:
			c.Momentum = f
		case keyL2:
			c.L2 = f
		}
	case keyNesterov:
		switch strings.ToLower(val) {
		case "1", "true", "yes", "on":
			c.Nesterov = true
		case "0", "false", "no", "off":
			c.Nesterov = false
		default:
			return bad("must be 0 or 1")
		}
	case keyBatch, keyTrain:
		n, err := strconv.Atoi(val)
		if err != nil {
			return bad("not a whole number")
		}
		if key == keyBatch {
			c.BatchSize = n
		} else {
			c.TrainSize = n
		}
	case keySeed:
		n, err := strconv.ParseUint(val, 10, 64)
		if err != nil {
			return bad("must be a whole number from 0 to 18446744073709551615")
		}
		c.Seed = n
	default:
		return &FieldError{Field: key, Value: val, Msg: "unknown key (known: " + strings.Join(ConfigKeys, ", ") + ", and " + keyPreset + ")"}
	}
	return nil
}

func parseHidden(s string) ([]int, error) {
	if s == "" || s == "none" || s == "0" {
		return []int{}, nil
	}
	parts := strings.Split(s, "x")
	if len(parts) > MaxHiddenLayers {
		return nil, fmt.Errorf("at most %d hidden layers", MaxHiddenLayers)
	}
	h := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil, fmt.Errorf("units per layer joined by x, such as 256x128, or none")
		}
		h[i] = n
	}
	return h, nil
}

// FormatHidden writes hidden layer sizes as the config string does:
// "256x128", or "none" for no hidden layer.
func FormatHidden(h []int) string {
	if len(h) == 0 {
		return "none"
	}
	parts := make([]string, len(h))
	for i, u := range h {
		parts[i] = strconv.Itoa(u)
	}
	return strings.Join(parts, "x")
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// MarshalJSON writes every field, with the hidden layers as a list.
func (c Config) MarshalJSON() ([]byte, error) {
	type plain Config
	p := plain(c.Clone())
	return json.Marshal(p)
}

// UnmarshalJSON reads a config written by MarshalJSON. Fields that are absent
// keep their DefaultConfig values; the result is validated.
func (c *Config) UnmarshalJSON(data []byte) error {
	type plain Config
	p := plain(DefaultConfig())
	if err := json.Unmarshal(data, &p); err != nil {
		return fmt.Errorf("nn: config JSON: %w", err)
	}
	if err := Config(p).Validate(); err != nil {
		return fmt.Errorf("nn: config JSON: %w", err)
	}
	*c = Config(p)
	return nil
}

// Layers returns the sizes of every layer, input and output included, such
// as [784 128 10].
func (c Config) Layers() []int {
	sizes := make([]int, 0, len(c.Hidden)+2)
	sizes = append(sizes, Inputs)
	sizes = append(sizes, c.Hidden...)
	return append(sizes, Classes)
}
