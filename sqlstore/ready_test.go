package sqlstore_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "modernc.org/sqlite"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// sqliteFullError returns the error SQLite gives when its file may not
// grow: a real one, from a scratch database.
func sqliteFullError(t *testing.T) error {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "full.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range []string{`CREATE TABLE t (x TEXT)`, `PRAGMA max_page_count = 1`} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	for range 100 {
		if _, err = db.Exec(`INSERT INTO t VALUES (?)`, strings.Repeat("x", 5000)); err != nil {
			return err
		}
	}
	t.Fatal("SQLite never filled up")
	return nil
}

// TestStorageFullCauses: the failures that mean "the storage is full" on
// either engine and in the file system, and some that do not.
func TestStorageFullCauses(t *testing.T) {
	tests := []struct {
		rule string
		err  error
		want bool
	}{
		{"SQLite's SQLITE_FULL", fmt.Errorf("insert: %w", sqliteFullError(t)), true},
		{"PostgreSQL's disk_full (53100)", fmt.Errorf("insert: %w", &pgconn.PgError{Code: "53100", Message: "could not extend file"}), true},
		{"PostgreSQL's insufficient_resources (53000)", &pgconn.PgError{Code: "53000"}, true},
		{"ENOSPC from the file system", &fs.PathError{Op: "write", Path: "schakel.db-wal", Err: syscall.ENOSPC}, true},
		{"a quota exceeded (EDQUOT)", &fs.PathError{Op: "write", Path: "schakel.db", Err: syscall.EDQUOT}, true},
		{"a unique violation is not", &pgconn.PgError{Code: "23505"}, false},
		{"too many connections is not", &pgconn.PgError{Code: "53300"}, false},
		{"a cancelled request is not", context.Canceled, false},
		{"an error that only says so in words is not", errors.New("database or disk is full"), false},
		{"no error is not", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			if got := sqlstore.IsStorageFull(tt.err); got != tt.want {
				t.Errorf("IsStorageFull(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

// fill makes the storage of db full: on SQLite the file may not grow and
// its free pages are used up; on PostgreSQL writes to the audit trail and
// the heartbeats raise disk_full. free undoes it.
func fill(t *testing.T, db *sqlstore.DB) (free func()) {
	t.Helper()
	ctx := context.Background()
	if sqltest.Postgres() {
		for _, s := range []string{
			`CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
				RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`,
			`CREATE TRIGGER audit_disk_full BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION disk_full()`,
			`CREATE TRIGGER heartbeat_disk_full BEFORE INSERT OR UPDATE ON heartbeats FOR EACH ROW EXECUTE FUNCTION disk_full()`,
		} {
			if err := db.Exec(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		return func() {
			_ = db.Exec(ctx, `DROP TRIGGER audit_disk_full ON audit_log`)
			_ = db.Exec(ctx, `DROP TRIGGER heartbeat_disk_full ON heartbeats`)
		}
	}
	if err := db.Exec(ctx, `CREATE TABLE filler (x TEXT)`); err != nil {
		t.Fatal(err)
	}
	if err := db.SimulateFullStorage(ctx, true); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		err := db.Exec(ctx, `INSERT INTO filler VALUES (?)`, strings.Repeat("x", 3000))
		if sqlstore.IsStorageFull(err) {
			break
		}
		if err != nil || i > 100000 {
			t.Fatalf("filling: %v after %d rows", err, i)
		}
	}
	return func() {
		if err := db.SimulateFullStorage(ctx, false); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReadyProbesAWrite: readiness commits a small write, at most once per
// probe interval, and reports a full storage as such, also when no other
// write has met it; once space is free it is ready again.
func TestReadyProbesAWrite(t *testing.T) {
	defer sqlstore.SetReadyTimes(300*time.Millisecond, 300*time.Millisecond)()
	ctx := context.Background()
	st := sqltest.Store(t)
	db := st.DB()
	if err := db.Ready(ctx); err != nil {
		t.Fatalf("a fresh database is not ready: %v", err)
	}
	n, err := db.CountWhere(ctx, "heartbeats", "1 = 1")
	if err != nil || n != 1 {
		t.Fatalf("the probe wrote %d heartbeats (%v), want this instance's one", n, err)
	}
	var at1, at2 string
	if err := db.QueryRowForTest(ctx, `SELECT at FROM heartbeats`, &at1); err != nil {
		t.Fatal(err)
	}
	for range 20 {
		if err := db.Ready(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.QueryRowForTest(ctx, `SELECT at FROM heartbeats`, &at2); err != nil || at2 != at1 {
		t.Errorf("readiness checked in quick succession probed again (%s, %s, %v)", at1, at2, err)
	}

	free := fill(t, db)
	time.Sleep(350 * time.Millisecond)
	err = db.Ready(ctx)
	if schakel.ErrorKind(err) != schakel.KindStorageFull {
		t.Fatalf("Ready on a full storage: %v, want a storage-full error", err)
	}
	free()
	time.Sleep(350 * time.Millisecond)
	if err := db.Ready(ctx); err != nil {
		t.Errorf("not ready after space was freed: %v", err)
	}
}
