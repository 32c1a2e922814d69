package nn

import "math"

// ActivationInfo describes a hidden-layer nonlinearity once, for every
// part that reasons about it: the health probe (which units count as dead
// or saturated), the diagnosis (which findings can apply) and the Layers
// tab. The layers compute the same function in their own loops over
// float32 or float64 (layers.go), and a test holds them to F and Deriv.
type ActivationInfo struct {
	Name string
	// F is the function and Deriv its derivative, as functions of the
	// pre-activation x.
	F, Deriv func(x float64) float64
	// Lo and Hi bound the output (±Inf where unbounded).
	Lo, Hi float64
	// Rectifier: the function is the identity for x > 0 and flat or weak
	// for x ≤ 0, so a unit whose pre-activation is never positive is off.
	// The probe reports the share of such units as LayerHealth.Dead.
	Rectifier bool
	// CanDie: an off unit passes no gradient at all, so once off on every
	// image it never recovers (relu; leaky-relu and elu keep a slope).
	CanDie bool
	// CanSaturate: both ends are flat, so a unit whose outputs sit near Lo
	// or Hi passes almost no gradient (sigmoid, tanh).
	CanSaturate bool
}

// activationInfos holds the description of each name of Activations.
var activationInfos = map[string]ActivationInfo{
	ActReLU: {Name: ActReLU, Lo: 0, Hi: math.Inf(1), Rectifier: true, CanDie: true,
		F:     func(x float64) float64 { return max(x, 0) },
		Deriv: func(x float64) float64 { return step(x, 1, 0) }},
	ActLeakyReLU: {Name: ActLeakyReLU, Lo: math.Inf(-1), Hi: math.Inf(1), Rectifier: true,
		F:     func(x float64) float64 { return step(x, x, leakySlope*x) },
		Deriv: func(x float64) float64 { return step(x, 1, leakySlope) }},
	ActELU: {Name: ActELU, Lo: -eluAlpha, Hi: math.Inf(1), Rectifier: true,
		F:     func(x float64) float64 { return step(x, x, eluAlpha*math.Expm1(x)) },
		Deriv: func(x float64) float64 { return step(x, 1, eluAlpha*math.Exp(x)) }},
	ActSigmoid: {Name: ActSigmoid, Lo: 0, Hi: 1, CanSaturate: true,
		F:     sigmoid,
		Deriv: func(x float64) float64 { s := sigmoid(x); return s * (1 - s) }},
	ActTanh: {Name: ActTanh, Lo: -1, Hi: 1, CanSaturate: true,
		F:     math.Tanh,
		Deriv: func(x float64) float64 { t := math.Tanh(x); return 1 - t*t }},
	ActLinear: {Name: ActLinear, Lo: math.Inf(-1), Hi: math.Inf(1),
		F:     func(x float64) float64 { return x },
		Deriv: func(float64) float64 { return 1 }},
}

// step returns pos for x > 0 and neg otherwise.
func step(x, pos, neg float64) float64 {
	if x > 0 {
		return pos
	}
	return neg
}

// Activation returns the description of the named activation, and false
// for an unknown name.
func Activation(name string) (ActivationInfo, bool) {
	a, ok := activationInfos[name]
	return a, ok
}

// FanInStd is the fan-in rule σ = √(1/fanIn) (LeCun's): the spread of
// initial weights that keeps a signal's variance from layer to layer. The
// diagnosis and the Layers tab measure weight spreads against it.
func FanInStd(fanIn int) float64 { return InitStd(InitLecunNormal, fanIn, 0) }
