package nn

import (
	"fmt"
	"strconv"
	"strings"
)

// Limits of the convolutional part (Config.Conv). Validate reports a part
// outside them.
const (
	MaxConvLayers  = 6  // stages, convolutions and poolings together
	MaxFilters     = 32 // filters of one convolution
	MaxKernel      = 7  // side of a convolution's kernel
	MinPool        = 2  // side (and stride) of a max pooling
	MaxPool        = 4
	MaxConvOutputs = 16384 // values per image over all outputs of the part
)

// convHelp describes the conv key's value for flag usage and messages.
const convHelp = "convolutional part before the dense layers, stages joined by -: " +
	"8c5 is 8 filters of 5×5 (stride 1, no padding), 8c5s pads to keep the size (same), " +
	"p2 is 2×2 max pooling with stride 2; such as 8c5-p2-16c5-p2, or none"

// convStage is one stage of the convolutional part: a convolution (filters
// > 0) or a max pooling (pool > 0).
type convStage struct {
	filters, kernel int
	same            bool
	pool            int
}

// shape is the size of one image's values between layers, stored row-major
// with the channels innermost (height, width, channels: HWC), so that the
// 784 pixels of MNIST are already a 28×28×1 shape and flattening is free.
type shape struct{ h, w, c int }

func (s shape) size() int { return s.h * s.w * s.c }

// inputShape is the shape of one MNIST image.
var inputShape = shape{28, 28, 1}

// parseConv reads the text of the conv key into its stages, without the
// range checks of checkConv. "" and "none" are no convolutional part.
func parseConv(s string) ([]convStage, error) {
	s = strings.ToLower(s)
	if s == "" || s == "none" {
		return nil, nil
	}
	bad := fmt.Errorf("stages joined by -, such as 8c5-p2-16c5-p2 (8c5s pads to keep the size), or none")
	parts := strings.Split(s, "-")
	if len(parts) > MaxConvLayers {
		return nil, fmt.Errorf("at most %d stages", MaxConvLayers)
	}
	num := func(t string) (int, bool) {
		if t == "" || len(t) > 4 || strings.Trim(t, "0123456789") != "" {
			return 0, false
		}
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	stages := make([]convStage, len(parts))
	for i, p := range parts {
		if rest, ok := strings.CutPrefix(p, "p"); ok {
			n, ok := num(rest)
			if !ok {
				return nil, bad
			}
			stages[i] = convStage{pool: n}
			continue
		}
		f, k, ok := strings.Cut(p, "c")
		if !ok {
			return nil, bad
		}
		var st convStage
		k, st.same = strings.CutSuffix(k, "s")
		var ok1, ok2 bool
		st.filters, ok1 = num(f)
		st.kernel, ok2 = num(k)
		if !ok1 || !ok2 {
			return nil, bad
		}
		stages[i] = st
	}
	return stages, nil
}

// formatConv writes stages as the conv key does: "8c5-p2-16c5s-p2", or ""
// for none.
func formatConv(stages []convStage) string {
	parts := make([]string, len(stages))
	for i, st := range stages {
		switch {
		case st.pool > 0:
			parts[i] = "p" + strconv.Itoa(st.pool)
		case st.same:
			parts[i] = fmt.Sprintf("%dc%ds", st.filters, st.kernel)
		default:
			parts[i] = fmt.Sprintf("%dc%d", st.filters, st.kernel)
		}
	}
	return strings.Join(parts, "-")
}

// convShapes returns the shape after each stage of a convolutional part on
// an MNIST image, and checks every limit: the first error says which stage
// is wrong and why.
func convShapes(stages []convStage) ([]shape, error) {
	if len(stages) > MaxConvLayers {
		return nil, fmt.Errorf("at most %d stages", MaxConvLayers)
	}
	shapes := make([]shape, len(stages))
	s, total := inputShape, 0
	for i, st := range stages {
		name := formatConv(stages[i : i+1])
		switch {
		case st.pool > 0:
			if st.pool < MinPool || st.pool > MaxPool {
				return nil, fmt.Errorf("%s: pooling of %d to %d", name, MinPool, MaxPool)
			}
			if s.h < st.pool || s.w < st.pool {
				return nil, fmt.Errorf("%s: the image is already down to %d×%d", name, s.h, s.w)
			}
			s = shape{s.h / st.pool, s.w / st.pool, s.c}
		default:
			if st.filters < 1 || st.filters > MaxFilters {
				return nil, fmt.Errorf("%s: 1 to %d filters", name, MaxFilters)
			}
			if st.kernel < 1 || st.kernel > MaxKernel {
				return nil, fmt.Errorf("%s: kernels of 1 to %d", name, MaxKernel)
			}
			if !st.same && (s.h < st.kernel || s.w < st.kernel) {
				return nil, fmt.Errorf("%s: the image is already down to %d×%d", name, s.h, s.w)
			}
			if !st.same {
				s.h, s.w = s.h-st.kernel+1, s.w-st.kernel+1
			}
			s.c = st.filters
		}
		shapes[i] = s
		total += s.size()
	}
	if total > MaxConvOutputs {
		return nil, fmt.Errorf("%d values per image, at most %d: fewer filters or more pooling", total, MaxConvOutputs)
	}
	return shapes, nil
}

// checkConv is the range check of the conv key. It also asks for the
// form the key writes (lower case, "" for none), so that two configs of
// the same network have the same string.
func checkConv(spec string) error {
	stages, err := parseConv(spec)
	if err != nil {
		return err
	}
	if canon := formatConv(stages); canon != spec {
		if canon == "" {
			return fmt.Errorf("no convolutional part is written as an empty value")
		}
		return fmt.Errorf("written %s", canon)
	}
	_, err = convShapes(stages)
	return err
}

// flatSize returns how many values the dense part receives per image: the
// 784 pixels, or the flattened output of a valid convolutional part.
func flatSize(spec string) int {
	stages, err := parseConv(spec)
	if err != nil || len(stages) == 0 {
		return Inputs
	}
	shapes, err := convShapes(stages)
	if err != nil {
		return Inputs
	}
	return shapes[len(shapes)-1].size()
}

// FirstConv returns the kernel side and the number of filters of the
// config's first convolution, zeros without one.
func (c Config) FirstConv() (k, filters int) {
	stages, err := parseConv(c.Conv)
	if err != nil {
		return 0, 0
	}
	for _, st := range stages {
		if st.filters > 0 { // a pooling before it keeps one channel
			return st.kernel, st.filters
		}
	}
	return 0, 0
}

// ConvLayer describes one convolution of a config, for a view of the
// network's layers: Health.Conv has one entry per ConvLayer.
type ConvLayer struct {
	// Name is the stage as the conv key writes it, such as 8c5.
	Name            string
	Filters, Kernel int
	// FanIn is the number of inputs one output sums (kernel² times the
	// input's channels), by which its weights' spread is judged.
	FanIn int
	// OutH and OutW are the height and width of its output.
	OutH, OutW int
}

// ConvLayers describes the convolutions of a config, in order; none for a
// config without them or with an invalid conv key.
func (c Config) ConvLayers() []ConvLayer {
	stages, err := parseConv(c.Conv)
	if err != nil {
		return nil
	}
	shapes, err := convShapes(stages)
	if err != nil {
		return nil
	}
	var out []ConvLayer
	in := inputShape
	for i, st := range stages {
		if st.filters > 0 {
			s := shapes[i]
			out = append(out, ConvLayer{Name: formatConv(stages[i : i+1]), Filters: st.filters, Kernel: st.kernel,
				FanIn: st.kernel * st.kernel * in.c, OutH: s.h, OutW: s.w})
		}
		in = shapes[i]
	}
	return out
}

// FirstFilters returns the kernels of the first convolution of a network
// of config cfg, read from its weights in AppendWeights order (where they
// come first): k is the kernel's side and each filter is k×k values, row
// by row. It returns no filters when cfg has no convolution or weights is
// too short to hold them. The first convolution sees the pixels, so its
// filters can be drawn as small images of the strokes they respond to.
func FirstFilters(cfg Config, weights []float32) (k int, filters [][]float32) {
	k, n := cfg.FirstConv()
	taps := k * k * inputShape.c
	if n == 0 || len(weights) < n*taps {
		return 0, nil
	}
	filters = make([][]float32, n)
	for f := range filters {
		filters[f] = weights[f*taps : (f+1)*taps : (f+1)*taps]
	}
	return k, filters
}
