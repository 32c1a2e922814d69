package game

import (
	"runtime"
	"slices"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"digitlab/game/ui"
)

// phase is what a pointer did in a tick.
type phase int

const (
	pointerDown phase = iota // pressed at X, Y
	pointerMove              // still pressed, now at X, Y
	pointerUp                // released at X, Y
)

// mouseID is the pointer ID of the mouse; touches use their own IDs, which
// ebiten makes non-negative.
const mouseID = -1

// pointerEvent is one pointer's action in a tick, in logical pixels.
type pointerEvent struct {
	id    int
	phase phase
	x, y  float64
}

// intents is what the user asked for in one tick: the rest of the app asks
// "was the pad pressed?" or "did the user ask to pause?", never "is the
// left mouse button down?".
type intents struct {
	pointers []pointerEvent
	// hover is the mouse position, for highlighting what it is over.
	hoverX, hoverY float64
	hover          bool
	// wheelLines is how far the mouse wheel (or a touchpad's two fingers)
	// asked to scroll, in lines of text, positive to see what is below.
	wheelLines float64
	// Keyboard shortcuts.
	togglePlay, step, reset, clearPad bool
}

// pressed reports whether a pointer went down inside r this tick.
func (in *intents) pressed(r ui.Rect) bool {
	for _, e := range in.pointers {
		if e.phase == pointerDown && r.Contains(e.x, e.y) {
			return true
		}
	}
	return false
}

// anyPress reports whether a pointer went down.
func (in *intents) anyPress() bool {
	for _, e := range in.pointers {
		if e.phase == pointerDown {
			return true
		}
	}
	return false
}

// hovers reports whether the mouse is over r.
func (in *intents) hovers(r ui.Rect) bool {
	return in.hover && r.Contains(in.hoverX, in.hoverY)
}

// wheelNotch is what ebiten's wheel offset is for one notch of a mouse
// wheel: the desktop (GLFW) counts notches, a browser passes on the wheel
// event's pixels, about 100 a notch in Chromium and Firefox (less, and
// finer, from a touchpad). linesPerWheel is how many lines of text a notch
// scrolls, as most programs do.
func wheelNotch() float64 {
	if runtime.GOOS == "js" {
		return 100
	}
	return 1
}

const linesPerWheel = 3

// inputReader turns ebiten's input state into intents. It remembers which
// pointers are down, because a released touch no longer has a position.
type inputReader struct {
	mouseDown bool
	touches   map[ebiten.TouchID][2]float64
	ids       []ebiten.TouchID // scratch
}

func newInputReader() *inputReader {
	return &inputReader{touches: map[ebiten.TouchID][2]float64{}}
}

// read fills in with this tick's input.
func (r *inputReader) read(in *intents) {
	in.pointers = in.pointers[:0]
	cx, cy := ebiten.CursorPosition()
	mx, my := float64(cx), float64(cy)
	in.hoverX, in.hoverY, in.hover = mx, my, true

	left := ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	switch {
	case inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft) || (left && !r.mouseDown):
		in.pointers = append(in.pointers, pointerEvent{mouseID, pointerDown, mx, my})
	case left:
		in.pointers = append(in.pointers, pointerEvent{mouseID, pointerMove, mx, my})
	case r.mouseDown:
		in.pointers = append(in.pointers, pointerEvent{mouseID, pointerUp, mx, my})
	}
	r.mouseDown = left

	r.ids = inpututil.AppendJustReleasedTouchIDs(r.ids[:0])
	for _, id := range r.ids {
		r.release(in, id)
	}
	r.ids = inpututil.AppendJustPressedTouchIDs(r.ids[:0])
	for _, id := range r.ids {
		r.release(in, id) // an ID reused before its release was seen
		tx, ty := ebiten.TouchPosition(id)
		r.touches[id] = [2]float64{float64(tx), float64(ty)}
		in.pointers = append(in.pointers, pointerEvent{int(id), pointerDown, float64(tx), float64(ty)})
	}
	r.ids = ebiten.AppendTouchIDs(r.ids[:0])
	for _, id := range r.ids {
		p, known := r.touches[id]
		tx, ty := ebiten.TouchPosition(id)
		if !known {
			// Down in an earlier tick that the just-pressed list missed.
			p = [2]float64{float64(tx), float64(ty)}
			r.touches[id] = p
			in.pointers = append(in.pointers, pointerEvent{int(id), pointerDown, p[0], p[1]})
			continue
		}
		if q := [2]float64{float64(tx), float64(ty)}; q != p {
			r.touches[id] = q
			in.pointers = append(in.pointers, pointerEvent{int(id), pointerMove, q[0], q[1]})
		}
	}
	// A touch that vanished without a release (the page lost focus) is
	// released where it was last seen.
	for id := range r.touches {
		if !slices.Contains(r.ids, id) {
			r.release(in, id)
		}
	}
	if len(r.touches) > 0 {
		in.hover = false // a finger does not hover
	}

	_, wy := ebiten.Wheel()
	in.wheelLines = -wy * linesPerWheel / wheelNotch()

	in.togglePlay = inpututil.IsKeyJustPressed(ebiten.KeySpace)
	in.step = inpututil.IsKeyJustPressed(ebiten.KeyS)
	in.reset = inpututil.IsKeyJustPressed(ebiten.KeyR)
	in.clearPad = inpututil.IsKeyJustPressed(ebiten.KeyC)
}

// release ends touch id at its last position, if it is down.
func (r *inputReader) release(in *intents, id ebiten.TouchID) {
	if p, ok := r.touches[id]; ok {
		in.pointers = append(in.pointers, pointerEvent{int(id), pointerUp, p[0], p[1]})
		delete(r.touches, id)
	}
}
