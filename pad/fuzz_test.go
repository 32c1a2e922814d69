package pad

import (
	"encoding/binary"
	"math"
	"testing"
)

// fuzzRecord is the size of one input record: an op byte, then x and y as
// float32 bits, so the fuzzer reaches NaN, infinities and huge values.
const fuzzRecord = 9

func fuzzSeed(ops []byte, pts ...float32) []byte {
	var b []byte
	for i, op := range ops {
		b = append(b, op)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(pts[2*i]))
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(pts[2*i+1]))
	}
	return b
}

// FuzzDrawing feeds arbitrary input through both ways of building a drawing,
// the interactive calls and AddStrokes, and checks that nothing panics, that
// stored points stay on the pad, and that both renderers write values in
// [0, 1] (and Preprocess all zeros when it declines).
func FuzzDrawing(f *testing.F) {
	nan, inf := float32(math.NaN()), float32(math.Inf(1))
	f.Add(float32(8), fuzzSeed([]byte{1, 0, 0}, 40, 40, 200, 200, 220, 60))
	f.Add(float32(0), fuzzSeed([]byte{1, 0, 1, 0}, 100, 100, nan, 3, 140, 40, 140, 240))
	f.Add(float32(-1), fuzzSeed([]byte{1, 2, 3, 1}, inf, 0, -1e30, 1e30, 5, 5, 290, -10))
	f.Add(float32(300), fuzzSeed([]byte{1}, 140, 140))
	f.Fuzz(func(t *testing.T, pen float32, data []byte) {
		var api Drawing
		var strokes [][][2]float32
		for len(data) >= fuzzRecord {
			op := data[0]
			x := math.Float32frombits(binary.LittleEndian.Uint32(data[1:]))
			y := math.Float32frombits(binary.LittleEndian.Uint32(data[5:]))
			data = data[fuzzRecord:]
			switch op % 4 {
			case 0:
				api.ExtendStroke(Point{x, y})
			case 1:
				api.BeginStroke(Point{x, y})
			case 2:
				api.EndStroke()
			case 3:
				if op&4 != 0 {
					api.Clear()
				}
			}
			if op&1 != 0 || len(strokes) == 0 {
				strokes = append(strokes, nil)
			}
			strokes[len(strokes)-1] = append(strokes[len(strokes)-1], [2]float32{x, y})
		}
		var auto Drawing
		if err := auto.AddStrokes(strokes); err != nil && (!auto.Empty() || auto.Version() != 0) {
			t.Fatalf("AddStrokes failed with %v but changed the drawing", err)
		}
		for _, d := range []*Drawing{&api, &auto} {
			for _, s := range d.strokes {
				if len(s) == 0 {
					t.Fatal("empty stroke stored")
				}
				for _, p := range s {
					if !(p.X >= 0 && p.X <= Size && p.Y >= 0 && p.Y <= Size) {
						t.Fatalf("stored point %v is off the pad", p)
					}
				}
			}
			var img [NetPixels]float32
			ok := Preprocess(d, &img)
			for i, v := range img {
				if !(v >= 0 && v <= 1) || (!ok && v != 0) {
					t.Fatalf("Preprocess (ok %v): pixel %d is %v", ok, i, v)
				}
			}
			screen := make([]float32, 24*24)
			RenderPad(d, screen, 24, pen)
			for i, v := range screen {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("RenderPad: pixel %d is %v", i, v)
				}
			}
		}
	})
}
