// Command mkfont pre-renders the Go fonts into the glyph atlas that Digit
// Lab draws its text with (assets/fontatlas): a greyscale PNG of coverage
// masks per device scale (1x, 2x and 3x, for HiDPI screens) and a JSON
// file with every glyph's place, offset and advance.
//
// The app ships the atlas instead of a font rasterizer because the page's
// WebAssembly module has a size budget: ebiten's text/v2 with a TrueType
// font costs about 1.2 MB gzip, the atlas of all three scales about
// 200 KB.
//
//	go run ./cmd/mkfont -o assets/fontatlas
//
// The same flags give the same files, byte for byte.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"sort"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"digitlab/assets/fontatlas"
)

// faceSpec is one face to render: a font at a pixel size and the runes it
// needs.
type faceSpec struct {
	name  string
	ttf   []byte
	size  float64
	runes []rune
}

// extra lists the non-ASCII runes the app writes: dashes, ×, …, arrows and
// a few symbols.
var extra = []rune("—–−×…·•●←→↑↓▲▼◄►≈±λµ²∂Δ√")

func textRunes() []rune {
	var rs []rune
	for r := rune(32); r < 127; r++ {
		rs = append(rs, r)
	}
	return append(rs, extra...)
}

func specs() []faceSpec {
	text := textRunes()
	return []faceSpec{
		{"regular-13", goregular.TTF, 13, text},
		{"regular-15", goregular.TTF, 15, text},
		{"bold-13", gobold.TTF, 13, text},
		{"bold-15", gobold.TTF, 15, text},
		{"bold-22", gobold.TTF, 22, text},
		{"mono-13", gomono.TTF, 13, text},
		{"digits-96", gobold.TTF, 96, []rune("0123456789?")},
	}
}

// atlasWidth is the width of the 1x atlas image, times the scale for the
// others; the height grows to fit.
const atlasWidth = 512

// pad is the empty border around each glyph, so that sampling one glyph
// never bleeds into its neighbour.
const pad = 1

type rendered struct {
	face  int
	r     rune
	mask  *image.Alpha
	off   image.Point
	adv   float64
	place image.Point
}

func main() {
	out := flag.String("o", "assets/fontatlas", "output `folder`")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "mkfont:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	var meta fontatlas.Metrics
	for _, scale := range fontatlas.Scales {
		if err := renderScale(out, scale, &meta); err != nil {
			return err
		}
	}
	js, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, fontatlas.MetricsFile), js); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes metrics\n", out, len(js))
	return nil
}

// renderScale renders every face at scale times its size into the atlas
// image of that scale, and adds the faces' metrics to meta. The faces of
// scales above 1 carry no kerning: the app spaces text with the 1x
// metrics, so that it lays out the same at every scale.
func renderScale(out string, scale int, meta *fontatlas.Metrics) error {
	var glyphs []*rendered
	first := len(meta.Faces)
	for _, s := range specs() {
		f, err := opentype.Parse(s.ttf)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		size := s.size * float64(scale)
		face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		m := face.Metrics()
		fm := fontatlas.Face{
			Name: s.name, Scale: scale, Size: size,
			Ascent: fix(m.Ascent), Descent: fix(m.Descent), LineHeight: fix(m.Height),
			CapHeight: fix(m.CapHeight), XHeight: fix(m.XHeight),
		}
		fi := len(meta.Faces)
		var missing []rune
		for _, r := range s.runes {
			if idx, _ := f.GlyphIndex(nil, r); idx == 0 && r != ' ' {
				missing = append(missing, r)
				continue
			}
			dr, mask, mp, adv, ok := face.Glyph(fixed.P(0, 0), r)
			if !ok {
				missing = append(missing, r)
				continue
			}
			a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
			draw.Draw(a, a.Bounds(), mask, mp, draw.Src)
			glyphs = append(glyphs, &rendered{face: fi, r: r, mask: a, off: dr.Min, adv: fix(adv)})
		}
		if len(missing) > 0 && scale == 1 {
			fmt.Fprintf(os.Stderr, "mkfont: %s lacks %q\n", s.name, string(missing))
		}
		for _, a := range s.runes {
			for _, b := range s.runes {
				if k := face.Kern(a, b); k != 0 && scale == 1 {
					fm.Kern = append(fm.Kern, fontatlas.KernPair{A: a, B: b, Adjust: fix(k)})
				}
			}
		}
		face.Close()
		meta.Faces = append(meta.Faces, fm)
	}
	width := atlasWidth * scale
	height := pack(glyphs, width)
	img := image.NewGray(image.Rect(0, 0, width, height))
	for _, g := range glyphs {
		b := g.mask.Bounds()
		for y := 0; y < b.Dy(); y++ {
			for x := 0; x < b.Dx(); x++ {
				img.Pix[(g.place.Y+y)*img.Stride+g.place.X+x] = g.mask.Pix[y*g.mask.Stride+x]
			}
		}
		fm := &meta.Faces[g.face]
		fm.Glyphs = append(fm.Glyphs, fontatlas.Glyph{
			Rune: g.r, X: g.place.X, Y: g.place.Y, W: b.Dx(), H: b.Dy(),
			OffX: g.off.X, OffY: g.off.Y, Advance: g.adv,
		})
	}
	for i := first; i < len(meta.Faces); i++ {
		sort.Slice(meta.Faces[i].Glyphs, func(a, b int) bool { return meta.Faces[i].Glyphs[a].Rune < meta.Faces[i].Glyphs[b].Rune })
	}
	if scale > 1 {
		quantize(img.Pix, scaledLevels)
	}
	var pngBuf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&pngBuf, img); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, fontatlas.ImageFile(scale)), pngBuf.Bytes()); err != nil {
		return err
	}
	fmt.Printf("%s: %dx: %dx%d atlas, %d glyphs, %d bytes PNG\n", out, scale, width, height, len(glyphs), pngBuf.Len())
	return nil
}

// scaledLevels is how many levels of coverage the 2x and 3x images keep.
// Their edge pixels are a half or a third of a CSS pixel, where 16 levels
// look the same as 256, and the PNGs are 37% smaller (173 KB for both
// against 271 KB; PNG does not shrink further in the brotli'd module).
const scaledLevels = 16

// quantize rounds each coverage value to the nearest of levels evenly
// spaced values from 0 to 255.
func quantize(pix []byte, levels int) {
	step := 255 / float64(levels-1)
	for i, v := range pix {
		pix[i] = uint8(math.Round(math.Round(float64(v)/step) * step))
	}
}

// pack places the glyphs in shelves, tallest first, and returns the height
// the atlas needs.
func pack(gs []*rendered, width int) int {
	order := append([]*rendered(nil), gs...)
	sort.SliceStable(order, func(i, j int) bool {
		hi, hj := order[i].mask.Bounds().Dy(), order[j].mask.Bounds().Dy()
		if hi != hj {
			return hi > hj
		}
		return order[i].mask.Bounds().Dx() > order[j].mask.Bounds().Dx()
	})
	x, y, shelf := 0, 0, 0
	for _, g := range order {
		w, h := g.mask.Bounds().Dx()+2*pad, g.mask.Bounds().Dy()+2*pad
		if x+w > width {
			x, y, shelf = 0, y+shelf, 0
		}
		g.place = image.Pt(x+pad, y+pad)
		x += w
		shelf = max(shelf, h)
	}
	return y + shelf
}

func fix(v fixed.Int26_6) float64 { return float64(v) / 64 }

// writeFile writes data beside path and renames it into place, so an
// interrupted run never leaves a half-written file.
func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".mkfont-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
