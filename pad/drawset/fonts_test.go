package drawset

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// testFonts loads the fonts sets' glyphs, failing the test with
// LoadFonts' message (which names the packages to install) when the
// font files are missing.
func testFonts(t *testing.T) *Fonts {
	t.Helper()
	f, err := LoadFonts()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestParseJHF checks the .jhf parser on small glyphs of known
// coordinates: bearings, strokes split at " R", a glyph wrapped onto a
// second line, and the errors of a malformed file.
func TestParseJHF(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		want       []jhfGlyph
		err        string
	}{
		{"one stroke", "  700  3KYRFRW\n", []jhfGlyph{{700, -7, 7, [][]vec{{{0, -12}, {0, 5}}}}}, ""},
		{"pen up", "   12  6MWRFRT RRYQZ\n", []jhfGlyph{{12, -5, 5, [][]vec{{{0, -12}, {0, 2}}, {{0, 7}, {-1, 8}}}}}, ""},
		{"two glyphs", "    1  2JZRR\n    2  1H\\\n", []jhfGlyph{{1, -8, 8, [][]vec{{{0, 0}}}}, {2, -10, 10, nil}}, ""},
		{"wrapped", "   77  4KYRFR\nWSW\n", []jhfGlyph{{77, -7, 7, [][]vec{{{0, -12}, {0, 5}, {1, 5}}}}}, ""},
		{"blank lines and CRLF", "\r\n  700  3KYRFRW\r\n\r\n", []jhfGlyph{{700, -7, 7, [][]vec{{{0, -12}, {0, 5}}}}}, ""},
		{"short line", "  70\n", nil, "too short"},
		{"bad id", "  7x0  3KYRFRW\n", nil, "id"},
		{"bad count", "  700  xKYRFRW\n", nil, "count"},
		{"missing pairs", "  700  4KYRFRW\n", nil, "want 8"},
	} {
		got, err := parseJHF([]byte(tc.data))
		switch {
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.err)
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.err == "" && !reflect.DeepEqual(got, tc.want):
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestHersheyFiles checks that every Hershey file the sets read parses
// into at least 96 glyphs, ASCII 32 to 127 (markers.jhf has one more),
// and that the groups are what they say: the files of a group with
// digits share their ten digit glyphs' strokes, and no two groups share
// them, so that no digit glyph is in both halves.
func TestHersheyFiles(t *testing.T) {
	testFonts(t)
	groupOf := map[string]string{} // digit strokes -> group
	for _, g := range hersheyGroups {
		for _, file := range g.files {
			data, err := os.ReadFile(filepath.Join(HersheyDir, file+".jhf"))
			if err != nil {
				t.Fatal(err)
			}
			gs, err := parseJHF(data)
			if err != nil || len(gs) < 96 {
				t.Fatalf("%s: %d glyphs, error %v; want at least 96", file, len(gs), err)
			}
			if !g.digits {
				continue
			}
			var key string
			for d := 0; d < 10; d++ {
				if len(gs[16+d].strokes) == 0 {
					t.Errorf("%s: digit %d has no strokes", file, d)
				}
				key += fmt.Sprint(gs[16+d].strokes)
			}
			if other, ok := groupOf[key]; ok && other != g.name {
				t.Errorf("%s (group %s) has the digits of group %s", file, g.name, other)
			}
			groupOf[key] = g.name
		}
	}
	if n := len(groupOf); n != 7 {
		t.Errorf("%d different sets of digits, want one per group with digits, 7", n)
	}
}

// TestOutlineShape checks the flattening of TrueType outlines against
// the font's own glyph bounds and the contours the digits have: one for
// 1 and 7, two for 0, 4, 6 and 9, three for 8 in DejaVu Sans, every
// contour closed.
func TestOutlineShape(t *testing.T) {
	testFonts(t)
	data, err := os.ReadFile(filepath.Join(DejaVuDir, "DejaVuSans.ttf"))
	if err != nil {
		t.Fatal(err)
	}
	font, err := parseTTF(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		c        rune
		contours int
	}{{'1', 1}, {'7', 1}, {'0', 2}, {'4', 2}, {'6', 2}, {'9', 2}, {'8', 3}, {'E', 1}} {
		s, err := outlineShape(font, tc.c)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != tc.contours {
			t.Errorf("%q: %d contours, want %d", tc.c, len(s), tc.contours)
		}
		for i, p := range s {
			if p[0] != p[len(p)-1] {
				t.Errorf("%q: contour %d is not closed", tc.c, i)
			}
		}
		var buf sfnt.Buffer
		idx, _ := font.GlyphIndex(&buf, tc.c)
		b, _, err := font.GlyphBounds(&buf, idx, fixed.Int26_6(font.UnitsPerEm())<<6, 0)
		if err != nil {
			t.Fatal(err)
		}
		lo, hi := bounds(s)
		want := [4]float64{float64(b.Min.X) / 64, float64(b.Min.Y) / 64, float64(b.Max.X) / 64, float64(b.Max.Y) / 64}
		got := [4]float64{lo.X, lo.Y, hi.X, hi.Y}
		for k := range got {
			// The font's bounds hold the control points, which a curve may not reach.
			if math.Abs(got[k]-want[k]) > 0.02*float64(font.UnitsPerEm()) {
				t.Errorf("%q: bounds %v, want about %v", tc.c, got, want)
				break
			}
		}
	}
	if _, err := outlineShape(font, '\u4e00'); err == nil {
		t.Error("a rune DejaVu Sans lacks gave no error")
	}
}

// TestLoadFontsMissing checks that missing font files give ErrNoFonts,
// whose message names the packages to install.
func TestLoadFontsMissing(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ hdir, tdir string }{{dir, DejaVuDir}, {HersheyDir, dir}} {
		_, err := loadFonts(tc.hdir, tc.tdir)
		if !errors.Is(err, ErrNoFonts) || !strings.Contains(err.Error(), "apt-get install hershey-fonts-data fonts-dejavu-core") {
			t.Errorf("fonts from %s and %s: error %v, want ErrNoFonts", tc.hdir, tc.tdir, err)
		}
	}
}

// fontsMaxGap is the widest gap between two pointer samples that each
// fonts pen may leave, in pad units: the outside pens' (see
// outsideMaxGap), and a pointer moved fast's longest step and jitter.
var fontsMaxGap = map[string]float64{"touchpad": outsideMaxGap["touchpad"], "thumb": outsideMaxGap["thumb"], "fast": 1.4*maxHurriedStep + 3}

// TestFontsSizes checks that each half has the fonts and glyphs it was
// made with: three Hershey digit fonts and eight DejaVu faces held out,
// the other four and thirteen for tuning, and at least 300 non-digit glyphs in each half.
func TestFontsSizes(t *testing.T) {
	f := testFonts(t)
	for _, tc := range []struct {
		h              Half
		hDigits, faces int
	}{{FontsTune, 4, 13}, {FontsHeld, 3, 8}} {
		hs := f.half[tc.h]
		if len(hs.hDigits) != 10*tc.hDigits || len(hs.tDigits) != 10*tc.faces {
			t.Errorf("half %d: %d Hershey and %d DejaVu digits, want %d and %d", tc.h, len(hs.hDigits), len(hs.tDigits), 10*tc.hDigits, 10*tc.faces)
		}
		if n := len(hs.hOthers) + len(hs.tOthers); n < 300 {
			t.Errorf("half %d: %d non-digit glyphs, want at least 300", tc.h, n)
		}
	}
}

// TestFontsDisjoint checks that the two halves share no font and no
// glyph: no digit family's font and no non-digit's file or face is in
// both, and no non-digit glyph is drawn twice.
func TestFontsDisjoint(t *testing.T) {
	f := testFonts(t)
	fontOf := func(name string) string {
		if i := strings.IndexAny(name, "/:"); i >= 0 && name[i] == '/' {
			return name[i+1:]
		}
		return name[:strings.LastIndex(name, ":")]
	}
	var fonts [2]map[string]bool
	glyphs := map[string]string{}
	for h := range f.half {
		fonts[h] = map[string]bool{}
		hs := f.half[h]
		for _, d := range slices.Concat(hs.hDigits, hs.tDigits) {
			fonts[h][fontOf(digitFamily(d))] = true
		}
		for _, o := range slices.Concat(hs.hOthers, hs.tOthers) {
			fonts[h][fontOf(o.name)] = true
			k := fmt.Sprint(o.make(nil))
			if prev, ok := glyphs[k]; ok {
				t.Errorf("%s draws the same glyph as %s", o.name, prev)
			}
			glyphs[k] = o.name
		}
	}
	for name := range fonts[0] {
		if fonts[1][name] {
			t.Errorf("font %s is in both halves", name)
		}
	}
	for _, name := range fontsHeldOut {
		if !slices.Contains(dejavuFaces, name) && !slices.ContainsFunc(hersheyGroups, func(g hersheyGroup) bool { return g.name == name }) {
			t.Errorf("held-out font %s is no group or face the sets draw", name)
		}
	}
}

// TestFontsSeeds checks that two loads of the font files draw the same
// sets.
func TestFontsSeeds(t *testing.T) {
	f := testFonts(t)
	if a, b := testFonts(t).Digits(2, 30, FontsTune), f.Digits(2, 30, FontsTune); !reflect.DeepEqual(a, b) {
		t.Error("two loads of the fonts draw different sets")
	}
}
