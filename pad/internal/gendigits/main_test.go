package main

import (
	"bytes"
	"os"
	"testing"
)

// TestTestdataUpToDate checks that testdata/digits.json is what the
// generator writes now, so an edit to a glyph is not forgotten there.
func TestTestdataUpToDate(t *testing.T) {
	ds, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../testdata/digits.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(ds), want) {
		t.Error("pad/testdata/digits.json is stale: run go run ./pad/internal/gendigits from the module root")
	}
}
