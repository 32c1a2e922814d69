package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// Save writes the file inside its directory whatever the name says, and
// tells where it went.
func TestDesktopModelsSave(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"digitlab-784-128-10-relu-step7.dlm", "digitlab-784-128-10-relu-step7.dlm"},
		{"../../escape.dlm", "escape.dlm"},
		{"/etc/passwd.dlm", "passwd.dlm"},
	} {
		dir := t.TempDir()
		data := []byte("DLMODEL\x00 " + tc.name)
		msg, err := desktopModels{dir: dir}.Save(tc.name, data)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, tc.want)
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s: %s holds %q, %v", tc.name, path, got, err)
		}
		if msg != "Saved "+path {
			t.Errorf("%s: message %q", tc.name, msg)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s: %d files left in the directory", tc.name, len(entries))
		}
	}
	if _, err := (desktopModels{dir: filepath.Join(t.TempDir(), "missing")}).Save("m.dlm", nil); err == nil {
		t.Error("saving into a missing directory succeeded")
	}
}

// readModel reads at most maxModelBytes, so a huge file cannot fill the
// memory.
func TestReadModelIsBounded(t *testing.T) {
	fsys := fstest.MapFS{
		"small.dlm": {Data: []byte("abc")},
		"huge.dlm":  {Data: make([]byte, maxModelBytes+10)},
	}
	for name, want := range map[string]int{"small.dlm": 3, "huge.dlm": maxModelBytes} {
		got, err := readModel(fsys, name)
		if err != nil || len(got) != want {
			t.Errorf("%s: %d bytes, %v; want %d", name, len(got), err, want)
		}
	}
}

// The digits are kept in a file under the config directory, which Keep
// makes, and read back; none kept is no error; Export says where it wrote.
func TestDesktopDigits(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	exportDir := t.TempDir()
	d := newDesktopDigits(exportDir)
	if data, err := d.Load(); data != nil || err != nil {
		t.Fatalf("before any: %q, %v", data, err)
	}
	for _, data := range [][]byte{[]byte("first"), []byte("second")} {
		if err := d.Keep(data); err != nil {
			t.Fatal(err)
		}
		if got, err := newDesktopDigits(exportDir).Load(); err != nil || !bytes.Equal(got, data) {
			t.Errorf("kept %q, read %q, %v", data, got, err)
		}
	}
	msg, err := d.Export("my.dlmine", []byte("x"))
	if path := filepath.Join(exportDir, "my.dlmine"); err != nil || msg != "Exported "+path {
		t.Errorf("export: %q, %v", msg, err)
	}
}
