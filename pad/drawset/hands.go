package drawset

import (
	"errors"
)

// The hands sets are drawn from handwriting fonts read from the system
// at run time: each glyph is filled, thinned to its centre line and the
// line walked as a pen draws it (see skeletonStrokes), so a digit is
// drawn as the hand the font was made from writes it, with as few pen
// lifts as a person makes. They were written by someone who ran no
// classifier on them: every glyph was checked only by looking at contact
// sheets (see TestHandsSheet), so nothing was tuned on either half. The
// halves hold different hands (handsHeldOut) and are drawn from their own
// seeds: the drawn-digit set from the seed plus 28 (tuning) or 29
// (held-out) times HeldOutSeedBase, the verdict set from 30 or 31 times
// it, after the fonts sets' 24 to 27. HandsTune may be looked at and
// tuned on; HandsHeld is measured once, at the end.
const (
	HandsTune = Tune
	HandsHeld = Held
)

// handsPackages are the Debian packages the hands sets' font files come
// from.
const handsPackages = "fonts-dkg-handwriting fonts-breip fonts-bwht fonts-comic-neue fonts-humor-sans fonts-ecolier-court fonts-dancingscript fonts-kaushanscript fonts-klee fonts-kristi fonts-rufscript fonts-joscelyn"

// ErrNoHands says which packages bring the font files the hands sets need.
var ErrNoHands = errors.New("install the handwriting fonts: apt-get install " + handsPackages)

// handFace is a font file of a hand: hand names the person or design it
// is (faces of one hand, such as a regular and an italic, are always in
// the same half), path is where Debian installs it, and sketched says
// that its hand goes over every line twice, a little apart (see
// skeletonStrokes).
type handFace struct {
	hand, name, path string
	sketched         bool
}

// handFaces are the faces the hands sets draw: every package's regular
// face, and a second face where it is a different way of writing (an
// italic) rather than a heavier one (whose centre line is the regular's).
// Left out:, whose digits and capitals are hollow
// outlines (bubble letters: their centre line is the outline, broken at
// every hairline junction) and whose lower case is sketched in many
// loose lines; fonts-cabinsketch, a sketchy outline whose centre line is no
// pen's, and fonts-levien-typoscript, whose TypoScript.otf has no digits
// (sfnt reads it, but it maps no glyph to 0 to 9).
var handFaces = []handFace{
	{"dkg", "dkg", "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", false},
	{"dkg", "dkgIt", "/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf", false},
	{"breip", "Breip", "/usr/share/fonts/truetype/breip/Breip.ttf", false},
	{"bwht-build", "BecauseWeBuild", "/usr/share/fonts/opentype/bwht/BecauseWeBuild-Regular.otf", false},
	{"bwht-connect", "BecauseWeConnect", "/usr/share/fonts/opentype/bwht/BecauseWeConnect-Regular.otf", false},
	{"bwht-create", "BecauseWeCreate", "/usr/share/fonts/opentype/bwht/BecauseWeCreate-Regular.otf", true},
	{"bwht-learn", "BecauseWeLearn", "/usr/share/fonts/opentype/bwht/BecauseWeLearn-Regular.otf", false},
	{"bwht-mentor", "BecauseWeMentor", "/usr/share/fonts/opentype/bwht/BecauseWeMentor-Regular.otf", false},
	{"bwht-organize", "BecauseWeOrganize", "/usr/share/fonts/opentype/bwht/BecauseWeOrganize-Regular.otf", false},
	{"comic-neue", "ComicNeue", "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf", false},
	{"comic-neue", "ComicNeue-Italic", "/usr/share/fonts/opentype/comic-neue/ComicNeue-Italic.otf", false},
	{"humor-sans", "HumorSans", "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf", false},
	{"ecolier", "EcolierCourt", "/usr/share/fonts/truetype/ecolier-court/Ecolier-court.ttf", false},
	{"dancingscript", "DancingScript", "/usr/share/fonts/opentype/dancingscript/DancingScript-Regular.otf", false},
	{"kaushanscript", "KaushanScript", "/usr/share/fonts/opentype/kaushanscript/KaushanScript-Regular.otf", false},
	{"klee", "KleeOne", "/usr/share/fonts/truetype/klee/KleeOne-Regular.ttf", false},
	{"kristi", "Kristi", "/usr/share/fonts/truetype/kristi/Kristi.ttf", false},
	{"rufscript", "Rufscript", "/usr/share/fonts/truetype/rufscript/Rufscript010.ttf", false},
	{"joscelyn", "Joscelyn", "/usr/share/fonts/opentype/joscelyn/Joscelyn-Regular.otf", false},
}

// handsHeldOut are the hands of the held-out half: 7 of the 17, chosen
// by shuffling the hands (in handFaces' order) once with a PCG seeded
// with 20261205 (stream 2) and taking the first two bwht hands of that
// order and its first five others, written here as a fixed list so that
// the split never moves.
var handsHeldOut = []string{
	"bwht-connect", "bwht-create",
	"comic-neue", "ecolier", "humor-sans", "rufscript", "klee",
}

// handLetters are the Latin letters and symbols drawn as non-digits:
// fontLetters (see there for the letters left out as digit-like in some
// hand) and & # @ ?, less the glyphs handLeftOut names.
const handLetters = fontLetters + "&#@?"

// handLeftOut are glyphs of a face left out after looking at the trace
// and sample sheets (TestHandsSheet), and why:
//   - digits that a person would not read as that digit: Joscelyn's
//     swash 1 (a wave, a 2 or a ~), its 2 crossed by a flourish (a Z)
//     and its 5 without a hat (an S); Breip's 0, open at the top with
//     its end curled inside (a U);
//   - letters and symbols that look like a digit in that hand: script
//     E's (a reversed 3: DancingScript, EcolierCourt, Breip's round E,
//     BecauseWeOrganize's); &'s like an 8, a 2 or a 4 (Breip, dkg,
//     dkgIt, DancingScript, KaushanScript, Kristi, Rufscript); script
//     r's (a 2: DancingScript, EcolierCourt) and dkgIt's r (a lone
//     curve); x's and X's like a z, a 2 or a knotted 8 (Kristi,
//     Rufscript, EcolierCourt's "oc", dkg, dkgIt, BecauseWeBuild's
//     hourglass X); u's and U's whose right stem runs on below the bowl
//     (a 4 written like a ч: KaushanScript, Rufscript,
//     BecauseWeOrganize); n's like an h or a 4 (dkg, dkgIt); Kristi's
//     slanted N, M and W (slashes: 11s) and its k (an l: a 1) and its
//     p-like P (a 9); EcolierCourt's looped U (96); BecauseWeConnect's
//     narrow n (a bar once outlined: a 1); HumorSans's ? (a 7 and a dot);
//     dkgIt's @ (an egg, a 0, at pad sizes) and V (loops, a blob);
//     BecauseWeOrganize's K (an L and a V, a 4);
//   - letters whose centre line is not the letter: the E of
//     BecauseWeConnect and BecauseWeBuild (their short arms thin into
//     nothing: a C or a +), the R, k and # of BecauseWeLearn (its heavy
//     bowl and crossings thin into a K and a tangle), the N, U and n of
//     BecauseWeCreate (lines drawn twice too far apart to close, hairs);
//   - EcolierCourt's ornate capitals E F H K P R W X (loops and swashes;
//     its W carries a loose baseline) and its k and w, and every letter
//     and & of Joscelyn, whose flourishes make e-, l- and 2-like shapes.
var handLeftOut = map[string]string{
	"Breip":             "0&E",
	"BecauseWeBuild":    "EX",
	"BecauseWeConnect":  "En",
	"BecauseWeCreate":   "NUn",
	"BecauseWeLearn":    "Rk#",
	"BecauseWeOrganize": "EKUu",
	"DancingScript":     "E&r",
	"dkg":               "&Xn",
	"dkgIt":             "rX&@nV",
	"EcolierCourt":      "EFHKPRWXkwrxU",
	"HumorSans":         "?",
	"KaushanScript":     "&u",
	"Kristi":            "P&xNkMXW",
	"Rufscript":         "x&u",
	"Joscelyn":          "125" + fontLetters + "&",
}

// handDigitHeight is the height in pixels a face's 0 is filled at: its
// strokes are then several pixels thick, enough to thin into a clean
// centre line.
const handDigitHeight = 160

// handMinSpur is the least length of a branch kept by pruneSpurs, in
// pixels, however thin the face's strokes are.
const handMinSpur = 8

// handsSpec is the hands sets: their faces, halves, left-out glyphs and
// seeds.
var handsSpec = tracedSpec{
	name: "hands", faces: handFaces, heldOut: handsHeldOut, leftOut: handLeftOut,
	missing: ErrNoHands, pens: handsPens, readingBase: 28, verdictBase: 30, shuffleStream: 3,
}

// Hands holds the glyphs of both halves of the hands sets, traced from
// the font files once by LoadHands. Its Halves draw them, from the seeds
// HandsTune tells: digits, and non-digits that are letters unlike digits
// and symbols (handLetters), each hand's glyphs in turn.
type Hands struct{ *traced }

// LoadHands reads and traces the handwriting fonts from where Debian
// installs them. Missing files give ErrNoHands (wrapped with what is
// missing), so a caller can tell the person which packages to install.
func LoadHands() (*Hands, error) { return loadHands("/") }

// loadHands reads the faces from under root (handFaces' paths are
// absolute; root "/" is the system).
func loadHands(root string) (*Hands, error) {
	t, err := loadTraced(&handsSpec, root)
	if err != nil {
		return nil, err
	}
	return &Hands{t}, nil
}

// handsPens are the hands sets' ways of drawing a traced centre line:
// the fonts sets' stroke pens (strokePens: a plain and a shaky hand, the
// outline of a thick letter, a stroke gone over twice, strokes broken and
// overlapping, a hasty hand, a shivering one, a touchpad, a thumb and a
// pointer moved fast), which is what a person's pen does to such strokes.
var handsPens = strokePens

// HandsPens returns the pens of the hands sets.
func HandsPens() []string {
	out := make([]string, len(handsPens))
	for i, p := range handsPens {
		out[i] = p.name
	}
	return out
}
