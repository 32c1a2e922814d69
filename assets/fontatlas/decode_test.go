package fontatlas

import (
	"encoding/json"
	"reflect"
	"testing"
)

// Glyph's and KernPair's own decoding gives what encoding/json gives
// without it: the same value, and an error for the same inputs.
func TestDecodeAsJSON(t *testing.T) {
	cases := []string{
		`{"r":65,"x":1,"y":2,"w":3,"h":4,"ox":-1,"oy":-10,"a":7.25}`,
		`{"r":32,"x":162,"y":320,"w":0,"h":0,"ox":0,"oy":0,"a":4}`,
		`{"a":-0.5,"b":86,"k":-1.25e-1}`,
		`{"a":65,"b":86,"k":-1}`,
		`{}`,
		`null`,
		`{ "r": 65, "x": 1 }`,
		`{"R":65,"X":1}`,
		`{"r":65,"r":66}`,
		`{"r":65,"z":1}`,
		`{"r":65,"x":1.5}`,
		`{"r":65,"x":1e2}`,
		`{"r":2147483648}`,
		`{"r":-2147483648,"x":-0}`,
		`{"r":01}`,
		`{"r":+1}`,
		`{"r":1.}`,
		`{"a":.5}`,
		`{"a":1.}`,
		`{"k":1.}`,
		`{"k":01}`,
		`{"a":1e}`,
		`{"a":"7"}`,
		`{"a":1,}`,
		`{"r":65`,
		`[1]`,
	}
	for _, c := range cases {
		var g, wantG Glyph
		errG := json.Unmarshal([]byte(c), &g)
		wantErrG := json.Unmarshal([]byte(c), (*glyphJSON)(&wantG))
		if (errG == nil) != (wantErrG == nil) || g != wantG {
			t.Errorf("Glyph %s: %+v, %v; encoding/json: %+v, %v", c, g, errG, wantG, wantErrG)
		}
		var k, wantK KernPair
		errK := json.Unmarshal([]byte(c), &k)
		wantErrK := json.Unmarshal([]byte(c), (*kernJSON)(&wantK))
		if (errK == nil) != (wantErrK == nil) || k != wantK {
			t.Errorf("KernPair %s: %+v, %v; encoding/json: %+v, %v", c, k, errK, wantK, wantErrK)
		}
	}
}

// The embedded metrics decode to what encoding/json makes of them.
func TestLoadMetricsAsJSON(t *testing.T) {
	type face struct {
		Name       string      `json:"name"`
		Scale      int         `json:"scale,omitempty"`
		Size       float64     `json:"size"`
		Ascent     float64     `json:"ascent"`
		Descent    float64     `json:"descent"`
		LineHeight float64     `json:"lineHeight"`
		CapHeight  float64     `json:"capHeight"`
		XHeight    float64     `json:"xHeight"`
		Glyphs     []glyphJSON `json:"glyphs"`
		Kern       []kernJSON  `json:"kern,omitempty"`
	}
	var want struct {
		Faces []face `json:"faces"`
	}
	if err := json.Unmarshal(metricsJSON, &want); err != nil {
		t.Fatal(err)
	}
	m, err := LoadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Faces) != len(want.Faces) {
		t.Fatalf("%d faces, want %d", len(m.Faces), len(want.Faces))
	}
	glyphs := 0
	for i, f := range m.Faces {
		w := want.Faces[i]
		got := face{f.Name, f.Scale, f.Size, f.Ascent, f.Descent, f.LineHeight, f.CapHeight, f.XHeight, nil, nil}
		for _, g := range f.Glyphs {
			got.Glyphs = append(got.Glyphs, glyphJSON(g))
		}
		for _, k := range f.Kern {
			got.Kern = append(got.Kern, kernJSON(k))
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("face %d (%s at %dx) differs from encoding/json's", i, f.Name, f.Scale)
		}
		glyphs += len(f.Glyphs)
	}
	if glyphs == 0 {
		t.Error("no glyphs decoded")
	}
}

// BenchmarkLoadMetrics measures decoding the metrics, which every start of
// the app does before its first frame.
func BenchmarkLoadMetrics(b *testing.B) {
	for b.Loop() {
		if _, err := LoadMetrics(); err != nil {
			b.Fatal(err)
		}
	}
}
