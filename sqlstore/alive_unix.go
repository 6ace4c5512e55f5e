//go:build unix

package sqlstore

import (
	"errors"
	"syscall"
)

// processAlive reports whether a process with pid exists on this host
// (one of another user counts as alive).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
