package sqlstore

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
	"time"
)

// SQLite copies the pages its write-ahead log gathers back into the
// database file in a checkpoint. Left to itself it does so in the commit
// that finds the log over a thousand pages: that commit then writes and
// syncs the database file too, and every caller of its group waits for
// it. Here a connection of its own checkpoints in the background, on the
// other core, without blocking the writer or readers (PASSIVE), so that
// a commit seldom finds anything to copy. The writer still checkpoints
// itself once the log reaches walWriterPages: a background checkpoint
// never finishes while writes keep coming, and only a finished one lets
// the next write start the log from its beginning again (without this
// the log of a bulk load grew past 5 GB). Durability does not depend on
// checkpoints: a commit is on disk once it is in the log.

// walWriterPages is the log size, in pages (of 4 KiB), at which the writer
// checkpoints: ~32 MiB.
const walWriterPages = 8000

// checkpointEvery is how often the background checkpoint runs.
const checkpointEvery = 200 * time.Millisecond

// checkpointer runs PASSIVE checkpoints on its own connection until stop.
type checkpointer struct {
	conn *sql.DB
	stop chan struct{}
	done chan struct{}
	once sync.Once
	// copied counts the log pages the background checkpoints copied.
	copied atomic.Int64
}

func startCheckpointer(dsn string) (*checkpointer, error) {
	c, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	c.SetMaxOpenConns(1)
	c.SetMaxIdleConns(1)
	c.SetConnMaxIdleTime(0)
	cp := &checkpointer{conn: c, stop: make(chan struct{}), done: make(chan struct{})}
	go cp.run()
	return cp, nil
}

func (cp *checkpointer) run() {
	defer close(cp.done)
	t := time.NewTicker(checkpointEvery)
	defer t.Stop()
	for {
		select {
		case <-cp.stop:
			return
		case <-t.C:
			// A failed checkpoint is tried again at the next tick; the
			// log only grows meanwhile.
			cp.checkpoint()
		}
	}
}

// close stops the background checkpoints and checkpoints what is left;
// a second close does nothing.
func (cp *checkpointer) close() (err error) {
	cp.once.Do(func() {
		close(cp.stop)
		<-cp.done
		cp.checkpoint()
		err = cp.conn.Close()
	})
	return err
}

// checkpoint copies what it can of the log into the database file.
func (cp *checkpointer) checkpoint() {
	var busy, log, done int64
	err := cp.conn.QueryRowContext(context.Background(), `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &log, &done)
	if err == nil && done > 0 {
		cp.copied.Add(done)
	}
}
