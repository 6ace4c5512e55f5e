package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// querier is a pool or a transaction on it, with ? parameters rebound and
// statements cached.
type querier struct {
	db   *DB
	pool *sql.DB
	tx   *sql.Tx // nil outside a transaction
}

type execer interface {
	ExecContext(context.Context, ...any) (sql.Result, error)
	QueryContext(context.Context, ...any) (*sql.Rows, error)
	QueryRowContext(context.Context, ...any) *sql.Row
}

// prepared returns the statement to run query with, or nil for a plain call.
func (q querier) prepared(ctx context.Context, query string) execer {
	st := q.db.stmt(ctx, q.pool, query)
	if st == nil {
		return nil
	}
	if q.tx != nil {
		return q.tx.StmtContext(ctx, st)
	}
	return st
}

func (q querier) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	query = q.db.rebind(query)
	if st := q.prepared(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	if q.tx != nil {
		return q.tx.ExecContext(ctx, query, args...)
	}
	return q.pool.ExecContext(ctx, query, args...)
}

func (q querier) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	query = q.db.rebind(query)
	if st := q.prepared(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	if q.tx != nil {
		return q.tx.QueryContext(ctx, query, args...)
	}
	return q.pool.QueryContext(ctx, query, args...)
}

func (q querier) row(ctx context.Context, query string, args ...any) *sql.Row {
	query = q.db.rebind(query)
	if st := q.prepared(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	if q.tx != nil {
		return q.tx.QueryRowContext(ctx, query, args...)
	}
	return q.pool.QueryRowContext(ctx, query, args...)
}

// inTx runs fn in one write transaction: committed if fn returns nil,
// rolled back otherwise, so a failed call stores nothing. A failure
// because the storage is full is a KindStorageFull error, whatever step
// met it.
func (db *DB) inTx(ctx context.Context, fn func(tx querier) error) error {
	return db.classify(db.runTx(ctx, fn))
}

func (db *DB) runTx(ctx context.Context, fn func(tx querier) error) error {
	if db.Dialect == SQLite {
		return db.groupCommit(ctx, fn)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(querier{db: db, pool: db.write, tx: tx}); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	db.writes.Add(1)
	return nil
}

// inStatement runs a write that only writes: fn fills its batch without
// reading, before any transaction begins, so that its sealing, binding and
// blind-indexing happen in the caller's goroutine. On PostgreSQL the batch
// then runs as one statement outside an explicit transaction (one
// statement is atomic by itself, and its commit as durable as any): one
// round trip instead of begin, the key check, the writes and commit. On
// SQLite its statements run in a group commit, where the one writer now
// only runs statements. A record key fn makes is checked against the
// key canaries in the same transaction (batch.keys); when the check
// refuses the key, nothing was stored and fn runs again the long way, in
// a transaction that can make the key's canary.
func (db *DB) inStatement(ctx context.Context, fn func(q querier, b *batch) error) error {
	b := querier{db: db, pool: db.write}.batch(ctx)
	b.alone = true
	if err := fn(b.q, b); err != nil {
		return err
	}
	var err error
	if db.Dialect == Postgres {
		if err = db.classify(b.flush()); err == nil {
			db.writes.Add(1)
		}
	} else {
		err = db.inTx(ctx, b.replay)
	}
	if !errors.Is(err, errUncheckedKey) && !errNoCanary(err) {
		return err
	}
	return db.inTx(ctx, func(tx querier) error {
		b := tx.batch(ctx)
		if err := fn(tx, b); err != nil {
			return err
		}
		return b.flush()
	})
}

// SQLite has one writer and syncs the WAL at every commit. Write calls
// that arrive while another commits are therefore run together: one
// transaction, each call in a savepoint of its own, one commit and one
// fsync for all. A call that fails is rolled back to its savepoint and
// stores nothing; every caller is answered only after the commit, so an
// acknowledged write is on disk. (PostgreSQL groups commits itself.)

// One call at a time leads: it takes the calls waiting (itself first),
// runs them as one group and hands the lead to the first call that came
// in meanwhile. A leader that went on leading while calls kept coming
// would keep its own caller waiting for as long as the load lasts.

type txCall struct {
	ctx  context.Context
	fn   func(tx querier) error
	done chan error
	lead chan struct{} // a place for the lead, handed to this call
}

// runCall runs one call of a group; a panic in it becomes its error, so
// that the other calls of the group, and the leader's duty to answer them,
// go on.
func runCall(fn func(tx querier) error, q querier) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic in write call: %v", v)
		}
	}()
	return fn(q)
}

// maxGroup bounds how many calls share one commit.
const maxGroup = 32

func (db *DB) groupCommit(ctx context.Context, fn func(tx querier) error) error {
	call := &txCall{ctx: ctx, fn: fn, done: make(chan error, 1), lead: make(chan struct{}, 1)}
	db.groupMu.Lock()
	db.group = append(db.group, call)
	if !db.leading {
		db.leading = true
		call.lead <- struct{}{}
	}
	db.groupMu.Unlock()
	select {
	case err := <-call.done:
		return err
	case <-call.lead:
	}
	// Leading: this call is the first that waits, so the group holds it.
	db.groupMu.Lock()
	batch := db.group[:min(len(db.group), maxGroup)]
	db.group = db.group[len(batch):]
	db.groupMu.Unlock()
	db.runGroup(batch)
	db.groupMu.Lock()
	if len(db.group) > 0 {
		db.group[0].lead <- struct{}{}
	} else {
		db.leading = false
	}
	db.groupMu.Unlock()
	return <-call.done
}

func (db *DB) runGroup(batch []*txCall) {
	errs := make([]error, len(batch))
	fail := func(err error) {
		for _, c := range batch {
			c.done <- err
		}
	}
	// The transaction outlives any one caller's context; each call's
	// statements still run under its own.
	tx, err := db.write.BeginTx(context.Background(), nil)
	if err != nil {
		fail(fmt.Errorf("begin: %w", err))
		return
	}
	ok := 0
	for i, c := range batch {
		if err := c.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		if _, err := tx.ExecContext(context.Background(), `SAVEPOINT call`); err != nil {
			_ = tx.Rollback()
			fail(fmt.Errorf("savepoint: %w", err))
			return
		}
		if err := runCall(c.fn, querier{db: db, pool: db.write, tx: tx}); err != nil {
			errs[i] = err
			if _, rerr := tx.ExecContext(context.Background(), `ROLLBACK TO call`); rerr != nil {
				// SQLite rolls the whole transaction back by itself after
				// some errors (SQLITE_FULL among them), and the savepoint
				// is gone with it: every call of the group lost its
				// writes to the cause, which is what they are told.
				_ = tx.Rollback()
				fail(fmt.Errorf("rollback to savepoint after %w: %v", err, rerr))
				return
			}
		} else {
			ok++
		}
		if _, err := tx.ExecContext(context.Background(), `RELEASE call`); err != nil {
			_ = tx.Rollback()
			fail(fmt.Errorf("release savepoint: %w", err))
			return
		}
	}
	if err := tx.Commit(); err != nil {
		for i := range errs {
			if errs[i] == nil {
				errs[i] = fmt.Errorf("commit: %w", err)
			}
		}
	} else if ok > 0 {
		db.writes.Add(1)
	}
	for i, c := range batch {
		c.done <- errs[i]
	}
}

// reader queries outside a transaction on the read pool.
func (db *DB) reader() querier { return querier{db: db, pool: db.read} }
