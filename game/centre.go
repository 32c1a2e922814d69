package game

import "digitlab/link"

// OptionsFromQuery reads a page's address (see link.Parse) into the
// options of a new App.
func OptionsFromQuery(query string) Options {
	l := link.Parse(query)
	return Options{Config: l.Config, Warnings: l.Warnings, Shared: l.Shared, SharedPin: l.Pin}
}
