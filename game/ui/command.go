package ui

import (
	"digitlab/nn"
	"digitlab/trainer"
)

// ChangeCommand returns the command that takes the trainer from the config
// it runs (old) to new, and false if there is nothing to do. Settings that
// a running network can take (the keys marked Live in nn.Keys) go live, so
// the curves continue; any other change starts a new run, training if
// training is true. A run that has diverged or finished cannot continue,
// so a live change restarts it too.
func ChangeCommand(old, new nn.Config, run string, training bool) (trainer.Command, bool) {
	if old.Equal(new) {
		return trainer.Command{}, false
	}
	if nn.CanChangeLive(old, new) && (run == trainer.RunTraining || run == trainer.RunPaused) {
		return trainer.Command{Op: trainer.OpLive, Config: new.String()}, true
	}
	return trainer.Command{Op: trainer.OpStart, Config: new.String(), On: training}, true
}
