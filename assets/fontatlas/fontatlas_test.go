package fontatlas

import "testing"

// Every face the app draws with has every printable ASCII glyph, inside
// the image, with sane metrics.
func TestLoad(t *testing.T) {
	img, m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
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
		f := m.Face(tt.face)
		if f == nil {
			t.Errorf("no face %q", tt.face)
			continue
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
	if m.Face("no-such-face") != nil {
		t.Error("Face of an unknown name is not nil")
	}
}

func printable() string {
	var s []rune
	for r := rune(32); r < 127; r++ {
		s = append(s, r)
	}
	return string(s)
}
