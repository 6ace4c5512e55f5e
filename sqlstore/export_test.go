package sqlstore

import (
	"context"
	"database/sql"

	"github.com/schakel-nl/schakel"
)

// Exec runs a statement outside the store's API: for tests that tamper
// with the database directly or force a checkpoint.
func (db *DB) Exec(ctx context.Context, query string, args ...any) error {
	_, err := db.write.ExecContext(ctx, db.rebind(query), args...)
	return err
}

// SetRotationBatch makes key rotation jobs move n records per transaction.
func SetRotationBatch(n int) { rotationBatch = n }

// CountWhere counts the rows of table that match where.
func (db *DB) CountWhere(ctx context.Context, table, where string, args ...any) (int, error) {
	var n int
	err := db.reader().row(ctx, `SELECT COUNT(*) FROM `+table+` WHERE `+where, args...).Scan(&n)
	return n, err
}

// Writes is how many write transactions this process has committed on db.
func (db *DB) Writes() int64 { return db.writes.Load() }

// RegisterJob adds a job kind for a test: fn runs inside the job's
// transaction, with the job's context.
func RegisterJob(kind string, fn func(ctx context.Context) error) {
	jobHandlers[kind] = func(ctx context.Context, _ *Store, _ querier, _ string) error { return fn(ctx) }
}

// Value reads one column of one row outside the store's API.
func (db *DB) Value(ctx context.Context, table, column, id string) (sql.NullString, error) {
	var v sql.NullString
	err := db.reader().row(ctx, `SELECT `+column+` FROM `+table+` WHERE id = ?`, id).Scan(&v)
	return v, err
}

// Values runs a one-column query outside the store's API.
func (db *DB) Values(ctx context.Context, query string, args ...any) ([]string, error) {
	return collect(ctx, db.reader(), query, args, one[string])
}

// AccessIDs returns the ids of the signals the list filter gives u with
// need: through the whole filter, and as the union of its grants one by
// one (as the lists run them).
func (s *Store) AccessIDs(ctx context.Context, u *schakel.User, need schakel.Fields) (whole, byGrant []string, err error) {
	where, args := accessSQL(u, need)
	if whole, err = collect(ctx, s.db.reader(), `SELECT s.id FROM signals s WHERE `+where, args, one[string]); err != nil {
		return nil, nil, err
	}
	for _, p := range accessGrants(u, need) {
		ids, err := collect(ctx, s.db.reader(), `SELECT s.id FROM signals s WHERE `+p.sql, p.args, one[string])
		if err != nil {
			return nil, nil, err
		}
		byGrant = append(byGrant, ids...)
	}
	return whole, byGrant, nil
}

// EraseSignal erases a signal as retention does.
func (s *Store) EraseSignal(ctx context.Context, id string) error {
	return s.db.inTx(ctx, func(tx querier) error { return s.eraseSignal(ctx, tx, system, id, "test") })
}

// ForgetCatalog drops the cached reference data, as its time-out does.
func (s *Store) ForgetCatalog() { s.forgetCatalog() }

// CheckpointedPages counts the log pages the background checkpoints
// copied into the database file; -1 when none run.
func (db *DB) CheckpointedPages() int64 {
	if db.ckpt == nil {
		return -1
	}
	return db.ckpt.copied.Load()
}

// WriterAutoCheckpoint is the writer connection's wal_autocheckpoint.
func (db *DB) WriterAutoCheckpoint(ctx context.Context) (n int, err error) {
	err = db.write.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&n)
	return n, err
}
