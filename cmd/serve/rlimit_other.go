//go:build !unix

package main

// openFileLimit returns 512: systems without RLIMIT_NOFILE (Windows) limit
// sockets by memory rather than by a small per-process count.
func openFileLimit() uint64 { return 512 }
