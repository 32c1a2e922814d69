package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"digitlab/assets/fontatlas"
)

// The committed atlas is what mkfont makes now: regenerate it with
// "go run ./cmd/mkfont -o assets/fontatlas" after changing the faces.
func TestAtlasIsUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	names := []string{fontatlas.MetricsFile}
	for _, scale := range fontatlas.Scales {
		names = append(names, fontatlas.ImageFile(scale))
	}
	for _, name := range names {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "assets", "fontatlas", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("assets/fontatlas/%s is out of date: run go run ./cmd/mkfont -o assets/fontatlas", name)
		}
	}
}
