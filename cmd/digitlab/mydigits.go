package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"digitlab/mydigits"
)

// digitsFile is the file the desktop keeps the user's digits in, under
// the user's config directory (os.UserConfigDir: $XDG_CONFIG_HOME or
// ~/.config on Linux).
const digitsFile = "digitlab/mydigits" + mydigits.Ext

// desktopDigits is the desktop's game.DigitStore: the digits are kept in
// keep (a file under the config directory), exported to dir (the -model-dir
// directory) with their path printed, and imported by dropping a file on
// the window (loadDropped tells it from a model).
type desktopDigits struct {
	keep string // "" when the system has no config directory
	dir  string
}

// newDesktopDigits keeps the digits under the user's config directory.
func newDesktopDigits(exportDir string) desktopDigits {
	d := desktopDigits{dir: exportDir}
	if cfg, err := os.UserConfigDir(); err == nil {
		d.keep = filepath.Join(cfg, digitsFile)
	}
	return d
}

// Load reads the kept file; none yet is no error.
func (d desktopDigits) Load() ([]byte, error) {
	if d.keep == "" {
		return nil, nil
	}
	data, err := os.ReadFile(d.keep)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// Keep writes the kept file, making its directory if needed.
func (d desktopDigits) Keep(data []byte) error {
	if d.keep == "" {
		return errors.New("this system has no config directory")
	}
	if err := os.MkdirAll(filepath.Dir(d.keep), 0o755); err != nil {
		return err
	}
	_, err := writeFileIn(filepath.Dir(d.keep), filepath.Base(d.keep), data)
	return err
}

// Export writes data to dir/name and prints the path.
func (d desktopDigits) Export(name string, data []byte) (string, error) {
	path, err := writeFileIn(d.dir, name, data)
	if err != nil {
		return "", err
	}
	fmt.Printf("Digit Lab digits exported: %s\n", path)
	return "Exported " + path, nil
}

// Import says how to import digits on the desktop.
func (desktopDigits) Import() string {
	return "Drop a file of digits (" + mydigits.Ext + ") on this window"
}
