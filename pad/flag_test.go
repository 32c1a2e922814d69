package pad

import "testing"

// TestFlaggedOne: the stem of a 1 drawn with a flag, in one stroke or
// two, with or without a base, is found; 7s, 4s, 2s, leaning 1s and
// shapes with more to them than a 1 are left alone.
func TestFlaggedOne(t *testing.T) {
	stem := [][2]float32{{150, 30}, {148, 250}}
	for _, tc := range []struct {
		name    string
		strokes [][][2]float32
		want    bool
	}{
		{"flag and stem in one stroke", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}}, true},
		{"the flag on its own, first", [][][2]float32{{{110, 80}, {150, 32}}, stem}, true},
		{"the flag on its own, last", [][][2]float32{stem, {{152, 34}, {112, 82}}}, true},
		{"with a base", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 252}, {195, 250}}}, true},
		{"a long steep flag", [][][2]float32{{{60, 140}, {150, 30}, {148, 250}}}, true},
		{"the stem drawn up, then the flag", [][][2]float32{{{148, 250}, {150, 30}, {110, 80}}}, true},
		{"the stem drawn up, the flag apart", [][][2]float32{{{148, 250}, {150, 30}}, {{110, 80}, {150, 32}}}, true},
		{"a curved flag", [][][2]float32{{{105, 95}, {122, 72}, {138, 48}, {150, 30}, {148, 250}}}, true},

		{"a stick", [][][2]float32{stem}, false},
		{"a stick and a base", [][][2]float32{stem, {{105, 252}, {195, 250}}}, false},
		{"7: a level bar", [][][2]float32{{{60, 35}, {170, 30}, {140, 250}}}, false},
		{"7: a long bar rising 27°, the stem upright", [][][2]float32{{{60, 76}, {150, 30}, {148, 250}}}, false},
		{"7: a bar reaching over half the stem at 45°", [][][2]float32{{{20, 160}, {150, 30}, {148, 250}}}, false},
		{"a 1 leaning 20°", [][][2]float32{{{150, 80}, {190, 30}, {110, 250}}}, false},
		{"a flag to the right", [][][2]float32{{{190, 80}, {150, 30}, {148, 250}}}, false},
		{"open 4", [][][2]float32{{{130, 30}, {70, 170}, {200, 170}}, {{170, 90}, {170, 250}}}, false},
		{"closed 4", [][][2]float32{{{170, 30}, {80, 170}, {200, 170}}, {{170, 30}, {172, 250}}}, false},
		{"2", [][][2]float32{{{90, 80}, {120, 35}, {170, 40}, {180, 90}, {90, 240}, {200, 240}}}, false},
		{"an upward arrow", [][][2]float32{stem, {{110, 80}, {150, 30}}, {{150, 30}, {190, 80}}}, false},
		{"a crossed stem", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{110, 140}, {190, 140}}}, false},
		{"a slanted stroke at the foot", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 270}, {195, 230}}}, false},
		{"a bent stroke at the foot", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 250}, {150, 225}, {195, 250}}}, false},
		{"a dot beside the 1", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 252}, {195, 250}}, {{60, 250}}}, false},
		{"a hook to the right at the top, and a flag apart", [][][2]float32{{{175, 60}, {150, 30}, {148, 250}}, {{110, 80}, {150, 32}}}, false},
		{"a bar above the foot", [][][2]float32{{{110, 80}, {150, 30}, {148, 250}}, {{105, 180}, {195, 180}}}, false},
		{"a flag bent past a straight line", [][][2]float32{{{110, 80}, {100, 50}, {150, 30}, {148, 250}}}, false},
		{"a bowed stem", [][][2]float32{{{110, 80}, {150, 30}, {185, 140}, {148, 250}}}, false},
		{"a short stem", [][][2]float32{{{60, 30}, {100, 30}, {150, 80}, {148, 200}}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustDrawing(t, tc.strokes)
			if got := flaggedOne(d.strokes); (got != nil) != tc.want {
				t.Errorf("flaggedOne = %v, want a stem: %v", got, tc.want)
			}
		})
	}
}

func TestFlaggedOneOfNothing(t *testing.T) {
	if flaggedOne(nil) != nil {
		t.Error("flaggedOne(nil) found a stem")
	}
}
