package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestBadFlagsExitWithTwo(t *testing.T) {
	tests := []struct{ args, want string }{
		{"-lr banana", "-lr banana: not a number"},
		{"-act swish", "-act swish: must be one of relu"},
		{"-hidden 4", "-hidden 4: each hidden layer needs 8 to 1024 units"},
		{"-preset nope", "unknown preset \"nope\""},
		{"-config colour=red", "unknown key"},
		{"-epochs 0", "-epochs 0"},
		{"-data some", "-data \"some\""},
		{"-nosuchflag", "flag provided but not defined"},
		{"-train 30000", "the subset data has 20000 training images"},
		{"extra", "unexpected argument"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(strings.Fields(tt.args), &out, &errOut)
		if code != 2 || !strings.Contains(errOut.String(), tt.want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", tt.args, code, errOut.String(), tt.want)
		}
	}
}

func TestJSONLines(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"-preset", "seed-dropout", "-hidden", "32", "-train", "2000", "-epochs", "2"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("not JSON: %q", sc.Text())
		}
		lines = append(lines, m)
	}
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 2 epochs and a summary", len(lines))
	}
	for i, l := range lines[:2] {
		for _, key := range []string{"epoch", "train_loss", "train_acc", "val_loss", "val_acc", "test_acc", "seconds", "samples_per_sec", "diverged", "health"} {
			if _, ok := l[key]; !ok {
				t.Errorf("line %d has no %q: %v", i, key, l)
			}
		}
		if l["epoch"].(float64) != float64(i+1) || l["val_acc"].(float64) < 0.5 {
			t.Errorf("line %d: %v", i, l)
		}
		if h := l["health"].([]any); len(h) != 2 {
			t.Errorf("health of %d layers, want 2", len(h))
		}
	}
	sum := lines[2]
	if sum["summary"] != true || !strings.Contains(sum["config"].(string), "dropout=0.2") || sum["state"] != "finished" {
		t.Errorf("summary %v", sum)
	}
}

// A run whose validation loss overflows before its training loss does ends
// "diverged" with exit code 0, every line valid JSON.
func TestDivergingRunIsReported(t *testing.T) {
	var out, errOut bytes.Buffer
	cfg := "hidden=30x37x31&act=leaky-relu&init=glorot-uniform&opt=sgd&lr=9.76&batch=877&train=144&seed=651131805"
	if code := run([]string{"-config", cfg, "-epochs", "6"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var last map[string]any
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		last = nil
		if err := json.Unmarshal(sc.Bytes(), &last); err != nil {
			t.Fatalf("not JSON: %q", sc.Text())
		}
	}
	if last["state"] != "diverged" || !strings.Contains(last["diverged_reason"].(string), "step") {
		t.Errorf("summary %v", last)
	}
}

// TestDataKinds checks that each -data trains on its own images: the
// embedded subset's 20,000, and 60,000 for the app's bundles.
func TestDataKinds(t *testing.T) {
	tests := []struct {
		data, train string
		code        int
		want        string
	}{
		{"subset", "20000", 0, ""},
		{"subset", "20001", 2, "the subset data has 20000 training images"},
		{"bundled", "60000", 0, ""},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run([]string{"-data", tt.data, "-train", tt.train, "-hidden", "8", "-batch", "256", "-epochs", "1"}, &out, &errOut)
		if code != tt.code || !strings.Contains(errOut.String(), tt.want) {
			t.Errorf("-data %s -train %s: exit %d, stderr %q; want %d and %q", tt.data, tt.train, code, errOut.String(), tt.code, tt.want)
		}
	}
}
