package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"

	"digitlab/pad/drawset"
)

// validSeed and validPerFamily make the validation drawings of -valid: a
// stream of their own, so that they are never the drawings a network
// learns from even when no family is held out.
const (
	validSeed      = 1 << 20
	validPerFamily = 200
)

// writeValidation writes validPerFamily drawings of each family in hold,
// as a JSON list of drawset.Sample, for calibrate -extra: generated
// families kept out of training measure how far what the networks learn
// from the other families carries to kinds of drawing they never saw.
func writeValidation(path string, hold map[string]bool, trial bool) error {
	if len(hold) == 0 {
		return fmt.Errorf("-valid needs -hold")
	}
	var names []string
	for n := range hold {
		names = append(names, n)
	}
	sort.Strings(names)
	all := families(nil, trial)
	var out []drawset.Sample
	for i, name := range names {
		var f family
		for _, g := range all {
			if g.name == name {
				f = g
			}
		}
		r := rand.New(rand.NewPCG(validSeed, uint64(i)))
		for range validPerFamily {
			out = append(out, drawset.Sample{Label: -1, Family: "gen/" + name, Pen: "hand", Strokes: drawn(f, r)})
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
