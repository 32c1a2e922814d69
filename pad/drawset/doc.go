// Package drawset generates drawings for measuring how well Digit Lab reads
// what people draw on the pad: digits written in many ways, and drawings
// that are not digits at all. cmd/padbench reports a network's accuracy on
// them; the pad package's verdict tests use them too.
//
// # What is drawn
//
// A digit is a shape family ("4/open", "4/closed", "7/bar", "1/flag-base",
// "6/small-loop", "2/loop", ...: the ways people write each digit, see
// digitShapes) drawn with a pen (Pens): plain, shaky, retraced (a stroke
// gone over twice), outlined (the border of a thick letter), cursive (one
// stroke with a lead-in and a tail), overlapping (a stroke lifted and
// restarted a little way back), or doubled (each stroke drawn twice side by
// side). Its proportions vary, and it is placed at a random size, from a
// corner scribble 28 pad units tall to the full pad, anywhere on the pad,
// stretched, slanted and rotated (up to 20 degrees). Strokes are then
// sampled as a mouse reports them, a point every few pad units with a
// little jitter, in the coordinates Drawing.AddStrokes and the page's
// drawStrokes take.
//
// Non-digits are letters that look like no digit, shapes (triangles,
// squares, stars, hearts, arrows), doodles (faces, suns, flowers, clouds,
// houses), scribbles, zigzags, waves, random walks, spirals, hatching and
// cross-hatching, and scattered dashes, with the same pens and placements.
//
// Pen width is not drawn: Preprocess draws every drawing with the same
// pen, NetPenWidth pixels in the normalized frame, whatever the display pen
// was, so thin and thick pens give the network the same image. Outlined and
// doubled shapes are what a thick pen's look does to a drawing.
//
// # Tuning and held out
//
// Part Tuning holds the families and pens that are not held out, from the
// caller's seed. Part HeldOut holds all of them, from the seed plus
// HeldOutSeedBase, so no held-out drawing is ever in a tuning set. The
// held-out families (HeldOutFamilies) are one shape per digit (0/egg,
// 1/serif-top, 2/wavy-base, 3/cusp, 4/open-crossed, 5/hat-last-flat,
// 6/two-strokes, 7/curved-stem, 8/snowman, 9/two-strokes), the pen
// "double", and the non-digit families letters-round, spiral, crosshatch,
// house, dashes, lightning, fish, tree, envelope, circled-cross, eye and
// moon. Thresholds are set from digits of the tuning part and MNIST's
// training images. The held-out non-digit families are no longer unseen:
// their figures were looked at while pad.Checker's subspace test was
// designed (pooling, number of components, which percentile of digits),
// so they report how the verdict does on families it was compared on, not
// how it generalizes. The held-out digit families and pen still serve for
// reporting only.
//
// Part Final holds sixteen more non-digit families (FinalFamilies: math
// signs, punctuation, Greek letters, cursive words, a mug, a key, an
// umbrella, a stick figure, music notes, a check mark, a hexagram, a square
// spiral, a car, a cat's face, a curved arrow, a sailboat), from the seed
// plus 2*HeldOutSeedBase. They were written before pad.Checker's subspace
// test was designed, and the verdict and its limits were frozen before
// they were first measured (cmd/padbench -final), so they are the clean
// measure of how it does on non-digits nobody designed it for. A verdict
// changed after that is no longer measured cleanly by them.
//
// Part Fresh holds only digits: 39 more shape families (FreshFamilies)
// weighted towards 6 and 9 (loops large and small, open and barely closed,
// long and short tails, a 9 with a straight stem, a 6 written like "b"),
// with open and closed 4s, 7s with a bar, 1s with a flag and a base, 2s
// with a loop, and pens of their own: the hollow contour of a thick letter
// with round ends, broad-nib gothic letters in outline, twin lines,
// joined-up writing, a heavily shaking hand, and strokes that overshoot
// their ends. It is drawn from the seed plus 3*HeldOutSeedBase. It was
// written to be harder than the other parts, after an independent set of
// people's drawings read far worse than they do, and before any network
// was measured on it; its shapes were checked by eye only for looking like
// the digit they are meant to be. It is for reporting only: a network or a
// verdict tuned on its figures would make them meaningless.
//
// The blind set (BlindDigits, BlindOthers) holds 29 more digit families,
// eight pens (sloppy, broken, sketched, bold, corrected, tilted, squashed,
// plain) and 16 non-digit families (BlindFamilies), in no Part, written
// after every part above had been looked at. It has two halves drawn from
// different seeds: BlindTuning may be looked at while changing the
// verdict; BlindHeldOut is measured once, when it is frozen.
//
// The outside sets (OutsideDigits; OutsideVDigits and OutsideVOthers for
// the verdict) hold 50 more digit families, 33 non-digit families and
// seven pens (Halves.Families), written after every set above had been
// looked at or measured, by someone who had tuned nothing on any of them.
// Like the sealed sets they have a tuning half, OutsideTune, and a
// held-out half, OutsideHeld, drawn from other seeds and measured once.
//
// The fonts sets (LoadFonts) and the hands sets (LoadHands) are drawn from
// font files Debian installs, read at run time: the fonts sets from the
// Hershey stroke fonts and the traced outlines of the DejaVu faces, the
// hands sets from the centre lines of handwriting fonts (real people's
// hands among them), thinned to a skeleton and walked as a pen walks it.
// Both were written by someone who ran no classifier on them, checked by
// eye on contact sheets, and are halved by font, so no glyph is in both
// halves; the held-out halves are measured once before and once after a
// change. The scribes sets (LoadScribes) are drawn the same way from 13
// more hands, in fonts neither of those uses, written after both had
// been measured, with a little more variety in how the hand puts the
// strokes down (their order, a loop's direction, a pen lift).
//
// The writers sets (WritersDigits; WritersVDigits and WritersVOthers for
// the verdict) are drawn by 32 synthetic writers, each a person whose
// style persists from drawing to drawing: the ways they write each digit
// (40 allographs, written from how people write: 1s plain, flagged, with
// a base or continental, 2s with or without a loop, 4s open, closed or
// in one stroke, 5s hat first or last, 8s in one stroke or two circles,
// and so on), their size and place on the pad, slant (-25 to +30
// degrees), proportions, speed, fluency, tremor, care, loop size, how
// well they close a loop, stroke order and device (mouse, finger, stylus
// or trackpad). A motor model moves the hand through each drawing's
// via-points in overlapping minimum-jerk movements, so corners round off
// as fluently as the writer writes and loops close only as well as they
// aim, and the strokes are sampled as the device's pointer reports them,
// its events further apart where the hand is fast. Their non-digits
// (letters unlike digits, two words, symbols, marks, shapes, doodles,
// scribbles) come from the same writers and hands. They were written
// after every other set's held-out half had been measured, by someone
// who ran no classifier on them: every drawing was judged only on
// contact sheets (TestWritersSheet), and the set was frozen before
// anything read it. The halves hold different writers (13 of the 32 held
// out, by a rule fixed before any drawing was made), one allograph of
// each digit is written only by held-out writers, and each half has its
// own seeds (the seed plus 36 to 39 times HeldOutSeedBase). WritersTune
// may be looked at and tuned on; WritersHeld is measured once.
//
// The strangers sets (StrangersDigits; StrangersVDigits and
// StrangersVOthers for the verdict) were written in session 23, on
// 2026-12-06, by a helper who did not read any other set's families,
// so that they hold styles the other sets may not: 57 digit families
// (five or six ways of writing each digit: slashed and dotted zeros, a
// continental 1, a cursive 2 with a looped base, a flat-topped 3, a 4
// with a curved arm, a 5 with a squared belly, a 7 with a crossbar, an 8
// begun at its waist, a 9 with a hooked stem, ...), 20 non-digit
// families (doodles, shapes, marks, two letters, a word and a
// signature) and seven pens (a mouse, a fast mouse, a stylus, a finger
// on a phone, a trackpad, and retraced or gone-over strokes). Every
// drawing was judged by eye on contact sheets (TestStrangersSheet), and
// no network, pad.Reader or pad.Checker read the set before it was
// first measured. The halves are split by family, by a list fixed
// before any drawing was made: the held-out half holds only families
// the tuning half never draws, every digit having families in both, and
// its own pens but the mouse, which both share. Each half has its own
// seeds: the seed plus 40 (tuning) or 41 (held-out) times
// HeldOutSeedBase for the drawn digits, 42 or 43 times it for the
// verdict set. StrangersTune may be looked at and tuned on;
// StrangersHeld is measured once.
//
// The families were designed from how people write, before any network or
// verdict was measured on them, and are not changed to make figures look
// better.
//
// # Determinism
//
// Drawing i of a set depends only on the seed, the part (or half) and i,
// so sets are reproducible and a larger n extends a smaller one. A set's
// digits come with the labels in turn, 0, 1, ..., 9, 0, ..., so that every
// digit counts the same; its non-digits with the families in turn. A seed
// must be below HeldOutSeedBase and a half one of the set's two (Tune or
// Held, which each set also names after itself: SealedTune, ...): any
// other panics, since it would draw from another set's seeds. Every set
// in two halves but the blind and unseen ones is drawn through Halves.
// The generator uses float64 math (sines for arcs and wobbles), so it is
// meant to run natively; to replay the same drawings elsewhere, export
// them (cmd/padbench -export).
package drawset
