package pad

import "testing"

// spaces returns subspace distances of 2 for every digit but those given
// in pairs (digit, distance).
func spaces(pairs ...float32) (s [10]float32) {
	for i := range s {
		s[i] = 2
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		s[int(pairs[i])] = pairs[i+1]
	}
	return s
}

func TestDisputes(t *testing.T) {
	// With the nearest at 1, the answer is disputed from
	// 1 + DisputeMargin*(1+DisputeFloor) = 1.15.
	for _, tc := range []struct {
		name   string
		j      Judgement
		answer int
		want   int
	}{
		{"clearly nearer another digit", Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 1, 8, 1.5)}, 8, 0},
		{"just past the margin", Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 1, 8, 1.16)}, 8, 0},
		{"within the margin", Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 1, 8, 1.14)}, 8, -1},
		{"near two digits, the floor holds", Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 0.01, 8, 0.05)}, 8, -1},
		{"the answer is the nearest", Judgement{Verdict: Digit, Nearest: 8, Spaces: spaces(8, 1, 0, 1.5)}, 8, -1},
		{"not a digit", Judgement{Verdict: NotDigit, Nearest: 0, Spaces: spaces(0, 1, 8, 3)}, 8, -1},
		{"empty", Judgement{Verdict: Empty, Nearest: -1}, 8, -1},
		{"no answer", Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 1)}, -1, -1},
		{"an answer out of range", Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 1)}, 10, -1},
	} {
		if got := tc.j.Disputes(tc.answer); got != tc.want {
			t.Errorf("%s: Disputes(%d) = %d, want %d", tc.name, tc.answer, got, tc.want)
		}
	}
}

func TestAlsoOf(t *testing.T) {
	disputed := Judgement{Verdict: Digit, Nearest: 0, Spaces: spaces(0, 1, 8, 2)}
	agreed := Judgement{Verdict: Digit, Nearest: 8, Spaces: spaces(8, 1, 0, 2)}
	doubted := Doubt{Label: 8, Also: 3, Ratio: DoubtRatio}
	sure := Doubt{Label: 8, Also: 3, Ratio: DoubtRatio / 2}
	for _, tc := range []struct {
		name   string
		d      Doubt
		j      Judgement
		answer int
		want   Also
	}{
		{"the checker disputes, the views doubt: the checker's digit", doubted, disputed, 8, Also{0, true}},
		{"the checker disputes, the views are sure", sure, disputed, 8, Also{0, true}},
		{"only the views doubt: the runner-up", doubted, agreed, 8, Also{3, false}},
		{"nobody doubts", sure, agreed, 8, Also{Label: -1}},
		{"the views doubt another answer", Doubt{Label: 5, Also: 3, Ratio: 1}, agreed, 8, Also{Label: -1}},
		{"no views (an MNIST image), the checker disputes", Doubt{Label: -1, Also: -1}, disputed, 8, Also{0, true}},
	} {
		if got := AlsoOf(tc.d, tc.j, tc.answer); got != tc.want {
			t.Errorf("%s: AlsoOf = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
