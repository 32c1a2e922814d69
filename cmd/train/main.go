// Command train trains a Digit Lab network headless and prints one JSON line
// per epoch, then a summary line:
//
//	go run ./cmd/train -preset seed-elu -epochs 10
//	go run ./cmd/train -data full -hidden 256x128 -act tanh -lr 0.01 -text
//	go run ./cmd/train -opt sgd -lr 5 -epochs 1 -fix
//	go run ./cmd/train -mine 1 -digits digitlab-my-digits.dlmine
//
// Flags mirror nn.Config; -config takes the compact string and -preset a
// named experiment, and the other flags override them. Bad flags exit with
// code 2.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"digitlab/internal/datasets"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// errUsage marks errors in the command line (exit code 2).
var errUsage = errors.New("usage")

func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "train:", err)
		}
		return 2
	}
	data, err := datasets.Load(opts.data, opts.mnistDir)
	if err != nil {
		fmt.Fprintln(stderr, "train: loading data:", err)
		return 1
	}
	if opts.cfg.TrainSize > data.Train.Len() {
		fmt.Fprintf(stderr, "train: -train %d: the %s data has %d training images\n", opts.cfg.TrainSize, opts.data, data.Train.Len())
		return 2
	}
	trainRun := train
	if opts.fix {
		trainRun = trainFix
	}
	if err := trainRun(opts, data, stdout); err != nil {
		fmt.Fprintln(stderr, "train:", err)
		return 1
	}
	return 0
}
