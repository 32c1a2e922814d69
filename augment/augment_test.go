package augment

import (
	"hash/fnv"

	"digitlab/assets"
	"math/rand/v2"
	"testing"
)

// ring returns a test digit: an anti-aliased ring 3 pixels thick around the
// centre, like a 0, drawn with integer arithmetic.
func ring() []uint8 {
	img := make([]uint8, Pixels)
	for y := 0; y < Side; y++ {
		for x := 0; x < Side; x++ {
			dx, dy := 2*(x-centre)*5/4, 2*(y-centre) // an ellipse 16 wide, 20 tall
			d2 := dx*dx + dy*dy
			switch {
			case d2 >= 14*14 && d2 <= 20*20:
				img[y*Side+x] = 255
			case d2 >= 12*12 && d2 <= 22*22:
				img[y*Side+x] = 100
			}
		}
	}
	return img
}

func TestWarpIdentityAndShift(t *testing.T) {
	src := ring()
	for _, tc := range []struct {
		name   string
		tx, ty int64
		dx, dy int // where each source pixel lands
	}{
		{"identity", 0, 0, 0, 0},
		{"right 1", 1 << 16, 0, 1, 0},
		{"up 2", 0, -2 << 16, 0, -2},
	} {
		dst := make([]uint8, Pixels)
		warp(dst, src, 1<<16, 0, 0, 1<<16, tc.tx, tc.ty, 0)
		for y := 0; y < Side; y++ {
			for x := 0; x < Side; x++ {
				sx, sy := x-tc.dx, y-tc.dy
				var want uint8
				if sx >= 0 && sy >= 0 && sx < Side && sy < Side {
					want = src[sy*Side+sx]
				}
				if got := dst[y*Side+x]; got != want {
					t.Fatalf("%s: pixel (%d, %d) = %d, want %d", tc.name, x, y, got, want)
				}
			}
		}
	}
}

// TestLevels checks, over many draws, what each level does: Off copies and
// draws no random numbers; stronger levels change the digit's shape more
// (the change measured once the two images' centres of mass are put on
// each other, since Strong moves a digit less than Light); ink is neither
// lost nor invented beyond what scaling and stroke width explain; and an
// empty image stays empty, a dot stays a small blob. The dot is 2x2
// pixels, the smallest mark a pen leaves at MNIST's scale: the waist's
// squeeze samples rows up to two pixels apart, so a single pixel can fall
// between the samples, as it would when any image is shrunk by half.
func TestLevels(t *testing.T) {
	src := ring()
	var srcInk int
	for _, v := range src {
		srcInk += int(v)
	}
	dot := make([]uint8, Pixels)
	for _, i := range []int{10*Side + 17, 10*Side + 18, 11*Side + 17, 11*Side + 18} {
		dot[i] = 255
	}
	empty := make([]uint8, Pixels)
	prevDiff := -1.0
	for _, tc := range []struct {
		level          Level
		inkLo, inkHi   float64 // ink relative to the source
		diffLo, diffHi float64 // mean |dst-src| per pixel, centres of mass aligned
	}{
		{Off, 1, 1, 0, 0},
		{Light, 0.75, 1.3, 5, 40},
		{Strong, 0.4, 2, 25, 60},
	} {
		r := rand.New(rand.NewPCG(1, 2))
		var diff float64
		const draws = 300
		dst := make([]uint8, Pixels)
		for i := 0; i < draws; i++ {
			Apply(dst, src, tc.level, r)
			ink := 0
			for _, v := range dst {
				ink += int(v)
			}
			diff += shapeDiff(dst, src)
			if f := float64(ink) / float64(srcInk); f < tc.inkLo || f > tc.inkHi {
				t.Errorf("%v draw %d: ink %.2f of the source, want %.2f to %.2f", tc.level, i, f, tc.inkLo, tc.inkHi)
			}
			Apply(dst, empty, tc.level, r)
			for j, v := range dst {
				if v != 0 {
					t.Fatalf("%v: an empty image got ink %d at pixel %d", tc.level, v, j)
				}
			}
			Apply(dst, dot, tc.level, r)
			n := 0
			for _, v := range dst {
				if v != 0 {
					n++
				}
			}
			if n == 0 || n > 36 {
				t.Fatalf("%v: a 2x2 dot became %d pixels", tc.level, n)
			}
		}
		diff /= draws * Pixels
		if mean := diff; mean < tc.diffLo || mean > tc.diffHi || mean <= prevDiff {
			t.Errorf("%v: mean change of shape %.1f per pixel, want %.1f to %.1f and more than the level below (%.1f)", tc.level, mean, tc.diffLo, tc.diffHi, prevDiff)
		}
		prevDiff = diff
	}
	// Off draws nothing from the source.
	r1, r2 := rand.New(rand.NewPCG(3, 4)), rand.New(rand.NewPCG(3, 4))
	Apply(make([]uint8, Pixels), src, Off, r1)
	if r1.Uint64() != r2.Uint64() {
		t.Error("Off drew random numbers")
	}
}

// shapeDiff sums |a-b| over the pixels once a is moved by whole pixels to
// put its centre of mass on b's: how much the shape changed, apart from
// where it is.
func shapeDiff(a, b []uint8) float64 {
	com := func(img []uint8) (x, y int) {
		var sx, sy, m int
		for i, v := range img {
			sx += int(v) * (i % Side)
			sy += int(v) * (i / Side)
			m += int(v)
		}
		if m == 0 {
			return 0, 0
		}
		return (sx + m/2) / m, (sy + m/2) / m
	}
	ax, ay := com(a)
	bx, by := com(b)
	dx, dy := ax-bx, ay-by
	var d float64
	for y := 0; y < Side; y++ {
		for x := 0; x < Side; x++ {
			var av uint8
			if sx, sy := x+dx, y+dy; sx >= 0 && sy >= 0 && sx < Side && sy < Side {
				av = a[sy*Side+sx]
			}
			bv := b[y*Side+x]
			d += float64(max(av, bv) - min(av, bv))
		}
	}
	return d
}

// wasmFingerprint is the FNV-64a hash of the bytes fingerprint produces.
// The test runs natively and, in make test-wasm, under WebAssembly: both
// must give this value, which is how the two platforms are compared.
const wasmFingerprint = 0xe38a3b742b2f41f6

// fingerprint hashes 200 images at every level from a fixed source.
func fingerprint() uint64 {
	src := ring()
	r := rand.New(rand.NewPCG(7, 11))
	h := fnv.New64a()
	dst := make([]uint8, Pixels)
	for i := 0; i < 200; i++ {
		for l := Off; l <= MaxLevel; l++ {
			Apply(dst, src, l, r)
			h.Write(dst)
		}
	}
	return h.Sum64()
}

func TestWasmMatchesNative(t *testing.T) {
	if got := fingerprint(); got != wasmFingerprint {
		t.Errorf("fingerprint %#x, want %#x: the augmentation changed, or this platform computes it differently", got, uint64(wasmFingerprint))
	}
}

func TestApplyPanics(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	for _, tc := range []struct {
		name     string
		dst, src []uint8
		level    Level
	}{
		{"short dst", make([]uint8, 10), make([]uint8, Pixels), Light},
		{"short src", make([]uint8, Pixels), nil, Light},
		{"bad level", make([]uint8, Pixels), make([]uint8, Pixels), MaxLevel + 1},
		{"negative level", make([]uint8, Pixels), make([]uint8, Pixels), -1},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", tc.name)
				}
			}()
			Apply(tc.dst, tc.src, tc.level, r)
		}()
	}
}

// benchApply measures Apply per image on the bundled MNIST training
// images, as a trainer would call it.
func benchApply(b *testing.B, l Level) {
	m, err := assets.MNIST()
	if err != nil {
		b.Fatal(err)
	}
	imgs := m.Train.Images[:1000*Pixels]
	dst := make([]uint8, Pixels)
	r := rand.New(rand.NewPCG(1, 1))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Apply(dst, imgs[i*Pixels:(i+1)*Pixels], l, r)
		i = (i + 1) % 1000
	}
}

func BenchmarkApplyLight(b *testing.B)  { benchApply(b, Light) }
func BenchmarkApplyStrong(b *testing.B) { benchApply(b, Strong) }

func TestParseLevel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Level
		ok   bool
	}{
		{"off", Off, true}, {"0", Off, true}, {"Light", Light, true}, {"1", Light, true},
		{"STRONG", Strong, true}, {"2", Strong, true},
		{"3", Off, false}, {"-1", Off, false}, {"", Off, false}, {"01", Off, false}, {"medium", Off, false},
	} {
		got, err := ParseLevel(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
