package nn

import "math/rand/v2"

// synthData returns n MNIST-like images: a blob of ink per class on a black
// background (about 80% zeros), labelled by class. It is learnable, cheap,
// and needs no files, for tests of the mechanics.
func synthData(n int, seed uint64) Dataset {
	rng := rand.New(rand.NewPCG(seed, 99))
	d := Dataset{Pixels: make([]uint8, n*Inputs), Labels: make([]uint8, n)}
	for i := 0; i < n; i++ {
		y := i % Classes
		d.Labels[i] = uint8(y)
		img := d.Pixels[i*Inputs : (i+1)*Inputs]
		cx, cy := 4+5*(y%5)+rng.IntN(3), 7+12*(y/5)+rng.IntN(3)
		for k := 0; k < 150; k++ {
			x := cx + int(rng.NormFloat64()*3)
			yy := cy + int(rng.NormFloat64()*4)
			if x >= 0 && x < 28 && yy >= 0 && yy < 28 {
				img[yy*28+x] = uint8(128 + rng.IntN(128))
			}
		}
	}
	return d
}
