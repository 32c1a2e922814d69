package nn

import "testing"

func BenchmarkAdamUpdate(b *testing.B) {
	cfg := DefaultConfig()
	n, _ := NewNet[float32](cfg, 32)
	o := newOptimizer(cfg, n.params)
	for _, p := range n.params {
		for i := range p.grad {
			p.grad[i] = float32(i%7) * 1e-3
		}
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		o.update(n.params, 1e-3, 0)
	}
}
