package nn

import "testing"

// The gradient buffers alternate between two shared buffers: a layer's dy
// and dx never share memory, and the whole network keeps two buffers of
// its widest layer whatever its depth.
func TestGradientBuffersAreShared(t *testing.T) {
	tests := []struct {
		name   string
		hidden []int
		conv   string
	}{
		{"no hidden layer", []int{}, ""},
		{"4x1024", []int{1024, 1024, 1024, 1024}, ""},
		{"narrowing", []int{300, 100, 30}, ""},
		{"conv", []int{64}, "8c5-p2-16c5-p2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Hidden, cfg.Conv = tt.hidden, tt.conv
			const rows = 4
			n, err := NewNet[float32](cfg, rows)
			if err != nil {
				t.Fatal(err)
			}
			widest := 0
			starts := map[*float32]bool{}
			for k, l := range n.layers {
				widest = max(widest, l.Out())
				g := n.grads[k+1]
				if len(g) != rows*l.Out() {
					t.Fatalf("grads[%d] holds %d numbers, want %d", k+1, len(g), rows*l.Out())
				}
				starts[&g[:cap(g)][0]] = true
				if k > 0 && &n.grads[k][:1][0] == &g[:1][0] {
					t.Fatalf("grads[%d] and grads[%d] (dx and dy of layer %d) share memory", k, k+1, k)
				}
			}
			if len(starts) > 2 {
				t.Errorf("%d gradient buffers, want at most 2", len(starts))
			}
			total := 0
			for k := range n.layers {
				total = max(total, cap(n.grads[k+1]))
			}
			if total != rows*widest {
				t.Errorf("the gradient buffers hold %d numbers, want %d (the widest layer)", total, rows*widest)
			}
		})
	}
}
