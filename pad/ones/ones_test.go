package ones

import (
	"hash/fnv"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"testing"

	"digitlab/nn"
	"digitlab/pad"
)

// TestDrawFingerprint pins the bytes of the first drawings of a seed. The
// same test runs natively and in WebAssembly (make test-wasm), so it fails
// if the two ever draw different training images.
func TestDrawFingerprint(t *testing.T) {
	for _, tc := range []struct {
		seed uint64
		want uint64
	}{
		{1, 0x34ca65cc144ca1f9},
		{2, 0x70a60307e5d856d4},
	} {
		var d Drawer
		r := rand.New(rand.NewPCG(tc.seed, 0))
		h := fnv.New64a()
		img := make([]uint8, nn.Inputs)
		for range 200 {
			d.Draw(r, img)
			h.Write(img)
		}
		if got := h.Sum64(); got != tc.want {
			t.Errorf("seed %d: fingerprint %#x, want %#x", tc.seed, got, tc.want)
		}
	}
}

// TestDrawLooksLikeMNIST checks every drawing is framed as MNIST frames a
// digit: ink in the middle of the frame, none on its border, taller than
// wide, with a stroke as wide as MNIST's.
func TestDrawLooksLikeMNIST(t *testing.T) {
	var d Drawer
	r := rand.New(rand.NewPCG(3, 0))
	img := make([]uint8, nn.Inputs)
	for n := range 500 {
		d.Draw(r, img)
		minX, minY, maxX, maxY := pad.NetSide, pad.NetSide, -1, -1
		var mass, sx, sy float64
		for y := range pad.NetSide {
			for x := range pad.NetSide {
				v := float64(img[y*pad.NetSide+x])
				if v == 0 {
					continue
				}
				minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
				mass += v
				sx += v * float64(x)
				sy += v * float64(y)
			}
		}
		if mass == 0 {
			t.Fatalf("drawing %d is empty", n)
		}
		if minX == 0 || minY == 0 || maxX == pad.NetSide-1 || maxY == pad.NetSide-1 {
			t.Errorf("drawing %d touches the frame: x %d-%d, y %d-%d", n, minX, maxX, minY, maxY)
		}
		if h, w := maxY-minY+1, maxX-minX+1; h < 18 || h > 22 || w > h {
			t.Errorf("drawing %d is %d wide and %d tall, want about 20 tall and narrower", n, w, h)
		}
		if cx, cy := sx/mass, sy/mass; cx < 12.5 || cx > 15.5 || cy < 12.5 || cy > 15.5 {
			t.Errorf("drawing %d has its centre of mass at (%.1f, %.1f), want near (14, 14)", n, cx, cy)
		}
	}
}

// Every drawing stays on the pad, however wide its base or far off-centre
// its stem: Draw panics otherwise.
func TestDrawStaysOnThePad(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 0))
	var out [][][2]float32
	for n := range 50000 {
		out = strokes(r, out[:0])
		for _, s := range out {
			for _, p := range s {
				if p[0] < margin || p[0] > pad.Size-margin || p[1] < margin || p[1] > pad.Size-margin {
					t.Fatalf("drawing %d has a point at (%.1f, %.1f), off the pad", n, p[0], p[1])
				}
			}
		}
	}
}

func TestDrawPanicsOnShortDestination(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Draw into 10 bytes did not panic")
		}
	}()
	var d Drawer
	d.Draw(rand.New(rand.NewPCG(1, 0)), make([]uint8, 10))
}

// TestSheet writes a contact sheet of drawings to look at:
// ONES_SHEET=file.png go test -run TestSheet ./pad/ones.
func TestSheet(t *testing.T) {
	path := os.Getenv("ONES_SHEET")
	if path == "" {
		t.Skip("set ONES_SHEET=file.png to write a contact sheet")
	}
	const cols, rows, zoom = 20, 5, 3
	side := pad.NetSide * zoom
	sheet := image.NewGray(image.Rect(0, 0, cols*side, rows*side))
	var d Drawer
	r := rand.New(rand.NewPCG(1, 0))
	img := make([]uint8, nn.Inputs)
	for n := range cols * rows {
		d.Draw(r, img)
		ox, oy := n%cols*side, n/cols*side
		for i, v := range img {
			x, y := i%pad.NetSide*zoom, i/pad.NetSide*zoom
			for k := range zoom * zoom {
				sheet.SetGray(ox+x+k%zoom, oy+y+k/zoom, color.Gray{v})
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, sheet); err != nil {
		t.Fatal(err)
	}
}
