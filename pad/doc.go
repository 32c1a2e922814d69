// Package pad holds what the user draws on Digit Lab's drawing pad and turns
// it into the 28x28 image an MNIST network expects.
//
// # The drawing
//
// The pad is a square Size pad units wide, origin top-left, y down. A Drawing
// keeps the strokes as vectors, exactly as the pointer reported them: one
// BeginStroke per press, one ExtendStroke per input tick while the button is
// down, one EndStroke per release. Input is sampled once per tick (1/60 s), so
// consecutive points of a fast stroke can be far apart; both renderers join
// them with exact line segments, so no gaps appear however sparse the samples.
//
// Interactive input is never an error: points off the pad are clamped onto its
// edge, NaN and infinite points are dropped, and input beyond MaxStrokes or
// MaxPoints is ignored. AddStrokes, for tests, automation and saved drawings,
// instead checks its input as a whole and returns an error describing the
// first problem (see its documentation), leaving the drawing unchanged.
// Either way every stored point is finite and on the pad.
//
// Version grows whenever the ink changes, so a frame loop can skip
// re-rendering and re-classifying an unchanged drawing.
//
// # Two renderings
//
// RenderPad draws the strokes for the screen, at any resolution, with the
// display pen the user chose. Preprocess draws them for the network, following
// the recipe MNIST was made with: crop to the ink, scale the longer side to a
// 20-pixel box keeping the aspect ratio, and centre the intensity-weighted
// centre of mass in the 28x28 frame. It draws the vector strokes directly with
// that final transform, rather than shrinking a screen raster, so there is no
// resampling blur, and with its own pen, NetPenWidth pixels wide in the
// normalized frame. The network therefore sees the same image whether the
// digit was drawn tiny or huge, with a thin or a thick display pen. The
// constants NetInkBox, NetCentre and NetPenWidth were measured on MNIST's own
// test set; their comments give the figures.
//
// Both renderers compute, for each pixel centre, the exact distance to the
// nearest stroke segment and turn it into coverage with a one-pixel linear
// ramp: anti-aliased lines with round caps and joins, values in [0, 1], and a
// background of exactly 0 (the network skips zero inputs).
//
// Preprocess reports ok=false, with an all-zero image, for an empty pad or a
// stray dot (see MinInkExtent and MinInkLength), so the UI can show "draw a
// digit" instead of a confident guess about a speck.
//
// # Is it a digit?
//
// A network trained on MNIST reads anything as a digit, usually with high
// confidence. A Checker says whether the 28x28 image (and, when there is
// one, the drawing it came from) is Empty, a Digit or NotDigit, without the
// user's network. It weighs three kinds of evidence into one score, so
// that a digit one test finds odd (outlined, sketched, drawn over many
// times) is still a digit:
//
//   - far from every digit: the squared distance from the image, pooled to
//     14x14, to the nearest of ten subspaces, one per digit (the mean and
//     20 principal components of MNIST's training images and of drawn
//     digits of pad/drawset's held-out, Fresh, blind-tuning and BlindTune
//     sets), bundled as digitspace.bin (82 kB). Fitted on digits only, it
//     asks whether the image looks like any way of writing a digit, so it
//     does not depend on which non-digits anyone thought of;
//   - unlike any digit: three networks of its own, their answers
//     averaged, bundled as notdigit.model (nn networks with two
//     convolutions, 8c5-p2-16c5-p2, and 64 hidden units, started from
//     different weights, their weights rounded to 8 bits: 66 kB together;
//     of their outputs only 0, "digit", and 1, "not a digit", are trained on MNIST's training images, on drawn digits and
//     non-digits of the same sets and of part Final, each drawing also
//     warped: turned, slanted, stretched, tapered and bent, and on
//     non-digits, 0s and seven-segment digits that genverdict generates
//     itself from families no evaluation set draws), its confidence that
//     the image is a digit
//     bounded (UnlikeFloor) so that it cannot outweigh a large distance on
//     its own;
//   - structural limits (holes, separate pieces of ink, strokes, stroke
//     length over size, a dot apart from the rest of the ink as under a
//     question mark) set at or above the 99.9th percentile of digits,
//     adding StructureWeight when any is exceeded.
//
// Preprocess and Check first tidy the drawing: a stroke that goes over
// ink already drawn (nearly all of it within about half a pen's width) is
// left out, and a stroke that starts on the one before it and runs along
// the rest of it is joined to it, so that a digit gone over a second time
// is judged, counted and rendered as the digit drawn once, and an outline
// drawn in overlapping pieces is one closed contour; the slash of a 0
// struck through and the flag and base of a 1 are left out, since
// MNIST's writers drew neither (see tidy.go, struck.go, flag.go).
//
// The verdict is NotDigit above MaxScore, the 99th percentile of the
// score of the hardest tuning digits (the tuning halves of drawset's two
// unseen sets, UnseenVTune and UnseenTune), and a Digit
// is Unsure above DoubtScore, so that a page can say it is not sure
// instead of calling a digit a non-digit. internal/genverdict makes both
// files; the limits are percentiles of digits, never of non-digits.
// cmd/padbench measures the verdict on held-out drawings, on the held-out
// half of the unseen set (UnseenVHeld: families, shapes and pens written
// after every other set had been looked at, and in no file), and on
// MNIST's test images.
//
// # Reading a drawing
//
// A Reader classifies a drawing from NumViews renderings of its strokes.
// It first measures the drawing's slant (the least-squares lean of its
// ink, cov(x, y)/var(y) on the rendered image, within ±1) and shears the
// strokes upright, as the classic MNIST experiments deskewed digits; then
// it takes them as they are, turned ViewDegrees either way and sheared by
// ViewShear either way, each rendered as Preprocess renders them but with
// a thinner pen, ViewPenWidth pixels wide. It averages the network's
// probabilities over them. The network's input stays in Preprocess's frame
// (centred, the same size, strokes within MNIST's widths); taking the
// slant out and averaging over drawings a hand could have made of the
// same digit makes the answer depend less on one slant or angle, and
// wrong answers less confident (cmd/padbench -single reads the one image,
// for comparison). Read costs NumViews+1 times Preprocess and NumViews
// predictions, and does not allocate once
// its Reader has grown.
//
// # Cost and errors
//
// Preprocess does not allocate and renders the 28x28 frame at most three
// times, so it can run every frame while the user draws. RenderPad writes
// into a caller's buffer. Programmer errors (a destination too small for
// RenderPad, a nil destination for Preprocess) panic with a "pad:" prefix;
// nothing a user can draw or a script can send causes a panic.
//
// A Drawing is not safe for concurrent use. The package has no global
// mutable state.
package pad
