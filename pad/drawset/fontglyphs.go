package drawset

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// jhfGlyph is one glyph of a Hershey font in James Hurt's .jhf format:
// its left and right bearings and its strokes, in font units with y
// growing downwards (the format's own orientation).
type jhfGlyph struct {
	id          int
	left, right int
	strokes     [][]vec
}

// parseJHF reads a .jhf file: per glyph a 5-character id, a 3-character
// count of coordinate pairs, then that many pairs of characters, each
// character minus 'R' a coordinate; the first pair is the left and right
// bearing, and the pair " R" lifts the pen. Some files wrap a glyph's
// pairs onto further lines, so line breaks inside a glyph are skipped.
// The glyphs come back in file order, which is ASCII order from 32 in
// the text fonts.
func parseJHF(data []byte) ([]jhfGlyph, error) {
	var out []jhfGlyph
	lines := strings.Split(strings.ReplaceAll(string(data), "\r", ""), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if strings.TrimSpace(line) == "" {
			continue
		}
		if len(line) < 8 {
			return nil, fmt.Errorf("jhf line %d: %q is too short for an id and a count", i+1, line)
		}
		id, err := strconv.Atoi(strings.TrimSpace(line[:5]))
		if err != nil {
			return nil, fmt.Errorf("jhf line %d: id %q: %v", i+1, line[:5], err)
		}
		n, err := strconv.Atoi(strings.TrimSpace(line[5:8]))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("jhf line %d: count %q is not a positive number", i+1, line[5:8])
		}
		body := line[8:]
		for len(body) < 2*n && i+1 < len(lines) {
			i++
			body += lines[i]
		}
		if len(body) != 2*n {
			return nil, fmt.Errorf("jhf glyph %d (line %d): %d characters of pairs, want %d", id, i+1, len(body), 2*n)
		}
		g := jhfGlyph{id: id, left: int(body[0]) - 'R', right: int(body[1]) - 'R'}
		var cur []vec
		for k := 2; k < len(body); k += 2 {
			if body[k] == ' ' && body[k+1] == 'R' {
				if len(cur) > 0 {
					g.strokes = append(g.strokes, cur)
				}
				cur = nil
				continue
			}
			cur = append(cur, vec{float64(int(body[k]) - 'R'), float64(int(body[k+1]) - 'R')})
		}
		if len(cur) > 0 {
			g.strokes = append(g.strokes, cur)
		}
		out = append(out, g)
	}
	return out, nil
}

// jhfShape is a Hershey glyph as a shape: each stroke one path, a single
// point drawn as a dot (a tiny segment) so that a pen puts it down.
func jhfShape(g jhfGlyph) shape {
	var s shape
	for _, st := range g.strokes {
		p := append(path(nil), st...)
		if len(p) == 1 {
			p = append(p, p[0].add(vec{0.3, 0.3}))
		}
		s = append(s, p)
	}
	return s
}

// outlineSteps is how many straight pieces a quadratic or cubic segment
// of a TrueType outline is flattened into: fine enough that a bowl stays
// round on a full-pad drawing.
const outlineSteps = 8

// outlineShape loads the outline of rune c from a TrueType font and
// flattens it into one closed path per contour, in font units (the
// em square is unitsPerEm wide) with y growing downwards, as sfnt gives
// it. A rune the font lacks, or one with no contours, is an error.
func outlineShape(f *sfnt.Font, c rune) (shape, error) {
	var buf sfnt.Buffer
	idx, err := f.GlyphIndex(&buf, c)
	if err != nil || idx == 0 {
		return nil, fmt.Errorf("no glyph for %q", c)
	}
	em := fixed.Int26_6(f.UnitsPerEm()) << 6
	segs, err := f.LoadGlyph(&buf, idx, em, nil)
	if err != nil {
		return nil, fmt.Errorf("glyph %q: %v", c, err)
	}
	pt := func(p fixed.Point26_6) vec { return vec{float64(p.X) / 64, float64(p.Y) / 64} }
	var s shape
	var cur path
	closeCur := func() {
		if len(cur) > 1 {
			if cur[len(cur)-1] != cur[0] {
				cur = append(cur, cur[0])
			}
			s = append(s, cur)
		}
		cur = nil
	}
	for _, sg := range segs {
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			closeCur()
			cur = path{pt(sg.Args[0])}
		case sfnt.SegmentOpLineTo:
			cur = append(cur, pt(sg.Args[0]))
		case sfnt.SegmentOpQuadTo:
			p0, p1, p2 := cur[len(cur)-1], pt(sg.Args[0]), pt(sg.Args[1])
			for k := 1; k <= outlineSteps; k++ {
				t := float64(k) / outlineSteps
				cur = append(cur, lerp(lerp(p0, p1, t), lerp(p1, p2, t), t))
			}
		case sfnt.SegmentOpCubeTo:
			p0 := cur[len(cur)-1]
			cur = append(cur, bez(p0, pt(sg.Args[0]), pt(sg.Args[1]), pt(sg.Args[2]))[1:]...)
		}
	}
	closeCur()
	if len(s) == 0 {
		return nil, fmt.Errorf("glyph %q has no contours", c)
	}
	return s, nil
}

// parseTTF parses a TrueType font file's bytes.
func parseTTF(data []byte) (*sfnt.Font, error) {
	return sfnt.Parse(bytes.Clone(data))
}

// toHeight moves a shape's box to the origin and scales it so that the
// box is 1 tall, the height of a digit in glyph space, keeping its
// proportions. It returns a new shape.
func toHeight(s shape) shape {
	lo, hi := bounds(s)
	k := 1 / max(hi.Y-lo.Y, 1e-9)
	return mapShape(s, func(v vec) vec { return v.sub(lo).mul(k) })
}
