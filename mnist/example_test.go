package mnist_test

import (
	"fmt"
	"log"

	"digitlab/mnist"
)

func Example() {
	// Two training images, a blank "0" and a "1" drawn as a vertical bar,
	// and no test images.
	train := mnist.Set{Images: make([]uint8, 2*mnist.Pixels), Labels: []uint8{0, 1}}
	one := train.Image(1)
	for r := 4; r < 24; r++ {
		one[r*mnist.Cols+14] = 255
	}

	data, err := mnist.Encode(&mnist.Bundle{Train: train})
	if err != nil {
		log.Fatal(err)
	}
	b, err := mnist.Decode(data)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(b.Train.Len(), "train images,", b.Test.Len(), "test images")
	fmt.Println("ink pixels in image 1:", count(b.Train.Image(1)))
	// Output:
	// 2 train images, 0 test images
	// ink pixels in image 1: 20
}

func count(img []uint8) int {
	n := 0
	for _, v := range img {
		if v != 0 {
			n++
		}
	}
	return n
}

func ExampleSubset() {
	// A set of 30 images: digit i%10 at index i.
	s := mnist.Set{Images: make([]uint8, 30*mnist.Pixels), Labels: make([]uint8, 30)}
	for i := range s.Labels {
		s.Labels[i] = uint8(i % mnist.Classes)
	}
	sub, err := mnist.Subset(s, 2, 1)
	if err != nil {
		log.Fatal(err)
	}
	// Each block of ten holds every digit once.
	fmt.Println(sub.Labels[:10])
	fmt.Println(sub.Labels[10:])
	fmt.Println(sub.Histogram())
	// Output:
	// [7 5 9 2 3 4 8 0 1 6]
	// [0 3 4 6 2 9 5 8 1 7]
	// [2 2 2 2 2 2 2 2 2 2]
}
