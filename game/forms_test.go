package game

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

// The app takes the form of its outside size: on a phone the pad is large,
// a stroke drawn across it lands in the same pad units as on the desktop,
// and the page switch brings the other panels on screen.
func TestAppForms(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		layout string
		minPad float64
	}{
		{1280, 800, "desktop", 280},
		{390, 844, "portrait", 312},
		{844, 390, "landscape", 250},
	} {
		a, ft := newTestApp(t, Options{})
		ft.set(snapshotOf(t, nn.DefaultConfig(), trainer.RunTraining, 1))
		if w, h := a.Layout(tc.w, tc.h); tc.layout != "desktop" && (w != tc.w || h != tc.h) {
			t.Errorf("%s: logical screen %dx%d, want the CSS size", tc.layout, w, h)
		}
		tick(a)
		if got := ui.FormNames[a.form]; got != tc.layout {
			t.Fatalf("%dx%d: form %s, want %s", tc.w, tc.h, got, tc.layout)
		}
		x, y, w, _, _ := a.ControlRect("pad")
		if w < tc.minPad {
			t.Errorf("%s: pad %v wide, want at least %v", tc.layout, w, tc.minPad)
		}
		k := w / 280 // screen pixels per pad unit
		pts := [][2]float64{{80, 60}, {200, 60}, {140, 230}}
		tick(a, pointerEvent{mouseID, pointerDown, x + pts[0][0]*k, y + pts[0][1]*k})
		tick(a, pointerEvent{mouseID, pointerMove, x + pts[1][0]*k, y + pts[1][1]*k})
		tick(a, pointerEvent{mouseID, pointerUp, x + pts[2][0]*k, y + pts[2][1]*k})
		got := a.padV.drawing.Export()
		if len(got) != 1 || len(got[0]) != 3 {
			t.Fatalf("%s: strokes %v", tc.layout, got)
		}
		for i, p := range got[0] {
			if dx, dy := float64(p[0])-pts[i][0], float64(p[1])-pts[i][1]; dx*dx+dy*dy > 1 {
				t.Errorf("%s: point %d at %v in pad units, want %v", tc.layout, i, p, pts[i])
			}
		}
		checkPrediction(t, a)
		if tc.layout == "desktop" {
			if _, _, _, _, ok := a.ControlRect("page:train"); ok {
				t.Error("the desktop has a page switch")
			}
			continue
		}
		click(t, a, "page:train")
		cx, _, cw, _, _ := a.ControlRect("content")
		if px, _, pw, _, _ := a.ControlRect("pad"); a.page != ui.PageTrain || cx < 0 || cx+cw > float64(tc.w) || (px+pw > 0 && px < float64(tc.w)) {
			t.Errorf("%s: after the switch, page %v, content at %v+%v, pad at %v+%v", tc.layout, a.page, cx, cw, px, pw)
		}
	}
}

// On every screen, desktop or phone, at device scale 1, 2 and 3, the
// state's smallest text is at least ui.MinCSSText CSS pixels, and the
// painter draws it at that size: the em of the smallest face times the
// view's device pixels per logical pixel, over the device scale.
func TestStateTextCSS(t *testing.T) {
	for _, tc := range []struct {
		w, h   float64
		d      float64
		layout string
	}{
		{1024, 640, 1, "desktop"}, {1024, 600, 1, "desktop"}, {1280, 720, 1, "desktop"}, {1366, 768, 2, "desktop"},
		{1440, 900, 2, "desktop"}, {1920, 1080, 1, "desktop"}, {2560, 1440, 2, "desktop"},
		{390, 844, 3, "portrait"}, {844, 390, 3, "landscape"}, {1023, 700, 1, "landscape"},
	} {
		a, _ := newTestApp(t, Options{})
		a.layoutAt(tc.w, tc.h, tc.d)
		tick(a)
		var st struct {
			Layout  string  `json:"layout"`
			TextCSS float64 `json:"textCSS"`
		}
		if err := json.Unmarshal([]byte(a.StateJSON()), &st); err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("%vx%v@%v", tc.w, tc.h, tc.d)
		if st.Layout != tc.layout {
			t.Errorf("%s: layout %s, want %s", name, st.Layout, tc.layout)
		}
		drawn := a.p.fonts.regular13.size * a.p.view.k / a.dscale
		if st.TextCSS < ui.MinCSSText || math.Abs(st.TextCSS-drawn) > 1e-9 {
			t.Errorf("%s: textCSS %v, the 13 px face drawn at %v CSS px; want at least %v", name, st.TextCSS, drawn, ui.MinCSSText)
		}
	}
}
