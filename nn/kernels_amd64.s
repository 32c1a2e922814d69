#include "textflag.h"

// SSE versions of dotGo and adamStep's loop (see kernels_amd64.go). Each
// lane does the Go loop's float32 operations in the same order, with no
// fused multiply-add, so results are bit for bit the Go loops'.

// func dotSSE(x, y *float32, n int) float32
TEXT ·dotSSE(SB), NOSPLIT, $0-28
	MOVQ  x+0(FP), SI
	MOVQ  y+8(FP), DI
	MOVQ  n+16(FP), CX
	XORPS X0, X0           // the partial sums s0..s3, one per lane
	XORQ  AX, AX
	MOVQ  CX, DX
	ANDQ  $-4, DX
	SHLQ  $2, DX           // bytes of the whole fours
	SHLQ  $2, CX           // bytes of all
	CMPQ  AX, DX
	JGE   tail

fours:
	MOVUPS (SI)(AX*1), X1
	MOVUPS (DI)(AX*1), X2
	MULPS  X2, X1
	ADDPS  X1, X0
	ADDQ   $16, AX
	CMPQ   AX, DX
	JL     fours

tail:                      // the last n mod 4 go to s0
	CMPQ  AX, CX
	JGE   done
	MOVSS (SI)(AX*1), X1
	MULSS (DI)(AX*1), X1
	ADDSS X1, X0
	ADDQ  $4, AX
	JMP   tail

done:                      // (s0+s1) + (s2+s3)
	MOVAPS  X0, X1
	SHUFPS  $0xB1, X1, X1  // s1 s0 s3 s2
	ADDPS   X1, X0         // s0+s1 . s2+s3 .
	MOVHLPS X0, X1
	ADDSS   X1, X0
	MOVSS   X0, ret+24(FP)
	RET

// func adamSSE(w, grad, m, v *float32, n int, alpha, lambda float32) float32
// n is a positive multiple of 4.
TEXT ·adamSSE(SB), NOSPLIT, $0-52
	MOVQ   w+0(FP), DI
	MOVQ   grad+8(FP), SI
	MOVQ   m+16(FP), R8
	MOVQ   v+24(FP), R9
	MOVQ   n+32(FP), CX
	SHLQ   $2, CX
	MOVSS  alpha+40(FP), X8
	SHUFPS $0, X8, X8
	MOVSS  lambda+44(FP), X9
	SHUFPS $0, X9, X9
	MOVL   $0x3dcccccd, AX // float32(0.1) = 1 − β1
	MOVL   AX, X10
	SHUFPS $0, X10, X10
	MOVL   $0x3a83126f, AX // float32(0.001) = 1 − β2
	MOVL   AX, X11
	SHUFPS $0, X11, X11
	MOVL   $0x33d6bf95, AX // float32(1e-7) = ε
	MOVL   AX, X12
	SHUFPS $0, X12, X12
	XORPS  X15, X15        // sum of the new weights, by lane
	XORPS  X13, X13
	XORQ   BX, BX          // BX = 1 when λ ≠ 0
	UCOMISS X13, X9
	JEQ    start
	MOVQ   $1, BX

start:
	XORQ AX, AX

loop:
	MOVUPS (SI)(AX*1), X0  // g
	MOVUPS (DI)(AX*1), X1  // w
	TESTQ  BX, BX
	JZ     moments
	MOVAPS X9, X2
	MULPS  X1, X2
	ADDPS  X2, X0          // g + λ·w

moments:
	MOVUPS (R8)(AX*1), X2  // m
	MOVAPS X0, X3
	SUBPS  X2, X3
	MULPS  X10, X3
	ADDPS  X3, X2          // m + (g−m)·0.1
	MOVUPS X2, (R8)(AX*1)
	MOVUPS (R9)(AX*1), X4  // v
	MOVAPS X0, X5
	MULPS  X0, X5
	SUBPS  X4, X5
	MULPS  X11, X5
	ADDPS  X5, X4          // v + (g²−v)·0.001
	MOVUPS X4, (R9)(AX*1)
	SQRTPS X4, X6
	ADDPS  X12, X6         // √v + ε
	MOVAPS X8, X7
	MULPS  X2, X7
	DIVPS  X6, X7          // α·m / (√v + ε)
	SUBPS  X7, X1
	MOVUPS X1, (DI)(AX*1)
	ADDPS  X1, X15
	ADDQ   $16, AX
	CMPQ   AX, CX
	JL     loop

	MOVAPS  X15, X0
	SHUFPS  $0xB1, X0, X0
	ADDPS   X0, X15
	MOVHLPS X15, X0
	ADDSS   X0, X15
	MOVSS   X15, ret+48(FP)
	RET

// EACHFOUR runs BODY4 on the four values at AX bytes, AX from 0 in steps
// of 16 while four are left of the CX values, then BODY1 on each value
// left, then returns; X0 is zero.
#define EACHFOUR(BODY4, BODY1, fours, tail, done) \
	XORPS X0, X0; \
	XORQ  AX, AX; \
	MOVQ  CX, DX; \
	ANDQ  $-4, DX; \
	SHLQ  $2, DX; \
	SHLQ  $2, CX; \
	CMPQ  AX, DX; \
	JGE   tail; \
fours: \
	BODY4; \
	ADDQ  $16, AX; \
	CMPQ  AX, DX; \
	JL    fours; \
tail: \
	CMPQ  AX, CX; \
	JGE   done; \
	BODY1; \
	ADDQ  $4, AX; \
	JMP   tail; \
done: \
	RET

// RELU writes max(x at SI, 0) to DI with MOV and MAX: MAXPS x, 0 gives
// its second operand, +0, for NaN and for −0 too.
#define RELU(MOV, MAX) \
	MOV (SI)(AX*1), X1; \
	MAX X0, X1; \
	MOV X1, (DI)(AX*1)

// func reluSSE(x, y *float32, n int)
// y = x where x > 0, else +0, as the ReLU's Go loop.
TEXT ·reluSSE(SB), NOSPLIT, $0-24
	MOVQ x+0(FP), SI
	MOVQ y+8(FP), DI
	MOVQ n+16(FP), CX
	EACHFOUR(RELU(MOVUPS, MAXPS), RELU(MOVSS, MAXSS), relufours, relutail, reludone)

// RELUGRAD writes dy (at R8) where 0 < x (at SI), else +0, to DI: the
// mask of 0 < x (false for NaN) ANDed with dy.
#define RELUGRAD(MOV, CMP) \
	MOV    (SI)(AX*1), X1; \
	MOVAPS X0, X2; \
	CMP    X1, X2, $1; \
	MOV    (R8)(AX*1), X3; \
	ANDPS  X2, X3; \
	MOV    X3, (DI)(AX*1)

// func reluGradSSE(x, dy, dx *float32, n int)
// dx = dy where x > 0, else +0, as the ReLU's Go loop.
TEXT ·reluGradSSE(SB), NOSPLIT, $0-32
	MOVQ x+0(FP), SI
	MOVQ dy+8(FP), R8
	MOVQ dx+16(FP), DI
	MOVQ n+24(FP), CX
	EACHFOUR(RELUGRAD(MOVUPS, CMPPS), RELUGRAD(MOVSS, CMPSS), gradfours, gradtail, graddone)

// POOLTAKE takes the candidate values in X2, their indices in X3, where
// they are strictly larger than the best so far (X0, indices in X1):
// NaN never is, and an equal value leaves the earlier one. SSE2 has no
// blend, so it is (new AND mask) OR (old AND NOT mask).
#define POOLTAKE \
	MOVAPS X0, X5; \
	CMPPS  X2, X5, $1; \
	MOVAPS X5, X7; \
	ANDPS  X5, X2; \
	ANDNPS X0, X5; \
	ORPS   X2, X5; \
	MOVAPS X5, X0; \
	ANDPS  X7, X3; \
	ANDNPS X1, X7; \
	ORPS   X3, X7; \
	MOVAPS X7, X1

// poolLanes is each lane's offset from the first channel of a four.
DATA poolLanes<>+0(SB)/4, $0
DATA poolLanes<>+4(SB)/4, $1
DATA poolLanes<>+8(SB)/4, $2
DATA poolLanes<>+12(SB)/4, $3
GLOBL poolLanes<>(SB), RODATA|NOPTR, $16

// func maxPool2RowSSE(top, y *float32, arg *int32, cols, c, rowLen, base int)
// One output row of maxPool.forward2 for c channels (a multiple of 4),
// four channels at a time: for each of cols output positions, the first
// largest of top-left, top-right, bottom-left and bottom-right (top row
// at top, the bottom one rowLen values after) goes to y and its index in
// the image (base plus its offset from top) to arg.
TEXT ·maxPool2RowSSE(SB), NOSPLIT, $0-56
	MOVQ  c+32(FP), R12
	MOVQ  R12, R10
	SHLQ  $2, R10               // bytes from a pixel to the next
	MOVQ  rowLen+40(FP), R8
	MOVQ  R8, R11
	SHLQ  $2, R8                // bytes from the top row to the bottom one
	ADDQ  R12, R11              // rowLen + c, in values
	SHRQ  $2, R12               // fours of channels
	MOVQ  top+0(FP), SI
	MOVQ  y+8(FP), DI
	MOVQ  arg+16(FP), R9
	MOVQ  cols+24(FP), CX
	MOVQ  R11, X8
	PSHUFL $0, X8, X8           // rowLen + c, each lane
	MOVQ  rowLen+40(FP), AX
	MOVQ  AX, X9
	PSHUFL $0, X9, X9           // rowLen
	MOVQ  c+32(FP), AX
	MOVQ  AX, X10
	PSHUFL $0, X10, X10         // c
	MOVL  $4, AX
	MOVQ  AX, X11
	PSHUFL $0, X11, X11         // 4
	MOVQ  base+48(FP), AX
	MOVQ  AX, X6
	PSHUFL $0, X6, X6
	MOVOU poolLanes<>(SB), X4
	PADDL X4, X6                // index of each lane's top-left value
	LEAQ  (R8)(R10*1), R11      // bytes to the bottom-right value

poolcol:
	MOVQ R12, BX

poolfour:
	MOVUPS (SI), X0
	MOVO   X6, X1
	MOVUPS (SI)(R10*1), X2
	MOVO   X6, X3
	PADDL  X10, X3
	POOLTAKE
	MOVUPS (SI)(R8*1), X2
	MOVO   X6, X3
	PADDL  X9, X3
	POOLTAKE
	MOVUPS (SI)(R11*1), X2
	MOVO   X6, X3
	PADDL  X8, X3
	POOLTAKE
	MOVUPS X0, (DI)
	MOVOU  X1, (R9)
	ADDQ   $16, SI
	ADDQ   $16, DI
	ADDQ   $16, R9
	PADDL  X11, X6
	DECQ   BX
	JNZ    poolfour
	ADDQ   R10, SI              // past the top-right pixel
	PADDL  X10, X6
	DECQ   CX
	JNZ    poolcol
	RET
