//go:build !amd64

package nn

func axpy[T Float](a T, x, y []T) { axpyGo(a, x, y) }

func dot[T Float](x, y []T) T { return dotGo(x, y) }
