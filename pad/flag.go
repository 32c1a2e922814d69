package pad

// A 1 with a flag (and often a base), as most of the world writes it, is
// an upright stem with a short stroke leaning down to the left from its
// top. MNIST's writers drew their 1s as sticks, so a network trained on it
// reads the flag as a 7's bar and the base as a 2's: the default run read
// such 1s right 14-57% of the time on several sets. tidy leaves the flag
// and the base out, as it leaves out a 0's slash (see struck.go).
//
// The test asks for a 1 and nothing else: a straight stem within 15° of
// upright that is most of the drawing's height, a straight flag leaving
// its top (in the same stroke or its own) at least 25° below level, down
// and to the left, and at most a level base at the stem's foot. A 7's bar
// is level, but a 7 whose bar rises to the right, turned a little, is
// such a 1 but for the bar's reach: on the tuning halves its bar reached
// 0.37-0.57 of the stem to the left at 25-37°, and 96% of the flags that
// passed every other test reached less than a third. So a flag may reach
// a third of the stem, or half of it when it falls at 39° or more. A 4's
// diagonal goes on into its bar; a 2's top is a curve.
const (
	flagStem     = 0.75 // least stem length, of the drawing's height
	flagUpright  = 0.27 // greatest |dx|/|dy| of the stem (15°)
	flagStraight = 0.08 // greatest bend of the stem, of its length
	flagBend     = 0.15 // greatest bend of the flag, of its chord
	flagMin      = 0.12 // least flag chord, of the drawing's height
	flagMax      = 0.85 // greatest flag chord, of the stem's length
	flagSteep    = 0.47 // least dy/dx of the flag (25°)
	flagReach    = 0.33 // greatest reach of the flag to the left, of the stem's length
	flagFar      = 0.5  // the same for a flag at least flagSteeper steep
	flagSteeper  = 0.8  // dy/dx, 39°
	flagJoin     = 0.12 // a flag stroke's end from the stem's top, of the height
	flagLevel    = 0.3  // greatest |dy|/|dx| of a base
	flagFoot     = 0.15 // a base's middle from the stem's foot, of the height
)

// flaggedOne returns the stem of a 1 drawn with a flag (and perhaps a
// base) as a stroke of its own, or nil when the strokes are not such a 1.
func flaggedOne(strokes []Stroke) Stroke {
	if len(strokes) == 0 {
		return nil
	}
	high, low := strokes[0][0].Y, strokes[0][0].Y
	for _, s := range strokes {
		in := strokeInk(s)
		high, low = min(high, in.Min.Y), max(low, in.Max.Y)
	}
	h := low - high // the drawing's height
	for i, s := range strokes {
		// The stem runs from the stroke's highest point to one of its
		// ends (drawn down, or up before the flag); the rest of the
		// stroke, if any, is the flag.
		k := topmost(s)
		for _, part := range [2][2]Stroke{{s[k:], s[:k+1]}, {s[:k+1], s[k:]}} {
			stem, rest := part[0], part[1]
			if !isStem(stem, h) {
				continue
			}
			top := s[k]
			flag := len(rest) > 1 && isFlag(rest, top, h, stem)
			if len(rest) > 1 && !flag {
				continue // the stroke is more than a stem and a flag
			}
			used, base := 1, false
			for j, o := range strokes {
				switch {
				case j == i:
					continue
				case !flag && joinsAt(o, top, h) && isFlag(o, top, h, stem):
					flag = true
				case !base && isBase(o, stem, h):
					base = true
				default:
					continue
				}
				used++
			}
			if flag && used == len(strokes) {
				return stem
			}
		}
	}
	return nil
}

// topmost returns the index of s's highest point (the first, if several).
func topmost(s Stroke) int {
	k := 0
	for i, p := range s {
		if p.Y < s[k].Y {
			k = i
		}
	}
	return k
}

// isStem reports whether s, drawn down or up, is the upright stem of a 1.
func isStem(s Stroke, h float32) bool {
	a, b := s[0], s[len(s)-1]
	dx, dy := abs(b.X-a.X), abs(b.Y-a.Y)
	if dy < flagStem*h || dx > flagUpright*dy {
		return false
	}
	return bend(s, a, b) <= flagStraight*dist(a, b)
}

// isFlag reports whether f, one of whose ends is at the stem's top, leans
// down and to the left from it as a 1's flag does.
func isFlag(f Stroke, top Point, h float32, stem Stroke) bool {
	far := f[0]
	if dist(f[len(f)-1], top) > dist(far, top) {
		far = f[len(f)-1]
	}
	chord, length := dist(far, top), dist(stem[0], stem[len(stem)-1])
	dx, dy := top.X-far.X, far.Y-top.Y
	if chord < flagMin*h || chord > flagMax*length || dx <= 0 || dx > flagReach*length && (dx > flagFar*length || dy < flagSteeper*dx) || dy < flagSteep*dx {
		return false
	}
	return bend(f, f[0], f[len(f)-1]) <= flagBend*dist(f[0], f[len(f)-1])
}

// joinsAt reports whether one of s's ends is within flagJoin of p.
func joinsAt(s Stroke, p Point, h float32) bool {
	return min(dist(s[0], p), dist(s[len(s)-1], p)) <= flagJoin*h
}

// isBase reports whether s is a level base at the foot of stem.
func isBase(s Stroke, stem Stroke, h float32) bool {
	a, b := s[0], s[len(s)-1]
	dx, dy := abs(b.X-a.X), abs(b.Y-a.Y)
	if dy > flagLevel*dx || bend(s, a, b) > flagBend*dist(a, b) {
		return false
	}
	foot := stem[len(stem)-1]
	if stem[0].Y > foot.Y {
		foot = stem[0]
	}
	mid := Point{(a.X + b.X) / 2, (a.Y + b.Y) / 2}
	return dist(mid, foot) <= flagFoot*h
}

// bend returns the greatest distance of s's points from the line through
// a and b.
func bend(s Stroke, a, b Point) float32 {
	var m float32
	for _, p := range s {
		m = max(m, distToLine(p, a, b))
	}
	return m
}
