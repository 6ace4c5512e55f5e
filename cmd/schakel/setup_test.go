package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMain gives the commands under test a key file of their own, made on
// first use, instead of ./data/keys.json in the source tree.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "schakel-cmd-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("SCHAKEL_KEYS", filepath.Join(dir, "keys.json"))
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
