// Command padbench measures how well a network reads drawn digits and how
// well pad.Checker tells digits from non-digits, on the generated drawings
// of pad/drawset:
//
//	go run ./cmd/padbench                             # the default run: nn.DefaultConfig, 30 epochs
//	go run ./cmd/padbench -config preset=draw-robust  # any config, as a link gives it
//	go run ./cmd/padbench -model my.model             # a model saved by cmd/train -save
//	go run ./cmd/padbench -augment 0,1,2              # the config at each augmentation level
//	go run ./cmd/padbench -verdict                    # only pad.Checker's figures, no network trained
//	go run ./cmd/padbench -verdict -final             # and the final non-digit families (see below)
//	go run ./cmd/padbench -fresh                      # and the digits of part Fresh (see below)
//	go run ./cmd/padbench -verdict -vblind tuning     # and a half of drawset's blind set (see below)
//	go run ./cmd/padbench -blind -blind-held          # and the digits of the blind halves (see below)
//	go run ./cmd/padbench -unseen -unseen-held        # and the digits of the unseen halves (see below)
//	go run ./cmd/padbench -verdict -vunseen tuning    # and a half of the unseen verdict set (see vunseen.go)
//	go run ./cmd/padbench -sealed -sealed-held        # and the digits of the sealed halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vsealed tuning    # and a half of the sealed verdict set (see sealed.go)
//	go run ./cmd/padbench -outside -outside-held      # and the digits of the outside halves (see sealed.go)
//	go run ./cmd/padbench -verdict -voutside tuning   # and a half of the outside verdict set (see sealed.go)
//	go run ./cmd/padbench -fonts -fonts-held          # and the digits of the fonts halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vfonts tuning     # and a half of the fonts verdict set (see sealed.go)
//	go run ./cmd/padbench -hands -hands-held          # and the digits of the hands halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vhands tuning     # and a half of the hands verdict set (see sealed.go)
//	go run ./cmd/padbench -scribes -scribes-held      # and the digits of the scribes halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vscribes tuning   # and a half of the scribes verdict set (see sealed.go)
//	go run ./cmd/padbench -writers -writers-held      # and the digits of the writers halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vwriters tuning   # and a half of the writers verdict set (see sealed.go)
//	go run ./cmd/padbench -strangers -strangers-held  # and the digits of the strangers halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vstrangers tuning # and a half of the strangers verdict set (see sealed.go)
//	go run ./cmd/padbench -passersby -passersby-held  # and the digits of the passersby halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vpassersby tuning # and a half of the passersby verdict set (see sealed.go)
//	go run ./cmd/padbench -guests -guests-held        # and the digits of the guests halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vguests tuning    # and a half of the guests verdict set (see sealed.go)
//	go run ./cmd/padbench -tourists -tourists-held    # and the digits of the tourists halves (see sealed.go)
//	go run ./cmd/padbench -verdict -vtourists tuning  # and a half of the tourists verdict set (see sealed.go)
//	go run ./cmd/padbench -calibrate                  # the percentiles behind pad.Checker's limits
//	go run ./cmd/padbench -export drawings.json       # the drawings, for e2e/padbench-web.mjs
//
// It reports accuracy by digit, by shape family and by pen, on the tuning
// part and on the held-out part (new seeds; and families never used for
// tuning), the confidence of wrong answers, and the verdict's rejection
// rates on drawn digits, on MNIST's test images and on non-digits. -json
// prints the same as one JSON object.
//
// The non-digits of drawset's part Final are measured only with -final:
// they are the clean measure of the verdict, so they are not looked at
// while it is being designed or tuned. Likewise the digits of part Fresh,
// the harder drawn-digit test, are read only with -fresh: choose a config
// on the tuning part, then report it with -fresh. The blind halves
// (drawset.BlindTune and BlindHeld) hold drawings written after part Fresh
// had been looked at: -blind reads the half that may be tuned on,
// -blind-held the half that is read once, to report. The unseen halves
// (drawset.UnseenTune and UnseenHeld) were written after all of those had
// been tuned on: -unseen and -unseen-held read them in the same way.
//
// -vblind measures the verdict on one half of drawset's verdict blind set
// (drawset.BlindDigits and BlindOthers, not the blind halves above), digits
// and non-digits of families and pens in no part: "tuning" may be looked
// at while changing the verdict, "held-out" is measured once, when it is
// frozen.
//
// Trained models are cached in bin/ (named by config and epochs), so a
// second run only measures.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"digitlab/augment"
	"digitlab/internal/datasets"
	"digitlab/nn"
	"digitlab/pad/drawset"
)

type options struct {
	seed      uint64
	n         int
	json      bool
	model     string
	epochs    int
	cfg       nn.Config
	levels    []augment.Level // empty: the config's own level
	calibrate bool
	verdict   bool   // only the verdict's figures
	final     bool   // measure part Final's non-digits too
	fresh     bool   // read part Fresh's digits too
	vblind    string // a half of the blind set to measure the verdict on: "", "tuning" or "held-out"
	vunseen   string // a half of the unseen verdict set: "", "tuning" or "held-out"
	blind     bool   // read the blind tuning half too
	blindHeld bool   // read the blind held-out half too
	single    bool   // read Preprocess's one image, not pad.Reader's views
	unseen    unseenFlags
	sealed    halvedFlags
	outside   halvedFlags
	fonts     halvedFlags
	hands     halvedFlags
	scribes   halvedFlags
	writers   halvedFlags
	strangers halvedFlags
	passersby halvedFlags
	guests    halvedFlags
	tourists  halvedFlags
	export    string
	cacheDir  string
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("padbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := options{sealed: halvedFlags{set: sealedSet}, outside: halvedFlags{set: outsideSet}, fonts: halvedFlags{set: halvedSet{name: "fonts"}}, hands: halvedFlags{set: halvedSet{name: "hands"}}, scribes: halvedFlags{set: halvedSet{name: "scribes"}}, writers: halvedFlags{set: writersSet}, strangers: halvedFlags{set: strangersSet}, passersby: halvedFlags{set: passersbySet}, guests: halvedFlags{set: guestsSet}, tourists: halvedFlags{set: touristsSet}}
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the drawings (the held-out part uses seed + 2^32)")
	fs.IntVar(&o.n, "n", 1000, "drawn digits per part (tuning, held out, fresh); a quarter as many non-digits")
	fs.BoolVar(&o.json, "json", false, "print one JSON object instead of tables")
	fs.StringVar(&o.model, "model", "", "measure this saved model (cmd/train -save) instead of training the default run")
	fs.IntVar(&o.epochs, "epochs", 30, "epochs of the default run, as the page trains it")
	config := fs.String("config", "", "config to train, as a compact string or a link's query (preset=draw-robust&seed=2); empty: the default")
	aug := fs.String("augment", "", "augmentation levels to train the config at and compare, comma-separated (0 off, 1 light, 2 strong); empty: the config's own")
	fs.BoolVar(&o.calibrate, "calibrate", false, "print the percentiles of the verdict's measurements on digits and non-digits")
	fs.BoolVar(&o.verdict, "verdict", false, "measure only pad.Checker's verdict, training no network")
	fs.BoolVar(&o.final, "final", false, "also measure the verdict on the non-digit families of part Final (only once the verdict is frozen)")
	fs.BoolVar(&o.fresh, "fresh", false, "also read the digits of part Fresh, the harder test (report with it; never tune on it)")
	fs.StringVar(&o.vblind, "vblind", "", "also measure the verdict on a half of drawset's blind set: tuning, or held-out (only once the verdict is frozen)")
	fs.StringVar(&o.vunseen, "vunseen", "", "with -verdict, also measure it on a half of drawset's unseen verdict set: tuning, or held-out (only once the verdict is frozen)")
	fs.BoolVar(&o.blind, "blind", false, "also read the digits of the blind tuning half (drawset.BlindTune)")
	fs.BoolVar(&o.blindHeld, "blind-held", false, "also read the digits of the blind held-out half (drawset.BlindHeld; report with it, never tune on it)")
	fs.BoolVar(&o.single, "single", false, "read each drawing from Preprocess's one image instead of pad.Reader's views (as the page reads)")
	fs.StringVar(&o.export, "export", "", "write the drawings as JSON to this file ({part, label, family, pen, heldOut, strokes}; label -1 for non-digits) and stop")
	fs.StringVar(&o.cacheDir, "cache", "bin", "folder for cached trained models")
	o.unseen.register(fs)
	o.sealed.register(fs)
	o.outside.register(fs)
	o.fonts.register(fs)
	o.hands.register(fs)
	o.scribes.register(fs)
	o.writers.register(fs)
	o.strangers.register(fs)
	o.passersby.register(fs)
	o.guests.register(fs)
	o.tourists.register(fs)
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.n < 10 || o.n > 100000 {
		return o, fmt.Errorf("-n %d: must be between 10 and 100000", o.n)
	}
	if o.seed >= 1<<32 {
		return o, fmt.Errorf("-seed %d: must be below 2^32 (higher seeds are the held-out part)", o.seed)
	}
	if o.epochs < 1 || o.epochs > 1000 {
		return o, fmt.Errorf("-epochs %d: must be between 1 and 1000", o.epochs)
	}
	if _, ok := vblindHalves[o.vblind]; o.vblind != "" && !ok {
		return o, fmt.Errorf("-vblind %q: want tuning or held-out", o.vblind)
	}
	if _, ok := vunseenHalves[o.vunseen]; o.vunseen != "" && (!ok || !o.verdict || o.json) {
		return o, fmt.Errorf("-vunseen %q: want tuning or held-out, with -verdict and without -json", o.vunseen)
	}
	if err := o.sealed.check(o.verdict, o.json); err != nil {
		return o, err
	}
	if err := o.outside.check(o.verdict, o.json); err != nil {
		return o, err
	}
	if err := o.writers.check(o.verdict, o.json); err != nil {
		return o, err
	}
	if err := o.strangers.check(o.verdict, o.json); err != nil {
		return o, err
	}
	if err := o.passersby.check(o.verdict, o.json); err != nil {
		return o, err
	}
	if err := o.guests.check(o.verdict, o.json); err != nil {
		return o, err
	}
	if err := o.tourists.check(o.verdict, o.json); err != nil {
		return o, err
	}
	// The fonts sets are read from the system's font files, the hands and
	// scribes sets traced from its handwriting fonts: only when asked for.
	for _, s := range []struct {
		flags *halvedFlags
		load  func() (halvedSet, error)
	}{
		{&o.fonts, loader(drawset.LoadFonts, fontsSet)},
		{&o.hands, loader(drawset.LoadHands, handsSet)},
		{&o.scribes, loader(drawset.LoadScribes, scribesSet)},
	} {
		if err := s.flags.check(o.verdict, o.json); err != nil {
			return o, err
		}
		if err := s.flags.loadIfAsked(s.load); err != nil {
			return o, err
		}
	}
	cfg, err := nn.ParseConfig(*config)
	if err != nil {
		return o, fmt.Errorf("-config: %w", err)
	}
	o.cfg = cfg
	if *aug != "" {
		for _, s := range strings.Split(*aug, ",") {
			l, err := augment.ParseLevel(strings.TrimSpace(s))
			if err != nil {
				return o, fmt.Errorf("-augment %q: levels are 0 to %d (or off, light, strong), comma-separated", *aug, augment.MaxLevel)
			}
			o.levels = append(o.levels, l)
		}
	}
	if o.verdict && (o.model != "" || *aug != "" || *config != "") {
		return o, errors.New("-verdict excludes -model, -config and -augment: it measures no network")
	}
	if o.model != "" && (*aug != "" || *config != "") {
		return o, errors.New("-model excludes -config and -augment: they say what to train")
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "padbench:", err)
		}
		return 2
	}
	data, err := datasets.Load(datasets.Subset, "")
	if err != nil {
		fmt.Fprintln(stderr, "padbench: loading data:", err)
		return 1
	}
	if o.calibrate { // the limits come from every tuning set's digits
		o.fresh, o.vblind = true, "tuning"
	}
	sets := makeSets(o.seed, o.n, o.final, o.fresh)
	if o.vblind != "" {
		sets.addVerdictBlind(o.seed, o.n, o.vblind)
	}
	sets.addBlind(o.seed, o.n, o.blind, o.blindHeld)
	sets.views = !o.single
	unseen := append(append(append(o.unseen.sets(o.seed, o.n), o.sealed.sets(o.seed, o.n)...), o.outside.sets(o.seed, o.n)...), o.fonts.sets(o.seed, o.n)...)
	unseen = append(append(append(unseen, o.hands.sets(o.seed, o.n)...), o.scribes.sets(o.seed, o.n)...), o.writers.sets(o.seed, o.n)...)
	unseen = append(append(append(unseen, o.strangers.sets(o.seed, o.n)...), o.passersby.sets(o.seed, o.n)...), o.guests.sets(o.seed, o.n)...)
	unseen = append(unseen, o.tourists.sets(o.seed, o.n)...)
	if o.export != "" {
		if err := exportSets(o.export, sets, unseen); err != nil {
			fmt.Fprintln(stderr, "padbench:", err)
			return 1
		}
		return 0
	}
	if o.calibrate {
		calibrate(stdout, sets, data, o.seed, o.n)
		return 0
	}
	if o.verdict {
		if o.vunseen != "" {
			printVUnseen(stdout, measureVUnseen(o.seed, o.n, o.vunseen))
		}
		o.sealed.printVerdict(stdout, o.seed, o.n)
		o.outside.printVerdict(stdout, o.seed, o.n)
		o.fonts.printVerdict(stdout, o.seed, o.n)
		o.hands.printVerdict(stdout, o.seed, o.n)
		o.scribes.printVerdict(stdout, o.seed, o.n)
		o.writers.printVerdict(stdout, o.seed, o.n)
		o.strangers.printVerdict(stdout, o.seed, o.n)
		o.passersby.printVerdict(stdout, o.seed, o.n)
		o.guests.printVerdict(stdout, o.seed, o.n)
		o.tourists.printVerdict(stdout, o.seed, o.n)
		v := measureVerdict(sets, data)
		if o.json {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			err = enc.Encode(v)
		} else {
			printVerdict(stdout, v)
			printBlindRejected(stdout, sets)
		}
		if err != nil {
			fmt.Fprintln(stderr, "padbench:", err)
			return 1
		}
		return 0
	}
	var reports []report
	if o.model != "" {
		b, err := os.ReadFile(o.model)
		if err != nil {
			fmt.Fprintln(stderr, "padbench:", err)
			return 1
		}
		net, err := nn.LoadModel(b)
		if err != nil {
			fmt.Fprintln(stderr, "padbench:", o.model+":", err)
			return 1
		}
		reports = append(reports, measure(o.model, net, sets, data, trainStats{}))
		unseen.read(&reports[0], net, sets.views)
	} else {
		cfgs := []nn.Config{o.cfg}
		if len(o.levels) > 0 {
			cfgs = nil
			for _, l := range o.levels {
				c := o.cfg.Clone()
				c.Augment = l
				cfgs = append(cfgs, c)
			}
		}
		for _, cfg := range cfgs {
			net, st, err := trainedModel(cfg, o.epochs, data, o.cacheDir, stderr)
			if err != nil {
				fmt.Fprintln(stderr, "padbench:", err)
				return 1
			}
			reports = append(reports, measure(fmt.Sprintf("%s, %d epochs", cfg, o.epochs), net, sets, data, st))
			unseen.read(&reports[len(reports)-1], net, sets.views)
		}
	}
	if err := printReports(stdout, reports, o.json); err != nil {
		fmt.Fprintln(stderr, "padbench:", err)
		return 1
	}
	return 0
}
