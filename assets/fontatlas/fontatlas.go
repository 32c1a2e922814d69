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
// Every start of the app needs the metrics and the 1x image before its
// first frame, and in the page (WebAssembly, whose code runs unoptimized
// on its first calls) decoding them cost hundreds of milliseconds. So the
// metrics are Go data (metrics.go), ready when the program is, and the 1x
// image is its raw pixels (atlas.gray), which need no decoding; the
// module's brotli compression packs them as well as JSON and PNG did. The
// 2x and 3x images stay PNG files: the page fetches the one its screen
// needs.
//
// Regenerate the files after changing cmd/mkfont:
//
//	go run ./cmd/mkfont -o assets/fontatlas
package fontatlas

import (
	"bytes"
	_ "embed"
	"fmt"
	"image"
	"image/png"
	"slices"
)

// MetricsFile is the name of the Go file that cmd/mkfont writes the
// metrics into.
const MetricsFile = "metrics.go"

// GrayFile is the name of the embedded 1x image: one byte of coverage a
// pixel, row after row, Width pixels a row.
const GrayFile = "atlas.gray"

// Width is the width of the 1x image in pixels; the image of a scale s is
// s times as wide.
const Width = 512

// Scales are the device scales the atlas has images for, ascending.
var Scales = []int{1, 2, 3}

// ImageFile returns the name of the PNG image of a scale above 1:
// "atlas@2x.png" for 2.
func ImageFile(scale int) string {
	return fmt.Sprintf("atlas@%dx.png", scale)
}

//go:embed atlas.gray
var gray1 []byte

// Image returns the embedded PNG image of a scale above 1 (see ImageFile),
// nil for a scale it has none for: 1 (LoadImage reads its pixels), one not
// in Scales, or above 1 in a build with the lazyassets tag, which leaves
// the 2x and 3x images out of the program (the page fetches the one it
// needs and calls DecodeImage).
func Image(scale int) []byte {
	switch scale {
	case 2:
		return imagePNG2
	case 3:
		return imagePNG3
	}
	return nil
}

// Metrics describes every face in the atlas.
type Metrics struct {
	Faces []Face
}

// Face is one font at one pixel size, rendered at one scale. Vertical
// metrics are in pixels of its scale's image, positive, measured from the
// baseline (Ascent up, Descent down). Only the 1x faces carry kerning.
type Face struct {
	Name       string  // such as "regular-13", "bold-22"
	Scale      int     // the device scale; 0 means 1
	Size       float64 // em size in pixels of the scale
	Ascent     float64
	Descent    float64
	LineHeight float64
	CapHeight  float64
	XHeight    float64
	Glyphs     []Glyph // sorted by Rune
	Kern       []KernPair
}

// Glyph is where one rune's coverage mask lies in the atlas image (X, Y, W,
// H) and where it goes relative to the pen: its top-left corner is OffX,
// OffY pixels from the pen position on the baseline. Advance moves the pen.
type Glyph struct {
	Rune       rune
	X, Y, W, H int
	OffX, OffY int
	Advance    float64
}

// KernPair adjusts the advance between A and B by Adjust pixels.
type KernPair struct {
	A, B   rune
	Adjust float64
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

// LoadMetrics returns the metrics of every face at every scale: a copy of
// those cmd/mkfont wrote into metrics.go, so that no caller can change
// another's.
func LoadMetrics() *Metrics {
	m := &Metrics{Faces: slices.Clone(faces)}
	for i := range m.Faces {
		f := &m.Faces[i]
		f.Glyphs, f.Kern = slices.Clone(f.Glyphs), slices.Clone(f.Kern)
	}
	return m
}

// LoadImage returns the embedded coverage image of a scale (0 transparent,
// 255 full ink), the 1x pixels as they are and the others decoded, and
// checks that the glyphs of m's faces of that scale lie inside it. It
// fails for a scale not embedded (see Image), or if the embedded files are
// broken.
func LoadImage(m *Metrics, scale int) (*image.Gray, error) {
	if scale == 1 {
		if len(gray1) == 0 || len(gray1)%Width != 0 {
			return nil, fmt.Errorf("fontatlas: %s holds %d bytes, not rows of %d", GrayFile, len(gray1), Width)
		}
		img := &image.Gray{Pix: slices.Clone(gray1), Stride: Width, Rect: image.Rect(0, 0, Width, len(gray1)/Width)}
		return img, checkGlyphs(m, scale, GrayFile, img.Bounds())
	}
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
	if err := checkGlyphs(m, scale, name, gray.Bounds()); err != nil {
		return nil, err
	}
	return gray, nil
}

// checkGlyphs says which glyph of m's faces of a scale lies outside b, the
// bounds of that scale's image (called name), if any does.
func checkGlyphs(m *Metrics, scale int, name string, b image.Rectangle) error {
	for _, f := range m.Faces {
		if max(f.Scale, 1) != scale {
			continue
		}
		for _, g := range f.Glyphs {
			if g.X < b.Min.X || g.Y < b.Min.Y || g.X+g.W > b.Max.X || g.Y+g.H > b.Max.Y || g.W < 0 || g.H < 0 {
				return fmt.Errorf("fontatlas: %s: %s at %dx: glyph %q lies outside the %v image", name, f.Name, scale, g.Rune, b.Size())
			}
		}
	}
	return nil
}
