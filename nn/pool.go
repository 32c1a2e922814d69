package nn

// maxPool takes the largest value of each size×size window, with stride
// size, channel by channel (HWC, see shape). Rows and columns left over
// when the input is not a multiple of size are dropped, as a valid pooling
// does in TensorFlow and PyTorch.
//
// The gradient of a window goes to the one input that forward chose: the
// first largest value in the window's row-major order (top row first, left
// to right). On a tie the later equal values get no gradient; max is not
// differentiable there, and this is one well-defined subgradient. A NaN is
// never larger than anything, so a window of NaNs picks its first value.
type maxPool[T Float] struct {
	in, out shape
	size    int
	// arg[r·Out()+i] is the index in row r's input of output i's maximum.
	arg []int32
}

func newMaxPool[T Float](in shape, size, capRows int) *maxPool[T] {
	out := shape{in.h / size, in.w / size, in.c}
	return &maxPool[T]{in: in, out: out, size: size, arg: make([]int32, capRows*out.size())}
}

func (p *maxPool[T]) In() int             { return p.in.size() }
func (p *maxPool[T]) Out() int            { return p.out.size() }
func (p *maxPool[T]) params() []*param[T] { return nil }

func (p *maxPool[T]) forward(x, y []T, rows int, _ bool) {
	if p.size == 2 {
		if !fastMaxPool2(p, x, y, rows) {
			p.forward2(x, y, rows)
		}
		return
	}
	C, S := p.in.c, p.size
	inSize, outSize := p.in.size(), p.out.size()
	for r := 0; r < rows; r++ {
		xr := x[r*inSize : (r+1)*inSize]
		yr := y[r*outSize : (r+1)*outSize]
		arg := p.arg[r*outSize : (r+1)*outSize]
		for oy := 0; oy < p.out.h; oy++ {
			for ox := 0; ox < p.out.w; ox++ {
				o := (oy*p.out.w + ox) * C
				corner := (oy*S*p.in.w + ox*S) * C
				for ch := 0; ch < C; ch++ {
					best := corner + ch
					for dy := 0; dy < S; dy++ {
						row := corner + dy*p.in.w*C + ch
						for dx := 0; dx < S; dx++ {
							if i := row + dx*C; xr[i] > xr[best] {
								best = i
							}
						}
					}
					yr[o+ch] = xr[best]
					arg[o+ch] = int32(best)
				}
			}
		}
	}
}

// forward2 is forward for 2×2 windows, the common case, with the window's
// four values compared in forward's order. In the browser's training
// worker the SIMD kernels do the same for four channels at once
// (kernels_simd.go), with the same results.
func (p *maxPool[T]) forward2(x, y []T, rows int) {
	C := p.in.c
	inSize, outSize, rowLen := p.in.size(), p.out.size(), p.in.w*C
	for r := 0; r < rows; r++ {
		xr := x[r*inSize : (r+1)*inSize]
		yr := y[r*outSize : (r+1)*outSize]
		arg := p.arg[r*outSize : (r+1)*outSize]
		o := 0
		for oy := 0; oy < p.out.h; oy++ {
			top := xr[2*oy*rowLen : (2*oy+1)*rowLen]
			bottom := xr[(2*oy+1)*rowLen : (2*oy+2)*rowLen]
			for ox := 0; ox < p.out.w; ox++ {
				for ch := 0; ch < C; ch++ {
					i := 2*ox*C + ch
					best, v := i, top[i]
					if top[i+C] > v {
						best, v = i+C, top[i+C]
					}
					if bottom[i] > v {
						best, v = i+rowLen, bottom[i]
					}
					if bottom[i+C] > v {
						best, v = i+rowLen+C, bottom[i+C]
					}
					yr[o] = v
					arg[o] = int32(2*oy*rowLen + best)
					o++
				}
			}
		}
	}
}

func (p *maxPool[T]) backward(_, _, dy, dx []T, rows int) {
	if dx == nil {
		return
	}
	inSize, outSize := p.in.size(), p.out.size()
	for r := 0; r < rows; r++ {
		dxr := dx[r*inSize : (r+1)*inSize]
		clear(dxr)
		arg := p.arg[r*outSize : (r+1)*outSize]
		for i, d := range dy[r*outSize : (r+1)*outSize] {
			dxr[arg[i]] = d
		}
	}
}
