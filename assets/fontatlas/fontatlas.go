// Package fontatlas holds Digit Lab's pre-rendered text: the Go fonts
// rasterized at the few pixel sizes the app draws (cmd/mkfont makes them),
// as a greyscale coverage image per device scale (Scales: 1x, and 2x and
// 3x for HiDPI screens, each face rendered at that multiple of its size)
// and the metrics to cut glyphs out of them.
//
// It is a package of its own, apart from the MNIST assets, so that the page
// module embeds the glyphs and not the digits. It imports no graphics
// library: the app turns an image into a texture itself, and decodes only
// the scale it draws at.
//
// Regenerate the files after changing cmd/mkfont:
//
//	go run ./cmd/mkfont -o assets/fontatlas
package fontatlas

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
)

// MetricsFile is the name of the embedded metrics, as cmd/mkfont writes
// them.
const MetricsFile = "atlas.json"

// Scales are the device scales the atlas has images for, ascending.
var Scales = []int{1, 2, 3}

// ImageFile returns the name of the embedded image of a scale:
// "atlas.png" for 1, "atlas@2x.png" for 2.
func ImageFile(scale int) string {
	if scale == 1 {
		return "atlas.png"
	}
	return fmt.Sprintf("atlas@%dx.png", scale)
}

//go:embed atlas.png
var imagePNG1 []byte

// Image returns the embedded PNG image of a scale (see ImageFile), nil for
// a scale it has none for: one not in Scales, or above 1 in a build with
// the lazyassets tag, which leaves the 2x and 3x images out of the program
// (the page fetches the one it needs and calls DecodeImage).
func Image(scale int) []byte {
	switch scale {
	case 1:
		return imagePNG1
	case 2:
		return imagePNG2
	case 3:
		return imagePNG3
	}
	return nil
}

//go:embed atlas.json
var metricsJSON []byte

// Metrics describes every face in the atlas.
type Metrics struct {
	Faces []Face `json:"faces"`
}

// Face is one font at one pixel size, rendered at one scale. Vertical
// metrics are in pixels of its scale's image, positive, measured from the
// baseline (Ascent up, Descent down). Only the 1x faces carry kerning.
type Face struct {
	Name       string     `json:"name"`            // such as "regular-13", "bold-22"
	Scale      int        `json:"scale,omitempty"` // the device scale; 0 means 1
	Size       float64    `json:"size"`            // em size in pixels of the scale
	Ascent     float64    `json:"ascent"`
	Descent    float64    `json:"descent"`
	LineHeight float64    `json:"lineHeight"`
	CapHeight  float64    `json:"capHeight"`
	XHeight    float64    `json:"xHeight"`
	Glyphs     []Glyph    `json:"glyphs"` // sorted by Rune
	Kern       []KernPair `json:"kern,omitempty"`
}

// Glyph is where one rune's coverage mask lies in the atlas image (X, Y, W,
// H) and where it goes relative to the pen: its top-left corner is OffX,
// OffY pixels from the pen position on the baseline. Advance moves the pen.
type Glyph struct {
	Rune    rune    `json:"r"`
	X       int     `json:"x"`
	Y       int     `json:"y"`
	W       int     `json:"w"`
	H       int     `json:"h"`
	OffX    int     `json:"ox"`
	OffY    int     `json:"oy"`
	Advance float64 `json:"a"`
}

// KernPair adjusts the advance between A and B by Adjust pixels.
type KernPair struct {
	A      rune    `json:"a"`
	B      rune    `json:"b"`
	Adjust float64 `json:"k"`
}

// Face returns the 1x face with the given name, or nil.
func (m *Metrics) Face(name string) *Face { return m.FaceAt(name, 1) }

// FaceAt returns the face with the given name rendered at scale, or nil.
func (m *Metrics) FaceAt(name string, scale int) *Face {
	for i := range m.Faces {
		if f := &m.Faces[i]; f.Name == name && max(f.Scale, 1) == scale {
			return f
		}
	}
	return nil
}

// LoadMetrics decodes the embedded metrics of every face at every scale.
// It fails only if the embedded file is broken.
func LoadMetrics() (*Metrics, error) {
	var m Metrics
	if err := json.Unmarshal(metricsJSON, &m); err != nil {
		return nil, fmt.Errorf("fontatlas: %s: %w", MetricsFile, err)
	}
	return &m, nil
}

// LoadImage decodes the embedded coverage image of a scale (0 transparent,
// 255 full ink) and checks that the glyphs of m's faces of that scale lie
// inside it. It fails for a scale not embedded (see Image), or if the
// embedded files are broken.
func LoadImage(m *Metrics, scale int) (*image.Gray, error) {
	data := Image(scale)
	if data == nil {
		return nil, fmt.Errorf("fontatlas: no image of scale %d", scale)
	}
	return DecodeImage(m, scale, data)
}

// DecodeImage decodes data, the PNG image of a scale (ImageFile), as
// LoadImage does the embedded one: a damaged image, one of another scale or
// one that does not hold m's glyphs get an error.
func DecodeImage(m *Metrics, scale int, data []byte) (*image.Gray, error) {
	name := ImageFile(scale)
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("fontatlas: %s: %w", name, err)
	}
	gray, ok := img.(*image.Gray)
	if !ok {
		return nil, fmt.Errorf("fontatlas: %s is %T, want greyscale", name, img)
	}
	b := gray.Bounds()
	for _, f := range m.Faces {
		if max(f.Scale, 1) != scale {
			continue
		}
		for _, g := range f.Glyphs {
			if g.X < b.Min.X || g.Y < b.Min.Y || g.X+g.W > b.Max.X || g.Y+g.H > b.Max.Y || g.W < 0 || g.H < 0 {
				return nil, fmt.Errorf("fontatlas: %s at %dx: glyph %q lies outside the %v image", f.Name, scale, g.Rune, b.Size())
			}
		}
	}
	return gray, nil
}
