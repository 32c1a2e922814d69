package main

import (
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		w, h int
		err  string
	}{
		{"1280x800", 1280, 800, ""},
		{"1024x640", 1024, 640, ""},
		{"100x100", 100, 100, ""},
		{"1280", 0, 0, "not a size"},
		{"1280x800px", 0, 0, "not a size"},
		{"x800", 0, 0, "not a size"},
		{"99x800", 0, 0, "from 100 to 10000"},
		{"1280x20000", 0, 0, "from 100 to 10000"},
	} {
		w, h, err := parseSize(tc.in)
		if w != tc.w || h != tc.h || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("parseSize(%q) = %d, %d, %v; want %d, %d, an error with %q", tc.in, w, h, err, tc.w, tc.h, tc.err)
		}
	}
}
