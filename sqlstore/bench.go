package sqlstore

import (
	"context"
	"strings"
	"time"
)

// RawInsertCeiling measures the engine's own ceiling for a durable
// single-row insert: a bare loop of one-row transactions on the write pool
// with this database's durability settings, for d. It answers the number
// of committed transactions per second. It uses a scratch table it drops
// again.
func (db *DB) RawInsertCeiling(ctx context.Context, d time.Duration) (float64, error) {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE bench_raw (id TEXT PRIMARY KEY, payload TEXT NOT NULL)`); err != nil {
		return 0, err
	}
	defer db.write.ExecContext(context.Background(), `DROP TABLE bench_raw`)
	payload := strings.Repeat("x", 512)
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		err := db.inTx(ctx, func(tx querier) error {
			_, err := tx.exec(ctx, `INSERT INTO bench_raw (id, payload) VALUES (?, ?)`, NewID(), payload)
			return err
		})
		if err != nil {
			return 0, err
		}
		n++
	}
	return float64(n) / time.Since(start).Seconds(), nil
}
