package sqlstore_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
)

// TestLogCheckpointedBeside: SQLite's writer copies no log pages into the
// database file in its commits (its callers would wait for that); the
// background checkpointer does, so the log does not grow without end.
func TestLogCheckpointedBeside(t *testing.T) {
	if sqltest.Postgres() {
		t.Skip("SQLite's write-ahead log")
	}
	t.Parallel()
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, err := db.WriterAutoCheckpoint(ctx); err != nil || n != 0 {
		t.Fatalf("writer wal_autocheckpoint = %d, %v; want 0", n, err)
	}
	for i := range 50 {
		if err := db.Enqueue(ctx, sqlstore.JobPersonHits); err != nil {
			t.Fatal(i, err)
		}
	}
	deadline := time.Now().Add(10 * time.Second)
	for db.CheckpointedPages() <= 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no log page checkpointed in 10 s (%d)", db.CheckpointedPages())
		}
		time.Sleep(20 * time.Millisecond)
	}
}
