//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"slices"
	"syscall/js"

	"digitlab/mnist"
	"digitlab/nn"
	"digitlab/trainer"
)

// The training data comes in two files that public/worker.js starts
// fetching before this module runs, the same files that package assets
// embeds for the desktop: mnist.bin (the first 20,000 training images and
// the first 2,000 test images) and mnist-more.bin (the other 40,000
// training images and the other 8,000 test images). Training starts on the
// first while the second arrives. The engine validates on at most 2,000
// images (trainer.Options' default ValLimit), the first file's, as the
// desktop's does, so the second file's test images are not used here.
// The two hold all of MNIST's training images, nn.MaxTrainSize.
const (
	firstFile = 0
	moreFile  = 1
)

// load waits for data file i and decodes it.
func load(i int, name string) (*mnist.Bundle, error) {
	raw, err := fetched(i)
	if err != nil {
		return nil, err
	}
	b, err := mnist.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return b, nil
}

// growLater waits for mnist-more.bin and queues a grow command with all the
// training images, first's followed by its. If the file cannot be had, it
// posts a notice and queues a grow that says no more images will come.
func growLater(first nn.Dataset, queue *trainer.Queue, post func(map[string]any, ...any)) {
	more, err := load(moreFile, "mnist-more.bin")
	if err != nil {
		post(map[string]any{"type": "notice", "message": fmt.Sprintf("only %d training images: %v", first.Len(), err)})
		queue.Push(trainer.Command{Op: trainer.OpGrow, Train: &first})
		return
	}
	all := nn.Dataset{
		Pixels: slices.Concat(first.Pixels, more.Train.Images),
		Labels: slices.Concat(first.Labels, more.Train.Labels),
	}
	queue.Push(trainer.Command{Op: trainer.OpGrow, Train: &all})
}

// fetched waits for the bytes of data file i from worker.js's
// digitlabData(i), a promise of a Uint8Array. Blocking here lets the
// event loop run, so the worker goes on answering the page meanwhile.
func fetched(i int) ([]byte, error) {
	get := js.Global().Get("digitlabData")
	if get.Type() != js.TypeFunction {
		return nil, errors.New("worker.js does not provide the data files (digitlabData)")
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		arr := args[0]
		data := make([]byte, arr.Get("byteLength").Int())
		js.CopyBytesToGo(data, arr)
		done <- result{data: data}
		return nil
	})
	defer then.Release()
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- result{err: errors.New(js.Global().Get("String").Invoke(args[0]).String())}
		return nil
	})
	defer catch.Release()
	get.Invoke(i).Call("then", then, catch)
	r := <-done
	return r.data, r.err
}
