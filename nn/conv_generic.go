//go:build !amd64

package nn

func convAccumulate[T Float](x []T, xStride, rows, n int, w []T, wStride int, y []T) {
	convAccumulateGo(x, xStride, rows, n, w, wStride, y)
}

func convBack[T Float](d T, x []T, xStride int, w, gw []T, wStride int, dx []T, off, rows, n int) {
	convBackGo(d, x, xStride, w, gw, wStride, dx, off, rows, n)
}
