package pad

import (
	"encoding/binary"
	"hash/crc32"
	"math"
	"strings"
	"testing"

	"digitlab/nn"
)

// TestModelsRoundTrip checks that DecodeModels gives back each network of
// EncodeModels with every weight within half its block's rounding step,
// for networks of different shapes, weights of very different sizes side
// by side, and an all-zero block.
func TestModelsRoundTrip(t *testing.T) {
	cases := []struct {
		name   string
		config string
		weight func(i int) float32
	}{
		{"dense", "hidden=16&seed=1", func(i int) float32 { return float32(math.Sin(float64(i))) }},
		{"conv, tiny beside large", "conv=4c5-p2&hidden=8&seed=2", func(i int) float32 {
			if i%7 == 0 {
				return 30
			}
			return 1e-3 * float32(i%11-5)
		}},
		{"zeros", "hidden=8&seed=3", func(i int) float32 { return 0 }},
	}
	var nets []*nn.Network
	var want [][]float32
	for _, c := range cases {
		cfg, err := nn.ParseConfig(c.config)
		if err != nil {
			t.Fatal(err)
		}
		n, err := nn.NewNetwork(cfg)
		if err != nil {
			t.Fatal(err)
		}
		w := make([]float32, n.NumParams())
		for i := range w {
			w[i] = c.weight(i)
		}
		if err := n.SetWeights(w); err != nil {
			t.Fatal(err)
		}
		nets, want = append(nets, n), append(want, w)
	}
	got, err := DecodeModels(EncodeModels(nets))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(nets) {
		t.Fatalf("%d networks, want %d", len(got), len(nets))
	}
	for k, c := range cases {
		if g, w := got[k].Config().String(), nets[k].Config().String(); g != w {
			t.Errorf("%s: config %q, want %q", c.name, g, w)
		}
		gw := got[k].AppendWeights(nil)
		for i, w := range want[k] {
			block := want[k][i/quantBlock*quantBlock : min(len(want[k]), (i/quantBlock+1)*quantBlock)]
			var top float32
			for _, v := range block {
				top = max(top, float32(math.Abs(float64(v))))
			}
			if d := math.Abs(float64(gw[i] - w)); d > float64(top)/127/2*1.0001 {
				t.Fatalf("%s: weight %d is %v, want %v within %v", c.name, i, gw[i], w, top/127/2)
			}
		}
	}
}

// reseal replaces the checksum at the end of a model file with that of
// the bytes before it, so that a test can damage what the checksum covers.
func reseal(b []byte) []byte {
	body := b[:len(b)-4]
	return binary.LittleEndian.AppendUint32(append([]byte(nil), body...), crc32.ChecksumIEEE(body))
}

// TestDecodeModelsRefuses checks that damaged model files get an error
// saying what is wrong, not a panic.
func TestDecodeModelsRefuses(t *testing.T) {
	good := notDigitModel
	withBody := func(f func(body []byte) []byte) []byte {
		body := append([]byte(nil), good[:len(good)-4]...)
		return reseal(append(f(body), 0, 0, 0, 0))
	}
	cases := []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "header"},
		{"another format", append([]byte("DLMODEL\x00"), good[8:]...), "header"},
		{"a flipped bit", func() []byte { b := append([]byte(nil), good...); b[len(b)/2] ^= 1; return b }(), "checksum"},
		{"cut short", good[:len(good)/2], "checksum"},
		{"no networks", EncodeModels(nil), "0 networks"},
		{"too many networks", withBody(func(b []byte) []byte { b[len(ModelsMagic)] = maxModels + 1; return b }), "networks"},
		{"a config no network has", withBody(func(b []byte) []byte {
			cfg := len(ModelsMagic) + 8
			copy(b[cfg:], "hidden=-1&")
			return b
		}), "network 1: config"},
		{"weights cut short", withBody(func(b []byte) []byte { return b[:len(b)-100] }), "cut short"},
		{"bytes after the networks", withBody(func(b []byte) []byte { return append(b, 7) }), "trailing bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeModels(c.file)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one about %q", err, c.want)
			}
		})
	}
}
