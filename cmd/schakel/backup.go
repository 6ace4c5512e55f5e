package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/vault"
)

// runBackup writes a consistent backup of a running or stopped database.
func runBackup(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	var keysPath string
	registerKeys(fs, &keysPath)
	out := fs.String("out", "", "the backup file to write")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageError{"--out is required"}
	}
	if _, err := os.Stat(*out); err == nil {
		return usageError{fmt.Sprintf("--out %s exists; choose a new file", *out)}
	}
	// A key file, when there is one, must be this database's: a backup is
	// only of use with the keys it will be read with.
	db, _, err := openDB(ctx, *dbURL, sqlstore.Options{}, keysPath, keysOptional, stdout)
	if err != nil {
		return err
	}
	defer db.Close()
	// Write to a temporary file and rename it: a failed backup leaves no
	// file that looks whole.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".schakel-backup-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	st, err := db.Backup(ctx, tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup written to %s: %d tables, %d rows\n", *out, st.Tables, st.Rows)
	return nil
}

// runRestore reads a backup into a fresh database.
func runRestore(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "the fresh database to restore into (SCHAKEL_DB)")
	var keysPath string
	registerKeys(fs, &keysPath)
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() != 1 {
		return usageError{"usage: schakel restore [--db URL] FILE"}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return usageError{err.Error()}
	}
	defer f.Close()
	keys, err := readKeys(keysPath)
	if err != nil && !errors.Is(err, vault.ErrNoKeys) {
		return fmt.Errorf("%s: %w", keysSource(keysPath), err)
	}
	// The target is opened without the keys: it is empty, and it is the
	// backup's data (with its key canaries) they must open.
	db, err := sqlstore.Open(ctx, *dbURL)
	if err != nil {
		return err
	}
	defer db.Close()
	var st sqlstore.BackupStats
	if keys != nil {
		st, err = db.RestoreWithKeys(ctx, f, keys)
	} else {
		st, err = db.Restore(ctx, f)
	}
	if err != nil {
		return keysError(keysPath, err)
	}
	fmt.Fprintf(stdout, "restored %d tables, %d rows\n", st.Tables, st.Rows)
	if keys == nil {
		fmt.Fprintf(stdout, "no key file at %s: the restored data was not checked against its keys (serve checks them at start)\n", keysPath)
	} else {
		fmt.Fprintf(stdout, "the restored data opens with %s\n", keysSource(keysPath))
	}
	return nil
}
