package sqlstore

import "context"

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
