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

// The keys never enter the database: they come from a file (--keys,
// SCHAKEL_KEYS) or, for platforms that inject secrets, from the
// environment variable SCHAKEL_KEYS_JSON holding the file's content.
const keysJSONEnv = "SCHAKEL_KEYS_JSON"

func registerKeys(fs *flag.FlagSet, path *string) {
	fs.StringVar(path, "keys", envOr("SCHAKEL_KEYS", "./data/keys.json"),
		"key file: encryption, index and audit signing keys; keep it outside the database and its backups (SCHAKEL_KEYS, or the content in "+keysJSONEnv+")")
}

// loadKeys reads the keys. When there are none yet and the database holds
// no sealed record, it makes them and saves them at path: the first start
// of a fresh installation. Keys missing for a database that has sealed
// records is an error: starting with new keys would make that data
// unreadable.
func loadKeys(ctx context.Context, path string, db *sqlstore.DB, stdout io.Writer) (*vault.Vault, error) {
	v, err := readKeys(path)
	if !errors.Is(err, vault.ErrNoKeys) {
		return v, err
	}
	n, err := db.SealedRecords(ctx)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		return nil, fmt.Errorf("key file %s not found, but the database holds %d sealed records: restore the key file (or set %s)", path, n, keysJSONEnv)
	}
	if v, err = vault.Generate("schakel"); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := v.Save(path); err != nil {
		return nil, err
	}
	fmt.Fprintf(stdout, "created new keys in %s: keep a copy apart from the database backups; without it the data cannot be read\n", path)
	return v, nil
}

// openDB opens the database at url and brings it up to date; a migration
// that must convert stored data with the keys (sealing what an older
// version stored in the clear, binding existing rows) gets them from
// loadKeys.
func openDB(ctx context.Context, url, keysPath string, o sqlstore.Options, stdout io.Writer) (*sqlstore.DB, error) {
	o.Keys = func(ctx context.Context, db *sqlstore.DB) (*vault.Vault, error) {
		return loadKeys(ctx, keysPath, db, stdout)
	}
	return sqlstore.OpenWith(ctx, url, o)
}

// readKeys reads the keys from the environment, or else from the file;
// vault.ErrNoKeys when there are none.
func readKeys(path string) (*vault.Vault, error) {
	if j := os.Getenv(keysJSONEnv); j != "" {
		return vault.Parse([]byte(j))
	}
	return vault.Open(path)
}

// runKeys: schakel keys rotate [--index] | schakel keys verifier.
func runKeys(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || (args[0] != "rotate" && args[0] != "verifier") {
		return usageError{"usage: schakel keys rotate [--index] --keys FILE --db URL | schakel keys verifier --keys FILE"}
	}
	fs := flag.NewFlagSet("keys", flag.ContinueOnError)
	var path string
	registerKeys(fs, &path)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	index := fs.Bool("index", false, "rotate the blind-index key instead of the encryption key")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if os.Getenv(keysJSONEnv) != "" && args[0] == "rotate" {
		return usageError{"keys from " + keysJSONEnv + " cannot be rotated in place: rotate a key file and put its new content in the environment"}
	}
	v, err := readKeys(path)
	if errors.Is(err, vault.ErrNoKeys) {
		return usageError{"no key file at " + path}
	}
	if err != nil {
		return err
	}
	if args[0] == "verifier" {
		fmt.Fprintln(stdout, v.VerifierKey())
		return nil
	}
	db, err := openDB(ctx, *dbURL, path, sqlstore.Options{}, stdout)
	if err != nil {
		return err
	}
	defer db.Close()
	kind, what := sqlstore.JobRewrapKeys, "encryption"
	rotate := v.RotateEncryption
	if *index {
		kind, what, rotate = sqlstore.JobReindexPersons, "index", v.RotateIndex
	}
	id, err := rotate()
	if err != nil {
		return err
	}
	// The file first: a job that ran before the file had the new key
	// would find nothing to do with it.
	if err := v.Save(path); err != nil {
		return err
	}
	if err := db.Enqueue(ctx, kind); err != nil {
		return fmt.Errorf("new key saved, but the background job was not queued (run the command again): %w", err)
	}
	fmt.Fprintf(stdout, "new primary %s key %d; the running servers move every record to it in the background (job %s)\n", what, id, kind)
	return nil
}
