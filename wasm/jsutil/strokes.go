package jsutil

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Node is a JavaScript value as the decoders read it, one question at a
// time, so that they can stop at the first thing wrong and never walk more
// of a hostile value than their limits allow. In the browser it wraps a
// js.Value (Value); elsewhere Tree wraps a parsed JSON value.
type Node interface {
	// Array returns the length of an array, and false for anything else.
	Array() (n int, ok bool)
	// Index returns element i of an array.
	Index(i int) Node
	// Number returns a number's value, and false for anything else.
	Number() (float64, bool)
}

// ErrTooBig is wrapped by the errors of input over a decoder's limits.
var ErrTooBig = errors.New("too big")

// Strokes reads [[[x, y], ...], ...] from v: at most maxStrokes strokes
// and maxPoints points in all, counted before each stroke's points are
// read, so an oversized value costs no more than the limits. Coordinates are
// returned as given (NaN and infinities included) for the caller to judge.
func Strokes(v Node, maxStrokes, maxPoints int) ([][][2]float32, error) {
	const shape = "strokes must look like [[[x, y], ...], ...]"
	n, ok := v.Array()
	if !ok {
		return nil, errors.New(shape + ": not an array")
	}
	if n > maxStrokes {
		return nil, fmt.Errorf("%w: %d strokes, at most %d", ErrTooBig, n, maxStrokes)
	}
	strokes := make([][][2]float32, n)
	total := 0
	for i := range strokes {
		stroke := v.Index(i)
		m, ok := stroke.Array()
		if !ok {
			return nil, fmt.Errorf("%s: stroke %d is not an array", shape, i)
		}
		if total += m; total > maxPoints {
			return nil, fmt.Errorf("%w: more than %d points (stroke %d)", ErrTooBig, maxPoints, i)
		}
		strokes[i] = make([][2]float32, m)
		for j := range strokes[i] {
			p := stroke.Index(j)
			if k, ok := p.Array(); !ok || k != 2 {
				return nil, fmt.Errorf("stroke %d, point %d: want [x, y] with two numbers", i, j)
			}
			x, okx := p.Index(0).Number()
			y, oky := p.Index(1).Number()
			if !okx || !oky {
				return nil, fmt.Errorf("stroke %d, point %d: want [x, y] with two numbers", i, j)
			}
			strokes[i][j] = [2]float32{float32(x), float32(y)}
		}
	}
	return strokes, nil
}

// StrokesJSON reads strokes from their JSON text, refusing text longer
// than maxBytes before parsing it.
func StrokesJSON(text string, maxBytes, maxStrokes, maxPoints int) ([][][2]float32, error) {
	if len(text) > maxBytes {
		return nil, fmt.Errorf("%w: the strokes' JSON is %d bytes, at most %d", ErrTooBig, len(text), maxBytes)
	}
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		return nil, fmt.Errorf("strokes must look like [[[x, y], ...], ...]: %v", err)
	}
	return Strokes(Tree{v}, maxStrokes, maxPoints)
}

// Tree is a Node over a value that encoding/json decoded into an any.
type Tree struct{ V any }

func (t Tree) Array() (int, bool) {
	a, ok := t.V.([]any)
	return len(a), ok
}

func (t Tree) Index(i int) Node { return Tree{t.V.([]any)[i]} }

func (t Tree) Number() (float64, bool) {
	f, ok := t.V.(float64)
	return f, ok
}

// Prefix returns s cut to at most n bytes on a rune boundary, with "…" when
// cut: error messages quote at most this much of a bad value.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
