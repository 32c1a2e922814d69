//go:build js && wasm

package main

import (
	"sync"
	"time"

	"digitlab/assets/fontatlas"
)

// lazyAtlas fetches the font atlas image of a device scale above 1 on first
// request (fontatlas.ImageFile, copied into public/ by make web): app.wasm
// is built with the lazyassets tag, which leaves those images out of it, and
// a screen needs one scale only. Get is game.Options.Atlas.
type lazyAtlas struct {
	mu     sync.Mutex
	images map[int][]byte // fetched, by scale
	asked  map[int]bool   // being fetched or fetched
}

func newLazyAtlas() *lazyAtlas {
	return &lazyAtlas{images: map[int][]byte{}, asked: map[int]bool{}}
}

// Get returns the image of a scale above 1 if it is in, and otherwise
// starts fetching it (once) and returns nil. Images embedded (in a build
// without the lazyassets tag) are returned at once.
func (l *lazyAtlas) Get(scale int) []byte {
	if data := fontatlas.Image(scale); data != nil {
		return data
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if data, ok := l.images[scale]; ok {
		return data
	}
	if !l.asked[scale] {
		l.asked[scale] = true
		go l.load(scale)
	}
	return nil
}

// load fetches the image of scale until it has it, waiting checkerRetry
// after a failure; the page draws its text with 1x glyphs meanwhile.
func (l *lazyAtlas) load(scale int) {
	for {
		data, err := fetchBytes(fontatlas.ImageFile(scale))
		if err == nil {
			l.mu.Lock()
			l.images[scale] = data
			l.mu.Unlock()
			return
		}
		consoleWarn("Digit Lab: could not load the sharp font for this screen, trying again: " + err.Error())
		time.Sleep(checkerRetry)
	}
}
