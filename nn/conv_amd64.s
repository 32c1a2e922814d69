#include "textflag.h"

// SSE versions of convAccumulateGo for 8, 16 and 32 filters, and SSE and
// AVX2 versions of convBackFiltersGo (see conv_amd64.go). Each lane does
// the Go loop's float32 multiply and add in the same order, with no fused
// multiply-add, so results are bit for bit the Go loops'.

// ROWNEXT ends a kernel row of BACKROWS or VBACKROWS: SI, DI, R10 and
// R11 (when not nil) to the next row, CX counted down, and back to brow
// while rows are left.
#define ROWNEXT(bendrow, bskipdx, brow) \
bendrow: \
	ADDQ  R8, SI; \
	TESTQ R11, R11; \
	JZ    bskipdx; \
	ADDQ  R8, R11; \
bskipdx: \
	ADDQ R9, DI; \
	ADDQ R9, R10; \
	DECQ CX; \
	JNZ  brow

// AXPYAT adds X0 times the values at src+AX to those at dst+AX, four
// (MOVUPS, MULPS, ADDPS) or one (MOVSS, MULSS, ADDSS) at a time.
#define AXPYAT(MOV, MUL, ADD, src, dst) \
	MOV (src)(AX*1), X1; \
	MUL X0, X1; \
	MOV (dst)(AX*1), X2; \
	ADD X1, X2; \
	MOV X2, (dst)(AX*1)

// BACKSTEP does convBackGo's two updates at offset AX: gw += d·x and, when
// dx (R11) is not nil, dx += d·w.
#define BACKSTEP(MOV, MUL, ADD, skip) \
	AXPYAT(MOV, MUL, ADD, SI, R10); \
	TESTQ R11, R11; \
	JZ    skip; \
	AXPYAT(MOV, MUL, ADD, DI, R11)

// BACKROWS is the body of convBackGo for the d broadcast in X0: for each
// of CX rows, gw += d·x and, when dx (R11) is not nil, dx += d·w, over n
// values: x at SI, dx at R11 (rows R8 bytes apart), w at DI, gw at R10
// (rows R9 bytes apart); BX holds the bytes of n's whole fours, DX of n.
// Four lanes at a time, then one by one. It advances SI, DI, R10, R11 and
// counts CX down to zero.
#define BACKROWS(brow, bfours, bnext4, btail, bnext1, bendrow, bskipdx) \
brow: \
	XORQ AX, AX; \
	CMPQ AX, BX; \
	JGE  btail; \
bfours: \
	BACKSTEP(MOVUPS, MULPS, ADDPS, bnext4); \
bnext4: \
	ADDQ $16, AX; \
	CMPQ AX, BX; \
	JL   bfours; \
btail: \
	CMPQ AX, DX; \
	JGE  bendrow; \
	BACKSTEP(MOVSS, MULSS, ADDSS, bnext1); \
bnext1: \
	ADDQ $4, AX; \
	JMP  btail; \
	ROWNEXT(bendrow, bskipdx, brow)

// BACKSIZES loads the strides and sizes BACKROWS uses, from the arguments
// xStride, wStride and n (elements).
#define BACKSIZES(xs, ws, nn) \
	MOVQ xs, R8; \
	SHLQ $2, R8; \
	MOVQ ws, R9; \
	SHLQ $2, R9; \
	MOVQ nn, DX; \
	MOVQ DX, BX; \
	ANDQ $-4, BX; \
	SHLQ $2, BX; \
	SHLQ $2, DX

// VAXPYAT adds D (X0 or Y0, d broadcast) times the values at OFF(src)(AX*1) to those at
// OFF(dst)(AX*1) in R1 and R2: eight (VMOVUPS, VMULPS, VADDPS on Y
// registers), four (on X registers) or one (VMOVSS, VMULSS, VADDSS) at a
// time, each operation with the SSE kernel's operands in the SSE kernel's
// order.
#define VAXPYAT(MOV, MUL, ADD, D, R1, R2, OFF, src, dst) \
	MOV OFF(src)(AX*1), R1; \
	MUL D, R1, R1; \
	MOV OFF(dst)(AX*1), R2; \
	ADD R1, R2, R2; \
	MOV R2, OFF(dst)(AX*1)

// VBACKSTEP does convBackGo's two updates at OFF(AX): gw += d·x and, when
// dx (R11) is not nil, dx += d·w.
#define VBACKSTEP(MOV, MUL, ADD, D, R1, R2, OFF, skip) \
	VAXPYAT(MOV, MUL, ADD, D, R1, R2, OFF, SI, R10); \
	TESTQ R11, R11; \
	JZ    skip; \
	VAXPYAT(MOV, MUL, ADD, D, R1, R2, OFF, DI, R11)

// VBACKROWS is the SSE kernel's BACKROWS (conv_amd64.s) with eight lanes
// at a time first: for each of CX rows, gw += d·x and, when dx (R11) is
// not nil, dx += d·w, over n values: x at SI, dx at R11 (rows R8 bytes
// apart), w at DI, gw at R10 (rows R9 bytes apart); BX holds the bytes of
// n's whole fours, DX of n. It advances SI, DI, R10, R11 and counts CX
// down to zero.
#define VBACKROWS(brow, beights, bnext8, bfour, bnext4, btail, bnext1, bendrow, bskipdx) \
brow: \
	XORQ AX, AX; \
beights: \
	ADDQ $32, AX; \
	CMPQ AX, BX; \
	JGT  bfour; \
	VBACKSTEP(VMOVUPS, VMULPS, VADDPS, Y0, Y1, Y2, -32, bnext8); \
bnext8: \
	JMP  beights; \
bfour: \
	SUBQ $32, AX; \
	CMPQ AX, BX; \
	JGE  btail; \
	VBACKSTEP(VMOVUPS, VMULPS, VADDPS, X0, X1, X2, 0, bnext4); \
bnext4: \
	ADDQ $16, AX; \
btail: \
	CMPQ AX, DX; \
	JGE  bendrow; \
	VBACKSTEP(VMOVSS, VMULSS, VADDSS, X0, X1, X2, 0, bnext1); \
bnext1: \
	ADDQ $4, AX; \
	JMP  btail; \
	ROWNEXT(bendrow, bskipdx, brow)

// BACKFILTERS is the body of convBackFiltersSSE and convBackFiltersAVX2:
// for each of the f output gradients d = dp[j] in order that is not zero
// (Go's d == 0: ±0 skipped, NaN not), gb[j] += d, then ROWS, convBackGo's
// updates with d (in X0) and the weights and their gradient of filter j at
// w + j·taps and gw + j·taps. f, rows and n are positive.
#define BACKFILTERS(ROWS, filter, nonzero, nextfilter) \
	MOVQ  dp+0(FP), R12; \
	MOVQ  f+8(FP), R13; \
	MOVQ  gb+16(FP), R14; \
	XORQ  R15, R15; \
	BACKSIZES(xStride+32(FP), wStride+64(FP), n+88(FP)); \
	XORPS X7, X7; \
filter: \
	MOVSS   (R12), X0; \
	UCOMISS X7, X0; \
	JNE     nonzero; \
	JPS     nonzero; \
	JMP     nextfilter; \
nonzero: \
	MOVSS  (R14), X1; \
	ADDSS  X0, X1; \
	MOVSS  X1, (R14); \
	MOVQ   x+24(FP), SI; \
	MOVQ   w+40(FP), DI; \
	ADDQ   R15, DI; \
	MOVQ   gw+48(FP), R10; \
	ADDQ   R15, R10; \
	MOVQ   dx+72(FP), R11; \
	MOVQ   rows+80(FP), CX; \
	ROWS; \
nextfilter: \
	ADDQ $4, R12; \
	ADDQ $4, R14; \
	MOVQ taps+56(FP), AX; \
	SHLQ $2, AX; \
	ADDQ AX, R15; \
	DECQ R13; \
	JNZ  filter; \
	RET

// SSEROWS broadcasts d to X0's four lanes and runs BACKROWS.
#define SSEROWS \
	SHUFPS $0, X0, X0; \
	BACKROWS(frow, ffours, fnext4, ftail, fnext1, fendrow, fskipdx)

// AVX2ROWS broadcasts d to Y0's eight lanes and runs VBACKROWS, then
// clears the upper halves for the SSE instructions of BACKFILTERS.
#define AVX2ROWS \
	VBROADCASTSS X0, Y0; \
	VBACKROWS(vrow, veights, vnext8, vfour, vnext4, vtail, vnext1, vendrow, vskipdx); \
	VZEROUPPER

// CONVACC is the body of convAccumulateGo for F filters whose running sums
// are in registers: for each of rows runs (R12) of n inputs (R13), one
// every R10 bytes from R8, and of weights, one every R11 bytes from R9, it
// adds x·(the F weights of x) to the sums for every non-zero x, then jumps
// to done. LOAD multiplies the broadcast input X2 into the F weights at DX
// (2^SHIFT bytes) and adds them to the sums. Inputs are tested four at a
// time, and a four of zeros (most of MNIST's background) is skipped with
// one branch; the non-zero ones of a four are taken in order. A zero input
// is skipped exactly when Go's v == 0 holds: for ±0, not for NaN (CMPPS's
// not-equal predicate 4 and UCOMISS both count NaN as unequal).
#define CONVACC(SHIFT, LOAD, row, quad, bits, quadnext, single, use, next, endrow, done) \
	MOVQ   x+0(FP), R8; \
	MOVQ   xStride+8(FP), R10; \
	SHLQ   $2, R10; \
	MOVQ   rows+16(FP), R12; \
	MOVQ   n+24(FP), R13; \
	MOVQ   w+32(FP), R9; \
	MOVQ   wStride+40(FP), R11; \
	SHLQ   $2, R11; \
	XORPS  X7, X7; \
row: \
	MOVQ R8, SI; \
	MOVQ R9, DI; \
	MOVQ R13, CX; \
quad: \
	CMPQ     CX, $4; \
	JLT      single; \
	MOVUPS   (SI), X2; \
	CMPPS    X7, X2, $4; \
	MOVMSKPS X2, AX; \
	TESTL    AX, AX; \
	JZ       quadnext; \
bits: \
	BSFL   AX, BX; \
	MOVSS  (SI)(BX*4), X2; \
	SHUFPS $0, X2, X2; \
	MOVQ   BX, DX; \
	SHLQ   $SHIFT, DX; \
	ADDQ   DI, DX; \
	LOAD; \
	BTRL   BX, AX; \
	TESTL  AX, AX; \
	JNZ    bits; \
quadnext: \
	ADDQ $16, SI; \
	ADDQ $(4<<SHIFT), DI; \
	SUBQ $4, CX; \
	JMP  quad; \
single: \
	TESTQ   CX, CX; \
	JZ      endrow; \
	MOVSS   (SI), X2; \
	UCOMISS X7, X2; \
	JNE     use; \
	JPS     use; \
	JMP     next; \
use: \
	SHUFPS $0, X2, X2; \
	MOVQ   DI, DX; \
	LOAD; \
next: \
	ADDQ $4, SI; \
	ADDQ $(1<<SHIFT), DI; \
	DECQ CX; \
	JMP  single; \
endrow: \
	ADDQ R10, R8; \
	ADDQ R11, R9; \
	DECQ R12; \
	JNZ  row; \
	JMP  done

// MOVE4 moves four operands to four others with MOV: the running sums
// from y and back.
#define MOVE4(MOV, a, b, c, d, ta, tb, tc, td) MOV a, ta; MOV b, tb; MOV c, tc; MOV d, td

// MADD adds X2 times the four weights at off(DX) to the sums in acc.
#define MADD(off, acc) MOVUPS off(DX), X3; MULPS X2, X3; ADDPS X3, acc

// CONVACCFN is the body of a convAcc function: LOAD the running sums from
// y (at DX), CONVACC with MADDS, STORE the sums back.
#define CONVACCFN(SHIFT, LOAD, MADDS, STORE, row, quad, bits, quadnext, single, use, next, endrow, done) \
	MOVQ y+48(FP), DX; \
	LOAD; \
	CONVACC(SHIFT, MADDS, row, quad, bits, quadnext, single, use, next, endrow, done); \
done: \
	MOVQ y+48(FP), DX; \
	STORE; \
	RET

// The convAcc functions below have the signature
// func(x *float32, xStride, rows, n int, w *float32, wStride int, y *float32);
// rows and n are positive. Each keeps F/4 running sums in registers: LOADF
// reads them from y, MADDF adds X2 times an input's F weights, STOREF
// writes them back.

#define LOAD8 MOVUPS (DX), X0; MOVUPS 16(DX), X1
#define MADD8 MADD(0, X0); MADD(16, X1)
#define STORE8 MOVUPS X0, (DX); MOVUPS X1, 16(DX)

TEXT ·convAcc8SSE(SB), NOSPLIT, $0-56
	CONVACCFN(5, LOAD8, MADD8, STORE8, row8, quad8, bits8, quadnext8, single8, use8, next8, endrow8, done8)

#define LOAD16 MOVE4(MOVUPS, (DX), 16(DX), 32(DX), 48(DX), X0, X1, X8, X9)
#define MADD16 MADD(0, X0); MADD(16, X1); MADD(32, X8); MADD(48, X9)
#define STORE16 MOVE4(MOVUPS, X0, X1, X8, X9, (DX), 16(DX), 32(DX), 48(DX))

TEXT ·convAcc16SSE(SB), NOSPLIT, $0-56
	CONVACCFN(6, LOAD16, MADD16, STORE16, row16, quad16, bits16, quadnext16, single16, use16, next16, endrow16, done16)

#define LOAD32 LOAD16; MOVE4(MOVUPS, 64(DX), 80(DX), 96(DX), 112(DX), X4, X5, X6, X10)
#define MADD32 MADD16; MADD(64, X4); MADD(80, X5); MADD(96, X6); MADD(112, X10)
#define STORE32 STORE16; MOVE4(MOVUPS, X4, X5, X6, X10, 64(DX), 80(DX), 96(DX), 112(DX))

TEXT ·convAcc32SSE(SB), NOSPLIT, $0-56
	CONVACCFN(7, LOAD32, MADD32, STORE32, row32, quad32, bits32, quadnext32, single32, use32, next32, endrow32, done32)

// func convBackFiltersSSE(dp *float32, f int, gb, x *float32, xStride int, w, gw *float32, taps, wStride int, dx *float32, rows, n int)
// R15 holds the bytes from w and gw to filter j's weights.
TEXT ·convBackFiltersSSE(SB), NOSPLIT, $0-96
	BACKFILTERS(SSEROWS, filter, nonzero, nextfilter)

// func convBackFiltersAVX2(dp *float32, f int, gb, x *float32, xStride int, w, gw *float32, taps, wStride int, dx *float32, rows, n int)
// convBackFiltersSSE with eight lanes at a time along a kernel row, then
// four, then one: the same operations on each value.
TEXT ·convBackFiltersAVX2(SB), NOSPLIT, $0-96
	BACKFILTERS(AVX2ROWS, vfilter, vnonzero, vnextfilter)
