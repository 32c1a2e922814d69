package mnist

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadIDX(t *testing.T) {
	s := testSet(12, 5)
	imgs, lbls := idxFiles(s)
	badLabels := bytes.Clone(s.Labels)
	badLabels[7] = 10
	tests := []struct {
		name         string
		images, lbls []byte
		want         string // "" for success
	}{
		{"good", imgs, lbls, ""},
		{"empty set", idxImages(idxImagesMagic, 0, Rows, Cols, nil), idxLabels(idxLabelsMagic, 0, nil), ""},
		{"no images", nil, lbls, "mnist: images: header: truncated: got 0 of 16 bytes"},
		{"short image header", imgs[:10], lbls, "mnist: images: header: truncated: got 10 of 16 bytes"},
		{"labels as images", lbls, lbls, "mnist: images: bad magic 0x00000801 (want 0x00000803)"},
		{"images as labels", imgs, imgs, "mnist: labels: bad magic 0x00000803 (want 0x00000801)"},
		{"rows", idxImages(idxImagesMagic, 12, 27, Cols, s.Images), lbls, "mnist: images: images are 27x28, want 28x28"},
		{"cols", idxImages(idxImagesMagic, 12, Rows, 32, s.Images), lbls, "images are 28x32"},
		{"too many", idxImages(idxImagesMagic, MaxImages+1, Rows, Cols, nil), lbls, "count 70001 exceeds the limit of 70000"},
		{"huge count", idxImages(idxImagesMagic, 1<<32-1, Rows, Cols, nil), lbls, "count 4294967295 exceeds"},
		{"counts differ", imgs, idxLabels(idxLabelsMagic, 11, s.Labels[:11]), "mnist: labels: count 11 differs from the image count 12"},
		{"no labels", imgs, nil, "mnist: labels: header: truncated"},
		{"images truncated", imgs[:len(imgs)-1], lbls, "mnist: images: truncated: got 9407 of 9408 data bytes"},
		{"images trailing", append(bytes.Clone(imgs), 0), lbls, "mnist: images: trailing data after the 9408 data bytes"},
		{"labels truncated", imgs, lbls[:len(lbls)-3], "mnist: labels: truncated: got 9 of 12"},
		{"labels trailing", imgs, append(bytes.Clone(lbls), 1), "mnist: labels: trailing data"},
		{"label 10", imgs, idxLabels(idxLabelsMagic, 12, badLabels), "mnist: labels: label 10 at index 7 is not a digit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// OneByteReader makes sure short reads are handled.
			got, err := ReadIDX(iotest.OneByteReader(bytes.NewReader(tt.images)), iotest.OneByteReader(bytes.NewReader(tt.lbls)))
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("ReadIDX error = %v, want it to contain %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadIDX: %v", err)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("ReadIDX returned an invalid set: %v", err)
			}
			wantImages := tt.images[16:]
			if !bytes.Equal(got.Images, wantImages) || !bytes.Equal(got.Labels, tt.lbls[8:]) {
				t.Errorf("ReadIDX returned other data than the files hold")
			}
		})
	}
}

func TestLoadDir(t *testing.T) {
	want := testBundle()
	trainImgs, trainLbls := idxFiles(want.Train)
	testImgs, testLbls := idxFiles(want.Test)
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	good := map[string][]byte{
		TrainImagesFile: gz(trainImgs), TrainLabelsFile: gz(trainLbls),
		TestImagesFile: gz(testImgs), TestLabelsFile: gz(testLbls),
	}
	with := func(file string, data []byte) map[string][]byte {
		m := map[string][]byte{}
		for k, v := range good {
			m[k] = v
		}
		if data == nil {
			delete(m, file)
		} else {
			m[file] = data
		}
		return m
	}
	corrupt := bytes.Clone(good[TestImagesFile])
	corrupt[len(corrupt)-5] ^= 1 // the gzip CRC-32 of the data

	tests := []struct {
		name  string
		files map[string][]byte
		want  string
	}{
		{"good", good, ""},
		{"missing test labels", with(TestLabelsFile, nil), "mnist: test labels: open "},
		{"train images not gzipped", with(TrainImagesFile, trainImgs), "mnist: train images: " + TrainImagesFile + ": gzip: invalid header"},
		{"test images corrupt", with(TestImagesFile, corrupt), "mnist: test images: gzip: invalid checksum"},
		{"train sets swapped", with(TrainImagesFile, gz(trainLbls)), "mnist: train images: bad magic 0x00000801 (want 0x00000803)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := LoadDir(dir)
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("LoadDir error = %v, want it to contain %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("LoadDir: %v", err)
			}
			if !sameSet(got.Train, want.Train) || !sameSet(got.Test, want.Test) {
				t.Errorf("LoadDir returned other data than the files hold")
			}
		})
	}
}

func TestSetValidate(t *testing.T) {
	tests := []struct {
		name string
		s    Set
		want string
	}{
		{"zero", Set{}, ""},
		{"good", testSet(3, 1), ""},
		{"pixels short", Set{Images: make([]uint8, Pixels-1), Labels: []uint8{1}}, "mnist: set has 783 pixel bytes for 1 labels, want 784"},
		{"label", Set{Images: make([]uint8, Pixels), Labels: []uint8{255}}, "mnist: label 255 at index 0 is not a digit 0..9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.s.Validate()
			if (tt.want == "") != (err == nil) || err != nil && err.Error() != tt.want {
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestImageAliasesSet(t *testing.T) {
	s := testSet(3, 1)
	img := s.Image(1)
	if len(img) != Pixels || cap(img) != Pixels {
		t.Fatalf("Image(1) has len %d cap %d, want %d and %d", len(img), cap(img), Pixels, Pixels)
	}
	img[0] = 42
	if s.Images[Pixels] != 42 {
		t.Errorf("Image(1) is a copy, want a sub-slice")
	}
}
