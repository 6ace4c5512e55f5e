package sqlstore

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"time"

	"github.com/schakel-nl/schakel"
)

// RawInsertCeiling measures the engine's own ceiling for the durable insert
// behind an intake: a bare loop, on one connection, of transactions that
// each insert one row into signals (with all its indexes), with this
// database's durability settings, for d. It answers committed transactions
// per second. The rows it adds are ordinary new signals in municipality m
// reported by user, without a record key or binding, and are deleted again
// when it is done; use it on a throw-away database only.
func (db *DB) RawInsertCeiling(ctx context.Context, d time.Duration, m, user string) (float64, error) {
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		now := ts(time.Now())
		err := db.inTx(ctx, func(tx querier) error {
			_, err := tx.exec(ctx, `INSERT INTO signals (id, municipality, observed_on, forms, indicators, sector, acute, account,
				reporter_name, reporter_org, reporter_phone, reporter_email, reported_by, received_at, triage_due, status, has_minor)
				VALUES (?, ?, '2026-11-01', 'labour', '', '', 0, 'Ruwe ondergrens.', 'Bench', '', '', '', ?, ?, ?, ?, 0)`,
				NewID(), m, user, now, now, string(schakel.SignalNew))
			return err
		})
		if err != nil {
			return 0, err
		}
		n++
	}
	rate := float64(n) / time.Since(start).Seconds()
	// The rows are not records (no key, no binding): they go again.
	err := db.inTx(ctx, func(tx querier) error {
		_, err := tx.exec(ctx, `DELETE FROM signals WHERE account = 'Ruwe ondergrens.' AND row_mac = ''`)
		return err
	})
	return rate, err
}

// BareCeiling measures the engine's bare ceiling for a durable single-row
// write: on one connection, for d, a loop of transactions that each insert
// one small row into a table without secondary indexes (SQLite
// synchronous=FULL in WAL mode, PostgreSQL synchronous_commit=on). It
// answers committed transactions per second. On SQLite it runs in a file
// of its own beside the database, with SQLite's own settings otherwise, so
// that nothing Schakel tunes (or its background checkpoint) counts for or
// against it; on PostgreSQL in a table of this database. What it writes
// is gone afterwards.
func (db *DB) BareCeiling(ctx context.Context, d time.Duration) (float64, error) {
	target := db.write
	if db.Dialect == SQLite {
		_, src := ParseURL(db.URL)
		path := filepath.Join(filepath.Dir(src), "bare-ceiling.db")
		defer func() {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(path + suffix)
			}
		}()
		bare, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)")
		if err != nil {
			return 0, err
		}
		defer bare.Close()
		bare.SetMaxOpenConns(1)
		target = bare
	}
	if _, err := target.ExecContext(ctx, `CREATE TABLE bench_bare (id TEXT PRIMARY KEY, v TEXT NOT NULL)`); err != nil {
		return 0, err
	}
	defer target.ExecContext(context.WithoutCancel(ctx), `DROP TABLE bench_bare`)
	insert := db.rebind(`INSERT INTO bench_bare (id, v) VALUES (?, ?)`)
	n := 0
	start := time.Now()
	for time.Since(start) < d {
		tx, err := target.BeginTx(ctx, nil)
		if err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, insert, NewID(), "ondergrens"); err != nil {
			_ = tx.Rollback()
			return 0, err
		}
		if err := tx.Commit(); err != nil {
			return 0, err
		}
		n++
	}
	return float64(n) / time.Since(start).Seconds(), nil
}
