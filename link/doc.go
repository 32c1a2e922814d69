// Package link reads and writes everything a Digit Lab address carries:
// the config of the first run (every key of nn.Keys, or a preset and the
// keys that change it), the runs of a shared comparison and its pinned
// baseline, and the warnings the app shows for what it could not use.
//
//	?preset=fail-zeros&seed=2
//	?hidden=256&act=elu&runs=AQ...&pin=1
//
// The page reads its own location.search with Parse; the desktop app reads
// its -config flag the same way; Query writes what the Compare tab's Share
// link button puts in the address bar, and Parse reads it back.
//
// # Hostile addresses
//
// An address is user input that anybody can craft. Parse never fails and
// never panics: what it cannot use becomes a warning and the rest of the
// address still counts, so one typo does not throw away a shared link. It
// takes time linear in the query's length and bounds its work before doing
// it: at most MaxParams parameters are read, a value longer than MaxValue
// (runs: its own bound) is rejected before it is decoded, and a warning
// quotes at most a short prefix of what it rejects.
package link
