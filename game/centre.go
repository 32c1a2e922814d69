package game

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"digitlab/nn"
	"digitlab/runs"
)

// runsKey and pinKey are the URL query keys of the compared runs and of
// the pinned baseline among them.
const (
	runsKey = "runs"
	pinKey  = "pin"
)

// ShareQuery is the URL query string (without "?") of a link to cfg and
// the compared runs rs: the config's keys, then runs=... (see
// runs.Encode) and, when run pinned (an ID, 0 for none) is among rs,
// pin=<its position in rs from 1>. OptionsFromQuery reads it back.
func ShareQuery(cfg nn.Config, rs []runs.Run, pinned int) string {
	q := cfg.String()
	if len(rs) > 0 {
		q += "&" + runsKey + "=" + runs.Encode(rs)
	}
	for i, r := range rs {
		if pinned != 0 && r.ID == pinned {
			q += "&" + pinKey + "=" + strconv.Itoa(i+1)
			break
		}
	}
	return q
}

// OptionsFromQuery reads a page's URL query string (with or without "?"):
// the first run's config, with a warning for each bad key, and the runs of
// a shared comparison and its baseline, with a warning if they cannot be
// read.
func OptionsFromQuery(query string) Options {
	query = strings.TrimPrefix(query, "?")
	var keep []string
	var shared, pin string
	for _, part := range strings.Split(query, "&") {
		switch k, v, _ := strings.Cut(part, "="); k {
		case runsKey:
			shared = v
		case pinKey:
			pin = v
		default:
			keep = append(keep, part)
		}
	}
	cfg, errs := nn.ParseConfigLenient(strings.Join(keep, "&"))
	opts := Options{Config: cfg, Warnings: ConfigWarnings(errs)}
	if shared != "" {
		if v, err := url.QueryUnescape(shared); err == nil {
			shared = v
		}
		rs, err := runs.Decode(shared)
		if err != nil {
			opts.Warnings = append(opts.Warnings, "runs: "+err.Error()+" — the shared runs are not shown")
		} else {
			opts.Shared = rs
		}
	}
	if pin != "" {
		k, err := strconv.Atoi(pin)
		switch {
		case err != nil:
			opts.Warnings = append(opts.Warnings, fmt.Sprintf("pin=%s: not a run number — nothing pinned", pin))
		case k < 1 || k > len(opts.Shared):
			runsWord := "runs"
			if len(opts.Shared) == 1 {
				runsWord = "run"
			}
			opts.Warnings = append(opts.Warnings, fmt.Sprintf("pin=%d: the link shares %d %s — nothing pinned", k, len(opts.Shared), runsWord))
		default:
			opts.SharedPin = k
		}
	}
	return opts
}
