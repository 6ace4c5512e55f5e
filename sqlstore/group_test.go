package sqlstore

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Calls that share one commit still succeed and fail on their own: a
// failed call stores nothing, the others all of theirs.
func TestGroupCommitIsolatesCalls(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE g (id INTEGER PRIMARY KEY, v TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	var wg sync.WaitGroup
	errs := make([]error, 200)
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = db.inTx(ctx, func(tx querier) error {
				for j := range 3 {
					if _, err := tx.exec(ctx, `INSERT INTO g (id, v) VALUES (?, ?)`, i*10+j, fmt.Sprint(i)); err != nil {
						return err
					}
				}
				if i%2 == 1 {
					return boom
				}
				return nil
			})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if (i%2 == 1) != errors.Is(err, boom) || (i%2 == 0 && err != nil) {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	var n, odd int
	if err := db.read.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(CAST(v AS INTEGER) % 2), 0) FROM g`).Scan(&n, &odd); err != nil {
		t.Fatal(err)
	}
	if n != 300 || odd != 0 {
		t.Fatalf("%d rows (want 300), %d from failed calls (want 0)", n, odd)
	}
	// A call that panics fails alone; the next calls still commit.
	if err := db.inTx(ctx, func(tx querier) error { panic("bug") }); err == nil || !strings.Contains(err.Error(), "panic") {
		t.Fatalf("panicking call: %v", err)
	}
	if err := db.inTx(ctx, func(tx querier) error {
		_, err := tx.exec(ctx, `INSERT INTO g (id, v) VALUES (?, ?)`, 99999, "0")
		return err
	}); err != nil {
		t.Fatalf("call after a panic: %v", err)
	}
	// A canceled caller's call does not run.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	ran := false
	if err := db.inTx(cctx, func(tx querier) error { ran = true; return nil }); !errors.Is(err, context.Canceled) || ran {
		t.Fatalf("canceled call: %v, ran %v", err, ran)
	}
}

// A caller is answered after its own group, however long the load lasts:
// the call that leads hands the lead on instead of running the groups of
// the calls that came in meanwhile.
func TestGroupCommitLeaderIsAnsweredAfterItsGroup(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	started, first, second := make(chan struct{}), make(chan struct{}), make(chan struct{})
	answered := make(chan error, 2)
	go func() {
		answered <- db.groupCommit(ctx, func(querier) error { close(started); <-first; return nil })
	}()
	// The first call leads and holds its group open; the second waits.
	<-started
	go func() {
		answered <- db.groupCommit(ctx, func(querier) error { <-second; return nil })
	}()
	for {
		db.groupMu.Lock()
		waiting := len(db.group)
		db.groupMu.Unlock()
		if waiting == 1 {
			break
		}
		runtime.Gosched()
	}
	close(first)
	select {
	case err := <-answered:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the first caller was kept waiting for the second call's group")
	}
	close(second)
	if err := <-answered; err != nil {
		t.Fatal(err)
	}
}
