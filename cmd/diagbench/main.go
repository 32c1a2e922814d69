// Command diagbench measures the diagnosis on faults drawn at random: it
// draws healthy configs, injects a fault from a catalogue that reaches every
// finding code in more than one way, trains each case briefly as the app
// does, confirms the fault by a measurement that does not use the rules,
// and scores the findings:
//
//	go run ./cmd/diagbench -n 300 -seed 1
//
// Even case numbers form the tuning part, odd ones the held-out part.
// A held-out seed is declared before its cases are trained and scored
// once: seed 21, then 31 (session 22), then 51, 61, 71 and 81 (session
// 23, after the bases began to draw dropout and augmentation and the
// catalogue gained heavy-dropout, lr-slow and act-linear, each of which
// changed every seed's draws; seed 41 was used to tune). All are spent.
// Session 24 added batch-huge (and a rule for batches too large for a
// sane rate), tuned on seed 41 again and declared seed 91 held out
// before training it (scored once: spent); then, after rules found by
// trying toggles and the fit probe (nn.History.Fit), seed 101, declared
// before training. A seed
// draws each case from its own generator (seed, index), so seeds share
// no case.
//
// -catalogue outsiders draws the cases from a second catalogue (see
// outsiders.go), written by someone who had not read the rules or the
// main catalogue, from a user's view of the toggles; its held-out part is
// a set of whole families chosen before any of them was trained, so
// -part splits by family there. -catalogue newcomers and -catalogue
// strangers draw from a third and a fourth (newcomers.go, strangers.go),
// each written the same way by someone who had read neither the rules nor
// the catalogues before it, and split likewise; -catalogue visitors draws
// from a fifth (visitors.go), written the same way from the view of users
// who bring other tools' recipes and habits; -catalogue travellers draws
// from a sixth (travellers.go), written the same way from the view of
// people from other fields and their habits; -catalogue wanderers and
// -catalogue drifters from a seventh and an eighth (wanderers.go,
// drifters.go): people who came by another road (papers, other datasets'
// recipes, typos, budgets), and people who change several settings at
// once or copy another framework's conventions:
//
//	go run ./cmd/diagbench -catalogue outsiders -n 300 -seed 1
//	go run ./cmd/diagbench -catalogue newcomers -n 300 -seed 1
//	go run ./cmd/diagbench -catalogue strangers -n 300 -seed 1
//	go run ./cmd/diagbench -catalogue visitors -n 200 -seed 1
//	go run ./cmd/diagbench -catalogue travellers -n 200 -seed 1
//	go run ./cmd/diagbench -catalogue wanderers -n 200 -seed 701
//	go run ./cmd/diagbench -catalogue drifters -n 200 -seed 801
//
// -wild runs the wild sweep instead (wild.go): no catalogue, the default
// config with one to three keys set anywhere in their range, judged by
// what happened to each run rather than by a cause:
//
//	go run ./cmd/diagbench -wild -n 200 -seed 4 -v
//	go run ./cmd/diagbench -wild -sweep conv -n 100 -seed 1 -v
//
// -json prints the report and every case as JSON; -part tuning (or
// held-out) trains only that part and -faults only the cases of the named
// faults, for quicker looks; -cases writes each case as a JSON line as
// soon as it is trained, so a long run on a busy machine can be read
// before it ends, -resume trains only the cases such a file lacks (a run
// cut short goes on), and -score prints the report of such files (a part,
// some faults, a run cut short) without training. With -histories the
// files also hold each faulty run's history, and -score -rediagnose then
// diagnoses the faulty runs again with the rules as they are now: a rule
// change is measured on trained cases in seconds. The fixes keep their
// stored outcome unless -refix tries the new first findings' changes; a
// run in two stages (-histories -nofix, then -rediagnose -refix) reports
// what a run in one does, since the rules read only the history.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"digitlab/diagnose"
	"digitlab/internal/datasets"
	"digitlab/nn"
)

func main() {
	os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr))
}

func cli(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diagbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 300, "number of cases")
	seed := fs.Uint64("seed", 1, "seed of the case draws")
	asJSON := fs.Bool("json", false, "print a JSON report")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "cases trained at once")
	verbose := fs.Bool("v", false, "print one line per case")
	part := fs.String("part", "all", "cases to train: all, tuning or held-out (main: even or odd cases; the others: by family)")
	faults := fs.String("faults", "", "comma-separated fault names: train only cases of these")
	casesFile := fs.String("cases", "", "also write each case as a JSON line to this file as soon as it is trained")
	scoreFiles := fs.String("score", "", "comma-separated files written by -cases: score their cases instead of training")
	histories := fs.Bool("histories", false, "with -cases: also write each run's history")
	rediagnose := fs.Bool("rediagnose", false, "with -score: diagnose the faulty runs' stored histories again and confirm their labels again (fixes keep their stored outcome unless -refix)")
	noFix := fs.Bool("nofix", false, "do not try the first findings' fixes")
	refix := fs.Bool("refix", false, "with -score -rediagnose: try the fixes of the new first findings")
	resume := fs.Bool("resume", false, "with -cases: keep the cases the file holds, train only the others and append them")
	wild := fs.Bool("wild", false, "run the wild sweep instead of a catalogue: the default config with one to three keys set anywhere in their range, judged by outcome (wild.go)")
	sweepName := fs.String("sweep", "dense", "with -wild: the sweep's base, dense (the default config) or conv (the cnn preset; also sets the convolutions)")
	catName := fs.String("catalogue", "main", "catalogue of faults: "+strings.Join(collectionNames(), " or "))
	if err := fs.Parse(args); err != nil {
		return 2
	}
	col, ok := collections[*catName]
	if !ok {
		fmt.Fprintf(stderr, "diagbench: -catalogue %q: want %s\n", *catName, strings.Join(collectionNames(), " or "))
		return 2
	}
	if *n < 1 || *workers < 1 {
		fmt.Fprintln(stderr, "diagbench: -n and -workers must be at least 1")
		return 2
	}
	var rs []Result
	if *scoreFiles != "" {
		var err error
		if rs, err = readCases(strings.Split(*scoreFiles, ",")); err == nil && *rediagnose {
			err = diagnoseAgain(rs)
		}
		if err != nil {
			fmt.Fprintln(stderr, "diagbench:", err)
			return 1
		}
		if !*refix {
			return report(col, args, *seed, *n, rs, *asJSON, *verbose, stdout)
		}
	}
	keep, err := caseFilter(col, *part, *faults)
	if err != nil {
		fmt.Fprintln(stderr, "diagbench:", err)
		return 2
	}
	d, err := datasets.Load(datasets.Subset, "")
	if err != nil {
		fmt.Fprintln(stderr, "diagbench:", err)
		return 1
	}
	ds := newDatasets(d)
	if *wild {
		sweep, err := lookupSweep(*sweepName)
		if err != nil {
			fmt.Fprintln(stderr, "diagbench:", err)
			return 2
		}
		base, ws, err := sweep.wildBench(*seed, *n, *workers, *noFix, ds)
		if err != nil {
			fmt.Fprintln(stderr, "diagbench:", err)
			return 1
		}
		sweep.printWild(stdout, *seed, base, ws, *verbose)
		return 0
	}
	done := func(Result) error { return nil }
	var before []Result
	if *resume && *casesFile != "" && rs == nil {
		if before, err = readCases([]string{*casesFile}); err != nil {
			fmt.Fprintln(stderr, "diagbench:", err)
			return 1
		}
		trained := map[int]bool{}
		for _, r := range before {
			trained[r.Case.Index] = true
		}
		inFilter := keep
		keep = func(c Case) bool { return inFilter(c) && !trained[c.Index] }
	}
	if *casesFile != "" {
		flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
		if before != nil {
			flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
		}
		f, err := os.OpenFile(*casesFile, flags, 0o644)
		if err != nil {
			fmt.Fprintln(stderr, "diagbench:", err)
			return 1
		}
		defer f.Close()
		enc := json.NewEncoder(f)
		done = func(r Result) error { return enc.Encode(r) }
	}
	if rs != nil {
		// -refix: the stored cases' new first findings get their fixes tried.
		err = parallel(len(rs), *workers, func(i int) error { return tryFix(&rs[i], ds) }, func(i int) error { return done(rs[i]) })
		if err != nil {
			fmt.Fprintln(stderr, "diagbench:", err)
			return 1
		}
		return report(col, args, *seed, *n, rs, *asJSON, *verbose, stdout)
	}
	rs, err = bench(col.draw, *seed, *n, *workers, keep, stage{hist: *histories, fix: !*noFix}, done, ds)
	if err != nil {
		fmt.Fprintln(stderr, "diagbench:", err)
		return 1
	}
	rs = append(before, rs...)
	slices.SortFunc(rs, func(a, b Result) int { return a.Case.Index - b.Case.Index })
	return report(col, args, *seed, *n, rs, *asJSON, *verbose, stdout)
}

// readCases reads the results that -cases wrote to files, in case order,
// with their configs parsed back from their compact form.
func readCases(paths []string) ([]Result, error) {
	var rs []Result
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		for dec.More() {
			var r Result
			if err := dec.Decode(&r); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			if r.Case.Config, err = nn.ParseConfig(r.Config); err != nil {
				return nil, fmt.Errorf("%s: case %d: %w", path, r.Case.Index, err)
			}
			if r.Case.Base, err = nn.ParseConfig(r.BaseConfig); err != nil {
				return nil, fmt.Errorf("%s: case %d base: %w", path, r.Case.Index, err)
			}
			rs = append(rs, r)
		}
	}
	slices.SortFunc(rs, func(a, b Result) int { return a.Case.Index - b.Case.Index })
	return rs, nil
}

// diagnoseAgain diagnoses the faulty run of each result again from its
// stored history, with the rules as they are now, and sets its first
// finding; it confirms its label again too, with the measurement
// (confirm) as it is now.
func diagnoseAgain(rs []Result) error {
	for i := range rs {
		r := &rs[i]
		o := &r.Faulty
		if o.History == nil {
			return fmt.Errorf("case %d has no history: write the cases with -histories", r.Case.Index)
		}
		r.Label, r.Kept = confirm(r.Case, r.Base, r.Faulty)
		o.Findings = diagnose.Diagnose(diagnose.Input{Config: r.Case.Config, History: *o.History, Diverged: o.Reason, Samples: o.Samples})
		r.First = "none"
		if len(o.Findings) > 0 {
			r.First = o.Findings[0].Code
		}
	}
	return nil
}

// report prints the reports of the results rs: the tuning part, the
// held-out part (as col splits them) and all, as tables or as JSON.
func report(col collection, args []string, seed uint64, n int, rs []Result, asJSON, verbose bool, stdout io.Writer) int {
	tune, held := col.split(rs)
	reps := []Report{score(col.tuning, tune), score(col.held, held), score("all", rs)}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		if err := enc.Encode(struct {
			Seed    uint64   `json:"seed"`
			N       int      `json:"n"`
			Reports []Report `json:"reports"`
			Cases   []Result `json:"cases"`
		}{seed, n, reps, rs}); err != nil {
			return 1
		}
		return 0
	}
	if verbose {
		for _, r := range rs {
			fmt.Fprintln(stdout, r.line())
		}
	}
	fmt.Fprintf(stdout, "# go run ./cmd/diagbench %s\n\n", strings.Join(args, " "))
	for _, rep := range reps {
		rep.print(stdout)
	}
	return 0
}

// line describes a case in one line.
func (r Result) line() string {
	first := ""
	if len(r.Faulty.Findings) > 0 {
		first = r.Faulty.Findings[0].Message
	}
	return fmt.Sprintf("%3d %-15s label=%-22s kept=%-5v first=%-22s val %.3f/base %.3f dead %.2f sat %.2f grad %.2g upd %.2g/%.2g fix=%q ok=%v  %s  | %v | %s",
		r.Case.Index, r.Case.Fault, r.Label, r.Kept, r.First, r.Faulty.ValAcc, r.Base.ValAcc, r.Faulty.Dead, r.Faulty.Saturated, r.Faulty.GradRatio, r.Faulty.FirstUpdate, r.Faulty.LastUpdate, r.Change, r.FixOK, r.Case.Config, codesOf(r.Faulty), first)
}

func codesOf(o Outcome) []string {
	var out []string
	for _, f := range o.Findings {
		out = append(out, f.Code+"/"+string(f.Severity)[:3])
	}
	return out
}

// caseFilter returns which cases of col a run trains: those of the part
// (all, tuning or held-out, as col splits them) whose fault is one of
// faults (every fault if "").
func caseFilter(col collection, part, faults string) (func(Case) bool, error) {
	parts := map[string]func(Case) bool{
		"all":      func(Case) bool { return true },
		"tuning":   func(c Case) bool { return !col.heldOut(c) },
		"held-out": col.heldOut,
	}
	inPart, ok := parts[part]
	if !ok {
		return nil, fmt.Errorf("-part %q: want all, tuning or held-out", part)
	}
	names := map[string]bool{}
	for _, name := range strings.Split(faults, ",") {
		if name == "" {
			continue
		}
		if _, ok := findFault(col.faults, name); !ok {
			return nil, fmt.Errorf("-faults: no fault %q", name)
		}
		names[name] = true
	}
	return func(c Case) bool { return inPart(c) && (len(names) == 0 || names[c.Fault]) }, nil
}

// bench draws the first n cases by draw, keeps those keep accepts, and
// trains them on workers goroutines as st says, handing each result to
// done as it is ready (one at a time); each case trains its own seeded runs, so the results do not
// depend on the scheduling.
func bench(draw func(uint64, int) Case, seed uint64, n, workers int, keep func(Case) bool, st stage, done func(Result) error, ds benchData) ([]Result, error) {
	var cases []Case
	for i := range n {
		if c := draw(seed, i); keep(c) {
			cases = append(cases, c)
		}
	}
	rs := make([]Result, len(cases))
	err := parallel(len(cases), workers, func(i int) (err error) {
		rs[i], err = runCase(cases[i], st, ds)
		return err
	}, func(i int) error { return done(rs[i]) })
	return rs, err
}

// parallel calls work(i) for every i below n on workers goroutines, and
// after each that succeeds then(i), one at a time; it returns the first
// error by i.
func parallel(n, workers int, work, then func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if errs[i] = work(i); errs[i] == nil {
					mu.Lock()
					errs[i] = then(i)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// stage says what runCase keeps and does beyond training the base and the
// faulty config: the faulty run's history (hist) and the first finding's
// fix (fix).
type stage struct{ hist, fix bool }

// runCase trains the base and the faulty config, confirms the label, and
// tries the first finding's change if st.fix.
func runCase(c Case, st stage, ds benchData) (Result, error) {
	r := Result{Case: c, Config: c.Config.String(), BaseConfig: c.Base.String(), First: "none"}
	var err error
	if r.Base, err = run(c.Base, dataReal, c.Samples, ds); err != nil {
		return r, fmt.Errorf("case %d base %s: %w", c.Index, c.Base, err)
	}
	r.Base.History = nil
	if r.Faulty, err = run(c.Config, c.Data, c.Samples, ds); err != nil {
		return r, fmt.Errorf("case %d %s: %w", c.Index, c.Config, err)
	}
	if !st.hist {
		r.Faulty.History = nil
	}
	r.Label, r.Kept = confirm(c, r.Base, r.Faulty)
	if len(r.Faulty.Findings) > 0 {
		r.First = r.Faulty.Findings[0].Code
	}
	if st.fix {
		err = tryFix(&r, ds)
	}
	return r, err
}

// tryFix trains the case's config with its first finding's change, when
// the case is faulty and kept and the finding offers a change, and judges
// the fixed run.
func tryFix(r *Result, ds benchData) error {
	r.Change, r.Fixed, r.FixOK = "", nil, false
	c := r.Case
	if len(r.Faulty.Findings) == 0 || !r.Kept || r.Label == "" || r.Faulty.Findings[0].Change == "" {
		return nil
	}
	change := r.Faulty.Findings[0].Change
	fixed, err := diagnose.Apply(c.Config, change)
	if err != nil {
		return fmt.Errorf("case %d: change %q: %w", c.Index, change, err)
	}
	o, err := run(fixed, c.Data, c.Samples, ds)
	if err != nil {
		return fmt.Errorf("case %d fixed %s: %w", c.Index, fixed, err)
	}
	o.History = nil
	r.Change, r.Fixed = change, &o
	r.FixOK = fixHealthy(r.Label, r.Base, o)
	return nil
}

// fixHealthy reports whether a fixed run is healthy: the finding of its
// fault is gone and its validation accuracy is within fixMargin of the
// healthy base config's.
func fixHealthy(label string, base, fixed Outcome) bool {
	return !slices.Contains(diagnose.Codes(fixed.Findings), label) && fixed.ValAcc >= base.ValAcc-fixMargin
}

// fixMargin is how far below the base's validation accuracy a fixed run
// may end and still count as healthy.
const fixMargin = 0.02
