// Package game is Digit Lab's screen, an ebiten.Game that the browser page
// and the desktop app (cmd/digitlab) both run: it trains a small MLP on
// MNIST through a Trainer, plots the curves live, offers every toggle of
// nn.Config, and classifies what the user draws on a pad with the newest
// weights.
//
// # What it does and does not do
//
// The app never trains. It sends trainer.Commands and reads
// trainer.Snapshots through the Trainer interface, behind which sits a
// goroutine (trainer.Local, desktop) or a Web Worker (the browser). Its only
// arithmetic on the network is inference: it keeps its own nn.Network,
// rebuilt from the snapshot's config when a run computes differently (other
// layers or activation; nn.NewNet with one row) and loaded with SetWeights
// whenever the snapshot's WeightsStep moves. It imports neither the MNIST
// assets nor syscall/js, so the same code builds for js/wasm and natively.
//
// # Commands
//
// New starts opts.Config training at once (OpStart with On), so the pad
// reads digits within seconds. A change of a control goes through
// ui.ChangeCommand: the settings nn.CanChangeLive accepts apply live
// (OpLive) to a run that is training or paused; any other change starts a
// new run (OpStart), training if the user had it training. Play/Pause
// sends OpTrain, Step OpStep (which pauses), Reset starts the config over;
// Play on a diverged or finished run starts it over.
//
// # Screen
//
// From a 1024x600 window (or CSS viewport) up, the screen has the desktop
// layout (ui.FormFor, ui.ScreenLayout), zoomed to fit 1280x800 logical
// pixels but never below 12/13: the smallest text is 13 logical pixels
// (ui.MinTextPx), so no text is under 12 CSS pixels (ui.MinCSSText). The
// logical screen is the window over that zoom: 1280x800 on a 1280x800 or
// 1440x900 window, wider on a wide one (1422x800 at 1920x1080), smaller
// on a small one (1109x693 at 1024x640), and the layout reflows to it.
// The centre column takes the width the settings panel (360) and the
// drawing panel leave, at least ui.CentreMinW; on a narrow screen the
// drawing panel stacks its answer under a smaller pad, on a short one
// the pad shrinks and the bars go to two columns; the settings panel
// lowers its rows (mouseSizes) and, below about 1024x640, gets pages; the
// tabs' views fit what they get (fewer compare rows and mistakes, the
// layers' legend dropped, fewer axis ticks, no x axis title on a short
// chart). A resized desktop window is
// laid out again the same way. Everything is drawn at the device's pixels
// (Layout returns the window's size times its device scale, and the
// painter maps logical to device pixels, with the font atlas of that
// scale). A smaller window is a phone (ui.FormFor), laid out in CSS
// pixels: in portrait the pad and its answer come first and fill the
// width, in landscape the pad sits beside its answer, and a page switch
// (Draw, Curves & tabs, Settings) brings the rest on screen;
// the sections below describe the desktop layout. Top bar: title,
// Train/Pause, Step, Reset and the run's status (state, epoch, samples,
// samples/s, divergence, the trainer's refusal). Left: the settings panel
// (network, training and remedies sections, with pages when they do not
// fit; settings.go) and the compact config string.
// Middle: a tab bar, the selected tab's view (the curves of loss and
// accuracy against samples seen, train and validation; the presets; the
// comparison of runs; the errors; the layers' health and a convolution's
// filters; why the network answers the pad as it does, from package
// evidence: a map of the pixels for and against, the closest training
// images and a sentence) and under it the diagnosis panel, which says what
// is wrong with the run and what to try; its Try the fix button trains the
// fix from the same seed against the broken run, pinned in Compare, and
// package trial judges the outcome.
// Right: the drawing pad (280x280, one logical pixel per pad unit, when
// the screen has room), the 28x28 image the network sees, the predicted
// digit and a bar per class.
// Startup warnings show in a banner over the middle and right columns
// until closed. Package ui holds the position functions, axes and value
// lists, and tests without a display.
//
// # Tabs
//
// Each tab of the middle column has a view that implements tabView
// (tabs.go), and App treats them alike: it lays them all out (resize),
// gives them all the current config and each new snapshot (follow), lets
// the selected one follow the pointer and name its controls (update,
// hovering, rects), and draws it when its look moves (look, drawChrome,
// draw; see render.go). The runs that the Compare tab shows are a runBook
// (runbook.go), which App updates from the snapshots. To add a tab:
//
//  1. In game/ui/center.go, a Tab constant before NumTabs, and its entries
//     in TabNames (for ControlRect "tab:NAME" and the state's "tab") and
//     TabLabels. The tab bar makes room for it.
//  2. A file game/<name>view.go with the view: a type that implements
//     tabView. A view with nothing to click embeds noPointer; one with
//     buttons uses the button widget and names them for ControlRect.
//  3. One line in New: a.views[ui.TabName] = newNameView(...), giving it
//     the callbacks it needs (a.setConfig, a.padV.inspect, ...).
//
// New panics if a tab has no view. TestTabViewsKeepTheProtocol and
// TestDrawTabs run over every tab; TestDrawOnlyWhatChangedMatchesWholeFrame
// checks that the views redraw what they change.
//
// # Structure
//
// As in ebiten's examples: Update changes state and Draw only draws. Input
// becomes intents in one place (input.go): pointer events (the mouse and
// every touch by its ID, so a finger draws a continuous stroke) and the
// keyboard shortcuts Space (train/pause), S (step), R (reset) and C (clear).
// Widgets (button, stepper) are small structs with update, draw and a
// callback; the settings panel is rebuilt from the config whenever it
// changes. The pad's textures are painted in Update when pad.Drawing's
// Version moves, and the prediction is recomputed only when the drawing or
// the weights changed.
//
// # Drawing only what changed
//
// The screen is kept between frames (New calls
// ebiten.SetScreenClearedEveryFrame(false)) and Draw redraws only what
// changed (render.go). The chrome (background, panels, titles, labels, the
// settings panel's texts, outlines, bar tracks) is drawn into an offscreen
// image when the layout or the config changes. Every dynamic region (each
// button and stepper, the status line, the tab's view, the pad and
// preview, the guess and bars) remembers the look it was last drawn with;
// when its look differs, the chrome under it is copied back and it draws
// itself again. A frame in which nothing changed draws nothing, and ebiten
// then presents nothing.
//
// What a present costs is the reason for all this. On a software GL
// (headless Chromium on SwiftShader, Xvfb) a present of the whole screen
// is expensive: in headless Chromium, with the single-sampled canvas that
// public/loader.js asks for, one costs SwiftShader about 28 ms of CPU (the
// figure the rest of this package refers to). Ebiten presents the three
// frames after each frame that draws as well, so a drawn frame costs four
// presents. The regions that follow the training (the status facts, the
// tab's data, the bars as the weights move) are therefore redrawn together
// at most every dataRefreshTicks (a second), while what the user does (a
// hover, a stroke, a click, a new state of the run) shows in the next
// frame. render_test.go checks that the frames drawn this way equal whole
// frames drawn afresh.
//
// # Text and shapes
//
// Text comes from a pre-rendered glyph atlas (package assets/fontatlas,
// made by cmd/mkfont from the Go fonts) drawn at whole pixels, not from
// ebiten's text/v2: the page module has a size budget, and text/v2 with a
// TrueType font costs about 1.2 MB gzip against the atlas's 0.1 MB. Shapes
// (rounded rectangles, discs, anti-aliased lines) come from a sheet of
// pre-rendered coverage masks (shapes.go, built into the program as its
// texture, shapes.rgba, so that no start renders it): ebiten's per-draw
// anti-aliasing costs a full extra render per call, which on a software
// GL (Xvfb, SwiftShader) drops the app from 60 ticks/s to 1.
//
// # Automation
//
// StateJSON, SetConfig, SetTraining, Reset, ClearPad, DrawStrokes and
// ControlRect may be called from any goroutine (the browser's
// window.digitlab, the desktop -state-file writer, tests). Actions are
// queued under a mutex and applied at the start of the next Update; what
// they read was published at the end of the last one. Rectangles are in
// logical layout pixels.
//
// # Tests
//
// Package ui's tests run anywhere. This package imports ebiten, whose test
// binaries panic without a display, so run them under a virtual one:
//
//	xvfb-run -a go test ./game/...
package game
