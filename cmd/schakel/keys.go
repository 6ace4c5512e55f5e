package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"

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

// keysMode says what a command does when there is no key file.
type keysMode int

const (
	// keysCreate makes new keys for a database that needs none yet: the
	// first start of a fresh installation (serve, user add, audit).
	keysCreate keysMode = iota
	// keysOptional goes on without keys (migrate, backup): they only
	// check a key file that is there.
	keysOptional
	// keysRequired refuses to run without a key file (keys rotate, retire).
	keysRequired
	// keysToConvert makes keys only when a migration must convert stored
	// data with them (migrate of a database from before keys).
	keysToConvert
)

// openDB opens the database and its keys. A key file that does not belong
// to the database (another installation's, or one older than the last
// rotation) is refused before any migration runs and before anything is
// read or written with it; on its first start with a key file the
// database records the key canaries that later starts check. Without a
// key file, mode decides; keys missing for a database that holds sealed
// records (or was set up with keys) is always an error: starting with new
// keys would make that data unreadable.
func openDB(ctx context.Context, dbURL string, o sqlstore.Options, path string, mode keysMode, stdout io.Writer) (*sqlstore.DB, *vault.Vault, error) {
	v, err := readKeys(path)
	switch {
	case err == nil:
		o.Keys = v
		db, err := sqlstore.OpenWith(ctx, dbURL, o)
		if err != nil {
			return nil, nil, keysError(path, err)
		}
		return db, v, nil
	case !errors.Is(err, vault.ErrNoKeys):
		return nil, nil, fmt.Errorf("%s: %w", keysSource(path), err)
	case mode == keysRequired:
		return nil, nil, usageError{"no key file at " + path}
	}
	// No key file. A migration that must convert stored data (seal what
	// an older version kept in the clear, bind existing rows) makes the
	// keys it needs, as a first start would, except for a command that
	// only reads (backup): that one refuses and says to migrate.
	var made *vault.Vault
	if mode != keysOptional {
		o.NewKeys = func(ctx context.Context, db *sqlstore.DB) (*vault.Vault, error) {
			v, err := newKeys(ctx, db, path, stdout)
			made = v
			return v, err
		}
	}
	db, err := sqlstore.OpenWith(ctx, dbURL, o)
	if err != nil {
		return nil, nil, err
	}
	if made != nil || mode == keysOptional || mode == keysToConvert {
		return db, made, nil
	}
	v, err = newKeys(ctx, db, path, stdout)
	if err == nil {
		err = db.EnsureKeys(ctx, v)
	}
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, v, nil
}

// newKeys makes the keys of a database that has none yet and saves them
// at path; keys missing for a database that holds sealed records (or was
// set up with keys) is an error: new keys would make that data
// unreadable.
func newKeys(ctx context.Context, db *sqlstore.DB, path string, stdout io.Writer) (*vault.Vault, error) {
	inUse, err := db.KeysInUse(ctx)
	if err != nil {
		return nil, err
	}
	if inUse {
		n, _ := db.SealedRecords(ctx)
		return nil, fmt.Errorf("key file %s not found, but the database holds %d sealed records and was set up with keys: restore the key file (or set %s)", path, n, keysJSONEnv)
	}
	v, err := vault.Generate("schakel")
	if err != nil {
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

// keysSource names where the keys came from, for messages.
func keysSource(path string) string {
	if os.Getenv(keysJSONEnv) != "" {
		return "the keys in " + keysJSONEnv
	}
	return "key file " + path
}

// keysBelong says of the keys at path that they do (or, not, do not)
// belong to the database.
func keysBelong(path string, not bool) string {
	verb := map[bool]string{false: "belongs", true: "does not belong"}
	if os.Getenv(keysJSONEnv) != "" {
		verb = map[bool]string{false: "belong", true: "do not belong"}
	}
	return keysSource(path) + " " + verb[not] + " to this database"
}

// keysError explains a key file that the database refused.
func keysError(path string, err error) error {
	var km *sqlstore.KeyMismatchError
	if !errors.As(err, &km) {
		return err
	}
	return fmt.Errorf("%s: %s. Start with the key file this database was set up with "+
		"(or the one `schakel keys rotate` last saved for it); nothing was read, migrated or written with this one", keysBelong(path, true), km.Reason)
}

// readKeys reads the keys from the environment, or else from the file;
// vault.ErrNoKeys when there are none.
func readKeys(path string) (*vault.Vault, error) {
	if j := os.Getenv(keysJSONEnv); j != "" {
		return vault.Parse([]byte(j))
	}
	return vault.Open(path)
}

const keysUsage = "usage: schakel keys rotate [--index] --keys FILE --db URL | schakel keys retire [--index] [KEYID] --keys FILE --db URL | schakel keys verifier --keys FILE"

// runKeys: schakel keys rotate [--index] | keys retire [--index] [KEYID] |
// keys verifier.
func runKeys(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 || (args[0] != "rotate" && args[0] != "retire" && args[0] != "verifier") {
		return usageError{keysUsage}
	}
	fs := flag.NewFlagSet("keys", flag.ContinueOnError)
	var path string
	registerKeys(fs, &path)
	dbURL := fs.String("db", envOr("SCHAKEL_DB", "./data/schakel.db"), "database URL (SCHAKEL_DB)")
	index := fs.Bool("index", false, "the blind-index key instead of the encryption key")
	fs.SetOutput(io.Discard)
	// retire takes one key id, before or after the flags.
	rest := args[1:]
	var keyArg string
	if err := fs.Parse(rest); err != nil {
		return usageError{err.Error()}
	}
	if args[0] == "retire" && fs.NArg() > 0 {
		keyArg = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return usageError{err.Error()}
		}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q; %s", fs.Arg(0), keysUsage)}
	}
	if os.Getenv(keysJSONEnv) != "" && args[0] != "verifier" {
		return usageError{"keys from " + keysJSONEnv + " cannot be changed in place: change a key file with this command and put its new content in the environment"}
	}
	if args[0] == "verifier" {
		v, err := readKeys(path)
		if errors.Is(err, vault.ErrNoKeys) {
			return usageError{"no key file at " + path}
		}
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, v.VerifierKey())
		return nil
	}
	var id uint32
	if keyArg != "" {
		n, err := strconv.ParseUint(keyArg, 10, 32)
		if err != nil {
			return usageError{fmt.Sprintf("KEYID %q is not a key id (a number, as `schakel keys rotate` printed it)", keyArg)}
		}
		id = uint32(n)
	}
	db, v, err := openDB(ctx, *dbURL, sqlstore.Options{}, path, keysRequired, stdout)
	if err != nil {
		return err
	}
	defer db.Close()
	if args[0] == "retire" {
		return retireKeys(ctx, db, v, path, *index, keyArg != "", id, stdout)
	}
	kind, what := sqlstore.JobRewrapKeys, "encryption"
	rotate := v.RotateEncryption
	if *index {
		kind, what, rotate = sqlstore.JobReindexPersons, "index", v.RotateIndex
	}
	id, err = rotate()
	if err != nil {
		return err
	}
	// The file first: a job that ran before the file had the new key
	// would find nothing to do with it.
	if err := v.Save(path); err != nil {
		return err
	}
	// The database's canary for the new key: from now on a key file
	// without it is refused.
	if err := db.EnsureKeys(ctx, v); err != nil {
		return fmt.Errorf("new key saved, but its canary was not written (the next start writes it): %w", err)
	}
	if err := db.Enqueue(ctx, kind); err != nil {
		return fmt.Errorf("new key saved, but the background job was not queued (run the command again): %w", err)
	}
	fmt.Fprintf(stdout, "new primary %s key %d; the running servers move every record to it in the background (job %s)\n", what, id, kind)
	return nil
}

// retireKeys removes a key that nothing is under any more from the key
// file: the key named, or without a name every key but the primary that
// is no longer in use. A key still in use is refused, with how much is
// under it; its re-wrap (or re-index) job is queued when none waits. The
// database forgets the key first (its canary), then the file is written
// atomically (temporary file, fsync, rename), so that a failure between
// the two leaves a file that still opens everything.
func retireKeys(ctx context.Context, db *sqlstore.DB, v *vault.Vault, path string, index, named bool, id uint32, stdout io.Writer) error {
	what, ids, primary, retire := "encryption", v.EncryptionKeyIDs(), v.EncryptionKeyID(), v.RetireEncryption
	under, job := "record keys are", sqlstore.JobRewrapKeys
	if index {
		what, ids, primary, retire = "index", v.IndexKeyIDs(), v.IndexKeyID(), v.RetireIndex
		under, job = "person index entries are", sqlstore.JobReindexPersons
	}
	all := ids
	if named {
		ids = []uint32{id}
	} else {
		ids = slices.DeleteFunc(slices.Clone(ids), func(k uint32) bool { return k == primary })
		if len(ids) == 0 {
			fmt.Fprintf(stdout, "the key file holds no %s key but the primary (%d): nothing to retire\n", what, primary)
			return nil
		}
	}
	var retired []uint32
	inUse := 0
	for _, k := range ids {
		use, err := db.RetireKey(ctx, v, index, k)
		switch {
		case errors.Is(err, vault.ErrPrimary):
			return usageError{fmt.Sprintf("%s key %d is the primary key: rotate first (schakel keys rotate%s), then retire it once the records have moved", what, k, map[bool]string{true: " --index"}[index])}
		case errors.Is(err, vault.ErrUnknownKey):
			return usageError{fmt.Sprintf("the key file holds no %s key %d (it holds %v)", what, k, all)}
		case errors.Is(err, sqlstore.ErrKeyInUse):
			inUse++
			queued := "the background job that moves them is already waiting or running"
			if use.Queued {
				queued = "the background job that moves them (" + job + ") has been queued"
			}
			fmt.Fprintf(stdout, "%s key %d not retired: %d %s still under it; %s — retire it again when it is done\n", what, k, use.Under, under, queued)
			continue
		case err != nil:
			return keysError(path, err)
		}
		if err := retire(k); err != nil {
			return err
		}
		retired = append(retired, k)
	}
	if len(retired) > 0 {
		if err := v.Save(path); err != nil {
			return fmt.Errorf("the database no longer uses %s keys %v, but the key file was not written (run the command again): %w", what, retired, err)
		}
		fmt.Fprintf(stdout, "retired %s keys %v: removed from %s. Backups made before they were retired still need them: keep the previous key file as long as those backups.\n", what, retired, path)
	}
	if named && inUse > 0 {
		return fmt.Errorf("%s key %d is still in use", what, id)
	}
	return nil
}
