package ui

import (
	"net/url"
	"slices"

	"digitlab/nn"
	"digitlab/trainer"
)

// ChangeCommand returns the command that takes the trainer from the config
// it runs (old) to new, and false if there is nothing to do. Settings that
// a running network can take on the fly (learning rate, momentum, dropout,
// L2) go live, so the curves continue; anything else (shape,
// initialization, activation, optimizer, batch, training set, seed) starts
// a new run, training if training is true. A run that has diverged or
// finished cannot continue, so a live change restarts it too.
func ChangeCommand(old, new nn.Config, run string, training bool) (trainer.Command, bool) {
	if old.Equal(new) {
		return trainer.Command{}, false
	}
	if nn.CanChangeLive(old, new) && (run == trainer.RunTraining || run == trainer.RunPaused) {
		return trainer.Command{Op: trainer.OpLive, Config: new.String()}, true
	}
	return trainer.Command{Op: trainer.OpStart, Config: new.String(), On: training}, true
}

// ConfigWarnings turns the errors of nn.ParseConfigLenient into the lines
// of the startup banner, saying what is used instead:
//
//	lr=banana: not a number — using the default 0.001
func ConfigWarnings(errs []*nn.FieldError) []string {
	defaults, _ := url.ParseQuery(nn.DefaultConfig().String())
	var out []string
	for _, e := range errs {
		msg := e.Error()
		switch {
		case e.Msg == "given twice": // the first value stands
			msg += " — ignored"
		case slices.Contains(nn.ConfigKeys, e.Field):
			msg += " — using the default " + defaults.Get(e.Field)
		default:
			msg += " — ignored"
		}
		out = append(out, msg)
	}
	return out
}
