#include "textflag.h"

// AVX2 kernels of the convolution (see conv_amd64.go), chosen at run time
// when cpuAVX2 reports the CPU has it: the forward pass four positions at
// a time and the first layer's weight gradient a row of positions at a
// time. Each lane does the Go loop's float32 multiply and add in the same
// order, with no fused multiply-add, so results are bit for bit the Go
// loops'.

// The convAcc4 functions below compute convAccumulateGo for four output
// positions side by side (one column apart) and 16 or 8 filters, with the
// signature
// func(x *float32, xStride, c, rows, n int, w *float32, wStride, f int, y *float32):
// position j's window starts at x + j·c and its f running sums at y + j·f;
// the weights of a window's input i are the 16 or 8 at w + i·f. rows and n
// are positive. Each position's sums are four independent chains, where
// one position alone is a chain of dependent adds; each lane adds
// x·w in the Go loop's order, and a zero input leaves its position's sums
// as they are (VBLENDVPS keeps the old sums where x == 0, which is Go's
// skip: ±0 skipped, NaN not). When the four inputs of a step are all ±0
// (their bits but the sign are zero), the step is skipped with one branch.

// ACC4SETUP loads the arguments: R8 the row's first input, R10 the bytes
// from one input row to the next, BX from one position's input to the
// next and R14 three times that, R12 the rows, R13 n, R9 the row's
// weights, R11 the bytes from one row of weights to the next, DX from one
// input's weights to the next (also from one position's sums to the next)
// and R15 three times that, AX y; Y15 zero.
// BYTES loads the element count ARG as bytes into R.
#define BYTES(ARG, R) MOVQ ARG, R; SHLQ $2, R

#define ACC4SETUP \
	MOVQ   x+0(FP), R8; \
	BYTES(xStride+8(FP), R10); \
	BYTES(c+16(FP), BX); \
	LEAQ   (BX)(BX*2), R14; \
	MOVQ   rows+24(FP), R12; \
	MOVQ   n+32(FP), R13; \
	MOVQ   w+40(FP), R9; \
	BYTES(wStride+48(FP), R11); \
	BYTES(f+56(FP), DX); \
	LEAQ   (DX)(DX*2), R15; \
	MOVQ   y+64(FP), AX; \
	VXORPS Y15, Y15, Y15

// ACC4LOOP runs STEP for each input of each row: SI at position 0's
// input, DI at its weights; CX counts the row's inputs; AX is free (y is
// loaded again after). Four inputs that are all ±0 skip STEP.
#define ACC4LOOP(STEP, row, tap, next) \
row: \
	MOVQ R8, SI; \
	MOVQ R9, DI; \
	MOVQ R13, CX; \
tap: \
	MOVL (SI), AX; \
	ORL  (SI)(BX*1), AX; \
	ORL  (SI)(BX*2), AX; \
	ORL  (SI)(R14*1), AX; \
	ANDL $0x7fffffff, AX; \
	JZ   next; \
	STEP; \
next: \
	ADDQ $4, SI; \
	ADDQ DX, DI; \
	DECQ CX; \
	JNZ  tap; \
	ADDQ R10, R8; \
	ADDQ R11, R9; \
	DECQ R12; \
	JNZ  row

// LANE adds x (broadcast in Y10, mask of x != 0 in Y11) times the weights
// in W to the sums in ACC where the mask is set: ACC + W·x, as the SSE
// kernel computes it.
#define LANE(W, ACC) \
	VMULPS    Y10, W, Y12; \
	VADDPS    Y12, ACC, Y12; \
	VBLENDVPS Y11, Y12, ACC, ACC

// XAT broadcasts the input at ADDR to Y10 and sets Y11 where it is not 0.
#define XAT(ADDR) \
	VBROADCASTSS ADDR, Y10; \
	VCMPPS       $4, Y15, Y10, Y11

#define STEP16 \
	VMOVUPS (DI), Y8; \
	VMOVUPS 32(DI), Y9; \
	XAT((SI)); \
	LANE(Y8, Y0); \
	LANE(Y9, Y1); \
	XAT((SI)(BX*1)); \
	LANE(Y8, Y2); \
	LANE(Y9, Y3); \
	XAT((SI)(BX*2)); \
	LANE(Y8, Y4); \
	LANE(Y9, Y5); \
	XAT((SI)(R14*1)); \
	LANE(Y8, Y6); \
	LANE(Y9, Y7)

// func convAcc4x16AVX2(x *float32, xStride, c, rows, n int, w *float32, wStride, f int, y *float32)
TEXT ·convAcc4x16AVX2(SB), NOSPLIT, $0-72
	ACC4SETUP
	VMOVUPS (AX), Y0
	VMOVUPS 32(AX), Y1
	VMOVUPS (AX)(DX*1), Y2
	VMOVUPS 32(AX)(DX*1), Y3
	VMOVUPS (AX)(DX*2), Y4
	VMOVUPS 32(AX)(DX*2), Y5
	VMOVUPS (AX)(R15*1), Y6
	VMOVUPS 32(AX)(R15*1), Y7
	ACC4LOOP(STEP16, row4x16, tap4x16, next4x16)
	MOVQ    y+64(FP), AX
	VMOVUPS Y0, (AX)
	VMOVUPS Y1, 32(AX)
	VMOVUPS Y2, (AX)(DX*1)
	VMOVUPS Y3, 32(AX)(DX*1)
	VMOVUPS Y4, (AX)(DX*2)
	VMOVUPS Y5, 32(AX)(DX*2)
	VMOVUPS Y6, (AX)(R15*1)
	VMOVUPS Y7, 32(AX)(R15*1)
	VZEROUPPER
	RET

#define STEP8 \
	VMOVUPS (DI), Y8; \
	XAT((SI)); \
	LANE(Y8, Y0); \
	XAT((SI)(BX*1)); \
	LANE(Y8, Y1); \
	XAT((SI)(BX*2)); \
	LANE(Y8, Y2); \
	XAT((SI)(R14*1)); \
	LANE(Y8, Y3)

// func convAcc4x8AVX2(x *float32, xStride, c, rows, n int, w *float32, wStride, f int, y *float32)
TEXT ·convAcc4x8AVX2(SB), NOSPLIT, $0-72
	ACC4SETUP
	VMOVUPS (AX), Y0
	VMOVUPS (AX)(DX*1), Y1
	VMOVUPS (AX)(DX*2), Y2
	VMOVUPS (AX)(R15*1), Y3
	ACC4LOOP(STEP8, row4x8, tap4x8, next4x8)
	MOVQ    y+64(FP), AX
	VMOVUPS Y0, (AX)
	VMOVUPS Y1, (AX)(DX*1)
	VMOVUPS Y2, (AX)(DX*2)
	VMOVUPS Y3, (AX)(R15*1)
	VZEROUPPER
	RET

// GTAP does tap I of convGradRowAVX2 when n > I: G (the tap's eight
// sums) += x[I]·d where d's lane is not zero (mask Y10), x times d and
// the sum plus that in the SSE kernel's operand order.
#define GTAP(I, G, done) \
	CMPQ         R13, $I; \
	JLE          done; \
	VBROADCASTSS I*4(DI), Y11; \
	VMULPS       Y9, Y11, Y11; \
	VADDPS       Y11, G, Y12; \
	VBLENDVPS    Y10, Y12, G, G

// GMOVE moves tap I's eight sums between register G and memory at ADDR
// when n > I.
#define GMOVE(I, FROM, TO, done) \
	CMPQ    R13, $I; \
	JLE     done; \
	VMOVUPS FROM, TO

#define GLOADS(done) \
	GMOVE(0, (R8), Y0, done); \
	GMOVE(1, (R8)(DX*1), Y1, done); \
	GMOVE(2, (R8)(DX*2), Y2, done); \
	GMOVE(3, (R8)(R11*1), Y3, done); \
	GMOVE(4, (R8)(DX*4), Y4, done); \
	GMOVE(5, (R8)(R12*1), Y5, done); \
	GMOVE(6, (R8)(R14*1), Y6, done); \
	GMOVE(7, (R8)(R15*1), Y7, done)

#define GSTORES(done) \
	GMOVE(0, Y0, (R8), done); \
	GMOVE(1, Y1, (R8)(DX*1), done); \
	GMOVE(2, Y2, (R8)(DX*2), done); \
	GMOVE(3, Y3, (R8)(R11*1), done); \
	GMOVE(4, Y4, (R8)(DX*4), done); \
	GMOVE(5, Y5, (R8)(R12*1), done); \
	GMOVE(6, Y6, (R8)(R14*1), done); \
	GMOVE(7, Y7, (R8)(R15*1), done)

// func convGradRowAVX2(d *float32, f int, x *float32, c, cols, n int, gt, gb *float32)
// convGradRowGo (conv.go) for eight filters: for each of cols positions p
// in order, d + p·f holds their eight output gradients and x + p·c the
// position's n inputs (1 ≤ n ≤ 8); where a gradient is not zero (Go's
// d != 0: ±0 skipped, NaN not), it is added to gb (when not nil) and its
// multiple of input i to the eight sums at gt + i·f. The sums stay in
// registers over the row.
TEXT ·convGradRowAVX2(SB), NOSPLIT, $0-64
	MOVQ   d+0(FP), SI
	BYTES(f+8(FP), DX)
	MOVQ   x+16(FP), DI
	BYTES(c+24(FP), BX)
	MOVQ   cols+32(FP), CX
	MOVQ   n+40(FP), R13
	MOVQ   gt+48(FP), R8
	MOVQ   gb+56(FP), R9
	LEAQ   (DX)(DX*2), R11
	LEAQ   (DX)(DX*4), R12
	LEAQ   (R11)(R11*1), R14
	LEAQ   (R14)(DX*1), R15
	VXORPS Y15, Y15, Y15
	GLOADS(gloaded)

gloaded:
	TESTQ   R9, R9
	JZ      gpos
	VMOVUPS (R9), Y8

gpos:
	VMOVUPS   (SI), Y9
	VCMPPS    $4, Y15, Y9, Y10
	VMOVMSKPS Y10, AX
	TESTL     AX, AX
	JZ        gnext
	TESTQ     R9, R9
	JZ        gtaps
	VADDPS    Y9, Y8, Y12
	VBLENDVPS Y10, Y12, Y8, Y8

gtaps:
	GTAP(0, Y0, gnext)
	GTAP(1, Y1, gnext)
	GTAP(2, Y2, gnext)
	GTAP(3, Y3, gnext)
	GTAP(4, Y4, gnext)
	GTAP(5, Y5, gnext)
	GTAP(6, Y6, gnext)
	GTAP(7, Y7, gnext)

gnext:
	ADDQ DX, SI
	ADDQ BX, DI
	DECQ CX
	JNZ  gpos
	GSTORES(gstored)

gstored:
	TESTQ   R9, R9
	JZ      gdone
	VMOVUPS Y8, (R9)

gdone:
	VZEROUPPER
	RET

// func cpuAVX2() bool
// Reports whether the CPU has AVX2 and the operating system saves the YMM
// registers (CPUID leaf 1 OSXSAVE and AVX, XCR0 bits 1 and 2, CPUID leaf 7
// EBX bit 5).
TEXT ·cpuAVX2(SB), NOSPLIT, $0-1
	MOVB $0, ret+0(FP)
	XORL AX, AX
	XORL CX, CX
	CPUID
	CMPL AX, $7
	JLT  noavx2
	MOVL $1, AX
	XORL CX, CX
	CPUID
	ANDL $0x18000000, CX
	CMPL CX, $0x18000000
	JNE  noavx2
	XORL CX, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE  noavx2
	MOVL $7, AX
	XORL CX, CX
	CPUID
	BTL  $5, BX
	JCC  noavx2
	MOVB $1, ret+0(FP)

noavx2:
	RET
