package main

import (
	"flag"
	"fmt"
	"io"

	"digitlab/pad/drawset"
)

// halvedSet is one of drawset's sets in two halves (drawset.Tune and
// drawset.Held): its name, and how to draw a half's digits and its
// verdict set's digits and non-digits.
type halvedSet struct {
	name                     string
	digits, vdigits, vothers func(seed uint64, n int, h drawset.Half) []drawset.Sample
}

// sealedSet is drawset's sealed sets, written before anyone tuned reading
// or the verdict on them.
var sealedSet = halvedSet{"sealed", drawset.SealedDigits, drawset.SealedVDigits, drawset.SealedVOthers}

// outsideSet is drawset's outside sets, written after every other set had
// been looked at or measured, by someone who tuned nothing on them.
var outsideSet = halvedSet{"outside", drawset.OutsideDigits, drawset.OutsideVDigits, drawset.OutsideVOthers}

// writersSet is drawset's writers sets, drawn by synthetic writers
// through a motor model, which nobody ran a classifier on before they
// were measured.
var writersSet = halvedSet{"writers", drawset.WritersDigits, drawset.WritersVDigits, drawset.WritersVOthers}

// strangersSet is drawset's strangers sets, written without reading any
// other set's families, which nobody ran a classifier on before they
// were measured.
var strangersSet = halvedSet{"strangers", drawset.StrangersDigits, drawset.StrangersVDigits, drawset.StrangersVOthers}

// passersbySet is drawset's passersby sets, people in a hurry drawing on
// a web page, written without reading any other set's families, which
// nobody ran a classifier on before they were measured.
var passersbySet = halvedSet{"passersby", drawset.PassersbyDigits, drawset.PassersbyVDigits, drawset.PassersbyVOthers}

// guestsSet is drawset's guests sets, people the other sets may not have
// drawn (a thumb on a phone, children, a shaking hand, left-handers, tiny
// or oversized drawings), written without reading any other set's
// families, which nobody ran a classifier on before they were measured.
var guestsSet = halvedSet{"guests", drawset.GuestsDigits, drawset.GuestsVDigits, drawset.GuestsVOthers}

// touristsSet is drawset's tourists sets, people from many countries
// writing digits as their schools taught them, with a mouse, a stylus, a
// finger or a touchpad, written without reading any other set's
// families, which nobody ran a classifier on before they were measured.
var touristsSet = halvedSet{"tourists", drawset.TouristsDigits, drawset.TouristsVDigits, drawset.TouristsVOthers}

// fontsSet is drawset's fonts sets, drawn from the Hershey and DejaVu
// font files f was loaded from, which nobody ran a classifier on before
// they were measured.
func fontsSet(f *drawset.Fonts) halvedSet {
	return halvedSet{"fonts", f.Digits, f.VDigits, f.VOthers}
}

// handsSet is drawset's hands sets, traced from the handwriting fonts f
// was loaded from, which nobody ran a classifier on before they were
// measured.
func handsSet(f *drawset.Hands) halvedSet {
	return halvedSet{"hands", f.Digits, f.VDigits, f.VOthers}
}

// scribesSet is drawset's scribes sets, traced from the handwriting fonts
// f was loaded from, which nobody ran a classifier on before they were
// measured.
func scribesSet(f *drawset.Scribes) halvedSet {
	return halvedSet{"scribes", f.Digits, f.VDigits, f.VOthers}
}

// loader makes a halvedSet's loader from drawset's loader of its font
// files and the function that makes the set from what it loads.
func loader[T any](load func() (T, error), set func(T) halvedSet) func() (halvedSet, error) {
	return func() (halvedSet, error) {
		f, err := load()
		if err != nil {
			return halvedSet{}, err
		}
		return set(f), nil
	}
}

// loadIfAsked loads the set with load if any of its flags asks for it,
// so that a run that does not read the set needs none of its font files.
// An error names the flag.
func (s *halvedFlags) loadIfAsked(load func() (halvedSet, error)) error {
	if !s.asked() {
		return nil
	}
	set, err := load()
	if err != nil {
		return fmt.Errorf("-%s: %w", s.set.name, err)
	}
	s.set = set
	return nil
}

// asked reports whether any of the set's flags is set.
func (s halvedFlags) asked() bool { return s.tune || s.held || s.verdict != "" }

// halvedFlags are the flags of a halvedSet named NAME: -NAME and
// -NAME-held read the digits of its drawn-digit set's tuning and held-out
// halves, reported as the unseen halves are; -vNAME measures the verdict
// on a half of its verdict set, reported as -vunseen is. The tuning
// halves may be looked at while tuning; the held-out halves are measured
// once, at the end.
type halvedFlags struct {
	set        halvedSet
	tune, held bool
	verdict    string // "", "tuning" or "held-out"
}

// halves are the values of -vNAME.
var halves = map[string]drawset.Half{"tuning": drawset.Tune, "held-out": drawset.Held}

func (s *halvedFlags) register(fs *flag.FlagSet) {
	name := s.set.name
	fs.BoolVar(&s.tune, name, false, fmt.Sprintf("also read the digits of the %s set's tuning half", name))
	fs.BoolVar(&s.held, name+"-held", false, fmt.Sprintf("also read the digits of the %s set's held-out half (report with it, never tune on it)", name))
	fs.StringVar(&s.verdict, "v"+name, "", fmt.Sprintf("with -verdict, also measure it on a half of drawset's %s verdict set: tuning, or held-out (report with it, never tune on it)", name))
}

// check refuses a -vNAME that is not a half, or without -verdict, or with
// -json, which the report it prints has no form for.
func (s halvedFlags) check(verdict, asJSON bool) error {
	if _, ok := halves[s.verdict]; s.verdict != "" && (!ok || !verdict || asJSON) {
		return fmt.Errorf("-v%s %q: want tuning or held-out, with -verdict and without -json", s.set.name, s.verdict)
	}
	return nil
}

// sets are the halves asked for, as parts read and exported as the unseen
// halves are.
func (s halvedFlags) sets(seed uint64, n int) unseenSets {
	name := s.set.name
	half := func(h drawset.Half) func() []drawset.Sample {
		return func() []drawset.Sample { return s.set.digits(seed, n, h) }
	}
	return digitHalves(
		digitHalf{s.tune, name + " tuning half", name + "-tuning", half(drawset.Tune)},
		digitHalf{s.held, name + " held-out half (report only)", name + "-held-out", half(drawset.Held)})
}

// digitHalf is a half of a drawn-digit set that a flag asks for: name is
// its row in the report, part its name in the -export file, draw makes
// its drawings.
type digitHalf struct {
	on         bool
	name, part string
	draw       func() []drawset.Sample
}

// digitHalves prepares the halves asked for, in order.
func digitHalves(hs ...digitHalf) unseenSets {
	var out unseenSets
	for _, h := range hs {
		if h.on {
			out = append(out, unseenSet{h.name, h.part, prepare(h.draw())})
		}
	}
	return out
}

// printVerdict prints the verdict on the -vNAME half, if one is asked
// for: n digits and n/2 non-digits.
func (s halvedFlags) printVerdict(w io.Writer, seed uint64, n int) {
	if s.verdict == "" {
		return
	}
	h := halves[s.verdict]
	printVUnseen(w, measureVSet(s.set.name+" verdict set", s.verdict, s.set.vdigits(seed, n, h), s.set.vothers(seed, n/2, h)))
}
