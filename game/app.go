package game

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/pad"
	"digitlab/runs"
	"digitlab/trainer"
)

// Options configure a new App.
type Options struct {
	// Config is the first run's config; the zero value means
	// nn.DefaultConfig(). An invalid config is replaced by the default and
	// reported as a warning.
	Config nn.Config
	// Warnings are shown in a banner until the user closes it, such as a
	// bad URL parameter: "lr=banana: not a number — using the default
	// 0.001". link.Parse writes them for an address.
	Warnings []string
	// Shared are runs from a shared link, shown in the comparison.
	Shared []runs.Run
	// SharedPin is the position in Shared, from 1, of the run the link's
	// author had pinned as the baseline; 0 for none.
	SharedPin int
	// Share publishes a link to query, the current config and the compared
	// runs as a URL query string (without "?"), and returns what to tell
	// the user, such as "Link copied". Nil: the link is only shown.
	Share func(query string) string
	// Models keeps model files (the Save and Load buttons); nil: none.
	Models ModelFiles
	// Digits keeps the user's taught digits across reloads and exports
	// and imports them (game/mydigits.go); nil: they last as long as the app.
	Digits DigitStore
	// Checker returns the not-a-digit checker, or nil while it is still
	// loading (a page that fetches its files after it starts); the app asks
	// again each time it would judge the pad, and until it has one the pad
	// says so and state().prediction's verdict is "checking". Nil: the
	// bundled one (pad.NewChecker).
	Checker func() *pad.Checker
	// Atlas returns the PNG image of the font atlas at a device scale
	// above 1 (fontatlas.ImageFile), or nil while it loads (a page that
	// fetches the one its screen needs); until it is in, text is drawn
	// with the 1x glyphs, stretched. Nil: the embedded images.
	Atlas func(scale int) []byte
}

// App is Digit Lab's screen: an ebiten.Game laid out for the desktop
// (ui.ScreenLayout) or a phone, by its outside size (ui.FormFor). It drives a Trainer and classifies the drawing
// pad with the newest weights it receives. Its automation methods
// (StateJSON, SetConfig, ...) may be called from any goroutine.
type App struct {
	t        Trainer
	cfg      nn.Config // what the controls show and the trainer was last asked for
	training bool      // the user wants the run to train (not paused)
	warnings []string

	snap    *trainer.Snapshot
	snapVer uint64
	cls     classifier
	check   *pad.Checker // the not-a-digit verdict, with its own model; nil while it loads
	checker func() *pad.Checker
	judged  [2]uint64     // drawing version and inspectSeq a.judge is of
	judge   pad.Judgement // the verdict on the pad's image
	pred    prediction
	predKey predKey // inputs of the last prediction
	note    string  // the app's own problem to show (a dropped command)

	p            *painter
	input        *inputReader
	in           intents
	screen       ui.Screen
	top          topBar
	set          *settings
	settingsPage int // the settings panel's page shown, when it has pages
	padV         *padView
	model        *modelKeeper // the pad's Save and Load, and a loaded model
	mine         *teacher     // the user's taught digits, and the strip that teaches them
	banner       *button      // close ×
	// overLink: the mouse is over the pad's suggestion (padView.suggestRect).
	overLink bool

	tab  ui.Tab
	tabs [ui.NumTabs]*button
	// The screen's form and size (ui.FormFor) and, on a phone, the page
	// shown and the switch between pages.
	form  ui.Form
	sizeW float64
	sizeH float64
	page  ui.Page
	pages [ui.NumPages]*button
	views [ui.NumTabs]tabView // the centre column's views, by tab
	diag  *diagnosisView
	book  *runBook // the runs compared
	feed  feed     // what the views were last given

	// dscale is the device scale drawn at: device pixels per CSS pixel.
	dscale float64

	auto  automation
	rects map[string]ui.Rect // every control by name; replaced, never changed

	cache screenCache // what the screen shows (render.go)
	ticks uint64      // Updates so far
	draws uint64      // frames that drew something (each costs a present)
}

// predKey is what a prediction depends on.
type predKey struct {
	// version is of the drawing the network's input was made from
	// (padView.shown), not of the drawing: strokes added by automation
	// before the pad repaints, read by the Why tab first, would otherwise
	// give a prediction of the old input under the new drawing's key, and
	// it would stay for as long as the key did.
	version uint64
	inspect uint64 // of the inspected image (padView.inspectSeq)
	runID   int
	step    int64 // of the weights
	ready   bool
	failed  bool   // the trainer stopped working
	model   uint64 // modelKeeper.seq: a model was loaded or closed
	checker bool   // the not-a-digit checker has loaded
}

// New returns an app that drives t and starts training opts.Config at once.
// It tells ebiten to keep the screen between frames
// (ebiten.SetScreenClearedEveryFrame(false)): Draw redraws only what changed.
func New(t Trainer, opts Options) *App {
	a := &App{t: t, training: true, warnings: append([]string(nil), opts.Warnings...)}
	a.pred = prediction{empty: true, label: -1, also: -1}
	a.predKey.version = ^uint64(0) // no drawing has this version: predict at once
	a.checker = opts.Checker
	if a.checker == nil {
		a.checker = func() *pad.Checker { return pad.NewChecker() }
	}
	a.check = a.checker()
	a.judged = [2]uint64{^uint64(0), 0}
	a.cfg = opts.Config.Clone()
	if opts.Config.Init == "" && opts.Config.Activation == "" && opts.Config.Optimizer == "" { // the zero Config
		a.cfg = nn.DefaultConfig()
	} else if err := a.cfg.Validate(); err != nil {
		a.warnings = append(a.warnings, fmt.Sprintf("%v — using the default config", err))
		a.cfg = nn.DefaultConfig()
	}
	a.p = newPainter(opts.Atlas)
	a.input = newInputReader()
	a.top.play = &button{name: "play", kind: buttonPrimary, onClick: a.togglePlay}
	a.top.step = &button{name: "step", label: "Step", icon: iconStep, onClick: a.step}
	a.top.reset = &button{name: "reset", label: "Reset", onClick: a.reset}
	a.banner = &button{name: "banner:close", label: "×", kind: buttonClose, onClick: func() { a.warnings = nil; a.relayout() }}
	a.padV = newPadView(ui.Rect{}, a.p, a.clearPad)
	a.model = newModelKeeper(opts.Models, a.saveModel, a.openModel)
	var lostDigits string
	a.mine, lostDigits = newTeacher(opts.Digits, teachActions{
		teach: a.teach, export: a.exportDigits, imprt: a.importDigits,
		show: a.openList, toggleChooser: a.toggleChooser, remove: a.removeDigit, undo: a.undoRemove, closeList: a.closeList,
		prevPg: func() { a.turnListPage(-1) }, nextPg: func() { a.turnListPage(1) },
	})
	if lostDigits != "" {
		a.warnings = append(a.warnings, lostDigits)
	}
	a.sizeW, a.sizeH, a.dscale = ui.ScreenW, ui.ScreenH, 1
	for i := range a.pages {
		pg := ui.Page(i)
		a.pages[i] = &button{name: "page:" + ui.PageNames[i], label: ui.PageLabels[i], kind: buttonChip, onClick: func() { a.setPage(pg) }}
	}
	for i := range a.tabs {
		t := ui.Tab(i)
		a.tabs[i] = &button{name: "tab:" + ui.TabNames[i], label: ui.TabLabels[i], kind: buttonChip, onClick: func() { a.setTab(t) }}
	}
	a.diag = newDiagnosisView(a.startFix)
	var lost string
	a.book, lost = newRunBook(opts.Shared, opts.SharedPin, opts.Share)
	if lost != "" {
		a.warnings = append(a.warnings, lost)
	}
	if len(opts.Shared) > 0 {
		a.tab = ui.TabCompare // a shared link is opened to see its comparison
	}
	// The views of the centre column, one per ui.Tab.
	a.views[ui.TabCurves] = newCurvesView()
	a.views[ui.TabPresets] = newPresetsView(a.loadPreset, a.p.fonts)
	a.views[ui.TabCompare] = newCompareView(a.book, a.setConfig)
	a.views[ui.TabErrors] = newErrorsView(a.padV.inspect)
	a.views[ui.TabLayers] = newLayersView()
	a.views[ui.TabWhy] = newWhyView(a.padCase, a.t.Send)
	for t, v := range a.views {
		if v == nil {
			panic("game: no view for the tab " + ui.TabNames[t])
		}
	}
	a.relayout()
	a.feedViews()
	if a.mine.set.Len() > 0 { // before the run starts, so its first batch has them
		ds := a.mine.set.Dataset()
		a.send(trainer.Command{Op: trainer.OpMine, Digits: &ds})
	}
	a.send(trainer.Command{Op: trainer.OpStart, Config: a.cfg.String(), On: true})
	a.top.setStatus(a.snap, a.note)
	a.publish()
	ebiten.SetScreenClearedEveryFrame(false)
	return a
}

// Layout is LayoutF at device scale 1, in whole pixels; ebiten calls
// LayoutF instead, and tests call Layout.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	w, h := a.layoutAt(float64(outsideWidth), float64(outsideHeight), 1)
	return int(w), int(h)
}

// LayoutF picks the form for the outside size (ui.FormFor) and lays the
// screen out again when the form or size changed. The screen it asks ebiten
// for is the outside size in device pixels, so that ebiten shows it
// unscaled and the app draws at the device's resolution (HiDPI); the
// painter maps the logical layout onto it. Ebiten calls it on the game's
// loop, as it calls Update and Draw.
func (a *App) LayoutF(outsideWidth, outsideHeight float64) (float64, float64) {
	return a.layoutAt(outsideWidth, outsideHeight, ebiten.Monitor().DeviceScaleFactor())
}

// layoutAt lays the app out for an outside size at a device scale d
// (device pixels per outside pixel) and returns the screen's size in
// device pixels.
func (a *App) layoutAt(outsideW, outsideH, d float64) (float64, float64) {
	d = deviceScale(outsideW, outsideH, d)
	a.dscale = d
	a.resize(outsideW, outsideH)
	sw, sh := math.Max(outsideW*d, 1), math.Max(outsideH*d, 1)
	v := screenView(outsideW, outsideH, a.sizeW, a.sizeH, d)
	if v != a.p.view {
		a.p.setView(v)
		a.relayout() // textures sized in device pixels follow
	}
	return sw, sh
}

// resize lays the app out for an outside size, if its form or logical size
// differs from the current one.
func (a *App) resize(outsideW, outsideH float64) {
	form, w, h := ui.FormFor(outsideW, outsideH)
	if form == a.form && w == a.sizeW && h == a.sizeH {
		return
	}
	a.form, a.sizeW, a.sizeH = form, w, h
	a.relayout()
}

// setPage shows page pg of a phone layout.
func (a *App) setPage(pg ui.Page) {
	if pg == a.page {
		return
	}
	a.page = pg
	a.relayout()
}

// Update applies queued automation actions, reads input, follows the
// trainer and keeps the prediction current.
func (a *App) Update() error {
	a.input.read(&a.in)
	a.p.view.toLogical(&a.in)
	a.update(&a.in)
	return nil
}

// update is Update after the input has become intents; tests call it with
// intents of their own.
func (a *App) update(in *intents) {
	a.ticks++
	for _, f := range a.auto.take() {
		f()
	}
	a.poll()
	if a.p.textArrived() {
		a.relayout() // as for a new device scale: everything is drawn again
	}
	if in.togglePlay {
		a.togglePlay()
	}
	if in.step {
		a.step()
	}
	if in.reset {
		a.reset()
	}
	if in.clearPad {
		a.clearPad()
	}
	a.syncTopBar()
	a.top.update(in)
	if a.form != ui.Desktop {
		for _, b := range a.pages {
			b.update(in)
		}
	}
	if len(a.warnings) > 0 {
		a.banner.update(in)
	}
	a.set.update(in) // may rebuild a.set through edit
	for _, b := range a.tabs {
		b.update(in)
	}
	a.diag.update(in, a.p)
	a.views[a.tab].update(in)
	if in.anyPress() {
		a.rebuildRects() // a click may have moved what ControlRect names
	}
	if a.listOpen() { // in the drawing panel's place
		a.overLink = false
		a.updateList(in)
		a.predict()
	} else {
		a.padV.keepOut = a.model.keepOut() // as it was when the pointer went down
		a.model.update(in, a.ticks)
		link := a.padV.suggestRect(a.p.fonts, &a.pred) // as drawn last frame
		a.overLink = in.hovers(link)
		if in.pressed(link) {
			a.loadSuggested()
		}
		a.padV.update(in)
		a.predict()
		if a.padV.suggestRect(a.p.fonts, &a.pred) != link {
			a.rebuildRects() // the suggestion came, went or moved
		}
		if a.mine.update(in, a.padV, &a.pred, a.ticks, a.relayout) {
			a.rebuildRects() // the chips came or went
		}
	}
	a.top.setStatus(a.snap, a.note)
	a.updateCursor(in)
	a.publish()
}

// trainingStopped begins the banner line of a failed trainer.
const trainingStopped = "Training stopped: "

// poll takes the newest snapshot: it gives the classifier new weights,
// records the run in the book and feeds the views.
func (a *App) poll() {
	s, ver := a.t.Latest()
	if s == nil || (ver == a.snapVer && a.snap != nil) {
		return
	}
	prevRun := a.runState()
	a.snap, a.snapVer = s, ver
	if run := a.runState(); run != prevRun && (run == trainer.RunDiverged || run == trainer.RunFinished || run == trainer.RunFailed) {
		a.training = false // the run stopped by itself
		if run == trainer.RunFailed {
			a.warn(trainingStopped + s.Error + ". Reload the page to try again.")
		}
	}
	if prevRun == trainer.RunFailed && a.runState() != trainer.RunFailed { // the trainer recovered
		a.warnings = slices.DeleteFunc(a.warnings, func(w string) bool { return strings.HasPrefix(w, trainingStopped) })
		a.relayout()
	}
	a.cls.sync(s)
	a.diag.follow(s, a.p)
	a.feed.snap = s
	a.feed.run, a.feed.runOK = nn.Config{}, false
	if cfg, err := nn.ParseConfig(s.Config); err == nil {
		a.feed.run, a.feed.runOK = cfg, true
		a.book.follow(s, cfg, time.Now())
	}
	a.feedViews()
	a.rebuildRects()
}

// feedViews gives every view the current config and the newest snapshot.
func (a *App) feedViews() {
	a.feed.cfg = a.cfg
	for _, v := range a.views {
		v.follow(&a.feed)
	}
}

// setTab shows tab t in the centre column.
func (a *App) setTab(t ui.Tab) {
	if t == a.tab {
		return
	}
	a.tab = t
	a.rebuildRects()
	a.cache.invalidate()
}

// runState is the state of the run the newest snapshot describes.
func (a *App) runState() string {
	if a.snap == nil || a.snap.Run == "" {
		return trainer.RunLoading
	}
	return a.snap.Run
}

// predict classifies the drawing (through pad.Reader's views of its strokes)
// when it or the weights have changed. The
// verdict (digit or not) comes from the pad's own checker, so it holds
// whatever network is training; it is redone only when the image changes.
// The network's probabilities are kept for a non-digit too, but it has no
// label: the screen and the state show that nothing was read.
func (a *App) predict() {
	cls := a.reader()
	if a.check == nil {
		a.check = a.checker()
	}
	key := predKey{a.padV.shown, a.padV.inspectSeq, cls.runID, cls.step, cls.ready, a.runState() == trainer.RunFailed, a.model.seq, a.check != nil}
	if key == a.predKey {
		return
	}
	a.predKey = key
	a.pred = prediction{ready: cls.ready, noNet: !a.cls.ready && key.failed, empty: !a.padV.inputOK, label: -1, also: -1,
		struck: a.padV.struck && !a.padV.inspecting, flagged: a.padV.flagged && !a.padV.inspecting}
	if a.pred.empty {
		return
	}
	if a.check == nil { // nothing is read before the checker can say it is a digit
		a.pred.ready, a.pred.checking = false, true
		return
	}
	var d *pad.Drawing // an inspected MNIST image has no strokes
	if !a.padV.inspecting {
		d = &a.padV.drawing
	}
	if img := [2]uint64{key.version, key.inspect}; img != a.judged {
		a.judge, a.judged = a.check.Check(&a.padV.input, d), img
	}
	a.pred.verdict, a.pred.why, a.pred.unsure = a.judge.Verdict, a.judge.Why, a.judge.Unsure
	if a.pred.verdict == pad.Empty {
		a.pred.empty = true
		return
	}
	if a.pred.ready {
		if label := cls.read(d, &a.padV.input, &a.pred.probs); a.pred.verdict == pad.Digit {
			a.pred.label = label
			also := pad.AlsoOf(cls.doubt(d), a.judge, label)
			a.pred.also, a.pred.alsoByChecker = also.Label, also.ByChecker
			// Only a doubt on the network's answer: whether the drawing
			// is a digit at all (unsure) is the same whatever network
			// reads it, so another network would not help.
			a.pred.suggest = a.pred.also >= 0 && !readsDrawings(a.cfg)
		}
	}
}

func (a *App) updateCursor(in *intents) {
	shape := ebiten.CursorShapeDefault
	switch {
	case a.overControl(): // the model strip's × lies over the pad
		shape = ebiten.CursorShapePointer
	case in.hovers(a.padV.layout.Pad):
		shape = ebiten.CursorShapeCrosshair
	}
	ebiten.SetCursorShape(shape)
}

func (a *App) overControl() bool {
	for _, b := range a.set.buttons {
		if b.hover {
			return true
		}
	}
	for _, s := range a.set.steppers {
		if s.hoverDec || s.hoverInc {
			return true
		}
	}
	for _, b := range a.tabs {
		if b.hover {
			return true
		}
	}
	if a.diag.hovering() || a.views[a.tab].hovering() || a.model.hovering() || a.mine.hovering() {
		return true
	}
	return a.overLink || a.top.play.hover || a.top.step.hover || a.top.reset.hover || a.padV.clear.hover || a.banner.hover
}

// send passes a command to the trainer and notes if it was dropped.
func (a *App) send(cmd trainer.Command) {
	if !a.t.Send(cmd) {
		a.note = "the trainer is busy: a " + cmd.Op + " command was dropped, try again"
		return
	}
	a.note = ""
}

// edit changes the config through f (see setConfig).
func (a *App) edit(f func(c *nn.Config)) {
	c := a.cfg.Clone()
	f(&c)
	a.setConfig(c)
}

// setConfig makes c the current config, or notes why it is invalid, and
// sends the trainer what ui.ChangeCommand says: a live change for the
// settings nn.CanChangeLive accepts, a new run for any other change.
func (a *App) setConfig(c nn.Config) {
	if err := c.Validate(); err != nil {
		a.note = err.Error()
		return
	}
	cmd, ok := ui.ChangeCommand(a.cfg, c, a.runState(), a.training)
	a.cfg = c.Clone()
	a.feedViews()
	if ok {
		if cmd.Op == trainer.OpStart && cmd.On {
			a.training = true
		}
		a.send(cmd)
	}
	a.rebuildSettings()
}

// loadPreset makes pr's config the current one and trains it from the
// start, even if it was the current config already.
func (a *App) loadPreset(pr nn.Preset) { a.startOver(pr.Config) }

// loadSuggested loads the preset the pad suggests under its answer (the
// one made for reading drawings), as the Presets tab would.
func (a *App) loadSuggested() {
	pr, err := nn.LookupPreset(a.pred.suggestion())
	if err != nil {
		a.note = err.Error()
		return
	}
	a.loadPreset(pr)
}

// startOver makes cfg the current config and trains it from the start.
func (a *App) startOver(cfg nn.Config) {
	a.cfg = cfg.Clone()
	a.training = true
	a.send(trainer.Command{Op: trainer.OpStart, Config: a.cfg.String(), On: true})
	a.feedViews()
	a.rebuildSettings()
}

// togglePlay pauses a training run, resumes a paused one, and starts a
// diverged or finished run over, training.
func (a *App) togglePlay() {
	switch run := a.runState(); {
	case run == trainer.RunDiverged || run == trainer.RunFinished:
		a.setTraining(true)
	default:
		a.setTraining(!a.training)
	}
}

// setTraining trains (on) or pauses the current run. A run that cannot
// train any more (diverged, finished) is started over.
func (a *App) setTraining(on bool) {
	a.training = on
	if run := a.runState(); on && (run == trainer.RunDiverged || run == trainer.RunFinished) {
		a.send(trainer.Command{Op: trainer.OpStart, Config: a.cfg.String(), On: true})
		return
	}
	a.send(trainer.Command{Op: trainer.OpTrain, On: on})
}

func (a *App) step() {
	a.training = false
	a.send(trainer.Command{Op: trainer.OpStep})
}

// reset starts the current config over, keeping it training or paused.
func (a *App) reset() {
	a.send(trainer.Command{Op: trainer.OpStart, Config: a.cfg.String(), On: a.training})
}

func (a *App) clearPad() { a.padV.clearDrawing() }

// toggleChooser opens or closes the compact teaching strip.
func (a *App) toggleChooser() {
	a.mine.chooser = !a.mine.chooser
	a.relayout()
}

// warn adds a line to the banner, once, and makes room for it.
func (a *App) warn(line string) {
	if slices.Contains(a.warnings, line) {
		return
	}
	a.warnings = append(a.warnings, line)
	a.relayout()
}

// relayout places everything for the current banner.
func (a *App) relayout() {
	if a.form == ui.Desktop {
		a.screen = ui.ScreenLayout(a.sizeW, a.sizeH, len(a.warnings))
	} else {
		a.screen = ui.PhoneLayout(a.form, a.sizeW, a.sizeH, len(a.warnings), a.page)
	}
	f := a.p.fonts
	a.top.place(&a.screen, f)
	for i, r := range ui.SwitchLayout(a.screen.Switch) {
		a.pages[i].rect, a.pages[i].selected = r, ui.Page(i) == a.page
	}
	a.padV.resize(a.screen.Drawing, a.p, a.form)
	a.model.place(a.padV, a.form, f)
	a.mine.place(a.padV, a.screen.Drawing, a.form, a.model.save.rect.X-8, f)
	a.mine.list.resize(a.screen.Drawing, a.mine.set.Len(), a.form != ui.Desktop, f)
	for i, r := range ui.TabsLayout(a.screen.Tabs, tabLabelWidths(f)) {
		a.tabs[i].rect = r
	}
	a.diag.resize(a.screen.Diagnosis, a.p, a.form != ui.Desktop)
	for _, v := range a.views {
		v.resize(&a.screen)
	}
	a.banner.rect = ui.Rect{X: a.screen.Banner.Right() - 34, Y: a.screen.Banner.Y + 6, W: 28, H: 24}
	if a.form != ui.Desktop { // a finger's target, the banner's height
		a.banner.rect = ui.Rect{X: a.screen.Banner.Right() - ui.TouchH, Y: a.screen.Banner.Y, W: ui.TouchH, H: ui.TouchH}
	}
	a.rebuildSettings()
}

// rebuildSettings lays the settings panel out for the current config and
// records where every control is, for ControlRect.
func (a *App) rebuildSettings() {
	sz := mouseSizes
	if a.form != ui.Desktop {
		sz = touchSizes // finger-sized on a phone
	}
	a.set = fitSettings(a.screen.Controls, a.cfg, a.p, sz, a.edit, a.settingsPage, a.turnSettingsPage)
	a.rebuildRects()
	a.cache.invalidate()
}

// turnSettingsPage shows page of a settings panel too short for all its
// sections.
func (a *App) turnSettingsPage(page int) {
	a.settingsPage = page
	a.rebuildSettings()
}

// rebuildRects records where every control is, for ControlRect.
func (a *App) rebuildRects() {
	rects := map[string]ui.Rect{
		"play": a.top.play.rect, "step": a.top.step.rect, "reset": a.top.reset.rect,
		"clear": a.padV.clear.rect, "pad": a.padV.layout.Pad,
		"diagnosis": a.screen.Diagnosis, "content": a.screen.Content,
	}
	if len(a.warnings) > 0 {
		rects["banner:close"] = a.banner.rect
	}
	a.set.rects(rects)
	if a.listOpen() { // the pad and its buttons are hidden
		delete(rects, "clear")
		delete(rects, "pad")
		a.mine.list.rects(rects)
	} else {
		a.model.rects(rects)
		a.mine.rects(rects, a.padV, &a.pred)
		if r := a.padV.suggestRect(a.p.fonts, &a.pred); !r.Empty() {
			rects["suggest:"+a.pred.suggestion()] = r
		}
	}
	for _, b := range a.tabs {
		rects[b.name] = b.rect
	}
	if a.form != ui.Desktop {
		for _, b := range a.pages {
			rects[b.name] = b.rect
		}
	}
	a.diag.rects(rects)
	a.views[a.tab].rects(rects)
	a.rects = rects // a new map each time: automation readers may hold the old one
}

// drawBanner draws the startup warnings, without the close button.
func (a *App) drawBanner(dst *ebiten.Image) {
	if len(a.warnings) == 0 {
		return
	}
	r := a.screen.Banner
	p, f := a.p, a.p.fonts
	p.panel(dst, r, 8, colWarnBg, colWarnBorder)
	lines := a.warnings
	if len(lines) > ui.MaxBannerLines {
		lines = append(lines[:ui.MaxBannerLines-1:ui.MaxBannerLines-1], fmt.Sprintf("…and %d more", len(a.warnings)-ui.MaxBannerLines+1))
	}
	textW := r.W - 16 - 28 - 44
	for i, s := range lines {
		row := ui.Rect{X: r.X + 40, Y: r.Y + 6 + float64(i)*ui.BannerLineH, W: textW, H: ui.BannerLineH}
		p.textIn(dst, f.regular13, f.regular13.ellipsize(s, textW), row, alignLeft, colWarn)
	}
	// A warning sign: "!" in a disc.
	cy := r.Y + 6 + ui.BannerLineH/2
	p.circle(dst, r.X+22, cy, 9, colWarn)
	p.textIn(dst, f.bold13, "!", ui.Rect{X: r.X + 13, Y: cy - 8, W: 18, H: 16}, alignCenter, colWarnBg)
}

var _ ebiten.Game = (*App)(nil)
