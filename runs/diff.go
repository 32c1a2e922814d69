package runs

import (
	"net/url"

	"digitlab/nn"
)

// Diff lists what differs from base to other, one short item per config
// key in the order of nn.ConfigKeys, such as
//
//	[]string{"hidden 128→256x128", "act relu→elu", "lr 0.001→0.1"}
//
// Values are written as in the compact config string, except nesterov,
// which reads "off" or "on". Momentum and nesterov are listed only when
// either config uses the momentum optimizer: no other optimizer reads
// them, and a table row should show only changes that change training.
// Diff is empty when the configs are equal.
func Diff(base, other nn.Config) []string {
	a, b := fields(base), fields(other)
	usesMomentum := base.Optimizer == nn.OptMomentum || other.Optimizer == nn.OptMomentum
	out := []string{}
	for _, k := range nn.ConfigKeys {
		if a[k] == b[k] {
			continue
		}
		switch k {
		case "momentum", "nesterov":
			if !usesMomentum {
				continue
			}
		}
		out = append(out, k+" "+a[k]+"→"+b[k])
	}
	return out
}

// fields returns the values of c's compact string by key, so that Diff
// writes every value the way the config string and the README do.
func fields(c nn.Config) map[string]string {
	q, _ := url.ParseQuery(c.String()) // String always writes a valid query
	m := make(map[string]string, len(q))
	for k, v := range q {
		m[k] = v[0]
	}
	if m["nesterov"] == "1" {
		m["nesterov"] = "on"
	} else {
		m["nesterov"] = "off"
	}
	return m
}
