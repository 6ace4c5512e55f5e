package sqlstore

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schakel-nl/schakel/vault"
)

// rotationBatch is how many records one job transaction moves.
var rotationBatch = 500

// SealedRecords counts the records whose data key is stored: non-zero
// means the database cannot be read without its key file.
func (db *DB) SealedRecords(ctx context.Context) (int, error) {
	var n int
	err := db.reader().row(ctx, `SELECT COUNT(*) FROM record_keys`).Scan(&n)
	return n, err
}

// refreshKeys picks up a key file changed by another process (a rotation,
// a retirement). The file's keys are taken only when they are this
// installation's and still open what the database holds; the canaries of
// new keys are written in the transaction that in gives (its own, or the
// caller's). Keys from the environment are what they are.
func (s *Store) refreshKeys(ctx context.Context, in func(func(querier) error) error) error {
	err := s.keys.ReloadChecked(func(c *vault.Vault) error {
		if keySet(c) == keySet(s.keys) {
			return nil
		}
		return in(func(q querier) error { return ensureKeys(ctx, q, c, s.now()) })
	})
	if errors.Is(err, vault.ErrNotReloadable) {
		return nil
	}
	return err
}

// RefreshKeys reads the key file again, as every job runner does at each
// poll, so that a rotation or retirement reaches every instance within
// seconds.
func (s *Store) RefreshKeys(ctx context.Context) error {
	return s.refreshKeys(ctx, func(fn func(querier) error) error { return s.db.inTx(ctx, fn) })
}

// refreshKeysIn is refreshKeys inside the caller's transaction.
func (s *Store) refreshKeysIn(ctx context.Context, tx querier) error {
	return s.refreshKeys(ctx, func(fn func(querier) error) error { return fn(tx) })
}

// keySet names the keys of v: which keys, which are primary, which signer.
func keySet(v *vault.Vault) string {
	enc, idx := v.EncryptionKeyIDs(), v.IndexKeyIDs()
	slices.Sort(enc[1:])
	slices.Sort(idx[1:])
	return fmt.Sprint(enc, idx, v.VerifierKey())
}

// mayWrapUnder reports whether the database has a canary for the
// key-encryption key id: new record keys are wrapped only under keys the
// database knows, so that a key retired in the meantime, or one from a
// key file that is not the database's, never wraps one. On PostgreSQL the
// check holds the key-use lock shared until the transaction ends, so that
// a retirement waits for it (and it for a retirement).
func mayWrapUnder(ctx context.Context, q querier, id uint32) (bool, error) {
	if q.db.Dialect == Postgres {
		if _, err := q.exec(ctx, `SELECT pg_advisory_xact_lock_shared(?)`, lockKeyUse); err != nil {
			return false, err
		}
	}
	var n int
	err := q.row(ctx, `SELECT COUNT(*) FROM key_canaries WHERE kind = ? AND key_id = ?`, canaryEncryption, int64(id)).Scan(&n)
	return n > 0, err
}

// On PostgreSQL a write that is one statement needs no transaction of its
// own (the statement is atomic by itself), which saves the round trips of
// begin, mayWrapUnder's two queries and commit. Its record key is then
// inserted with its key id from schakel_may_wrap_under, which does what
// mayWrapUnder does inside the statement: it takes the shared key-use
// lock, then, with a view of the database taken after the lock (each query
// of a volatile function sees what was committed when it runs), refuses a
// key without a canary with SQLSTATE SK001. The caller then writes again
// the long way, in a transaction that can make the canary (keyring.create).
const mayWrapUnderFunc = `CREATE OR REPLACE FUNCTION schakel_may_wrap_under(p_lock bigint, p_kind text, p_key bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
	PERFORM pg_advisory_xact_lock_shared(p_lock);
	IF NOT EXISTS (SELECT 1 FROM key_canaries c WHERE c.kind = p_kind AND c.key_id = p_key) THEN
		RAISE EXCEPTION 'no canary for key %', p_key USING ERRCODE = 'SK001';
	END IF;
	RETURN p_key;
END
$$`

// wrapGuard is migration 22: schakel_may_wrap_under on PostgreSQL.
func wrapGuard(ctx context.Context, st *Store, tx querier) error {
	if st.db.Dialect != Postgres {
		return nil
	}
	_, err := tx.exec(ctx, mayWrapUnderFunc)
	return err
}

// errNoCanary: schakel_may_wrap_under refused the key.
func errNoCanary(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "SK001"
}

// ErrKeyInUse is returned by RetireKey while anything is under the key.
var ErrKeyInUse = errors.New("the key is still in use")

// KeyUsage is what is still under a key that is to be retired.
type KeyUsage struct {
	Under  int  // record keys (encryption) or index entries (index) under it
	Queued bool // the job that moves them was queued by this call
}

// RetireKey prepares the retirement of a key that is not the primary:
// when nothing is under it any more it removes the key's canary, so that
// the caller may then remove it from the key file; otherwise it answers
// ErrKeyInUse with how much is still under it, and queues the re-wrap (or
// re-index) job when none is waiting. On PostgreSQL it holds off every
// instance's new record keys while it counts.
func (db *DB) RetireKey(ctx context.Context, keys *vault.Vault, index bool, id uint32) (KeyUsage, error) {
	kind, primary, count, job := canaryEncryption, keys.EncryptionKeyID(), `SELECT COUNT(*) FROM record_keys WHERE key_id = ?`, JobRewrapKeys
	known := slices.Contains(keys.EncryptionKeyIDs(), id)
	if index {
		kind, primary, count, job = canaryIndex, keys.IndexKeyID(), `SELECT COUNT(*) FROM person_index WHERE key_id = ?`, JobReindexPersons
		known = keys.HasIndexKey(id)
	}
	switch {
	case !known:
		return KeyUsage{}, vault.ErrUnknownKey
	case id == primary:
		return KeyUsage{}, vault.ErrPrimary
	}
	var use KeyUsage
	err := db.inTx(ctx, func(tx querier) error {
		if db.Dialect == Postgres {
			if _, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock(?)`, lockKeyUse); err != nil {
				return err
			}
			if _, err := tx.exec(ctx, `SELECT pg_advisory_xact_lock(?)`, lockCanaries); err != nil {
				return err
			}
		}
		if _, err := verifyKeys(ctx, tx, keys); err != nil {
			return err
		}
		if err := tx.row(ctx, count, int64(id)).Scan(&use.Under); err != nil {
			return err
		}
		if use.Under > 0 {
			var waiting int
			if err := tx.row(ctx, `SELECT COUNT(*) FROM jobs WHERE kind = ? AND state IN ('pending', 'running')`, job).Scan(&waiting); err != nil {
				return err
			}
			if waiting == 0 {
				use.Queued = true
				return enqueue(ctx, tx, job)
			}
			return nil
		}
		_, err := tx.exec(ctx, `DELETE FROM key_canaries WHERE kind = ? AND key_id = ?`, kind, int64(id))
		return err
	})
	if err == nil && use.Under > 0 {
		err = ErrKeyInUse
	}
	return use, err
}

// IndexUse counts the person index entries under each index key.
func (s *Store) IndexUse(ctx context.Context) (map[uint32]int, error) {
	return s.usePerKey(ctx, `SELECT key_id, COUNT(*) FROM person_index GROUP BY key_id`)
}

// rewrapKeys re-wraps a batch of record keys that are not under the
// primary key-encryption key, and queues itself again while any remain.
func rewrapKeys(ctx context.Context, s *Store, tx querier, jobID string) error {
	if err := s.refreshKeysIn(ctx, tx); err != nil {
		return err
	}
	primary := int64(s.keys.EncryptionKeyID())
	type rk struct{ id, wrapped string }
	batch, err := collect(ctx, tx, `SELECT record_id, wrapped FROM record_keys WHERE key_id <> ? ORDER BY record_id LIMIT ?`, []any{primary, rotationBatch},
		func(r *rk) []any { return []any{&r.id, &r.wrapped} })
	if err != nil {
		return err
	}
	for _, r := range batch {
		old, err := base64.StdEncoding.DecodeString(r.wrapped)
		if err != nil {
			return fmt.Errorf("record key %s: %w", r.id, err)
		}
		nw, err := s.keys.Rewrap(r.id, old)
		if err != nil {
			return err
		}
		if _, err := tx.exec(ctx, `UPDATE record_keys SET wrapped = ?, key_id = ? WHERE record_id = ? AND wrapped = ?`,
			base64.StdEncoding.EncodeToString(nw), int64(vault.KeyIDOf(nw)), r.id, r.wrapped); err != nil {
			return err
		}
	}
	if len(batch) == rotationBatch {
		return enqueue(ctx, tx, JobRewrapKeys)
	}
	return nil
}

// KeyUse counts the record keys under each key-encryption key.
func (s *Store) KeyUse(ctx context.Context) (map[uint32]int, error) {
	return s.usePerKey(ctx, `SELECT key_id, COUNT(*) FROM record_keys GROUP BY key_id`)
}

// usePerKey reads a query of (key_id, count) rows into a map.
func (s *Store) usePerKey(ctx context.Context, query string) (map[uint32]int, error) {
	type use struct {
		id int64
		n  int
	}
	rows, err := collect(ctx, s.db.reader(), query, nil, func(u *use) []any { return []any{&u.id, &u.n} })
	if err != nil {
		return nil, err
	}
	out := make(map[uint32]int, len(rows))
	for _, u := range rows {
		out[uint32(u.id)] = u.n
	}
	return out, nil
}
