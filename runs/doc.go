// Package runs keeps the recent training runs of a session so that the app
// can compare them: their validation curves overlaid, what each changed
// from the current config, their best accuracy, epochs and time. It also
// turns a list of runs into one URL query value, so that a comparison can
// be shared as a link. It is pure Go (no ebiten), so it tests headless.
//
// # The book
//
// A Book holds the last Cap runs plus one pinned baseline, which is kept
// however old it gets: the point of a baseline is to compare later runs
// against it. The current run (the one training now) is never evicted
// either. Runs are numbered 1, 2, 3… in the order they
// started; shared runs get fresh numbers when they are added, so a number
// never names two runs. Version increments on every change, so a UI can
// redraw its chart and table only when the book changed.
//
// Each run keeps a curve of at most MaxPoints validation points, evenly
// thinned with the first and last kept: that bounds the memory of a long
// session and the length of a shared link, and 40 points are as many as a
// chart overlay can show apart.
//
// # Sharing
//
// Encode writes runs as base64url (no padding) of a small versioned binary
// form, so the value needs no further URL escaping. Each run carries its
// config as the compact string with default keys left out (to keep links
// short; the link's own config, link.Query, writes every key), its flags, best
// accuracy, epochs, seconds and curve. Numbers are quantized: accuracies to
// 1/10000, epochs to 1/100, seconds to 1/10. Samples are written as
// differences in units of their greatest common divisor, and accuracies as
// differences from the previous point, so a typical 40-point run takes well
// under 400 characters.
//
// Decode trusts nothing: it never panics, bounds the input length, the
// number of runs (MaxShared) and of points (MaxPoints), and validates every
// value (configs through nn.ParseConfig, accuracies 0..1, samples
// non-decreasing); its errors name the run and the field that is wrong.
// Decode(Encode(rs)) returns rs up to quantization, marked Shared.
package runs
