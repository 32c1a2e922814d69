package ui

import "testing"

func TestFormFor(t *testing.T) {
	for _, tc := range []struct {
		w, h   float64
		form   Form
		lw, lh float64
	}{
		{1280, 800, Desktop, ScreenW, ScreenH},
		{1440, 900, Desktop, ScreenW, ScreenH},
		{1920, 1080, Desktop, 1422, ScreenH},
		{1280, 1024, Desktop, ScreenW, 1024},
		{1024, 640, Desktop, 1109, 693}, // at DesktopMinZoom
		{1024, 600, Desktop, 1109, 650},
		{1023, 700, Landscape, 1023, 700},
		{1100, 599, Landscape, 1100, 599},
		{390, 844, Portrait, 390, 844},
		{844, 390, Landscape, 844, 390},
		{768, 1024, Portrait, 768, 1024},
		{200, 300, Portrait, PhoneMinShort, PhoneMinLong},
		{0, 0, Portrait, PhoneMinShort, PhoneMinLong},
	} {
		f, lw, lh := FormFor(tc.w, tc.h)
		if f != tc.form || lw != tc.lw || lh != tc.lh {
			t.Errorf("%vx%v: %s %vx%v, want %s %vx%v", tc.w, tc.h, FormNames[f], lw, lh, FormNames[tc.form], tc.lw, tc.lh)
		}
	}
}

// On every phone size and page, the page shown lies on the screen and the
// others lie wholly off it; in portrait the pad is at least 80% of the
// width; what a finger presses is at least TouchH high; the drawing
// panel's parts stay inside it.
func TestPhoneLayout(t *testing.T) {
	on := func(s Screen, r Rect) bool {
		return r.X >= 0 && r.Y >= 0 && r.Right() <= s.W+0.01 && r.Bottom() <= s.H+0.01
	}
	off := func(s Screen, r Rect) bool { return r.Right() <= 0 || r.X >= s.W }
	for _, size := range [][2]float64{{390, 844}, {360, 640}, {320, 480}, {430, 932}, {844, 390}, {640, 360}, {480, 320}, {1000, 700}} {
		for banner := 0; banner <= 1; banner++ {
			for pg := Page(0); pg < NumPages; pg++ {
				form, w, h := FormFor(size[0], size[1])
				s := PhoneLayout(form, w, h, banner, pg)
				name := FormNames[form] + " " + PageNames[pg]
				parts := map[Page][]Rect{
					PageDraw:     {s.Drawing},
					PageTrain:    {s.Tabs, s.Content, s.Diagnosis, s.Loss, s.Acc},
					PageSettings: {s.Controls},
				}
				for p, rs := range parts {
					for i, r := range rs {
						if r.Empty() {
							t.Errorf("%vx%v %s: part %d of page %s is empty", w, h, name, i, PageNames[p])
						}
						if p == pg && !on(s, r) {
							t.Errorf("%vx%v %s: part %d %+v is not on the screen", w, h, name, i, r)
						}
						if p != pg && !off(s, r) {
							t.Errorf("%vx%v %s: part %d of hidden page %s %+v shows", w, h, name, i, PageNames[p], r)
						}
					}
				}
				top := PhoneTopBar(&s, 104, 80, 70)
				sw := SwitchLayout(s.Switch)
				touch := append([]Rect{top.Play, top.Step, top.Reset}, sw[:]...)
				if pg == PageTrain {
					touch = append(touch, s.Tabs)
				}
				for i, r := range touch {
					if r.H < TouchH || r.W < TouchH || !on(s, r) {
						t.Errorf("%vx%v %s: touch target %d is %+v", w, h, name, i, r)
					}
				}
				if pg != PageDraw {
					continue
				}
				d := PhoneDrawingLayout(s.Drawing, 60, form)
				if form == Portrait && h >= 844 && d.Pad.W < 0.8*w {
					t.Errorf("%vx%v: the pad is %v wide, under 80%% of the width", w, h, d.Pad.W)
				}
				small := d.Pad.W < 0.3*w && (banner == 0 || min(w, h) > PhoneMinShort) // 320x480 under a banner: 90 px
				if d.Pad.W != d.Pad.H || small || d.Clear.H < TouchH {
					t.Errorf("%vx%v %s: pad %+v, clear %+v", w, h, name, d.Pad, d.Clear)
				}
				// The bars may give way on a short screen, not on a common phone.
				if d.Bars[0].Empty() && (w >= 390 && h >= 844 || h >= 390 && w >= 844) {
					t.Errorf("%vx%v %s: no room for the bars", w, h, name)
				}
				dparts := []Rect{d.Pad, d.Clear, d.Preview, d.Guess}
				if !d.Bars[0].Empty() {
					dparts = append(dparts, d.Bars[:]...)
				}
				for i, r := range dparts {
					in := r.X >= s.Drawing.X && r.Y >= s.Drawing.Y && r.Right() <= s.Drawing.Right()+0.01 && r.Bottom() <= s.Drawing.Bottom()+0.01
					if !in || r.Empty() {
						t.Errorf("%vx%v %s: part %d of the drawing panel %+v is outside %+v", w, h, name, i, r, s.Drawing)
					}
				}
			}
		}
	}
}
