package game

import (
	"bytes"
	"encoding/json"
	"maps"
	"math"
	"strings"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/diagnose"
	"digitlab/game/trial"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
)

// automation is the app's side of the automation methods, which other
// goroutines call (browser tests through window.digitlab, the desktop
// -state-file writer). They never touch the app directly: actions are
// queued and run at the start of the next Update, and what they read was
// published at the end of the last one.
type automation struct {
	mu      sync.Mutex
	queue   []func()
	cfg     nn.Config // the newest config from SetConfig, while cfgSet
	cfgSet  bool      // a config change is queued and will apply cfg
	state   string
	rects   map[string]ui.Rect
	size    [2]float64 // the logical screen, as of the last Update
	padErr  string
	scratch []func()
	buf     bytes.Buffer // used by Update only
	runs    []runJSON    // the state's runs as of book version runsVer (Update only)
	runsVer int
}

// do queues f to run at the start of the next Update.
func (au *automation) do(f func()) {
	au.mu.Lock()
	au.queue = append(au.queue, f)
	au.mu.Unlock()
}

// config queues making c the current config through apply. Config changes
// coalesce: while one is queued, a newer c replaces its config and keeps
// its place in the queue, so a burst of calls costs one apply (one new
// run, one rebuild of the settings) per Update and ends on the last c.
func (au *automation) config(c nn.Config, apply func(nn.Config)) {
	au.mu.Lock()
	defer au.mu.Unlock()
	au.cfg = c
	if au.cfgSet {
		return
	}
	au.cfgSet = true
	au.queue = append(au.queue, func() {
		au.mu.Lock()
		c := au.cfg
		au.cfg, au.cfgSet = nn.Config{}, false
		au.mu.Unlock()
		apply(c)
	})
}

// take returns the queued actions and empties the queue.
func (au *automation) take() []func() {
	au.mu.Lock()
	defer au.mu.Unlock()
	au.scratch, au.queue = au.queue, au.scratch[:0]
	return au.scratch
}

// jsonFloat is a number that JSON can always hold: NaN and infinities (a
// diverged run's loss) are written as null.
type jsonFloat float64

func (f jsonFloat) MarshalJSON() ([]byte, error) {
	v := float64(f)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(v)
}

// stateJSON is what StateJSON reports; its fields document the keys.
// Numbers that are NaN or infinite are written as null (jsonFloat).
type stateJSON struct {
	// Run is the state of the run the numbers describe (trainer.RunLoading,
	// RunTraining, ...), RunID the trainer's number for it. Waiting is
	// what a loading run waits for, such as "12000 of 60000 training
	// images" (trainer.Progress.Waiting), "" when it waits for nothing.
	Run     string `json:"run"`
	RunID   int    `json:"runId"`
	Waiting string `json:"waiting"`
	// Epoch, SamplesSeen, the latest losses and accuracies (fractions 0..1)
	// and the training speed come from the newest snapshot.
	Epoch         jsonFloat `json:"epoch"`
	SamplesSeen   int64     `json:"samplesSeen"`
	TrainLoss     jsonFloat `json:"trainLoss"`
	TrainAcc      jsonFloat `json:"trainAcc"`
	ValLoss       jsonFloat `json:"valLoss"`
	ValAcc        jsonFloat `json:"valAcc"`
	SamplesPerSec jsonFloat `json:"samplesPerSec"`
	// SIMD: the trainer runs the WebAssembly SIMD kernels (trainer.Progress).
	SIMD bool `json:"simd"`
	// TicksPerSec and FramesPerSec are ebiten's (frames counting those
	// that draw nothing); DrawnFrames counts the frames that drew something
	// since the start, each of which costs presents (see the package doc).
	TicksPerSec  jsonFloat `json:"ticksPerSec"`
	FramesPerSec jsonFloat `json:"framesPerSec"`
	DrawnFrames  uint64    `json:"drawnFrames"`
	// Config is the compact string of the run the numbers describe (the
	// current config before the first snapshot); Training whether the user
	// wants it to train; Diverged why it diverged, if it did.
	Config   string `json:"config"`
	Training bool   `json:"training"`
	Diverged string `json:"diverged"`
	// Findings is the diagnosis of the run, most severe first; a list,
	// never null.
	Findings []diagnose.Finding `json:"findings"`
	// Diagnosis is what the diagnosis panel shows of the finding it shows
	// in full (diagnosisJSON).
	Diagnosis diagnosisJSON `json:"diagnosis"`
	// Layout is the screen's form (ui.FormNames) and Screen its logical
	// size; Page the page a phone layout shows (ui.PageNames).
	Layout string `json:"layout"`
	Screen [2]int `json:"screen"`
	Page   string `json:"page"`
	// TextCSS is the size of the smallest text on the screen, in CSS
	// pixels: the smallest face's em (ui.MinTextPx logical pixels) times
	// the CSS pixels a logical pixel takes.
	TextCSS jsonFloat `json:"textCSS"`
	// Tab is the centre column's view (ui.TabNames); Runs the compared
	// runs, oldest first, and Baseline the pinned one's ID (0 for none).
	// FixTrial is the fix tried last from the diagnosis panel (the
	// trial.Trial's keys: finding, change, config, state, before and after
	// {samples, valAcc}, healed, sentence, next); null before the first.
	FixTrial *trial.Trial `json:"fixTrial"`
	Tab      string       `json:"tab"`
	Runs     []runJSON    `json:"runs"`
	Baseline int          `json:"baseline"`
	// Inspecting: the pad shows a misclassified image from the Errors tab
	// instead of the drawing.
	Inspecting bool `json:"inspecting"`
	// Prediction is what the network makes of the pad: label -1 unless the
	// verdict is "digit", and zero probabilities when the pad is empty or
	// the network is not ready.
	Prediction predJSON `json:"prediction"`
	// Evidence is what the Why tab shows, while it is the selected tab
	// (null otherwise).
	Evidence *evidenceJSON `json:"evidence"`
	// PadRect is the drawing pad, in logical layout pixels.
	PadRect rectJSON `json:"padRect"`
	// Warnings are the banner's lines still shown; Error the trainer's or
	// the app's latest problem; PadError why strokes from DrawStrokes could
	// not be added.
	Warnings []string `json:"warnings"`
	Error    string   `json:"error"`
	PadError string   `json:"padError"`
	// Model is the pad's loaded model, if any, and the latest message of
	// saving or loading one (modelJSON).
	Model modelJSON `json:"model"`
	// Mine is the user's taught digits: count, counts by label, how many
	// the run reads right (right of total), and the teaching strip's
	// latest message (mineJSON).
	Mine mineJSON `json:"mine"`
}

// runJSON is a compared run in the state: its book ID, config, best
// validation accuracy, epochs, and whether it came from a shared link.
type runJSON struct {
	ID      int       `json:"id"`
	Config  string    `json:"config"`
	BestAcc jsonFloat `json:"bestAcc"`
	Epochs  jsonFloat `json:"epochs"`
	Shared  bool      `json:"shared"`
}

type predJSON struct {
	// Verdict is "empty", "digit" or "not-a-digit" (pad.Verdict), from
	// the pad's own checker whatever network is training, or "checking"
	// while that checker loads (Options.Checker).
	Verdict string `json:"verdict"`
	// Unsure: the verdict is "digit", but only just (pad.Judgement.Unsure).
	Unsure bool                  `json:"unsure"`
	Empty  bool                  `json:"empty"`
	Ready  bool                  `json:"ready"`
	Label  int                   `json:"label"`
	Probs  [nn.Classes]jsonFloat `json:"probs"`

	// Doubt: the pad says the answer could also be AlsoLabel (else -1),
	// because the checker's digit subspaces dispute it (AlsoBy
	// "checker", pad.Judgement.Disputes: AlsoLabel is their nearest
	// digit) or pad.Reader's views doubt it (AlsoBy "views",
	// pad.Doubt.Doubtful: the runner-up); AlsoBy is "" without a doubt.
	Doubt     bool   `json:"doubt"`
	AlsoLabel int    `json:"alsoLabel"`
	AlsoBy    string `json:"alsoBy"`
	// Suggest names the preset the pad suggests under a doubted
	// answer (draw-robust, when the network is another), else "".
	Suggest string `json:"suggest"`
	// Struck: the network's input leaves out the slash of a 0 struck
	// through (pad.Preprocessor.Struck); Flagged: the flag and base of a
	// 1 (pad.Preprocessor.Flagged).
	Struck  bool `json:"struck"`
	Flagged bool `json:"flagged"`
}

// evidenceJSON is the Why tab's explanation of the pad's image.
type evidenceJSON struct {
	// Winner and RunnerUp are the network's two most probable classes (-1
	// when there is no answer: an empty pad, no weights); for a drawing
	// that is not a digit, what the network leans to anyway.
	Winner   int `json:"winner"`
	RunnerUp int `json:"runnerUp"`
	// Sentence is the explanation in words (evidence.Explain).
	Sentence string `json:"sentence"`
	// Neighbours are the labels of the closest training images, closest
	// first; empty until the trainer has answered.
	Neighbours []int `json:"neighbours"`
}

// diagnosisJSON is the diagnosis panel's view of its selected finding: its
// code, the lines of its message and fix in view (the text scrolls when it
// is taller than the panel), and how many lines are out of view above and
// below. Without findings, Status says what the panel says instead
// (diagnose.Quiet: watching, healthy or no-cause-found) and Shown holds
// its title and text.
type diagnosisJSON struct {
	Status string   `json:"status"`
	Code   string   `json:"code"`
	Shown  []string `json:"shown"`
	Above  int      `json:"above"`
	Below  int      `json:"below"`
}

// diagnosisFindings is diagnosisJSON's Status while there are findings.
const diagnosisFindings = "findings"

type rectJSON struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// runsJSON returns the compared runs for the state, rebuilt only when the
// book changed (publish runs every tick).
func (a *App) runsJSON() []runJSON {
	au := &a.auto
	if au.runs != nil && au.runsVer == a.book.Version() {
		return au.runs
	}
	au.runs, au.runsVer = []runJSON{}, a.book.Version()
	for _, r := range a.book.Runs() {
		au.runs = append(au.runs, runJSON{r.ID, r.Config.String(), jsonFloat(r.BestAcc), jsonFloat(r.Epochs), r.Shared})
	}
	return au.runs
}

// publish records the state and the control rectangles for the automation
// methods. Update calls it last.
func (a *App) publish() {
	s := stateJSON{
		Run: a.runState(), Config: a.cfg.String(), Training: a.training,
		TicksPerSec:  jsonFloat(ebiten.ActualTPS()),
		FramesPerSec: jsonFloat(ebiten.ActualFPS()),
		DrawnFrames:  a.draws,
		Warnings:     append([]string{}, a.warnings...),
		Error:        a.note,
		PadRect:      rectJSON{a.padV.layout.Pad.X, a.padV.layout.Pad.Y, a.padV.layout.Pad.W, a.padV.layout.Pad.H},
		Prediction: predJSON{Verdict: a.pred.verdictString(), Unsure: a.pred.unsure && !a.pred.empty, Empty: a.pred.empty, Ready: a.pred.ready, Label: a.pred.label,
			Doubt: a.pred.alsoLabel() >= 0, AlsoLabel: a.pred.alsoLabel(), AlsoBy: a.pred.alsoBy(), Suggest: a.pred.suggestion(),
			Struck: a.pred.struck && !a.pred.empty, Flagged: a.pred.flagged && !a.pred.empty},
	}
	s.Findings = []diagnose.Finding{}
	s.Tab, s.Inspecting = ui.TabNames[a.tab], a.padV.inspecting
	s.Layout, s.Screen, s.Page = ui.FormNames[a.form], [2]int{int(a.screen.W), int(a.screen.H)}, ui.PageNames[a.page]
	s.TextCSS = jsonFloat(ui.MinTextPx * a.p.view.k / a.dscale)
	s.FixTrial = a.diag.trial
	s.Diagnosis = a.diag.state()
	if w, ok := a.views[a.tab].(*whyView); ok {
		if e, labels, ok := w.shown(); ok {
			s.Evidence = &evidenceJSON{Winner: e.Winner, RunnerUp: e.RunnerUp, Sentence: e.Sentence, Neighbours: labels}
		}
	}
	s.Model = a.model.state()
	s.Mine = a.mine.state(a.snap)
	s.Mine.List = a.mine.list.state(a.mine)
	s.Runs = a.runsJSON()
	if b, ok := a.book.Baseline(); ok {
		s.Baseline = b.ID
	}
	if sn := a.snap; sn != nil {
		s.RunID, s.Epoch, s.SamplesSeen, s.Waiting = sn.RunID, jsonFloat(sn.Epoch), sn.Samples, sn.Waiting
		s.TrainLoss, s.TrainAcc = jsonFloat(sn.TrainLoss), jsonFloat(sn.TrainAcc)
		s.ValLoss, s.ValAcc = jsonFloat(sn.ValLoss), jsonFloat(sn.ValAcc)
		s.SamplesPerSec, s.Diverged, s.SIMD = jsonFloat(sn.SamplesPerSec), sn.Diverged, sn.SIMD
		if sn.Findings != nil {
			s.Findings = sn.Findings // a list, never null, in the state
		}
		if sn.Config != "" {
			s.Config = sn.Config
		}
		if sn.Error != "" {
			s.Error = sn.Error
		}
	}
	if a.pred.ready && !a.pred.empty {
		for k, p := range a.pred.probs {
			s.Prediction.Probs[k] = jsonFloat(p)
		}
	}
	au := &a.auto
	au.mu.Lock()
	s.PadError = au.padErr
	au.mu.Unlock()
	au.buf.Reset()
	enc := json.NewEncoder(&au.buf)
	enc.SetEscapeHTML(false) // keep the config's "&" readable
	if err := enc.Encode(s); err != nil {
		panic("game: state JSON: " + err.Error()) // every field is encodable
	}
	au.mu.Lock()
	au.state, au.rects = strings.TrimSuffix(au.buf.String(), "\n"), a.rects
	au.size = [2]float64{a.screen.W, a.screen.H}
	au.mu.Unlock()
}

// StateJSON returns the app's state as of the end of the last Update, as a
// JSON object with the keys run, runId, epoch, samplesSeen, trainLoss,
// trainAcc, valLoss, valAcc, samplesPerSec, simd, ticksPerSec,
// framesPerSec, drawnFrames, config, training, diverged, findings (each
// with its fix and change), diagnosis {code, shown, above, below} (the
// panel's lines in view of the finding it shows in full), fixTrial, tab,
// runs [{id, config, bestAcc, epochs, shared}], baseline, inspecting,
// prediction {verdict, unsure, empty, ready, label, doubt, alsoLabel,
// alsoBy, suggest, struck, flagged, probs[10]}, evidence {winner,
// runnerUp, sentence, neighbours} (null unless the Why tab is shown),
// padRect {x, y, w, h}, warnings, error, padError, model {loaded, name,
// config, message, error} and mine {count, counts, right, total, message,
// error}; the fields of the stateJSON type in
// automation.go say what each means. Safe for concurrent use.
func (a *App) StateJSON() string {
	a.auto.mu.Lock()
	defer a.auto.mu.Unlock()
	return a.auto.state
}

// SetConfig takes a preset name (nn.Presets) or a compact config string,
// parsed with nn.ParseConfig (keys it lacks take their defaults), and
// returns its error message, or "" after queuing the change:
// the next Update starts a new run, or applies the settings live if only
// live settings differ. Changes queued before that Update coalesce: only
// the last one takes effect (automation.config). Safe for concurrent use.
func (a *App) SetConfig(s string) string {
	if p, err := nn.LookupPreset(s); err == nil {
		a.auto.config(p.Config.Clone(), a.setConfig)
		return ""
	}
	cfg, err := nn.ParseConfig(s)
	if err != nil {
		return err.Error()
	}
	a.auto.config(cfg, a.setConfig)
	return ""
}

// SetTraining queues training on or pausing the run, as the play button
// does. Safe for concurrent use.
func (a *App) SetTraining(on bool) { a.auto.do(func() { a.setTraining(on) }) }

// Reset queues starting the current config over. Safe for concurrent use.
func (a *App) Reset() { a.auto.do(a.reset) }

// ClearPad queues clearing the drawing pad. Safe for concurrent use.
func (a *App) ClearPad() { a.auto.do(a.clearPad) }

// DrawStrokes checks strokes (lists of [x, y] points in pad units, 0 to
// pad.Size) at once and returns the error pad.Drawing.AddStrokes would give
// on an empty pad; otherwise it queues adding them to the drawing, so the
// prediction of the next frame includes them. If the pad has too little
// room left by then, the strokes are dropped and StateJSON's padError says
// why. Safe for concurrent use.
func (a *App) DrawStrokes(strokes [][][2]float32) error {
	var check pad.Drawing
	if err := check.AddStrokes(strokes); err != nil {
		return err
	}
	a.auto.do(func() {
		msg := ""
		if err := a.padV.drawing.AddStrokes(strokes); err != nil {
			msg = err.Error()
		}
		a.auto.mu.Lock()
		a.auto.padErr = msg
		a.auto.mu.Unlock()
	})
	return nil
}

// ControlRect returns the logical rectangle of the named control, as of the
// last Update, and whether it exists. Names: "play", "step", "reset",
// "clear", "pad", the panels "diagnosis" and "content" (the tab's view),
// "banner:close" (while the banner shows), the tabs "tab:<name>" (names
// as in ui.TabNames), the collapsed findings "finding:<code>", the
// diagnosis panel's Try the fix button "fix:<code>" (code: the finding it
// fixes), the
// controls of the selected tab as its view's rects method names them
// (such as "preset:<name>", "run:<id>:pin", "runs:share", "mistake:<k>");
// the teaching strip's "teach:0" to "teach:9" (while a drawing is on
// the pad) or "digits:export" and "digits:import"; the options
// "activation:<name>", "init:<name>" and "optimizer:<name>" (names as in
// nn.Activations, nn.Inits, nn.Optimizers), "nesterov", and for each
// stepper "<name>:dec" and "<name>:inc" with <name> one of layers,
// units1..units4 (one per hidden layer), dropout, momentum, lr, batch, l2,
// train and seed. Safe for concurrent use.
func (a *App) ControlRect(name string) (x, y, w, h float64, ok bool) {
	a.auto.mu.Lock()
	defer a.auto.mu.Unlock()
	r, ok := a.auto.rects[name]
	return r.X, r.Y, r.W, r.H, ok
}

// ScreenSize returns the logical screen's size as of the last Update
// (ui.FormFor): on the desktop the window's size over its zoom, 1280x800
// on a 1280x800 window; on a phone the CSS size. Safe for concurrent use.
func (a *App) ScreenSize() (w, h float64) {
	a.auto.mu.Lock()
	defer a.auto.mu.Unlock()
	return a.auto.size[0], a.auto.size[1]
}

// Controls returns the rectangle of every control ControlRect knows, by
// name, as of the last Update. Safe for concurrent use.
func (a *App) Controls() map[string]ui.Rect {
	a.auto.mu.Lock()
	defer a.auto.mu.Unlock()
	return maps.Clone(a.auto.rects)
}
