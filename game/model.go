package game

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
)

// ModelFiles is how the app keeps models outside itself, in nn's model
// file format (nn.SaveModel). The page downloads a file and opens a file
// picker; the desktop writes a file in the user's directory and takes
// files dropped on its window. Nil in Options: the Save and Load buttons
// say that this build keeps no files.
type ModelFiles interface {
	// Save keeps data, a model file, under the suggested file name and
	// returns what to tell the user, such as "Saved ~/digitlab.dlm".
	Save(name string, data []byte) (string, error)
	// Open asks the user for a model file, which arrives later through
	// App.LoadModel. It returns what to tell the user, or "" when the
	// request speaks for itself (a file picker opened).
	Open() string
}

// ModelExt is the file name extension of saved models.
const ModelExt = ".dlm"

// How long a message of the model strip stays, in ticks (60 a second).
const (
	modelNoteTicks  = 5 * 60
	modelErrorTicks = 10 * 60
)

// modelKeeper is the pad's Save and Load buttons and the strip across the
// top of the pad that says which network reads the drawing when it is not
// the training run's: a model the user loaded. A loaded model classifies
// the drawing until the user closes it (the strip's ×) or loads another;
// the training run goes on as before, and takes the pad back on close.
type modelKeeper struct {
	files            ModelFiles
	save, load, shut *button

	cls  classifier // the loaded model, ready; net nil when none is loaded
	name string     // its file's name
	seq  uint64     // grows with each model loaded or closed (predKey)

	note    string // what the last save or load said
	bad     bool   // note is an error
	noteEnd uint64 // the tick at which note goes

	strip      ui.Rect // across the top of the pad
	shown      modelLook
	shownValid bool
}

// modelLook is everything the strip is drawn from.
type modelLook struct {
	strip ui.Rect
	text  string
	bad   bool
	shut  bool // the × shows
	hover bool
}

func newModelKeeper(files ModelFiles, save, load func()) *modelKeeper {
	m := &modelKeeper{files: files}
	m.save = &button{name: "model:save", label: "Save model", onClick: save}
	m.load = &button{name: "model:load", label: "Load model", onClick: load}
	m.shut = &button{name: "model:close", label: "×", kind: buttonClose, onClick: m.unload}
	return m
}

// loaded reports whether a loaded model reads the drawing.
func (m *modelKeeper) loaded() bool { return m.cls.net != nil }

// unload gives the pad back to the training run.
func (m *modelKeeper) unload() {
	if m.loaded() {
		m.cls, m.name = classifier{}, ""
		m.seq++
	}
}

// use makes net, read from the file name, the pad's network.
func (m *modelKeeper) use(net *nn.Network, name string) {
	m.cls = classifier{net: net, cfg: net.Config(), ready: true}
	m.name = name
	m.seq++
}

// say shows text in the strip for a while; bad marks an error.
func (m *modelKeeper) say(text string, bad bool, now uint64) {
	m.note, m.bad = text, bad
	m.noteEnd = now + modelNoteTicks
	if bad {
		m.noteEnd = now + modelErrorTicks
	}
}

// modelLabels are the buttons' labels on the desktop and on a phone.
var modelLabels = [2][2]string{{"Save model", "Load model"}, {"Save", "Load"}}

// stripH is the strip's height: two lines of text, and as high as a finger
// needs for its ×.
const stripH = ui.TouchH

// place lays the buttons and the strip out in the drawing panel v: on the
// desktop and a portrait phone the buttons go left of Clear in the
// header, whose title gives way (and goes when it no longer fits); in
// landscape they go in a row under Clear, narrowing the guess.
func (m *modelKeeper) place(v *padView, form ui.Form, f *fonts) {
	l := &v.layout
	labels, minW := modelLabels[0], 0.0
	if form != ui.Desktop {
		labels, minW = modelLabels[1], 64
	}
	m.save.label, m.load.label = labels[0], labels[1]
	saveW := max(f.bold13.width(labels[0])+28, minW)
	loadW := max(f.bold13.width(labels[1])+28, minW)
	c := l.Clear
	if form == ui.Landscape {
		// Under Clear, as wide as the room right of the preview allows.
		avail := c.Right() - (l.Preview.Right() + 8)
		if k := (avail - 8) / (saveW + loadW); k < 1 {
			saveW, loadW = saveW*k, loadW*k
		}
		m.load.rect = ui.Rect{X: c.Right() - loadW, Y: c.Bottom() + 8, W: loadW, H: c.H}
		m.save.rect = ui.Rect{X: m.load.rect.X - 8 - saveW, Y: m.load.rect.Y, W: saveW, H: c.H}
		if g := &l.Guess; g.Right() > m.save.rect.X-12 {
			g.W = max(m.save.rect.X-12-g.X, 0)
		}
	} else {
		m.load.rect = ui.Rect{X: c.X - 8 - loadW, Y: c.Y, W: loadW, H: c.H}
		m.save.rect = ui.Rect{X: m.load.rect.X - 8 - saveW, Y: c.Y, W: saveW, H: c.H}
		l.Title.W = m.save.rect.X - 8 - l.Title.X
		if l.Title.W < f.bold15.width(padTitle) {
			l.Title = ui.Rect{}
		}
	}
	m.strip, _ = l.Pad.CutTop(stripH, 0)
	m.shut.rect, _ = m.strip.CutRight(stripH, 0)
	if form == ui.Desktop { // a mouse needs less, and the × looks less heavy
		m.shut.rect = m.shut.rect.Inset(6)
	}
}

// update runs the buttons and ends a message whose time is up.
func (m *modelKeeper) update(in *intents, now uint64) {
	m.save.update(in)
	m.load.update(in)
	if m.loaded() {
		m.shut.update(in)
	} else {
		m.shut.hover = false
	}
	if m.note != "" && now >= m.noteEnd {
		m.note = ""
	}
}

// keepOut is where a pointer going down on the pad presses the strip's ×
// instead of drawing.
func (m *modelKeeper) keepOut() ui.Rect {
	if m.loaded() {
		return m.shut.rect
	}
	return ui.Rect{}
}

func (m *modelKeeper) hovering() bool { return m.save.hover || m.load.hover || m.shut.hover }

// rects adds the buttons to a ControlRect map: "model:save", "model:load"
// and, while a model is loaded, "model:close".
func (m *modelKeeper) rects(r map[string]ui.Rect) {
	r[m.save.name], r[m.load.name] = m.save.rect, m.load.rect
	if m.loaded() {
		r[m.shut.name] = m.shut.rect
	}
}

// look is what the strip shows: the latest message while it lasts, else
// the loaded model; nothing when neither is there.
func (m *modelKeeper) look() modelLook {
	l := modelLook{strip: m.strip, shut: m.loaded(), hover: m.shut.hover}
	switch {
	case m.note != "":
		l.text, l.bad = m.note, m.bad
	case m.loaded():
		l.text = "Loaded model: " + modelSummary(m.cls.cfg) + " · not the training run"
	}
	return l
}

// stripDirty reports whether the strip must be drawn again, which
// redraws the pad under it.
func (m *modelKeeper) stripDirty(c *canvas) bool {
	return dirty(c, &m.shown, &m.shownValid, m.look())
}

// drawStrip draws the strip over the pad, which was just drawn.
func (m *modelKeeper) drawStrip(dst *ebiten.Image, p *painter) {
	l := m.shown
	if l.text == "" {
		return
	}
	f := p.fonts.regular13
	p.rect(dst, l.strip, colOverlay)
	textW := l.strip.W - 16
	if l.shut {
		textW = m.shut.rect.X - 8 - (l.strip.X + 8)
		m.shut.draw(dst, p)
	}
	c := colText
	if l.bad {
		c = colBad
	}
	// Two lines, broken at spaces and in paths; the second ends in "…" if
	// the text is longer.
	lines := f.wrap(l.text, textW, " /")
	if len(lines) > 2 {
		lines = []string{lines[0], f.ellipsize(strings.Join(lines[1:], ""), textW)}
	}
	const lineH = 17
	y := l.strip.CenterY() - float64(len(lines))*lineH/2
	for i, line := range lines {
		p.textIn(dst, f, line, ui.Rect{X: l.strip.X + 8, Y: y + float64(i)*lineH, W: textW, H: lineH}, alignLeft, c)
	}
}

// modelSummary names a network by its layers and activation, such as
// "784-128-10 relu" or "conv 8c5-p2 · 1152-10 relu".
func modelSummary(cfg nn.Config) string {
	layers := cfg.Layers()
	parts := make([]string, len(layers))
	for i, n := range layers {
		parts[i] = fmt.Sprint(n)
	}
	s := strings.Join(parts, "-") + " " + string(cfg.Activation)
	if cfg.Conv != "" {
		s = "conv " + cfg.Conv + " · " + s
	}
	return s
}

// modelFileName is the name a model is saved under: its layers,
// activation and training step.
func modelFileName(cfg nn.Config, step int64) string {
	s := strings.NewReplacer(" · ", "-", " ", "-").Replace(modelSummary(cfg))
	return fmt.Sprintf("digitlab-%s-step%d%s", s, step, ModelExt)
}

// errNoModel is what saving says before the network has weights.
var errNoModel = errors.New("nothing to save yet: the network has no weights")

// modelFile encodes the network that reads the drawing (a loaded model,
// or the training run's at the step of its newest weights) and names it.
func (a *App) modelFile() (name string, data []byte, err error) {
	cls := a.reader()
	if !cls.ready {
		return "", nil, errNoModel
	}
	// The classifier's network may carry the settings of an earlier run of
	// the same shape: the file gets the run's own config.
	net, err := nn.NewNet[float32](cls.cfg, 1)
	if err == nil {
		err = net.SetWeights(cls.net.AppendWeights(nil))
	}
	if err != nil {
		return "", nil, err
	}
	var buf bytes.Buffer
	if err := nn.SaveModel(&buf, net); err != nil {
		return "", nil, err
	}
	name = a.model.name
	if name == "" {
		name = modelFileName(cls.cfg, cls.step)
	}
	return name, buf.Bytes(), nil
}

// reader is the classifier that reads the drawing: a loaded model, or the
// training run's.
func (a *App) reader() *classifier {
	if a.model.loaded() {
		return &a.model.cls
	}
	return &a.cls
}

// saveModel is the Save button: the file goes to the platform's
// ModelFiles, and the strip says where.
func (a *App) saveModel() {
	if a.model.files == nil {
		a.model.say("This build cannot save files", true, a.ticks)
		return
	}
	name, data, err := a.modelFile()
	var msg string
	if err == nil {
		msg, err = a.model.files.Save(name, data)
	}
	if err != nil {
		a.model.say("Not saved: "+err.Error(), true, a.ticks)
		return
	}
	a.model.say(msg, false, a.ticks)
}

// openModel is the Load button: the platform asks for a file, which comes
// back through LoadModel.
func (a *App) openModel() {
	if a.model.files == nil {
		a.model.say("This build cannot open files", true, a.ticks)
		return
	}
	if msg := a.model.files.Open(); msg != "" {
		a.model.say(msg, false, a.ticks)
	}
}

// SaveModel queues encoding the network that reads the drawing (see
// modelFile) and calls done with the file's suggested name and bytes, or
// the reason there are none, in the next Update. Safe for concurrent use;
// done must not block.
func (a *App) SaveModel(done func(name string, data []byte, err error)) {
	a.auto.do(func() { done(a.modelFile()) })
}

// LoadModel reads a model file (nn.LoadModel) and, if it is good, queues
// making it the network that reads the drawing until the user closes it.
// It returns "" or nn.LoadModel's message, which the strip shows too; a
// bad file changes nothing else. name is the file's name, for saving it
// again. Safe for concurrent use.
func (a *App) LoadModel(name string, data []byte) string {
	net, err := nn.LoadModel(data)
	if err != nil {
		msg := "Not loaded: " + strings.TrimPrefix(err.Error(), "nn: ")
		a.auto.do(func() { a.model.say(msg, true, a.ticks) })
		return err.Error()
	}
	if name == "" {
		name = "model" + ModelExt
	}
	a.auto.do(func() {
		a.model.use(net, name)
		a.model.say("", false, a.ticks)
		a.rebuildRects() // the strip's × appears
	})
	return ""
}

// modelJSON is the state's "model": whether a loaded model reads the
// drawing instead of the training run, its file name and config, and the
// strip's latest message and whether it is an error.
type modelJSON struct {
	Loaded  bool   `json:"loaded"`
	Name    string `json:"name"`
	Config  string `json:"config"`
	Message string `json:"message"`
	Error   bool   `json:"error"`
}

func (m *modelKeeper) state() modelJSON {
	s := modelJSON{Loaded: m.loaded(), Name: m.name, Message: m.note, Error: m.bad && m.note != ""}
	if m.loaded() {
		s.Config = m.cls.cfg.String()
	}
	return s
}
