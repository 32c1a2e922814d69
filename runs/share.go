package runs

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strings"

	"digitlab/nn"
)

// Limits of a shared value. Decode rejects anything beyond them, so a
// hostile link cannot make the app allocate or draw without bound.
const (
	// MaxShared is the most runs one value carries. Encode keeps the last
	// MaxShared runs it is given.
	MaxShared = 8
	// MaxSamples, MaxEpochs and MaxSeconds bound a run's figures: far
	// beyond any session, well within the exact range of a float64.
	MaxSamples = int64(1) << 48
	MaxEpochs  = 1e6
	MaxSeconds = 1e8
	// maxConfigLen bounds a config's compact string (the longest valid
	// one is about 150 bytes).
	maxConfigLen = 512
	// maxEncodedLen bounds the text Decode reads, well above the longest
	// value Encode can write.
	maxEncodedLen = 16 << 10
)

// Quantization of the encoded numbers: accuracy to 1/10000 (0.01 points),
// epochs to 1/100, seconds to 1/10.
const (
	accScale     = 10000
	epochsScale  = 100
	secondsScale = 10
)

// version is the first byte of every encoded value. A change of layout
// gets a new version, so an old link fails with a clear message instead
// of decoding into nonsense.
const version = 1

// flagDiverged is the only flag bit; Decode rejects the others.
const flagDiverged = 1

// Encode writes runs as one URL query value (base64url without padding:
// only A–Z, a–z, 0–9, '-' and '_'), which Decode reads back up to
// quantization. It keeps the last MaxShared runs and thins longer curves
// to MaxPoints. Encode never fails, so it writes only what Decode accepts:
// it leaves out runs whose config is invalid (they cannot have trained),
// maps NaN to 0, clamps numbers into their ranges, makes samples
// non-decreasing and raises BestAcc to the curve's best if it is lower.
// IDs are not written: a receiving Book numbers shared runs itself.
func Encode(rs []Run) string {
	valid := make([]Run, 0, len(rs))
	for _, r := range rs {
		if r.Config.Validate() == nil {
			valid = append(valid, r)
		}
	}
	valid = valid[max(0, len(valid)-MaxShared):]

	buf := []byte{version}
	buf = binary.AppendUvarint(buf, uint64(len(valid)))
	for _, r := range valid {
		buf = appendRun(buf, r)
	}
	return base64.RawURLEncoding.EncodeToString(buf)
}

func appendRun(buf []byte, r Run) []byte {
	cfg := configText(r.Config)
	buf = binary.AppendUvarint(buf, uint64(len(cfg)))
	buf = append(buf, cfg...)
	var flags byte
	if r.Diverged {
		flags |= flagDiverged
	}
	buf = append(buf, flags)

	curve := Downsample(r.Curve, MaxPoints)
	accs := make([]uint64, len(curve))
	samples := make([]uint64, len(curve))
	best := quantize(clamp01(r.BestAcc), accScale, accScale)
	var prev, unit uint64
	for i, p := range curve {
		accs[i] = quantize(clamp01(p.Acc), accScale, accScale)
		best = max(best, accs[i])
		s := max(uint64(min(max(p.Samples, 0), MaxSamples)), prev)
		samples[i], prev = s, s
		unit = gcd(unit, s)
	}
	buf = binary.AppendUvarint(buf, best)
	buf = binary.AppendUvarint(buf, quantize(r.Epochs, epochsScale, MaxEpochs*epochsScale))
	buf = binary.AppendUvarint(buf, quantize(r.Seconds, secondsScale, MaxSeconds*secondsScale))

	buf = binary.AppendUvarint(buf, uint64(len(curve)))
	if len(curve) == 0 {
		return buf
	}
	unit = max(unit, 1) // every sample 0
	buf = binary.AppendUvarint(buf, unit)
	prev = 0
	var prevAcc int64
	for i := range curve {
		buf = binary.AppendUvarint(buf, (samples[i]-prev)/unit)
		buf = binary.AppendVarint(buf, int64(accs[i])-prevAcc)
		prev, prevAcc = samples[i], int64(accs[i])
	}
	return buf
}

// configText is c's compact string without the keys that keep their
// defaults: a shared run says only what differs, to keep links short.
func configText(c nn.Config) string {
	def := nn.DefaultConfig()
	var keep []string
	for _, k := range nn.ConfigKeys() {
		if v := c.Value(k); v != def.Value(k) {
			keep = append(keep, k+"="+url.QueryEscape(v))
		}
	}
	return strings.Join(keep, "&")
}

// quantize returns round(v·scale) clamped to 0..limit, with NaN as 0.
func quantize(v, scale, limit float64) uint64 {
	q := math.Round(v * scale)
	if !(q > 0) {
		return 0
	}
	return uint64(math.Min(q, limit))
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Decode reads a value written by Encode. The runs it returns are marked
// Shared and numbered 1, 2, 3… in order. Any defect (bad base64, another
// version, a truncated or overlong value, an invalid config, a number out
// of range) is an error that names the run and field; Decode never panics.
func Decode(s string) ([]Run, error) {
	if s == "" {
		return nil, errors.New("runs: empty value")
	}
	if len(s) > maxEncodedLen {
		return nil, fmt.Errorf("runs: value is %d characters long, at most %d allowed", len(s), maxEncodedLen)
	}
	data, err := base64.RawURLEncoding.Strict().DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("runs: not base64url without padding: %v", err)
	}
	d := &decoder{data: data}
	if v := d.byte("version"); d.err == nil && v != version {
		return nil, fmt.Errorf("runs: version %d, this app reads version %d", v, version)
	}
	n := d.uvarint("number of runs", MaxShared)
	var out []Run
	for i := 0; i < int(n) && d.err == nil; i++ {
		d.run = i + 1
		r := d.readRun()
		r.ID, r.Shared = i+1, true
		out = append(out, r)
	}
	if d.err == nil && d.pos != len(d.data) {
		d.run = 0
		d.fail("trailing data", fmt.Sprintf("%d extra bytes after the last run", len(d.data)-d.pos))
	}
	if d.err != nil {
		return nil, d.err
	}
	if out == nil {
		out = []Run{}
	}
	return out, nil
}

// decoder reads the binary form and keeps the first error, so that the
// reading code stays a straight line of fields.
type decoder struct {
	data []byte
	pos  int
	run  int // 1-based run being read, for messages; 0 outside runs
	err  error
}

func (d *decoder) fail(field, msg string) {
	if d.err != nil {
		return
	}
	where := "runs: "
	if d.run > 0 {
		where += fmt.Sprintf("run %d: ", d.run)
	}
	d.err = fmt.Errorf("%s%s: %s", where, field, msg)
}

func (d *decoder) byte(field string) byte {
	if d.err != nil {
		return 0
	}
	if d.pos >= len(d.data) {
		d.fail(field, "value is truncated")
		return 0
	}
	b := d.data[d.pos]
	d.pos++
	return b
}

// uvarint reads an unsigned varint no larger than limit.
func (d *decoder) uvarint(field string, limit uint64) uint64 {
	v := next(d, field, binary.Uvarint)
	if v > limit {
		d.fail(field, fmt.Sprintf("%d is above the limit %d", v, limit))
		return 0
	}
	return v
}

// varint reads a signed (zigzag) varint.
func (d *decoder) varint(field string) int64 { return next(d, field, binary.Varint) }

// next reads one number with read (binary.Uvarint or binary.Varint).
func next[T uint64 | int64](d *decoder, field string, read func([]byte) (T, int)) T {
	if d.err != nil {
		return 0
	}
	v, n := read(d.data[d.pos:])
	if n <= 0 {
		d.fail(field, truncatedOr(n))
		return 0
	}
	d.pos += n
	return v
}

func truncatedOr(n int) string {
	if n == 0 {
		return "value is truncated"
	}
	return "number does not fit in 64 bits"
}

func (d *decoder) readRun() Run {
	var r Run
	size := d.uvarint("config length", maxConfigLen)
	if d.err == nil && uint64(len(d.data)-d.pos) < size {
		d.fail("config", "value is truncated")
	}
	if d.err != nil {
		return r
	}
	text := string(d.data[d.pos : d.pos+int(size)])
	d.pos += int(size)
	cfg, err := nn.ParseConfig(text)
	if err != nil {
		d.fail("config", err.Error())
		return r
	}
	r.Config = cfg

	flags := d.byte("flags")
	if flags&^flagDiverged != 0 {
		d.fail("flags", fmt.Sprintf("unknown bits %#x", flags&^flagDiverged))
	}
	r.Diverged = flags&flagDiverged != 0
	best := d.uvarint("best accuracy", accScale)
	r.BestAcc = float64(best) / accScale
	r.Epochs = float64(d.uvarint("epochs", MaxEpochs*epochsScale)) / epochsScale
	r.Seconds = float64(d.uvarint("seconds", MaxSeconds*secondsScale)) / secondsScale

	n := d.uvarint("number of curve points", MaxPoints)
	if d.err != nil || n == 0 {
		r.Curve = []Point{}
		return r
	}
	unit := d.uvarint("sample unit", uint64(MaxSamples))
	if d.err == nil && unit == 0 {
		d.fail("sample unit", "must be at least 1")
	}
	r.Curve = make([]Point, 0, n)
	var samples uint64
	var acc int64
	for i := 1; i <= int(n) && d.err == nil; i++ {
		field := fmt.Sprintf("curve point %d", i)
		step := d.uvarint(field+" samples", uint64(MaxSamples))
		if d.err == nil && step > (uint64(MaxSamples)-samples)/unit {
			d.fail(field+" samples", fmt.Sprintf("above the limit %d", MaxSamples))
		}
		samples += step * unit
		delta := d.varint(field + " accuracy")
		switch {
		case d.err != nil:
		case delta < -accScale || delta > accScale:
			d.fail(field+" accuracy", fmt.Sprintf("a change of %d/10000 is beyond ±1", delta))
		case acc+delta < 0 || acc+delta > accScale:
			d.fail(field+" accuracy", fmt.Sprintf("%.4f is outside 0..1", float64(acc+delta)/accScale))
		case uint64(acc+delta) > best:
			d.fail(field+" accuracy", fmt.Sprintf("%.4f is above the run's best accuracy %.4f", float64(acc+delta)/accScale, r.BestAcc))
		}
		acc += delta
		r.Curve = append(r.Curve, Point{Samples: int64(samples), Acc: float64(acc) / accScale})
	}
	return r
}
