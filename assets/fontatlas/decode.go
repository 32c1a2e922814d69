package fontatlas

import (
	"encoding/json"
	"strconv"
)

// The metrics hold a few thousand glyphs and kerning pairs, each a small
// object of numbers. encoding/json decodes each field through reflection,
// which in the page (WebAssembly) costs every start 100-500 ms for these
// metrics, against 3 ms natively (Glyph and KernPair decoding themselves
// take about 40% off that, measured on a first call under node). So they
// decode themselves: flatNumbers reads the compact form cmd/mkfont writes, and
// anything else (spaces, other keys, a value that is not a number of the
// field's type) goes through encoding/json, with its errors. encoding/json
// checks that the whole document is valid JSON before it calls them, so
// the numbers they see follow JSON's grammar.

// glyphJSON and kernJSON are Glyph and KernPair without their
// UnmarshalJSON, for encoding/json to decode.
type (
	glyphJSON Glyph
	kernJSON  KernPair
)

// UnmarshalJSON decodes a glyph as encoding/json does, faster for the
// compact form cmd/mkfont writes.
func (g *Glyph) UnmarshalJSON(data []byte) error {
	return decodeFlat(data, g, (*glyphJSON)(g), func(v *Glyph, key string, num []byte) bool {
		switch key {
		case "r":
			return parseInt(num, 32, func(n int64) { v.Rune = rune(n) })
		case "x":
			return parseInt(num, strconv.IntSize, func(n int64) { v.X = int(n) })
		case "y":
			return parseInt(num, strconv.IntSize, func(n int64) { v.Y = int(n) })
		case "w":
			return parseInt(num, strconv.IntSize, func(n int64) { v.W = int(n) })
		case "h":
			return parseInt(num, strconv.IntSize, func(n int64) { v.H = int(n) })
		case "ox":
			return parseInt(num, strconv.IntSize, func(n int64) { v.OffX = int(n) })
		case "oy":
			return parseInt(num, strconv.IntSize, func(n int64) { v.OffY = int(n) })
		case "a":
			return parseFloat(num, &v.Advance)
		}
		return false
	})
}

// UnmarshalJSON decodes a kerning pair as encoding/json does, faster for
// the compact form cmd/mkfont writes.
func (k *KernPair) UnmarshalJSON(data []byte) error {
	return decodeFlat(data, k, (*kernJSON)(k), func(v *KernPair, key string, num []byte) bool {
		switch key {
		case "a":
			return parseInt(num, 32, func(n int64) { v.A = rune(n) })
		case "b":
			return parseInt(num, 32, func(n int64) { v.B = rune(n) })
		case "k":
			return parseFloat(num, &v.Adjust)
		}
		return false
	})
}

// decodeFlat decodes data into *dst with set, one pair of flatNumbers at a
// time, or, if data is not in that form, with encoding/json into plain
// (dst as a type without UnmarshalJSON). A document in that form changes
// *dst only once all of it has been read.
func decodeFlat[T any](data []byte, dst *T, plain any, set func(v *T, key string, num []byte) bool) error {
	v := *dst
	if !flatNumbers(data, func(key string, num []byte) bool { return set(&v, key, num) }) {
		return json.Unmarshal(data, plain)
	}
	*dst = v
	return nil
}

// flatNumbers reads data as an object written without spaces whose keys
// are plain ASCII names and whose values are numbers, handing each pair to
// set, and reports whether data had that form and set took every pair.
func flatNumbers(data []byte, set func(key string, num []byte) bool) bool {
	n := len(data)
	if n < 2 || data[0] != '{' || data[n-1] != '}' {
		return false
	}
	i := 1
	if i == n-1 {
		return true // {}
	}
	for {
		if data[i] != '"' {
			return false
		}
		k := i + 1
		for k < n && isKeyByte(data[k]) {
			k++
		}
		if k+1 >= n || data[k] != '"' || data[k+1] != ':' {
			return false
		}
		key := string(data[i+1 : k])
		v := k + 2
		e := v
		for e < n && isNumberByte(data[e]) {
			e++
		}
		if e == v || e >= n || !set(key, data[v:e]) {
			return false
		}
		switch {
		case e == n-1:
			return true
		case data[e] == ',':
			i = e + 1
		default:
			return false
		}
	}
}

func isKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// parseInt parses num, a JSON number, as an integer of the given bit size,
// as encoding/json accepts it for an integer field, and stores it with put.
func parseInt(num []byte, bits int, put func(int64)) bool {
	n, err := strconv.ParseInt(string(num), 10, bits)
	if err != nil {
		return false
	}
	put(n)
	return true
}

// parseFloat parses num as a JSON number into *f, as encoding/json does
// for a float64 field.
func parseFloat(num []byte, f *float64) bool {
	v, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		return false
	}
	*f = v
	return true
}
