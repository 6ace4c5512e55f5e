package sqlstore_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

// TestKeyRotation: `schakel keys rotate` (another process) saves a new
// primary key and queues the re-wrap job; the server's job runner moves
// every record key to it in batches while readers go on reading; nothing
// becomes unreadable.
func TestKeyRotation(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "keys.json")
	keys, err := vault.Generate("schakel.test")
	if err != nil {
		t.Fatal(err)
	}
	if err := keys.Save(path); err != nil {
		t.Fatal(err)
	}
	server, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st := sqlstore.New(sqltest.Open(t), schakel.DefaultDeadlines, server)
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 12, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	old := server.EncryptionKeyID()
	use, _ := st.KeyUse(ctx)
	if use[old] != 12 {
		t.Fatalf("before rotation: %v", use)
	}

	// The command, in its own process with its own copy of the keys.
	cli, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	primary, err := cli.RotateEncryption()
	if err != nil {
		t.Fatal(err)
	}
	if err := cli.Save(path); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().Enqueue(ctx, sqlstore.JobRewrapKeys); err != nil {
		t.Fatal(err)
	}

	// Readers keep reading throughout.
	sigs, err := st.Signals(ctx, res.Users["af:rotterdam"], sqlstore.SignalFilter{})
	if err != nil || len(sigs.Items) == 0 {
		t.Fatalf("no signals to read: %v", err)
	}
	var stop atomic.Bool
	var reads, failures atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !stop.Load() {
			for _, s := range sigs.Items {
				if sg, err := st.Signal(ctx, res.Users["af:rotterdam"], s.ID); err != nil || len(sg.Persons) == 0 || sg.Persons[0].Name == "" {
					failures.Add(1)
				}
				reads.Add(1)
			}
		}
	}()
	sqlstore.SetRotationBatch(5)
	defer sqlstore.SetRotationBatch(500)
	jr := &sqlstore.JobRunner{Store: st, Instance: "test", Poll: time.Millisecond, Lease: time.Minute, Log: slog.New(slog.DiscardHandler)}
	if err := jr.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	if failures.Load() != 0 || reads.Load() == 0 {
		t.Fatalf("%d of %d reads failed during the rotation", failures.Load(), reads.Load())
	}
	use, _ = st.KeyUse(ctx)
	if use[primary] != 12 || len(use) != 1 {
		t.Fatalf("after the job: %v, want all 12 under %d", use, primary)
	}
	if server.EncryptionKeyID() != primary {
		t.Error("the server did not pick up the rotated key file")
	}
	jobs, _ := st.Jobs(ctx)
	n := 0
	for _, j := range jobs {
		if j.Kind == sqlstore.JobRewrapKeys {
			n++
			if j.State != "done" {
				t.Errorf("job %s: %s", j.ID, j.State)
			}
		}
	}
	if n < 3 {
		t.Errorf("%d re-wrap jobs for 12 records in batches of 5: the job did not continue itself", n)
	}
	// A fresh process with the new file reads everything.
	fresh, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st2 := sqlstore.New(st.DB(), schakel.DefaultDeadlines, fresh)
	for _, s := range sigs.Items {
		if sg, err := st2.Signal(ctx, res.Users["af:rotterdam"], s.ID); err != nil || sg.Persons[0].Name == "" {
			t.Fatalf("after rotation %s: %v", s.ID, err)
		}
	}
}
