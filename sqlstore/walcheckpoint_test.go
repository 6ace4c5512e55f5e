package sqlstore_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestLogCheckpointedBeside: SQLite's writer leaves the copying of log
// pages into the database file to the background checkpointer until the
// log is large; the log stays bounded under writes that never pause.
func TestLogCheckpointedBeside(t *testing.T) {
	if sqltest.Postgres() {
		t.Skip("SQLite's write-ahead log")
	}
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	const pages = 200
	db, err := sqlstore.OpenWith(ctx, path, sqlstore.Options{WALPages: pages})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.WriterAutoCheckpoint(ctx); err != nil || n != pages {
		t.Fatalf("writer wal_autocheckpoint = %d, %v; want %d", n, err, pages)
	}
	if err := db.Exec(ctx, `CREATE TABLE filler (v TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	// Writes without a pause, each larger than a page: ten times the
	// log size at which the writer steps in.
	filler := strings.Repeat("x", 5000)
	for i := range 10 * pages {
		if err := db.Exec(ctx, `INSERT INTO filler (v) VALUES (?)`, filler); err != nil {
			t.Fatal(i, err)
		}
	}
	if fi, err := os.Stat(path + "-wal"); err != nil {
		t.Fatal(err)
	} else if limit := int64(4 * pages * 4096); fi.Size() > limit {
		t.Errorf("log of %d bytes after writes without a pause; want at most %d", fi.Size(), limit)
	}
	deadline := time.Now().Add(10 * time.Second)
	for db.CheckpointedPages() <= 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no log page checkpointed in the background in 10 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
