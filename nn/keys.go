package nn

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"digitlab/augment"
)

// A Key is one setting of the compact config string, described once: its
// name, what it takes, whether a running network can take a change of it,
// and how to read, write and check it in a Config. Config.String, parsing,
// validation, ConfigKeys, CanChangeLive and cmd/train's flags all come from
// the table of keys (Keys), so a new setting is one row there plus its
// control in the settings panel.
type Key struct {
	// Name is the key in the compact string and the URL, and the name of
	// cmd/train's flag.
	Name string
	// Help says what the key takes, for flag usage and documentation:
	// "learning rate, 1e-06 to 10".
	Help string
	// Live is true for settings a running network takes without starting
	// over (they change the update or the images of a batch, not the
	// parameters' shapes): the learning rate, momentum, dropout, L2 and
	// augmentation.
	Live bool

	// omitOff leaves the key out of Config.String while its value is its
	// off value, "0" or "off": a remedy or augmentation that is off writes
	// nothing, so the strings and links of configs without it do not
	// change.
	omitOff bool
	format  func(c *Config) string
	parse   func(c *Config, v string) error // the text form, without range checks
	check   func(c *Config) error           // the range check; nil when in range
}

// keyTable is every key in the order String writes them. It is never
// modified.
var keyTable = [...]Key{
	{
		Name:   keyConv,
		Help:   convHelp,
		format: func(c *Config) string { return c.Conv },
		parse: func(c *Config, v string) error {
			stages, err := parseConv(v)
			if err == nil {
				c.Conv = formatConv(stages)
			}
			return err
		},
		check: func(c *Config) error { return checkConv(c.Conv) },
	},
	{
		Name:   keyHidden,
		Help:   fmt.Sprintf("hidden layer sizes, input side first, joined by x (256x128), or none: 0 to %d layers of %d to %d units", MaxHiddenLayers, MinUnits, MaxUnits),
		format: func(c *Config) string { return FormatHidden(c.Hidden) },
		parse: func(c *Config, v string) error {
			h, err := parseHidden(v)
			if err == nil {
				c.Hidden = h
			}
			return err
		},
		check: func(c *Config) error {
			if len(c.Hidden) > MaxHiddenLayers {
				return fmt.Errorf("at most %d hidden layers", MaxHiddenLayers)
			}
			for _, u := range c.Hidden {
				if u < MinUnits || u > MaxUnits {
					return fmt.Errorf("each hidden layer needs %d to %d units", MinUnits, MaxUnits)
				}
			}
			if checkConv(c.Conv) != nil {
				return nil // the conv key reports it
			}
			if n := c.DenseParams(); n > MaxDenseParams {
				return fmt.Errorf("%d dense weights; at most %d, those of %d layers of %d units (fewer or narrower layers, or a convolutional part that pools more)",
					n, MaxDenseParams, MaxHiddenLayers, MaxUnits)
			}
			return nil
		},
	},
	enumKey(keyAct, "activation of the hidden layers and convolutions", Activations, func(c *Config) *string { return &c.Activation }),
	enumKey(keyInit, "weight initialization", Inits, func(c *Config) *string { return &c.Init }),
	withCheck(boolKey(keyBatchNorm, "batch normalization after each hidden layer and convolution", true, func(c *Config) *bool { return &c.BatchNorm }), checkBatchNorm),
	floatKey(keyDropout, "dropout rate after each hidden layer and convolution", 0, MaxDropout, true, func(c *Config) *float64 { return &c.Dropout }),
	enumKey(keyOpt, "optimizer", Optimizers, func(c *Config) *string { return &c.Optimizer }),
	floatKey(keyLR, "learning rate", MinLearningRate, MaxLearningRate, true, func(c *Config) *float64 { return &c.LearningRate }),
	floatKey(keyMomentum, "momentum coefficient of the momentum optimizer", 0, MaxMomentum, true, func(c *Config) *float64 { return &c.Momentum }),
	boolKey(keyNesterov, "Nesterov's look-ahead for the momentum optimizer", false, func(c *Config) *bool { return &c.Nesterov }),
	floatKey(keyL2, "L2 weight decay λ", 0, MaxL2, true, func(c *Config) *float64 { return &c.L2 }),
	optional(floatKey(keyClip, "largest global norm of the gradient (0: no clipping)", 0, MaxClip, true, func(c *Config) *float64 { return &c.Clip })),
	withCheck(withCheck(intKey(keyBatch, "images per update", MinBatchSize, MaxBatchSize, func(c *Config) *int { return &c.BatchSize }), checkBatchNorm), checkTrainingSize),
	intKey(keyTrain, "training images to use", MinTrainSize, MaxTrainSize, func(c *Config) *int { return &c.TrainSize }),
	optional(live(intKey(keyPatience, "evaluations without a better validation loss before the run stops and keeps the best weights (0: never)", 0, MaxPatience, func(c *Config) *int { return &c.Patience }))),
	{
		// Live: augmentation changes the images a batch is made of, not a
		// parameter's shape, so a running network can switch it on or off.
		// Its random numbers come from their own stream of the seed, drawn
		// only while it is on, so a run that never turns it on is the run
		// without the key, and a run that turns it on at the same step
		// trains the same weights.
		Name:    keyAugment,
		omitOff: true,
		Help:    "augmentation of the training images (random rotation, scale, shear, shift; strong also stroke width), off, light or strong (0, 1, 2)",
		Live:    true,
		format:  func(c *Config) string { return c.Augment.String() },
		parse: func(c *Config, v string) error {
			l, err := augment.ParseLevel(v)
			if err == nil {
				c.Augment = l
			}
			return err
		},
		check: func(c *Config) error {
			if c.Augment < augment.Off || c.Augment > augment.MaxLevel {
				return fmt.Errorf("must be off, light or strong (or 0, 1, 2)")
			}
			return nil
		},
	},
	// Live, like augmentation: the user's digits change the images a
	// batch is made of. Their choice and distortion come from their own
	// stream of the seed, drawn only while it is on and there are digits.
	live(boolKey(keyMine, "mix your own taught digits into every batch, augmented", true, func(c *Config) *bool { return &c.Mine })),
	// Live too, and for the same reason: the drawn 1s come from their
	// own stream of the seed, drawn only while the key is on.
	live(boolKey(keyOnes, "mix drawn 1s with a flag or a base, which MNIST lacks, into the batches (one row in 40)", true, func(c *Config) *bool { return &c.Ones })),
	// Live too: the drawn digits come from their own stream of the seed.
	live(boolKey(keyDrawn, "mix digits traced after real fonts and handwriting, drawn as on the pad, into the batches (one row in 4)", true, func(c *Config) *bool { return &c.Drawn })),
	{
		Name:   keySeed,
		Help:   "random seed of initialization, shuffling, dropout and augmentation, 0 to 18446744073709551615",
		format: func(c *Config) string { return strconv.FormatUint(c.Seed, 10) },
		parse: func(c *Config, v string) error {
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return fmt.Errorf("must be a whole number from 0 to 18446744073709551615")
			}
			c.Seed = n
			return nil
		},
	},
}

// Keys of the compact string, in the order String writes them.
const (
	keyConv      = "conv"
	keyHidden    = "hidden"
	keyAct       = "act"
	keyInit      = "init"
	keyBatchNorm = "bn"
	keyDropout   = "dropout"
	keyOpt       = "opt"
	keyLR        = "lr"
	keyMomentum  = "momentum"
	keyNesterov  = "nesterov"
	keyL2        = "l2"
	keyClip      = "clip"
	keyBatch     = "batch"
	keyTrain     = "train"
	keyPatience  = "patience"
	keyAugment   = "augment"
	keyMine      = "mine"
	keyOnes      = "ones"
	keyDrawn     = "drawn"
	keySeed      = "seed"
	// KeyPreset names a preset to start from (see Presets); String never
	// writes it.
	KeyPreset = "preset"
)

// Keys returns the table of config keys in the order String writes them.
func Keys() []Key { return slices.Clone(keyTable[:]) }

// ConfigKeys returns the names of the config keys in the order String
// writes them.
func ConfigKeys() []string {
	names := make([]string, len(keyTable))
	for i, k := range keyTable {
		names[i] = k.Name
	}
	return names
}

// LookupKey returns the key named name.
func LookupKey(name string) (Key, bool) {
	for _, k := range keyTable {
		if k.Name == name {
			return k, true
		}
	}
	return Key{}, false
}

// Value returns the value of the key named name in c, written as the
// compact string writes it ("0.001", "256x128", "1"), or "" for an unknown
// key.
func (c Config) Value(name string) string {
	if k, ok := LookupKey(name); ok {
		return k.format(&c)
	}
	return ""
}

// Set assigns the key named name from its text form and checks its range.
// On error c is unchanged and the *FieldError names the key, the value and
// what it allows.
func (c *Config) Set(name, value string) error {
	k, ok := LookupKey(name)
	if !ok {
		return &FieldError{Field: name, Value: value, Msg: "unknown key (known: " + strings.Join(ConfigKeys(), ", ") + ", and " + KeyPreset + ")"}
	}
	trial := c.Clone()
	v := strings.TrimSpace(value)
	if err := k.parse(&trial, v); err != nil {
		return &FieldError{Field: name, Value: value, Msg: err.Error()}
	}
	if k.check != nil {
		if err := k.check(&trial); err != nil {
			return &FieldError{Field: name, Value: value, Msg: err.Error()}
		}
	}
	*c = trial
	return nil
}

// boolKey is a key that takes 0 or 1 (or true/false, yes/no, on/off);
// an optional one is left out of Config.String when 0.
func boolKey(name, what string, omitOff bool, field func(*Config) *bool) Key {
	return Key{
		Name:    name,
		Help:    what + ", 0 or 1",
		omitOff: omitOff,
		format: func(c *Config) string {
			if *field(c) {
				return "1"
			}
			return "0"
		},
		parse: func(c *Config, v string) error {
			switch strings.ToLower(v) {
			case "1", "true", "yes", "on":
				*field(c) = true
			case "0", "false", "no", "off":
				*field(c) = false
			default:
				return fmt.Errorf("must be 0 or 1")
			}
			return nil
		},
	}
}

// optional marks k as left out of Config.String while it is "0".
func optional(k Key) Key {
	k.omitOff = true
	return k
}

// live marks k as a setting a running network takes.
func live(k Key) Key {
	k.Live = true
	return k
}

// withCheck adds a check that involves other keys to k's own, so that
// setting either key of a pair that does not go together fails.
func withCheck(k Key, extra func(c *Config) error) Key {
	own := k.check
	k.check = func(c *Config) error {
		if own != nil {
			if err := own(c); err != nil {
				return err
			}
		}
		return extra(c)
	}
	return k
}

// checkBatchNorm refuses batch normalization with one image per update:
// the statistics of a single row are its own values, so a normalized
// dense layer would output β for every image and learn nothing.
func checkBatchNorm(c *Config) error {
	if c.BatchNorm && c.BatchSize < 2 {
		return fmt.Errorf("batch normalization needs at least 2 images per update (bn=1 with batch=%d)", c.BatchSize)
	}
	return nil
}

// enumKey is a key that takes one of a list of names, case-insensitively.
func enumKey(name, what string, allowed []string, field func(*Config) *string) Key {
	msg := "must be one of " + strings.Join(allowed, ", ")
	return Key{
		Name:   name,
		Help:   what + ": " + strings.Join(allowed, ", "),
		format: func(c *Config) string { return *field(c) },
		parse:  func(c *Config, v string) error { *field(c) = strings.ToLower(v); return nil },
		check: func(c *Config) error {
			if !slices.Contains(allowed, *field(c)) {
				return fmt.Errorf("%s", msg)
			}
			return nil
		},
	}
}

// floatKey is a key that takes a decimal number from lo to hi.
func floatKey(name, what string, lo, hi float64, live bool, field func(*Config) *float64) Key {
	return Key{
		Name:   name,
		Help:   fmt.Sprintf("%s, %g to %g", what, lo, hi),
		Live:   live,
		format: func(c *Config) string { return formatFloat(*field(c)) },
		parse: func(c *Config, v string) error {
			f, err := parseDecimal(v)
			if err == nil {
				*field(c) = f
			}
			return err
		},
		check: func(c *Config) error {
			if v := *field(c); !(v >= lo && v <= hi) { // also catches NaN
				return fmt.Errorf("must be between %g and %g", lo, hi)
			}
			return nil
		},
	}
}

// intKey is a key that takes a whole number from lo to hi.
func intKey(name, what string, lo, hi int, field func(*Config) *int) Key {
	return Key{
		Name:   name,
		Help:   fmt.Sprintf("%s, %d to %d", what, lo, hi),
		format: func(c *Config) string { return strconv.Itoa(*field(c)) },
		parse: func(c *Config, v string) error {
			if !isWholeNumber(v) {
				return fmt.Errorf("not a whole number")
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("must be between %d and %d", lo, hi)
			}
			*field(c) = n
			return nil
		},
		check: func(c *Config) error {
			if v := *field(c); v < lo || v > hi {
				return fmt.Errorf("must be between %d and %d", lo, hi)
			}
			return nil
		},
	}
}

// isDecimal and isWholeNumber accept the number forms a config takes:
// plain decimal notation as people write it in a URL,
// [+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)? and [+-]?[0-9]+.
// strconv alone would also take hexadecimal floats ("0x1p-3"), digit
// separators ("1_0"), "Inf" and "NaN", which a shared link should never
// need and which read back as a surprise. They are written out rather than
// as regular expressions so that the training worker's module, which
// parses the page's config, does not carry package regexp (about 0.3 MB
// of WebAssembly).
func isDecimal(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	whole := digitRun(s)
	s = s[whole:]
	frac := 0
	if strings.HasPrefix(s, ".") {
		frac = digitRun(s[1:])
		s = s[1+frac:]
	}
	if whole == 0 && frac == 0 {
		return false
	}
	if s != "" && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s != "" && (s[0] == '+' || s[0] == '-') {
			s = s[1:]
		}
		n := digitRun(s)
		return n > 0 && n == len(s)
	}
	return s == ""
}

func isWholeNumber(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	n := digitRun(s)
	return n > 0 && n == len(s)
}

// digitRun is the length of the run of ASCII digits s starts with.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// parseDecimal reads a finite decimal number; negative zero reads as zero,
// so that "-0" is shown and written back as "0".
func parseDecimal(s string) (float64, error) {
	if len(s) > 64 || !isDecimal(s) {
		return 0, fmt.Errorf("not a number")
	}
	f, err := strconv.ParseFloat(s, 64)
	if math.IsInf(f, 0) || (err != nil && f != 0) { // underflow to 0 is fine
		return 0, fmt.Errorf("not a number")
	}
	return f + 0, nil // -0 + 0 is +0
}
