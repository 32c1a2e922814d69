// Command gendigits writes pad/testdata/digits.json: digits drawn as strokes
// on the 280x280 pad, the way people draw them with a mouse, for tests of the
// preprocessing and of the whole app.
//
// Each digit is a set of parametric curves (lines, elliptic arcs, cubic
// Béziers) in a unit glyph box, drawn in several styles (open and closed 4, 7
// with and without a crossbar, ...) and placed on the pad with its own size,
// position, slant and rotation. The curves are then sampled the way a mouse
// reports them, a point every 5 to 15 pad units with a little jitter, from a
// seeded generator: the output is the same on every run.
//
// Run from the module root:
//
//	go run ./pad/internal/gendigits
//	go run ./pad/internal/gendigits -sheet /tmp/digits_sheet.png -padsheet /tmp/digits_pad.png
//
// -sheet writes a contact sheet of the 28x28 images Preprocess makes of every
// digit (one row per label, 4x), -padsheet the same digits as RenderPad shows
// them, to check by eye that they look like MNIST digits.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
)

func main() {
	out := flag.String("out", "pad/testdata/digits.json", "where to write the drawings")
	sheet := flag.String("sheet", "", "if set, write a PNG contact sheet of the preprocessed 28x28 images here")
	padSheet := flag.String("padsheet", "", "if set, write a PNG contact sheet of the drawings as displayed on the pad here")
	flag.Parse()

	drawings, err := generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, encode(drawings), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %d drawings to %s\n", len(drawings), *out)
	if *sheet != "" {
		if err := writeSheet(*sheet, drawings, false); err != nil {
			log.Fatal(err)
		}
	}
	if *padSheet != "" {
		if err := writeSheet(*padSheet, drawings, true); err != nil {
			log.Fatal(err)
		}
	}
}
