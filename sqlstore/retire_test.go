package sqlstore_test

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/schakel-nl/schakel"
	"github.com/schakel-nl/schakel/demo"
	"github.com/schakel-nl/schakel/sqlstore"
	"github.com/schakel-nl/schakel/sqlstore/sqltest"
	"github.com/schakel-nl/schakel/vault"
)

// keyFile saves fresh keys at a path of their own and returns the path.
func keyFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "keys.json")
	if err := generate(t).Save(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func openFile(t *testing.T, path string) *vault.Vault {
	t.Helper()
	v, err := vault.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRetireKey: an old key is retired only when nothing is under it any
// more. While record keys (or index entries) are, retiring it is refused
// with how many, and the job that moves them is queued; after the job it
// is retired, the database no longer asks for it, and the key file
// without it opens everything. The primary key is never retired.
func TestRetireKey(t *testing.T) {
	ctx := context.Background()
	for _, index := range []bool{false, true} {
		name := map[bool]string{false: "encryption", true: "index"}[index]
		t.Run(name, func(t *testing.T) {
			path := keyFile(t)
			server := openFile(t, path)
			db, err := sqlstore.OpenWith(ctx, sqltest.URL(t), sqlstore.Options{Keys: server})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			st := sqlstore.New(db, schakel.DefaultDeadlines, server)
			res, err := demo.Populate(ctx, st, demo.Options{Signals: 8, Seed: 5})
			if err != nil {
				t.Fatal(err)
			}
			cli := openFile(t, path)
			old, rotate, retire, use := cli.EncryptionKeyID(), cli.RotateEncryption, cli.RetireEncryption, st.KeyUse
			if index {
				old, rotate, retire, use = cli.IndexKeyID(), cli.RotateIndex, cli.RetireIndex, st.IndexUse
			}
			if _, err := db.RetireKey(ctx, cli, index, old); !errors.Is(err, vault.ErrPrimary) {
				t.Fatalf("retiring the primary key: %v", err)
			}
			if _, err := rotate(); err != nil {
				t.Fatal(err)
			}
			if err := cli.Save(path); err != nil {
				t.Fatal(err)
			}
			if err := db.EnsureKeys(ctx, cli); err != nil {
				t.Fatal(err)
			}
			before, _ := use(ctx)
			u, err := db.RetireKey(ctx, cli, index, old)
			if !errors.Is(err, sqlstore.ErrKeyInUse) || u.Under != before[old] || u.Under == 0 || !u.Queued {
				t.Fatalf("retiring a key still in use: %+v %v (in use: %v)", u, err, before)
			}
			if _, err := db.RetireKey(ctx, cli, index, 12345); !errors.Is(err, vault.ErrUnknownKey) {
				t.Fatalf("retiring a key the file does not hold: %v", err)
			}
			runJobs(t, st) // the queued re-wrap (re-index)
			after, _ := use(ctx)
			if after[old] != 0 {
				t.Fatalf("after the job %d still under the old key", after[old])
			}
			if u, err := db.RetireKey(ctx, cli, index, old); err != nil || u.Under != 0 {
				t.Fatalf("retiring a key no longer in use: %+v %v", u, err)
			}
			if err := retire(old); err != nil {
				t.Fatal(err)
			}
			if err := cli.Save(path); err != nil {
				t.Fatal(err)
			}
			// A fresh process with the file without the old key opens the
			// database and reads everything.
			fresh := openFile(t, path)
			if err := db.VerifyKeys(ctx, fresh); err != nil {
				t.Fatalf("the key file after retirement: %v", err)
			}
			st2 := sqlstore.New(db, schakel.DefaultDeadlines, fresh)
			page, err := st2.Signals(ctx, res.Users["af:rotterdam"], sqlstore.SignalFilter{})
			if err != nil || len(page.Items) == 0 {
				t.Fatalf("list: %v", err)
			}
			named := 0
			for _, s := range page.Items {
				sg, err := st2.Signal(ctx, res.Users["af:rotterdam"], s.ID)
				if err != nil {
					t.Fatalf("after retirement %s: %v", s.ID, err)
				}
				for _, p := range sg.Persons {
					if p.Name != "" {
						named++
					}
				}
			}
			if named == 0 {
				t.Fatal("no name opened after retirement")
			}
		})
	}
}

// TestRetiredKeyWrapsNothing: an instance that has not yet read the key
// file since a rotation still has the old key as its primary. Once that
// key is retired, its next record is not wrapped under it (which would
// be unreadable as soon as the instance reads the file): it reads the
// file and wraps under the new key; keys that cannot be read again are
// refused and nothing is stored.
func TestRetiredKeyWrapsNothing(t *testing.T) {
	ctx := context.Background()
	path := keyFile(t)
	db, err := sqlstore.OpenWith(ctx, sqltest.URL(t), sqlstore.Options{Keys: openFile(t, path)})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stale := openFile(t, path)
	env, err := vault.Parse(mustMarshal(t, stale)) // keys from the environment: no file to read again
	if err != nil {
		t.Fatal(err)
	}
	st := sqlstore.New(db, schakel.DefaultDeadlines, stale)
	res, err := demo.Populate(ctx, st, demo.Options{Signals: 2, Seed: 8})
	if err != nil {
		t.Fatal(err)
	}
	cli := openFile(t, path)
	old := cli.EncryptionKeyID()
	if _, err := cli.RotateEncryption(); err != nil {
		t.Fatal(err)
	}
	if err := cli.Save(path); err != nil {
		t.Fatal(err)
	}
	if err := db.EnsureKeys(ctx, cli); err != nil {
		t.Fatal(err)
	}
	if err := db.Enqueue(ctx, sqlstore.JobRewrapKeys); err != nil {
		t.Fatal(err)
	}
	// The re-wrap runs on another instance, with the new file.
	runJobs(t, sqlstore.New(db, schakel.DefaultDeadlines, openFile(t, path)))
	if _, err := db.RetireKey(ctx, cli, false, old); err != nil {
		t.Fatal(err)
	}
	if err := cli.RetireEncryption(old); err != nil {
		t.Fatal(err)
	}
	if err := cli.Save(path); err != nil {
		t.Fatal(err)
	}
	if stale.EncryptionKeyID() != old {
		t.Fatal("the stale instance read the file too early for this test")
	}
	melder := res.Users["melder"]
	envStore := sqlstore.New(db, schakel.DefaultDeadlines, env)
	n := count(t, st, "signals")
	var km *sqlstore.KeyMismatchError
	if _, err := envStore.CreateSignal(ctx, melder, signalInput()); !errors.As(err, &km) || count(t, st, "signals") != n {
		t.Fatalf("keys that cannot be read again, holding only a retired key: %v", err)
	}
	if _, err := st.CreateSignal(ctx, melder, signalInput()); err != nil {
		t.Fatalf("the stale instance: %v", err)
	}
	use, _ := st.KeyUse(ctx)
	if use[old] != 0 || stale.EncryptionKeyID() == old {
		t.Fatalf("a record key wrapped under the retired key: %v", use)
	}
}

// TestJobLeases: a job whose lease is held by a process of this host that
// is gone is taken over at once, not when its lease runs out; a lease of a
// live process is kept until it runs out; a lease held by another host
// runs out by itself; and while a job runs, its heartbeat keeps its
// (short) lease, so that no second instance runs it.
func TestJobLeases(t *testing.T) {
	ctx := context.Background()
	host, _ := os.Hostname()
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	alive := exec.Command("sleep", "60")
	if err := alive.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = alive.Process.Kill(); _ = alive.Wait() })
	future := time.Now().Add(5 * time.Minute).UTC().Format("2006-01-02T15:04:05.000000Z")
	past := time.Now().Add(-time.Second).UTC().Format("2006-01-02T15:04:05.000000Z")
	for _, tt := range []struct {
		name, holder, until string
		resumed             bool
	}{
		{"a killed process of this host: taken over at once", host + "/" + strconv.Itoa(dead.Process.Pid) + "/aaaaaaaaaa", future, true},
		{"an earlier run of this process (same pid, as after a container restart): taken over at once", host + "/" + strconv.Itoa(os.Getpid()) + "/zzzzzzzzzz", future, true},
		{"a live process of this host: kept while its lease runs", host + "/" + strconv.Itoa(alive.Process.Pid) + "/bbbbbbbbbb", future, false},
		{"another host, lease running: kept", "elsewhere.example/1234/cccccccccc", future, false},
		{"another host, lease run out: taken over", "elsewhere.example/1234/cccccccccc", past, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := newStore(t)
			sqltest.Exec(t, st.DB().URL, `INSERT INTO jobs (id, kind, unique_key, run_at, state, attempts, locked_by, locked_until, created_at)
				VALUES ('j1', 'deadline_reminders', 'lease-test', '2000-01-01T00:00:00.000000Z', 'running', 1, '`+tt.holder+`', '`+tt.until+`', '2000-01-01T00:00:00.000000Z')`)
			jr := &sqlstore.JobRunner{Store: st, Instance: sqlstore.NewInstanceID(), Poll: time.Millisecond, Log: slog.New(slog.DiscardHandler)}
			start := time.Now()
			if err := jr.Tick(ctx); err != nil {
				t.Fatal(err)
			}
			jobs, _ := st.Jobs(ctx)
			state := ""
			for _, j := range jobs {
				if j.ID == "j1" {
					state = j.State
				}
			}
			if resumed := state == "done"; resumed != tt.resumed {
				t.Fatalf("job state %q after one tick (%v)", state, time.Since(start))
			}
		})
	}
	t.Run("a heartbeat keeps the lease of a running job", func(t *testing.T) {
		st := newStore(t)
		var runs atomic.Int32
		sqlstore.RegisterJob("slow_test", func(ctx context.Context) error {
			runs.Add(1)
			select {
			case <-time.After(1500 * time.Millisecond):
			case <-ctx.Done():
			}
			return ctx.Err()
		})
		if err := st.DB().Enqueue(ctx, "slow_test"); err != nil {
			t.Fatal(err)
		}
		lease := 300 * time.Millisecond
		a := &sqlstore.JobRunner{Store: st, Instance: "a.example/1/a", Poll: time.Millisecond, Lease: lease, Log: slog.New(slog.DiscardHandler)}
		b := &sqlstore.JobRunner{Store: st, Instance: "b.example/1/b", Poll: time.Millisecond, Lease: lease, Log: slog.New(slog.DiscardHandler)}
		done := make(chan error, 1)
		go func() { done <- a.Tick(ctx) }()
		for running := false; !running; time.Sleep(5 * time.Millisecond) {
			jobs, _ := st.Jobs(ctx)
			running = len(jobs) == 1 && jobs[0].State == "running"
		}
		for deadline := time.Now().Add(1200 * time.Millisecond); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if err := b.Tick(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		jobs, _ := st.Jobs(ctx)
		for _, j := range jobs {
			if j.Kind == "slow_test" && (j.State != "done" || j.LockedBy != "a.example/1/a" || j.Attempts != 1) {
				t.Errorf("job %+v", j)
			}
		}
		if n := runs.Load(); n != 1 {
			t.Errorf("the job ran %d times", n)
		}
	})
}
