package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"digitlab/diagnose"
)

// Result is one case after training.
type Result struct {
	Case Case `json:"case"`
	// Config and BaseConfig are the case's faulty and base configs in
	// their compact form.
	Config     string `json:"config"`
	BaseConfig string `json:"baseConfig"`
	// Label is the confirmed true cause ("" for a control); Kept is false
	// when the measurements confirmed no label.
	Label  string  `json:"label"`
	Kept   bool    `json:"kept"`
	Base   Outcome `json:"base"`
	Faulty Outcome `json:"faulty"`
	// First is the code of the first finding, "none" without findings.
	First string `json:"first"`
	// Change is the first finding's config change ("" if none was tried);
	// Fixed is the run of the changed config, FixOK whether it is healthy.
	Change string   `json:"change,omitempty"`
	Fixed  *Outcome `json:"fixed,omitempty"`
	FixOK  bool     `json:"fixOK"`
}

// CodeScore is a code's precision (its findings that are true of their
// run) and recall (the cases it is the cause of where it fires).
type CodeScore struct {
	Code      string  `json:"code"`
	Cases     int     `json:"cases"`
	Found     int     `json:"found"`
	Recall    float64 `json:"recall"`
	Fired     int     `json:"fired"`
	True      int     `json:"true"`
	Precision float64 `json:"precision"`
}

// Report scores one part of the benchmark.
type Report struct {
	Part        string                    `json:"part"`
	Cases       int                       `json:"cases"`
	Dropped     int                       `json:"dropped"`
	Relabelled  int                       `json:"relabelled"`
	Faulty      int                       `json:"faulty"`
	FirstRight  int                       `json:"firstRight"`
	FirstRate   float64                   `json:"firstRate"`
	Controls    int                       `json:"controls"`
	FalseSevere int                       `json:"falseSevere"`
	Codes       []CodeScore               `json:"codes"`
	Confusion   map[string]map[string]int `json:"confusion"`
	FixTried    int                       `json:"fixTried"`
	FixOK       int                       `json:"fixOK"`
	FixRate     float64                   `json:"fixRate"`
	NoFix       int                       `json:"noFix"`
}

// allCodes lists the finding codes in the order of the tables.
var allCodes = []string{
	diagnose.CodeDiverged, diagnose.CodeNotLearning, diagnose.CodeSymmetry, diagnose.CodeDeadUnits,
	diagnose.CodeSaturatedUnits, diagnose.CodeVanishing, diagnose.CodeExploding, diagnose.CodeBadInitScale,
	diagnose.CodeLRTooHigh, diagnose.CodeLRTooLow, diagnose.CodeUnderfitting, diagnose.CodeOverfitting,
	diagnose.CodeTinyBatchNorm, diagnose.CodeDropoutShift,
}

// catalogueCodes are the codes every catalogue has families of: all but
// batch-norm-on-tiny-batches (session 29) and dropout-before-batch-norm
// (session 30), which came after them. A family of either in the main
// catalogue would change every case its seeds draw, and the other
// catalogues were written by people who read no rule; the wild sweep and
// diagnose's TestTinyBatchNorm and TestDropoutBeforeBatchNorm judge them.
var catalogueCodes = slices.DeleteFunc(slices.Clone(allCodes), func(c string) bool {
	return c == diagnose.CodeTinyBatchNorm || c == diagnose.CodeDropoutShift
})

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// score builds the report of the results rs.
func score(part string, rs []Result) Report {
	rep := Report{Part: part, Confusion: map[string]map[string]int{}}
	scores := map[string]*CodeScore{}
	for _, code := range allCodes {
		scores[code] = &CodeScore{Code: code}
	}
	for _, r := range rs {
		rep.Cases++
		if !r.Kept {
			rep.Dropped++
			continue
		}
		if r.Label != r.Case.Label {
			rep.Relabelled++
		}
		row := r.Label
		if row == "" {
			row = "healthy"
		}
		if rep.Confusion[row] == nil {
			rep.Confusion[row] = map[string]int{}
		}
		rep.Confusion[row][r.First]++
		for _, f := range r.Faulty.Findings {
			s := scores[f.Code]
			s.Fired++
			if r.Label != "" && trueOf(f.Code, r.Case, r.Base, r.Faulty, r.Label) {
				s.True++
			}
		}
		if r.Label == "" {
			rep.Controls++
			if slices.ContainsFunc(r.Faulty.Findings, func(f diagnose.Finding) bool { return f.Severity == diagnose.Severe }) {
				rep.FalseSevere++
			}
			continue
		}
		rep.Faulty++
		s := scores[r.Label]
		s.Cases++
		if slices.Contains(diagnose.Codes(r.Faulty.Findings), r.Label) {
			s.Found++
		}
		if slices.Contains(causes(r.Label, r.Case), r.First) {
			rep.FirstRight++
		}
		switch {
		case r.Fixed != nil:
			rep.FixTried++
			if r.FixOK {
				rep.FixOK++
			}
		default:
			rep.NoFix++
		}
	}
	for _, code := range allCodes {
		s := scores[code]
		s.Recall, s.Precision = ratio(s.Found, s.Cases), ratio(s.True, s.Fired)
		rep.Codes = append(rep.Codes, *s)
	}
	rep.FirstRate = ratio(rep.FirstRight, rep.Faulty)
	rep.FixRate = ratio(rep.FixOK, rep.FixTried)
	return rep
}

// short abbreviates a code for the confusion table's columns.
func short(code string) string {
	abbr := map[string]string{
		diagnose.CodeDiverged: "div", diagnose.CodeNotLearning: "notl", diagnose.CodeSymmetry: "sym",
		diagnose.CodeDeadUnits: "dead", diagnose.CodeSaturatedUnits: "sat", diagnose.CodeVanishing: "van",
		diagnose.CodeExploding: "expl", diagnose.CodeBadInitScale: "init", diagnose.CodeLRTooHigh: "lr+",
		diagnose.CodeLRTooLow: "lr-", diagnose.CodeUnderfitting: "under", diagnose.CodeOverfitting: "over",
		diagnose.CodeTinyBatchNorm: "bn2", diagnose.CodeDropoutShift: "dobn", "none": "none",
	}
	if a, ok := abbr[code]; ok {
		return a
	}
	return code
}

// print writes the report as text tables (GitHub-flavoured Markdown).
func (rep Report) print(w io.Writer) {
	fmt.Fprintf(w, "## %s: %d cases, %d dropped (measurement did not confirm the fault), %d relabelled\n\n", rep.Part, rep.Cases, rep.Dropped, rep.Relabelled)
	fmt.Fprintf(w, "- first finding is the true cause: %d/%d = %.1f%% of faulty cases\n", rep.FirstRight, rep.Faulty, 100*rep.FirstRate)
	fmt.Fprintf(w, "- false severe alarms on healthy controls: %d/%d = %.1f%%\n", rep.FalseSevere, rep.Controls, 100*ratio(rep.FalseSevere, rep.Controls))
	fmt.Fprintf(w, "- first fix brings the run to health: %d/%d = %.1f%% (%d faulty cases offered no change)\n\n", rep.FixOK, rep.FixTried, 100*rep.FixRate, rep.NoFix)
	fmt.Fprintln(w, "| code | cases | recall | fired | precision |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|")
	for _, s := range rep.Codes {
		fmt.Fprintf(w, "| %s | %d | %s | %d | %s |\n", s.Code, s.Cases, pctOf(s.Found, s.Cases), s.Fired, pctOf(s.True, s.Fired))
	}
	cols := append(slices.Clone(allCodes), "none")
	fmt.Fprintf(w, "\ntrue cause × first finding\n\n| cause | %s |\n|---|%s\n", strings.Join(mapStrings(cols, short), " | "), strings.Repeat("---:|", len(cols)))
	for _, row := range append([]string{"healthy"}, allCodes...) {
		m := rep.Confusion[row]
		if m == nil {
			continue
		}
		cells := make([]string, len(cols))
		for i, c := range cols {
			if m[c] > 0 {
				cells[i] = fmt.Sprint(m[c])
			} else {
				cells[i] = "·"
			}
		}
		fmt.Fprintf(w, "| %s | %s |\n", row, strings.Join(cells, " | "))
	}
	fmt.Fprintln(w)
}

func pctOf(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.0f%% (%d)", 100*ratio(a, b), a)
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
