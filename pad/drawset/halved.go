package drawset

import (
	"fmt"
	"math/rand/v2"
)

// Half selects a half of a set drawn in two halves: Tune, which may be
// looked at and tuned on, or Held, which is measured once. Each set
// names them after itself (SealedTune and SealedHeld, ...), where its
// doc tells what its halves hold and which seeds they are drawn from.
type Half int

// Tune and Held are the two halves of every set in two halves.
const (
	Tune Half = iota
	Held
)

// halfDrawer draws a half of a set in two halves from a PCG seed: n
// digits, the labels in turn, or n non-digits, the families in turn,
// drawing i depending only on the seed, the half and i; and lists the
// half's families and pens (see Halves.Families).
type halfDrawer interface {
	digitSet(ps uint64, n int, h Half) []Sample
	otherSet(ps uint64, n int, h Half) []Sample
	families(h Half) []string
}

// Halves is a set drawn in two halves, each from seeds of its own: a
// drawn-digit set whose tuning half is drawn from the seed plus reading
// times HeldOutSeedBase and a verdict set (its digits, the controls
// beside its non-digits, and its non-digits) from verdict times it, each
// held-out half from the next multiple, so that no drawing is in two
// sets or halves. Every set in two halves but the blind and unseen ones
// hands out its drawings through one, so that they all take their seeds
// and refuse a half or seed alike.
type Halves struct {
	name             string // the set's name, for halfSeed's panics
	reading, verdict uint64
	drawer           halfDrawer
}

// Digits returns n drawn digits of half h of the set's drawn-digit set,
// the labels in turn 0, 1, ..., 9, 0, .... Drawing i depends only on
// (seed, h, i), so a larger n extends a smaller set. It panics if seed
// is not below HeldOutSeedBase or h is neither Tune nor Held.
func (s Halves) Digits(seed uint64, n int, h Half) []Sample {
	return s.drawer.digitSet(halfSeed(seed, int(h), s.reading, s.name), n, h)
}

// VDigits returns n drawn digits of half h of the set's verdict set, the
// controls beside its non-digits: the drawn-digit set's families and
// pens, from the verdict set's own seeds, so no drawing is in both sets.
func (s Halves) VDigits(seed uint64, n int, h Half) []Sample {
	return s.drawer.digitSet(halfSeed(seed, int(h), s.verdict, s.name), n, h)
}

// VOthers returns n drawings of half h of the set's verdict set that are
// not digits, the families in turn, from the verdict set's seeds.
func (s Halves) VOthers(seed uint64, n int, h Half) []Sample {
	return s.drawer.otherSet(halfSeed(seed, int(h), s.verdict, s.name), n, h)
}

// Families returns the digit families ("4/open"), non-digit families and
// pens ("pen " and its name) that half h of the set draws, in that
// order: the names its reports group by. The drawn-digit set draws its
// digit families and pens; the verdict set all of them.
func (s Halves) Families(h Half) []string { return s.drawer.families(h) }

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
func (s wholeSet) digitSet(ps uint64, n int, _ Half) []Sample {
	return digitsInTurn(ps, n, HeldOut, s.digits, s.pens, func(sh shape, pn pen, r *rand.Rand) [][][2]float32 {
		return s.strokes(sh, pn, r, 1)
	})
}

// otherSet draws n non-digits from PCG seed ps (as othersInTurn does).
func (s wholeSet) otherSet(ps uint64, n int, _ Half) []Sample {
	return othersInTurn(ps, n, HeldOut, s.others, s.pens, func(sh shape, pn pen, r *rand.Rand) [][][2]float32 {
		return s.strokes(sh, pn, r, uni(r, s.otherWidth[0], s.otherWidth[1]))
	})
}

// families lists every family and pen of the set, the same in both
// halves.
func (s wholeSet) families(Half) []string { return familyNames(s.digits, s.others, s.pens) }
