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
