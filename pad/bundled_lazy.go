//go:build lazyassets

package pad

// NewChecker is not available in a build with the lazyassets tag, which
// leaves the checker's files (notdigit.model, digitspace.bin: about 0.11 MB
// compressed) out of the program so that the page module arrives sooner;
// the page fetches them once it runs and calls LoadChecker. It panics.
// The tag is for building the page module only: pad's tests need the
// bundled files.
func NewChecker() *Checker {
	panic("pad: this build has no bundled checker (lazyassets): fetch its files and call LoadChecker")
}
