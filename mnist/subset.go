package mnist

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
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
// fewer than perClass images. It is the first perClass*Classes images of
// Stratify(s, seed).
func Subset(s Set, perClass int, seed uint64) (Set, error) {
	if err := s.check(); err != nil {
		return Set{}, fmt.Errorf("mnist: subset: %w", err)
	}
	if perClass < 1 {
		return Set{}, fmt.Errorf("mnist: subset: %d images per digit, want at least 1", perClass)
	}
	byClass, src := shuffledClasses(s, seed)
	for c, idx := range byClass {
		if len(idx) < perClass {
			return Set{}, fmt.Errorf("mnist: subset: digit %d has %d images, fewer than the %d asked for", c, len(idx), perClass)
		}
	}
	return gather(s, interleave(src, byClass, perClass)), nil
}

// Stratify returns all of s's images in the order that Subset draws them:
// round after round, one image of each digit that still has one, in a
// random order. So its first perClass*Classes images are Subset(s,
// perClass, seed) for every perClass that each digit has, and any prefix
// is as class-balanced as s allows. The pixels are copied. Stratify fails
// if s is malformed.
func Stratify(s Set, seed uint64) (Set, error) {
	if err := s.check(); err != nil {
		return Set{}, fmt.Errorf("mnist: stratify: %w", err)
	}
	byClass, src := shuffledClasses(s, seed)
	rounds := 0
	for _, idx := range byClass {
		rounds = max(rounds, len(idx))
	}
	return gather(s, interleave(src, byClass, rounds)), nil
}

// shuffledClasses returns the indices of s's images of each digit, each
// list shuffled, and the generator, which interleave goes on drawing from.
func shuffledClasses(s Set, seed uint64) ([Classes][]int, *rand.PCG) {
	var byClass [Classes][]int
	for i, l := range s.Labels {
		byClass[l] = append(byClass[l], i)
	}
	src := rand.NewPCG(seed, subsetStream)
	for _, idx := range byClass {
		shuffle(src, len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	}
	return byClass, src
}

// interleave returns the image indices of rounds rounds: in round j, image
// j of each digit that has more than j, the digits in an order shuffled
// anew from the previous round's. A digit that runs out leaves the order
// and the others keep their places, so the draws of the rounds where every
// digit has an image do not depend on how many rounds follow.
func interleave(src *rand.PCG, byClass [Classes][]int, rounds int) []int {
	order := []uint8{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	var out []int
	for j := range rounds {
		order = slices.DeleteFunc(order, func(c uint8) bool { return len(byClass[c]) <= j })
		shuffle(src, len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, c := range order {
			out = append(out, byClass[c][j])
		}
	}
	return out
}

// gather returns the images of s at idx, in that order, as a new set.
func gather(s Set, idx []int) Set {
	out := Set{Images: make([]uint8, len(idx)*Pixels), Labels: make([]uint8, len(idx))}
	for k, i := range idx {
		copy(out.Image(k), s.Image(i))
		out.Labels[k] = s.Labels[i]
	}
	return out
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
