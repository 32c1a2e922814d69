package main

import (
	"encoding/json"
	"os"

	"digitlab/pad"
	"digitlab/pad/drawset"
)

// drawn is a generated drawing with what the pad makes of it, which does
// not depend on the network: the 28x28 image and the verdict.
type drawn struct {
	drawset.Sample
	img [pad.NetPixels]float32
	d   *pad.Drawing
	ok  bool // Preprocess found something to read
	j   pad.Judgement
}

// sets are the groups of drawings a report covers. othersFinal, the
// non-digits of part Final, and digitsFresh, the digits of part Fresh, are
// empty unless asked for.
type sets struct {
	digitsTune, digitsHeld, digitsFresh, othersTune, othersHeld, othersFinal []drawn
	// vblindDigits and vblindOthers are one half of drawset's blind set
	// (vblindHalf, "tuning" or "held-out"), empty unless asked for.
	vblindHalf                 string
	vblindDigits, vblindOthers []drawn
	// blindTune and blindHeld are the digits of drawset's blind halves,
	// empty unless asked for (-blind, -blind-held).
	blindTune, blindHeld []drawn
	// views: read each drawing as the page does, through pad.Reader's
	// views; false reads Preprocess's one image.
	views bool
}

// vblindHalves are the values of -vblind.
var vblindHalves = map[string]drawset.Half{"tuning": drawset.BlindTuning, "held-out": drawset.BlindHeldOut}

// addVerdictBlind fills in a half of the blind set: n digits and n/4 non-digits.
func (s *sets) addVerdictBlind(seed uint64, n int, half string) {
	h := vblindHalves[half]
	s.vblindHalf = half
	s.vblindDigits = prepare(drawset.BlindDigits(seed, n, h))
	s.vblindOthers = prepare(drawset.BlindOthers(seed, n/4, h))
}

func makeSets(seed uint64, n int, final, fresh bool) sets {
	s := sets{
		digitsTune: prepare(drawset.Digits(seed, n, drawset.Tuning)),
		digitsHeld: prepare(drawset.Digits(seed, n, drawset.HeldOut)),
		othersTune: prepare(drawset.Others(seed, n/4, drawset.Tuning)),
		othersHeld: prepare(drawset.Others(seed, n/4, drawset.HeldOut)),
	}
	if final {
		s.othersFinal = prepare(drawset.Others(seed, n/4, drawset.Final))
	}
	if fresh {
		s.digitsFresh = prepare(drawset.Digits(seed, n, drawset.Fresh))
	}
	return s
}

// addBlind adds the digits of drawset's blind halves that are asked for.
func (s *sets) addBlind(seed uint64, n int, tune, held bool) {
	if tune {
		s.blindTune = prepare(drawset.Digits(seed, n, drawset.BlindTune))
	}
	if held {
		s.blindHeld = prepare(drawset.Digits(seed, n, drawset.BlindHeld))
	}
}

// prepare replays each drawing through the pad as drawStrokes does.
func prepare(ss []drawset.Sample) []drawn {
	check := pad.NewChecker()
	out := make([]drawn, len(ss))
	for i, s := range ss {
		out[i].Sample = s
		d := new(pad.Drawing)
		if err := d.AddStrokes(s.Strokes); err != nil {
			panic("padbench: the generator made a drawing the pad refuses: " + err.Error())
		}
		out[i].d = d
		out[i].ok = pad.Preprocess(d, &out[i].img)
		out[i].j = check.Check(&out[i].img, d)
	}
	return out
}

// exported is one drawing in the -export file.
type exported struct {
	Part    string         `json:"part"` // tuning, held-out, fresh, final, blind-tuning, blind-held-out, unseen-tuning, unseen-held-out, sealed-tuning or sealed-held-out
	Label   int            `json:"label"`
	Family  string         `json:"family"`
	Pen     string         `json:"pen"`
	HeldOut bool           `json:"heldOut"`
	Strokes [][][2]float32 `json:"strokes"`
}

// exportSets writes the drawings of s and of the unseen halves asked for,
// digits first, for e2e/padbench-web.mjs to replay in the page.
func exportSets(path string, s sets, unseen unseenSets) error {
	type group struct {
		part string
		ds   []drawn
	}
	groups := []group{{"tuning", s.digitsTune}, {"held-out", s.digitsHeld}, {"fresh", s.digitsFresh}, {"blind-tuning", s.blindTune}, {"blind-held-out", s.blindHeld}}
	for _, u := range unseen {
		groups = append(groups, group{u.part, u.ds})
	}
	groups = append(groups, group{"tuning", s.othersTune}, group{"held-out", s.othersHeld}, group{"final", s.othersFinal})
	var out []exported
	for _, g := range groups {
		for _, d := range g.ds {
			out = append(out, exported{g.part, d.Label, d.Family, d.Pen, d.HeldOut, d.Strokes})
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
