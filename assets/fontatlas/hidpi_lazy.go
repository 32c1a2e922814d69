//go:build lazyassets

package fontatlas

// The 2x and 3x images are left out of a build with the lazyassets tag (the
// page module: about 0.17 MB of it), for the page fetches only the one its
// screen needs (see Image).
var imagePNG2, imagePNG3 []byte
