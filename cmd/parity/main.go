// Command parity checks that Digit Lab trains like a reference framework:
// it trains the rows of the reference table (PyTorch 1.13 on the same MNIST
// files: pixels/255, glorot-uniform weights, zero biases, Adam 1e-3 with
// ε 1e-7, batch 32, mean of 2 seeds, accuracy on the 10,000 test images)
// and fails unless every figure lands within the tolerance (±0.5
// percentage points, ±0.6 for the convolutional network, ±2 for the
// failure rows).
//
//	go run ./cmd/parity            # the whole table, about 2 minutes on 2 cores
//	go run ./cmd/parity -rows 20k  # rows whose name contains "20k"
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"digitlab/internal/datasets"
	"digitlab/nn"
)

// row is one line of the reference table: a config, a training-set size and
// data, and the reference accuracy (percent) after two epochs counts. Like
// the reference, smaller training sets are the first N images of MNIST's
// training file.
type row struct {
	name string
	// preset names the preset the row starts from; "" is the seed model
	// (nn.DefaultConfig).
	preset    string
	data      string // datasets.Full or datasets.Subset
	trainSize int
	change    func(*nn.Config)
	epochs    [2]int
	reference [2][2]float64 // per checked epoch: lowest and highest reference value
	tolerance float64
}

func rows() []row {
	plain := func(*nn.Config) {}
	dropout := func(c *nn.Config) { c.Dropout = 0.2 }
	same := func(v float64) [2]float64 { return [2]float64{v, v} }
	return []row{
		{"60k cnn", "cnn", datasets.Full, 60000, plain, [2]int{1, 3}, [2][2]float64{same(97.33), same(98.20)}, 0.6},
		{"60k relu", "", datasets.Full, 60000, plain, [2]int{1, 10}, [2][2]float64{same(95.7), same(97.5)}, 0.5},
		{"60k elu", "", datasets.Full, 60000, func(c *nn.Config) { c.Activation = nn.ActELU }, [2]int{1, 10}, [2][2]float64{same(94.6), same(97.8)}, 0.5},
		{"60k relu+dropout0.2", "", datasets.Full, 60000, dropout, [2]int{1, 10}, [2][2]float64{same(95.8), same(98.0)}, 0.5},
		{"20k relu", "", datasets.Full, 20000, plain, [2]int{1, 10}, [2][2]float64{same(93.1), same(96.8)}, 0.5},
		{"20k relu+dropout0.2", "", datasets.Full, 20000, dropout, [2]int{1, 10}, [2][2]float64{same(93.3), same(96.9)}, 0.5},
		{"10k relu", "", datasets.Full, 10000, plain, [2]int{1, 10}, [2][2]float64{same(91.1), same(95.2)}, 0.5},
		{"60k relu zeros-init", "", datasets.Full, 60000, func(c *nn.Config) { c.Init = nn.InitZeros }, [2]int{1, 10}, [2][2]float64{same(11.35), same(11.35)}, 2},
		{"60k relu N(0,1)-init", "", datasets.Full, 60000, func(c *nn.Config) { c.Init = nn.InitNormal1 }, [2]int{1, 2}, [2][2]float64{{86, 87}, same(90.4)}, 2},
	}
}

var seeds = []uint64{1, 2}

func main() {
	filter := flag.String("rows", "", "run only the rows whose name contains this")
	out := flag.String("o", "", "also write the result table (markdown) to this file")
	flag.Parse()
	ok, err := run(*filter, *out, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "parity:", err)
		os.Exit(1)
	}
	if !ok {
		fmt.Fprintln(os.Stderr, "parity: some figures are outside the tolerance")
		os.Exit(1)
	}
}

type job struct {
	row  int
	seed uint64
}

// result holds the test accuracy (percent) at the row's two checked epochs.
type result struct {
	acc     [2]float64
	seconds float64
}

func run(filter, outFile string, stdout io.Writer) (bool, error) {
	var selected []row
	for _, r := range rows() {
		if strings.Contains(r.name, filter) {
			selected = append(selected, r)
		}
	}
	if len(selected) == 0 {
		return false, fmt.Errorf("no row matches %q", filter)
	}
	data := map[string]datasets.Data{}
	for _, r := range selected {
		if _, ok := data[r.data]; !ok {
			d, err := datasets.Load(r.data, "")
			if err != nil {
				return false, err
			}
			data[r.data] = d
		}
	}

	jobs := make(chan job)
	results := make([][]result, len(selected))
	for i := range results {
		results[i] = make([]result, len(seeds))
	}
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := selected[j.row]
				results[j.row][j.seed-1] = trainRow(r, data[r.data], j.seed)
			}
		}()
	}
	// Longest jobs first, so the two workers finish together.
	for i := range selected {
		for _, s := range seeds {
			jobs <- job{i, s}
		}
	}
	close(jobs)
	wg.Wait()

	var b strings.Builder
	fmt.Fprintln(&b, "| training images | model | epoch | reference | Digit Lab (mean of 2 seeds) | seeds | within |")
	fmt.Fprintln(&b, "|---|---|---|---|---|---|---|")
	allOK := true
	for i, r := range selected {
		for k := 0; k < 2; k++ {
			var mean float64
			var each []string
			for _, res := range results[i] {
				mean += res.acc[k] / float64(len(seeds))
				each = append(each, fmt.Sprintf("%.2f", res.acc[k]))
			}
			lo, hi := r.reference[k][0], r.reference[k][1]
			ok := mean >= lo-r.tolerance && mean <= hi+r.tolerance && !math.IsNaN(mean)
			allOK = allOK && ok
			ref := fmt.Sprintf("%.2f%%", lo)
			if hi != lo {
				ref = fmt.Sprintf("%g–%g%%", lo, hi)
			}
			verdict := fmt.Sprintf("yes (±%g)", r.tolerance)
			if !ok {
				verdict = fmt.Sprintf("**NO** (±%g)", r.tolerance)
			}
			fmt.Fprintf(&b, "| %d | %s | %d | %s | %.2f%% | %s | %s |\n", r.trainSize, strings.SplitN(r.name, " ", 2)[1], r.epochs[k], ref, mean, strings.Join(each, ", "), verdict)
		}
	}
	fmt.Fprint(stdout, b.String())
	if outFile != "" {
		if err := os.WriteFile(outFile, []byte(b.String()), 0o644); err != nil {
			return false, err
		}
	}
	return allOK, nil
}

// trainRow trains one row with one seed up to its last checked epoch and
// returns the test accuracy after each checked epoch.
func trainRow(r row, d datasets.Data, seed uint64) result {
	cfg := nn.DefaultConfig()
	if r.preset != "" {
		p, err := nn.LookupPreset(r.preset)
		if err != nil {
			panic(err) // the table's presets exist by construction
		}
		cfg = p.Config
	}
	cfg.TrainSize, cfg.Seed = r.trainSize, seed
	r.change(&cfg)
	start := time.Now()
	// Evaluate only when the row needs a figure: the trainer's own
	// end-of-epoch evaluation is on the test set, which is what we report.
	tr, err := nn.NewTrainer(cfg, d.Train, d.Test, nn.TrainerOptions{Epochs: r.epochs[1], HealthEvery: 1 << 30})
	if err != nil {
		panic(err) // the table's configs are valid by construction
	}
	var res result
	for tr.State() == nn.Training {
		tr.Step(200)
		for k, e := range r.epochs {
			if tr.Epoch() == e && res.acc[k] == 0 {
				res.acc[k] = 100 * tr.LastEval().Accuracy
			}
		}
	}
	res.seconds = time.Since(start).Seconds()
	return res
}
