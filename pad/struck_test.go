package pad

import (
	"math"
	"testing"

	"digitlab/nn"
)

// arcStroke is an elliptical arc from a0 to a1 degrees (y down, so
// increasing angles run clockwise on the pad), a point every 10 degrees.
func arcStroke(cx, cy, rx, ry, a0, a1 float64) [][2]float32 {
	n := max(2, int(math.Abs(a1-a0)/10))
	s := make([][2]float32, n+1)
	for i := range s {
		a := (a0 + (a1-a0)*float64(i)/float64(n)) * math.Pi / 180
		s[i] = [2]float32{float32(cx + rx*math.Cos(a)), float32(cy + ry*math.Sin(a))}
	}
	return s
}

// TestStruckSlash: the slash of a 0 struck through is found whichever
// way and in whichever order it is drawn; digits drawn in two strokes
// where one is a straight line, and a slash that does not strike a 0,
// are left alone.
func TestStruckSlash(t *testing.T) {
	oval := arcStroke(140, 140, 60, 100, -90, 270)
	past := arcStroke(140, 140, 55, 100, -100, 300) // drawn on past its start
	slash := [][2]float32{{195, 35}, {85, 245}}
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    int
	}{
		{"oval, then slash", [][][2]float32{oval, slash}, 1},
		{"slash, then oval", [][][2]float32{slash, oval}, 0},
		{"backslash", [][][2]float32{oval, {{80, 40}, {200, 240}}}, 1},
		{"slash drawn upwards", [][][2]float32{oval, {{85, 245}, {195, 35}}}, 1},
		{"slash inside the oval", [][][2]float32{oval, {{175, 70}, {105, 210}}}, 1},
		{"oval drawn past its start", [][][2]float32{past, slash}, 1},
		{"narrow oval, the slash wider", [][][2]float32{arcStroke(140, 140, 40, 100, -90, 270), {{200, 40}, {80, 240}}}, 1},

		{"one stroke", [][][2]float32{oval}, -1},
		{"three strokes", [][][2]float32{oval, slash, {{60, 260}, {220, 260}}}, -1},
		{"θ: a level bar", [][][2]float32{oval, {{70, 140}, {210, 140}}}, -1},
		{"Φ: an upright bar", [][][2]float32{oval, {{140, 20}, {142, 260}}}, -1},
		{"seven-segment 8: a box and its middle bar", [][][2]float32{{{90, 40}, {190, 40}, {190, 240}, {90, 240}, {90, 40}}, {{90, 140}, {190, 140}}}, -1},
		{"closed 4", [][][2]float32{{{170, 40}, {80, 170}, {200, 170}, {170, 40}}, {{170, 40}, {172, 250}}}, -1},
		{"5: body and hat", [][][2]float32{append([][2]float32{{100, 40}, {95, 130}}, arcStroke(140, 180, 60, 55, -130, 150)...), {{100, 40}, {200, 40}}}, -1},
		{"7 with a bar", [][][2]float32{{{80, 40}, {200, 40}, {120, 250}}, {{110, 150}, {190, 140}}}, -1},
		{"9: head and stem", [][][2]float32{arcStroke(140, 90, 50, 50, 0, 360), {{190, 90}, {170, 250}}}, -1},
		{"6: stem and loop", [][][2]float32{{{190, 30}, {100, 180}}, arcStroke(140, 200, 45, 45, 180, 540)}, -1},
		{"a bowed stroke across the 0", [][][2]float32{oval, {{195, 35}, {205, 120}, {175, 185}, {85, 245}}}, -1},
		{"a stroke across the 0's edge", [][][2]float32{oval, {{210, 160}, {150, 30}}}, -1},
		{"a line running far past the 0", [][][2]float32{arcStroke(140, 170, 60, 100, -90, 270), {{195, 20}, {85, 270}}}, -1},
		{"a dot and a slash", [][][2]float32{{{140, 140}}, slash}, -1},
		{"a line drawn out and back, and a slash", [][][2]float32{{{60, 140}, {220, 140}, {60, 141}}, slash}, -1},
		{"a dash in the 0", [][][2]float32{oval, {{130, 130}, {150, 150}}}, -1},
		{"a slash beside the 0", [][][2]float32{oval, {{250, 40}, {215, 240}}}, -1},
		{"an open C", [][][2]float32{arcStroke(140, 140, 60, 100, 45, 315), slash}, -1},
		{"one-stroke 8", [][][2]float32{append(arcStroke(140, 90, 45, 50, 90, 450), arcStroke(140, 190, 50, 50, -90, -450)...), slash}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustDrawing(t, tc.strokes)
			if got := struckSlash(d.strokes); got != tc.want {
				t.Errorf("struckSlash = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestLeftOutReadAsKept: everything downstream of tidy, the network's
// input, the verdict and the Reader's views, sees a struck 0 as its oval
// alone and a flagged 1 as its stem, and the Preprocessor says which it
// left out, until the next drawing.
func TestLeftOutReadAsKept(t *testing.T) {
	oval := dense([][][2]float32{arcStroke(140, 140, 60, 100, -90, 270)}, 4)
	stem := [][][2]float32{{{150, 30}, {148, 250}}}
	net, err := nn.NewNetwork(nn.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name        string
		drawn, kept [][][2]float32
		said        func(*Preprocessor) bool
	}{
		{"a struck 0", dense([][][2]float32{oval[0], {{195, 35}, {85, 245}}}, 4), oval, (*Preprocessor).Struck},
		{"a flagged 1", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 252}, {195, 250}}}, stem, (*Preprocessor).Flagged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, keptImg, _ := judge(t, tc.kept)
			j, drawnImg, _ := judge(t, tc.drawn)
			if drawnImg != keptImg {
				t.Error("its image is not that of the strokes kept")
			}
			if j.Verdict != Digit || j.Strokes != 1 {
				t.Errorf("judged %v with %d strokes, want a digit of 1 stroke", j.Verdict, j.Strokes)
			}
			var p Preprocessor
			var img [NetPixels]float32
			if p.Preprocess(mustDrawing(t, tc.drawn), &img); !tc.said(&p) {
				t.Error("the Preprocessor does not say what it left out")
			}
			if p.Preprocess(mustDrawing(t, tc.kept), &img); tc.said(&p) {
				t.Error("the Preprocessor still says so after the strokes kept alone")
			}
			var r Reader
			var fromDrawn, fromKept [nn.Classes]float32
			r.Read(net, mustDrawing(t, tc.drawn), &fromDrawn)
			r.Read(net, mustDrawing(t, tc.kept), &fromKept)
			if fromDrawn != fromKept {
				t.Errorf("the Reader reads it as %v and the strokes kept as %v", fromDrawn, fromKept)
			}
		})
	}
}
