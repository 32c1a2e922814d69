package augment

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"digitlab/assets"
)

// warpEveryPixel is warp without the ink box: every destination pixel is
// sampled. warp must give the same bytes for every transform and image.
func warpEveryPixel(dst, src []uint8, a, b, c, d, tx, ty, waist int64) {
	var p [padW * padW]uint8
	for y := 0; y < Side; y++ {
		copy(p[(y+1)*padW+1:(y+1)*padW+1+Side], src[y*Side:(y+1)*Side])
	}
	const one = 1 << 16
	for y := 0; y < Side; y++ {
		dy := waistRow(y, ty, waist)
		dx := int64(-centre)<<16 - tx
		sx := (a*dx+b*dy)>>16 + centre*one
		sy := (c*dx+d*dy)>>16 + centre*one
		for x := 0; x < Side; x++ {
			ix, iy := sx>>16, sy>>16
			fx, fy := (sx>>8)&0xff, (sy>>8)&0xff
			sx += a
			sy += c
			if ix < -1 || iy < -1 || ix >= Side || iy >= Side {
				dst[y*Side+x] = 0
				continue
			}
			i := (iy+1)*padW + ix + 1
			p00, p01, p10, p11 := int64(p[i]), int64(p[i+1]), int64(p[i+padW]), int64(p[i+padW+1])
			top := p00*(256-fx) + p01*fx
			bot := p10*(256-fx) + p11*fx
			dst[y*Side+x] = 0
			if v := (top*(256-fy) + bot*fy + 1<<15) >> 16; v >= faint {
				dst[y*Side+x] = uint8(v)
			}
		}
	}
}

// TestWarpMatchesEveryPixel compares warp with warpEveryPixel on MNIST
// images, blank and full images and single pixels at the corners, under
// random matrices (including zero, negative and mirrored steps) and shifts
// that push the ink partly or wholly out of the frame.
func TestWarpMatchesEveryPixel(t *testing.T) {
	m, err := assets.MNIST()
	if err != nil {
		t.Fatal(err)
	}
	imgs := [][]uint8{make([]uint8, Pixels), bytes.Repeat([]uint8{255}, Pixels)}
	for _, corner := range []int{0, Side - 1, Pixels - Side, Pixels - 1} {
		img := make([]uint8, Pixels)
		img[corner] = 200
		imgs = append(imgs, img)
	}
	for i := 0; i < 50; i++ {
		imgs = append(imgs, m.Train.Images[i*Pixels:(i+1)*Pixels])
	}
	r := rand.New(rand.NewPCG(3, 4))
	q16 := func(k int) int64 { return int64(r.IntN(2*k+1) - k) }
	got, want := make([]uint8, Pixels), make([]uint8, Pixels)
	for trial := 0; trial < 4000; trial++ {
		src := imgs[trial%len(imgs)]
		a, b, c, d := q16(1<<17), q16(1<<17), q16(1<<17), q16(1<<17)
		if trial%7 == 0 {
			a, c = 0, 0 // a row samples one source position
		}
		tx, ty := q16(20<<16), q16(20<<16)
		var waist int64
		if trial%2 == 0 {
			waist = q16(waistHalf<<16 - 1)
		}
		warp(got, src, a, b, c, d, tx, ty, waist)
		warpEveryPixel(want, src, a, b, c, d, tx, ty, waist)
		if !bytes.Equal(got, want) {
			t.Fatalf("trial %d (a %d b %d c %d d %d t %d,%d waist %d): warp differs from sampling every pixel", trial, a, b, c, d, tx, ty, waist)
		}
	}
}

func BenchmarkWarpEveryPixel(b *testing.B) { benchWarp(b, warpEveryPixel) }
func BenchmarkWarp(b *testing.B)           { benchWarp(b, warp) }

// benchWarp times a warp function on MNIST images under a rotation of 8
// degrees and a shift, as the light level draws them.
func benchWarp(b *testing.B, f func(dst, src []uint8, a, b, c, d, tx, ty, waist int64)) {
	m, err := assets.MNIST()
	if err != nil {
		b.Fatal(err)
	}
	dst := make([]uint8, Pixels)
	i := 0
	for b.Loop() {
		f(dst, m.Train.Images[i*Pixels:(i+1)*Pixels], cosQ16[8], -sinQ16[8], sinQ16[8], cosQ16[8], 1<<15, -1<<16, 0)
		i = (i + 1) % 1000
	}
}

// TestWaistRow checks the waist's row map: rows outside the band and the
// band's ends stay put, the row at the waist shows the centre, and the map
// is monotonic, so a stroke is neither torn nor folded.
func TestWaistRow(t *testing.T) {
	const h = waistHalf << 16
	for _, tc := range []struct {
		name      string
		waist, ty int64
	}{
		{"none", 0, 0},
		{"up 5", -5 << 16, 0},
		{"down 5", 5 << 16, 0},
		{"up 3.5, shifted", -7 << 15, 3 << 15},
		{"down 1/256, shifted back", 1 << 8, -2 << 16},
		{"nearly the band's end", h - 1, 0},
	} {
		prev := int64(-1 << 40)
		for y := -Side; y < 2*Side; y++ {
			v := int64(y-centre)<<16 - tc.ty
			got := waistRow(y, tc.ty, tc.waist)
			if (v <= -h || v >= h || tc.waist == 0) && got != v {
				t.Errorf("%s: row %d (at %d) moved to %d; only the band's rows move", tc.name, y, v, got)
			}
			if got < -h && v > -h || got > h && v < h {
				t.Errorf("%s: row %d (at %d) maps to %d, outside the band", tc.name, y, v, got)
			}
			if got <= prev {
				t.Errorf("%s: row %d maps to %d, not below the row before (%d)", tc.name, y, got, prev)
			}
			prev = got
		}
		// The row at the waist shows the centre: shift by the waist.
		if got := waistRow(centre, -tc.waist, tc.waist); got != 0 {
			t.Errorf("%s: the row at the waist shows %d, want the centre (0)", tc.name, got)
		}
	}
}
