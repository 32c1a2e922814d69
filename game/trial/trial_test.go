package trial

import (
	"strings"
	"testing"

	"digitlab/diagnose"
	"digitlab/nn"
)

func val(points ...[2]float64) []nn.Point {
	var out []nn.Point
	for _, p := range points {
		out = append(out, nn.Point{Samples: int64(p[0]), Acc: p[1]})
	}
	return out
}

func TestTrial(t *testing.T) {
	broken := nn.DefaultConfig()
	broken.Optimizer, broken.LearningRate, broken.Seed = nn.OptSGD, 5, 7
	dead := diagnose.Finding{Code: diagnose.CodeDeadUnits, Change: "lr=0.05", Alternatives: []string{"lr=0.005", "act=elu"}}
	brokenRun := Run{ID: 3, Config: broken.String(), Samples: 20500, Val: val([2]float64{10000, 0.11}, [2]float64{20000, 0.114}), Findings: []string{diagnose.CodeDeadUnits}}
	fixedCfg, err := diagnose.Apply(broken, "lr=0.05")
	if err != nil {
		t.Fatal(err)
	}
	fixed := fixedCfg.String()
	tests := []struct {
		name     string
		snaps    []Run
		state    string
		healed   bool
		after    Point
		sentence string // a part of it
		next     string
	}{
		{"healed", []Run{
			{ID: 4, Config: fixed, Samples: 10000, Val: val([2]float64{10000, 0.9})},
			{ID: 4, Config: fixed, Samples: 20100, Val: val([2]float64{10000, 0.9}, [2]float64{20000, 0.959})},
		}, Done, true, Point{20000, 0.959}, "Fixed: validation accuracy 11.4% → 95.9% after 20,000 images; the dead units are gone.", ""},
		{"still dead", []Run{
			{ID: 4, Config: fixed, Samples: 21000, Val: val([2]float64{21000, 0.5}), Findings: []string{diagnose.CodeDeadUnits}},
		}, Done, false, Point{21000, 0.5}, "Not fixed: validation accuracy 11.4% → 50.0% after 21,000 images, but dead-units is still there. Next to try: lr=0.005.", "lr=0.005"},
		{"gone but worse", []Run{
			{ID: 4, Config: fixed, Samples: 20000, Val: val([2]float64{20000, 0.1})},
		}, Done, false, Point{20000, 0.1}, "Not fixed: dead-units is gone, but validation accuracy 11.4% → 10.0%", "lr=0.005"},
		{"running", []Run{
			{ID: 4, Config: fixed, Samples: 12000, Val: val([2]float64{10000, 0.8})},
		}, Running, false, Point{10000, 0.8}, "", ""},
		{"the broken run's own snapshots change nothing", []Run{brokenRun}, Running, false, Point{}, "", ""},
		{"another config is not the fixed run", []Run{
			{ID: 4, Config: broken.String(), Samples: 30000, Val: val([2]float64{30000, 0.9})},
		}, Running, false, Point{}, "", ""},
		{"stopped early is judged where it stopped", []Run{
			{ID: 4, Config: fixed, Samples: 3000, Stopped: true, Val: val([2]float64{2000, 0.3}), Findings: []string{diagnose.CodeDiverged}},
		}, Done, true, Point{2000, 0.3}, "Fixed: validation accuracy 11.4% → 30.0% after 2,000 images", ""},
		{"replaced", []Run{
			{ID: 4, Config: fixed, Samples: 1000},
			{ID: 5, Config: fixed, Samples: 1000},
		}, Abandoned, false, Point{Samples: 1000}, "another run or a change of its settings replaced it", ""},
		{"settings changed live", []Run{
			{ID: 4, Config: fixed, Samples: 1000},
			{ID: 4, Config: broken.String(), Samples: 30000, Val: val([2]float64{30000, 0.9})},
		}, Abandoned, false, Point{Samples: 1000}, "replaced it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, cfg, err := Start(brokenRun, broken, dead)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.String() != fixed || cfg.Seed != broken.Seed {
				t.Fatalf("fixed config %s, want %s with seed %d", cfg, fixed, broken.Seed)
			}
			if tr.Before != (Point{20000, 0.114}) {
				t.Errorf("before %+v", tr.Before)
			}
			for _, s := range tt.snaps {
				tr.Observe(s)
			}
			if tr.State != tt.state || tr.Healed != tt.healed || tr.After != tt.after || tr.Next != tt.next {
				t.Errorf("state %s healed %v after %+v next %q, want %s %v %+v %q", tr.State, tr.Healed, tr.After, tr.Next, tt.state, tt.healed, tt.after, tt.next)
			}
			if !strings.Contains(tr.Sentence, tt.sentence) || (tt.sentence == "") != (tr.Sentence == "") {
				t.Errorf("sentence %q, want it to contain %q", tr.Sentence, tt.sentence)
			}
		})
	}
}

// A fix that did not heal offers the alternatives in order, on the broken
// config, against the same before; then none.
func TestTryNext(t *testing.T) {
	broken := nn.DefaultConfig()
	f := diagnose.Finding{Code: diagnose.CodeDeadUnits, Change: "lr=0.05", Alternatives: []string{"act=elu"}}
	tr, _, err := Start(Run{ID: 1, Samples: 5000}, broken, f)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok, _ := tr.TryNext(); ok {
		t.Fatal("a running trial offers a next change")
	}
	tr.Observe(Run{ID: 2, Config: tr.Config, Samples: 5000, Val: val([2]float64{5000, 0}), Findings: []string{diagnose.CodeDeadUnits}})
	next, cfg, ok, err := tr.TryNext()
	if !ok || err != nil {
		t.Fatalf("no next change after a failed fix: %v", err)
	}
	want, _ := diagnose.Apply(broken, "act=elu")
	if next.Change != "act=elu" || !cfg.Equal(want) || next.Before != tr.Before || next.State != Running {
		t.Errorf("next %+v config %s, want act=elu on the broken config %s", next, cfg, want)
	}
	next.Observe(Run{ID: 3, Config: next.Config, Samples: 5000, Val: val([2]float64{5000, 0}), Findings: []string{diagnose.CodeDeadUnits}})
	if _, _, ok, _ := next.TryNext(); ok || next.Next != "" || !strings.Contains(next.Sentence, "No other change") {
		t.Errorf("the last alternative offers another: %+v", next)
	}
}

// A broken run stopped before its first evaluation has no accuracy to
// compare with: the sentence gives the fixed run's alone, and the fix heals
// when its finding is gone and the accuracy is above chance.
func TestTrialWithoutEvaluation(t *testing.T) {
	broken := nn.DefaultConfig()
	f := diagnose.Finding{Code: diagnose.CodeDiverged, Change: "lr=0.1", Alternatives: []string{"clip=1"}}
	tests := []struct {
		name     string
		acc      float64
		healed   bool
		sentence string
	}{
		{"above chance", 0.92, true, "Fixed: validation accuracy 92.0% after 2,000 images (the broken run had not been evaluated yet); it no longer diverges."},
		{"at chance", 0.1, false, "Not fixed: diverged is gone, but validation accuracy 10.0% after 2,000 images (the broken run had not been evaluated yet). Next to try: clip=1."},
	}
	for _, tt := range tests {
		tr, _, err := Start(Run{ID: 1, Samples: 1500, Stopped: true}, broken, f)
		if err != nil {
			t.Fatal(err)
		}
		tr.Observe(Run{ID: 2, Config: tr.Config, Samples: 2000, Val: val([2]float64{2000, tt.acc})})
		if tr.Healed != tt.healed || tr.Sentence != tt.sentence {
			t.Errorf("%s: healed %v, %q; want %v, %q", tt.name, tr.Healed, tr.Sentence, tt.healed, tt.sentence)
		}
		next, _, ok, _ := tr.TryNext()
		if !ok {
			continue
		}
		next.Observe(Run{ID: 3, Config: next.Config, Samples: 2000, Val: val([2]float64{2000, 0.5})})
		if !strings.Contains(next.Sentence, "not been evaluated") {
			t.Errorf("%s: the next trial forgot that the broken run had no evaluation: %q", tt.name, next.Sentence)
		}
	}
}

// Every finding code has words for being gone.
func TestGoneText(t *testing.T) {
	for _, code := range []string{diagnose.CodeDiverged, diagnose.CodeNotLearning, diagnose.CodeSymmetry, diagnose.CodeDeadUnits,
		diagnose.CodeSaturatedUnits, diagnose.CodeVanishing, diagnose.CodeExploding, diagnose.CodeBadInitScale,
		diagnose.CodeLRTooHigh, diagnose.CodeLRTooLow, diagnose.CodeUnderfitting, diagnose.CodeOverfitting} {
		if got := goneText(code); strings.Contains(got, code) {
			t.Errorf("%s: %q names the code instead of saying it in words", code, got)
		}
	}
}

func TestStartWithoutChange(t *testing.T) {
	for _, change := range []string{"", "lr=banana"} {
		if _, _, err := Start(Run{}, nn.DefaultConfig(), diagnose.Finding{Code: diagnose.CodeNotLearning, Change: change}); err == nil {
			t.Errorf("change %q started a trial", change)
		}
	}
}
