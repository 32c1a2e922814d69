//go:build unix

package main

import "syscall"

// openFileLimit returns the process's soft limit on open files, or 256 (a
// common small default) when it cannot be read.
func openFileLimit() uint64 {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return 256
	}
	return uint64(rl.Cur)
}
