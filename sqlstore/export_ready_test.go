package sqlstore

import (
	"context"
	"time"
)

// IsStorageFull is isStorageFull, for the table of causes.
var IsStorageFull = isStorageFull

// SetReadyTimes sets how often readiness probes and how long it holds
// "storage full" after a failed write, and returns a function restoring
// them.
func SetReadyTimes(every, hold time.Duration) (restore func()) {
	e, h := probeEvery, fullHold
	probeEvery, fullHold = every, hold
	return func() { probeEvery, fullHold = e, h }
}

// QueryRowForTest reads one value with query on the read pool.
func (db *DB) QueryRowForTest(ctx context.Context, query string, dest any) error {
	return db.reader().row(ctx, query).Scan(dest)
}
