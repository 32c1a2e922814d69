package main

import (
	"slices"
	"testing"
)

// A family's numeric fault spans a range: over its draws, each numeric key
// it breaks takes two values or more, or is always switched off ("0"),
// so no family tests a single sweet spot.
func TestNewcomerRanges(t *testing.T) {
	numeric := []string{"hidden", "dropout", "lr", "momentum", "l2", "clip", "batch", "train"}
	values := map[string]map[string]map[string]bool{} // family, key, value
	for i := range 3000 {
		c := drawNewcomer(7, i)
		f, _ := findFault(newcomers, c.Fault)
		for _, key := range f.breaks {
			if !slices.Contains(numeric, key) {
				continue
			}
			if values[f.name] == nil {
				values[f.name] = map[string]map[string]bool{}
			}
			if values[f.name][key] == nil {
				values[f.name][key] = map[string]bool{}
			}
			values[f.name][key][c.Config.Value(key)] = true
		}
	}
	checked := 0
	for name, keys := range values {
		for key, vs := range keys {
			checked++
			if len(vs) < 2 && !vs["0"] {
				t.Errorf("%s: %s takes only %v", name, key, vs)
			}
		}
	}
	if checked == 0 {
		t.Error("no family breaks a numeric key")
	}
}
