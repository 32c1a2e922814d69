package nn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

// The model file format, version 1, all integers little-endian:
//
//	offset  size  field
//	0       8     magic "DLMODEL\x00"
//	8       4     version, uint32 = 1
//	12      4     config length L, uint32, at most 4096
//	16      L     the config's compact string (Config.String)
//	16+L    4     parameter count N, uint32; must equal the count the
//	              config's network has (Net.NumParams: with bn=1 it
//	              includes the running statistics)
//	20+L    4·N   the parameters as float32, in AppendWeights order
//	20+L+4N 4     CRC-32 (IEEE) of every byte before it
//
// Nothing follows the checksum.
const (
	modelMagic      = "DLMODEL\x00"
	modelVersion    = 1
	maxModelConfig  = 4096
	modelHeaderSize = 8 + 4 + 4
)

// ErrModel wraps every error of LoadModel, so callers can tell a bad file
// from other failures with errors.Is.
var ErrModel = errors.New("nn: bad model file")

// SaveModel writes the network's config and weights in the model format.
func SaveModel(w io.Writer, n *Network) error {
	var buf bytes.Buffer
	cfg := n.cfg.String()
	buf.WriteString(modelMagic)
	binary.Write(&buf, binary.LittleEndian, uint32(modelVersion))
	binary.Write(&buf, binary.LittleEndian, uint32(len(cfg)))
	buf.WriteString(cfg)
	weights := n.AppendWeights(nil)
	binary.Write(&buf, binary.LittleEndian, uint32(len(weights)))
	binary.Write(&buf, binary.LittleEndian, weights)
	binary.Write(&buf, binary.LittleEndian, crc32.ChecksumIEEE(buf.Bytes()))
	_, err := w.Write(buf.Bytes())
	return err
}

// LoadModel reads a model written by SaveModel. A file that is truncated,
// corrupted, of another version, or whose weights do not fit its config
// returns an error wrapping ErrModel; it never panics.
func LoadModel(data []byte) (*Network, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrModel, fmt.Sprintf(format, args...))
	}
	if len(data) < modelHeaderSize || string(data[:8]) != modelMagic {
		return nil, bad("not a Digit Lab model (no DLMODEL header)")
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != modelVersion {
		return nil, bad("version %d, this build reads version %d", v, modelVersion)
	}
	cfgLen := int(binary.LittleEndian.Uint32(data[12:]))
	if cfgLen > maxModelConfig {
		return nil, bad("config of %d bytes, at most %d", cfgLen, maxModelConfig)
	}
	off := modelHeaderSize + cfgLen
	if len(data) < off+4+4 {
		return nil, bad("truncated: %d bytes", len(data))
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad("checksum mismatch (the file is corrupted or truncated)")
	}
	cfg, err := ParseConfig(string(data[modelHeaderSize:off]))
	if err != nil {
		return nil, bad("config: %v", err)
	}
	count := int(binary.LittleEndian.Uint32(data[off:]))
	off += 4
	n, err := NewNetwork(cfg)
	if err != nil {
		return nil, bad("%v", err)
	}
	if count != n.NumParams() {
		return nil, bad("%d weights, but the network %v has %d", count, cfg.Layers(), n.NumParams())
	}
	if len(body) != off+4*count {
		return nil, bad("%d bytes of weights, want %d", len(body)-off, 4*count)
	}
	weights := make([]float32, count)
	for i := range weights {
		weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(body[off+4*i:]))
	}
	if err := n.SetWeights(weights); err != nil {
		return nil, bad("%v", err)
	}
	return n, nil
}
