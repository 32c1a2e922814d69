// Package ui is the display-free logic of Digit Lab's screen: rectangles
// and the position functions that lay the screen out, the value lists the
// controls step through, which trainer command a config change needs, the
// axes and "nice" tick values of the charts, and the number formats.
//
// It imports no graphics library, so its tests run without a display;
// package game draws what it computes.
package ui
