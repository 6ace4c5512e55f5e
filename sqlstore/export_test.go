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
