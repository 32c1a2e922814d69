// Package augment distorts 28x28 training images the way hands and pens
// vary, so that a network trained on MNIST also reads digits drawn on the
// pad: small rotations, scaling, shear, sub-pixel shifts and, at the strong
// level, thinner or thicker strokes.
//
// # Images
//
// An image is Pixels bytes, row by row, 0 for background and 255 for full
// ink, as nn.Dataset stores them. Apply writes a distorted copy of src into
// dst. The transforms keep the background exactly 0 wherever no ink lands
// (bilinear sampling of four zero pixels is zero, and the stroke filters
// never lift a pixel with no ink around it), and they drop the faint rim
// that bilinear sampling smears around every stroke (below 16 of 255),
// because the training kernels skip zero inputs and that is most of their
// speed. Only the box around a digit's ink is computed, so the cost follows
// the size of the digit.
//
// # Levels
//
// Off copies the image unchanged and draws no random numbers. Light rotates
// by up to 8 degrees, scales by 0.9 to 1.1, shears by up to 0.15 and shifts
// by up to 2 pixels. Strong rotates by up to 10 degrees, scales by 0.9 to
// 1.1, shears by up to 0.3, shifts by up to 1 pixel, makes the strokes
// thinner or thicker one time in three each, and moves the digit's waist
// up or down by up to 5 pixels (see waistRow): the part above it grows and
// the part below shrinks, or the other way, so a 6 gets a loop that fills
// most of its height or a small one, a 9 a large or a small head, an 8 or a
// 3 unequal halves, as people draw them. The rotation is about pixel
// (14, 14), where MNIST puts a digit's centre of mass.
//
// Strong changes the shape more than Light and the placement less: the pad
// centres every drawing by its mass and scales it to MNIST's 20-pixel box
// (pad.Preprocess), so a network reading drawings gains little from
// digits moved or resized, and learns faster without them. On the drawn
// digits' tuning halves (cmd/padbench -blind -unseen -sealed), with seeds 1
// and 2, draw-robust read 97% and 38% of the 6s whose loop fills the
// height (17% and 0% without the waist and with Strong's former wider
// turns, shifts and scales), and reached 95% validation accuracy after
// 20,000 samples instead of 30,000. A waist of up to 7 pixels read those
// 6s better still but needed 40,000 samples and 0.3 and 0.5 points less
// MNIST test accuracy than the 5-pixel waist.
//
// # Determinism
//
// Every random number comes from the *rand.Rand the caller passes, and only
// through its integer methods, which math/rand/v2 computes exactly on every
// platform. The arithmetic is integer only: fixed point with 16 fractional
// bits for the coordinates and 8 for the bilinear weights, and sines and
// cosines from a table of whole degrees. So the same source gives the same
// bytes natively and in WebAssembly (TestWasmMatchesNative checks a hash).
//
// # Cost
//
// Apply does not allocate; BenchmarkApply gives its cost per image. The
// package has no global mutable state. Programmer errors (a wrong image
// length, an unknown level) panic with an "augment:" prefix.
package augment
