// Package sqltest gives each test a fresh, empty database on the engine
// the test run is for: embedded SQLite by default, PostgreSQL when
// SCHAKEL_TEST_ENGINE=postgres (scripts/test.sh runs the suite both ways).
package sqltest

import (
	"sync"

	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"github.com/schakel-nl/schakel/vault"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
)

// Postgres reports whether this run is on PostgreSQL.
func Postgres() bool { return os.Getenv("SCHAKEL_TEST_ENGINE") == "postgres" }

// URL returns the URL of a fresh database for t: a SQLite file in a
// temporary directory, or a new schema on the test PostgreSQL server that
// is dropped when t ends. A PostgreSQL run without a server fails; it never
// skips.
func URL(t testing.TB) string {
	t.Helper()
	if !Postgres() {
		return filepath.Join(t.TempDir(), "test.db")
	}
	base := os.Getenv("SCHAKEL_TEST_POSTGRES")
	if base == "" {
		t.Fatal("SCHAKEL_TEST_ENGINE=postgres needs SCHAKEL_TEST_POSTGRES (scripts/test.sh starts a server)")
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		admin.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + schema
}

// Open opens a fresh, migrated database for t.
func Open(t testing.TB) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), URL(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Store opens a fresh store with the default deadlines and the test keys.
func Store(t testing.TB) *sqlstore.Store {
	return sqlstore.New(Open(t), schakel.DefaultDeadlines, Keys(t))
}

var (
	keysOnce sync.Once
	keys     *vault.Vault
	keysErr  error
)

// Keys returns one set of keys shared by the tests of a process: making
// keys is slow enough to matter when every test makes them.
func Keys(t testing.TB) *vault.Vault {
	t.Helper()
	keysOnce.Do(func() { keys, keysErr = vault.Generate("schakel.test") })
	if keysErr != nil {
		t.Fatal(keysErr)
	}
	return keys
}

// Exec runs a statement on the database at url outside the store: for
// tests that tamper with the data directly.
func Exec(t testing.TB, url, query string) {
	t.Helper()
	if err := TryExec(url, query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

// TryExec is Exec that reports a failure instead of failing the test.
func TryExec(url, query string) error {
	db, err := open(url)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(query)
	return err
}

// Value runs a query for one text value on the database at url outside
// the store ("" for NULL).
func Value(t testing.TB, url, query string) string {
	t.Helper()
	db, err := open(url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v sql.NullString
	if err := db.QueryRow(query).Scan(&v); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return v.String
}

func open(url string) (*sql.DB, error) {
	driver, dsn := "sqlite", "file:"+url
	if Postgres() {
		driver, dsn = "pgx", url
	}
	return sql.Open(driver, dsn)
}

// DamagePage overwrites the root page of table in the SQLite file at path
// with garbage, as a failing disk would: the database must be closed.
func DamagePage(t testing.TB, path, table string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	var page, size int64
	err = db.QueryRow(`SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&page)
	if err == nil {
		err = db.QueryRow(`PRAGMA page_size`).Scan(&size)
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		t.Fatalf("%s-wal exists: close the database first, so that the page is in the file", path)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	garbage := make([]byte, size)
	for i := range garbage {
		garbage[i] = byte(0xA5 ^ i)
	}
	if _, err := f.WriteAt(garbage, (page-1)*size); err != nil {
		t.Fatal(err)
	}
}
