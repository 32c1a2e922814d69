package mnist

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
)

// stampedSet returns a set with counts[d] images of digit d, in a mixed
// order, each image carrying its own index in its first four pixels so a
// test can tell where a subset's image came from.
func stampedSet(counts [Classes]int) Set {
	var s Set
	for d, n := range counts {
		for range n {
			s.Labels = append(s.Labels, uint8(d))
		}
	}
	shuffle(rand.NewPCG(9, 9), len(s.Labels), func(i, j int) { s.Labels[i], s.Labels[j] = s.Labels[j], s.Labels[i] })
	s.Images = make([]uint8, len(s.Labels)*Pixels)
	for i := range s.Len() {
		binary.LittleEndian.PutUint32(s.Image(i), uint32(i))
	}
	return s
}

func stamp(img []uint8) int { return int(binary.LittleEndian.Uint32(img)) }

func TestSubset(t *testing.T) {
	src := stampedSet([Classes]int{50, 60, 45, 70, 40, 55, 52, 48, 41, 66})
	tests := []struct {
		perClass int
		seed     uint64
	}{{1, 1}, {7, 1}, {40, 1}, {40, 2}, {13, 1 << 63}}
	for _, tt := range tests {
		sub, err := Subset(src, tt.perClass, tt.seed)
		if err != nil {
			t.Fatalf("Subset(%d, %d): %v", tt.perClass, tt.seed, err)
		}
		if err := sub.Validate(); err != nil {
			t.Fatalf("Subset(%d, %d) is invalid: %v", tt.perClass, tt.seed, err)
		}
		if got, want := sub.Len(), tt.perClass*Classes; got != want {
			t.Fatalf("Subset(%d, %d) has %d images, want %d", tt.perClass, tt.seed, got, want)
		}
		// Every prefix is balanced to within one image per digit, and every
		// image is a distinct source image with its own label.
		var count [Classes]int
		seen := map[int]bool{}
		for i := range sub.Len() {
			l := sub.Labels[i]
			count[l]++
			for d := range Classes {
				if lo, hi := (i+1)/Classes, (i+1+Classes-1)/Classes; count[d] < lo || count[d] > hi {
					t.Fatalf("Subset(%d, %d): first %d images hold %d of digit %d, want %d..%d", tt.perClass, tt.seed, i+1, count[d], d, lo, hi)
				}
			}
			from := stamp(sub.Image(i))
			if seen[from] {
				t.Fatalf("Subset(%d, %d): source image %d taken twice", tt.perClass, tt.seed, from)
			}
			seen[from] = true
			if src.Labels[from] != l {
				t.Fatalf("Subset(%d, %d): image from %d labelled %d, source says %d", tt.perClass, tt.seed, from, l, src.Labels[from])
			}
		}
		if sub.Histogram() != [Classes]int{tt.perClass, tt.perClass, tt.perClass, tt.perClass, tt.perClass, tt.perClass, tt.perClass, tt.perClass, tt.perClass, tt.perClass} {
			t.Errorf("Subset(%d, %d) histogram %v", tt.perClass, tt.seed, sub.Histogram())
		}
	}
}

func TestSubsetDeterministic(t *testing.T) {
	src := stampedSet([Classes]int{30, 30, 30, 30, 30, 30, 30, 30, 30, 30})
	order := func(seed uint64) []int {
		sub, err := Subset(src, 20, seed)
		if err != nil {
			t.Fatal(err)
		}
		var o []int
		for i := range sub.Len() {
			o = append(o, stamp(sub.Image(i)))
		}
		return o
	}
	a, b := order(1), order(1)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("two calls with seed 1 differ at %d", i)
		}
	}
	for _, seed := range []uint64{0, 2, 3, 1 << 40} {
		o, same := order(seed), 0
		for i := range o {
			if o[i] == a[i] {
				same++
			}
		}
		if same > len(o)/4 {
			t.Errorf("seed %d agrees with seed 1 on %d of %d positions", seed, same, len(o))
		}
	}
}

// TestSubsetGolden pins the subset of a fixed seed, so a change in the
// shuffle (which would change the committed asset) cannot go unnoticed.
func TestSubsetGolden(t *testing.T) {
	src := stampedSet([Classes]int{3, 3, 3, 3, 3, 3, 3, 3, 3, 3})
	sub, err := Subset(src, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for i := range sub.Len() {
		got = append(got, stamp(sub.Image(i)))
	}
	want := []int{24, 11, 19, 26, 20, 0, 7, 1, 23, 10, 14, 4, 2, 22, 16, 17, 5, 6, 13, 12}
	if len(got) != len(want) {
		t.Fatalf("Subset(2, seed 1) took %v, want %v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("Subset(2, seed 1) took %v, want %v", got, want)
		}
	}
}

func TestSubsetErrors(t *testing.T) {
	src := stampedSet([Classes]int{5, 5, 5, 5, 5, 4, 5, 5, 5, 5})
	tests := []struct {
		name     string
		s        Set
		perClass int
		want     string
	}{
		{"zero per class", src, 0, "mnist: subset: 0 images per digit, want at least 1"},
		{"negative", src, -3, "-3 images per digit"},
		{"too few fives", src, 5, "mnist: subset: digit 5 has 4 images, fewer than the 5 asked for"},
		{"empty set", Set{}, 1, "digit 0 has 0 images"},
		{"malformed", Set{Images: make([]uint8, 3), Labels: []uint8{1}}, 1, "mnist: subset: set has 3 pixel bytes"},
		{"bad label", Set{Images: make([]uint8, Pixels), Labels: []uint8{11}}, 1, "mnist: subset: label 11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Subset(tt.s, tt.perClass, 1)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Subset error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestUint64n(t *testing.T) {
	src := rand.NewPCG(1, 2)
	for _, n := range []uint64{1, 2, 3, 10, 1<<63 + 1, 1<<64 - 1} {
		for range 1000 {
			if v := uint64n(src, n); v >= n {
				t.Fatalf("uint64n(%d) = %d", n, v)
			}
		}
	}
	// A uniform draw from 10 values: each should come up about 1000 times
	// in 10,000; 800..1200 is more than six standard deviations wide.
	var h [10]int
	for range 10000 {
		h[uint64n(src, 10)]++
	}
	for v, c := range h {
		if c < 800 || c > 1200 {
			t.Errorf("uint64n(10) gave %d %d times in 10000", v, c)
		}
	}
}

// TestStratify checks that Stratify keeps every image once, that its
// prefixes are Subset's for every size each digit allows, and that each
// round holds one image of every digit that has one left.
func TestStratify(t *testing.T) {
	tests := []struct {
		name   string
		counts [Classes]int
		seed   uint64
	}{
		{"balanced", [Classes]int{4, 4, 4, 4, 4, 4, 4, 4, 4, 4}, 1},
		{"uneven", [Classes]int{3, 7, 5, 3, 4, 6, 3, 3, 5, 4}, 1},
		{"uneven other seed", [Classes]int{3, 7, 5, 3, 4, 6, 3, 3, 5, 4}, 9},
		{"a digit with none", [Classes]int{2, 0, 5, 3, 4, 6, 3, 3, 5, 4}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := stampedSet(tt.counts)
			got, err := Stratify(src, tt.seed)
			if err != nil {
				t.Fatal(err)
			}
			if got.Len() != src.Len() {
				t.Fatalf("%d images, want %d", got.Len(), src.Len())
			}
			seen := make(map[int]bool)
			for i := range got.Len() {
				s := stamp(got.Image(i))
				if seen[s] || s < 0 || s >= src.Len() || src.Labels[s] != got.Labels[i] {
					t.Fatalf("image %d is source image %d (label %d), a repeat or a wrong label", i, s, got.Labels[i])
				}
				seen[s] = true
			}
			least := src.Len()
			for _, n := range tt.counts {
				least = min(least, n)
			}
			for per := 1; per <= least; per++ {
				sub, err := Subset(src, per, tt.seed)
				if err != nil {
					t.Fatal(err)
				}
				n := sub.Len()
				if !bytes.Equal(sub.Images, got.Images[:n*Pixels]) || !bytes.Equal(sub.Labels, got.Labels[:n]) {
					t.Errorf("the first %d images differ from Subset(%d)", n, per)
				}
			}
			// Round j holds the digits with more than j images, once each.
			at := 0
			for j := 0; at < got.Len(); j++ {
				var want, have [Classes]int
				for c, n := range tt.counts {
					if n > j {
						want[c] = 1
					}
				}
				k := 0
				for _, w := range want {
					k += w
				}
				for _, l := range got.Labels[at : at+k] {
					have[l]++
				}
				if have != want {
					t.Fatalf("round %d holds digits %v, want %v", j, have, want)
				}
				at += k
			}
		})
	}
}
