package jsutil

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// counting is a Node over a Tree that counts the questions asked of it, to
// check that a decoder stops early.
type counting struct {
	Tree
	calls *int
}

func (c counting) Array() (int, bool)      { *c.calls++; return c.Tree.Array() }
func (c counting) Number() (float64, bool) { *c.calls++; return c.Tree.Number() }
func (c counting) Index(i int) Node        { *c.calls++; return counting{c.Tree.Index(i).(Tree), c.calls} }

func TestStrokes(t *testing.T) {
	tests := []struct {
		json    string
		want    int // points read
		wantErr string
	}{
		{`[[[1,2],[3,4]],[[5,6]]]`, 3, ""},
		{`[]`, 0, ""},
		{`[[]]`, 0, ""},
		{`{"a":1}`, 0, "not an array"},
		{`"x"`, 0, "not an array"},
		{`[1]`, 0, "stroke 0 is not an array"},
		{`[[[1]]]`, 0, "stroke 0, point 0"},
		{`[[[1,2,3]]]`, 0, "stroke 0, point 0"},
		{`[[[1,null]]]`, 0, "stroke 0, point 0"},
		{`[[[1,"2"]]]`, 0, "stroke 0, point 0"},
		{`[[[1,2]],[[1,[2]]]]`, 0, "stroke 1, point 0"},
		{`[[[1,2],[1,2]],[[1,2],[1,2]]]`, 0, "more than 3 points"},
		{`[[],[],[],[]]`, 0, "4 strokes, at most 3"},
	}
	for _, tt := range tests {
		var v any
		if err := json.Unmarshal([]byte(tt.json), &v); err != nil {
			t.Fatal(err)
		}
		s, err := Strokes(Tree{v}, 3, 3)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error %v, want %q", tt.json, err, tt.wantErr)
			}
			continue
		}
		n := 0
		for _, st := range s {
			n += len(st)
		}
		if err != nil || n != tt.want {
			t.Errorf("%s: %d points, %v; want %d", tt.json, n, err, tt.want)
		}
	}
}

// An oversized value costs a few questions, not one per point.
func TestStrokesStopEarly(t *testing.T) {
	big := make([]any, 100_000)
	for i := range big {
		big[i] = []any{1.0, 2.0}
	}
	for _, v := range []any{[]any{big}, make([]any, 1_000_000), []any{[]any{[]any{1.0, 2.0}}, big}} {
		calls := 0
		_, err := Strokes(counting{Tree{v}, &calls}, 64, 10000)
		if !errors.Is(err, ErrTooBig) || calls > 20 {
			t.Errorf("%d questions, error %v", calls, err)
		}
	}
}

func TestStrokesJSONRefusesLongTextUnread(t *testing.T) {
	_, err := StrokesJSON(strings.Repeat("[", 1<<20), 1000, 64, 10000)
	if !errors.Is(err, ErrTooBig) || len(err.Error()) > 100 {
		t.Errorf("error %v", err)
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc…"},
		{"aé", 2, "a…"}, // never half a rune
		{"", 0, ""},
	}
	for _, tt := range tests {
		if got := Prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

// FuzzStrokesJSON: any text decodes to strokes within the limits or to an
// error, never a panic.
func FuzzStrokesJSON(f *testing.F) {
	for _, s := range []string{`[[[1,2],[3,4]]]`, `[[[1e400,2]]]`, `[[[1,2]],{}]`, `[[null]]`, `[[[1,2]]`, `[` + strings.Repeat(`[[0,0]],`, 70) + `[]]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, err := StrokesJSON(text, 4096, 8, 50)
		if err != nil {
			return
		}
		n := 0
		for _, st := range s {
			n += len(st)
		}
		if len(s) > 8 || n > 50 {
			t.Fatalf("%d strokes, %d points past the limits", len(s), n)
		}
	})
}
