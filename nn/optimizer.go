package nn

import "math"

// An optimizer updates the parameters from their gradients. Each one owns
// its state (one slice per parameter, allocated once), so a step does not
// allocate.
type optimizer[T Float] interface {
	// update applies one step with the given learning rate and L2 decay
	// (added to weight gradients as l2·w) and returns the sum of all
	// parameters after the step, which is NaN or ±Inf exactly when some
	// parameter stopped being finite (or the weights are beyond 1e33, which
	// is divergence too).
	update(params []*param[T], lr, l2 float64) T
}

// Keras's defaults, which the seed's experiments use.
const (
	adamBeta1   = 0.9
	adamBeta2   = 0.999
	adamEpsilon = 1e-7
	rmsRho      = 0.9
	rmsEpsilon  = 1e-7
)

func newOptimizer[T Float](c Config, params []*param[T]) optimizer[T] {
	state := func() [][]T {
		s := make([][]T, len(params))
		for i, p := range params {
			s[i] = make([]T, len(p.data))
		}
		return s
	}
	switch c.Optimizer {
	case OptSGD:
		return sgd[T]{}
	case OptMomentum:
		return &momentum[T]{velocity: state(), mu: c.Momentum, nesterov: c.Nesterov}
	case OptAdam:
		return &adam[T]{m: state(), v: state()}
	case OptRMSProp:
		return &rmsprop[T]{ms: state()}
	}
	panic("nn: unknown optimizer " + c.Optimizer)
}

// decay returns the L2 coefficient for a tensor: weights decay, biases not.
func decay[T Float](p *param[T], l2 float64) T {
	if p.weight {
		return T(l2)
	}
	return 0
}

// sgd is plain gradient descent: w -= lr·g.
type sgd[T Float] struct{}

func (sgd[T]) update(params []*param[T], lr, l2 float64) T {
	var sum T
	for _, p := range params {
		sum += sgdStep(p.data, p.grad, T(lr), decay(p, l2))
	}
	return sum
}

// sgdStep updates one tensor and returns the sum of its new values.
func sgdStep[T Float](w, g []T, rate, lambda T) T {
	g = g[:len(w)]
	if sum, ok := fastSGDStep(w, g, rate, lambda); ok {
		return sum
	}
	var sum T
	for i := range w {
		w[i] -= rate * (g[i] + lambda*w[i])
		sum += w[i]
	}
	return sum
}

// momentum is Keras's SGD with momentum: v = μ·v − lr·g, then w += v, or
// w += μ·v − lr·g with Nesterov's look-ahead.
type momentum[T Float] struct {
	velocity [][]T
	mu       float64
	nesterov bool
}

func (o *momentum[T]) update(params []*param[T], lr, l2 float64) T {
	var sum T
	for k, p := range params {
		sum += momentumStep(p.data, p.grad, o.velocity[k], T(lr), decay(p, l2), T(o.mu), o.nesterov)
	}
	return sum
}

// momentumStep updates one tensor and returns the sum of its new values.
func momentumStep[T Float](w, g, v []T, rate, lambda, mu T, nesterov bool) T {
	g, v = g[:len(w)], v[:len(w)]
	if sum, ok := fastMomentumStep(w, g, v, rate, lambda, mu, nesterov); ok {
		return sum
	}
	var sum T
	for i := range w {
		step := rate * (g[i] + lambda*w[i])
		v[i] = mu*v[i] - step
		if nesterov {
			w[i] += mu*v[i] - step
		} else {
			w[i] += v[i]
		}
		sum += w[i]
	}
	return sum
}

// adam follows Keras: m and v are running means of g and g², and
// w -= α·m/(√v + ε) with α = lr·√(1−β2ᵗ)/(1−β1ᵗ).
type adam[T Float] struct {
	m, v [][]T
	t    int
}

func (o *adam[T]) update(params []*param[T], lr, l2 float64) T {
	o.t++
	alpha := T(lr * math.Sqrt(1-math.Pow(adamBeta2, float64(o.t))) / (1 - math.Pow(adamBeta1, float64(o.t))))
	var sum T
	for k, p := range params {
		sum += adamStep(p.data, p.grad, o.m[k], o.v[k], alpha, decay(p, l2))
	}
	return sum
}

// adamStep updates one tensor and returns the sum of its new values.
func adamStep[T Float](w, g, m, v []T, alpha, lambda T) T {
	g, m, v = g[:len(w)], m[:len(w)], v[:len(w)]
	if sum, ok := fastAdamStep(w, g, m, v, alpha, lambda); ok {
		return sum
	}
	return adamLoop(w, g, m, v, alpha, lambda)
}

// adamLoop is adamStep in Go. The loop without decay is separate because
// the decay term costs about 15% of the whole update in WebAssembly.
func adamLoop[T Float](w, g, m, v []T, alpha, lambda T) T {
	const b1, b2 = 1 - adamBeta1, 1 - adamBeta2
	g, m, v = g[:len(w)], m[:len(w)], v[:len(w)]
	var sum T
	if lambda == 0 {
		for i := range w {
			gi := g[i]
			mi := m[i] + (gi-m[i])*b1
			vi := v[i] + (gi*gi-v[i])*b2
			m[i], v[i] = mi, vi
			w[i] -= alpha * mi / (T(math.Sqrt(float64(vi))) + adamEpsilon)
			sum += w[i]
		}
		return sum
	}
	for i := range w {
		gi := g[i] + lambda*w[i]
		mi := m[i] + (gi-m[i])*b1
		vi := v[i] + (gi*gi-v[i])*b2
		m[i], v[i] = mi, vi
		w[i] -= alpha * mi / (T(math.Sqrt(float64(vi))) + adamEpsilon)
		sum += w[i]
	}
	return sum
}

// rmsprop follows Keras without momentum: ms is the running mean of g², and
// w -= lr·g/(√ms + ε).
type rmsprop[T Float] struct {
	ms [][]T
}

func (o *rmsprop[T]) update(params []*param[T], lr, l2 float64) T {
	var sum T
	for k, p := range params {
		sum += rmspropStep(p.data, p.grad, o.ms[k], T(lr), decay(p, l2))
	}
	return sum
}

// rmspropStep updates one tensor and returns the sum of its new values.
func rmspropStep[T Float](w, g, ms []T, rate, lambda T) T {
	g, ms = g[:len(w)], ms[:len(w)]
	if sum, ok := fastRMSPropStep(w, g, ms, rate, lambda); ok {
		return sum
	}
	var sum T
	for i := range w {
		gi := g[i] + lambda*w[i]
		ms[i] = rmsRho*ms[i] + (1-rmsRho)*gi*gi
		w[i] -= rate * gi / (T(math.Sqrt(float64(ms[i]))) + rmsEpsilon)
		sum += w[i]
	}
	return sum
}
