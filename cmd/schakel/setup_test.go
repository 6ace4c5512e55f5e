package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schakel-nl/schakel/vault"
)

// TestMain gives the commands under test a key file of their own instead
// of ./data/keys.json in the source tree. It is made here, before any
// test runs: tests run in parallel, and two commands that each made it on
// first use would write different keys to the one file.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "schakel-cmd-test-")
	if err != nil {
		panic(err)
	}
	path := filepath.Join(dir, "keys.json")
	keys, err := vault.Generate("schakel")
	if err == nil {
		err = keys.Save(path)
	}
	if err != nil {
		panic(err)
	}
	os.Setenv("SCHAKEL_KEYS", path)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
