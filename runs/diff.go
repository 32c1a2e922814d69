package runs

import "digitlab/nn"

// Diff lists what differs from base to other, one short item per config
// key in the order of nn.ConfigKeys(), such as
//
//	[]string{"hidden 128→256x128", "act relu→elu", "lr 0.001→0.1"}
//
// Values are written as in the compact config string, except nesterov,
// which reads "off" or "on". Momentum and nesterov are listed only when
// either config uses the momentum optimizer: no other optimizer reads
// them, and a table row should show only changes that change training.
// Diff is empty when the configs are equal.
func Diff(base, other nn.Config) []string {
	usesMomentum := base.Optimizer == nn.OptMomentum || other.Optimizer == nn.OptMomentum
	out := []string{}
	for _, k := range nn.ConfigKeys() {
		a, b := base.Value(k), other.Value(k)
		if a == b {
			continue
		}
		switch k {
		case "momentum", "nesterov":
			if !usesMomentum {
				continue
			}
		}
		if k == "nesterov" {
			a, b = onOff(base.Nesterov), onOff(other.Nesterov)
		}
		out = append(out, k+" "+a+"→"+b)
	}
	return out
}

func onOff(on bool) string {
	if on {
		return "on"
	}
	return "off"
}
