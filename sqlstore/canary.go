package sqlstore

import (
	"context"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/schakel-nl/schakel/vault"
)

// Key canaries. A database stores, for every key it depends on, a small
// value under that key (table key_canaries): a random value sealed under
// each key-encryption key that wraps record keys (and the primary, under
// which new records are sealed), the PRF output of each index key in use
// (and the primary), and the audit signer's public verifier key. A key
// file is accepted only when it opens every canary: a file of another
// installation, or one older than the last rotation, is refused before
// anything is read or written with it. A database made before canaries
// existed is checked against its wrapped record keys, its index and its
// newest audit checkpoint, and gets its canaries at that first start.

const (
	canaryEncryption = "encryption"
	canaryIndex      = "index"
	canarySigner     = "signer"
)

// PostgreSQL advisory locks of the keys (SQLite has one writer anyway).
const (
	// lockCanaries is taken by whoever writes or removes canaries.
	lockCanaries = 4243
	// lockKeyUse is held shared by each transaction that wraps a new
	// record key and exclusively by the retirement of a key, so that no
	// record key is wrapped under a key while it is being retired.
	lockKeyUse = 4244
)

// KeyMismatchError says that keys do not belong to the database.
type KeyMismatchError struct{ Reason string }

func (e *KeyMismatchError) Error() string {
	return "the keys do not belong to this database: " + e.Reason
}

func mismatch(format string, args ...any) error {
	return &KeyMismatchError{Reason: fmt.Sprintf(format, args...)}
}

type keyCanary struct {
	Kind  string
	KeyID int64
	Value string
}

func loadCanaries(ctx context.Context, q querier) ([]keyCanary, error) {
	return collect(ctx, q, `SELECT kind, key_id, value FROM key_canaries ORDER BY kind, key_id`, nil,
		func(c *keyCanary) []any { return []any{&c.Kind, &c.KeyID, &c.Value} })
}

// checkCanary opens one canary with v.
func checkCanary(v *vault.Vault, c keyCanary) error {
	id := uint32(c.KeyID)
	switch c.Kind {
	case canaryEncryption:
		if !slices.Contains(v.EncryptionKeyIDs(), id) {
			return mismatch("it lacks encryption key %d, which the database uses", id)
		}
		ct, err := base64.StdEncoding.DecodeString(c.Value)
		if err != nil || v.OpenCanary(ct) != nil {
			return mismatch("its encryption key %d does not open the database's canary for that key", id)
		}
	case canaryIndex:
		if !v.HasIndexKey(id) {
			return mismatch("it lacks index key %d, which the database uses", id)
		}
		got, err := v.IndexCanary(id)
		if err != nil || subtle.ConstantTimeCompare([]byte(got), []byte(c.Value)) != 1 {
			return mismatch("its index key %d is not the database's", id)
		}
	case canarySigner:
		if v.VerifierKey() != c.Value {
			return mismatch("its audit signer is not the one that signs this database's checkpoints (%s)", signerName(c.Value))
		}
	default:
		return fmt.Errorf("key canary of unknown kind %q: made by a newer version of Schakel?", c.Kind)
	}
	return nil
}

// signerName is the name and key hash of a verifier key, for messages.
func signerName(vkey string) string {
	parts := strings.SplitN(vkey, "+", 3)
	if len(parts) < 2 {
		return "?"
	}
	return parts[0] + "+" + parts[1]
}

// verifyKeys checks v against the database's canaries or, when it has
// none yet, against what its data was sealed, indexed and signed with.
func verifyKeys(ctx context.Context, q querier, v *vault.Vault) ([]keyCanary, error) {
	cs, err := loadCanaries(ctx, q)
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return nil, verifyLegacy(ctx, q, v)
	}
	for _, c := range cs {
		if err := checkCanary(v, c); err != nil {
			return nil, err
		}
	}
	return cs, nil
}

// verifyLegacy checks a database without canaries: every key-encryption
// key that wraps record keys must open one of them, every index key in
// use must be in v, and the newest audit checkpoint must verify with v's
// signer. An empty database passes.
func verifyLegacy(ctx context.Context, q querier, v *vault.Vault) error {
	type sample struct {
		keyID  int64
		record string
	}
	samples, err := collect(ctx, q, `SELECT key_id, MIN(record_id) FROM record_keys GROUP BY key_id`, nil,
		func(s *sample) []any { return []any{&s.keyID, &s.record} })
	if err != nil {
		return err
	}
	for _, s := range samples {
		var w string
		if err := q.row(ctx, `SELECT wrapped FROM record_keys WHERE record_id = ?`, s.record).Scan(&w); err != nil {
			return err
		}
		wrapped, err := base64.StdEncoding.DecodeString(w)
		if err != nil {
			return fmt.Errorf("record key %s: %w", s.record, err)
		}
		if _, err := v.Unwrap(s.record, wrapped); err != nil {
			return mismatch("it does not open the database's record keys (those wrapped under key %d)", s.keyID)
		}
	}
	idx, err := collect(ctx, q, `SELECT DISTINCT key_id FROM person_index`, nil, one[int64])
	if err != nil {
		return err
	}
	for _, id := range idx {
		if !v.HasIndexKey(uint32(id)) {
			return mismatch("it lacks index key %d, which the database's person index uses", id)
		}
	}
	var note string
	err = q.row(ctx, `SELECT note FROM audit_checkpoints ORDER BY size DESC LIMIT 1`).Scan(&note)
	if err != nil && !isNoRows(err) {
		return err
	}
	if note != "" {
		if _, err := ParseCheckpoint([]byte(note), v.VerifierKey()); err != nil {
			return mismatch("its audit signer did not sign the database's audit checkpoints")
		}
	}
	return nil
}

// ensureKeys verifies v against the database and writes the canaries it
// lacks: for the primary keys and for every key that still holds record
// keys or index entries. It runs in the caller's transaction.
func ensureKeys(ctx context.Context, tx querier, v *vault.Vault, now time.Time) error {
	if tx.db.Dialect == Postgres {
		if _, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock(?)`, lockCanaries); err != nil {
			return err
		}
	}
	have, err := verifyKeys(ctx, tx, v)
	if err != nil {
		return err
	}
	has := func(kind string, id int64) bool {
		return slices.ContainsFunc(have, func(c keyCanary) bool { return c.Kind == kind && c.KeyID == id })
	}
	enc, err := collect(ctx, tx, `SELECT DISTINCT key_id FROM record_keys`, nil, one[int64])
	if err != nil {
		return err
	}
	idx, err := collect(ctx, tx, `SELECT DISTINCT key_id FROM person_index`, nil, one[int64])
	if err != nil {
		return err
	}
	enc = append(enc, int64(v.EncryptionKeyID()))
	idx = append(idx, int64(v.IndexKeyID()))
	var add []keyCanary
	for _, id := range slices.Compact(slices.Sorted(slices.Values(enc))) {
		if has(canaryEncryption, id) {
			continue
		}
		ct, err := v.SealCanary(uint32(id))
		if err != nil {
			return mismatch("it lacks encryption key %d, which the database uses", id)
		}
		add = append(add, keyCanary{canaryEncryption, id, base64.StdEncoding.EncodeToString(ct)})
	}
	for _, id := range slices.Compact(slices.Sorted(slices.Values(idx))) {
		if has(canaryIndex, id) {
			continue
		}
		val, err := v.IndexCanary(uint32(id))
		if err != nil {
			return mismatch("it lacks index key %d, which the database uses", id)
		}
		add = append(add, keyCanary{canaryIndex, id, val})
	}
	if !has(canarySigner, 0) {
		add = append(add, keyCanary{canarySigner, 0, v.VerifierKey()})
	}
	for _, c := range add {
		if _, err := tx.exec(ctx, `INSERT INTO key_canaries (kind, key_id, value, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, key_id) DO NOTHING`,
			c.Kind, c.KeyID, c.Value, ts(now)); err != nil {
			return err
		}
	}
	return nil
}

// EnsureKeys checks that keys belong to the database and records the
// canaries of the keys it now depends on (at its first start, and after a
// rotation). A *KeyMismatchError says the keys are not the database's.
func (db *DB) EnsureKeys(ctx context.Context, keys *vault.Vault) error {
	return db.inTx(ctx, func(tx querier) error { return ensureKeys(ctx, tx, keys, time.Now()) })
}

// VerifyKeys checks that keys belong to the database, writing nothing.
func (db *DB) VerifyKeys(ctx context.Context, keys *vault.Vault) error {
	_, err := verifyKeys(ctx, db.reader(), keys)
	return err
}

// KeysInUse reports whether the database holds anything that needs its
// key file: sealed records or key canaries.
func (db *DB) KeysInUse(ctx context.Context) (bool, error) {
	var n int
	err := db.reader().row(ctx, `SELECT (SELECT COUNT(*) FROM record_keys) + (SELECT COUNT(*) FROM key_canaries)`).Scan(&n)
	return n > 0, err
}

// verifyKeysBeforeMigrating checks keys against a database that may be of
// an older schema, before any migration runs with them: by its canaries
// when it has the table, else by its record keys when it has those.
func (db *DB) verifyKeysBeforeMigrating(ctx context.Context, keys *vault.Vault) error {
	for _, t := range []string{"key_canaries", "record_keys"} {
		ok, err := db.tableExists(ctx, t)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if t == "key_canaries" {
			return db.VerifyKeys(ctx, keys)
		}
		return verifyLegacy(ctx, db.reader(), keys) // record_keys came with person_index and audit_checkpoints
	}
	return nil
}

func (db *DB) tableExists(ctx context.Context, name string) (bool, error) {
	q := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?`
	if db.Dialect == Postgres {
		q = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?`
	}
	var n int
	err := db.reader().row(ctx, q, name).Scan(&n)
	return n > 0, err
}
