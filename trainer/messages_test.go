package trainer

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"digitlab/nn"
)

// TestMistakePixels checks that a progress whose mistakes' pixels travel
// beside its JSON decodes to the progress that was sent, and that a buffer
// of the wrong size is refused.
func TestMistakePixels(t *testing.T) {
	image := func(v byte) []byte { return bytes.Repeat([]byte{v}, nn.Inputs) }
	for _, tc := range []struct {
		name     string
		mistakes []Mistake
	}{
		{"none", nil},
		{"one", []Mistake{{Mistake: nn.Mistake{Index: 4, Label: 3, Predicted: 5, Confidence: 0.7}, Pixels: image(9)}}},
		{"three", []Mistake{
			{Mistake: nn.Mistake{Index: 1, Label: 0, Predicted: 6}, Pixels: image(1)},
			{Mistake: nn.Mistake{Index: 7, Label: 2, Predicted: 7}, Pixels: image(2)},
			{Mistake: nn.Mistake{Index: 9, Label: 9, Predicted: 4}, Pixels: image(255)},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sent := Progress{Run: RunTraining, Samples: 1234, Mistakes: tc.mistakes}
			want, err := json.Marshal(sent)
			if err != nil {
				t.Fatal(err)
			}
			p := sent
			p.Mistakes = append([]Mistake(nil), sent.Mistakes...)
			pixels := p.DetachMistakePixels([]byte("kept"))
			if got := len(pixels); got != 4+len(tc.mistakes)*nn.Inputs {
				t.Fatalf("buffer of %d bytes for %d mistakes", got, len(tc.mistakes))
			}
			text, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			if len(tc.mistakes) > 0 && strings.Contains(string(text), "pixels") {
				t.Errorf("the JSON still carries pixels: %s", text)
			}
			var got Progress
			if err := json.Unmarshal(text, &got); err != nil {
				t.Fatal(err)
			}
			if err := got.AttachMistakePixels(pixels[4:]); err != nil {
				t.Fatal(err)
			}
			if gotText, _ := json.Marshal(got); !bytes.Equal(gotText, want) {
				t.Errorf("received %s\nsent     %s", gotText, want)
			}
			for _, n := range []int{len(pixels[4:]) - 1, len(pixels[4:]) + nn.Inputs} {
				if n < 0 {
					continue
				}
				if err := got.AttachMistakePixels(make([]byte, n)); err == nil {
					t.Errorf("%d bytes for %d mistakes: no error", n, len(tc.mistakes))
				}
			}
		})
	}
}
