package drawset

import (
	"fmt"
	"math/rand/v2"
)

// halfDrawer draws a set held out in two halves (h 0 its tuning half, 1
// its held-out half) from a PCG seed: n digits, the labels in turn 0, 1,
// ..., 9, 0, ... so that every digit counts the same, or n non-digits,
// the families in turn. Drawing i depends only on the seed, the half and
// i, so a larger n extends a smaller set.
type halfDrawer interface {
	digitSet(ps uint64, n, h int) []Sample
	otherSet(ps uint64, n, h int) []Sample
}

// halved is a set drawn in two halves, each from seeds of its own: a
// drawn-digit set whose tuning half is drawn from the seed plus reading
// times HeldOutSeedBase and a verdict set (its digits, the controls
// beside its non-digits, and its non-digits) from verdict times it, each
// held-out half from the next multiple, so that no drawing is in two
// sets or halves. Every set in two halves but the blind and unseen ones
// hands out its drawings through one, so that they all take their seeds
// and refuse a half or seed the same way.
type halved struct {
	name             string // the set's name, for halfSeed's panics
	reading, verdict uint64
	draw             halfDrawer
}

// digits returns n drawn digits of half h of the drawn-digit set. It
// panics if seed is not below HeldOutSeedBase or h is not 0 or 1.
func (s halved) digits(seed uint64, n, h int) []Sample {
	return s.draw.digitSet(halfSeed(seed, h, s.reading, s.name), n, h)
}

// vdigits returns n drawn digits of half h of the verdict set: the
// drawn-digit set's families and pens, from the verdict set's seeds.
func (s halved) vdigits(seed uint64, n, h int) []Sample {
	return s.draw.digitSet(halfSeed(seed, h, s.verdict, s.name), n, h)
}

// vothers returns n non-digits of half h of the verdict set.
func (s halved) vothers(seed uint64, n, h int) []Sample {
	return s.draw.otherSet(halfSeed(seed, h, s.verdict, s.name), n, h)
}

// halfSeed is the PCG seed of half h (0 tuning, 1 held-out) of a set whose
// tuning half is base times HeldOutSeedBase above the seed, so that sets
// with different bases share no seed. It panics on a seed that is not
// below HeldOutSeedBase or on a half that is neither; set names the set in
// that message.
func halfSeed(seed uint64, h int, base uint64, set string) uint64 {
	if seed >= HeldOutSeedBase {
		panic(fmt.Sprintf("drawset: seed %d is not below HeldOutSeedBase", seed))
	}
	if h != 0 && h != 1 {
		panic(fmt.Sprintf("drawset: %s half %d is neither its tuning nor its held-out half", set, h))
	}
	return seed + (base+uint64(h))*HeldOutSeedBase
}

// wholeSet is a set held out as a whole (the sealed, outside and unseen
// verdict sets): both halves draw every one of its digit and non-digit
// families and pens, from their own seeds, so every drawing's HeldOut is
// true. strokes turns a glyph-space shape into pad strokes with a pen, its
// width stretched by aspect on top of the placement's: 1 for a digit, from
// otherWidth[0] to otherWidth[1] for a non-digit.
type wholeSet struct {
	digits     []digitShape
	others     []otherShape
	pens       []pen
	strokes    func(s shape, pn pen, r *rand.Rand, aspect float64) [][][2]float32
	otherWidth [2]float64
}

// digitSet draws n digits from PCG seed ps (as digitsInTurn does); both
// halves draw alike.
func (s wholeSet) digitSet(ps uint64, n, _ int) []Sample {
	return digitsInTurn(ps, n, HeldOut, s.digits, s.pens, func(sh shape, pn pen, r *rand.Rand) [][][2]float32 {
		return s.strokes(sh, pn, r, 1)
	})
}

// otherSet draws n non-digits from PCG seed ps (as othersInTurn does).
func (s wholeSet) otherSet(ps uint64, n, _ int) []Sample {
	return othersInTurn(ps, n, HeldOut, s.others, s.pens, func(sh shape, pn pen, r *rand.Rand) [][][2]float32 {
		return s.strokes(sh, pn, r, uni(r, s.otherWidth[0], s.otherWidth[1]))
	})
}
