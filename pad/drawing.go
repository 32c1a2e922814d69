package pad

import (
	"errors"
	"fmt"
	"math"
)

// Size is the side of the square drawing pad in pad units. The origin is the
// top-left corner, x grows to the right and y grows downwards, like screen
// pixels. A display maps the pad onto however many pixels it has.
const Size = 280

// Limits on a drawing. They bound the work Preprocess does per frame and the
// memory a scripted caller can make the pad hold; a person drawing at 60
// samples per second needs almost three minutes to reach MaxPoints.
const (
	MaxStrokes = 64
	MaxPoints  = 10000
)

// OutsideMargin is how far outside the pad, in pad units, AddStrokes still
// accepts a coordinate. Such coordinates are clamped onto the pad edge, as
// pointer positions are during interactive drawing: a recorded drag that
// overshoots the canvas by a few pixels is normal. Anything further out is
// almost certainly a coordinate in the wrong units, and is rejected.
const OutsideMargin = Size / 10

// Errors returned by AddStrokes, wrapped with the position of the offending
// stroke or point; test for them with errors.Is.
var (
	ErrNotFinite      = errors.New("pad: coordinate is NaN or infinite")
	ErrOutside        = errors.New("pad: coordinate is far outside the pad")
	ErrEmptyStroke    = errors.New("pad: stroke has no points")
	ErrTooManyStrokes = errors.New("pad: too many strokes")
	ErrTooManyPoints  = errors.New("pad: too many points")
)

// Point is a position on the pad, in pad units.
type Point struct{ X, Y float32 }

// Stroke is the polyline of one pen-down movement. Consecutive points are
// joined by straight segments when rendered, so a stroke sampled sparsely
// (a fast mouse at 60 samples per second) still renders as a continuous line.
// A stroke of a single point is a dot.
type Stroke []Point

// Drawing holds the strokes drawn on the pad. The zero value is an empty
// drawing ready to use. A Drawing is not safe for concurrent use.
//
// Every stored point is finite and lies within [0, Size] on both axes:
// interactive input is clamped onto the pad and non-finite input is dropped,
// so the renderers never have to guard against bad coordinates.
type Drawing struct {
	strokes []Stroke
	points  int  // total number of points, to enforce MaxPoints cheaply
	open    bool // the last stroke is still being drawn
	version uint64
}

// Version returns a counter that grows whenever the ink changes. Callers that
// recompute something from the drawing (a prediction, a texture) compare it
// with the version they last used, and skip the work when it is unchanged.
func (d *Drawing) Version() uint64 { return d.version }

// Empty reports whether the drawing has no points.
func (d *Drawing) Empty() bool { return d.points == 0 }

// Len returns the number of strokes and the total number of points.
func (d *Drawing) Len() (strokes, points int) { return len(d.strokes), d.points }

// BeginStroke starts a new stroke at p, ending any stroke still open.
//
// p is clamped onto the pad; a point with a NaN or infinite coordinate is
// ignored, as is a new stroke once the drawing holds MaxStrokes strokes or
// MaxPoints points. Input is never an error here: a pointer can leave the pad
// or produce nonsense, and the drawing simply keeps what it can use.
func (d *Drawing) BeginStroke(p Point) {
	d.open = false
	p, ok := clampPoint(p)
	if !ok || len(d.strokes) >= MaxStrokes || d.points >= MaxPoints {
		return
	}
	d.strokes = append(d.strokes, Stroke{p})
	d.points++
	d.open = true
	d.version++
}

// ExtendStroke appends p to the open stroke. Points are joined with straight
// segments, so callers pass raw input samples however far apart they are.
//
// If no stroke is open, ExtendStroke begins one: a press that the input
// sampling missed should not lose the stroke. A point equal to the previous
// one (a pointer held still) is dropped, so it neither grows the drawing nor
// changes its Version. Clamping and limits are as for BeginStroke.
func (d *Drawing) ExtendStroke(p Point) {
	if !d.open {
		d.BeginStroke(p)
		return
	}
	p, ok := clampPoint(p)
	if !ok || d.points >= MaxPoints {
		return
	}
	s := &d.strokes[len(d.strokes)-1]
	if (*s)[len(*s)-1] == p {
		return
	}
	*s = append(*s, p)
	d.points++
	d.version++
}

// EndStroke closes the open stroke, if any. The next ExtendStroke starts a
// new stroke. It does not change the ink, so it leaves Version alone.
func (d *Drawing) EndStroke() { d.open = false }

// Clear removes all strokes. Clearing an empty drawing changes nothing and
// leaves Version alone. The storage is kept for reuse.
func (d *Drawing) Clear() {
	d.open = false
	if len(d.strokes) == 0 {
		return
	}
	clear(d.strokes) // drop references so the point slices can be collected
	d.strokes = d.strokes[:0]
	d.points = 0
	d.version++
}

// Strokes returns a copy of the strokes, which the caller may keep and
// modify. It allocates; the renderers read the strokes directly instead.
func (d *Drawing) Strokes() []Stroke {
	if len(d.strokes) == 0 {
		return nil
	}
	pts := make([]Point, 0, d.points)
	out := make([]Stroke, len(d.strokes))
	for i, s := range d.strokes {
		pts = append(pts, s...)
		out[i] = pts[len(pts)-len(s) : len(pts) : len(pts)]
	}
	return out
}

// Export returns the strokes in the plain form AddStrokes accepts, so a
// drawing can be saved (for example as JSON) and replayed.
func (d *Drawing) Export() [][][2]float32 {
	out := make([][][2]float32, len(d.strokes))
	for i, s := range d.strokes {
		out[i] = make([][2]float32, len(s))
		for j, p := range s {
			out[i][j] = [2]float32{p.X, p.Y}
		}
	}
	return out
}

// AddStrokes appends strokes given as lists of [x, y] pairs in pad units, for
// tests, automation and replaying saved drawings. Adding strokes closes any
// open stroke; adding none changes nothing.
//
// The input is checked as a whole before anything is added, so on error the
// drawing is unchanged. It returns an error wrapping
//   - ErrNotFinite if a coordinate is NaN or infinite,
//   - ErrOutside if a coordinate lies more than OutsideMargin outside the pad
//     (coordinates within the margin are clamped onto the pad edge),
//   - ErrEmptyStroke if a stroke has no points,
//   - ErrTooManyStrokes or ErrTooManyPoints if the drawing would then hold
//     more than MaxStrokes strokes or MaxPoints points.
//
// Unlike ExtendStroke, AddStrokes keeps repeated points as given.
func (d *Drawing) AddStrokes(strokes [][][2]float32) error {
	if len(d.strokes)+len(strokes) > MaxStrokes {
		return fmt.Errorf("%w: %d strokes would exceed the limit of %d", ErrTooManyStrokes, len(d.strokes)+len(strokes), MaxStrokes)
	}
	total := d.points
	for i, s := range strokes {
		if len(s) == 0 {
			return fmt.Errorf("%w: stroke %d", ErrEmptyStroke, i)
		}
		total += len(s)
		if total > MaxPoints {
			return fmt.Errorf("%w: more than the limit of %d at stroke %d", ErrTooManyPoints, MaxPoints, i)
		}
		for j, xy := range s {
			for _, v := range xy {
				f := float64(v)
				switch {
				case math.IsNaN(f) || math.IsInf(f, 0):
					return fmt.Errorf("%w: stroke %d, point %d is (%g, %g)", ErrNotFinite, i, j, xy[0], xy[1])
				case f < -OutsideMargin || f > Size+OutsideMargin:
					return fmt.Errorf("%w: stroke %d, point %d is (%g, %g), outside [%d, %d]", ErrOutside, i, j, xy[0], xy[1], -OutsideMargin, Size+OutsideMargin)
				}
			}
		}
	}
	if len(strokes) == 0 {
		return nil
	}
	d.open = false
	for _, s := range strokes {
		st := make(Stroke, len(s))
		for j, xy := range s {
			st[j], _ = clampPoint(Point{xy[0], xy[1]})
		}
		d.strokes = append(d.strokes, st)
	}
	d.points = total
	d.version++
	return nil
}

// clampPoint moves p onto the pad. It reports false if p has a NaN or
// infinite coordinate, which no clamping can repair.
func clampPoint(p Point) (Point, bool) {
	if !finite(p.X) || !finite(p.Y) {
		return p, false
	}
	return Point{min(max(p.X, 0), Size), min(max(p.Y, 0), Size)}, true
}

func finite(v float32) bool {
	f := float64(v)
	return !math.IsNaN(f) && !math.IsInf(f, 0)
}
