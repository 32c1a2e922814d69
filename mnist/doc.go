// Package mnist reads the MNIST handwritten digits and packs them into the
// compact bundle that Digit Lab ships to the browser.
//
// # Sets
//
// A Set is n labelled 28×28 greyscale images: Images holds n*Pixels bytes,
// image after image, each row-major with 0 for background and 255 for full
// ink, exactly as in the MNIST files (no scaling: the network decides how to
// normalise). Labels holds n digits 0..9. A Bundle pairs a training set with
// a test set. Set.Validate states the invariants; every function that takes
// a Set checks them and returns an error for a set that breaks them.
//
// # The original files
//
// ReadIDX parses one set from the raw IDX streams of LeCun's distribution
// (big-endian header: magic 0x00000803 for images, 0x00000801 for labels,
// then the counts and, for images, rows and columns). LoadDir reads the four
// gzipped files, 60,000 training and 10,000 test images, from a folder.
// ModuleDataDir finds that folder in the pinned GoMNIST module with the go
// command; it is not built for js/wasm, where there is no go command. Both
// readers check the magic numbers, the 28×28 size, that the counts agree
// and stay within MaxImages, that every label is a digit, and that each
// stream ends exactly after its data. Errors name the file at fault, for
// example
//
//	mnist: train images: bad magic 0x00000801 (want 0x00000803)
//
// # Subsets
//
// Subset draws a seeded, class-balanced subset whose order is stratified:
// every block of ten consecutive images holds each digit once, so any
// prefix is balanced too. It uses its own Fisher–Yates over
// math/rand/v2's PCG so that a seed means the same subset in every Go
// release.
//
// # Bundle format, version 1
//
// Encode and Decode write and read a bundle: a 36-byte header followed by
// a raw DEFLATE stream (RFC 1951, as written by compress/flate at
// BestCompression). All header integers are unsigned 32-bit little-endian.
//
//	offset  size  field
//	     0     4  magic "DLMB" (0x44 0x4C 0x4D 0x42)
//	     4     4  version, 1
//	     8     4  rows, 28
//	    12     4  cols, 28
//	    16     4  train: number of training images, at most MaxImages
//	    20     4  test: number of test images, at most MaxImages
//	    24     4  U: length of the payload after inflating
//	    28     4  C: length of the DEFLATE stream, which is the rest of the file
//	    32     4  CRC-32 (IEEE, as hash/crc32.ChecksumIEEE) of bytes 0..31
//	              followed by bytes 36..end: every byte but its own four
//	    36     C  the payload, DEFLATE-compressed
//
// The payload describes n = train+test images, the training images first,
// in five sections that follow each other without padding:
//
//  1. Labels: n bytes, one digit 0..9 per image.
//  2. Run lengths: for each image, the lengths of its runs of pixels in
//     row-major order, alternating zero runs (pixels equal to 0) and ink
//     runs (pixels 1..255) and starting with a zero run. An image's runs sum
//     to exactly 784. Only the first zero run may be empty, when the image
//     starts with ink; so an image that ends with ink has no final zero
//     run. A length L is stored as L/255 bytes of 255 and then one byte
//     L%255: 784 is 255 255 255 19, 255 is 255 0.
//  3. First values: the first pixel of every ink run, in order over all
//     images.
//  4. Last values: the last pixel of every ink run of two or more pixels.
//  5. Middle values: the inner pixels of every ink run of three or more
//     pixels, run after run.
//
// Sections 3 to 5 hold every nonzero pixel exactly once, so none of their
// bytes is 0, and their lengths follow from section 2; U must equal the
// total exactly. These rules leave one payload per list of images.
//
// Why this transform: four pixels in five are background, which the run
// lengths reduce to a few bytes per row; and the ink values split by their
// place in the run, because run ends are anti-aliased greys spread over
// 1..255 while run middles are mostly near 255, and DEFLATE gives each of
// its blocks one Huffman table. Measured on the shipped bundle (20,000
// training and 10,000 test images, 23.55 MB raw), file size with header:
//
//	transform                                     bytes
//	plain labels and pixels                   4,844,177
//	pixels transposed (pixel-major)           5,843,799
//	pixels as differences along the row       5,739,258
//	zero runs, lengths inline with values     4,792,165
//	zero runs, lengths then values            4,274,760
//	zero runs, lengths, first, last, middle   4,083,222  (version 1)
//
// Predicting each ink value from its neighbours (left, above, their maximum
// or average, Paeth, median edge detector) and storing the difference made
// the compressed values 4% to 17% larger, so they are stored as they are.
//
// Encode is deterministic: the same sets give the same bytes with the same
// Go release. compress/flate's output may change between releases; Decode
// reads any valid DEFLATE stream, so old and new files both decode.
//
// # Bundle format, version 2
//
// EncodeLevels writes version 2: the same 36-byte header with version 2,
// where the field at offset 24 is L, the number of grey levels (one of
// GreyLevels: L-1 divides 255), and C is the length of the coded stream
// that follows. Every pixel is a level l in 0..L-1 and means the value
// l*255/(L-1); EncodeLevels rounds each pixel to the nearest level
// (Quantize). The stream is one binary adaptive range coder (the one LZMA
// uses: 11-bit probabilities that move 1/32 of the way towards each coded
// bit, all of them starting at one half) over the n images in order. Each
// image codes its label as 4 bits, most significant first, in a binary
// tree of probabilities, then its 784 pixels in row-major order:
//
//   - one bit, 1 for ink (level above 0), in the context of its six causal
//     neighbours (left, above, above left, above right, two to the left,
//     two above; outside the image they are background), each counted as
//     background, light (level below (L+1)/2) or dark: 729 contexts;
//   - for ink, level-1 in bits.Len(L-2) bits, most significant first, in a
//     binary tree of probabilities chosen by the shades (level*16/L) of
//     the left, upper and upper left neighbours: 4,096 trees.
//
// The coder's flush writes five bytes, so the stream starts with a zero
// byte, and the decoder reads exactly the stream's bytes.
//
// Why: the page must download the training data before it trains, and
// what the network learns does not need 256 grey levels (assets/doc.go
// measures it). On the shipped files, 20,000 training and 2,000 test
// images (file size with header):
//
//	format                                     bytes
//	version 1 (lossless, DEFLATE)          2,999,960
//	version 2, 256 levels (lossless)       2,779,515
//	version 2, 16 levels                   1,323,370
//	version 2, 4 levels                      762,999
//
// The contexts were chosen by measurement: shades of the left and upper
// neighbours alone gave 1,405,735 bytes at 16 levels, adding the upper
// right one instead of the upper left 1,341,660. Decoding costs about twice
// version 1's time (one coded bit per pixel and four more per ink pixel:
// BenchmarkDecode in package assets). The arithmetic is integer only, so
// the same images give the same bytes with every Go release.
//
// # Decoding hostile data
//
// Decode never panics and never trusts the header with memory. In order it
// checks: the length of the header, the magic, the version, rows and cols,
// that each count is at most MaxImages, that C is exactly the rest of the
// file, that U is possible (at least one byte and at most 1+788+784 bytes
// per image, and at most 1,032 times C, DEFLATE's largest expansion), and
// the checksum (for version 2: that L is one of GreyLevels and that C is
// at least the number of images, since every image costs at least two
// bytes). Only then does it allocate (version 1: U bytes)
// and inflate, requiring exactly U bytes and nothing after the stream; then
// it parses the payload by the rules above and allocates the images
// (version 2 decodes the images as the stream goes and requires a label
// 0..9, levels below L, and that the images use up the stream exactly). Errors
// wrap ErrTruncated or ErrChecksum where those apply, so a caller can tell a
// damaged download from a file of the wrong kind:
//
//	mnist: bundle truncated: 1000 payload bytes, the header declares 4083186
//	mnist: bundle checksum mismatch: computed 0xbe6ae242, header says 0x7b743c45
//	mnist: unsupported bundle version 7 (this decoder reads versions 1 and 2)
//	mnist: bundle images: image 0: grey level 7 of 6 at pixel 0
//
// Counts makes the checks before inflating and reports the image counts;
// DecodeInto makes all of Decode's and paints the images into a buffer the
// caller sized from Counts (all zero, exactly Pixels bytes per image; any
// other size is an error) instead of allocating them, so that a caller can
// decode several bundles into one buffer.
package mnist
