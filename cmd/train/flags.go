package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"digitlab/internal/datasets"
	"digitlab/mydigits"
	"digitlab/nn"
)

type options struct {
	cfg      nn.Config
	preset   string
	data     string
	mnistDir string
	epochs   int
	text     bool
	save     string
	fix      bool
	// digits are the user's taught digits (-digits), which the batches
	// mix in while the config has mine on.
	digits nn.Dataset
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	config := fs.String("config", "", "config as a compact string, e.g. \"hidden=256&act=elu\"")
	fs.StringVar(&o.preset, "preset", "", "named experiment: "+strings.Join(nn.PresetNames(), ", "))
	fs.StringVar(&o.data, "data", datasets.Subset, "training data: subset (20,000 embedded images), bundled (the app's 60,000: both embedded bundles, 16 grey levels, class-balanced order) or full (60,000, from the Go module cache)")
	fs.StringVar(&o.mnistDir, "mnist-dir", "", "folder with the MNIST IDX .gz files for -data full (default: the GoMNIST module)")
	fs.IntVar(&o.epochs, "epochs", 10, "epochs to train")
	fs.BoolVar(&o.text, "text", false, "print a human-readable table instead of JSON lines")
	fs.StringVar(&o.save, "save", "", "save the trained model to this file")
	digits := fs.String("digits", "", "a file of your taught digits (`file.dlmine`, the app's Export), mixed into training with -mine 1")
	fs.BoolVar(&o.fix, "fix", false, "train, apply the first finding's change, train again with the same seed and images, print one JSON summary")
	// One flag per config key, so that flags go through the same parser
	// and the same error messages as URLs.
	values := map[string]*string{}
	for _, k := range nn.Keys() {
		values[k.Name] = fs.String(k.Name, "", k.Help)
	}
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.epochs < 1 || o.epochs > 1000 {
		return o, fmt.Errorf("-epochs %d: must be between 1 and 1000", o.epochs)
	}
	if o.data != datasets.Subset && o.data != datasets.Bundled && o.data != datasets.Full {
		return o, fmt.Errorf("-data %q: must be subset, bundled or full", o.data)
	}

	base := nn.DefaultConfig()
	if o.preset != "" {
		p, err := nn.LookupPreset(o.preset)
		if err != nil {
			return o, fmt.Errorf("-preset: %v", err)
		}
		base = p.Config
	}
	if o.data == datasets.Full || o.data == datasets.Bundled {
		base.TrainSize = nn.MaxTrainSize
	}
	cfg := base
	if *config != "" {
		var errs []*nn.FieldError
		if cfg, errs = nn.ApplyQuery(base, *config); len(errs) > 0 {
			return o, fmt.Errorf("-config: %v", errs[0])
		}
	}
	var err error
	fs.Visit(func(f *flag.Flag) {
		if v, ok := values[f.Name]; ok && err == nil {
			if e := cfg.Set(f.Name, *v); e != nil {
				var fe *nn.FieldError
				errors.As(e, &fe)
				err = fmt.Errorf("-%s %s: %s", fe.Field, nn.Abbreviate(fe.Value), fe.Msg)
			}
		}
	})
	o.cfg = cfg
	if err != nil {
		return o, err
	}
	if *digits != "" {
		if o.digits, err = loadDigits(*digits); err != nil {
			return o, err
		}
	}
	if o.cfg.Mine && o.digits.Len() == 0 {
		return o, errors.New("-mine 1 needs your digits: give -digits file" + mydigits.Ext)
	}
	return o, nil
}

// loadDigits reads a file of the user's digits (mydigits' format).
func loadDigits(path string) (nn.Dataset, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nn.Dataset{}, fmt.Errorf("-digits: %v", err)
	}
	set, err := mydigits.Decode(data)
	if err != nil {
		return nn.Dataset{}, fmt.Errorf("-digits %s: %v", path, err)
	}
	if set.Len() == 0 {
		return nn.Dataset{}, fmt.Errorf("-digits %s: the file holds no digits", path)
	}
	return set.Dataset(), nil
}
