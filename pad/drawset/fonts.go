package drawset

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The fonts sets are drawn from real typefaces read from the system at
// run time: the Hershey stroke fonts (Debian's hershey-fonts-data), each
// stroke of a glyph a stroke on the pad, and the outlines of the DejaVu
// TrueType faces (fonts-dejavu-core), each contour a stroke that traces
// the outline as a person tracing a thick letter does. They were written
// by someone who ran no classifier on them: every glyph was checked only
// by looking at contact sheets (see TestFontsSheet), so nothing was tuned
// on either half. The halves hold different fonts (fontsHeldOut) and are
// drawn from their own seeds: the drawn-digit set from the seed plus 24
// (tuning) or 25 (held-out) times HeldOutSeedBase, the verdict set from
// 26 or 27 times it, after the outside sets' 20 to 23. FontsTune may be
// looked at and tuned on; FontsHeld is measured once, at the end.
const (
	FontsTune = Tune
	FontsHeld = Held
)

// Where Debian installs the fonts the sets are drawn from.
const (
	HersheyDir = "/usr/share/hershey-fonts"
	DejaVuDir  = "/usr/share/fonts/truetype/dejavu"
)

// ErrNoFonts says which packages bring the font files the sets need.
var ErrNoFonts = errors.New("install hershey-fonts-data and fonts-dejavu-core: apt-get install hershey-fonts-data fonts-dejavu-core")

// hersheyGroup is a set of Hershey font files whose digits are the same
// glyphs (the files share them), named by the first: a group is one
// digit font and sits wholly in one half, so that no digit glyph is in
// both. Its letters and symbols come from each of its files (symbols
// only from those listed in hersheySymbols; letters only from Latin text
// files, latin).
type hersheyGroup struct {
	name   string
	files  []string
	digits bool     // its files hold the ASCII digits
	latin  []string // its files whose letter slots hold Latin letters
}

// hersheyGroups are the Hershey fonts the sets draw, grouped by shared
// digits (files whose ten digit glyphs have the same strokes, whatever
// their glyph numbers), and the symbol files by shared symbols. The
// Greek and Cyrillic files give their digits, and the Greek and
// Cyrillic letters of hersheySymbols. Not drawn: the other Greek and
// Cyrillic letters, the gothic files' letters (whose Fraktur forms of
// v, B, W and others read as 6, 8 or nothing at pad sizes), music.jhf
// (see hersheySymbols; its digits are timesr's) and japanese.jhf (whose
// kanji include the numerals one, two and three).
var hersheyGroups = []hersheyGroup{
	{"rowmans", []string{"rowmans", "futural", "cursive", "greek", "greeks", "mathlow", "mathupp", "meteorology"}, true, []string{"rowmans", "futural", "cursive"}},
	{"rowmand", []string{"rowmand", "futuram"}, true, []string{"rowmand", "futuram"}},
	{"rowmant", []string{"rowmant", "timesrb"}, true, []string{"rowmant", "timesrb"}},
	{"timesr", []string{"timesr", "timesg", "cyrillic", "cyrilc_1", "greekc"}, true, []string{"timesr"}},
	{"timesi", []string{"timesi", "scripts", "scriptc"}, true, []string{"timesi", "scripts", "scriptc"}},
	{"timesib", []string{"timesib", "astrology"}, true, []string{"timesib"}},
	{"gothiceng", []string{"gothiceng", "gothicger", "gothicita", "gothgbt", "gothgrt", "gothitt"}, true, nil},
	{"symbolic", []string{"symbolic", "markers"}, false, nil},
}

// dejavuFaces are the DejaVu TrueType faces the sets draw (all of
// fonts-dejavu-core's text faces; the maths face has the same digits as
// DejaVu Sans).
var dejavuFaces = []string{
	"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-BoldOblique", "DejaVuSans-ExtraLight", "DejaVuSans-Oblique",
	"DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-BoldOblique", "DejaVuSansCondensed-Oblique",
	"DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-BoldOblique", "DejaVuSansMono-Oblique",
	"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-BoldItalic", "DejaVuSerif-Italic",
	"DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-BoldItalic", "DejaVuSerifCondensed-Italic",
}

// fontsHeldOut are the Hershey groups and DejaVu faces of the held-out
// half: 3 of the 8 groups and 8 of the 21 faces, the first of each list
// shuffled once by a PCG seeded with 20261205 (stream 0), written here as
// a fixed list so that the split never moves.
var fontsHeldOut = []string{
	"rowmand", "rowmans", "timesr",
	"DejaVuSerif", "DejaVuSansCondensed", "DejaVuSansCondensed-BoldOblique", "DejaVuSerifCondensed",
	"DejaVuSans-BoldOblique", "DejaVuSans-ExtraLight", "DejaVuSansMono-BoldOblique", "DejaVuSans-Bold",
}

// fontLetters are the Latin letters drawn as non-digits, from the Latin
// Hershey files and every DejaVu face. Left out, as a letter a person
// could read as a digit in some typeface or at a slant: O o Q D C c
// (0); I i l j J L T t (1, 7); Z z (2); S s (5); B (8); b G e (6); g q a
// d p y (9); A h Y (4); f (7, 1 in script faces). The rest
// (E F H K M N P R U V W X and k m n r u v w x) look like no digit.
const fontLetters = "EFHKMNPRUVWXkmnruvwx"

// faceLetters are the Greek and Cyrillic capitals drawn as non-digits
// from the DejaVu faces beside fontLetters: Δ Π Ω Ж Л Я, which look like
// no digit (the Greek and Cyrillic letters the Hershey files give are
// chosen in hersheySymbols).
const faceLetters = "ΔΠΩЖЛЯ"

// scriptFiles are the Hershey script files. Their letters of
// scriptLeftOut are left out: the r is a wave that can pass for a 2 or a
// ~, the F a 3 or a 7.
var scriptFiles = []string{"cursive", "scripts", "scriptc"}

const scriptLeftOut = "rF"

// hersheySymbols are the glyph slots (0 for ASCII 32) of the Hershey
// symbol files that are drawn as non-digits, each checked by eye. Left
// out as a digit or a piece of one:
//   - astrology's sun (⊙), earth (⊕) and Mars (♂) (a 0 with marks),
//     Uranus (a 6 or a ♂ when drawn), Jupiter (a 4), Saturn (an h or 5),
//     Taurus (an 8), Gemini (11), Cancer (69), Capricorn (a v and a 9)
//     and the moon (a C, left out as a 0);
//   - all of music.jhf: its sharp (traced, a solid bar: a 1), note heads
//     and flags (0s, a 7-like rest, ) and ( strokes), flat (a 6),
//     natural (a 4), alto and bass clefs (6 and 9 with dots), C clef (a
//     B or 8), treble clef (an & or 8 when small), repeat sign and block
//     of bars (solid bars, 1s, once traced);
//   - meteorology's %, ∞ (8), ?, braces and its 6-like swirl;
//   - mathlow's ∓ (a T or a 7 crossed), %, ∞, $, =, < and >, ≡, ∫, ∮,
//     ∂ (a mirrored 6), ∃ (a 3), ⊂ ⊃ ∪ ∩ ∈, the vertical arrows, ‖ and
//     ⊥ (1s), the angle, brackets and braces;
//   - symbolic's lines and arcs, the sloped post (a 5 when shaken),
//     zigzags (2, Z), fish and loops, the caret, ◇ and the squares □, ▣
//     and the one with hollow sides (boxy 0s once stretched), ◉, ©, §,
//     the crossed hammers and the anchors (a t or a crossed 7), the
//     balloon on a string (a 9), daggers, the 8-like and ʃ-like curls,
//     the dotless ı;
//   - markers' ○, □, ◇, ◉, ▣ and the second copy of its set;
//   - of the Greek files' letters (greek.jhf and timesg.jhf in one order,
//     greekc.jhf in another) all but Δ Π Ω Ψ and χ η κ λ μ ν π υ ω:
//     their ψ (traced, a blob on a stem: a 9), # (traced, a solid bar), Φ φ (a slashed 0), Γ Λ Θ Σ ϒ Ξ,
//     α β δ ε γ ι ϑ ρ σ τ ξ ζ and & are like a digit or a Latin letter
//     that is left out;
//   - of the Cyrillic files' letters (cyrillic.jhf and cyrilc_1.jhf, in
//     different orders) all but Д И Й Ж Л П Я Ц and some of their lower
//     case: their Ю ю (10), Ы ы (61), Ш ш Щ щ (111), Ф ф (a slashed 0),
//     Б б (6), З з Э э (3), Ч ч (4), Г (a 7 reversed), У (a y), the hard
//     and soft signs (a b or 6) and the letters that are Latin ones.
//
// Plain dots, dashes, commas and circles are left out of every file. A
// glyph one file shares with another (the same strokes) is drawn once,
// so that no glyph is in both halves.
var hersheySymbols = map[string][]int{
	"astrology":   {1, 4, 5, 15, 26, 28, 29, 30, 31, 32, 63, 64, 91, 92, 94},
	"meteorology": {4, 7, 10, 32, 92},
	"mathlow":     {1, 3, 6, 7, 10, 11, 26, 27, 31, 62, 66, 67, 73, 75, 78, 79, 87, 88},
	"symbolic":    {38, 39, 42, 44, 45, 46, 47, 50, 51, 52, 53, 55, 59, 62, 64, 65, 66, 67, 68, 70, 72, 77, 78, 80, 88, 89, 90, 91, 92, 94},
	"markers":     {35, 37, 38, 39, 40, 41, 44, 45, 46, 47, 48},
	"greek":       {36, 48, 55, 57, 67, 72, 75, 76, 77, 78, 80, 85, 87},
	"timesg":      {36, 48, 55, 57, 67, 72, 75, 76, 77, 78, 80, 85, 87},
	"greekc":      {36, 48, 55, 56, 71, 74, 75, 76, 77, 80, 84, 86, 88},
	"cyrillic":    {5, 36, 37, 40, 44, 48, 62, 64, 69, 72, 73, 76, 80, 93},
	"cyrilc_1":    {37, 39, 41, 42, 44, 48, 55, 71, 73, 74, 76, 80, 87},
}

// fontsHalfSets are one half's glyphs, split by how they are drawn:
// Hershey strokes with the stroke pens, TrueType outlines with the
// outline pens.
type fontsHalfSets struct {
	hDigits, tDigits []digitShape
	hOthers, tOthers []otherShape
}

// Fonts holds the glyphs of both halves of the fonts sets, read from the
// font files once by LoadFonts. Its Halves draw them: Digits (see
// Fonts.digitSet), VDigits and VOthers (see Fonts.otherSet), from the
// seeds FontsTune tells.
type Fonts struct {
	Halves
	half [2]fontsHalfSets
}

// LoadFonts reads the Hershey and DejaVu font files from where Debian
// installs them. Missing files give ErrNoFonts (wrapped with what is
// missing), so a caller can tell the person which packages to install.
func LoadFonts() (*Fonts, error) { return loadFonts(HersheyDir, DejaVuDir) }

func loadFonts(hdir, tdir string) (*Fonts, error) {
	f := &Fonts{}
	f.Halves = Halves{"fonts", 24, 26, f}
	seen := map[string]bool{} // non-digit glyphs already drawn, by their strokes
	glyphKey := func(s shape) string { return fmt.Sprint(s) }
	for _, g := range hersheyGroups {
		h := fontsHalfOf(g.name)
		hs := &f.half[h]
		for i, file := range g.files {
			data, err := os.ReadFile(filepath.Join(hdir, file+".jhf"))
			if err != nil {
				return nil, fmt.Errorf("%w (%v)", ErrNoFonts, err)
			}
			gs, err := parseJHF(data)
			if err != nil {
				return nil, fmt.Errorf("%s.jhf: %w", file, err)
			}
			if len(gs) < 96 {
				return nil, fmt.Errorf("%s.jhf: %d glyphs, want 96 (ASCII 32 to 127)", file, len(gs))
			}
			if i == 0 && g.digits {
				for d := 0; d < 10; d++ {
					hs.hDigits = append(hs.hDigits, glyphDigit(d, g.name, toHeight(jhfShape(gs[16+d]))))
				}
			}
			var slots []int
			if slices.Contains(g.latin, file) {
				for _, c := range fontLetters {
					if !strings.ContainsRune(scriptLeftOut, c) || !slices.Contains(scriptFiles, file) {
						slots = append(slots, int(c)-32)
					}
				}
			}
			slots = append(slots, hersheySymbols[file]...)
			for _, k := range slots {
				s := jhfShape(gs[k])
				if len(s) == 0 || seen[glyphKey(s)] {
					continue
				}
				seen[glyphKey(s)] = true
				hs.hOthers = append(hs.hOthers, glyphOther(fmt.Sprintf("%s:%s", file, slotName(k)), s))
			}
		}
	}
	for _, face := range dejavuFaces {
		hs := &f.half[fontsHalfOf(face)]
		data, err := os.ReadFile(filepath.Join(tdir, face+".ttf"))
		if err != nil {
			return nil, fmt.Errorf("%w (%v)", ErrNoFonts, err)
		}
		font, err := parseTTF(data)
		if err != nil {
			return nil, fmt.Errorf("%s.ttf: %w", face, err)
		}
		for d := 0; d < 10; d++ {
			s, err := outlineShape(font, rune('0'+d))
			if err != nil {
				return nil, fmt.Errorf("%s.ttf: %w", face, err)
			}
			hs.tDigits = append(hs.tDigits, glyphDigit(d, face, toHeight(s)))
		}
		for _, c := range fontLetters + faceLetters {
			s, err := outlineShape(font, c)
			if err != nil {
				return nil, fmt.Errorf("%s.ttf: %w", face, err)
			}
			hs.tOthers = append(hs.tOthers, glyphOther(fmt.Sprintf("%s:%c", face, c), s))
		}
	}
	// A fixed shuffle of each half's non-digit families, so that a set of
	// any size draws from every font, not only the first files' glyphs.
	r := rand.New(rand.NewPCG(20261205, 1))
	for h := range f.half {
		hs := &f.half[h]
		r.Shuffle(len(hs.hOthers), func(i, j int) { hs.hOthers[i], hs.hOthers[j] = hs.hOthers[j], hs.hOthers[i] })
		r.Shuffle(len(hs.tOthers), func(i, j int) { hs.tOthers[i], hs.tOthers[j] = hs.tOthers[j], hs.tOthers[i] })
	}
	return f, nil
}

// fontsHalfOf is the half a Hershey group or DejaVu face is in.
func fontsHalfOf(name string) Half {
	if slices.Contains(fontsHeldOut, name) {
		return FontsHeld
	}
	return FontsTune
}

// slotName names a Hershey glyph slot in a family: its ASCII letter for
// a letter slot, its number otherwise.
func slotName(k int) string {
	if c := rune(k + 32); c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
		return string(c)
	}
	return fmt.Sprint(k)
}

// glyphDigit is a font's digit as a digit family: every drawing of it
// starts from the same glyph (the pen and placement vary it).
func glyphDigit(d int, font string, s shape) digitShape {
	return digitShape{d, font, true, func(*rand.Rand) shape { return mapShape(s, func(v vec) vec { return v }) }}
}

// glyphOther is a font's non-digit glyph as a non-digit family.
func glyphOther(name string, s shape) otherShape {
	return otherShape{name, true, func(*rand.Rand) shape { return mapShape(s, func(v vec) vec { return v }) }}
}

// strokePens are the fonts sets' ways of drawing a Hershey glyph's
// strokes: a plain and a shaky hand, the outline of a thick letter
// (drawset's outline pen), a stroke gone over twice, strokes broken and
// overlapping, a hasty hand, a shivering one, a touchpad, a thumb and a
// pointer moved fast.
var strokePens = []pen{
	{"plain", 3, true, asIs},
	{"shaky", 2, true, asIs}, // the wobble is the placement's
	{"outline", 2, true, outline},
	{"retrace", 1, true, retrace},
	{"overlap", 1, true, overlap},
	{"hasty", 1, true, hasty},
	{"shiver", 1, true, shiver},
	{"touchpad", 1, true, asIs}, // the jerks are the sampling's
	{"thumb", 1, true, thumb},
	{"fast", 1, true, asIs}, // the sampling's, see hurried
}

// outlinePens are the fonts sets' ways of tracing a TrueType glyph's
// outline: the stroke pens that keep each contour one closed line (an
// outline of an outline, or contours joined into one cursive line, would
// be no tracing a person does), and a second pass over the whole drawing.
var outlinePens = []pen{
	{"plain", 3, true, asIs},
	{"shaky", 2, true, asIs},
	{"overlap", 1, true, overlap},
	{"hasty", 1, true, hasty},
	{"shiver", 1, true, shiver},
	{"touchpad", 1, true, asIs},
	{"fast", 1, true, asIs},
	{"redraw", 1, true, redraw},
}

// FontsPens returns the pens of the fonts sets.
func FontsPens() []string {
	var out []string
	for _, p := range append(append([]pen(nil), strokePens...), outlinePens...) {
		if !slices.Contains(out, p.name) {
			out = append(out, p.name)
		}
	}
	return out
}

// fontsStrokes turns a glyph into pad strokes: the pen's change, a
// placement from a corner scribble to the full pad (randomPlacement,
// its slant damped to -0.09..0.24 since italic faces bring their own,
// slant and turn together leaning it by at most 30 degrees), then the
// pointer's samples as the pen's device reports them. A traced outline
// (a TrueType glyph, or the outline pen) is drawn at least minTraced
// pad units tall: smaller, the pad's line fills the letter and an E
// reads as an 8.
func fontsStrokes(s shape, pn pen, r *rand.Rand, aspect float64, traced bool) [][][2]float32 {
	s = pn.apply(s, r)
	pl := randomPlacement(r, pn.name == "shaky")
	pl.aspect *= aspect
	pl.slant *= 0.6
	if lean := math.Atan(pl.slant) * 180 / math.Pi; math.Abs(lean+pl.rot) > 30 {
		pl.rot = math.Copysign(30, lean+pl.rot) - lean
	}
	if (traced || pn.name == "outline") && pl.h < minTraced {
		pl.h = uni(r, minTraced, 1.6*minTraced)
	}
	switch pn.name {
	case "touchpad", "thumb", "shiver":
		var out [][][2]float32
		for _, p := range place(s, pl, r) {
			out = append(out, outsideSamples(p, pl, pn.name, r))
		}
		return out
	}
	return pointerStrokes(s, pl, pn.name == "fast", r)
}

// minTraced is the least height of a traced outline, in pad units.
const minTraced = 90

// fontsDraw is fontsStrokes for digitsInTurn and othersInTurn: for a
// digit (others false) in the placement's proportions, for a non-digit
// its width scaled by a further 0.8 to 1.2; traced for TrueType outlines.
func fontsDraw(others, traced bool) func(shape, pen, *rand.Rand) [][][2]float32 {
	return func(s shape, pn pen, r *rand.Rand) [][][2]float32 {
		aspect := 1.0
		if others {
			aspect = uni(r, 0.8, 1.2)
		}
		return fontsStrokes(s, pn, r, aspect, traced)
	}
}

// outlineStream moves the PCG seed of a fonts half to the one its
// TrueType drawings are drawn from, apart from its Hershey drawings' and
// above every set's seeds (all below 2^37).
const outlineStream = 1 << 40

// digitSet returns n drawn digits of half h drawn from PCG seed ps, the
// labels in turn: blocks of ten alternate between Hershey glyphs (even
// blocks) and TrueType outlines (odd), so every prefix holds both.
func (f *Fonts) digitSet(ps uint64, n int, h Half) []Sample {
	return alternate(ps, n, 10, func(ps uint64, m int, outline bool) []Sample {
		digits, _, pens := f.half[h].of(outline)
		return digitsInTurn(ps, m, HeldOut, digits, pens, fontsDraw(false, outline))
	})
}

// otherSet returns n non-digits of half h drawn from PCG seed ps:
// letters unlike digits and symbols (see fontLetters and hersheySymbols),
// Hershey and TrueType in turn, each font's glyphs in turn.
func (f *Fonts) otherSet(ps uint64, n int, h Half) []Sample {
	return alternate(ps, n, 1, func(ps uint64, m int, outline bool) []Sample {
		_, others, pens := f.half[h].of(outline)
		return othersInTurn(ps, m, HeldOut, others, pens, fontsDraw(true, outline))
	})
}

// of is the half's glyphs of one kind, Hershey strokes or (outline)
// TrueType outlines, and the pens that draw them.
func (hs fontsHalfSets) of(outline bool) ([]digitShape, []otherShape, []pen) {
	if outline {
		return hs.tDigits, hs.tOthers, outlinePens
	}
	return hs.hDigits, hs.hOthers, strokePens
}

// alternate returns n drawings taken block by block from the Hershey
// glyphs' and the TrueType outlines' in turn, Hershey first. draw(ps, m,
// outline) draws m of one kind from the PCG seed ps, the outlines from
// ps+outlineStream; its first drawings do not depend on m, so neither
// does drawing i of the result.
func alternate(ps uint64, n, block int, draw func(ps uint64, m int, outline bool) []Sample) []Sample {
	per := (n + 2*block - 1) / (2 * block) * block
	as, bs := draw(ps, per, false), draw(ps+outlineStream, per, true)
	out := make([]Sample, n)
	for i := range out {
		k, j := i/block, i%block
		if k%2 == 0 {
			out[i] = as[k/2*block+j]
		} else {
			out[i] = bs[k/2*block+j]
		}
	}
	return out
}

// families lists half h's glyph families, Hershey then TrueType, and
// the fonts pens.
func (f *Fonts) families(h Half) []string {
	hs := f.half[h]
	out := familyNames(append(append([]digitShape(nil), hs.hDigits...), hs.tDigits...), append(append([]otherShape(nil), hs.hOthers...), hs.tOthers...), nil)
	for _, p := range FontsPens() {
		out = append(out, "pen "+p)
	}
	return out
}
