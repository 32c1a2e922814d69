//go:build !lazyassets

package pad

import (
	_ "embed"
	"fmt"
)

// notDigitModel is the network genverdict trained: output 1 is "not a
// digit".
//
//go:embed notdigit.model
var notDigitModel []byte

// digitSpaceFile holds the digits' subspaces genverdict fitted.
//
//go:embed digitspace.bin
var digitSpaceFile []byte

// NewChecker loads the bundled files. It panics if one is damaged, which
// is a build error, not something a user can cause.
func NewChecker() *Checker {
	c, err := LoadChecker(notDigitModel, digitSpaceFile)
	if err != nil {
		panic(fmt.Sprintf("pad: a bundled file is damaged: %v", err))
	}
	return c
}
