package sqlstore

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/schakel-nl/schakel"
)

// A full disk makes every write fail, and every read of personal data too:
// a read writes its audit line first, and fails closed when it cannot.
// Such failures are one kind of error (schakel.KindStorageFull), told
// apart here at their cause, and readiness reports them so that a load
// balancer sends the traffic elsewhere.

// storageFullMessage is what the caller of a failed call is told.
const storageFullMessage = "De opslag is vol: er is niets opgeslagen. Probeer het later opnieuw; de beheerder moet ruimte maken."

// isStorageFull reports whether err says the database's storage is full:
// SQLite's SQLITE_FULL ("database or disk is full"), PostgreSQL's
// disk_full (53100) or insufficient_resources (53000), or the file
// system's ENOSPC or EDQUOT.
func isStorageFull(err error) bool {
	if err == nil {
		return false
	}
	var le *sqlite.Error
	if errors.As(err, &le) && le.Code()&0xff == sqlite3.SQLITE_FULL {
		return true
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "53100" || pe.Code == "53000") {
		return true
	}
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

func storageFull(err error) error {
	return &schakel.Error{Kind: schakel.KindStorageFull, Message: storageFullMessage, Err: err}
}

// classify turns a storage-full failure into a KindStorageFull error and
// notes when it happened, for readiness.
func (db *DB) classify(err error) error {
	if !isStorageFull(err) {
		return err
	}
	db.health.fullAt.Store(time.Now().UnixNano())
	var e *schakel.Error
	if errors.As(err, &e) && e.Kind == schakel.KindStorageFull {
		return err
	}
	return storageFull(err)
}

// health is what readiness remembers between probes.
type health struct {
	once     sync.Once
	instance string
	mu       sync.Mutex // one probe at a time; the others wait for its result
	probedAt time.Time
	err      error
	fullAt   atomic.Int64 // unix nanoseconds of the last storage-full failure
}

var (
	// probeEvery bounds the write probes: more readiness checks than one
	// a second share the last result.
	probeEvery = time.Second
	// fullHold keeps an instance not ready this long after any write
	// found the storage full, so that a probe that happens to fit in the
	// last free page does not make it flap.
	fullHold = 5 * time.Second
)

// heartbeatsKept: rows of instances silent this long are removed.
const heartbeatsKept = time.Hour

// errNotReady is the cause readiness gives when the database answers
// but a durable write fails for another reason than full storage.
var errNotReady = errors.New("database not writable")

// Ready reports whether this instance can serve: whether a small durable
// write (this instance's heartbeat) commits. It probes at most once per
// probeEvery and shares the result; after any write found the storage
// full it reports that for fullHold without probing. The error is a
// KindStorageFull error when the storage is full.
func (db *DB) Ready(ctx context.Context) error {
	h := &db.health
	h.once.Do(func() { h.instance = NewID() })
	h.mu.Lock()
	defer h.mu.Unlock()
	if full := h.fullAt.Load(); full != 0 && time.Since(time.Unix(0, full)) < fullHold {
		return storageFull(errors.New("a write found the storage full"))
	}
	if !h.probedAt.IsZero() && time.Since(h.probedAt) < probeEvery {
		return h.err
	}
	h.probedAt = time.Now()
	h.err = db.heartbeat(ctx, h.instance)
	if h.err != nil && schakel.ErrorKind(h.err) != schakel.KindStorageFull {
		h.err = fmt.Errorf("%w: %w", errNotReady, h.err)
	}
	return h.err
}

// heartbeat writes this instance's row: a committed transaction that
// rewrites a few pages of random bytes, of a new length each time so that
// SQLite cannot overwrite them in place and must allocate, as the audit
// line of a read does. It fails, like every growing write, when the
// storage is full.
func (db *DB) heartbeat(ctx context.Context, instance string) error {
	n, err := rand.Int(rand.Reader, big.NewInt(2048))
	if err != nil {
		return err
	}
	pad := make([]byte, 3*1024+n.Int64())
	_, _ = rand.Read(pad)
	now := time.Now()
	return db.inTx(ctx, func(tx querier) error {
		if _, err := tx.exec(ctx, `INSERT INTO heartbeats (instance, at, pad) VALUES (?, ?, ?)
			ON CONFLICT (instance) DO UPDATE SET at = excluded.at, pad = excluded.pad`, instance, ts(now), hex.EncodeToString(pad)); err != nil {
			return err
		}
		_, err := tx.exec(ctx, `DELETE FROM heartbeats WHERE at < ?`, ts(now.Add(-heartbeatsKept)))
		return err
	})
}

// SimulateFullStorage makes a SQLite database refuse to grow past its
// current size, as a full disk does: every write that needs a new page
// fails with SQLITE_FULL. off restores the limit. For fault drills and
// tests; PostgreSQL has no such setting (raise SQLSTATE 53100 from a
// trigger instead).
func (db *DB) SimulateFullStorage(ctx context.Context, on bool) error {
	if db.Dialect != SQLite {
		return errors.New("simulate full storage: SQLite only")
	}
	// max_page_count belongs to a connection, and SQLite never lowers it
	// below the file's size: 1 means "as large as now". Hold every
	// connection of the write pool at once so that each gets it.
	limit := "1"
	if !on {
		limit = "4294967294"
	}
	conns := make([]*sql.Conn, 0, 2)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for range 2 {
		c, err := db.write.Conn(ctx)
		if err != nil {
			return err
		}
		conns = append(conns, c)
		if _, err := c.ExecContext(ctx, `PRAGMA max_page_count = `+limit); err != nil {
			return err
		}
	}
	return nil
}
