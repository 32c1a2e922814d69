package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strings"

	"digitlab/internal/datasets"
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
}

// configFlags maps each command-line flag that mirrors a Config field to its
// key in the compact string, so that flags go through the same parser and
// the same error messages as URLs.
var configFlags = []struct{ flag, key, usage string }{
	{"hidden", "hidden", "hidden layer sizes joined by x, e.g. 256x128, or none"},
	{"act", "act", "activation: " + strings.Join(nn.Activations, ", ")},
	{"init", "init", "weight initialization: " + strings.Join(nn.Inits, ", ")},
	{"dropout", "dropout", "dropout rate after each hidden layer, 0 to 0.9"},
	{"opt", "opt", "optimizer: " + strings.Join(nn.Optimizers, ", ")},
	{"lr", "lr", "learning rate"},
	{"momentum", "momentum", "momentum of the momentum optimizer"},
	{"nesterov", "nesterov", "Nesterov momentum, 0 or 1"},
	{"l2", "l2", "L2 weight decay"},
	{"batch", "batch", "batch size, 1 to 1024"},
	{"train", "train", "training images to use (default 20000 on the subset, 60000 on the full data)"},
	{"seed", "seed", "random seed"},
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	config := fs.String("config", "", "config as a compact string, e.g. \"hidden=256&act=elu\"")
	fs.StringVar(&o.preset, "preset", "", "named experiment: "+strings.Join(nn.PresetNames(), ", "))
	fs.StringVar(&o.data, "data", datasets.Subset, "training data: subset (20,000 embedded images) or full (60,000, from the Go module cache)")
	fs.StringVar(&o.mnistDir, "mnist-dir", "", "folder with the MNIST IDX .gz files for -data full (default: the GoMNIST module)")
	fs.IntVar(&o.epochs, "epochs", 10, "epochs to train")
	fs.BoolVar(&o.text, "text", false, "print a human-readable table instead of JSON lines")
	fs.StringVar(&o.save, "save", "", "save the trained model to this file")
	fs.BoolVar(&o.fix, "fix", false, "train, apply the first finding's change, train again with the same seed and images, print one JSON summary")
	values := map[string]*string{}
	for _, f := range configFlags {
		values[f.key] = fs.String(f.flag, "", f.usage)
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
	if o.data != datasets.Subset && o.data != datasets.Full {
		return o, fmt.Errorf("-data %q: must be subset or full", o.data)
	}

	base := nn.DefaultConfig()
	if o.preset != "" {
		p, err := nn.LookupPreset(o.preset)
		if err != nil {
			return o, fmt.Errorf("-preset: %v", err)
		}
		base = p.Config
	}
	if o.data == datasets.Full {
		base.TrainSize = nn.MaxTrainSize
	}
	compact := base.String()
	if *config != "" {
		c, err := nn.ParseConfig(mergeQuery(compact, *config))
		if err != nil {
			return o, fmt.Errorf("-config: %v", err)
		}
		compact = c.String()
	}
	var overrides []string
	fs.Visit(func(f *flag.Flag) {
		for _, cf := range configFlags {
			if cf.flag == f.Name {
				overrides = append(overrides, cf.key+"="+url.QueryEscape(*values[cf.key]))
			}
		}
	})
	cfg, err := nn.ParseConfig(mergeQuery(compact, strings.Join(overrides, "&")))
	if err != nil {
		var fe *nn.FieldError
		if errors.As(err, &fe) {
			return o, fmt.Errorf("-%s %s: %s", fe.Field, fe.Value, fe.Msg)
		}
		return o, err
	}
	o.cfg = cfg
	return o, nil
}

// mergeQuery returns base with the keys of over replaced.
func mergeQuery(base, over string) string {
	if over == "" {
		return base
	}
	replaced := map[string]bool{}
	for _, kv := range strings.Split(over, "&") {
		k, _, _ := strings.Cut(kv, "=")
		replaced[k] = true
	}
	var parts []string
	for _, kv := range strings.Split(base, "&") {
		k, _, _ := strings.Cut(kv, "=")
		if !replaced[k] {
			parts = append(parts, kv)
		}
	}
	return strings.Join(append(parts, over), "&")
}
