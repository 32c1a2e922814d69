package mnist

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
)

// subsetStream is the second seed word of Subset's PCG generator ("mnistsub"
// in ASCII). Fixing it keeps the seed a single number for callers while
// giving Subset its own stream, apart from any other user of the same seed.
const subsetStream = 0x6d6e697374737562

// Subset returns perClass images of each digit drawn from s without
// replacement, as a new set (the pixels are copied).
//
// The order is shuffled in a stratified way: position k*Classes to
// k*Classes+9 holds one image of each digit, in a random order. So any
// prefix of the result is class-balanced to within one image per digit,
// which lets a caller train on "the first N" and still see every digit
// equally often.
//
// The result depends only on s, perClass and seed: the generator is
// rand.NewPCG(seed, subsetStream) and the shuffles are Fisher–Yates written
// here, because math/rand/v2 does not promise that Rand.Shuffle gives the
// same order in every Go release while PCG's output is fixed by its
// definition. Subset fails if s is malformed, perClass < 1, or a digit has
// fewer than perClass images.
func Subset(s Set, perClass int, seed uint64) (Set, error) {
	if err := s.check(); err != nil {
		return Set{}, fmt.Errorf("mnist: subset: %w", err)
	}
	if perClass < 1 {
		return Set{}, fmt.Errorf("mnist: subset: %d images per digit, want at least 1", perClass)
	}
	var byClass [Classes][]int
	for i, l := range s.Labels {
		byClass[l] = append(byClass[l], i)
	}
	src := rand.NewPCG(seed, subsetStream)
	for c, idx := range byClass {
		if len(idx) < perClass {
			return Set{}, fmt.Errorf("mnist: subset: digit %d has %d images, fewer than the %d asked for", c, len(idx), perClass)
		}
		shuffle(src, len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	}

	n := perClass * Classes
	out := Set{Images: make([]uint8, n*Pixels), Labels: make([]uint8, n)}
	order := [Classes]uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	k := 0
	for j := range perClass {
		shuffle(src, Classes, func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, c := range order {
			copy(out.Image(k), s.Image(byClass[c][j]))
			out.Labels[k] = c
			k++
		}
	}
	return out, nil
}

// shuffle permutes n items by Fisher–Yates, drawing from src.
func shuffle(src *rand.PCG, n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		swap(i, int(uint64n(src, uint64(i)+1)))
	}
}

// uint64n returns a uniform number in [0, n), n > 0, by Lemire's
// multiply-and-reject method, which needs one draw in all but a tiny
// fraction of calls.
func uint64n(src *rand.PCG, n uint64) uint64 {
	hi, lo := bits.Mul64(src.Uint64(), n)
	if lo < n {
		for thresh := -n % n; lo < thresh; {
			hi, lo = bits.Mul64(src.Uint64(), n)
		}
	}
	return hi
}
