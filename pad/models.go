package pad

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"

	"digitlab/nn"
)

// The not-a-digit model file holds the checker's networks with their
// weights rounded to 8 bits, so that the page fetches a quarter of the
// bytes nn.SaveModel would write: ModelsMagic, the number of networks, and
// for each its config (length, then text) and its number of weights, then
// the weights in blocks of quantBlock, each block a float32 scale followed
// by one int8 per weight (weight = scale * int8); then a CRC-32 (IEEE) of
// all that. Integers and floats are little-endian, lengths uint32. Blocks
// of quantBlock weights keep a large weight from coarsening the rounding
// of the small ones of another layer; a weight is off by at most half its
// block's scale, under 0.4% of the block's largest.
const (
	ModelsMagic = "NDM8"
	quantBlock  = 64
	// maxModels and maxModelConfig bound what a damaged file can make
	// DecodeModels allocate.
	maxModels      = 8
	maxModelConfig = 4096
)

// EncodeModels writes networks into a model file (see ModelsMagic).
func EncodeModels(nets []*nn.Network) []byte {
	b := binary.LittleEndian.AppendUint32([]byte(ModelsMagic), uint32(len(nets)))
	for _, n := range nets {
		cfg := n.Config().String()
		b = binary.LittleEndian.AppendUint32(b, uint32(len(cfg)))
		b = append(b, cfg...)
		w := n.AppendWeights(nil)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(w)))
		for start := 0; start < len(w); start += quantBlock {
			block := w[start:min(start+quantBlock, len(w))]
			var top float32
			for _, v := range block {
				top = max(top, float32(math.Abs(float64(v))))
			}
			scale := top / 127
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(scale))
			for _, v := range block {
				q := int8(0)
				if scale > 0 {
					q = int8(max(-127, min(127, math.Round(float64(v/scale)))))
				}
				b = append(b, byte(q))
			}
		}
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// DecodeModels reads a model file EncodeModels wrote. A damaged file gets
// an error, never a panic.
func DecodeModels(b []byte) ([]*nn.Network, error) {
	if len(b) < len(ModelsMagic)+8 || string(b[:len(ModelsMagic)]) != ModelsMagic {
		return nil, fmt.Errorf("no %q header", ModelsMagic)
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, errors.New("checksum mismatch (the file is damaged or cut short)")
	}
	r := body[len(ModelsMagic):]
	next := func(n int) ([]byte, bool) {
		if n < 0 || len(r) < n {
			return nil, false
		}
		out := r[:n]
		r = r[n:]
		return out, true
	}
	u32 := func() (int, bool) {
		v, ok := next(4)
		if !ok {
			return 0, false
		}
		return int(binary.LittleEndian.Uint32(v)), true
	}
	count, _ := u32()
	if count < 1 || count > maxModels {
		return nil, fmt.Errorf("%d networks, want 1 to %d", count, maxModels)
	}
	nets := make([]*nn.Network, count)
	for i := range nets {
		bad := func(format string, args ...any) error {
			return fmt.Errorf("network %d: %s", i+1, fmt.Sprintf(format, args...))
		}
		l, ok := u32()
		if !ok || l > maxModelConfig {
			return nil, bad("no config")
		}
		text, ok := next(l)
		if !ok {
			return nil, bad("config cut short")
		}
		cfg, err := nn.ParseConfig(string(text))
		if err != nil {
			return nil, bad("config: %v", err)
		}
		n, err := nn.NewNetwork(cfg)
		if err != nil {
			return nil, bad("%v", err)
		}
		count, ok := u32()
		if !ok || count != n.NumParams() {
			return nil, bad("%d weights, but the network %v has %d", count, cfg.Layers(), n.NumParams())
		}
		w := make([]float32, 0, count)
		for len(w) < count {
			raw, ok := next(4)
			if !ok {
				return nil, bad("weights cut short")
			}
			scale := math.Float32frombits(binary.LittleEndian.Uint32(raw))
			q, ok := next(min(quantBlock, count-len(w)))
			if !ok {
				return nil, bad("weights cut short")
			}
			for _, v := range q {
				w = append(w, scale*float32(int8(v)))
			}
		}
		if err := n.SetWeights(w); err != nil {
			return nil, bad("%v", err)
		}
		nets[i] = n
	}
	if len(r) != 0 {
		return nil, errors.New("trailing bytes")
	}
	return nets, nil
}
