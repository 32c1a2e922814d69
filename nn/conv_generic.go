//go:build !amd64

package nn

func convAccumulate[T Float](x []T, xStride, rows, n int, w []T, wStride int, y []T) {
	convAccumulateGo(x, xStride, rows, n, w, wStride, y)
}

func convBackFilters[T Float](dp, gb, x []T, xStride int, w, gw []T, taps, wStride int, dx []T, off, rows, n int) {
	convBackFiltersGo(dp, gb, x, xStride, w, gw, taps, wStride, dx, off, rows, n)
}

func convColumns[T Float](f int) int { return 0 }

func convAccumulate4[T Float](x []T, xStride, c, rows, n int, w []T, wStride, f int, y []T) {
	convAccumulate4Go(x, xStride, c, rows, n, w, wStride, f, y)
}

func convGradRow[T Float](d []T, f int, x []T, c, cols, n int, g, gb []T) {
	convGradRowGo(d, f, x, c, cols, n, g, gb)
}
