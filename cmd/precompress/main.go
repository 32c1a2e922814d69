// Command precompress writes X.gz (gzip -9) and X.br (brotli, quality 11)
// next to each file X, so that the static server (cmd/serve) can send the
// smaller copy to browsers that accept it. It prints each file's sizes.
//
//	go run ./cmd/precompress public/app.wasm public/worker.wasm
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := compress(name); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(name string) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	gz, err := encode(raw, func(w io.Writer) (io.WriteCloser, error) { return gzip.NewWriterLevel(w, gzip.BestCompression) })
	if err != nil {
		return err
	}
	br, err := encode(raw, func(w io.Writer) (io.WriteCloser, error) {
		return brotli.NewWriterLevel(w, brotli.BestCompression), nil
	})
	if err != nil {
		return err
	}
	// The server serves a compressed copy only if it is not older than the
	// original; writing them after reading the original guarantees that.
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(name+".br", br, 0o644); err != nil {
		return err
	}
	fmt.Printf("%-22s %6.2f MB raw  %6.2f MB gzip  %6.2f MB brotli\n", name, mb(len(raw)), mb(len(gz)), mb(len(br)))
	return nil
}

func encode(raw []byte, newWriter func(io.Writer) (io.WriteCloser, error)) ([]byte, error) {
	var buf bytes.Buffer
	w, err := newWriter(&buf)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func mb(n int) float64 { return float64(n) / 1e6 }
