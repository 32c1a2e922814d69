#include "textflag.h"

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
