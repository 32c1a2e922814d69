//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"syscall/js"

	"digitlab/mnist"
	"digitlab/nn"
	"digitlab/trainer"
)

// The training data comes in two files that public/worker.js fetches, the
// same files that package assets embeds for the desktop: mnist.bin (the
// first 20,000 training images and the first 2,000 test images), fetched
// beside this module and decoded here as its pieces arrive, and
// mnist-more.bin (the other 40,000 training images and the other 8,000
// test images). Training starts on the first while the second arrives. A run validates on the first file's
// 2,000 test images (trainer.Options' default ValLimit) unless it trains on
// more than trainer.WholeValAbove images: it then waits for the second
// file, and validates on all 10,000, as on the desktop.
//
// Both are decoded into one buffer, where the training images end up
// contiguous (nn.Dataset needs them so) without a decoded copy of each file
// and a joined copy existing at once: WebAssembly memory never shrinks, so
// the peak is what the worker keeps.
const (
	firstFile = 0
	moreFile  = 1
	// drawnFile is drawn.bin, the drawn digits a config with drawn on
	// mixes in (assets.Drawn on the desktop), fetched with mnist-more.bin.
	drawnFile = 2
	// room is the images the buffer holds: all of MNIST's training
	// images (nn.MaxTrainSize) and its 10,000 test images, which end up
	// after the training images in MNIST's order.
	room = nn.MaxTrainSize + 10000
)

// pageData is what the worker trains on, and the buffer the training
// images live in.
type pageData struct {
	train, val nn.Dataset
	buf        []byte
}

// loadFirst decodes mnist.bin as its pieces arrive into a new buffer: the
// training images at its start, the test images copied out (their place is
// the second file's).
func loadFirst() (pageData, error) {
	buf := make([]byte, room*mnist.Pixels)
	b, err := mnist.DecodeStream(&pieces{}, buf)
	if err != nil {
		return pageData{}, err
	}
	val := nn.Dataset{Pixels: slices.Clone(b.Test.Images), Labels: b.Test.Labels}
	clear(b.Test.Images)
	return pageData{train: nn.Dataset{Pixels: b.Train.Images, Labels: b.Train.Labels}, val: val, buf: buf}, nil
}

// growLater waits for mnist-more.bin, decodes it into d.buf after the
// first file's training images, letting the event loop (and so training)
// run between chunks of images, and queues a grow command with all the
// training and test images. If the file cannot be had, it posts a notice and queues
// a grow that says no more images will come.
func growLater(d pageData, queue *trainer.Queue, post func(map[string]any, ...any)) {
	all, val, err := loadMore(d)
	if err != nil {
		post(map[string]any{"type": "notice", "message": fmt.Sprintf("only %d training images: %v", d.train.Len(), err)})
		queue.Push(trainer.Command{Op: trainer.OpGrow, Train: &d.train})
		return
	}
	queue.Push(trainer.Command{Op: trainer.OpGrow, Train: &all, Val: &val})
}

// loadMore waits for mnist-more.bin and returns the training images and
// the test images of both files. The engine's run reads only the first
// file's training images, which the decoding leaves alone; the second
// file's test images move up in the buffer to make room for the first
// file's before them.
func loadMore(d pageData) (train, val nn.Dataset, err error) {
	raw, err := fetched(moreFile)
	if err != nil {
		return train, val, err
	}
	nTrain, nTest, err := mnist.Counts(raw)
	if err != nil {
		return train, val, fmt.Errorf("mnist-more.bin: %w", err)
	}
	start := d.train.Len() * mnist.Pixels
	end := start + (nTrain+nTest)*mnist.Pixels
	if end+len(d.val.Pixels) > len(d.buf) {
		return train, val, fmt.Errorf("mnist-more.bin holds %d images, more than the %d expected", nTrain+nTest, room-d.train.Len()-d.val.Len())
	}
	b, err := mnist.DecodeIntoPausing(raw, d.buf[start:end], newYielder())
	if err != nil {
		return train, val, fmt.Errorf("mnist-more.bin: %w", err)
	}
	trainEnd := start + nTrain*mnist.Pixels
	copy(d.buf[trainEnd+len(d.val.Pixels):], d.buf[trainEnd:end])
	copy(d.buf[trainEnd:], d.val.Pixels)
	train = nn.Dataset{Pixels: d.buf[:trainEnd], Labels: slices.Concat(d.train.Labels, b.Train.Labels)}
	val = nn.Dataset{Pixels: d.buf[trainEnd : end+len(d.val.Pixels)], Labels: slices.Concat(d.val.Labels, b.Test.Labels)}
	return train, val, nil
}

// drawnLater waits for drawn.bin, decodes it and queues it (OpDrawn). If
// it cannot be had, it posts a notice and queues an OpDrawn that says none
// will come: a run with drawn on is then refused with a clear error.
func drawnLater(queue *trainer.Queue, post func(map[string]any, ...any)) {
	d, err := loadDrawn()
	if err != nil {
		post(map[string]any{"type": "notice", "message": fmt.Sprintf("no drawn digits to mix in: %v", err)})
		queue.Push(trainer.Command{Op: trainer.OpDrawn})
		return
	}
	queue.Push(trainer.Command{Op: trainer.OpDrawn, Drawn: &d})
}

// loadDrawn waits for drawn.bin and decodes it.
func loadDrawn() (nn.Dataset, error) {
	raw, err := fetched(drawnFile)
	if err != nil {
		return nn.Dataset{}, err
	}
	b, err := mnist.Decode(raw)
	if err != nil {
		return nn.Dataset{}, fmt.Errorf("drawn.bin: %w", err)
	}
	return nn.Dataset{Pixels: b.Train.Images, Labels: b.Train.Labels}, nil
}

// fetched waits for the bytes of data file i from worker.js's
// digitlabData(i), a promise of a Uint8Array.
func fetched(i int) ([]byte, error) {
	get := js.Global().Get("digitlabData")
	if get.Type() != js.TypeFunction {
		return nil, errors.New("worker.js does not provide the data files (digitlabData)")
	}
	arr, err := await(get.Invoke(i))
	if err != nil {
		return nil, err
	}
	data := make([]byte, arr.Get("byteLength").Int())
	js.CopyBytesToGo(data, arr)
	return data, nil
}

// pieces reads mnist.bin as it arrives, a piece at a time, from
// worker.js's digitlabDataChunk(), a promise of the next piece (a
// Uint8Array) or of null after the last.
type pieces struct {
	piece []byte // what is left of the piece being read
	buf   []byte // the memory the pieces are copied into
	err   error  // io.EOF after the last piece, or why the download failed
}

func (p *pieces) Read(b []byte) (int, error) {
	for len(p.piece) == 0 {
		if p.err != nil {
			return 0, p.err
		}
		p.err = p.next()
	}
	k := copy(b, p.piece)
	p.piece = p.piece[k:]
	return k, nil
}

// next waits for the next piece.
func (p *pieces) next() error {
	get := js.Global().Get("digitlabDataChunk")
	if get.Type() != js.TypeFunction {
		return errors.New("worker.js does not provide the data files (digitlabDataChunk)")
	}
	arr, err := await(get.Invoke())
	if err != nil {
		return err
	}
	if arr.IsNull() {
		return io.EOF
	}
	n := arr.Get("byteLength").Int()
	if cap(p.buf) < n {
		p.buf = make([]byte, n)
	}
	p.piece = p.buf[:n]
	js.CopyBytesToGo(p.piece, arr)
	return nil
}

// await waits for promise and returns its value, or its rejection as an
// error. Blocking here lets the event loop run, so the worker goes on
// answering the page meanwhile.
func await(promise js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{v: args[0]}
		return nil
	})
	defer then.Release()
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{err: errors.New(js.Global().Get("String").Invoke(args[0]).String())}
		return nil
	})
	defer catch.Release()
	promise.Call("then", then, catch)
	r := <-done
	return r.v, r.err
}
