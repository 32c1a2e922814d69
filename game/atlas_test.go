package game

import (
	"testing"

	"digitlab/assets/fontatlas"
)

// TestAtlasArrivesLater checks a page that fetches the atlas image of its
// screen's scale (Options.Atlas returning nil meanwhile): text is drawn
// with the 1x glyphs until the image is in, then with it, and only the
// scale the screen needs is asked for. An image that does not decode
// keeps the 1x glyphs instead of stopping the app.
func TestAtlasArrivesLater(t *testing.T) {
	cases := []struct {
		name   string
		device float64
		image  []byte // what comes in for the screen's scale
		want   int    // the text's atlas scale once it has come
	}{
		{"2x", 2, fontatlas.Image(2), 2},
		{"3x", 3, fontatlas.Image(3), 3},
		{"a damaged 2x image", 2, fontatlas.Image(2)[:100], 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var in []byte
			asked := map[int]bool{}
			a, _ := newTestApp(t, Options{Atlas: func(scale int) []byte {
				asked[scale] = true
				return in
			}})
			a.layoutAt(1280, 800, c.device)
			tick(a)
			if a.p.textScale != 1 {
				t.Fatalf("before the image is in, text is drawn at %dx, want 1x", a.p.textScale)
			}
			in = c.image
			tick(a)
			if a.p.textScale != c.want {
				t.Fatalf("once it is in, text is drawn at %dx, want %dx", a.p.textScale, c.want)
			}
			scale := int(c.device)
			if len(asked) != 1 || !asked[scale] {
				t.Fatalf("asked for the scales %v, want only %d", asked, scale)
			}
		})
	}
}
