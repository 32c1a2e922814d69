package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/hajimehoshi/ebiten/v2"

	"digitlab/game"
)

// maxModelBytes is the most of a file the app reads as a model: the
// largest network the settings allow is under 20 MB, and a longer file is
// cut, so that nn.LoadModel refuses it with its own message.
const maxModelBytes = 64 << 20

// desktopModels is the desktop's game.ModelFiles: saving writes a file in
// dir and prints its path; there is no file dialog, so a model is loaded
// by dropping its file on the window (loadDropped) or with -model.
type desktopModels struct{ dir string }

// Save writes data to dir/name, through a temporary file renamed into
// place, and prints the path.
func (m desktopModels) Save(name string, data []byte) (string, error) {
	path, err := writeFileIn(m.dir, name, data)
	if err != nil {
		return "", err
	}
	fmt.Printf("Digit Lab model saved: %s\n", path)
	return "Saved " + path, nil
}

// writeFileIn writes data to dir/name (the name's last element only),
// through a temporary file renamed into place, and returns the path.
func writeFileIn(dir, name string, data []byte) (string, error) {
	path := filepath.Join(dir, filepath.Base(name))
	tmp, err := os.CreateTemp(dir, ".digitlab-*")
	if err != nil {
		return "", err
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return "", werr
	}
	return path, nil
}

// Open says how to load a model on the desktop.
func (desktopModels) Open() string {
	return "Drop a model file (" + game.ModelExt + ") on this window, or start digitlab with -model FILE"
}

// readModel reads at most maxModelBytes of the named file in fsys.
func readModel(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxModelBytes))
}

// loadDropped loads the first regular file dropped on the window this
// tick, if any: a file of the user's digits is imported, any other is
// loaded as a model.
func loadDropped(app *game.App) {
	fsys := ebiten.DroppedFiles()
	if fsys == nil {
		return
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		app.LoadModel("", nil)
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() {
			data, err := readModel(fsys, e.Name())
			if err != nil {
				data = nil // nn.LoadModel's message for no data
			}
			if game.IsDigitsFile(data) {
				app.ImportDigits(data)
				return
			}
			app.LoadModel(e.Name(), data)
			return
		}
	}
}

// loadModelFile loads the model at path (the -model flag) and reports a
// bad file on stderr; the app shows the message too.
func loadModelFile(app *game.App, path string) error {
	data, err := readModel(os.DirFS(filepath.Dir(path)), filepath.Base(path))
	if err != nil {
		return err
	}
	if msg := app.LoadModel(filepath.Base(path), data); msg != "" {
		return errors.New(msg)
	}
	return nil
}
