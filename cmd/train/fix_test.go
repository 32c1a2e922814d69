package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// -fix on ReLU units killed by a learning-rate blow-up, one case per
// optimizer: the first finding names the dead units or the learning rate,
// its change lowers the learning rate, and the changed run learns.
func TestFixSummary(t *testing.T) {
	tests := []struct{ opt, lr string }{
		{"sgd", "5"}, {"momentum", "0.5"}, {"adam", "0.3"}, {"rmsprop", "0.2"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		args := []string{"-hidden", "64", "-train", "4000", "-epochs", "2", "-opt", tt.opt, "-lr", tt.lr, "-fix"}
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.opt, code, errOut.String())
		}
		var sum fixSummary
		if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
			t.Fatalf("%s: not one JSON summary: %q", tt.opt, out.String())
		}
		if !slices.Contains([]string{"dead-units", "learning-rate-too-high"}, sum.Finding) || !strings.HasPrefix(sum.Change, "lr=") {
			t.Errorf("%s at %s: first finding %q with change %q, want dead-units or learning-rate-too-high lowering lr", tt.opt, tt.lr, sum.Finding, sum.Change)
			continue
		}
		if sum.After == nil || !sum.Healed || sum.After.ValAcc < 0.85 || sum.Before.ValAcc > 0.5 || sum.Before.Samples != sum.After.Samples {
			t.Errorf("%s: before %+v after %+v healed %v", tt.opt, sum.Before, sum.After, sum.Healed)
		}
	}
}
