package main

import (
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"digitlab/pad"
)

// sheetScale is how many sheet pixels show one of the network's pixels.
const sheetScale = 3

// TestGeneratedSheet writes, into the folder $GENVERDICT_SHEET, a contact
// sheet per generated family named in $GENVERDICT_FAMILIES (comma
// separated; all of them when empty): 12 rows of 16 drawings as the
// networks learn from them (28x28, as drawn, untidied). They are for
// checking by eye that no drawing of a non-digit family reads as a digit.
// Without $GENVERDICT_SHEET it is skipped.
func TestGeneratedSheet(t *testing.T) {
	dir := os.Getenv("GENVERDICT_SHEET")
	if dir == "" {
		t.Skip("set GENVERDICT_SHEET to a folder to write the generated families' contact sheets")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, n := range strings.Split(os.Getenv("GENVERDICT_FAMILIES"), ",") {
		if n != "" {
			want[n] = true
		}
	}
	seen := map[string]bool{}
	prep := pad.Preprocessor{AsDrawn: true}
	for _, f := range families(nil, true) {
		if seen[f.name] || (len(want) > 0 && !want[f.name]) {
			continue
		}
		seen[f.name] = true
		const cols, rows, cell = 16, 12, 28*sheetScale + 2
		img := image.NewGray(image.Rect(0, 0, cols*cell, rows*cell))
		for i := range img.Pix {
			img.Pix[i] = 90
		}
		for k := range cols * rows {
			r := rand.New(rand.NewPCG(uint64(k), 11))
			var d pad.Drawing
			if err := d.AddStrokes(drawn(f, r)); err != nil {
				t.Fatal(err)
			}
			var px [pad.NetPixels]float32
			prep.Preprocess(&d, &px)
			x0, y0 := (k%cols)*cell+1, (k/cols)*cell+1
			for y := range 28 * sheetScale {
				for x := range 28 * sheetScale {
					v := px[(y/sheetScale)*28+x/sheetScale]
					img.SetGray(x0+x, y0+y, color.Gray{Y: uint8(255 - 255*min(1, max(0, v)))})
				}
			}
		}
		name := filepath.Join(dir, f.name+".png")
		out, err := os.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(out, img); err != nil {
			t.Fatal(err)
		}
		if err := out.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", name)
	}
	for n := range want {
		if !seen[n] {
			t.Errorf("no generated family %q", n)
		}
	}
}
