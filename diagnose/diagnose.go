package diagnose

import (
	"cmp"
	"slices"

	"digitlab/nn"
)

// Severity ranks findings: a severe one means the run cannot succeed as it
// is; a warning means it could do clearly better.
type Severity string

const (
	Severe  Severity = "severe"
	Warning Severity = "warning"
)

func (s Severity) rank() int {
	if s == Severe {
		return 2
	}
	return 1
}

// Codes of the findings.
const (
	CodeDiverged       = "diverged"
	CodeNotLearning    = "not-learning"
	CodeSymmetry       = "symmetry"
	CodeDeadUnits      = "dead-units"
	CodeSaturatedUnits = "saturated-units"
	CodeVanishing      = "vanishing-gradients"
	CodeExploding      = "exploding-gradients"
	CodeBadInitScale   = "bad-init-scale"
	CodeLRTooHigh      = "learning-rate-too-high"
	CodeLRTooLow       = "learning-rate-too-low"
	CodeUnderfitting   = "underfitting"
	CodeOverfitting    = "overfitting"
)

// Finding is one diagnosis.
type Finding struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	// Message explains, in one sentence with the numbers, what is wrong.
	Message string `json:"message"`
	// Fix suggests which toggles to change.
	Fix string `json:"fix"`
	// Samples is when the evidence was seen (training images so far).
	Samples int64 `json:"samples"`
}

// Input is what the rules read.
type Input struct {
	Config  nn.Config
	History nn.History
	// Diverged is the trainer's divergence reason, or "".
	Diverged string
	// Samples is the number of training images seen so far.
	Samples int64
}

// Diagnose returns the findings of a run, most severe first and, within a
// severity, newest first, except that not-learning, a symptom whose fix
// points at the other findings, comes after the causes of its severity. At
// most one finding per code.
func Diagnose(in Input) []Finding {
	var out []Finding
	for _, rule := range rules {
		if f, ok := rule(in); ok {
			out = append(out, f) // f.Samples is when its evidence was seen: 0 for the initial probe
		}
	}
	sortFindings(out)
	return out
}

// symptom is 1 for not-learning, whose causes are the other findings.
func symptom(f Finding) int {
	if f.Code == CodeNotLearning {
		return 1
	}
	return 0
}

// sortFindings puts findings in the order Diagnose returns them.
func sortFindings(out []Finding) {
	slices.SortStableFunc(out, func(a, b Finding) int {
		if c := cmp.Compare(b.Severity.rank(), a.Severity.rank()); c != 0 {
			return c
		}
		if c := cmp.Compare(symptom(a), symptom(b)); c != 0 {
			return c
		}
		return cmp.Compare(b.Samples, a.Samples)
	})
}

// Codes returns the codes of findings, in order.
func Codes(fs []Finding) []string {
	codes := make([]string, len(fs))
	for i, f := range fs {
		codes[i] = f.Code
	}
	return codes
}
