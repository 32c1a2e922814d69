package main

import "slices"

// collection is a catalogue of faults with the way a benchmark draws its
// cases and splits them into a tuning part and a held-out part.
type collection struct {
	faults []fault
	draw   func(seed uint64, i int) Case
	// heldOut reports whether a case belongs to the held-out part.
	heldOut func(Case) bool
	// tuning and held name the two parts in the report.
	tuning, held string
}

// collections are the catalogues -catalogue chooses from: main, written
// with the rules and split by case number, and outsiders, newcomers,
// strangers, visitors, travellers, wanderers and drifters, each written
// without reading the rules or the catalogues before it and split by
// family.
var collections = map[string]collection{
	"main": {
		faults: catalogue, draw: drawCase,
		heldOut: func(c Case) bool { return c.Index%2 == 1 },
		tuning:  "tuning (even cases)", held: "held-out (odd cases)",
	},
	"outsiders": {
		faults: outsiders, draw: drawOutsider,
		heldOut: func(c Case) bool { f, _ := findFault(outsiders, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
	"newcomers": {
		faults: newcomers, draw: drawNewcomer,
		heldOut: func(c Case) bool { f, _ := findFault(newcomers, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
	"strangers": {
		faults: strangerFaults, draw: drawStranger,
		heldOut: func(c Case) bool { f, _ := findFault(strangerFaults, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
	"visitors": {
		faults: visitorFaults, draw: drawVisitor,
		heldOut: func(c Case) bool { f, _ := findFault(visitorFaults, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
	"travellers": {
		faults: travellerFaults, draw: drawTraveller,
		heldOut: func(c Case) bool { f, _ := findFault(travellerFaults, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
	"wanderers": {
		faults: wandererFaults, draw: drawWanderer,
		heldOut: func(c Case) bool { f, _ := findFault(wandererFaults, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
	"drifters": {
		faults: drifterFaults, draw: drawDrifter,
		heldOut: func(c Case) bool { f, _ := findFault(drifterFaults, c.Fault); return f.held },
		tuning:  "tuning (families not held out)", held: "held-out (held-out families)",
	},
}

// collectionNames lists the names of the collections, sorted.
func collectionNames() []string {
	var names []string
	for name := range collections {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// findFault returns the fault of faults called name.
func findFault(faults []fault, name string) (fault, bool) {
	i := slices.IndexFunc(faults, func(f fault) bool { return f.name == name })
	if i < 0 {
		return fault{}, false
	}
	return faults[i], true
}

// split returns the tuning part and the held-out part of rs.
func (col collection) split(rs []Result) (tune, held []Result) {
	for _, r := range rs {
		if col.heldOut(r.Case) {
			held = append(held, r)
		} else {
			tune = append(tune, r)
		}
	}
	return tune, held
}
