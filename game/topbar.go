package game

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/trainer"
)

// topBar holds the title, the training buttons and the run's status.
type topBar struct {
	layout            ui.TopBar
	play, step, reset *button

	status    statusLine
	statusSrc struct { // what status was made from
		snap *trainer.Snapshot
		note string
		ok   bool
	}
}

// statusLine is what the status area shows: the run's state in a pill, the
// facts after it and any error at the right end.
type statusLine struct {
	state string
	color color.RGBA
	facts [maxFactVariants]string // ways to say the facts, longest first ("" for none): the first that fits shows
	err   string
}

// setStatus describes the run of snapshot s and the app's note for the
// status line; it does the formatting only when they changed.
func (t *topBar) setStatus(s *trainer.Snapshot, note string) {
	src := &t.statusSrc
	if src.ok && src.snap == s && src.note == note {
		return
	}
	src.snap, src.note, src.ok = s, note, true
	state, c, facts := statusOf(s)
	errText := note
	if s != nil && s.Error != "" && s.Run != trainer.RunFailed { // a failure's error is in the banner
		errText = s.Error
	}
	t.status = statusLine{state: state, color: c, facts: factVariants(s, facts), err: errText}
}

// maxFactVariants is how many ways factVariants has to say the facts.
const maxFactVariants = 4

// factVariants are ways to say a run's facts, longest first, for a status
// line too narrow for all of them (a phone): without the speed, then
// "epoch 5.3/30 · 106.8k samples", then "epoch 5.3/30 · 106.8k"; a
// diverged run's reason stays in all but the last.
func factVariants(s *trainer.Snapshot, facts []string) (out [maxFactVariants]string) {
	const sep = "  ·  "
	out[0] = strings.Join(facts, sep)
	if s == nil || (s.Run != trainer.RunTraining && s.Run != trainer.RunPaused && s.Run != trainer.RunDiverged && s.Run != trainer.RunFinished) {
		return out
	}
	var vs []string
	if s.Run == trainer.RunTraining && len(facts) > 2 {
		vs = append(vs, strings.Join(slices.Delete(slices.Clone(facts), 2, 3), sep))
	}
	epoch := fmt.Sprintf("epoch %.1f", math.Floor(s.Epoch*10)/10)
	if s.Epochs > 0 {
		epoch += fmt.Sprintf("/%d", s.Epochs)
	}
	count := ui.FormatSI(float64(s.Samples))
	short := []string{epoch, count + " samples"}
	if s.Run == trainer.RunDiverged && s.Diverged != "" {
		short = append(short, s.Diverged)
	}
	vs = append(vs, strings.Join(short, sep), epoch+sep+count)
	copy(out[1:], vs)
	return out
}

// playW is wide enough for the longest play label, so the buttons do not
// move when it changes.
const playW = 104

func (t *topBar) place(s *ui.Screen, f *fonts) {
	stepW, resetW := f.bold13.width("Step")+44, f.bold13.width("Reset")+28
	if s.Form == ui.Desktop {
		t.layout = ui.TopBarLayout(s.TopBar, playW, stepW, resetW)
	} else {
		t.layout = ui.PhoneTopBar(s, playW, stepW, resetW)
	}
	t.play.rect, t.step.rect, t.reset.rect = t.layout.Play, t.layout.Step, t.layout.Reset
}

func (t *topBar) update(in *intents) {
	t.play.update(in)
	t.step.update(in)
	t.reset.update(in)
}

// syncTopBar labels the play button for what it would do now.
func (a *App) syncTopBar() {
	b := a.top.play
	switch run := a.runState(); {
	case run == trainer.RunDiverged || run == trainer.RunFinished:
		b.label, b.icon = "Restart", iconPlay
	case a.training:
		b.label, b.icon = "Pause", iconPause
	default:
		b.label, b.icon = "Train", iconPlay
	}
}

// statusOf describes the run for the status line: the state's name and
// colour, and the facts after it.
func statusOf(s *trainer.Snapshot) (state string, c color.RGBA, facts []string) {
	if s == nil || s.Run == "" || s.Run == trainer.RunLoading {
		if s != nil && s.Waiting != "" { // a run waiting for its images
			return "starting", colTextDim, []string{"loading the training data: " + s.Waiting}
		}
		return "starting", colTextDim, []string{"loading the training data…"}
	}
	switch s.Run {
	case trainer.RunTraining:
		state, c = "training", colGood
	case trainer.RunPaused:
		state, c = "paused", colWarn
	case trainer.RunDiverged:
		state, c = "diverged", colBad
	case trainer.RunFinished:
		state, c = "finished", colAccent
	case trainer.RunFailed: // the banner has the whole error
		return "stopped", colBad, []string{"training is unavailable: reload the page to try again"}
	default:
		state, c = s.Run, colTextDim
	}
	epoch := fmt.Sprintf("epoch %.1f", math.Floor(s.Epoch*10)/10)
	if s.Epochs > 0 {
		epoch += fmt.Sprintf(" of %d", s.Epochs)
	}
	facts = append(facts, epoch, ui.FormatCount(s.Samples)+" samples")
	switch {
	case s.Run == trainer.RunTraining && s.SamplesPerSec > 0:
		facts = append(facts, ui.FormatSI(s.SamplesPerSec)+" samples/s")
	case s.Run == trainer.RunTraining:
		facts = append(facts, "measuring speed…") // not "0 samples/s" in a run's first moments
	}
	if s.Run == trainer.RunDiverged && s.Diverged != "" {
		facts = append(facts, s.Diverged)
	}
	return state, c, facts
}

// drawChrome draws the bar and the title; the subtitle only on the
// desktop.
func (t *topBar) drawChrome(dst *ebiten.Image, p *painter, s *ui.Screen) {
	f := p.fonts
	l := t.layout
	bar := s.TopBar
	p.rect(dst, bar, colPanel)
	p.hline(dst, 0, bar.W, bar.Bottom()-1, colPanelBorder)
	if l.Title.Empty() {
		return
	}
	p.text(dst, f.bold22, "Digit Lab", l.Title.X, l.Title.Y+f.bold22.ascent-2, colText)
	if s.Form == ui.Desktop {
		p.text(dst, f.regular13, "Why does this network fail on MNIST?", l.Title.X+f.bold22.width("Digit Lab")+12, l.Title.Y+f.bold22.ascent-2, colTextMuted)
	}
}

// drawStatus draws the status area: the state pill, then the facts, then
// any error at the right end.
func (t *topBar) drawStatus(c *canvas, p *painter) {
	f := p.fonts
	st := t.layout.Status
	c.restore(st)
	dst := c.dst
	s := &t.status
	pillW := f.bold13.width(s.state) + 30
	pill := ui.Rect{X: st.X, Y: st.CenterY() - 12, W: pillW, H: 24}
	p.roundRect(dst, pill, 12, colRaised)
	p.circle(dst, pill.X+12, pill.CenterY(), 4, s.color)
	p.textIn(dst, f.bold13, s.state, ui.Rect{X: pill.X + 22, Y: pill.Y, W: pillW - 22, H: pill.H}, alignLeft, s.color)

	x := pill.Right() + 14
	facts := ""
	for _, v := range s.facts {
		if v == "" {
			break
		}
		facts = v // the shortest, cut if even it is too long
		if f.regular13.width(v) <= st.Right()-x {
			break
		}
	}
	lw := math.Min(f.regular13.width(facts), st.Right()-x)
	p.textIn(dst, f.regular13, f.regular13.ellipsize(facts, lw), ui.Rect{X: x, Y: st.Y, W: lw, H: st.H}, alignLeft, colTextDim)
	if s.err != "" {
		room := st.Right() - (x + lw + 24)
		ew := math.Min(f.regular13.width(s.err), room)
		p.textIn(dst, f.regular13, f.regular13.ellipsize(s.err, ew), ui.Rect{X: st.Right() - ew, Y: st.Y, W: ew, H: st.H}, alignLeft, colBad)
	}
}
