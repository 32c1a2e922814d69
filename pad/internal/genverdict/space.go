package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"digitlab/pad"
)

// fitSpace fits, for each digit, the mean and the top pad.SpaceComponents
// principal components of its images pooled to pad.SpaceSide squared
// pixels, and returns them in the format pad.NewChecker reads. images holds
// 28x28 images scaled to [0, 1], labels their digits.
func fitSpace(images [][pad.NetPixels]float32, labels []uint8) ([]byte, error) {
	const dim = pad.SpaceSide * pad.SpaceSide
	var byClass [10][][dim]float32
	for i := range images {
		var v [dim]float32
		pad.Pool(&images[i], &v)
		byClass[labels[i]] = append(byClass[labels[i]], v)
	}
	var buf bytes.Buffer
	buf.WriteString(pad.SpaceMagic)
	for c, xs := range byClass {
		if len(xs) <= pad.SpaceComponents {
			return nil, fmt.Errorf("digit %d: %d images, too few for %d components", c, len(xs), pad.SpaceComponents)
		}
		mean := make([]float64, dim)
		for _, x := range xs {
			for i, v := range x {
				mean[i] += float64(v)
			}
		}
		for i := range mean {
			mean[i] /= float64(len(xs))
		}
		centred := mat.NewDense(len(xs), dim, nil)
		for r, x := range xs {
			for i, v := range x {
				centred.Set(r, i, float64(v)-mean[i])
			}
		}
		var cov mat.SymDense
		cov.SymOuterK(1, centred.T())
		var eig mat.EigenSym
		if !eig.Factorize(&cov, true) {
			return nil, fmt.Errorf("digit %d: the eigendecomposition failed", c)
		}
		var vecs mat.Dense
		eig.VectorsTo(&vecs)
		out := append([]float64(nil), mean...)
		for j := 0; j < pad.SpaceComponents; j++ { // eigenvalues ascend: the last columns are the top components
			out = append(out, mat.Col(nil, dim-1-j, &vecs)...)
		}
		for _, v := range out {
			q := int16(math.Round(max(-1, min(1, v)) * pad.SpaceScale))
			binary.Write(&buf, binary.LittleEndian, q)
		}
	}
	return buf.Bytes(), nil
}
