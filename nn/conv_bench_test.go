package nn

import (
	"fmt"
	"testing"
)

// BenchmarkConv measures the convolutions of the cnn and cnn-deep presets
// alone, forward and backward for a batch of 32, on inputs as sparse as
// theirs (about 80% zero pixels in the first layer, half the ReLU outputs
// after it, three in four output gradients after max pooling): the kernels'
// share of a training step, natively and in the browser's worker
// (make bench-cnn shows both).
func BenchmarkConv(b *testing.B) {
	const rows = 32
	for _, bc := range []struct {
		in     shape
		st     convStage
		zeroX  float64
		withDX bool
	}{
		{inputShape, convStage{filters: 8, kernel: 5}, 0.8, false},
		{shape{12, 12, 8}, convStage{filters: 16, kernel: 5}, 0.5, true},
		{inputShape, convStage{filters: 16, kernel: 5}, 0.8, false},
		{shape{12, 12, 16}, convStage{filters: 32, kernel: 5}, 0.5, true},
	} {
		c := newConv2d[float32](bc.in, bc.st)
		copy(c.w.data, sparse(1, len(c.w.data), 0))
		x, y := sparse(2, rows*c.In(), bc.zeroX), make([]float32, rows*c.Out())
		dy := sparse(3, rows*c.Out(), 0.75)
		var dx []float32
		if bc.withDX {
			dx = make([]float32, rows*c.In())
		}
		name := fmt.Sprintf("%dx%dx%d-%s", bc.in.h, bc.in.w, bc.in.c, formatConv([]convStage{bc.st}))
		b.Run(name+"/forward", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				c.forward(x, y, rows, true)
			}
			b.ReportMetric(float64(b.N*rows)/b.Elapsed().Seconds(), "samples/s")
		})
		b.Run(name+"/backward", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				c.backward(x, y, dy, dx, rows)
			}
			b.ReportMetric(float64(b.N*rows)/b.Elapsed().Seconds(), "samples/s")
		})
	}
}
