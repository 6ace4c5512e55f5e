// Package sqlstore stores Schakel's data in embedded SQLite (the default) or
// PostgreSQL, with the same hand-written SQL for both. Every service call is
// one transaction; every read of personal data passes the need-to-know
// policy of package schakel and is written to the audit trail.
package sqlstore

import (
	"cmp"
	"context"
	"database/sql"
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
	// numberSeqs: the number sequences this process knows to exist
	// (PostgreSQL; see ensureNumbers).
	numberSeqs sync.Map
	// writes counts the write transactions this process committed; list
	// totals cached under an older count are stale.
	writes   atomic.Int64
	counts   sync.Map // query text and arguments → cachedCount
	counting singleflight.Group
	// health is what readiness knows: the last write probe and the last
	// time a write found the storage full (ready.go).
	health health
	// ckpt checkpoints an SQLite file's log in the background.
	ckpt *checkpointer
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
	// WALPages is the size of SQLite's write-ahead log, in pages, at
	// which the writer checkpoints it itself (see walcheckpoint.go); 0
	// means walWriterPages.
	WALPages int
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
		// left in a free page. temp_store=MEMORY: the savepoint journal of
		// a group commit (and sort space) stays in memory instead of a
		// temporary file written page by page.
		pragmas := "_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(FULL)&_pragma=cache_size(-32000)&_pragma=mmap_size(1073741824)&_pragma=secure_delete(1)&_pragma=temp_store(MEMORY)"
		if bulk {
			pragmas = strings.Replace(pragmas, "synchronous(FULL)", "synchronous(OFF)", 1)
		}
		walPages := cmp.Or(o.WALPages, walWriterPages)
		w, err := sql.Open("sqlite", "file:"+src+"?"+pragmas+"&_pragma=wal_autocheckpoint("+strconv.Itoa(walPages)+")&_txlock=immediate")
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
		// Every read connection stays open: a new one costs the pragmas,
		// the map of the file and a fresh statement cache, and with the
		// default of two idle connections a burst of reads opened and
		// closed connections all the time.
		r.SetMaxOpenConns(8)
		r.SetMaxIdleConns(8)
		r.SetConnMaxIdleTime(0)
		db.write, db.read = w, r
		if src != ":memory:" && !strings.Contains(src, "mode=memory") {
			if db.ckpt, err = startCheckpointer("file:" + src + "?" + pragmas); err != nil {
				db.Close()
				return nil, fmt.Errorf("open sqlite: %w", err)
			}
		}
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
	if db.ckpt != nil {
		_ = db.ckpt.close()
	}
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
