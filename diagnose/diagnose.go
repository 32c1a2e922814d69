package diagnose

import (
	"cmp"
	"math"
	"net/url"
	"slices"
	"strconv"

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
	CodeTinyBatchNorm  = "batch-norm-on-tiny-batches"
	CodeDropoutShift   = "dropout-before-batch-norm"
)

// Finding is one diagnosis.
type Finding struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	// Message explains, in one sentence with the numbers, what is wrong.
	Message string `json:"message"`
	// Fix suggests which toggles to change.
	Fix string `json:"fix"`
	// Change is the fix as a config change: a compact fragment such as
	// "lr=0.001" or "init=he-normal" that Apply puts on top of the run's
	// config; "" when the evidence implicates no setting (not-learning
	// leaves the cause to the other findings).
	Change string `json:"change,omitempty"`
	// Alternatives are the next changes to try, in order, if Change does
	// not bring the run to health.
	Alternatives []string `json:"alternatives,omitempty"`
	// Samples is when the evidence was seen (training images so far).
	Samples int64 `json:"samples"`
	// outgrown marks a finding about the run's start that the run has
	// since outgrown (see outgrownInit): true of the start, not of the
	// network, so it comes after the findings about the network now.
	outgrown bool
}

// Input is what the rules read.
type Input struct {
	Config  nn.Config
	History nn.History
	// Diverged is the trainer's divergence reason, or "".
	Diverged string
	// Samples is the number of training images seen so far.
	Samples int64
	// Epochs is how many passes over the training images the trainer
	// counts (nn.Trainer's Epoch plus EpochFraction), 0 if unknown. A run
	// that mixes drawn digits, drawn 1s or the user's digits into its
	// batches sees more samples than training images in an epoch (a third
	// more with drawn=1): Samples/TrainSize would say 9.7 epochs where the
	// top bar says 7.3.
	Epochs float64
}

// epochSamples is how many samples an epoch of the run takes: the
// training set, plus the rows mixed into its batches when Epochs says.
func (in Input) epochSamples() int64 {
	if in.Epochs > 0 && in.Samples > 0 {
		return max(1, int64(math.Round(float64(in.Samples)/in.Epochs)))
	}
	return int64(in.Config.TrainSize)
}

// epochs is how many epochs the run has trained: Epochs when the trainer
// says, else Samples over the training set.
func (in Input) epochs() float64 {
	if in.Epochs > 0 {
		return in.Epochs
	}
	return float64(in.Samples) / float64(max(in.Config.TrainSize, 1))
}

// Diagnose returns the findings of a run in the order the panel shows
// them: most severe first; within a severity, causes before symptoms:
// not-learning, the symptom whose causes are the other findings, comes
// after the others, which go by how far back in the chain of causes they
// point (a bad setting, then what it does to the units, then what the
// curves show), then newest first. At most one finding per code.
func Diagnose(in Input) []Finding {
	var out []Finding
	for _, rule := range rules {
		if f, ok := rule(in); ok {
			f = withChanges(f, in.Config, changesFor(f, in)...)
			f = liftHolders(f, in.Config)
			out = append(out, f) // f.Samples is when its evidence was seen: 0 for the initial probe
		}
	}
	sortFindings(out)
	return vanishingBeforeRate(out, in.Config)
}

// vanishingBeforeRate moves a vanishing-gradients finding ahead of a
// learning-rate-too-low one of the same severity when its change raises
// the rate as well (a slow rate is lifted with it, liftHolders): its
// change mends both, and the rate's alone does not. Three hidden layers
// of sigmoid units under SGD at 0.01 read 17% after 30,000 images; at
// 0.1, the learning-rate finding's change, 50%, with the gradient still
// fading; relu units at 0.01 read 91%, and relu units at 0.1 95%.
func vanishingBeforeRate(out []Finding, c nn.Config) []Finding {
	v := slices.IndexFunc(out, func(f Finding) bool { return f.Code == CodeVanishing })
	l := slices.IndexFunc(out, func(f Finding) bool { return f.Code == CodeLRTooLow })
	if v < 0 || l < 0 || l > v || out[v].Severity != out[l].Severity || !raisesRate(out[v].Change, c) {
		return out
	}
	f := out[v]
	out = slices.Delete(out, v, v+1)
	return slices.Insert(out, l, f)
}

// raisesRate says whether a config change sets the learning rate above
// c's.
func raisesRate(change string, c nn.Config) bool {
	q, err := url.ParseQuery(change)
	if err != nil || !q.Has("lr") {
		return false
	}
	lr, err := strconv.ParseFloat(q.Get("lr"), 64)
	return err == nil && lr > c.LearningRate
}

// tier places a code in the chain of causes: 0 for a setting that is bad
// in itself (the initialization), 1 for the learning rate, 2 for what the
// units and the gradient do, and a run that diverged, 3 for what the
// curves show, 4 for not-learning; 5 for a start the run has outgrown. A
// divergence is newer than the gradient that blew up on its way there, so
// it comes first among its tier: "the loss became NaN" is what the user
// sees, and its fix names the steps (momentum SGD at 1.2 to 1.8 was told
// first that its gradient exploded: the travellers catalogue).
func tier(f Finding) int {
	if f.outgrown {
		return 5
	}
	switch f.Code {
	case CodeBadInitScale, CodeSymmetry:
		return 0
	case CodeLRTooHigh, CodeLRTooLow, CodeTinyBatchNorm, CodeDropoutShift:
		return 1
	case CodeDeadUnits, CodeSaturatedUnits, CodeVanishing, CodeExploding, CodeDiverged:
		return 2
	case CodeNotLearning:
		return 4
	}
	return 3
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
		if c := cmp.Compare(tier(a), tier(b)); c != 0 {
			return c
		}
		return cmp.Compare(b.Samples, a.Samples)
	})
}

// symptom is 1 for not-learning, whose causes are the other findings.
func symptom(f Finding) int {
	if f.Code == CodeNotLearning {
		return 1
	}
	return 0
}

// Codes returns the codes of findings, in order.
func Codes(fs []Finding) []string {
	codes := make([]string, len(fs))
	for i, f := range fs {
		codes[i] = f.Code
	}
	return codes
}
