//go:build !lazyassets

package fontatlas

import _ "embed"

//go:embed atlas@2x.png
var imagePNG2 []byte

//go:embed atlas@3x.png
var imagePNG3 []byte
