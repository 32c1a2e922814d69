package link

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"digitlab/nn"
	"digitlab/runs"
)

// Keys of the address that are not config keys.
const (
	// RunsKey carries the compared runs (runs.Encode).
	RunsKey = "runs"
	// PinKey is the position, from 1, of the pinned baseline among them.
	PinKey = "pin"
)

// Bounds of what Parse reads.
const (
	// MaxParams is the most parameters read: a full config, a preset,
	// runs and pin are 15; anything past MaxParams is ignored, with a
	// warning.
	MaxParams = 32
	// MaxValue is the longest parameter (key=value, escaped) other than
	// runs: the longest valid one, hidden=1024x1024x1024x1024, is 26.
	MaxValue = 256
	// MaxRuns is the longest runs parameter, escaped: runs.Decode's own
	// bound with room for percent-escapes.
	MaxRuns = 3 * (16 << 10)
)

// Link is what an address says.
type Link struct {
	// Config is the first run's config: defaults, or the preset, changed
	// by the keys given. It is always valid.
	Config nn.Config
	// Shared are the runs of a shared comparison, in the order shared.
	Shared []runs.Run
	// Pin is the position in Shared, from 1, of the baseline the sharer
	// had pinned; 0 for none.
	Pin int
	// Warnings say what was not used and what stands instead, one line
	// each: "lr=banana: not a number — using the default 0.001".
	Warnings []string
}

// Parse reads a query string, with or without its "?". See the package
// documentation for what it does with bad input.
func Parse(query string) Link {
	query = strings.TrimPrefix(query, "?")
	var l Link
	var config []string
	var shared, pin string
	params, tooMany := 0, false
	for part := range strings.SplitSeq(query, "&") {
		if part == "" {
			continue
		}
		if params++; params > MaxParams {
			tooMany = true
			break
		}
		key, value, _ := strings.Cut(part, "=")
		limit := MaxValue
		if key == RunsKey {
			limit = MaxRuns
		}
		if len(part) > limit {
			l.Warnings = append(l.Warnings, fmt.Sprintf("%s: %d characters long, at most %d allowed — ignored", nn.Abbreviate(key), len(part), limit))
			continue
		}
		switch key {
		case RunsKey:
			shared = value
		case PinKey:
			pin = value
		default:
			config = append(config, part)
		}
	}
	cfg, errs := nn.ParseConfigLenient(strings.Join(config, "&"))
	l.Config = cfg
	l.Warnings = append(l.Warnings, Warnings(cfg, errs)...)
	if shared != "" {
		if v, err := url.QueryUnescape(shared); err == nil {
			shared = v
		}
		rs, err := runs.Decode(shared)
		if err != nil {
			l.Warnings = append(l.Warnings, "runs: "+err.Error()+" — the shared runs are not shown")
		} else {
			l.Shared = rs
		}
	}
	if pin != "" {
		l.Pin, l.Warnings = readPin(pin, len(l.Shared), l.Warnings)
	}
	if tooMany {
		l.Warnings = append(l.Warnings, fmt.Sprintf("the address has more than %d parameters — the rest are ignored", MaxParams))
	}
	return l
}

// readPin reads the pin parameter for n shared runs.
func readPin(pin string, n int, warnings []string) (int, []string) {
	k, err := strconv.Atoi(pin)
	switch {
	case err != nil:
		return 0, append(warnings, fmt.Sprintf("pin=%s: not a run number — nothing pinned", nn.Abbreviate(pin)))
	case k < 1 || k > n:
		runsWord := "runs"
		if n == 1 {
			runsWord = "run"
		}
		return 0, append(warnings, fmt.Sprintf("pin=%d: the link shares %d %s — nothing pinned", k, n, runsWord))
	}
	return k, warnings
}

// Query is the query string (without "?") of a link to cfg and the
// compared runs rs: every config key (so that the link means the same
// when defaults change), then runs=... (see runs.Encode) and, when the
// run pinned (an ID, 0 for none) is among rs, pin=<its position in rs from
// 1>. Parse reads it back.
func Query(cfg nn.Config, rs []runs.Run, pinned int) string {
	q := cfg.String()
	if len(rs) > 0 {
		q += "&" + RunsKey + "=" + runs.Encode(rs)
	}
	for i, r := range rs {
		if pinned != 0 && r.ID == pinned {
			q += "&" + PinKey + "=" + strconv.Itoa(i+1)
			break
		}
	}
	return q
}

// Warnings turns the errors of nn.ParseConfigLenient into lines that say
// what cfg, the config it returned, uses instead:
//
//	lr=banana: not a number — using the default 0.001
//	lr=banana: not a number — using 0.1 (the preset's)
func Warnings(cfg nn.Config, errs []*nn.FieldError) []string {
	def := nn.DefaultConfig()
	keys := nn.ConfigKeys()
	var out []string
	for _, e := range errs {
		msg := e.Error()
		switch {
		case e.Msg == "given twice": // the first value stands
			msg += " — ignored"
		case !slices.Contains(keys, e.Field):
			msg += " — ignored"
		case cfg.Value(e.Field) == def.Value(e.Field):
			msg += " — using the default " + def.Value(e.Field)
		default:
			msg += " — using " + cfg.Value(e.Field) + " (the preset's)"
		}
		out = append(out, msg)
	}
	return out
}
