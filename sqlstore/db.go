// Package sqlstore stores Schakel's data in embedded SQLite (the default) or
// PostgreSQL, with the same hand-written SQL for both. Every service call is
// one transaction; every read of personal data passes the need-to-know
// policy of package schakel and is written to the audit trail.
package sqlstore

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"golang.org/x/sync/singleflight"
	_ "modernc.org/sqlite" // registers "sqlite"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/vault"
)

// Dialect names the SQL engine.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// DB is the pair of pools a store works with. SQLite allows one writer at a
// time: writes go through a single connection that starts its transactions
// IMMEDIATE (no upgrade deadlocks), reads through a pool of their own.
// PostgreSQL uses one pool for both.
type DB struct {
	Dialect Dialect
	write   *sql.DB
	read    *sql.DB
	URL     string
	// stmts caches prepared statements per pool and query text on SQLite,
	// whose driver would otherwise parse every query anew (a fifth of the
	// CPU of an intake in the profile). pgx caches statements itself.
	stmts sync.Map // stmtKey → *sql.Stmt
	nstmt atomic.Int64
	// On SQLite, write calls queue here and run in groups (groupCommit):
	// the one writer never waits in SQLite's busy loop, and the write
	// pool's second connection only prepares statements.
	groupMu sync.Mutex
	group   []*txCall
	leading bool
	// writes counts the write transactions this process committed; list
	// totals cached under an older count are stale.
	writes   atomic.Int64
	counts   sync.Map // query text and arguments → cachedCount
	counting singleflight.Group
	// health is what readiness knows: the last write probe and the last
	// time a write found the storage full (ready.go).
	health health
}

type stmtKey struct {
	pool  *sql.DB
	query string
}

// maxCachedStmts bounds the cache; queries are written in the code, so
// their texts are few, but a bound keeps a mistake from growing it.
const maxCachedStmts = 1000

// stmt returns a cached prepared statement for query on pool, or nil when
// statements are not cached.
func (db *DB) stmt(ctx context.Context, pool *sql.DB, query string) *sql.Stmt {
	if db.Dialect != SQLite {
		return nil
	}
	k := stmtKey{pool, query}
	if st, ok := db.stmts.Load(k); ok {
		return st.(*sql.Stmt)
	}
	if db.nstmt.Load() >= maxCachedStmts {
		return nil
	}
	st, err := pool.PrepareContext(ctx, query)
	if err != nil {
		return nil // the plain call will report the error
	}
	if prev, loaded := db.stmts.LoadOrStore(k, st); loaded {
		st.Close()
		return prev.(*sql.Stmt)
	}
	db.nstmt.Add(1)
	return st
}

// ParseURL tells the dialect and driver source of a --db value: a
// postgres:// or postgresql:// URL, sqlite:PATH, or a plain file path.
func ParseURL(url string) (Dialect, string) {
	switch {
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		return Postgres, url
	case strings.HasPrefix(url, "sqlite:"):
		return SQLite, strings.TrimPrefix(url, "sqlite:")
	}
	return SQLite, url
}

// Open connects to the database named by url and brings the schema up to
// date.
func Open(ctx context.Context, url string) (*DB, error) { return OpenWith(ctx, url, Options{}) }

// Options tune a database connection.
type Options struct {
	// PGPool is the number of connections of this instance to PostgreSQL;
	// 0 means four per core. More concurrent queries than the database
	// has cores only queue inside PostgreSQL.
	PGPool int
	// Bulk turns off waiting for the disk at each commit; see OpenBulk.
	Bulk bool
	// Keys, when set, must belong to the database: they are checked
	// before any migration runs, the database's key canaries are written
	// if it has none yet (see EnsureKeys), and a migration that must
	// convert stored data (seal what was stored in the clear, bind
	// existing rows) converts it with them.
	Keys *vault.Vault
	// NewKeys gives the keys to such a migration when Keys is nil (the
	// first start of a database from before keys: make them). It is
	// called at most once, outside any transaction, and only when such a
	// migration finds work; without either, that migration refuses
	// (NeedKeysError) and the database is left as it was before it.
	NewKeys func(ctx context.Context, db *DB) (*vault.Vault, error)
}

// OpenBulk is Open without waiting for the disk at each commit
// (synchronous=OFF, synchronous_commit=off): only for loading generated
// data into a database that is thrown away if the load is interrupted,
// such as a benchmark's.
func OpenBulk(ctx context.Context, url string) (*DB, error) {
	return OpenWith(ctx, url, Options{Bulk: true})
}

// OpenWith is Open with options. A SQLite file that fails SQLite's
// quick_check is refused (DamagedError); keys that do not belong to the
// database are refused (KeyMismatchError) before any migration runs.
func OpenWith(ctx context.Context, url string, o Options) (*DB, error) {
	db, err := connect(ctx, url, o)
	if err != nil {
		return nil, err
	}
	if err := db.quickCheck(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if o.Keys != nil {
		if err := db.verifyKeysBeforeMigrating(ctx, o.Keys); err != nil {
			db.Close()
			return nil, err
		}
	}
	keys, err := db.migrate(ctx, o)
	if err != nil {
		db.Close()
		return nil, err
	}
	if keys != nil {
		if err := db.EnsureKeys(ctx, keys); err != nil {
			db.Close()
			return nil, err
		}
	}
	return db, nil
}

// connect opens the pools of a database and sees that it answers.
func connect(ctx context.Context, url string, o Options) (*DB, error) {
	bulk := o.Bulk
	dialect, src := ParseURL(url)
	db := &DB{Dialect: dialect, URL: url}
	switch dialect {
	case Postgres:
		if bulk {
			src += map[bool]string{true: "&", false: "?"}[strings.Contains(src, "?")] + "synchronous_commit=off"
		}
		p, err := sql.Open("pgx", src)
		if err != nil {
			return nil, fmt.Errorf("open postgres: %w", err)
		}
		n := o.PGPool
		if n <= 0 {
			n = 4 * runtime.NumCPU()
		}
		p.SetMaxOpenConns(n)
		p.SetMaxIdleConns(n)
		p.SetConnMaxIdleTime(5 * time.Minute)
		db.write, db.read = p, p
	default:
		if src == "" {
			return nil, errors.New("open sqlite: empty path")
		}
		if src != ":memory:" {
			if err := os.MkdirAll(filepath.Dir(src), 0o700); err != nil {
				return nil, fmt.Errorf("open sqlite: %w", err)
			}
		}
		// synchronous=FULL: an acknowledged commit is on disk, also in WAL
		// mode, so a crash right after a 201 loses nothing. secure_delete:
		// what an erasure overwrites or deletes is zeroed in the file, not
		// left in a free page.
		pragmas := "_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(FULL)&_pragma=cache_size(-32000)&_pragma=mmap_size(1073741824)&_pragma=secure_delete(1)"
		if bulk {
			pragmas = strings.Replace(pragmas, "synchronous(FULL)", "synchronous(OFF)", 1)
		}
		w, err := sql.Open("sqlite", "file:"+src+"?"+pragmas+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		w.SetMaxOpenConns(2)
		w.SetMaxIdleConns(2)
		w.SetConnMaxIdleTime(0)
		r, err := sql.Open("sqlite", "file:"+src+"?"+pragmas+"&_pragma=query_only(1)")
		if err != nil {
			w.Close()
			return nil, fmt.Errorf("open sqlite: %w", err)
		}
		r.SetMaxOpenConns(8)
		db.write, db.read = w, r
	}
	if err := db.write.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect %s: %w", dialect, err)
	}
	return db, nil
}

// Close closes both pools.
func (db *DB) Close() error {
	db.stmts.Range(func(_, st any) bool { st.(*sql.Stmt).Close(); return true })
	err := db.write.Close()
	if db.read != db.write {
		if e := db.read.Close(); err == nil {
			err = e
		}
	}
	return err
}

// Ping reports whether the database answers.
func (db *DB) Ping(ctx context.Context) error { return db.read.PingContext(ctx) }

// rebind turns ? parameters into $1, $2, … for PostgreSQL.
func (db *DB) rebind(q string) string {
	if db.Dialect != Postgres || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, c := range q {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// concat is the aggregate that joins the values of expr with commas.
func (db *DB) concat(expr string) string {
	if db.Dialect == Postgres {
		return "string_agg(" + expr + ", ',')"
	}
	return "group_concat(" + expr + ", ',')"
}

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

// SQLite has one writer and syncs the WAL at every commit. Write calls
// that arrive while another commits are therefore run together: one
// transaction, each call in a savepoint of its own, one commit and one
// fsync for all. A call that fails is rolled back to its savepoint and
// stores nothing; every caller is answered only after the commit, so an
// acknowledged write is on disk. (PostgreSQL groups commits itself.)

type txCall struct {
	ctx  context.Context
	fn   func(tx querier) error
	done chan error
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
	call := &txCall{ctx: ctx, fn: fn, done: make(chan error, 1)}
	db.groupMu.Lock()
	db.group = append(db.group, call)
	lead := !db.leading
	db.leading = true
	db.groupMu.Unlock()
	if lead {
		for {
			db.groupMu.Lock()
			batch := db.group
			if len(batch) > maxGroup {
				batch = batch[:maxGroup]
			}
			db.group = db.group[len(batch):]
			if len(batch) == 0 {
				db.leading = false
				db.groupMu.Unlock()
				break
			}
			db.groupMu.Unlock()
			db.runGroup(batch)
		}
	}
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

var lastMicro atomic.Int64

// NewID returns a 26-character, time-ordered, random id (base32hex keeps
// the byte order in the text order). Within one process
// ids are strictly increasing, so rows written in one transaction keep the
// order they were written in.
func NewID() string {
	var b [16]byte
	now := time.Now().UnixMicro()
	for {
		last := lastMicro.Load()
		if now <= last {
			now = last + 1
		}
		if lastMicro.CompareAndSwap(last, now) {
			break
		}
	}
	binary.BigEndian.PutUint64(b[:8], uint64(now))
	if _, err := rand.Read(b[8:]); err != nil {
		panic(err)
	}
	return strings.ToLower(base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:]))
}

// Time is stored as fixed-width UTC text so that it sorts and compares the
// same on both engines.
const timeLayout = "2006-01-02T15:04:05.000000Z"

func ts(t time.Time) string { return t.UTC().Format(timeLayout) }

func parseTS(s string) time.Time {
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func parseTSPtr(s sql.NullString) *time.Time {
	if !s.Valid || s.String == "" {
		return nil
	}
	t := parseTS(s.String)
	return &t
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func joinCodes[T ~string](xs []T) string {
	ss := make([]string, len(xs))
	for i, x := range xs {
		ss[i] = string(x)
	}
	return strings.Join(ss, ",")
}

func splitCodes[T ~string](s string) []T {
	var out []T
	for _, x := range schakel.SplitCodes(s) {
		out = append(out, T(x))
	}
	return out
}

// collect runs a query and reads every row into a new T through scan,
// which gives the destinations of one row. The rows are closed before it
// returns, so the caller may write in the same transaction next.
func collect[T any](ctx context.Context, q querier, query string, args []any, scan func(*T) []any) ([]T, error) {
	rows, err := q.query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var x T
		if err := rows.Scan(scan(&x)...); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// one is the scan of a single-column row.
func one[T any](x *T) []any { return []any{x} }

// Maintain brings the planner's statistics up to date and, on PostgreSQL,
// reclaims dead row versions: after a bulk load (and the audit sequencer's
// updates of every line it placed), before measuring or serving. Running
// servers leave this to autovacuum and SQLite's own analysis.
func (db *DB) Maintain(ctx context.Context) error {
	stmt := `ANALYZE`
	if db.Dialect == Postgres {
		stmt = `VACUUM ANALYZE`
	}
	_, err := db.write.ExecContext(ctx, stmt)
	return err
}
