package game

import (
	"encoding/json"
	"testing"

	"digitlab/trainer"
)

// A trainer that recovers from a failure (the page's bridge starts a fresh
// worker) takes the "Training stopped" line out of the banner; other
// warnings stay.
func TestRecoveredTrainerClearsTheBanner(t *testing.T) {
	a, ft := newTestApp(t, Options{Warnings: []string{"hidden=x: not a layer list"}})
	tick(a)
	failed := &trainer.Snapshot{}
	failed.Run, failed.Error = trainer.RunFailed, "the training worker failed: out of memory"
	ft.set(failed)
	tick(a)
	warnings := func() []string {
		var st struct {
			Warnings []string `json:"warnings"`
		}
		if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
			t.Fatal(err)
		}
		return st.Warnings
	}
	if w := warnings(); len(w) != 2 {
		t.Fatalf("banner while failed: %q", w)
	}
	ft.set(&trainer.Snapshot{Progress: trainer.Progress{Run: trainer.RunTraining, RunID: 1, Config: a.cfg.String()}})
	tick(a)
	if w := warnings(); len(w) != 1 || w[0] != "hidden=x: not a layer list" {
		t.Errorf("banner after recovering: %q", w)
	}
}
