package ui

import "testing"

// Every tab has a name and a label, and no two tabs share either: the
// tables are keyed by the constants, so a tab added to the enum but not to
// them shows up here.
func TestTabNamesAndLabels(t *testing.T) {
	names, labels := map[string]Tab{}, map[string]Tab{}
	for tab := Tab(0); tab < NumTabs; tab++ {
		for _, c := range []struct {
			what string
			s    string
			seen map[string]Tab
		}{{"name", TabNames[tab], names}, {"label", TabLabels[tab], labels}} {
			if c.s == "" {
				t.Errorf("tab %d has no %s", tab, c.what)
				continue
			}
			if other, ok := c.seen[c.s]; ok {
				t.Errorf("tabs %d and %d share the %s %q", other, tab, c.what, c.s)
			}
			c.seen[c.s] = tab
		}
	}
}
