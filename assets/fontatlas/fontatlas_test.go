package fontatlas

import (
	"image"
	"reflect"
	"testing"
)

// Every face the app draws with has, at every scale, every printable ASCII
// glyph, inside the image, with sane metrics, its size the 1x size times
// the scale.
func TestLoad(t *testing.T) {
	m := LoadMetrics()
	for _, scale := range Scales {
		img, err := LoadImage(m, scale)
		if err != nil {
			t.Fatal(err)
		}
		checkScale(t, m, scale, img.Bounds())
	}
	if m.Face("no-such-face") != nil {
		t.Error("Face of an unknown name is not nil")
	}
	if _, err := LoadImage(m, 4); err == nil {
		t.Error("LoadImage of scale 4 did not fail")
	}
}

func checkScale(t *testing.T, m *Metrics, scale int, b image.Rectangle) {
	tests := []struct {
		face  string
		runes string
	}{
		{"regular-13", printable() + "—–×…·"},
		{"regular-15", printable()},
		{"bold-13", printable()},
		{"bold-15", printable()},
		{"bold-22", printable()},
		{"mono-13", printable()},
		{"digits-96", "0123456789?"},
	}
	for _, tt := range tests {
		f := m.FaceAt(tt.face, scale)
		if f == nil {
			t.Errorf("no face %q at %dx", tt.face, scale)
			continue
		}
		if one := m.Face(tt.face); f.Size != one.Size*float64(scale) {
			t.Errorf("%s at %dx: size %v, want %v", tt.face, scale, f.Size, one.Size*float64(scale))
		}
		if !(f.Ascent > 0 && f.Descent > 0 && f.CapHeight > 0 && f.CapHeight < f.Ascent && f.LineHeight >= f.Ascent) {
			t.Errorf("%s: metrics %+v", tt.face, *f)
		}
		have := map[rune]Glyph{}
		for _, g := range f.Glyphs {
			have[g.Rune] = g
		}
		for _, r := range tt.runes {
			g, ok := have[r]
			switch {
			case !ok:
				t.Errorf("%s: no glyph %q", tt.face, r)
			case g.Advance <= 0:
				t.Errorf("%s: glyph %q advances %v", tt.face, r, g.Advance)
			case r != ' ' && (g.W == 0 || g.H == 0):
				t.Errorf("%s: glyph %q is empty", tt.face, r)
			case g.X+g.W > b.Dx() || g.Y+g.H > b.Dy():
				t.Errorf("%s: glyph %q outside the image", tt.face, r)
			}
		}
	}
}

func printable() string {
	var s []rune
	for r := rune(32); r < 127; r++ {
		s = append(s, r)
	}
	return string(s)
}

// DecodeImage, which decodes a fetched image, accepts each scale's own image
// and refuses a damaged one or another scale's, whose glyphs lie elsewhere.
func TestDecodeImage(t *testing.T) {
	m := LoadMetrics()
	cases := []struct {
		name  string
		scale int
		data  []byte
		ok    bool
	}{
		{"the 2x image", 2, Image(2), true},
		{"the 3x image", 3, Image(3), true},
		{"the 2x image as 3x", 3, Image(2), false},
		{"a cut image", 2, Image(2)[:len(Image(2))/2], false},
		{"no image", 2, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			img, err := DecodeImage(m, c.scale, c.data)
			if (err == nil) != c.ok {
				t.Fatalf("err = %v, want ok %v", err, c.ok)
			}
			if c.ok {
				checkScale(t, m, c.scale, img.Bounds())
			}
		})
	}
}

// LoadMetrics and LoadImage hand out copies: changing what one caller got
// changes nothing another gets.
func TestLoadGivesCopies(t *testing.T) {
	a, b := LoadMetrics(), LoadMetrics()
	a.Faces[0].Glyphs[0].Advance++
	a.Faces[0].Name = "changed"
	if b.Faces[0].Glyphs[0].Advance == a.Faces[0].Glyphs[0].Advance || b.Faces[0].Name == "changed" {
		t.Error("changing one LoadMetrics result changed another")
	}
	if c := LoadMetrics(); !reflect.DeepEqual(c, b) {
		t.Error("changing a LoadMetrics result changed the next one")
	}
	img, err := LoadImage(b, 1)
	if err != nil {
		t.Fatal(err)
	}
	img.Pix[0]++
	again, err := LoadImage(b, 1)
	if err != nil {
		t.Fatal(err)
	}
	if again.Pix[0] == img.Pix[0] {
		t.Error("changing a LoadImage result changed the next one")
	}
}

// BenchmarkLoadMetrics measures taking the metrics, which every start of
// the app does before its first frame.
func BenchmarkLoadMetrics(b *testing.B) {
	for b.Loop() {
		LoadMetrics()
	}
}

// BenchmarkLoadImage1x measures taking the 1x image, which every start of
// the app does before its first frame.
func BenchmarkLoadImage1x(b *testing.B) {
	m := LoadMetrics()
	for b.Loop() {
		if _, err := LoadImage(m, 1); err != nil {
			b.Fatal(err)
		}
	}
}
