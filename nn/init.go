package nn

import (
	"math"
	"math/rand/v2"
)

// truncatedStdScale corrects the standard deviation of a normal truncated at
// two standard deviations, as Keras's VarianceScaling does, so that the
// truncated draws have the intended variance.
const truncatedStdScale = 0.87962566103423978

// initWeights fills w (a fanIn×fanOut weight matrix) by the named scheme,
// drawing from rng. It panics on an unknown name: Config.Validate has
// already rejected those.
//
// The draws are those of gonum's distuv.Uniform and distuv.Normal with rng as
// their source (the same formulas), written out because importing
// stat/distuv pulls gonum's matrix and optimization packages into the web
// page's module: 0.8 MB of its gzip size.
func initWeights[T Float](w []T, kind string, fanIn, fanOut int, rng *rand.Rand) {
	uniform := func(limit float64) {
		for i := range w {
			w[i] = T(rng.Float64()*(2*limit) - limit)
		}
	}
	normal := func(std float64) float64 { return rng.NormFloat64() * std }
	truncated := func(std float64) {
		std /= truncatedStdScale
		for i := range w {
			v := normal(std)
			for math.Abs(v) > 2*std {
				v = normal(std)
			}
			w[i] = T(v)
		}
	}
	in, out := float64(fanIn), float64(fanOut)
	switch kind {
	case InitGlorotUniform:
		uniform(math.Sqrt(6 / (in + out)))
	case InitGlorotNormal:
		truncated(math.Sqrt(2 / (in + out)))
	case InitHeUniform:
		uniform(math.Sqrt(6 / in))
	case InitHeNormal:
		truncated(math.Sqrt(2 / in))
	case InitLecunNormal:
		truncated(math.Sqrt(1 / in))
	case InitNormal1:
		for i := range w {
			w[i] = T(normal(1))
		}
	case InitTiny:
		uniform(1e-3)
	case InitZeros:
		clear(w)
	default:
		panic("nn: unknown initialization " + kind)
	}
}

// InitStd returns the standard deviation the named scheme aims for with the
// given fan-in and fan-out. Diagnosis compares measured weight spreads with
// the fan-in rule through it.
func InitStd(kind string, fanIn, fanOut int) float64 {
	in, out := float64(fanIn), float64(fanOut)
	switch kind {
	case InitGlorotUniform, InitGlorotNormal:
		return math.Sqrt(2 / (in + out))
	case InitHeUniform, InitHeNormal:
		return math.Sqrt(2 / in)
	case InitLecunNormal:
		return math.Sqrt(1 / in)
	case InitNormal1:
		return 1
	case InitTiny:
		return 1e-3 / math.Sqrt(3)
	default:
		return 0
	}
}
