// Command digitlab is Digit Lab on the desktop: the same screen as the
// browser app, with training on a goroutine instead of a Web Worker.
//
//	go run ./cmd/digitlab [-config 'hidden=256x128&act=elu'] [-window 1280x800] [-model FILE] [-model-dir DIR] [-state-file PATH] [-exit-after 30s] [-draw-strokes FILE]
//
// -window sets the window's first size; the window can be resized at will
// and the screen is laid out again for its size, as the page is for the
// browser's viewport (from 1024x600 the desktop layout, smaller a phone
// layout; see package game).
// -config takes the compact string of the URL; bad keys keep their defaults
// and are shown in a banner, as in the browser. -model puts a saved model
// on the pad at start (a bad file is reported and the app runs on); Save
// model writes files to -model-dir (the home directory by default) and
// prints their paths, and a model file dropped on the window loads. The
// digits the user teaches are kept in digitlab/mydigits.dlmine under the
// user's config directory; Export writes them to -model-dir too, and a
// file of them dropped on the window is imported.
// -state-file writes the
// app's StateJSON, plus "controls" (every control's rectangle by name),
// to PATH every 500 ms (atomically, by rename),
// -exit-after ends the app cleanly after a duration, and -draw-strokes
// draws the strokes of a JSON file ([[[x, y], ...], ...] in pad units) on
// the pad at start: the three are for tests.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/assets"
	"digitlab/game"
	"digitlab/game/ui"
	"digitlab/nn"
	"digitlab/trainer"
)

func main() {
	configFlag := flag.String("config", "", "the first run's `config`, as in the URL: hidden=256x128&act=elu (a shared link's runs=... too)")
	stateFile := flag.String("state-file", "", "write the app's state as JSON to `path` every 500 ms")
	exitAfter := flag.Duration("exit-after", 0, "exit after this `duration` (0: run until closed)")
	strokesFile := flag.String("draw-strokes", "", "draw the strokes of this JSON `file` on the pad at start")
	modelFile := flag.String("model", "", "put the model saved in this `file` on the pad at start")
	home, _ := os.UserHomeDir()
	modelDir := flag.String("model-dir", home, "save models in this `directory`")
	window := flag.String("window", fmt.Sprintf("%dx%d", ui.ScreenW, ui.ScreenH), "the window's first `size`, WxH in pixels")
	flag.Parse()
	w, h, err := parseSize(*window)
	if err != nil {
		log.Fatal("digitlab: -window: ", err)
	}
	ebiten.SetWindowSize(w, h)
	if err := run(*configFlag, *stateFile, *exitAfter, *strokesFile, *modelFile, *modelDir); err != nil {
		log.Fatal("digitlab: ", err)
	}
}

// parseSize reads a window size "WxH", each side from 100 to 10000 pixels.
func parseSize(s string) (w, h int, err error) {
	if _, err := fmt.Sscanf(s, "%dx%d", &w, &h); err != nil || fmt.Sprintf("%dx%d", w, h) != s {
		return 0, 0, fmt.Errorf("%q is not a size such as 1280x800", s)
	}
	if w < 100 || h < 100 || w > 10000 || h > 10000 {
		return 0, 0, fmt.Errorf("%q: each side must be from 100 to 10000 pixels", s)
	}
	return w, h, nil
}

// errExit ends the game loop when -exit-after has passed.
var errExit = errors.New("exit requested")

func run(configStr, stateFile string, exitAfter time.Duration, strokesFile, modelFile, modelDir string) error {
	bundle, err := assets.Full()
	if err != nil {
		return err
	}
	drawn, err := assets.Drawn()
	if err != nil {
		return err
	}
	data := trainer.Data{
		Train: nn.Dataset{Pixels: bundle.Train.Images, Labels: bundle.Train.Labels},
		Val:   nn.Dataset{Pixels: bundle.Test.Images, Labels: bundle.Test.Labels},
		Drawn: nn.Dataset{Pixels: drawn.Images, Labels: drawn.Labels},
	}
	opts := game.OptionsFromQuery(configStr)
	opts.Share = func(query string) string {
		fmt.Printf("Digit Lab link: digitlab -config '%s'\n", query)
		return "Printed the link to the terminal."
	}
	opts.Models = desktopModels{dir: modelDir}
	opts.Digits = newDesktopDigits(modelDir)
	tr := trainer.NewLocal(data, trainer.Options{})
	defer tr.Close()
	app := game.New(tr, opts)
	if modelFile != "" {
		if err := loadModelFile(app, modelFile); err != nil {
			log.Printf("digitlab: -model %s: %v", modelFile, err)
		}
	}

	if strokesFile != "" {
		strokes, err := readStrokes(strokesFile)
		if err != nil {
			return err
		}
		if err := app.DrawStrokes(strokes); err != nil {
			return fmt.Errorf("%s: %w", strokesFile, err)
		}
	}
	if stateFile != "" {
		go writeStates(app, stateFile, 500*time.Millisecond)
	}
	ebiten.SetWindowTitle("Digit Lab")
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	g := &desktopGame{App: app}
	if exitAfter > 0 {
		g.end = time.Now().Add(exitAfter)
	}
	err = ebiten.RunGame(g)
	if stateFile != "" {
		writeState(app, stateFile) // the final state, for tests
	}
	if errors.Is(err, errExit) {
		return nil
	}
	return err
}

// desktopGame is the app with what only the desktop does: it loads model
// files dropped on the window, and ends the game loop at end (unless
// zero).
type desktopGame struct {
	*game.App
	end time.Time
}

func (g *desktopGame) Update() error {
	if !g.end.IsZero() && time.Now().After(g.end) {
		return errExit
	}
	loadDropped(g.App)
	return g.App.Update()
}

func readStrokes(path string) ([][][2]float32, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var strokes [][][2]float32
	if err := json.Unmarshal(b, &strokes); err != nil {
		return nil, fmt.Errorf("%s: want [[[x, y], ...], ...]: %w", path, err)
	}
	return strokes, nil
}

func writeStates(app *game.App, path string, every time.Duration) {
	for range time.Tick(every) {
		if err := writeState(app, path); err != nil {
			log.Print("digitlab: ", err)
		}
	}
}

// stateWithControls is the app's StateJSON with one more key, "controls":
// every control's rectangle by name ({"X", "Y", "W", "H"} in logical
// pixels), so that a test can click them with X events.
func stateWithControls(app *game.App) string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(app.StateJSON()), &m); err != nil || m == nil {
		return app.StateJSON() // not yet published
	}
	c, err := json.Marshal(app.Controls())
	if err != nil {
		return app.StateJSON()
	}
	m["controls"] = c
	b, err := json.Marshal(m)
	if err != nil {
		return app.StateJSON()
	}
	return string(b)
}

// writeState writes the state beside path and renames it into place, so a
// reader never sees half a file.
func writeState(app *game.App, path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".digitlab-state-*")
	if err != nil {
		return err
	}
	_, werr := tmp.WriteString(stateWithControls(app) + "\n")
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return werr
	}
	return os.Rename(tmp.Name(), path)
}
