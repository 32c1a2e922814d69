package nn

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"digitlab/augment"
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
	MaxClip         = 1000
	MaxPatience     = 1000
	// MaxDenseParams bounds the dense layers' weights and biases: those of
	// the largest multilayer perceptron (4 layers of 1024 units). Without
	// it a convolutional part that does not pool would feed 10,816 values
	// into 1024 units, 11 million weights that no browser tab has the
	// memory to train (about 530 MB in the worker).
	MaxDenseParams = Inputs*MaxUnits + MaxUnits + (MaxHiddenLayers-1)*(MaxUnits*MaxUnits+MaxUnits) + MaxUnits*Classes + Classes
)

// MaxTrainingFloats bounds TrainingFloats: what training the largest
// perceptron (with batch normalization) at the largest batch holds, which
// the browser's worker was measured to fit in 263 MB of WebAssembly memory
// with all of MNIST loaded. Its terms are those of TrainingFloats for
// that network: five copies of the parameters, and per image the input,
// five outputs per hidden layer (dense, normalized, activation, dropout,
// mask), the classes and the two gradient buffers as wide as a layer.
const MaxTrainingFloats = 5*(MaxDenseParams+MaxHiddenLayers*2*MaxUnits) +
	MaxBatchSize*(Inputs+5*MaxHiddenLayers*MaxUnits+Classes+2*MaxUnits)

// TrainingFloats estimates the 4-byte numbers that training c holds, as
// the network's layers allocate them (see newNet and NewTrainer): every
// parameter five times (weight, gradient, two optimizer moments, the copy
// for the update ratio), and for each of max(batch, 256 health-probe)
// images the input, each layer's output, each dropout mask and pooling's
// argmax, and the two shared gradient buffers as wide as the widest
// layer. One estimate serves both the config's bound (checkTrainingSize)
// and the trainer's decision to start a fresh browser worker, so the two
// cannot disagree about what a network costs.
func (c Config) TrainingFloats() int {
	params := c.DenseParams()
	perImage := Inputs + Classes
	widest := Classes
	// hidden adds the outputs that follow a convolution or a hidden layer
	// of units outputs over channels channels: batch normalization, the
	// activation, dropout and its mask.
	hidden := func(units, channels int) {
		perImage += 4 * units
		if c.BatchNorm {
			perImage += units
			params += 2 * channels
		}
	}
	if stages, err := parseConv(c.Conv); err == nil {
		if shapes, err := convShapes(stages); err == nil {
			in := inputShape
			for i, st := range stages {
				out := shapes[i]
				widest = max(widest, out.size())
				if st.pool > 0 {
					perImage += 2 * out.size() // output and argmax
				} else {
					params += st.kernel*st.kernel*in.c*st.filters + st.filters
					hidden(out.size(), out.c)
				}
				in = out
			}
		}
	}
	for _, u := range c.Hidden {
		widest = max(widest, u)
		hidden(u, u)
	}
	rows := max(c.BatchSize, 256)
	return 5*params + rows*(perImage+2*widest)
}

// checkTrainingSize refuses a network whose training would not fit the
// browser's worker (see MaxTrainingFloats).
func checkTrainingSize(c *Config) error {
	if checkConv(c.Conv) != nil || c.DenseParams() > MaxDenseParams {
		return nil // the conv and hidden keys report those
	}
	if n := c.TrainingFloats(); n > MaxTrainingFloats {
		return fmt.Errorf("training this network %d images at a time holds about %d MB, at most %d MB: a smaller batch, or pooling after a convolution",
			c.BatchSize, n*4>>20, MaxTrainingFloats*4>>20)
	}
	return nil
}

// Config holds every toggle of a network and its training. The zero value is
// not valid; start from DefaultConfig, which is the seed's first example:
// 784-128-10, relu, glorot-uniform, Adam with learning rate 1e-3, batch 32.
//
// A Config is a plain value: building a network or a trainer from it never
// changes it. It round-trips through String/ParseConfig (a URL query string)
// and through JSON.
type Config struct {
	// Conv is the convolutional part before the dense layers, as the conv
	// key writes it: stages joined by "-", where "8c5" is a convolution of
	// 8 filters of 5×5 (stride 1, valid), "8c5s" one padded to keep the
	// size (same), and "p2" a 2×2 max pooling with stride 2, such as
	// "8c5-p2-16c5-p2". Each convolution is followed by the activation and
	// dropout, like a hidden layer; the last stage's output is flattened
	// into the dense layers. Empty means none: the dense layers see the
	// pixels.
	Conv string `json:"conv,omitempty"`
	// Hidden lists the units of each hidden layer, input side first: 0 to 4
	// layers of 8 to 1024 units. Empty means softmax regression.
	Hidden []int `json:"hidden"`
	// Init names the weight initialization of every dense layer and
	// convolution (Inits).
	// Biases always start at zero.
	Init string `json:"init"`
	// BatchNorm normalizes each hidden layer's and each convolution's
	// output before the activation: per unit (per filter for a
	// convolution) by the batch's mean and variance while training, by
	// running averages of them when evaluating, then scaled and shifted by
	// a learned γ and β. It needs batches of at least 2 images.
	BatchNorm bool `json:"bn,omitempty"`
	// Activation names the nonlinearity after each hidden layer and each
	// convolution (Activations).
	Activation string `json:"activation"`
	// Dropout is the rate of inverted dropout after the activation of each
	// hidden layer and convolution during training, 0 to 0.9; evaluation
	// never drops.
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
	// Clip is the largest global norm of the loss gradient, over every
	// parameter together: a longer gradient is scaled down to it before
	// the update (L2 decay is added after). 0 turns clipping off.
	Clip float64 `json:"clip,omitempty"`
	// BatchSize is the number of images per update, 1 to 1024.
	BatchSize int `json:"batchSize"`
	// TrainSize is how many training images to use, 100 to 60000 (and at
	// most as many as the data has): small sets make overfitting visible.
	TrainSize int `json:"trainSize"`
	// Patience stops the run when this many evaluations in a row have not
	// improved on the best validation loss, and puts back the weights of
	// that best evaluation. 0 never stops early.
	Patience int `json:"patience,omitempty"`
	// Augment distorts each training image as a batch is gathered
	// (package augment): off, light or strong. Validation and the health
	// probe always see the images as they are.
	Augment augment.Level `json:"augment"`
	// Mine mixes the user's own taught digits (Trainer.SetMine) into the
	// training batches, each moved by up to a pixel (distorted as the
	// training images are when Augment is on), so that a few drawings
	// count.
	Mine bool `json:"mine,omitempty"`
	// Ones mixes drawn 1s with a flag, half of them with a base
	// (TrainerOptions.DrawOne, package pad/ones), into the training
	// batches, one row in OnesEvery: MNIST's 1s are single sticks, so a
	// network trained on it alone reads the 1 much of the world writes as
	// 7 or 2.
	Ones bool `json:"ones,omitempty"`
	// Drawn mixes digits traced after real fonts and drawn as on the pad
	// (TrainerOptions.Drawn: assets.Drawn, made by pad/internal/gendrawn)
	// into the training batches, one row in DrawnEvery, distorted as the
	// training images are when Augment is on: MNIST shows one way of
	// writing each digit, and a user draws many.
	Drawn bool `json:"drawn,omitempty"`
	// Seed drives every random choice: initialization, shuffling, dropout,
	// augmentation.
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
		Augment:      augment.Off,
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
func (c Config) SameShape(o Config) bool {
	return slices.Equal(c.Hidden, o.Hidden) && c.Conv == o.Conv && c.BatchNorm == o.BatchNorm
}

// FieldError names the configuration field that is wrong and why.
type FieldError struct {
	Field string // the key of the field in the compact string, such as "lr"
	Value string // the offending value as given
	Msg   string // what is allowed
}

// Error writes "field=value: msg". A long field or value is cut to a short
// prefix with its length, so that a hostile link cannot make a long
// message.
func (e *FieldError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", Abbreviate(e.Field), e.Msg)
	}
	return fmt.Sprintf("%s=%s: %s", Abbreviate(e.Field), Abbreviate(e.Value), e.Msg)
}

// maxQuoted is how many characters of a user's value a message repeats.
const maxQuoted = 40

// Abbreviate returns s, or its first characters and its length when it is
// longer than a message should quote: "xxxxxxxx… (20,000 characters)".
func Abbreviate(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	cut := maxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d characters)", s[:cut], utf8.RuneCountInString(s))
}

// Validate reports the first field outside its allowed range as a
// *FieldError, or nil.
func (c Config) Validate() error {
	if errs := c.validateAll(); len(errs) > 0 {
		return errs[0]
	}
	return nil
}

// validateAll checks every key's range, in the order of the key table.
func (c Config) validateAll() []*FieldError {
	var errs []*FieldError
	for _, k := range keyTable {
		if k.check == nil {
			continue
		}
		if err := k.check(&c); err != nil {
			errs = append(errs, &FieldError{Field: k.Name, Value: k.format(&c), Msg: err.Error()})
		}
	}
	return errs
}

// String returns the compact form of c, a URL query string with every key
// of the key table (Keys), in its order:
//
//	hidden=128&act=relu&init=glorot-uniform&dropout=0&opt=adam&lr=0.001&momentum=0.9&nesterov=0&l2=0&batch=32&train=20000&seed=1
//
// Hidden layers are joined with "x" ("256x128"); no hidden layer is "none".
// A key whose value is empty is left out, and so is a remedy that is off
// (bn, clip, patience at 0): a config without a convolutional part or a
// remedy has no such key, so its string (and every link made before the
// keys existed) stays the same.
func (c Config) String() string {
	var b strings.Builder
	for _, k := range keyTable {
		v := k.format(&c)
		if v == "" || (k.omitOff && (v == "0" || v == "off")) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k.Name)
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(v))
	}
	return b.String()
}

// ParseConfig reads a compact string (see String). Keys that are absent keep
// their DefaultConfig values, so "act=elu&lr=0.01" is a valid config. The
// key "preset" names a preset (see Presets) whose config the other keys
// change: "preset=fail-zeros&seed=2". The result is validated; the error
// names the first bad key and what it allows.
func ParseConfig(s string) (Config, error) {
	c, errs := ParseConfigLenient(s)
	if len(errs) > 0 {
		return DefaultConfig(), errs[0]
	}
	return c, nil
}

// ParseConfigLenient reads a compact string like ParseConfig but keeps going
// past bad keys: each bad key keeps its default value (or its preset's) and
// is reported, and so is a key given twice (the first value stands). The
// returned config is always valid. An application uses it for URL
// parameters, so that one typo does not throw away the rest of a shared
// link. It takes time linear in the length of s.
func ParseConfigLenient(s string) (Config, []*FieldError) {
	return ApplyQuery(DefaultConfig(), s)
}

// ApplyQuery changes base by the keys of the compact string s, like
// ParseConfigLenient does to the default config: a preset, wherever it
// appears, replaces base first, and the other keys change the result.
func ApplyQuery(base Config, s string) (Config, []*FieldError) {
	c := base.Clone()
	var errs []*FieldError
	s = strings.TrimPrefix(strings.TrimSpace(s), "?")
	if s == "" {
		return c, nil
	}
	parts := strings.Split(s, "&")
	// A preset, wherever it appears, is the base the other keys change.
	for _, part := range parts {
		if v, ok := strings.CutPrefix(part, KeyPreset+"="); ok {
			if name, err := url.QueryUnescape(v); err == nil {
				if p, err := LookupPreset(strings.TrimSpace(name)); err == nil {
					c = p.Config.Clone()
				}
			}
			break
		}
	}
	seen := map[string]bool{}
	for _, part := range parts {
		if part == "" {
			continue
		}
		rawKey, rawVal, hasEq := strings.Cut(part, "=")
		key, err1 := url.QueryUnescape(rawKey)
		val, err2 := url.QueryUnescape(rawVal)
		switch {
		case err1 != nil || err2 != nil:
			errs = append(errs, &FieldError{Field: rawKey, Value: rawVal, Msg: "not valid URL encoding"})
		case !hasEq:
			errs = append(errs, &FieldError{Field: key, Msg: "missing \"=value\""})
		case seen[key]:
			errs = append(errs, &FieldError{Field: key, Value: val, Msg: "given twice"})
		case key == KeyPreset:
			seen[key] = true
			if _, err := LookupPreset(strings.TrimSpace(val)); err != nil {
				errs = append(errs, &FieldError{Field: KeyPreset, Value: val, Msg: "must be one of " + strings.Join(PresetNames(), ", ")})
			}
		default:
			seen[key] = true
			if err := c.Set(key, val); err != nil {
				errs = append(errs, err.(*FieldError))
			}
		}
	}
	return c, errs
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

// Layers returns the sizes of the dense part, its input and output
// included, such as [784 128 10]: the input is the 784 pixels, or the
// flattened output of the convolutional part ([256 10] for
// conv=8c5-p2-16c5-p2 without hidden layers). Health has one entry per
// dense layer, so Health.Layers[k] goes from Layers()[k] to Layers()[k+1].
func (c Config) Layers() []int {
	sizes := make([]int, 0, len(c.Hidden)+2)
	sizes = append(sizes, flatSize(c.Conv))
	sizes = append(sizes, c.Hidden...)
	return append(sizes, Classes)
}
