package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"digitlab/assets/fontatlas"
)

// The committed atlas is what mkfont makes now, and its metrics, compiled
// from the Go file mkfont wrote, are the values mkfont rendered (a file
// that is up to date but wrote a number inexactly would fail the second
// check): regenerate it with "go run ./cmd/mkfont -o assets/fontatlas"
// after changing the faces.
func TestAtlasIsUpToDate(t *testing.T) {
	dir := t.TempDir()
	meta, err := run(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fontatlas.LoadMetrics(), meta) {
		t.Error("the compiled metrics differ from the rendered ones")
	}
	names := []string{fontatlas.MetricsFile, fontatlas.GrayFile}
	for _, scale := range fontatlas.Scales[1:] {
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
