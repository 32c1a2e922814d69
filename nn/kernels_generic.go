//go:build !amd64

package nn

func axpy[T Float](a T, x, y []T) { axpyGo(a, x, y) }

func dot[T Float](x, y []T) T { return dotGo(x, y) }

func adamStepAsm[T Float](w, g, m, v []T, alpha, lambda T) (T, bool) { return 0, false }

func reluAsm[T Float](x, y []T) bool { return false }

func reluGradAsm[T Float](x, dy, dx []T) bool { return false }

func maxPool2Asm[T Float](p *maxPool[T], x, y []T, rows int) bool { return false }
