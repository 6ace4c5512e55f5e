package sqlstore

import (
	"context"
	"encoding/base64"
	"fmt"
	"time"

	"github.com/schakel-nl/schakel/vault"
)

// Key rotation jobs: after `schakel keys rotate` saved a new primary key,
// one of these moves every record to it in batches, each batch one
// transaction, while the servers go on serving.
const (
	JobRewrapKeys     = "rewrap_keys"
	JobReindexPersons = "reindex_persons"
)

// rotationBatch is how many records one job transaction moves.
var rotationBatch = 500

func init() {
	jobHandlers[JobRewrapKeys] = rewrapKeys
}

// SealedRecords counts the records whose data key is stored: non-zero
// means the database cannot be read without its key file.
func (db *DB) SealedRecords(ctx context.Context) (int, error) {
	var n int
	err := db.reader().row(ctx, `SELECT COUNT(*) FROM record_keys`).Scan(&n)
	return n, err
}

// Enqueue adds a one-off job of kind, to run as soon as an instance polls.
func (db *DB) Enqueue(ctx context.Context, kind string) error {
	return db.inTx(ctx, func(tx querier) error { return enqueue(ctx, tx, kind) })
}

func enqueue(ctx context.Context, tx querier, kind string) error {
	id, now := NewID(), ts(time.Now().UTC())
	_, err := tx.exec(ctx, `INSERT INTO jobs (id, kind, unique_key, run_at, state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)`,
		id, kind, kind+"@"+id, now, now)
	return err
}

// reloadKeys picks up a key file rotated by another process; keys from the
// environment are what they are.
func (s *Store) reloadKeys() { _ = s.keys.Reload() }

// rewrapKeys re-wraps a batch of record keys that are not under the
// primary key-encryption key, and queues itself again while any remain.
func rewrapKeys(ctx context.Context, s *Store, tx querier, jobID string) error {
	s.reloadKeys()
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
	rows, err := s.db.reader().query(ctx, `SELECT key_id, COUNT(*) FROM record_keys GROUP BY key_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[uint32]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, err
		}
		out[uint32(id)] = n
	}
	return out, rows.Err()
}
