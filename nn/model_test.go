package nn

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

func savedModel(t testing.TB) ([]byte, *Network) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.Hidden = []int{16, 8}
	cfg.Activation = ActTanh
	return savedModelOf(t, cfg)
}

// convModel is a config with every kind of convolutional stage.
func convModel() Config {
	cfg := DefaultConfig()
	cfg.Conv = "4c3s-p2-6c5-p3"
	cfg.Hidden = []int{8}
	return cfg
}

// savedModelOf trains cfg for 20 steps on synthetic digits and saves it.
func savedModelOf(t testing.TB, cfg Config) ([]byte, *Network) {
	t.Helper()
	tr, err := NewTrainer(cfg.withTrainSize(1000), synthData(1000, 1), synthData(100, 2), TrainerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tr.Step(20)
	var buf bytes.Buffer
	if err := SaveModel(&buf, tr.Network()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), tr.Network()
}

func (c Config) withTrainSize(n int) Config { c.TrainSize = n; return c }

func TestModelRoundTrip(t *testing.T) {
	mlp, _ := ParseConfig("hidden=16x8&act=tanh")
	bn, _ := ParseConfig("conv=4c3-p2&hidden=8&bn=1")
	for name, cfg := range map[string]Config{"dense": mlp, "conv": convModel(), "batch norm": bn} {
		t.Run(name, func(t *testing.T) { testModelRoundTrip(t, cfg) })
	}
}

func testModelRoundTrip(t *testing.T, cfg Config) {
	data, orig := savedModelOf(t, cfg)
	got, err := LoadModel(data)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Config().Equal(orig.Config()) {
		t.Errorf("config %v, want %v", got.Config(), orig.Config())
	}
	if !slices.Equal(got.AppendWeights(nil), orig.AppendWeights(nil)) {
		t.Error("weights differ after a round trip")
	}
	img := synthData(1, 5).Pixels
	x := make([]float32, Inputs)
	for i, p := range img {
		x[i] = float32(p) / 255
	}
	p1, p2 := make([]float32, Classes), make([]float32, Classes)
	orig.Predict(x, p1)
	got.Predict(x, p2)
	if !slices.Equal(p1, p2) {
		t.Errorf("predictions differ: %v vs %v", p1, p2)
	}
}

func TestLoadModelRejectsBadFiles(t *testing.T) {
	good, _ := savedModel(t)
	flip := func(i int) []byte { b := bytes.Clone(good); b[i] ^= 0x40; return b }
	tests := map[string][]byte{
		"empty":          nil,
		"not a model":    []byte("hello, this is not a model file at all"),
		"truncated head": good[:10],
		"truncated body": good[:len(good)/2],
		"no checksum":    good[:len(good)-4],
		"extra byte":     append(bytes.Clone(good), 0),
		"flipped magic":  flip(0),
		"flipped config": flip(20),
		"flipped weight": flip(len(good) - 40),
		"flipped crc":    flip(len(good) - 1),
	}
	v2 := bytes.Clone(good)
	v2[8] = 2
	tests["version 2"] = v2
	for name, data := range tests {
		if _, err := LoadModel(data); !errors.Is(err, ErrModel) {
			t.Errorf("%s: got %v, want an ErrModel", name, err)
		}
	}
}

func FuzzLoadModel(f *testing.F) {
	good, _ := savedModel(f)
	f.Add(good)
	f.Add(good[:40])
	conv, _ := savedModelOf(f, convModel())
	f.Add(conv)
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := LoadModel(data)
		if err != nil {
			if !errors.Is(err, ErrModel) {
				t.Fatalf("error %v does not wrap ErrModel", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := SaveModel(&buf, n); err != nil || !bytes.Equal(buf.Bytes(), data) {
			t.Fatalf("an accepted model does not save back to the same bytes")
		}
	})
}
