package game

import (
	"digitlab/link"
	"digitlab/nn"
	"digitlab/runs"
)

// ShareQuery is the query string of a link to cfg and the compared runs
// rs with run pinned as the baseline (see link.Query).
func ShareQuery(cfg nn.Config, rs []runs.Run, pinned int) string { return link.Query(cfg, rs, pinned) }

// OptionsFromQuery reads a page's address (see link.Parse) into the
// options of a new App.
func OptionsFromQuery(query string) Options {
	l := link.Parse(query)
	return Options{Config: l.Config, Warnings: l.Warnings, Shared: l.Shared, SharedPin: l.Pin}
}
