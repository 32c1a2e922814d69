package mnist

// A binary adaptive range coder, the kind LZMA uses: each bit is coded
// with a probability that adapts to the bits already coded in its
// context. The arithmetic is integer only, so the same bits give the same
// bytes on every platform and Go release.
const (
	probBits  = 11 // probabilities are out of 1<<probBits
	probHalf  = 1 << (probBits - 1)
	probShift = 5 // adaptation rate: each bit moves a probability by 1/32 of its distance
	rangeTop  = 1 << 24
	// coderTail is the number of bytes the encoder's flush writes, and the
	// decoder reads before the first bit.
	coderTail = 5
)

// prob is the probability, out of 1<<probBits, that the next bit in its
// context is 0.
type prob uint16

// newProbs returns n probabilities of one half.
func newProbs(n int) []prob {
	p := make([]prob, n)
	for i := range p {
		p[i] = probHalf
	}
	return p
}

// rangeEncoder appends the coded bytes to out.
type rangeEncoder struct {
	low       uint64
	rng       uint32
	cache     byte
	cacheSize int
	out       []byte
}

func newRangeEncoder(out []byte) *rangeEncoder {
	return &rangeEncoder{rng: 0xFFFFFFFF, cacheSize: 1, out: out}
}

// bit codes b (0 or 1) with the probability p and adapts p.
func (e *rangeEncoder) bit(p *prob, b int) {
	bound := (e.rng >> probBits) * uint32(*p)
	if b == 0 {
		e.rng = bound
		*p += (1<<probBits - *p) >> probShift
	} else {
		e.low += uint64(bound)
		e.rng -= bound
		*p -= *p >> probShift
	}
	for e.rng < rangeTop {
		e.rng <<= 8
		e.shiftLow()
	}
}

// shiftLow moves the top byte of low out, holding back bytes of 0xFF that a
// carry may still change.
func (e *rangeEncoder) shiftLow() {
	if uint32(e.low) < 0xFF000000 || e.low>>32 != 0 {
		carry := byte(e.low >> 32)
		temp := e.cache
		for ; e.cacheSize > 0; e.cacheSize-- {
			e.out = append(e.out, temp+carry)
			temp = 0xFF
		}
		e.cache = byte(e.low >> 24)
	}
	e.cacheSize++
	e.low = (e.low & 0x00FFFFFF) << 8
}

// finish flushes the coder and returns the coded bytes: one byte per
// renormalisation and coderTail more.
func (e *rangeEncoder) finish() []byte {
	for range coderTail {
		e.shiftLow()
	}
	return e.out
}

// rangeDecoder reads what rangeEncoder wrote. Reading past the end of its
// input gives zero bytes and counts them in over, so hostile data cannot
// make it fail mid-image; the caller checks over and the bytes left.
type rangeDecoder struct {
	in   []byte
	pos  int
	over int
	code uint32
	rng  uint32
	// more, if not nil, gives the code's next bytes once in is used up
	// (see newStreamDecoder).
	more func() []byte
}

func newRangeDecoder(in []byte) *rangeDecoder {
	return newStreamDecoder(in, nil)
}

// newStreamDecoder is newRangeDecoder for code that is still arriving: in
// is its first bytes, and more, once they are used up, returns the next
// (nil at the end of the code).
func newStreamDecoder(in []byte, more func() []byte) *rangeDecoder {
	d := &rangeDecoder{in: in, rng: 0xFFFFFFFF, more: more}
	for range coderTail {
		d.code = d.code<<8 | uint32(d.next())
	}
	return d
}

func (d *rangeDecoder) next() byte {
	if d.pos < len(d.in) {
		d.pos++
		return d.in[d.pos-1]
	}
	return d.refill()
}

// refill takes the next bytes from more, if any are coming, and returns
// the first; past the end of the code it counts the bytes asked for in
// over and returns 0, as the encoder's flush implies.
func (d *rangeDecoder) refill() byte {
	for d.more != nil {
		in := d.more()
		if in == nil {
			d.more = nil
			break
		}
		if len(in) > 0 {
			d.in, d.pos = in, 1
			return in[0]
		}
	}
	d.over++
	return 0
}

// bit decodes a bit with the probability p and adapts p as the encoder did.
func (d *rangeDecoder) bit(p *prob) int {
	bound := (d.rng >> probBits) * uint32(*p)
	var b int
	if d.code < bound {
		d.rng = bound
		*p += (1<<probBits - *p) >> probShift
	} else {
		d.code -= bound
		d.rng -= bound
		*p -= *p >> probShift
		b = 1
	}
	for d.rng < rangeTop {
		d.rng <<= 8
		d.code = d.code<<8 | uint32(d.next())
	}
	return b
}

// encodeTree codes the low bits of v, most significant first, in the
// binary tree of probabilities tree (1<<bits of them; node 1 is the root).
func (e *rangeEncoder) encodeTree(tree []prob, bits int, v int) {
	node := 1
	for i := bits - 1; i >= 0; i-- {
		b := v >> i & 1
		e.bit(&tree[node], b)
		node = node<<1 | b
	}
}

// decodeTree decodes a value of bits bits coded by encodeTree.
func (d *rangeDecoder) decodeTree(tree []prob, bits int) int {
	node := 1
	for range bits {
		node = node<<1 | d.bit(&tree[node])
	}
	return node - 1<<bits
}
