// Package fontatlas holds Digit Lab's pre-rendered text: the Go fonts
// rasterized at the few pixel sizes the app draws (cmd/mkfont makes them),
// as one greyscale coverage image and the metrics to cut glyphs out of it.
//
// It is a package of its own, apart from the MNIST assets, so that the page
// module embeds the 60 KB of glyphs and not the digits. It imports no
// graphics library: the app turns the image into a texture itself.
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

// Names of the embedded files, as cmd/mkfont writes them.
const (
	ImageFile   = "atlas.png"
	MetricsFile = "atlas.json"
)

//go:embed atlas.png
var imagePNG []byte

//go:embed atlas.json
var metricsJSON []byte

// Metrics describes every face in the atlas.
type Metrics struct {
	Faces []Face `json:"faces"`
}

// Face is one font at one pixel size. Vertical metrics are in pixels,
// positive, measured from the baseline (Ascent up, Descent down).
type Face struct {
	Name       string     `json:"name"` // such as "regular-13", "bold-22"
	Size       float64    `json:"size"` // em size in pixels
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

// Face returns the face with the given name, or nil.
func (m *Metrics) Face(name string) *Face {
	for i := range m.Faces {
		if m.Faces[i].Name == name {
			return &m.Faces[i]
		}
	}
	return nil
}

// Load decodes the embedded atlas: the coverage image (0 transparent, 255
// full ink) and the metrics. It fails only if the embedded files are broken.
func Load() (*image.Gray, *Metrics, error) {
	img, err := png.Decode(bytes.NewReader(imagePNG))
	if err != nil {
		return nil, nil, fmt.Errorf("fontatlas: %s: %w", ImageFile, err)
	}
	gray, ok := img.(*image.Gray)
	if !ok {
		return nil, nil, fmt.Errorf("fontatlas: %s is %T, want greyscale", ImageFile, img)
	}
	var m Metrics
	if err := json.Unmarshal(metricsJSON, &m); err != nil {
		return nil, nil, fmt.Errorf("fontatlas: %s: %w", MetricsFile, err)
	}
	b := gray.Bounds()
	for _, f := range m.Faces {
		for _, g := range f.Glyphs {
			if g.X < b.Min.X || g.Y < b.Min.Y || g.X+g.W > b.Max.X || g.Y+g.H > b.Max.Y || g.W < 0 || g.H < 0 {
				return nil, nil, fmt.Errorf("fontatlas: %s: glyph %q lies outside the %v image", f.Name, g.Rune, b.Size())
			}
		}
	}
	return gray, &m, nil
}
