package nn

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkLayers measures each layer of the convolutional presets alone,
// forward and backward, on a batch of 32 real training images after one
// forward and backward pass of the whole network (so every layer sees the
// inputs and gradients it sees in training): the profile that says which
// layer a kernel would speed up most, natively and in the browser's worker
// (node e2e/bench-gotest.mjs ... -test.bench=Layers).
func BenchmarkLayers(b *testing.B) {
	train, _ := realMNIST(b)
	for _, name := range []string{"cnn", "cnn-deep"} {
		for _, bn := range []bool{false, true} {
			var cfg Config
			for _, p := range Presets() {
				if p.Name == name {
					cfg = p.Config.Clone()
				}
			}
			cfg.BatchNorm = bn
			n, err := NewNet[float32](cfg, cfg.BatchSize)
			if err != nil {
				b.Fatal(err)
			}
			rows := cfg.BatchSize
			labels := make([]uint8, rows)
			for r := 0; r < rows; r++ {
				n.loadPixels(r, train.Image(r))
				labels[r] = train.Labels[r]
			}
			n.forward(rows, true)
			n.lossGrad(labels, rows)
			n.backward(rows)
			tag := name
			if bn {
				tag += "+bn"
			}
			for k, l := range n.layers {
				kind := strings.TrimPrefix(fmt.Sprintf("%T", l), "*nn.")
				kind = kind[:strings.IndexByte(kind, '[')]
				var dx []float32
				if k > 0 {
					dx = n.grads[k]
				}
				x, y, dy := n.acts[k], n.acts[k+1], n.grads[k+1]
				b.Run(fmt.Sprintf("%s/%d-%s/forward", tag, k, kind), func(b *testing.B) {
					b.ReportAllocs()
					for i := 0; i < b.N; i++ {
						l.forward(x, y, rows, true)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/sample")
				})
				b.Run(fmt.Sprintf("%s/%d-%s/backward", tag, k, kind), func(b *testing.B) {
					b.ReportAllocs()
					for i := 0; i < b.N; i++ {
						l.backward(x, y, dy, dx, rows)
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*rows), "ns/sample")
				})
			}
		}
	}
}
