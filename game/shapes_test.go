package game

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"testing"
)

// TestDiscCoverage checks the sheet's disc coverage against supersample
// testing all 64 samples of every pixel, for every disc on the sheet and a
// pixel's border around it.
func TestDiscCoverage(t *testing.T) {
	for d := 1; d <= maxDisc; d++ {
		r := float64(d) / 2
		inside := func(fx, fy float64) bool { return (fx-r)*(fx-r)+(fy-r)*(fy-r) <= r*r }
		for y := -1; y <= d; y++ {
			for x := -1; x <= d; x++ {
				want := supersample(x, y, inside)
				if got := discCoverage(x, y, r); got != want {
					t.Fatalf("disc %d, pixel (%d, %d): coverage %v, want %v", d, x, y, got, want)
				}
			}
		}
	}
}

// BenchmarkBuildShapeSheet measures rendering the shape sheet's coverage,
// and laying it out only, which every start of the app does before its
// first frame.
func BenchmarkBuildShapeSheet(b *testing.B) {
	for _, render := range []bool{true, false} {
		b.Run(map[bool]string{true: "render", false: "layout"}[render], func(b *testing.B) {
			for b.Loop() {
				buildShapeSheet(render)
			}
		})
	}
}

// The embedded sheet (shapes.rgba) is the texture of what buildShapeSheet
// renders, and laying the sheet out without rendering puts every shape
// where rendering does. SHAPE_SHEET=write writes the file instead of
// checking it:
//
//	SHAPE_SHEET=write xvfb-run -a go test ./game -run TestShapeSheetFile
func TestShapeSheetFile(t *testing.T) {
	s, b := buildShapeSheet(true)
	want := sheetPixels(b, b.y+b.rowH)
	if os.Getenv("SHAPE_SHEET") == "write" {
		if err := os.WriteFile("shapes.rgba", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(sheetFile, want) {
		t.Errorf("shapes.rgba (%d bytes) is not the sheet buildShapeSheet renders (%d bytes): write it again", len(sheetFile), len(want))
	}
	laid, lb := buildShapeSheet(false)
	if !reflect.DeepEqual(laid, s) || lb.w != b.w || lb.y+lb.rowH != b.y+b.rowH {
		t.Error("laying the sheet out puts its shapes elsewhere than rendering it")
	}
}

// Every disc on the sheet holds discCoverage's figure in each pixel.
func TestSheetDiscs(t *testing.T) {
	s, b := buildShapeSheet(true)
	for d := 1; d <= maxDisc; d++ {
		sp, r := s.discs[d], float64(d)/2
		if int(sp.w) != d || int(sp.h) != d {
			t.Fatalf("disc %d is %vx%v", d, sp.w, sp.h)
		}
		for y := range d {
			for x := range d {
				want := uint8(math.Round(255 * discCoverage(x, y, r)))
				if got := b.pix[(int(sp.y)+y)*b.w+int(sp.x)+x]; got != want {
					t.Fatalf("disc %d, pixel (%d, %d): %d, want %d", d, x, y, got, want)
				}
			}
		}
	}
}
