package nn

import (
	"fmt"
	"strings"
)

// Preset is a named experiment: a config and one line on what it shows.
type Preset struct {
	Name   string
	About  string
	Config Config
}

// Presets returns the named experiments: first the seed post's three
// examples, then a gallery of failures.
func Presets() []Preset {
	seed := DefaultConfig()
	elu := seed.Clone()
	elu.Activation = ActELU
	drop := seed.Clone()
	drop.Dropout = 0.2
	return []Preset{
		{"seed-glorot-relu", "The seed's first example: 784-128-10, ReLU, Glorot-uniform, Adam, batch 32. It trains well.", seed},
		{"seed-elu", "The seed's ELU variant: smooth negative side, no dead units, similar accuracy.", elu},
		{"seed-dropout", "The seed's dropout variant: 20% dropout narrows the train/validation gap.", drop},
	}
}

// PresetNames lists the names of Presets, in order.
func PresetNames() []string {
	var names []string
	for _, p := range Presets() {
		names = append(names, p.Name)
	}
	return names
}

// LookupPreset returns the preset of that name, or an error listing them.
func LookupPreset(name string) (Preset, error) {
	for _, p := range Presets() {
		if p.Name == name {
			return p, nil
		}
	}
	return Preset{}, fmt.Errorf("unknown preset %q (known: %s)", name, strings.Join(PresetNames(), ", "))
}
