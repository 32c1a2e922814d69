package drawset

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// tracedSpec is a set traced from handwriting fonts (the hands and the
// scribes sets): the faces it draws, the hands of its held-out half, the
// glyphs left out of each face, the error that names its packages when a
// file is missing, its pens, its seeds (the drawn-digit set's tuning half
// from the seed plus readingBase times HeldOutSeedBase, its held-out half
// one above; the verdict set's from verdictBase), the PCG stream its
// non-digits are shuffled with, and vary, which varies a glyph's strokes
// before a pen draws them (nil: drawn as traced).
type tracedSpec struct {
	name                     string
	faces                    []handFace
	heldOut                  []string
	leftOut                  map[string]string
	missing                  error
	pens                     []pen
	readingBase, verdictBase uint64
	shuffleStream            uint64
	vary                     func(shape, *rand.Rand) shape
}

// halfOf is the half (0 tuning, 1 held out) a hand is in.
func (sp *tracedSpec) halfOf(hand string) Half {
	if slices.Contains(sp.heldOut, hand) {
		return Held
	}
	return Tune
}

// tracedHalf is one half's digit and non-digit glyphs.
type tracedHalf struct {
	digits []digitShape
	others []otherShape
}

// traced holds the glyphs of both halves of a set traced from
// handwriting fonts, traced once by loadTraced. Its Halves draw them,
// from the spec's seeds.
type traced struct {
	Halves
	spec *tracedSpec
	half [2]tracedHalf
}

// faceScale is the ppem a face is filled at so that its 0 is
// handDigitHeight pixels tall.
func faceScale(font *sfnt.Font, path string) (float64, error) {
	zero, ok := rasterGlyph(font, '0', 200)
	if !ok {
		return 0, fmt.Errorf("%s: no 0", path)
	}
	return 200 * handDigitHeight / float64(zero.h-2*glyphPadding), nil
}

// loadTraced reads the spec's faces from under root (their paths are
// absolute; root "/" is the system) and traces their glyphs. A missing
// file gives sp.missing, wrapped with what is missing.
func loadTraced(sp *tracedSpec, root string) (*traced, error) {
	f := &traced{spec: sp}
	f.Halves = Halves{sp.name, sp.readingBase, sp.verdictBase, f}
	for _, face := range sp.faces {
		hs := &f.half[sp.halfOf(face.hand)]
		data, err := os.ReadFile(filepath.Join(root, face.path))
		if err != nil {
			return nil, fmt.Errorf("%w (%v)", sp.missing, err)
		}
		font, err := parseTTF(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", face.path, err)
		}
		ppem, err := faceScale(font, face.path)
		if err != nil {
			return nil, err
		}
		trace := func(c rune) (shape, error) {
			bm, ok := rasterGlyph(font, c, ppem)
			if !ok {
				return nil, fmt.Errorf("%s: no glyph for %q", face.path, c)
			}
			strokes, _ := skeletonStrokes(bm, handMinSpur, face.sketched)
			var s shape
			for _, st := range strokes {
				s = append(s, path(st))
			}
			if len(s) == 0 {
				return nil, fmt.Errorf("%s: %q has no centre line", face.path, c)
			}
			return s, nil
		}
		for d := 0; d < 10; d++ {
			if strings.ContainsRune(sp.leftOut[face.name], rune('0'+d)) {
				continue
			}
			s, err := trace(rune('0' + d))
			if err != nil {
				return nil, err
			}
			hs.digits = append(hs.digits, glyphDigit(d, face.name, toHeight(s)))
		}
		for _, c := range handLetters {
			if strings.ContainsRune(sp.leftOut[face.name], c) {
				continue
			}
			s, err := trace(c)
			if err != nil {
				continue // a face without the symbol: fewer non-digits
			}
			hs.others = append(hs.others, glyphOther(fmt.Sprintf("%s:%c", face.name, c), s))
		}
	}
	// A fixed shuffle of each half's non-digit families, so that a set of
	// any size draws from every hand, not only the first faces' glyphs.
	r := rand.New(rand.NewPCG(20261205, sp.shuffleStream))
	for h := range f.half {
		hs := &f.half[h]
		r.Shuffle(len(hs.others), func(i, j int) { hs.others[i], hs.others[j] = hs.others[j], hs.others[i] })
	}
	return f, nil
}

// draw is how the set draws a glyph: varied by the spec's vary, if any,
// then as the fonts sets draw a Hershey glyph (fontsDraw).
func (f *traced) draw(others bool) func(shape, pen, *rand.Rand) [][][2]float32 {
	fd := fontsDraw(others, false)
	if f.spec.vary == nil {
		return fd
	}
	return func(s shape, pn pen, r *rand.Rand) [][][2]float32 { return fd(f.spec.vary(s, r), pn, r) }
}

// digitSet draws n digits of half h from the PCG seed ps, the labels in
// turn.
func (f *traced) digitSet(ps uint64, n int, h Half) []Sample {
	return digitsInTurn(ps, n, HeldOut, f.half[h].digits, f.spec.pens, f.draw(false))
}

// otherSet draws n non-digits of half h from the PCG seed ps, each
// hand's glyphs in turn.
func (f *traced) otherSet(ps uint64, n int, h Half) []Sample {
	return othersInTurn(ps, n, HeldOut, f.half[h].others, f.spec.pens, f.draw(true))
}

// families lists half h's glyph families and the set's pens.
func (f *traced) families(h Half) []string {
	return familyNames(f.half[h].digits, f.half[h].others, f.spec.pens)
}
